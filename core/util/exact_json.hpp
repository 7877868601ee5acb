#pragma once
// Parses JSON into a rapidjson::Document, converting numbers with std::from_chars (exact,
// correctly rounded) instead of rapidjson 1.1.0's own full-precision path, which has undefined
// behaviour on inputs such as 0e-47 or 1E222 (found by fuzzing the journal reader).
#include <string>
#include <string_view>

#include "core/util/rapidjson.hpp"

namespace hostspace {

// Fills `doc`; returns an empty string on success, else why the text is not valid JSON (with
// the byte offset).
std::string parse_json_exact(rapidjson::Document& doc, std::string_view text);

}  // namespace hostspace
