#pragma once
// What the session is (title, date, venue, hosts, calling question) and who is in the room.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/session/stamp.hpp"

namespace hostspace {

enum class MetaField { title, date, venue, hosts, question };

const char* meta_field_name(MetaField field);
// Throws hostspace::Error for an unknown name.
MetaField meta_field_from_name(const std::string& name);

// What is wrong with `value` for `field`, as a sentence for the person typing it, or "" when it
// may be saved. The rules the window and the command line share: a title is required (spaces
// alone do not count: values are saved trimmed); a date is empty or a real day written
// YYYY-MM-DD. The other fields take any text.
std::string meta_value_problem(MetaField field, const std::string& value);

// The day `unix_ms` falls on in this laptop's time zone, as YYYY-MM-DD: "today" for a date
// field, the day a purpose was agreed.
std::string local_date_iso(std::int64_t unix_ms);

struct Meta {
    Lww<std::string> title;
    Lww<std::string> date;  // ISO 8601 (YYYY-MM-DD) by convention; free text is kept as typed
    Lww<std::string> venue;
    Lww<std::string> hosts;
    Lww<std::string> question;  // the calling question

    const Lww<std::string>& field(MetaField f) const;
    Lww<std::string>& field(MetaField f);
};

struct Participant {
    std::string id;
    Lww<std::string> name;
    Lww<std::string> organisation;
    Lww<std::string> role;
    Lww<bool> removed;
};

// ---- operations --------------------------------------------------------------------------
struct SetMeta {
    MetaField field = MetaField::title;
    std::string value;
};
struct AddParticipant {
    std::string id, name, organisation, role;
};
// Changes only the fields that are set, so two co-hosts correcting different fields of one
// person keep both corrections. (Files written before 0.1 set all three.)
struct EditParticipant {
    std::string id;
    std::optional<std::string> name, organisation, role;
};
struct RemoveParticipant {
    std::string id;
};
struct RestoreParticipant {
    std::string id;
};

}  // namespace hostspace
