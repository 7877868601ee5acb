#include "core/session/op_json_fields.hpp"

#include <cmath>

#include "core/util/error.hpp"

namespace hostspace::op_json {

const Json& member(const Json& object, const char* key) {
    const auto it = object.FindMember(key);
    if (it == object.MemberEnd()) throw Error(std::string("missing field \"") + key + "\"");
    return it->value;
}

std::string text(const Json& object, const char* key) {
    const Json& value = member(object, key);
    if (!value.IsString()) throw Error(std::string("field \"") + key + "\" is not a string");
    return std::string(value.GetString(), value.GetStringLength());
}

std::uint64_t unsigned_number(const Json& object, const char* key) {
    const Json& value = member(object, key);
    if (!value.IsUint64()) {
        throw Error(std::string("field \"") + key + "\" is not a non-negative integer");
    }
    return value.GetUint64();
}

std::int64_t signed_number(const Json& object, const char* key) {
    const Json& value = member(object, key);
    if (!value.IsInt64()) throw Error(std::string("field \"") + key + "\" is not an integer");
    return value.GetInt64();
}

int int_number(const Json& object, const char* key) {
    const Json& value = member(object, key);
    if (!value.IsInt()) throw Error(std::string("field \"") + key + "\" is not an integer");
    return value.GetInt();
}

double number(const Json& object, const char* key) {
    const Json& value = member(object, key);
    if (!value.IsNumber() || !std::isfinite(value.GetDouble())) {
        throw Error(std::string("field \"") + key + "\" is not a number");
    }
    return value.GetDouble();
}

bool boolean(const Json& object, const char* key) {
    const Json& value = member(object, key);
    if (!value.IsBool()) throw Error(std::string("field \"") + key + "\" is not true or false");
    return value.GetBool();
}

std::vector<std::string> text_list(const Json& object, const char* key) {
    const Json& list = member(object, key);
    if (!list.IsArray()) throw Error(std::string("field \"") + key + "\" is not a list");
    std::vector<std::string> values;
    for (const auto& item : list.GetArray()) {
        if (!item.IsString()) {
            throw Error(std::string("an entry of \"") + key + "\" is not text");
        }
        values.emplace_back(item.GetString(), item.GetStringLength());
    }
    return values;
}

void put_text_list(Writer& w, const char* key, const std::vector<std::string>& values) {
    w.Key(key);
    w.StartArray();
    for (const std::string& value : values) {
        w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
    }
    w.EndArray();
}

std::optional<std::string> optional_text(const Json& object, const char* key) {
    if (!object.HasMember(key)) return std::nullopt;
    return text(object, key);
}

std::optional<int> optional_int(const Json& object, const char* key) {
    if (!object.HasMember(key)) return std::nullopt;
    return int_number(object, key);
}

std::optional<bool> optional_boolean(const Json& object, const char* key) {
    if (!object.HasMember(key)) return std::nullopt;
    return boolean(object, key);
}

}  // namespace hostspace::op_json
