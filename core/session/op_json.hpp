#pragma once
// Operations as JSON: the journal's lines and, later, sync segments. Every op carries an
// explicit, stable string tag ("add_note"); docs/file-format.md lists them all.
#include <string>
#include <string_view>
#include <vector>

#include "core/session/session.hpp"

namespace hostspace {

// Schema version written in every line; lines with a higher version are refused.
constexpr int kOpSchemaVersion = 1;

// One journal line (no newline): a single op, or several as one atomic {"type":"batch"} line.
std::string encode_op_line(const std::vector<Op>& ops);

// Parses one line back into its ops. Throws hostspace::Error (reason only, no file or line)
// naming what is wrong: bad JSON, a missing or mistyped field, an unknown type or version.
std::vector<Op> decode_op_line(std::string_view line);

}  // namespace hostspace
