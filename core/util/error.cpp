#include "core/util/error.hpp"

namespace hostspace {

std::string format_error_message(const std::string& file, std::size_t line,
                                 const std::string& reason) {
    if (file.empty()) return reason;
    if (line == 0) return file + ": " + reason;
    return file + " line " + std::to_string(line) + ": " + reason;
}

Error::Error(std::string file, std::size_t line, std::string reason)
    : std::runtime_error(format_error_message(file, line, reason)),
      file_(std::move(file)),
      line_(line),
      reason_(std::move(reason)) {}

}  // namespace hostspace
