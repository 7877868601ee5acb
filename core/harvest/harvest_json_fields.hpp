#pragma once
// Field helpers shared by the harvest's op codecs (purpose_json.cpp, lists_json.cpp).
#include <optional>
#include <string>

#include "core/harvest/harvest_tags.hpp"
#include "core/session/op_json_fields.hpp"

namespace hostspace::harvest_json {

using op_json::Json;
using op_json::Writer;

// An assignee as two fields: `key` (the name or free text) and `key`_participant (an id or "").
inline void put_assignee(Writer& w, const std::string& key, const Assignee& who) {
    op_json::put(w, key.c_str(), who.name);
    op_json::put(w, (key + "_participant").c_str(), who.participant_id);
}

inline Assignee read_assignee(const Json& o, const std::string& key) {
    Assignee who;
    who.name = op_json::text(o, key.c_str());
    who.participant_id = op_json::optional_text(o, (key + "_participant").c_str()).value_or("");
    return who;
}

// Absent in an edit: the field is not changed.
inline std::optional<Assignee> optional_assignee(const Json& o, const std::string& key) {
    if (!o.HasMember(key.c_str())) return std::nullopt;
    return read_assignee(o, key);
}

// Registers the reader of one op under its tag from harvest_tags.hpp.
template <class HarvestOp, class Read>
void add_reader(op_json::PayloadReaders& readers, const Read& read) {
    readers[harvest_op_tag(HarvestOp{})] = [read](const Json& o) -> OpPayload {
        return HarvestOp(read(o));
    };
}

}  // namespace hostspace::harvest_json
