#include "core/session/meta.hpp"

#include <cctype>
#include <ctime>

#include "core/util/error.hpp"
#include "core/util/text.hpp"

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

namespace {

bool digits(const std::string& text, std::size_t from, std::size_t count) {
    for (std::size_t i = from; i < from + count; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    }
    return true;
}

int days_in_month(int year, int month) {
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string date_problem(const std::string& date) {
    if (date.empty()) return "";  // no date yet
    const std::string example = "Write the date as YYYY-MM-DD, for example 2026-03-14";
    if (date.size() != 10 || date[4] != '-' || date[7] != '-' || !digits(date, 0, 4) ||
        !digits(date, 5, 2) || !digits(date, 8, 2)) {
        return example + " (not \"" + date + "\").";
    }
    const int year = std::stoi(date.substr(0, 4));
    const int month = std::stoi(date.substr(5, 2));
    const int day = std::stoi(date.substr(8, 2));
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) {
        return "There is no day " + date + ". " + example + ".";
    }
    return "";
}

}  // namespace

std::string meta_value_problem(MetaField field, const std::string& value) {
    const std::string tidy = trim_space(value);
    switch (field) {
        case MetaField::title:
            return tidy.empty() ? "A session needs a title: what the room will see at the top."
                                : "";
        case MetaField::date:
            return date_problem(tidy);
        case MetaField::venue:
        case MetaField::hosts:
        case MetaField::question:
            return "";
    }
    return "";
}

Lww<std::string>& Meta::field(MetaField f) {
    return const_cast<Lww<std::string>&>(static_cast<const Meta&>(*this).field(f));
}

std::string local_date_iso(std::int64_t unix_ms) {
    const std::time_t seconds = static_cast<std::time_t>(unix_ms / 1000);
    std::tm local{};
    localtime_r(&seconds, &local);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &local);
    return text;
}

}  // namespace hostspace
