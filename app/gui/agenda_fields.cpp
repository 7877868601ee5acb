#include "app/gui/agenda_fields.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // GetActiveID
#include <imgui_stdlib.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace hostspace::gui {
namespace {

// A day is far more than any round; anything longer is a typing slip.
constexpr double kMaxSeconds = 24 * 3600;

std::optional<std::string> finished_text(const char* label, const char* hint,
                                         const std::string& value, float width, FieldEdit& edit,
                                         ImGuiInputTextFlags flags) {
    const ImGuiID id = ImGui::GetID(label);
    const bool typing_here = edit.id == id && ImGui::GetActiveID() == id;
    std::string shown = value;
    std::string& text = typing_here ? edit.text : shown;
    ImGui::SetNextItemWidth(width > 0 ? width : ImGui::GetContentRegionAvail().x);
    ImGui::InputTextWithHint(label, hint, &text, flags);
    if (ImGui::IsItemActive() && !typing_here) {
        edit.id = id;
        edit.text = shown;  // includes whatever was typed on the frame it became active
    }
    // The field may have let go before it was drawn this frame (a click on an item above it),
    // so the typed text comes from the edit, not from what was drawn.
    if (!ImGui::IsItemDeactivatedAfterEdit() || edit.id != id) return std::nullopt;
    std::string finished = std::move(edit.text);
    edit = FieldEdit{};
    if (finished == value) return std::nullopt;
    return finished;
}

}  // namespace

std::optional<std::string> edit_text_field(const char* label, const char* hint,
                                           const std::string& value, float width, FieldEdit& edit) {
    return finished_text(label, hint, value, width, edit, 0);
}

std::string minutes_text(int seconds) {
    char text[32];
    if (seconds % 60 == 0) {
        std::snprintf(text, sizeof text, "%d", seconds / 60);
    } else {
        std::snprintf(text, sizeof text, "%g", std::round(seconds / 60.0 * 100) / 100);
    }
    return text;
}

std::optional<int> edit_duration_field(const char* label, int seconds, float width, FieldEdit& edit,
                                       bool unit_minutes) {
    const std::string shown = unit_minutes ? minutes_text(seconds) : std::to_string(seconds);
    const auto typed =
        finished_text(label, "", shown, width, edit,
                      ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_AutoSelectAll);
    if (!typed) return std::nullopt;
    char* end = nullptr;
    const double number = std::strtod(typed->c_str(), &end);
    // Not a number, or negative: the field goes back to the value it had.
    if (end == typed->c_str() || *end != '\0' || !(number >= 0)) return std::nullopt;
    const double value = std::round(unit_minutes ? number * 60 : number);
    if (value > kMaxSeconds) return std::nullopt;
    const int result = static_cast<int>(value);
    if (result == seconds) return std::nullopt;
    return result;
}

}  // namespace hostspace::gui
