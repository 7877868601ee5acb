#include "core/util/uuid.hpp"

#include <uuid/uuid.h>

namespace hostspace {

std::string new_uuid() {
    uuid_t raw;
    uuid_generate_random(raw);
    char text[37];
    uuid_unparse_lower(raw, text);
    return text;
}

bool is_uuid(const std::string& text) {
    uuid_t raw;
    return text.size() == 36 && uuid_parse(text.c_str(), raw) == 0;
}

}  // namespace hostspace
