#include "app/gui/agenda/agenda_view.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // RenderTextEllipsis

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>

#include "app/gui/agenda/agenda_round_editor.hpp"
#include "app/gui/agenda/method_picker.hpp"
#include "app/gui/shell/buttons.hpp"
#include "app/gui/shell/fields.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/agenda/agenda_time.hpp"
#include "core/agenda/schedule.hpp"
#include "core/timer/timer_display.hpp"
#include "core/util/uuid.hpp"

namespace hostspace::gui {
namespace {

constexpr const char* kRoundPayload = "hostspace-round";
constexpr int kBlankRoundS = 10 * 60;

// A planned time: the clock time when the agenda has a start, else the offset from its start.
std::string time_label(std::int64_t ms, bool has_start) {
    if (has_start) return format_clock_time(ms);
    char text[32];
    const long long minutes = ms / 60000;
    std::snprintf(text, sizeof text, "%lld:%02lld", minutes / 60, minutes % 60);
    return text;
}

void caption(const PanelFrame& frame, ImU32 colour, const std::string& text) {
    ImGui::PushFont(frame.fonts.caption);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void draw_header(const PanelFrame& frame, const Agenda& agenda, AgendaUiState& ui,
                 FrameRequests& out) {
    ImGui::PushFont(frame.fonts.bold);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Agenda");
    ImGui::PopFont();
    const char* method_label = "+ Method…";
    const char* blank_label = "+ Blank round";
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - button_width(method_label) -
                    button_width(blank_label) - gap);
    if (ImGui::Button(method_label)) {
        open_method_picker(ui.picker);
        ui.has_keys = true;  // not the board's: Enter in the picker must not edit a note
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Pick a method from the library");
    ImGui::SameLine();
    if (ImGui::Button(blank_label)) {
        const std::string id = new_uuid();
        AddRound add{id, "New round", "", "", kBlankRoundS, {}, rank_after_last(agenda)};
        out.commit({add}, [&ui, id] {
            ui.selected = id;
            ui.has_keys = true;
            ui.reveal = id;
        });
    }
}

void draw_start_time(const PanelFrame& frame, const Agenda& agenda, AgendaUiState& ui,
                     FrameRequests& out) {
    const float s = frame.scale;
    caption(frame, colours::text_muted, "Start");
    ImGui::SameLine();
    const std::string shown =
        agenda.start_ms.value != 0 ? format_clock_time(agenda.start_ms.value) : std::string();
    const std::string date = frame.session.meta.date.value;
    const std::int64_t now_ms = frame.now_ms;
    const std::int64_t start_ms = agenda.start_ms.value;
    const std::string error =
        edit_text_field("##start", "HH:MM", shown, 70 * s, ui.field, out,
                        [date, now_ms, start_ms](const std::string& typed) {
                            const auto start = agenda_start_from_text(typed, date, now_ms);
                            if (!start)
                                return FieldOutcome{{}, "Type a time of day, such as 09:30"};
                            if (*start == start_ms) return FieldOutcome{};
                            return FieldOutcome{{SetAgendaStart{*start}}, ""};
                        });
    ImGui::SameLine();
    const auto rounds = rounds_in_order(agenda);
    std::string facts = std::to_string(rounds.size()) + (rounds.size() == 1 ? " round" : " rounds");
    if (!rounds.empty()) facts += " · " + format_length(agenda_duration_s(agenda));
    if (agenda.start_ms.value != 0 && !rounds.empty()) {
        facts += " · ends " + format_clock_time(planned_end_ms(agenda));
    }
    caption(frame, colours::text_muted, facts);
    if (!error.empty()) caption(frame, colours::error_text, error);
}

// One round's row: selectable, draggable, a drop target. A click or a drop sets `select`:
// the selection changes after the list is drawn, so the editor open below the old selection
// is still drawn this frame and its field can hand over what was typed as it lets go.
bool draw_round_row(const PanelFrame& frame, const Round& round, const PlannedRound& plan,
                    std::size_t index, bool has_start, AgendaUiState& ui,
                    std::optional<std::string>& select, FrameRequests& out) {
    const float s = frame.scale;
    const bool selected = ui.selected == round.id;
    const bool running = frame.session.timer.run.value.round_id == round.id;
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = frame.fonts.body->FontSize + 14 * s;
    const ImVec2 at = ImGui::GetCursorScreenPos();

    ImGui::PushStyleColor(ImGuiCol_Header, colours::selected_bg);
    const bool clicked = ImGui::Selectable("##row", selected, 0, ImVec2(width, height));
    ImGui::PopStyleColor();
    if (clicked) select = selected ? std::string() : round.id;
    if (ImGui::BeginDragDropSource()) {
        ImGui::SetDragDropPayload(kRoundPayload, round.id.data(), round.id.size());
        ImGui::TextUnformatted(round.title.value.c_str());
        ImGui::EndDragDropSource();
    }
    if (ImGui::BeginDragDropTarget()) {
        if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload(kRoundPayload)) {
            const std::string moved(static_cast<const char*>(payload->Data),
                                    static_cast<std::size_t>(payload->DataSize));
            const auto moves = move_round_to(frame.session.agenda, moved, index);
            if (!moves.empty()) out.commit(std::vector<OpPayload>(moves.begin(), moves.end()));
            select = moved;
        }
        ImGui::EndDragDropTarget();
    }
    if (ui.reveal == round.id) {
        ImGui::SetScrollHereY(0.25f);
        ui.reveal.clear();
    }

    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (running) {
        draw->AddRectFilled(at, ImVec2(at.x + 4 * s, at.y + height), colours::accent, 2 * s);
    }
    ImFont* small = frame.fonts.caption;
    ImFont* title_font = running ? frame.fonts.bold : frame.fonts.body;
    const std::string times =
        time_label(plan.start_ms, has_start) + "–" + time_label(plan.end_ms, has_start);
    const std::string length = format_length(round_duration_s(round));
    const float time_width = small->CalcTextSizeA(small->FontSize, FLT_MAX, 0, "00:00–00:00").x;
    const float length_width = small->CalcTextSizeA(small->FontSize, FLT_MAX, 0, length.c_str()).x;
    const float small_y = at.y + (height - small->FontSize) / 2;
    draw->AddText(small, small->FontSize, ImVec2(at.x + 12 * s, small_y),
                  running ? colours::accent : colours::text_muted, times.c_str());
    const float title_x = at.x + 12 * s + time_width + 12 * s;
    const float title_right = at.x + width - length_width - 20 * s;
    const std::string& title = round.title.value;
    const float title_y = at.y + (height - title_font->FontSize) / 2;
    ImGui::PushFont(title_font);
    ImGui::PushStyleColor(ImGuiCol_Text, colours::text);
    // A long title ends in "…" rather than running under the length.
    ImGui::RenderTextEllipsis(draw, ImVec2(title_x, title_y),
                              ImVec2(title_right, title_y + title_font->FontSize), title_right,
                              title_right, title.c_str(), title.c_str() + title.size(), nullptr);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    draw->AddText(small, small->FontSize, ImVec2(at.x + width - length_width - 10 * s, small_y),
                  colours::text_muted, length.c_str());
    return clicked;
}

}  // namespace

bool draw_agenda(const PanelFrame& frame, const std::filesystem::path& assets, AgendaUiState& ui,
                 FrameRequests& out) {
    const Agenda& agenda = frame.session.agenda;
    const float s = frame.scale;
    ImGui::PushID("agenda");
    draw_header(frame, agenda, ui, out);
    draw_start_time(frame, agenda, ui, out);

    bool took_click = false;
    std::optional<std::string> select;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colours::card);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(6 * s, 6 * s));
    ImGui::BeginChild("rounds", ImVec2(0, 0), true);
    ImGui::PopStyleVar();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8 * s, 2 * s));
    const auto plan = plan_schedule(agenda);
    const bool has_start = agenda.start_ms.value != 0;
    for (std::size_t i = 0; i < plan.size(); ++i) {
        const Round& round = *agenda.find_round(plan[i].round_id);
        ImGui::PushID(round.id.c_str());
        if (draw_round_row(frame, round, plan[i], i, has_start, ui, select, out)) {
            took_click = true;
        }
        ImGui::PopID();
        if (ui.selected == round.id) draw_round_editor(frame, round, ui, out);
    }
    ImGui::PopStyleVar();
    if (plan.size() > 1) {
        ImGui::Spacing();
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 6 * s);
        caption(frame, colours::text_muted,
                "Click a round to edit it · drag or Alt+Up/Down to move · Del removes");
    }
    if (plan.empty()) {
        ImGui::PushFont(frame.fonts.caption);
        ImGui::PushStyleColor(ImGuiCol_Text, colours::text_muted);
        ImGui::SetCursorPos(ImVec2(12 * s, 12 * s));
        ImGui::PushTextWrapPos(ImGui::GetWindowContentRegionMax().x - 12 * s);
        ImGui::TextUnformatted(
            "The agenda is empty. Add a method from the library, or a blank "
            "round, and the timer can run it.");
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
    // Clicks inside the list (an editor field, a row) keep the round keys with the agenda.
    if (ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows) && ImGui::IsMouseClicked(0)) {
        took_click = true;
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
    if (select) ui.selected = *select;

    draw_method_picker(frame, assets, ui, out);
    ImGui::PopID();
    return took_click;
}

}  // namespace hostspace::gui
