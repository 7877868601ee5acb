#include "core/export/json_harvest.hpp"

#include <algorithm>

#include "core/harvest/consent.hpp"
#include "core/harvest/drafts.hpp"
#include "core/harvest/plans.hpp"
#include "core/harvest/principles.hpp"
#include "core/harvest/sources.hpp"

namespace hostspace::export_json {
namespace {

void put_or_null(Writer& w, const char* key, const std::string& value) {
    w.Key(key);
    if (value.empty()) {
        w.Null();
    } else {
        w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
    }
}

void put_ids(Writer& w, const char* key, const std::vector<std::string>& ids) {
    w.Key(key);
    w.StartArray();
    for (const std::string& id : ids)
        w.String(id.data(), static_cast<rapidjson::SizeType>(id.size()));
    w.EndArray();
}

// Sources as the views show them: still named after the note or theme is deleted.
void write_sources(Writer& w, const Board& board, const std::vector<std::string>& ids) {
    w.Key("sources");
    w.StartArray();
    for (const SourceView& source : describe_sources(board, ids)) {
        w.StartObject();
        put(w, "id", source.id);
        put(w, "type", source_kind_name(source.kind));
        put(w, "text", source.text);
        put_bool(w, "deleted", source.deleted);
        w.EndObject();
    }
    w.EndArray();
}

// {"participant_id": id or null, "name": the name shown}, or null when nobody is named.
void write_assignee(Writer& w, const char* key, const Session& session, const Assignee& who) {
    w.Key(key);
    if (who.empty()) {
        w.Null();
        return;
    }
    w.StartObject();
    put_or_null(w, "participant_id", who.participant_id);
    put(w, "name", assignee_name(session, who));
    w.EndObject();
}

void write_versions(Writer& w, const Draft& draft) {
    const DraftVersion* current = current_version(draft);
    w.Key("versions");
    w.StartArray();
    for (const DraftVersion* version : versions_in_order(draft)) {
        w.StartObject();
        put(w, "id", version->id);
        put(w, "text", version->text);
        put(w, "author", version->author);
        put_ids(w, "based_on", version->based_on);
        put_or_null(w, "restored_from", version->restored_from);
        put_int(w, "at_ms", version->at_ms);
        put_bool(w, "withdrawn", version->withdrawn.value);
        put_bool(w, "current", version == current);
        w.EndObject();
    }
    w.EndArray();
}

void write_draft(Writer& w, const Session& session, const Draft& draft, const VotesByItem& votes) {
    const DraftVersion* current = current_version(draft);
    w.StartObject();
    put(w, "id", draft.id);
    put(w, "label", draft.label.value);
    put(w, "text", current ? current->text : "");
    put_or_null(w, "current_version", current ? current->id : "");
    put_int(w, "created_ms", draft.created_ms);
    put_bool(w, "has_concurrent_version", has_concurrent_version(draft));
    std::vector<std::string> others;
    for (const DraftVersion* other : concurrent_versions(draft)) others.push_back(other->id);
    put_ids(w, "concurrent_versions", others);
    write_sources(w, session.board, draft.sources);
    write_versions(w, draft);
    write_item_votes(w, votes, draft.id);
    w.EndObject();
}

void write_counts(Writer& w, const ConsentCounts& counts) {
    w.Key("counts");
    w.StartObject();
    for (ConsentKind kind : kConsentKinds) put_int(w, consent_kind_name(kind), counts.of(kind));
    w.EndObject();
}

void write_objections(Writer& w, const std::vector<const Objection*>& objections) {
    w.Key("objections");
    w.StartArray();
    for (const Objection* objection : objections) {
        w.StartObject();
        put(w, "id", objection->id);
        put(w, "by", objection->by);
        put(w, "reason", objection->reason);
        put_int(w, "raised_ms", objection->raised_ms);
        put(w, "resolution", objection_outcome_name(objection->resolution.value.outcome));
        put(w, "resolution_note", objection->resolution.value.note);
        w.EndObject();
    }
    w.EndArray();
}

void write_consent_round(Writer& w, const ConsentRound& round) {
    w.StartObject();
    put(w, "id", round.id);
    if (round.subject == ConsentSubject::purpose) {
        put(w, "draft", round.draft_id);
        put(w, "version", round.version_id);
    }
    put(w, "mode", consent_mode_name(round.mode));
    put_int(w, "opened_ms", round.opened_ms);
    write_counts(w, consent_counts(round));
    w.Key("responses");
    if (round.mode == ConsentMode::named) {
        w.StartArray();
        for (const NamedResponse* response : named_responses(round)) {
            w.StartObject();
            put(w, "person", response->person);
            put(w, "response", consent_kind_name(response->answer.value.kind));
            put(w, "reason", response->answer.value.reason);
            w.EndObject();
        }
        w.EndArray();
    } else {
        w.Null();  // a show of hands: counts only
    }
    write_objections(w, live_objections(round));
    const Agreement& agreement = round.agreement.value;
    put_bool(w, "agreed", agreement.agreed);
    put_or_null(w, "agreed_date", agreement.agreed ? agreement.date : "");
    put_or_null(w, "review_date", agreement.agreed ? agreement.review_date : "");
    w.EndObject();
}

void write_consent_rounds(Writer& w, const Harvest& harvest, ConsentSubject subject) {
    w.Key("consent_rounds");
    w.StartArray();
    for (const ConsentRound& round : harvest.consent_rounds) {
        if (!round.deleted.value && round.subject == subject) write_consent_round(w, round);
    }
    w.EndArray();
}

// The agreed statement with its consent record, or null.
void write_agreed(Writer& w, const std::optional<ConsentRecord>& record) {
    w.Key("agreed");
    if (!record) {
        w.Null();
        return;
    }
    w.StartObject();
    if (record->draft) {
        put(w, "draft", record->draft->id);
        put(w, "label", record->draft->label.value);
        put(w, "version", record->round->version_id);
        put(w, "text", record->version ? record->version->text : "");
    }
    put(w, "consent_round", record->round->id);
    put(w, "date", record->date);
    put_int(w, "agreed_ms", record->agreed_ms);
    put_or_null(w, "review_date", record->review_date);
    write_counts(w, record->counts);
    write_objections(w, record->objections);
    w.EndObject();
}

void write_lines(Writer& w, const char* key, const Harvest& harvest, const Principle& principle,
                 LineKind kind) {
    w.Key(key);
    w.StartArray();
    for (const PrincipleLine* line : lines_of(harvest, principle.id, kind)) {
        w.StartObject();
        put(w, "id", line->id);
        put(w, "text", line->text.value);
        w.EndObject();
    }
    w.EndArray();
}

}  // namespace

void write_purpose(Writer& w, const Session& session, const VotesByItem& votes) {
    const Harvest& harvest = session.harvest;
    w.Key("purpose");
    w.StartObject();
    w.Key("drafts");
    w.StartArray();
    for (const Draft* draft : drafts_in_order(harvest)) write_draft(w, session, *draft, votes);
    w.EndArray();
    std::vector<std::string> rounds;
    for (const VotingRound& round : session.voting.rounds) {
        if (!round.deleted.value && round.rules.target == VoteTarget::drafts) {
            rounds.push_back(round.id);
        }
    }
    put_ids(w, "voting_rounds", rounds);
    write_consent_rounds(w, harvest, ConsentSubject::purpose);
    write_agreed(w, agreed_purpose(harvest));
    w.EndObject();
}

void write_principles(Writer& w, const Session& session) {
    const Harvest& harvest = session.harvest;
    w.Key("principles");
    w.StartObject();
    w.Key("items");
    w.StartArray();
    for (const Principle* principle : principles_in_order(harvest)) {
        w.StartObject();
        put(w, "id", principle->id);
        put(w, "title", principle->title.value);
        put(w, "statement", principle->statement.value);
        write_assignee(w, "champion", session, principle->champion.value);
        write_lines(w, "practices", harvest, *principle, LineKind::practice);
        write_lines(w, "accountability", harvest, *principle, LineKind::accountability);
        write_sources(w, session.board, linked_sources(*principle));
        w.EndObject();
    }
    w.EndArray();
    write_consent_rounds(w, harvest, ConsentSubject::principles);
    write_agreed(w, agreed_principles(harvest));
    w.EndObject();
}

void write_actions(Writer& w, const Session& session) {
    w.Key("actions");
    w.StartArray();
    for (const Action* action : actions_in_order(session.harvest)) {
        w.StartObject();
        put(w, "id", action->id);
        put(w, "what", action->what.value);
        write_assignee(w, "who", session, action->who.value);
        put(w, "due", action->due.value);
        put(w, "status", action_status_name(action->status.value));
        w.Key("principle");
        const Principle* principle = session.harvest.find_principle(action->principle_id.value);
        if (principle) {
            w.StartObject();
            put(w, "id", principle->id);
            put(w, "title", principle->title.value);
            put_bool(w, "deleted", principle->deleted.value);
            w.EndObject();
        } else {
            w.Null();
        }
        w.EndObject();
    }
    w.EndArray();
}

void write_focus(Writer& w, const Session& session) {
    w.Key("focus");
    w.StartArray();
    for (const FocusItem* item : focus_in_order(session.harvest)) {
        w.StartObject();
        put(w, "id", item->id);
        put(w, "question", item->question.value);
        write_assignee(w, "who", session, item->who.value);
        put(w, "when", item->when.value);
        w.EndObject();
    }
    w.EndArray();
}

}  // namespace hostspace::export_json
