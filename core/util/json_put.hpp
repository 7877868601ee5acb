#pragma once
// Writing one keyed field, for any rapidjson writer: the op lines (compact) and the exports
// (pretty) share these rather than each keeping a copy.
#include <cstdint>
#include <string>

#include "core/util/rapidjson.hpp"

namespace hostspace::json_put {

template <class Writer>
void put(Writer& w, const char* key, const std::string& value) {
    w.Key(key);
    w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

template <class Writer>
void put_int(Writer& w, const char* key, std::int64_t value) {
    w.Key(key);
    w.Int64(value);
}

// The shortest text that reads back as the same double.
template <class Writer>
void put_double(Writer& w, const char* key, double value) {
    w.Key(key);
    w.Double(value);
}

template <class Writer>
void put_bool(Writer& w, const char* key, bool value) {
    w.Key(key);
    w.Bool(value);
}

}  // namespace hostspace::json_put
