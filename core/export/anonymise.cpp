#include "core/export/anonymise.hpp"

#include <map>
#include <string>

namespace hostspace::doc {
namespace {

// The same name gets the same key everywhere it appears.
class Keys {
  public:
    explicit Keys(std::string prefix) : prefix_(std::move(prefix)) {}
    std::string operator()(const std::string& name) {
        if (name.empty()) return name;
        const auto found = keys_.find(name);
        if (found != keys_.end()) return found->second;
        return keys_[name] = prefix_ + " " + std::to_string(keys_.size() + 1);
    }

  private:
    std::string prefix_;
    std::map<std::string, std::string> keys_;
};

void anonymise_assignee(const Session& original, Assignee& who) {
    const Participant* p =
        who.participant_id.empty() ? nullptr : original.find_participant(who.participant_id);
    who.name = p ? p->organisation.value : "";
    who.participant_id.clear();
}

}  // namespace

Session anonymised(const Session& session, bool anonymous) {
    Session s = session;
    if (anonymous || s.board.anonymous.value) {
        for (auto& note : s.board.notes) note.author.value.clear();
    }
    if (!anonymous) return s;
    s.meta.hosts.value.clear();
    for (auto& p : s.participants) p.name.value.clear();
    Keys voters("voter");
    for (auto& round : s.voting.rounds) {
        for (auto& dot : round.dots) dot.voter = voters(dot.voter);
    }
    Keys people("person");
    for (auto& round : s.harvest.consent_rounds) {
        for (auto& response : round.responses) response.person = people(response.person);
        for (auto& objection : round.objections) objection.by = people(objection.by);
    }
    for (auto& draft : s.harvest.drafts) {
        for (auto& version : draft.versions) version.author.clear();
    }
    for (auto& p : s.harvest.principles) anonymise_assignee(session, p.champion.value);
    for (auto& a : s.harvest.actions) anonymise_assignee(session, a.who.value);
    for (auto& f : s.harvest.focus) anonymise_assignee(session, f.who.value);
    return s;
}

}  // namespace hostspace::doc
