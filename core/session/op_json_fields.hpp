#pragma once
// Shared pieces of the op JSON codec (op_json.cpp), so each feature keeps the JSON of its own
// ops beside its model (core/agenda/agenda_json.cpp, core/timer/timer_json.cpp). Internal to
// core: callers use encode_op_line / decode_op_line from op_json.hpp.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/session/session.hpp"
#include "core/util/json_put.hpp"
#include "core/util/rapidjson.hpp"

namespace hostspace::op_json {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;
using Json = rapidjson::Value;

// ---- writing -----------------------------------------------------------------------------
using json_put::put;
using json_put::put_bool;
using json_put::put_double;
using json_put::put_int;
// A list of strings (ids), e.g. "sources": ["…", "…"].
void put_text_list(Writer& w, const char* key, const std::vector<std::string>& values);

// ---- reading: each throws hostspace::Error naming the field ------------------------------
const Json& member(const Json& object, const char* key);
std::string text(const Json& object, const char* key);
std::uint64_t unsigned_number(const Json& object, const char* key);
std::int64_t signed_number(const Json& object, const char* key);
int int_number(const Json& object, const char* key);  // any value an int holds
double number(const Json& object, const char* key);   // finite
bool boolean(const Json& object, const char* key);
std::vector<std::string> text_list(const Json& object, const char* key);

// Absent fields give nothing; present ones must have the right type.
std::optional<std::string> optional_text(const Json& object, const char* key);
std::optional<int> optional_int(const Json& object, const char* key);
std::optional<bool> optional_boolean(const Json& object, const char* key);

// Reads one op's fields (the envelope is read by op_json.cpp); keyed by the op's tag.
using PayloadReader = std::function<OpPayload(const Json&)>;
using PayloadReaders = std::unordered_map<std::string, PayloadReader>;

}  // namespace hostspace::op_json
