#include "core/timer/timer_json.hpp"

namespace hostspace {

using namespace op_json;

void write_fields(Writer& w, const StartRound& op) {
    put(w, "round", op.round_id);
    put_int(w, "step", op.step_index);
    put_int(w, "at_ms", op.at_ms);
}

void write_fields(Writer& w, const PauseTimer& op) {
    put_int(w, "at_ms", op.at_ms);
}

void write_fields(Writer& w, const ResumeTimer& op) {
    put_int(w, "at_ms", op.at_ms);
}

void write_fields(Writer& w, const AdjustTimer& op) {
    put_int(w, "delta_s", op.delta_s);
}

void write_fields(Writer& w, const RestartStep& op) {
    put_int(w, "at_ms", op.at_ms);
}

void write_fields(Writer& w, const NextStep& op) {
    put_int(w, "at_ms", op.at_ms);
    if (!op.from_round.empty()) {
        put(w, "from_round", op.from_round);
        put_int(w, "from_step", op.from_step);
    }
}

void write_fields(Writer&, const StopTimer&) {}

void write_fields(Writer& w, const SetTimerOptions& op) {
    if (op.auto_advance) put_bool(w, "auto_advance", *op.auto_advance);
    if (op.warning_s) put_int(w, "warning_s", *op.warning_s);
    if (op.talking_piece) put_bool(w, "talking_piece", *op.talking_piece);
    if (op.speaker_s) put_int(w, "speaker_s", *op.speaker_s);
}

void write_fields(Writer& w, const NextSpeaker& op) {
    put_int(w, "at_ms", op.at_ms);
}

void write_fields(Writer& w, const RestoreTimer& op) {
    const TimerRun& run = op.run;
    put(w, "round", run.round_id);
    put_int(w, "step", run.step_index);
    put_int(w, "started_ms", run.step_started_ms);
    put_bool(w, "paused", run.paused);
    put_int(w, "paused_at_ms", run.paused_at_ms);
    put_int(w, "paused_total_ms", run.paused_total_ms);
    put_int(w, "adjust_s", run.adjust_s);
    put_int(w, "speaker", run.speaker_index);
    put_int(w, "speaker_from_ms", run.speaker_from_ms);
}

void add_timer_readers(PayloadReaders& readers) {
    readers["start_round"] = [](const Json& o) -> OpPayload {
        return StartRound{text(o, "round"), int_number(o, "step"), signed_number(o, "at_ms")};
    };
    readers["pause_timer"] = [](const Json& o) -> OpPayload {
        return PauseTimer{signed_number(o, "at_ms")};
    };
    readers["resume_timer"] = [](const Json& o) -> OpPayload {
        return ResumeTimer{signed_number(o, "at_ms")};
    };
    readers["adjust_timer"] = [](const Json& o) -> OpPayload {
        return AdjustTimer{int_number(o, "delta_s")};
    };
    readers["restart_step"] = [](const Json& o) -> OpPayload {
        return RestartStep{signed_number(o, "at_ms")};
    };
    readers["next_step"] = [](const Json& o) -> OpPayload {
        NextStep step{signed_number(o, "at_ms"), optional_text(o, "from_round").value_or(""), 0};
        if (!step.from_round.empty()) step.from_step = int_number(o, "from_step");
        return step;
    };
    readers["stop_timer"] = [](const Json&) -> OpPayload { return StopTimer{}; };
    readers["set_timer_options"] = [](const Json& o) -> OpPayload {
        return SetTimerOptions{optional_boolean(o, "auto_advance"), optional_int(o, "warning_s"),
                               optional_boolean(o, "talking_piece"), optional_int(o, "speaker_s")};
    };
    readers["next_speaker"] = [](const Json& o) -> OpPayload {
        return NextSpeaker{signed_number(o, "at_ms")};
    };
    readers["restore_timer"] = [](const Json& o) -> OpPayload {
        TimerRun run;
        run.round_id = text(o, "round");
        run.step_index = int_number(o, "step");
        run.step_started_ms = signed_number(o, "started_ms");
        run.paused = boolean(o, "paused");
        run.paused_at_ms = signed_number(o, "paused_at_ms");
        run.paused_total_ms = signed_number(o, "paused_total_ms");
        run.adjust_s = signed_number(o, "adjust_s");
        run.speaker_index = int_number(o, "speaker");
        run.speaker_from_ms = signed_number(o, "speaker_from_ms");
        return RestoreTimer{run};
    };
}

}  // namespace hostspace
