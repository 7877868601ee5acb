#pragma once
// The command-line front of the one hostspace binary (see `hostspace --help`).
#include <string>
#include <vector>

namespace hostspace::cli {

// Runs the command named by words (argv without the program name). Errors go to stderr with
// the file and line where there is one; returns the process exit code.
int run_command_line(const std::vector<std::string>& words);

}  // namespace hostspace::cli
