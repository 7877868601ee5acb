#pragma once
// A small command-line reader: positional words plus "--name value" and "--flag" options, with
// a clear error for anything unknown, so every command checks its arguments the same way.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace hostspace::cli {

struct Arguments {
    std::vector<std::string> positional;
    std::map<std::string, std::string> values;  // --name value
    std::set<std::string> flags;                // --flag

    std::optional<std::string> value(const std::string& name) const;
    bool flag(const std::string& name) const { return flags.count(name) != 0; }
};

// `with_value` names the options that take a value, `flags` those that don't. Throws
// hostspace::Error for an unknown option or a missing value.
Arguments parse_arguments(const std::vector<std::string>& words,
                          const std::set<std::string>& with_value,
                          const std::set<std::string>& flags);

}  // namespace hostspace::cli
