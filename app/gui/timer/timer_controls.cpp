// The timer's buttons, options and talking-piece circle, below the timer card.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/gui/shell/caption.hpp"
#include "app/gui/shell/fields.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/timer/timer_actions.hpp"
#include "app/gui/timer/timer_view.hpp"
#include "core/timer/talking_piece.hpp"
#include "core/timer/timer_display.hpp"

namespace hostspace::gui {
namespace {

// The shortest time per speaker a field takes: less is not a turn in a circle.
constexpr int kLeastSpeakerS = 5;

struct ButtonRow {
    float width;  // the row's width
    int count;    // buttons on it
    float each() const {
        const float gap = ImGui::GetStyle().ItemSpacing.x;
        return (width - gap * static_cast<float>(count - 1)) / static_cast<float>(count);
    }
};

// A button that does `action`; greyed out when the action would do nothing now.
void action_button(const PanelFrame& frame, const char* label, const char* tip, float width,
                   TimerAction action, const std::string& selected, FrameRequests& out,
                   bool primary = false) {
    const bool enabled = !timer_action_ops(frame.session, action, selected, frame.now_ms).empty();
    ImGui::BeginDisabled(!enabled);
    if (primary) {
        ImGui::PushStyleColor(ImGuiCol_Button, colours::accent);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colours::rgb(0x245C97));
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, colours::rgb(0x1D4B7D));
        ImGui::PushStyleColor(ImGuiCol_Text, colours::rgb(0xFFFFFF));
        ImGui::PushStyleColor(ImGuiCol_Border, colours::rgb(0x1D4B7D));
    }
    if (ImGui::Button(label, ImVec2(width, 0))) {
        run_timer_action(frame.session, action, selected, frame.now_ms, out);
    }
    if (primary) ImGui::PopStyleColor(5);
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tip);
}

void draw_buttons(const PanelFrame& frame, const std::string& selected, FrameRequests& out) {
    const float width = ImGui::GetContentRegionAvail().x;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const TimerRun& run = frame.session.timer.run.value;
    const char* main = run.idle() ? "▶  Start" : run.paused ? "▶  Resume" : "❚❚  Pause";
    const char* main_tip = run.idle()   ? "Start the selected round, or the first one (F5)"
                           : run.paused ? "Go on from where it stopped (F5)"
                                        : "Stop the clock for now (F5)";
    const float main_width = std::floor((width - gap) * 0.62f);
    action_button(frame, main, main_tip, main_width, TimerAction::start_pause_resume, selected, out,
                  true);
    ImGui::SameLine();
    action_button(frame, "Next  ▸", "The next step, or the next round's first step (F6)",
                  width - main_width - gap, TimerAction::next_step, selected, out);

    const ButtonRow row{width, 4};
    action_button(frame, "−1 min", "One minute less (F8)", row.each(), TimerAction::minus_minute,
                  selected, out);
    ImGui::SameLine();
    action_button(frame, "+1 min", "One minute more (F9)", row.each(), TimerAction::plus_minute,
                  selected, out);
    ImGui::SameLine();
    action_button(frame, "Restart", "Run this step again from its full time", row.each(),
                  TimerAction::restart_step, selected, out);
    ImGui::SameLine();
    action_button(frame, "Stop", "Stop the timer (Ctrl+Z brings it back)", row.each(),
                  TimerAction::stop, selected, out);
}

void caption_text(const PanelFrame& frame, const char* text, bool same_line = false) {
    if (same_line) ImGui::SameLine();
    muted_caption(frame.fonts, text);
}

// "Speaker 3 of 8 · Name" and the speaker's own countdown, right-aligned.
void draw_speaker_line(const PanelFrame& frame) {
    const TimerReading& r = frame.reading;
    char head[160];
    if (r.speaker_index < r.speaker_count) {
        std::snprintf(head, sizeof head, "Speaker %d of %d · %s", r.speaker_index + 1,
                      r.speaker_count, r.speaker_name.c_str());
    } else if (r.speaker_count > 0) {
        std::snprintf(head, sizeof head, "Everyone has spoken");
    } else {
        std::snprintf(head, sizeof head, "Speaker %d", r.speaker_index + 1);
    }
    ImGui::PushFont(frame.fonts.bold);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(head);
    ImGui::PopFont();
    const std::string left = format_countdown(r.speaker_seconds_remaining);
    ImGui::PushFont(frame.fonts.heading);
    const float width = ImGui::CalcTextSize(left.c_str()).x;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - width);
    ImGui::PushStyleColor(ImGuiCol_Text,
                          r.speaker_remaining_ms < 0 ? colours::timer_over : colours::text);
    ImGui::TextUnformatted(left.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

// The circle: who holds the talking piece, their time, and everyone in order.
void draw_circle(const PanelFrame& frame, ControlUiState& ui, FrameRequests& out) {
    const TimerReading& r = frame.reading;
    const float s = frame.scale;
    // Idle, the circle waits: the options say talking-piece mode is on, and the list appears
    // with the first speaker when a round starts.
    if (r.phase == TimerPhase::idle) {
        ui.timer.scrolled_to_speaker = -1;
        return;
    }
    std::vector<const Participant*> people;
    for (const auto& p : frame.session.participants) {
        if (!p.removed.value) people.push_back(&p);
    }
    draw_speaker_line(frame);
    action_button(frame, "Next speaker", "Pass the talking piece on (F7 or Page Down)",
                  ImGui::GetContentRegionAvail().x, TimerAction::next_speaker, ui.agenda.selected,
                  out);
    if (people.empty()) {
        ImGui::PushFont(frame.fonts.caption);
        ImGui::PushStyleColor(ImGuiCol_Text, colours::text_muted);
        ImGui::TextWrapped(
            "No participants are listed in this session: speakers are counted "
            "without names.");
        ImGui::PopStyleColor();
        ImGui::PopFont();
        return;
    }
    const float row = frame.fonts.body->FontSize + 8 * s;
    const float height = row * static_cast<float>(std::min<std::size_t>(people.size(), 5)) + 8 * s;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colours::card);
    ImGui::BeginChild("circle", ImVec2(0, height), true);
    ImGui::PopStyleColor();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const int current = r.speaker_index;
    for (std::size_t i = 0; i < people.size(); ++i) {
        const Participant& p = *people[i];
        const bool now = static_cast<int>(i) == current;
        const bool spoken = static_cast<int>(i) < current;
        ImGui::PushID(p.id.c_str());
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float width = ImGui::GetContentRegionAvail().x;
        if (now) {
            draw->AddRectFilled(at, ImVec2(at.x + width, at.y + row), colours::selected_bg, 4 * s);
            if (ui.timer.scrolled_to_speaker != current) {
                ImGui::SetScrollHereY(0.3f);
                ui.timer.scrolled_to_speaker = current;
            }
        }
        std::string label = p.name.value;
        if (!p.organisation.value.empty()) label += "  ·  " + p.organisation.value;
        if (now) {
            draw->AddText(frame.fonts.body, frame.fonts.body->FontSize,
                          ImVec2(at.x + 6 * s, at.y + 4 * s), colours::accent, "▶");
        }
        ImGui::SetCursorScreenPos(ImVec2(at.x + 26 * s, at.y + 4 * s));
        ImGui::PushFont(now ? frame.fonts.bold : frame.fonts.body);
        ImGui::PushStyleColor(ImGuiCol_Text, spoken ? colours::text_muted : colours::text);
        ImGui::TextUnformatted(label.c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
        ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + row));
        ImGui::PopID();
    }
    ImGui::Dummy(ImVec2(0, 0));
    ImGui::EndChild();
}

}  // namespace

std::string timer_options_summary(const Timer& timer, bool chime) {
    std::string text = chime ? "Chime" : "No chime";
    if (timer.auto_advance.value) text += " · auto-advance";
    text += " · amber " + std::to_string(timer.warning_s.value) + " s";
    return text;
}

void draw_talking_piece_option(const PanelFrame& frame, const Round& round, FieldEdit& field,
                               FrameRequests& out, bool name_round) {
    const float s = frame.scale;
    const TalkingPieceSetting piece = talking_piece_for(round, frame.session.timer);
    ImGui::PushID(round.id.c_str());
    bool on = piece.on;
    if (ImGui::Checkbox("Talking piece", &on)) out.commit({talking_piece_switch(round.id, on)});
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip(
            "A circle: each speaker has their own time; F7 or Page Down passes on.\n"
            "For this round only (T on a selected round switches it too).");
    }
    std::string error;
    if (on) {
        ImGui::SameLine(0, 16 * s);
        const std::string id = round.id;
        error = edit_duration_field(
            "##speaker", piece.speaker_s, 56 * s, field, out,
            [id](int seconds) { return std::vector<OpPayload>{speaker_time_edit(id, seconds)}; },
            false, kLeastSpeakerS);
        caption_text(frame, "s each", true);
    }
    std::string which = name_round ? "In “" + round.title.value + "”" : std::string();
    if (!piece.own) {
        which +=
            std::string(which.empty() ? "As" : ", as") + " the session's option (an older round)";
    }
    if (!which.empty()) {
        ImGui::PushFont(frame.fonts.caption);
        ImGui::PushStyleColor(ImGuiCol_Text, colours::text_muted);
        ImGui::TextWrapped("%s", which.c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
    show_field_error(frame, error);
    ImGui::PopID();
}

void draw_timer_options(const PanelFrame& frame, ControlUiState& ui, FrameRequests& out) {
    const Timer& timer = frame.session.timer;
    const float s = frame.scale;
    ImGui::PushID("timer-options");
    // Checkboxes at the theme's frame padding would stand taller than the text beside them.
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                        ImVec2(ImGui::GetStyle().FramePadding.x, 4 * s));
    ImGui::Checkbox("Chime", &ui.chime);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("A soft chime when a step reaches zero");
    ImGui::SameLine(0, 24 * s);
    bool auto_advance = timer.auto_advance.value;
    if (ImGui::Checkbox("Auto-advance", &auto_advance)) {
        SetTimerOptions set;
        set.auto_advance = auto_advance;
        out.commit({set});
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Go on to the next step by itself at zero");

    caption_text(frame, "Amber from");
    ImGui::SameLine();
    const std::string warning_error = edit_duration_field(
        "##warning", timer.warning_s.value, 56 * s, ui.timer.field, out,
        [](int seconds) {
            SetTimerOptions set;
            set.warning_s = seconds;
            return std::vector<OpPayload>{set};
        },
        false, 0);
    caption_text(frame, "s before zero", true);
    show_field_error(frame, warning_error);

    // The talking piece belongs to a round: the selected one (else the running one, else the
    // first), named so it is clear which.
    if (const Round* round = talking_piece_round(frame.session, ui.agenda.selected)) {
        draw_talking_piece_option(frame, *round, ui.timer.field, out, true);
    }
    ImGui::PopStyleVar();
    ImGui::PopID();
}

void draw_timer_controls(const PanelFrame& frame, ControlUiState& ui, FrameRequests& out) {
    ImGui::PushID("timer");
    draw_buttons(frame, ui.agenda.selected, out);
    if (frame.reading.talking_piece) draw_circle(frame, ui, out);
    ImGui::PopID();
}

}  // namespace hostspace::gui
