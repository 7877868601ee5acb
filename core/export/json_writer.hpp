#pragma once
// The pretty JSON writer of the exports and its small field helpers. Internal to core/export.
#include <cstdint>
#include <string>

#include "core/util/json_put.hpp"
#include "core/util/rapidjson.hpp"

namespace hostspace::export_json {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

using json_put::put;
using json_put::put_bool;
using json_put::put_int;

}  // namespace hostspace::export_json
