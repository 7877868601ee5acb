#include "app/gui/agenda/method_picker.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>

#include "app/gui/shell/status_view.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/agenda/agenda_time.hpp"
#include "core/agenda/rounds_from_method.hpp"
#include "core/util/uuid.hpp"

namespace hostspace::gui {
namespace {

constexpr const char* kPopup = "Add a method to the agenda###method-picker";

void load_once(MethodLibraryCache& library, const std::filesystem::path& assets) {
    if (library.loaded) return;
    library.methods =
        load_method_library({assets / "methods", user_methods_folder()}, library.warnings);
    library.loaded = true;
}

void heading(const PanelFrame& frame, const char* text) {
    ImGui::Spacing();
    ImGui::PushFont(frame.fonts.bold);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

void muted(const PanelFrame& frame, const std::string& text) {
    ImGui::PushFont(frame.fonts.caption);
    ImGui::PushStyleColor(ImGuiCol_Text, colours::text_muted);
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void draw_method_list(const PanelFrame& frame, MethodPickerState& picker, bool& add) {
    const float s = frame.scale;
    for (const Method& method : picker.library.methods) {
        ImGui::PushID(method.id.c_str());
        const bool picked = method.id == picker.picked;
        const std::string length = format_length(method_duration_s(method));
        const float length_width = ImGui::CalcTextSize(length.c_str()).x;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float width = ImGui::GetContentRegionAvail().x;
        ImGui::PushStyleColor(ImGuiCol_Header, colours::selected_bg);
        if (ImGui::Selectable("##method", picked, ImGuiSelectableFlags_AllowDoubleClick,
                              ImVec2(width, frame.fonts.body->FontSize + 10 * s))) {
            picker.picked = method.id;
            if (ImGui::IsMouseDoubleClicked(0)) add = true;
        }
        ImGui::PopStyleColor();
        if (picked && ImGui::IsWindowAppearing()) ImGui::SetScrollHereY(0.5f);
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const float y = at.y + 5 * s;
        draw->PushClipRect(at, ImVec2(at.x + width - length_width - 16 * s, at.y + 100 * s), true);
        draw->AddText(ImVec2(at.x + 8 * s, y), colours::text, method.name.c_str());
        draw->PopClipRect();
        draw->AddText(ImVec2(at.x + width - length_width - 8 * s, y), colours::text_muted,
                      length.c_str());
        ImGui::PopID();
    }
}

void draw_method_details(const PanelFrame& frame, const Method& method) {
    ImGui::PushFont(frame.fonts.heading);
    ImGui::TextWrapped("%s", method.name.c_str());
    ImGui::PopFont();
    std::string facts = format_length(method_duration_s(method)) + " · " +
                        std::to_string(method.rounds.size()) +
                        (method.rounds.size() == 1 ? " round" : " rounds");
    if (method.talking_piece) {
        facts += " · talking piece";
        if (method.speaker_s > 0) facts += ", " + format_length(method.speaker_s) + " each";
    }
    muted(frame, facts);
    ImGui::Spacing();
    ImGui::TextWrapped("%s", method.how_to.c_str());

    heading(frame, "Timings");
    for (const MethodRound& round : method.rounds) {
        ImGui::PushFont(frame.fonts.bold);
        ImGui::TextWrapped("%s  ·  %s", round.title.c_str(),
                           format_length(round.duration_s).c_str());
        ImGui::PopFont();
        if (!round.question.empty()) muted(frame, "Question: " + round.question);
        ImGui::Indent();
        for (const MethodStep& step : round.steps) {
            ImGui::Bullet();
            ImGui::TextWrapped("%s  ·  %s", step.title.c_str(),
                               format_length(step.duration_s).c_str());
            if (!step.description.empty()) muted(frame, step.description);
        }
        ImGui::Unindent();
    }
    if (!method.question_prompts.empty()) {
        heading(frame, "Questions to start from");
        for (const std::string& prompt : method.question_prompts) {
            ImGui::Bullet();
            ImGui::TextWrapped("%s", prompt.c_str());
        }
    }
    if (!method.harvest_hint.empty()) {
        heading(frame, "Harvest");
        ImGui::TextWrapped("%s", method.harvest_hint.c_str());
    }
}

// Up and Down walk the list: the picker can be used without the mouse.
void handle_list_keys(MethodPickerState& picker) {
    const auto& methods = picker.library.methods;
    if (methods.empty() || ImGui::GetIO().WantTextInput) return;
    const auto it = std::find_if(methods.begin(), methods.end(),
                                 [&](const Method& m) { return m.id == picker.picked; });
    const std::ptrdiff_t index = it == methods.end() ? 0 : it - methods.begin();
    const std::ptrdiff_t last = static_cast<std::ptrdiff_t>(methods.size()) - 1;
    if (ImGui::IsKeyPressed(GLFW_KEY_DOWN, true)) {
        picker.picked = methods[static_cast<std::size_t>(std::min(index + 1, last))].id;
    } else if (ImGui::IsKeyPressed(GLFW_KEY_UP, true)) {
        picker.picked =
            methods[static_cast<std::size_t>(std::max<std::ptrdiff_t>(index - 1, 0))].id;
    }
}

void add_to_agenda(const Method& method, const Agenda& agenda, AgendaUiState& ui,
                   FrameRequests& out) {
    const auto adds = rounds_from_method(method, new_uuid, rank_after_last(agenda));
    if (adds.empty()) return;
    const std::string first = adds.front().id;
    out.commit(std::vector<OpPayload>(adds.begin(), adds.end()), [&ui, first] {
        ui.selected.clear();
        ui.reveal = first;
    });
}

}  // namespace

void open_method_picker(MethodPickerState& picker) {
    picker.open_requested = true;
}

void draw_method_picker(const PanelFrame& frame, const std::filesystem::path& assets,
                        AgendaUiState& ui, FrameRequests& out) {
    MethodPickerState& picker = ui.picker;
    if (picker.open_requested) {
        picker.open_requested = false;
        load_once(picker.library, assets);
        ImGui::OpenPopup(kPopup);
    }
    const float s = frame.scale;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowSize(
        ImVec2(std::min(1000 * s, display.x * 0.9f), std::min(680 * s, display.y * 0.88f)),
        ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(display.x / 2, display.y / 2), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(kPopup, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;

    MethodLibraryCache& library = picker.library;
    if (!library.warnings_dismissed && !library.warnings.empty()) {
        std::string text = "Some method files were skipped:";
        for (const std::string& warning : library.warnings) text += "\n" + warning;
        if (draw_warning_banner(text, frame.fonts)) library.warnings_dismissed = true;
    }
    const Method* method = find_method(library.methods, picker.picked);
    if (!method && !library.methods.empty()) {
        method = &library.methods.front();
        picker.picked = method->id;
    }
    handle_list_keys(picker);
    method = find_method(library.methods, picker.picked);

    bool add = false;
    const float footer = ImGui::GetFrameHeightWithSpacing() + 8 * s;
    const float height = ImGui::GetContentRegionAvail().y - footer;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colours::card);
    ImGui::BeginChild("methods", ImVec2(300 * s, height), true);
    if (library.methods.empty()) muted(frame, "No method files were found.");
    draw_method_list(frame, picker, add);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(20 * s, 16 * s));
    ImGui::BeginChild("details", ImVec2(0, height), true);
    if (method) draw_method_details(frame, *method);
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();

    ImGui::Dummy(ImVec2(0, 2 * s));
    muted(frame, "Your own methods: " + user_methods_folder().string());
    const char* add_label = "Add to agenda";
    const float add_width = ImGui::CalcTextSize(add_label).x + 40 * s;
    const float cancel_width = ImGui::CalcTextSize("Cancel").x + 40 * s;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - add_width - cancel_width -
                    ImGui::GetStyle().ItemSpacing.x);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() - 4 * s);
    if (ImGui::Button("Cancel", ImVec2(cancel_width, 0)) ||
        ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false)) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(!method);
    ImGui::PushStyleColor(ImGuiCol_Button, colours::accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colours::rgb(0x245C97));
    ImGui::PushStyleColor(ImGuiCol_Text, colours::rgb(0xFFFFFF));
    if (ImGui::Button(add_label, ImVec2(add_width, 0))) add = true;
    ImGui::PopStyleColor(3);
    ImGui::EndDisabled();
    if (ImGui::IsKeyPressed(GLFW_KEY_ENTER, false) ||
        ImGui::IsKeyPressed(GLFW_KEY_KP_ENTER, false)) {
        add = true;
    }
    if (add && method) {
        add_to_agenda(*method, frame.session.agenda, ui, out);
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace hostspace::gui
