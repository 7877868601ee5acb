#include "core/export/json_export.hpp"

#include <optional>
#include <unordered_map>

#include "core/agenda/schedule.hpp"
#include "core/export/json_harvest.hpp"
#include "core/export/json_votes.hpp"
#include "core/export/json_writer.hpp"
#include "core/timer/talking_piece.hpp"

namespace hostspace {
namespace {

using export_json::put;
using export_json::put_bool;
using export_json::put_int;
using export_json::VotesByItem;
using export_json::write_item_votes;
using export_json::Writer;

// A planned time, or null when the agenda has no start (the times would only be offsets).
void put_planned(Writer& w, const char* key, const Agenda& agenda, std::int64_t ms) {
    w.Key(key);
    if (agenda.start_ms.value == 0) {
        w.Null();
    } else {
        w.Int64(ms);
    }
}

// When the round actually started and how long it ran (null: never run), from the timer's log.
void write_as_run(Writer& w, const std::optional<RoundAsRun>& as_run) {
    w.Key("actual_start_ms");
    if (as_run) {
        w.Int64(as_run->first_start_ms);
    } else {
        w.Null();
    }
    w.Key("actual_length_ms");
    w.Int64(as_run ? as_run->length_ms : 0);
    put_bool(w, "running_now", as_run && as_run->running);
}

void write_session(Writer& w, const Session& s) {
    w.Key("session");
    w.StartObject();
    put(w, "title", s.meta.title.value);
    put(w, "date", s.meta.date.value);
    put(w, "venue", s.meta.venue.value);
    put(w, "hosts", s.meta.hosts.value);
    put(w, "question", s.meta.question.value);
    put_planned(w, "planned_start_ms", s.agenda, s.agenda.start_ms.value);
    put_planned(w, "planned_end_ms", s.agenda, planned_end_ms(s.agenda));
    put_bool(w, "authors_hidden_on_projector", s.board.anonymous.value);
    w.Key("participants");
    w.StartArray();
    for (const auto& p : s.participants) {
        if (p.removed.value) continue;
        w.StartObject();
        put(w, "id", p.id);
        put(w, "name", p.name.value);
        put(w, "organisation", p.organisation.value);
        put(w, "role", p.role.value);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
}

const Group* live_group(const Board& board, const std::string& id) {
    const Group* group = id.empty() ? nullptr : board.find_group(id);
    return group && !group->deleted.value ? group : nullptr;
}

void write_notes(Writer& w, const Board& board, const VotesByItem& votes) {
    w.Key("notes");
    w.StartArray();
    for (const auto& note : board.notes) {
        if (note.deleted.value) continue;
        w.StartObject();
        put(w, "id", note.id);
        put(w, "text", note.text.value);
        put(w, "author", note.author.value);
        put(w, "organisation", note.organisation.value);
        const Group* group = live_group(board, note.group_id.value);
        w.Key("group");
        if (group) {
            w.String(group->title.value.data(),
                     static_cast<rapidjson::SizeType>(group->title.value.size()));
        } else {
            w.Null();
        }
        w.Key("group_id");
        if (group) {
            w.String(group->id.c_str());
        } else {
            w.Null();
        }
        put(w, "colour", note.colour.value);
        w.Key("x");
        w.Double(note.position.value.x);
        w.Key("y");
        w.Double(note.position.value.y);
        w.Key("created_ms");
        w.Int64(note.created_ms);
        w.Key("edited_ms");
        w.Int64(note.edited_ms);
        write_item_votes(w, votes, note.id);
        w.EndObject();
    }
    w.EndArray();
}

void write_groups(Writer& w, const Board& board, const VotesByItem& votes) {
    // One pass over the notes, not one per group.
    std::unordered_map<std::string, std::size_t> note_counts;
    for (const auto& note : board.notes) {
        if (!note.deleted.value && !note.group_id.value.empty()) ++note_counts[note.group_id.value];
    }
    w.Key("groups");
    w.StartArray();
    for (const auto& group : board.groups) {
        if (group.deleted.value) continue;
        w.StartObject();
        put(w, "id", group.id);
        put(w, "title", group.title.value);
        put(w, "colour", group.colour.value);
        w.Key("note_count");
        const auto count = note_counts.find(group.id);
        w.Uint64(count == note_counts.end() ? 0 : count->second);
        put_bool(w, "collapsed", group.collapsed.value);
        w.Key("x");
        w.Double(group.position.value.x);
        w.Key("y");
        w.Double(group.position.value.y);
        write_item_votes(w, votes, group.id);
        w.EndObject();
    }
    w.EndArray();
}

void write_agenda(Writer& w, const Agenda& agenda, const Timer& timer) {
    w.Key("agenda");
    w.StartArray();
    for (const auto& planned : plan_schedule(agenda)) {
        const Round& round = *agenda.find_round(planned.round_id);
        w.StartObject();
        put(w, "id", round.id);
        put(w, "title", round.title.value);
        put(w, "question", round.question.value);
        put(w, "method", round.method_id);
        w.Key("duration_s");
        w.Int64(round_duration_s(round));
        w.Key("steps");
        w.StartArray();
        for (const auto& step : round.steps.value) {
            w.StartObject();
            put(w, "title", step.title);
            w.Key("duration_s");
            w.Int(step.duration_s);
            w.EndObject();
        }
        w.EndArray();
        // What the round runs with: its own talking piece, or the session's for an older round.
        const TalkingPieceSetting piece = talking_piece_for(round, timer);
        put_bool(w, "talking_piece", piece.on);
        put_int(w, "speaker_s", piece.speaker_s);
        put_planned(w, "planned_start_ms", agenda, planned.start_ms);
        put_planned(w, "planned_end_ms", agenda, planned.end_ms);
        write_as_run(w, round_as_run(timer, round.id));
        w.EndObject();
    }
    w.EndArray();
}

// The timer as stored (wall-clock instants, not a time left: an export has no "now").
void write_timer(Writer& w, const Timer& timer) {
    const TimerRun& run = timer.run.value;
    w.Key("timer");
    w.StartObject();
    put_bool(w, "running", !run.idle());
    if (run.idle()) {
        w.Key("round_id");
        w.Null();
    } else {
        put(w, "round_id", run.round_id);
    }
    put_int(w, "step_index", run.step_index);
    put_bool(w, "paused", run.paused);
    put_int(w, "step_started_ms", run.step_started_ms);
    put_int(w, "paused_at_ms", run.paused_at_ms);
    put_int(w, "paused_total_ms", run.paused_total_ms);
    put_int(w, "adjust_s", run.adjust_s);
    put_int(w, "speaker_index", run.speaker_index);
    put_bool(w, "auto_advance", timer.auto_advance.value);
    put_int(w, "warning_s", timer.warning_s.value);
    put_bool(w, "talking_piece", timer.talking_piece.value);
    put_int(w, "speaker_s", timer.speaker_s.value);
    w.EndObject();
}

}  // namespace

std::string export_session_json(const Session& session) {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.SetIndent(' ', 2);
    w.StartObject();
    put(w, "format", "hostspace-export");
    w.Key("version");
    w.Int(kJsonExportVersion);
    write_session(w, session);
    const VotesByItem votes = export_json::votes_by_item(session);
    write_notes(w, session.board, votes);
    write_groups(w, session.board, votes);
    write_agenda(w, session.agenda, session.timer);
    write_timer(w, session.timer);
    export_json::write_voting_rounds(w, session);
    export_json::write_purpose(w, session, votes);
    export_json::write_principles(w, session);
    export_json::write_actions(w, session);
    export_json::write_focus(w, session);
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace hostspace
