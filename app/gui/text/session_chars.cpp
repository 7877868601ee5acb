#include "app/gui/text/session_chars.hpp"

#include <set>

namespace hostspace::gui {
namespace {

// The harvest: every version of every draft (a restore or the history may show any), the
// labels, consent records, principles with their lines and champions, actions and focus items,
// and what the views write themselves (bullets, the months of a date).
template <typename Add>
void add_harvest_text(const Session& session, Add& add) {
    const Harvest& harvest = session.harvest;
    add("\xE2\x80\xA2 \xC2\xB7 \xE2\x80\x93 January February March April May June July August "
        "September October November December");
    for (const Draft& draft : harvest.drafts) {
        if (draft.deleted.value) continue;
        add(draft.label.value);
        for (const DraftVersion& version : draft.versions) add(version.text);
    }
    for (const ConsentRound& round : harvest.consent_rounds) {
        if (round.deleted.value) continue;
        for (const Objection& objection : round.objections) {
            add(objection.by);
            add(objection.reason);
            add(objection.resolution.value.note);
        }
        for (const NamedResponse& response : round.responses) {
            add(response.person);
            add(response.answer.value.reason);
        }
    }
    for (const Principle& principle : harvest.principles) {
        if (principle.deleted.value) continue;
        add(principle.title.value);
        add(principle.statement.value);
        add(principle.champion.value.name);
    }
    for (const PrincipleLine& line : harvest.lines) {
        if (!line.deleted.value) add(line.text.value);
    }
    for (const Action& action : harvest.actions) {
        if (action.deleted.value) continue;
        add(action.what.value);
        add(action.who.value.name);
        add(action.due.value);
    }
    for (const FocusItem& item : harvest.focus) {
        if (item.deleted.value) continue;
        add(item.question.value);
        add(item.who.value.name);
        add(item.when.value);
    }
}

// The notes' texts, authors and organisations; only those with a dot or a paper tally in some
// voting round when `voted_only` (Votes mode lists them in large type).
template <typename Add>
void add_notes(const Session& session, Add& add, bool voted_only) {
    std::set<std::string> voted;
    if (voted_only) {
        for (const VotingRound& round : session.voting.rounds) {
            for (const Dot& dot : round.dots) voted.insert(dot.item_id);
            for (const auto& entry : round.tally) voted.insert(entry.first);
        }
    }
    for (const Note& note : session.board.notes) {
        if (note.deleted.value) continue;
        if (voted_only && !voted.count(note.id)) continue;
        add(note.text.value);
        add(note.author.value);
        add(note.organisation.value);
    }
}

}  // namespace

void add_text_but_notes(const Session& session, CharSet& chars) {
    auto add = [&chars](const std::string& text) { chars.add_text(text); };
    add(session.meta.title.value);
    add(session.meta.question.value);
    add(session.meta.date.value);
    add(session.meta.venue.value);
    add(session.meta.hosts.value);
    for (const Round& round : session.agenda.rounds) {
        if (round.removed.value) continue;
        add(round.title.value);
        add(round.question.value);
        for (const RoundStep& step : round.steps.value) add(step.title);
    }
    for (const Participant& participant : session.participants) {
        add(participant.name.value);  // the talking piece's speaker
        add(participant.organisation.value);
        add(participant.role.value);
    }
    // Board and Votes modes: theme titles (the notes are added by the callers).
    for (const Group& group : session.board.groups) {
        if (!group.deleted.value) add(group.title.value);
    }
    for (const VotingRound& round : session.voting.rounds) {
        if (!round.deleted.value) add(round.title.value);
    }
    add_harvest_text(session, add);
}

void add_session_text(const Session& session, CharSet& chars) {
    add_text_but_notes(session, chars);
    auto add = [&chars](const std::string& text) { chars.add_text(text); };
    add_notes(session, add, false);
}

void add_room_text(const Session& session, CharSet& chars) {
    add_text_but_notes(session, chars);
    auto add = [&chars](const std::string& text) { chars.add_text(text); };
    add_notes(session, add, true);
}

}  // namespace hostspace::gui
