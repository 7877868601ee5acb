#include "app/gui/shell/open_folder.hpp"

#include <spawn.h>
#include <sys/wait.h>

#include <string>
#include <thread>

extern char** environ;

namespace hostspace::gui {

bool open_in_file_manager(const std::filesystem::path& folder) {
    // The path as one argument, never through a shell: a folder named with quotes is safe.
    std::string program = "xdg-open";
    std::string path = folder.string();
    char* argv[] = {program.data(), path.data(), nullptr};
    pid_t pid = 0;
    if (::posix_spawnp(&pid, "xdg-open", nullptr, nullptr, argv, environ) != 0) return false;
    // Reaped in the background so no zombie is left; the window never waits for it.
    std::thread([pid] {
        int status = 0;
        ::waitpid(pid, &status, 0);
    }).detach();
    return true;
}

}  // namespace hostspace::gui
