#pragma once
// One error type for everything core reports to a user: it names the file, the line (0 when
// there is none) and the reason, so the command line and the GUI print the same message.
#include <stdexcept>
#include <string>

namespace hostspace {

class Error : public std::runtime_error {
  public:
    Error(std::string file, std::size_t line, std::string reason);
    explicit Error(std::string reason) : Error("", 0, std::move(reason)) {}

    const std::string& file() const { return file_; }
    std::size_t line() const { return line_; }
    const std::string& reason() const { return reason_; }

  private:
    std::string file_;
    std::size_t line_;
    std::string reason_;
};

// "FILE line N: REASON", "FILE: REASON" or "REASON".
std::string format_error_message(const std::string& file, std::size_t line,
                                 const std::string& reason);

}  // namespace hostspace
