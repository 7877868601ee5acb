#pragma once
// JSON that remembers where each value was in the text. rapidjson reports a position only for
// a syntax error; files people write by hand (method files) deserve the line of a missing or
// mistyped field too, so this parses through rapidjson's SAX reader and records the offset of
// every value by its path.
#include <cstddef>
#include <map>
#include <string>
#include <string_view>

#include "core/util/rapidjson.hpp"

namespace hostspace {

// 1 + the number of line breaks before `offset` (clamped to the text).
std::size_t line_at_offset(std::string_view text, std::size_t offset);

struct LocatedJson {
    rapidjson::Document document;
    // Path of a value ("" for the root, "/rounds/0/minutes" for a member of an element) to the
    // line it is on.
    std::map<std::string, std::size_t> lines;

    // The line of the value at `path`, or of its nearest enclosing value that was recorded.
    std::size_t line_of(const std::string& path) const;
};

// Parses `text`; a syntax error throws hostspace::Error(file, line, reason).
LocatedJson parse_located_json(std::string_view text, const std::string& file);

}  // namespace hostspace
