#include "core/session/meta.hpp"

#include "core/util/error.hpp"

namespace hostspace {
namespace {
constexpr struct {
    MetaField field;
    const char* name;
} kMetaFields[] = {{MetaField::title, "title"},
                   {MetaField::date, "date"},
                   {MetaField::venue, "venue"},
                   {MetaField::hosts, "hosts"},
                   {MetaField::question, "question"}};
}  // namespace

const char* meta_field_name(MetaField field) {
    for (const auto& entry : kMetaFields) {
        if (entry.field == field) return entry.name;
    }
    return "title";
}

MetaField meta_field_from_name(const std::string& name) {
    for (const auto& entry : kMetaFields) {
        if (name == entry.name) return entry.field;
    }
    throw Error("unknown session field '" + name + "'");
}

const Lww<std::string>& Meta::field(MetaField f) const {
    switch (f) {
        case MetaField::title:
            return title;
        case MetaField::date:
            return date;
        case MetaField::venue:
            return venue;
        case MetaField::hosts:
            return hosts;
        case MetaField::question:
            return question;
    }
    return title;
}

Lww<std::string>& Meta::field(MetaField f) {
    return const_cast<Lww<std::string>&>(static_cast<const Meta&>(*this).field(f));
}

}  // namespace hostspace
