#include "core/agenda/agenda_json.hpp"

#include <optional>

#include "core/util/error.hpp"

namespace hostspace {
namespace {

using namespace op_json;

void put_steps(Writer& w, const std::vector<RoundStep>& steps) {
    w.Key("steps");
    w.StartArray();
    for (const auto& step : steps) {
        w.StartObject();
        put(w, "title", step.title);
        put_int(w, "duration_s", step.duration_s);
        w.EndObject();
    }
    w.EndArray();
}

std::vector<RoundStep> read_steps(const Json& o) {
    const Json& list = member(o, "steps");
    if (!list.IsArray()) throw Error("field \"steps\" is not a list");
    std::vector<RoundStep> steps;
    for (const auto& item : list.GetArray()) {
        if (!item.IsObject()) throw Error("a step in \"steps\" is not a JSON object");
        steps.push_back({text(item, "title"), int_number(item, "duration_s")});
    }
    return steps;
}

// A round's talking piece: true (on), false (off) or null (no setting of its own: the
// session-wide option holds).
void put_talking_piece(Writer& w, RoundTalkingPiece piece) {
    w.Key("talking_piece");
    if (piece == RoundTalkingPiece::session) {
        w.Null();
    } else {
        w.Bool(piece == RoundTalkingPiece::on);
    }
}

// Absent: nothing said (the field is not changed; an added round follows the session).
std::optional<RoundTalkingPiece> read_talking_piece(const Json& o) {
    const auto it = o.FindMember("talking_piece");
    if (it == o.MemberEnd()) return std::nullopt;
    if (it->value.IsNull()) return RoundTalkingPiece::session;
    if (!it->value.IsBool()) throw Error("field \"talking_piece\" is not true, false or null");
    return it->value.GetBool() ? RoundTalkingPiece::on : RoundTalkingPiece::off;
}

}  // namespace

void write_fields(Writer& w, const AddRound& op) {
    put(w, "id", op.id);
    put(w, "title", op.title);
    put(w, "question", op.question);
    put(w, "method", op.method_id);
    put_int(w, "duration_s", op.duration_s);
    put_steps(w, op.steps);
    put_double(w, "rank", op.rank);
    // Only a round with a setting of its own says so: other lines stay as they always were.
    if (op.talking_piece != RoundTalkingPiece::session) put_talking_piece(w, op.talking_piece);
    if (op.speaker_s != 0) put_int(w, "speaker_s", op.speaker_s);
}

void write_fields(Writer& w, const EditRound& op) {
    put(w, "id", op.id);
    if (op.title) put(w, "title", *op.title);
    if (op.question) put(w, "question", *op.question);
    if (op.duration_s) put_int(w, "duration_s", *op.duration_s);
    if (op.talking_piece) put_talking_piece(w, *op.talking_piece);
    if (op.speaker_s) put_int(w, "speaker_s", *op.speaker_s);
}

void write_fields(Writer& w, const SetRoundSteps& op) {
    put(w, "id", op.id);
    put_steps(w, op.steps);
}

void write_fields(Writer& w, const MoveRound& op) {
    put(w, "id", op.id);
    put_double(w, "rank", op.rank);
}

void write_fields(Writer& w, const RemoveRound& op) {
    put(w, "id", op.id);
}

void write_fields(Writer& w, const RestoreRound& op) {
    put(w, "id", op.id);
}

void write_fields(Writer& w, const SetAgendaStart& op) {
    put_int(w, "start_ms", op.start_ms);
}

void add_agenda_readers(PayloadReaders& readers) {
    // Durations are read as any int, even negative ones (they count as 0): a value the app
    // could write must never make a session impossible to open.
    readers["add_round"] = [](const Json& o) -> OpPayload {
        return AddRound{text(o, "id"),
                        text(o, "title"),
                        text(o, "question"),
                        text(o, "method"),
                        int_number(o, "duration_s"),
                        read_steps(o),
                        number(o, "rank"),
                        read_talking_piece(o).value_or(RoundTalkingPiece::session),
                        optional_int(o, "speaker_s").value_or(0)};
    };
    readers["edit_round"] = [](const Json& o) -> OpPayload {
        return EditRound{text(o, "id"),
                         optional_text(o, "title"),
                         optional_text(o, "question"),
                         optional_int(o, "duration_s"),
                         read_talking_piece(o),
                         optional_int(o, "speaker_s")};
    };
    readers["set_round_steps"] = [](const Json& o) -> OpPayload {
        return SetRoundSteps{text(o, "id"), read_steps(o)};
    };
    readers["move_round"] = [](const Json& o) -> OpPayload {
        return MoveRound{text(o, "id"), number(o, "rank")};
    };
    readers["remove_round"] = [](const Json& o) -> OpPayload { return RemoveRound{text(o, "id")}; };
    readers["restore_round"] = [](const Json& o) -> OpPayload {
        return RestoreRound{text(o, "id")};
    };
    readers["set_agenda_start"] = [](const Json& o) -> OpPayload {
        return SetAgendaStart{signed_number(o, "start_ms")};
    };
}

}  // namespace hostspace
