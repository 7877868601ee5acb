#include "app/gui/shell/fields.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // GetActiveID
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "app/gui/shell/theme.hpp"

namespace hostspace::gui {
namespace {

// A day is far more than any round; anything longer is a typing slip.
constexpr double kMaxSeconds = 24 * 3600;

KeptText* find_kept(FieldEdit& edit, ImGuiID id) {
    const auto it = std::find_if(edit.kept.begin(), edit.kept.end(),
                                 [id](const KeptText& kept) { return kept.id == id; });
    return it == edit.kept.end() ? nullptr : &*it;
}

void forget_kept(FieldEdit& edit, ImGuiID id) {
    edit.kept.erase(std::remove_if(edit.kept.begin(), edit.kept.end(),
                                   [id](const KeptText& kept) { return kept.id == id; }),
                    edit.kept.end());
}

// Hands `kept`'s text over as a change; it stays kept until the change is on disk.
void hand_over(FieldEdit& edit, KeptText& kept, FrameRequests& out) {
    FieldOutcome outcome = kept.commit(kept.text);
    if (!outcome.error.empty() || outcome.ops.empty()) {
        kept.error = outcome.error;
        if (kept.error.empty()) forget_kept(edit, kept.id);  // nothing to save after all
        return;
    }
    kept.committed_frame = ImGui::GetFrameCount();
    const ImGuiID id = kept.id;
    const std::string text = kept.text;
    out.commit(std::move(outcome.ops), [&edit, id, text] {
        edit.kept.erase(std::remove_if(edit.kept.begin(), edit.kept.end(),
                                       [&](const KeptText& kept) {
                                           return kept.id == id && kept.text == text &&
                                                  kept.error.empty();
                                       }),
                        edit.kept.end());
    });
}

// The field being typed in lets go: its text becomes a kept text, handed over if valid.
void finish_typing(FieldEdit& edit, FrameRequests& out) {
    const ImGuiID id = edit.id;
    KeptText kept{id, std::move(edit.text), "", -1, std::move(edit.commit)};
    edit.id = 0;
    edit.text.clear();
    edit.commit = {};
    forget_kept(edit, id);
    if (!kept.commit) return;
    edit.kept.push_back(std::move(kept));
    hand_over(edit, edit.kept.back(), out);
}

std::string draw_field(const char* label, const char* hint, const std::string& value, float width,
                       FieldEdit& edit, FrameRequests& out, FieldCommit commit,
                       ImGuiInputTextFlags flags) {
    const ImGuiID id = ImGui::GetID(label);
    const bool typing_here = edit.id == id && ImGui::GetActiveID() == id;
    const KeptText* kept = find_kept(edit, id);
    const std::string error = kept && !typing_here ? kept->error : std::string();
    std::string shown = kept ? kept->text : value;
    std::string& text = typing_here ? edit.text : shown;
    if (!error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, colours::error_text);
        ImGui::PushStyleColor(ImGuiCol_Border, colours::error_text);
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.5f);
    }
    ImGui::SetNextItemWidth(width > 0 ? width : ImGui::GetContentRegionAvail().x);
    ImGui::InputTextWithHint(label, hint, &text, flags);
    if (!error.empty()) {
        ImGui::PopStyleVar();
        ImGui::PopStyleColor(2);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", error.c_str());
    }
    if (ImGui::IsItemActive() && !typing_here) {
        // Another field was typed in and let go without being drawn since: keep its text.
        if (edit.id != 0 && edit.id != id) finish_typing(edit, out);
        edit.id = id;
        edit.text = shown;  // includes whatever was typed on the frame it became active
    }
    if (edit.id != id) return error;
    edit.drawn_frame = ImGui::GetFrameCount();
    edit.commit = [value, commit = std::move(commit)](const std::string& typed) {
        return typed == value ? FieldOutcome{} : commit(typed);
    };
    // Letting go (Enter, Tab, a click elsewhere, even before this frame drew it) finishes the
    // edit; so does Enter in a field whose earlier save failed: it tries again.
    if (!ImGui::IsItemActive()) finish_typing(edit, out);
    return error;
}

std::string duration_hint(bool unit_minutes, int min_seconds) {
    std::string hint = unit_minutes ? "Minutes, like 5 or 2.5" : "Seconds, like 30";
    if (min_seconds > 0) hint += ", more than 0";
    return hint;
}

}  // namespace

std::string edit_text_field(const char* label, const char* hint, const std::string& value,
                            float width, FieldEdit& edit, FrameRequests& out, FieldCommit commit) {
    return draw_field(label, hint, value, width, edit, out, std::move(commit), 0);
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

std::string edit_duration_field(const char* label, int seconds, float width, FieldEdit& edit,
                                FrameRequests& out,
                                std::function<std::vector<OpPayload>(int)> ops_for,
                                bool unit_minutes, int min_seconds) {
    const std::string shown = unit_minutes ? minutes_text(seconds) : std::to_string(seconds);
    FieldCommit commit = [seconds, ops_for = std::move(ops_for), unit_minutes,
                          min_seconds](const std::string& typed) {
        const std::string hint = duration_hint(unit_minutes, min_seconds);
        const char* begin = typed.c_str();
        while (*begin == ' ') ++begin;
        char* end = nullptr;
        const double number = std::strtod(begin, &end);
        while (end && *end == ' ') ++end;
        // "5*2", "-5", "1.2.3", "": not a length; the text stays to be corrected.
        if (end == begin || *end != '\0' || !(number >= 0)) return FieldOutcome{{}, hint};
        const double value = std::round(unit_minutes ? number * 60 : number);
        if (value < min_seconds) return FieldOutcome{{}, hint};
        if (value > kMaxSeconds) return FieldOutcome{{}, "At most 24 hours"};
        const int result = static_cast<int>(value);
        if (result == seconds) return FieldOutcome{};
        return FieldOutcome{ops_for(result), ""};
    };
    return draw_field(label, "", shown, width, edit, out, std::move(commit),
                      ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_AutoSelectAll);
}

void show_field_error(const PanelFrame& frame, const std::string& error) {
    if (error.empty()) return;
    ImGui::PushFont(frame.fonts.caption);
    ImGui::PushStyleColor(ImGuiCol_Text, colours::error_text);
    ImGui::TextWrapped("%s", error.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void commit_undrawn_field(FieldEdit& edit, FrameRequests& out) {
    if (edit.id != 0 && edit.drawn_frame != ImGui::GetFrameCount()) finish_typing(edit, out);
}

void flush_field(FieldEdit& edit, FrameRequests& out) {
    if (edit.id != 0) finish_typing(edit, out);
    const int now = ImGui::GetFrameCount();
    // Index, not iterator: hand_over may drop the entry it is given.
    for (std::size_t i = edit.kept.size(); i-- > 0;) {
        KeptText& kept = edit.kept[i];
        if (kept.error.empty() && kept.committed_frame != now && kept.commit) {
            hand_over(edit, kept, out);
        }
    }
}

}  // namespace hostspace::gui
