// hostspace: one binary for the GUI and the command line (app/cli/commands.cpp).
#include <string>
#include <vector>

#include "app/cli/commands.hpp"

int main(int argc, char** argv) {
    return hostspace::cli::run_command_line(std::vector<std::string>(argv + 1, argv + argc));
}
