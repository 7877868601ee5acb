#include "app/cli/arguments.hpp"

#include "core/util/error.hpp"

namespace hostspace::cli {

std::optional<std::string> Arguments::value(const std::string& name) const {
    const auto it = values.find(name);
    if (it == values.end()) return std::nullopt;
    return it->second;
}

Arguments parse_arguments(const std::vector<std::string>& words,
                          const std::set<std::string>& with_value,
                          const std::set<std::string>& flags) {
    Arguments args;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (word.size() < 3 || word.compare(0, 2, "--") != 0) {
            args.positional.push_back(word);
            continue;
        }
        std::string name = word.substr(2);
        std::optional<std::string> inline_value;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            inline_value = name.substr(eq + 1);
            name.resize(eq);
        }
        if (with_value.count(name)) {
            if (inline_value) {
                args.values[name] = *inline_value;
            } else if (i + 1 < words.size()) {
                args.values[name] = words[++i];
            } else {
                throw Error("option --" + name + " needs a value");
            }
        } else if (flags.count(name) && !inline_value) {
            args.flags.insert(name);
        } else {
            throw Error("unknown option --" + name + " (see hostspace --help)");
        }
    }
    return args;
}

}  // namespace hostspace::cli
