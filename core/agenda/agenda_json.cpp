#include "core/agenda/agenda_json.hpp"

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

}  // namespace

void write_fields(Writer& w, const AddRound& op) {
    put(w, "id", op.id);
    put(w, "title", op.title);
    put(w, "question", op.question);
    put(w, "method", op.method_id);
    put_int(w, "duration_s", op.duration_s);
    put_steps(w, op.steps);
    put_double(w, "rank", op.rank);
}

void write_fields(Writer& w, const EditRound& op) {
    put(w, "id", op.id);
    if (op.title) put(w, "title", *op.title);
    if (op.question) put(w, "question", *op.question);
    if (op.duration_s) put_int(w, "duration_s", *op.duration_s);
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
                        number(o, "rank")};
    };
    readers["edit_round"] = [](const Json& o) -> OpPayload {
        return EditRound{text(o, "id"), optional_text(o, "title"), optional_text(o, "question"),
                         optional_int(o, "duration_s")};
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
