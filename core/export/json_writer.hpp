#pragma once
// The pretty JSON writer of the exports and its small field helpers. Internal to core/export.
#include <cstdint>
#include <string>

#include "core/util/rapidjson.hpp"

namespace hostspace::export_json {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

inline void put(Writer& w, const char* key, const std::string& value) {
    w.Key(key);
    w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

inline void put_int(Writer& w, const char* key, std::int64_t value) {
    w.Key(key);
    w.Int64(value);
}

inline void put_bool(Writer& w, const char* key, bool value) {
    w.Key(key);
    w.Bool(value);
}

}  // namespace hostspace::export_json
