#pragma once
// hostspace sync SESSION --server URL --event ID [--user U] [--ca-file F] [--insecure]
#include <string>
#include <vector>

namespace hostspace::cli {

// One push and pull; 0 when in sync, 3 when the server or network failed (the message says
// which), 1 for a usage or session error.
int command_sync(const std::vector<std::string>& words);

}  // namespace hostspace::cli
