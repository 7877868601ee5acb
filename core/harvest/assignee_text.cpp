#include "core/harvest/assignee_text.hpp"

#include <cctype>

#include "core/harvest/plans.hpp"
#include "core/session/participants.hpp"
#include "core/util/text.hpp"

namespace hostspace {
namespace {

bool same_name(const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
        if (std::tolower(x) != std::tolower(y)) return false;
    }
    return true;
}

}  // namespace

Assignee assignee_from_text(const Session& session, const std::string& text) {
    const std::string name = trim_space(text);
    if (name.empty()) return {};
    for (const Participant* person : live_participants(session)) {
        if (same_name(trim_space(person->name.value), name)) return assignee_for(*person);
    }
    return Assignee{"", name};
}

}  // namespace hostspace
