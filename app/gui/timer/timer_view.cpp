#include "app/gui/timer/timer_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <optional>

#include "app/gui/shell/theme.hpp"
#include "app/gui/timer/timer_actions.hpp"
#include "core/timer/timer_display.hpp"

namespace hostspace::gui {
namespace {

// The countdown is drawn from the heading font scaled up: a fifth of the panel's width reads
// at a glance from a step back, without a font of its own in the atlas.
constexpr float kCountdownScale = 2.1f;

struct CardLook {
    ImU32 bg = colours::card;
    ImU32 edge = colours::board_edge;
    ImU32 countdown = colours::text;
    ImU32 accent = colours::accent;  // state label and progress bar
    ImU32 text = colours::text;
    ImU32 muted = colours::text_muted;
    const char* state = "";
};

CardLook look_for(const TimerReading& reading) {
    CardLook look;
    switch (reading.phase) {
        case TimerPhase::idle:
            look.countdown = colours::text_muted;
            look.state = "READY";
            look.accent = colours::text_muted;
            break;
        case TimerPhase::running:
            look.state = "RUNNING";
            break;
        case TimerPhase::warning:
            look.bg = colours::timer_warning_bg;
            look.edge = colours::timer_warning_edge;
            look.countdown = look.accent = colours::timer_warning;
            look.state = "ENDING SOON";
            break;
        case TimerPhase::overtime:
            look.bg = colours::timer_over_bg;
            look.edge = colours::timer_over;
            look.countdown = look.accent = colours::timer_over;
            look.state = "OVER TIME";
            if (zero_flash_bright(reading)) {
                look.bg = look.edge = colours::timer_flash;
                look.countdown = look.accent = look.text = colours::rgb(0xFFFFFF);
                look.muted = colours::rgb(0xFFFFFF, 225);
            }
            break;
        case TimerPhase::paused:
            look.countdown = look.accent = colours::timer_paused;
            look.state = "PAUSED";
            break;
    }
    return look;
}

// "Round 2 of 5 · step 1 of 3" for a running round.
std::string position_text(const Agenda& agenda, const TimerReading& reading) {
    const auto order = rounds_in_order(agenda);
    const auto it = std::find_if(order.begin(), order.end(),
                                 [&](const Round* r) { return r->id == reading.round_id; });
    char text[96] = "";
    if (it != order.end()) {
        std::snprintf(text, sizeof text, "Round %d of %d", static_cast<int>(it - order.begin()) + 1,
                      static_cast<int>(order.size()));
    }
    std::string out = text;
    if (reading.step_count > 1) {
        std::snprintf(text, sizeof text, "%sstep %d of %d", out.empty() ? "" : " · ",
                      reading.step_index + 1, reading.step_count);
        out += text;
    }
    return out;
}

void text_in(ImFont* font, ImU32 colour, const std::string& text) {
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void draw_countdown(const PanelFrame& frame, const std::string& text, ImU32 colour, float width) {
    ImFont* font = frame.fonts.heading;
    const float size = font->FontSize * kCountdownScale;
    const ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0, text.c_str());
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddText(font, size, ImVec2(at.x + (width - extent.x) / 2, at.y),
                                        colour, text.c_str());
    ImGui::Dummy(ImVec2(width, extent.y));
}

void draw_progress(float fraction, ImU32 colour, float width, float scale) {
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, colour);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, colours::rgb(0x1F2328, 18));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    ImGui::ProgressBar(fraction, ImVec2(width, 8 * scale), "");
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
}

// The card's contents while a round runs (or is paused).
void draw_running(const PanelFrame& frame, const CardLook& look, float width) {
    const TimerReading& r = frame.reading;
    text_in(frame.fonts.caption, look.muted, position_text(frame.session.agenda, r));
    text_in(frame.fonts.bold, look.text, r.round_title);
    if (r.step_count > 1) text_in(frame.fonts.body, look.muted, r.step_title);
    draw_countdown(frame, format_countdown(r.seconds_remaining), look.countdown, width);
    draw_progress(static_cast<float>(shown_progress(r)), look.accent, width, frame.scale);

    std::string line;
    if (r.phase == TimerPhase::overtime) {
        line = "Time is up at " + format_clock_time(r.ends_at_ms);
    } else if (r.phase == TimerPhase::paused) {
        line = "Paused: " + format_countdown(r.seconds_remaining) + " left";
    } else {
        line = "Ends " + format_clock_time(r.ends_at_ms);
    }
    if (!r.has_next) line += " · last step";
    const auto drift = schedule_drift_s(frame.session, frame.now_ms);
    ImU32 drift_colour = look.muted;
    if (drift) {
        line += " · " + format_drift(*drift);
        // Running late is worth a glance; amber on the amber card would not stand out anyway.
        if (*drift >= 60 && look.muted == colours::text_muted) {
            drift_colour = colours::timer_warning;
        }
    }
    text_in(frame.fonts.caption, drift_colour, line);
}

// The card's contents with the timer idle: what Start would run, at its full length.
void draw_ready(const PanelFrame& frame, const CardLook& look, float width,
                const std::string& selected_round) {
    const Agenda& agenda = frame.session.agenda;
    const Round* round = agenda.find_round(round_to_start(agenda, selected_round));
    if (!round) {
        text_in(frame.fonts.bold, colours::text, "No rounds yet");
        ImGui::PushFont(frame.fonts.caption);
        ImGui::PushStyleColor(ImGuiCol_Text, colours::text_muted);
        ImGui::TextWrapped(
            "Add a method or a blank round to the agenda below, then press F5 "
            "to start the first round.");
        ImGui::PopStyleColor();
        ImGui::PopFont();
        return;
    }
    const auto steps = round_steps(*round);
    text_in(frame.fonts.caption, colours::text_muted, "Next up");
    text_in(frame.fonts.bold, colours::text, round->title.value);
    if (steps.size() > 1) text_in(frame.fonts.body, colours::text_muted, steps.front().title);
    draw_countdown(frame, format_countdown(steps.front().duration_s), look.countdown, width);
    draw_progress(0, look.accent, width, frame.scale);
    text_in(frame.fonts.caption, colours::text_muted, "F5 starts this round");
}

}  // namespace

void draw_timer_card(const PanelFrame& frame, const std::string& selected_round) {
    const float s = frame.scale;
    const CardLook look = look_for(frame.reading);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const ImVec2 pad(16 * s, 12 * s);
    const float inner = width - 2 * pad.x;

    // Contents first (channel 1), then the background under them (channel 0), now that the
    // height is known.
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(start.x + pad.x, start.y + pad.y));
    ImGui::BeginGroup();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8 * s, 4 * s));
    // The state, right-aligned on the first line.
    ImFont* caption = frame.fonts.caption;
    const ImVec2 state_size = caption->CalcTextSizeA(caption->FontSize, FLT_MAX, 0, look.state);
    draw->AddText(caption, caption->FontSize,
                  ImVec2(start.x + width - pad.x - state_size.x, start.y + pad.y), look.accent,
                  look.state);
    ImGui::PushTextWrapPos(start.x + width - pad.x - ImGui::GetWindowPos().x);
    if (frame.reading.phase == TimerPhase::idle) {
        draw_ready(frame, look, inner, selected_round);
    } else {
        draw_running(frame, look, inner);
    }
    ImGui::PopTextWrapPos();
    ImGui::PopStyleVar();
    ImGui::EndGroup();
    const ImVec2 end(start.x + width, ImGui::GetItemRectMax().y + pad.y);
    draw->ChannelsSetCurrent(0);
    const float rounding = ImGui::GetStyle().ChildRounding;
    draw->AddRectFilled(start, end, look.bg, rounding);
    draw->AddRect(start, end, look.edge, rounding, 0, 1.0f * s);
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(start);
    ImGui::Dummy(ImVec2(width, end.y - start.y));
}

}  // namespace hostspace::gui
