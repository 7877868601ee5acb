#include "app/gui/shell/status_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <vector>

#include "app/gui/shell/buttons.hpp"
#include "app/gui/shell/test_log.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/text/shown_text.hpp"

namespace hostspace::gui {
namespace {

std::string session_title(const Document& doc) {
    const std::string& title = doc.state().meta.title.value;
    return title.empty() ? doc.folder().stem().string() : title;
}

// A rounded label painted on the current line; returns nothing, advances the cursor.
void pill(const char* text, ImU32 fg, ImU32 bg, ImFont* font) {
    const ImVec2 pad(10 * font->FontSize / 14, 4 * font->FontSize / 14);
    const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text);
    const ImVec2 box(size.x + 2 * pad.x, size.y + 2 * pad.y);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(box);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + box.x, at.y + box.y), bg, box.y / 2);
    draw->AddText(font, font->FontSize, ImVec2(at.x + pad.x, at.y + pad.y), fg, text);
}

// `text` cut at a character boundary and ended with "…" so that it is at most `width` pixels
// wide in `font`; the text itself when it fits.
// `text` cut at a character boundary and ended with "…" so that it is at most `width` pixels
// wide in the current font; the text itself when it fits.
std::string elided(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    std::string cut = text;
    while (!cut.empty()) {
        while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80) {
            cut.pop_back();  // a character's continuation bytes
        }
        if (!cut.empty()) cut.pop_back();  // its lead byte (or an ASCII character)
        const std::string shown = cut + "…";
        if (ImGui::CalcTextSize(shown.c_str()).x <= width) return shown;
    }
    return "…";
}

// The right-aligned buttons' row, gaps included (the labels must match draw_top_bar's).
float top_bar_buttons_width(float ui_scale) {
    const ImGuiStyle& style = ImGui::GetStyle();
    char zoom[16];
    std::snprintf(zoom, sizeof zoom, "%d%%", static_cast<int>(ui_scale * 100 + 0.5f));
    const char* labels[] = {"Session details",
                            "Import…",
                            "Export harvest…",
                            "Timer & agenda",
                            "Undo",
                            "Redo",
                            "A−",
                            zoom,
                            "A+",
                            "Close session"};
    float width = 0;
    for (const char* label : labels) width += button_width(label) + style.ItemSpacing.x;
    return width + 4 * style.ItemSpacing.x;  // gaps between the groups
}

}  // namespace

std::string window_title(const Document* doc, const std::string& save_error,
                         const std::string& sync_phrase) {
    if (!doc) return "hostspace";
    return session_title(*doc) + " — hostspace — " +
           (save_error.empty() ? "all changes saved" : "NOT SAVED: " + save_error) +
           (sync_phrase.empty() ? "" : " — " + sync_phrase);
}

TopBarAction draw_top_bar(const Document& doc, const std::string& save_error, const Fonts& fonts,
                          float ui_scale, const TopBarTimer& timer, const sync::SyncPhrase& sync,
                          FrameRequests& out) {
    const ImGuiStyle& style = ImGui::GetStyle();
    TopBarAction action = TopBarAction::none;
    // A long title gives way to the buttons rather than pushing them onto a row of their own,
    // down to a quarter of the bar: the row it saves is the side panel's (voting results).
    const std::string title = session_title(doc);
    const float bar = ImGui::GetContentRegionAvail().x;
    // With sync on, one pill says both: saved here, and how the server stands.
    std::string pill_text = "✓ All changes saved";
    if (!sync.short_text.empty()) {
        pill_text = sync.alarming ? "⚠ Sync " + sync.short_text : "✓ Saved · " + sync.short_text;
    }
    if (test_log_enabled()) {  // a GUI test reads that the label was drawn anew
        static std::string logged;
        if (pill_text != logged) note_for_tests("save-label " + (logged = pill_text));
    }
    ImGui::PushFont(fonts.caption);
    const float pill_width =
        ImGui::CalcTextSize(pill_text.c_str()).x + 2 * 10 * fonts.caption->FontSize / 14;
    ImGui::PopFont();
    const float room = bar - top_bar_buttons_width(ui_scale) - pill_width - 6 * style.ItemSpacing.x;
    ImGui::PushFont(fonts.heading);
    const std::string shown = elided(title, std::max(bar / 4, room));
    ImGui::TextUnformatted(gui::shown(shown).c_str());
    const float title_height = ImGui::GetItemRectSize().y;
    ImGui::PopFont();
    if (ImGui::IsItemHovered()) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::SetTooltip(
            "%s%sSession details: title, question, date, venue, hosts, people (Ctrl+I)",
            shown == title ? "" : title.c_str(), shown == title ? "" : "\n");
        if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) action = TopBarAction::session_details;
    }

    ImGui::SameLine(0, 2 * style.ItemSpacing.x);
    const float pill_height = fonts.caption->FontSize * (1 + 8.0f / 14);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (title_height - pill_height) / 2);
    if (!save_error.empty()) {
        pill("⚠ Not saved", colours::error_text, colours::error_bg, fonts.caption);
    } else if (sync.alarming) {
        pill(pill_text.c_str(), colours::error_text, colours::error_bg, fonts.caption);
    } else {
        pill(pill_text.c_str(), colours::saved, colours::saved_bg, fonts.caption);
    }
    if (ImGui::IsItemHovered()) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        const std::string tip =
            (save_error.empty() ? "Every change is saved on this laptop as it is made."
                                : "Not saved: " + save_error) +
            (sync.detail.empty() ? "" : "\n" + sync.detail) +
            "\nClick for sync with other laptops (Ctrl+Shift+S)";
        ImGui::SetTooltip("%s", tip.c_str());
        if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) action = TopBarAction::sync;
    }
    // With the panel hidden, the running countdown stays in sight up here.
    if (!timer.panel_open && !timer.countdown.empty()) {
        ImGui::SameLine(0, style.ItemSpacing.x);
        const std::string text = "Timer " + timer.countdown;
        pill(text.c_str(), colours::rgb(0xFFFFFF), timer.countdown_colour, fonts.caption);
    }

    // Right-aligned buttons.
    char zoom[16];
    std::snprintf(zoom, sizeof zoom, "%d%%", static_cast<int>(ui_scale * 100 + 0.5f));
    const char* panel_label = "Timer & agenda";
    const char* details_label = "Session details";
    const char* import_label = "Import…";
    const char* export_label = "Export harvest…";
    const float width = top_bar_buttons_width(ui_scale);
    const float buttons_x = ImGui::GetWindowContentRegionMax().x - width;
    const float after_pill = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
    if (after_pill + 2 * style.ItemSpacing.x <= buttons_x) {
        ImGui::SameLine(buttons_x);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (title_height - ImGui::GetFrameHeight()) / 2 -
                             (title_height - pill_height) / 2);
    } else {
        ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), buttons_x));  // a row of their own
    }

    if (ImGui::Button(details_label)) action = TopBarAction::session_details;
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Title, question, date, venue, hosts, people (Ctrl+I)");
    ImGui::SameLine();
    if (ImGui::Button(import_label)) action = TopBarAction::import;
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip(
            "Notes or participants from a CSV file (Ctrl+Shift+I), or drop the file "
            "on the window");
    }
    ImGui::SameLine();
    if (ImGui::Button(export_label)) action = TopBarAction::export_session;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The session as a file to send on (Ctrl+E)");
    ImGui::SameLine(0, 2 * style.ItemSpacing.x);

    // A toggle: shaded while the panel shows.
    const bool shaded = timer.panel_open;
    if (shaded) ImGui::PushStyleColor(ImGuiCol_Button, colours::selected_bg);
    if (ImGui::Button(panel_label)) timer.panel_open = !timer.panel_open;
    if (shaded) ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show or hide the timer and agenda panel");
    ImGui::SameLine(0, 2 * style.ItemSpacing.x);

    ImGui::BeginDisabled(!doc.can_undo());
    if (ImGui::Button("Undo")) out.command(Command::undo);
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Ctrl+Z");
    ImGui::SameLine();
    ImGui::BeginDisabled(!doc.can_redo());
    if (ImGui::Button("Redo")) out.command(Command::redo);
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        ImGui::SetTooltip("Ctrl+Shift+Z or Ctrl+Y");
    }
    ImGui::SameLine(0, 2 * style.ItemSpacing.x);
    if (ImGui::Button("A−")) out.command(Command::zoom_out);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Smaller text (Ctrl+-)");
    ImGui::SameLine();
    if (ImGui::Button(zoom)) out.command(Command::zoom_reset);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Text size; click for 100%% (Ctrl+0)");
    ImGui::SameLine();
    if (ImGui::Button("A+")) out.command(Command::zoom_in);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Larger text (Ctrl+=)");
    ImGui::SameLine(0, 2 * style.ItemSpacing.x);
    if (ImGui::Button("Close session")) out.command(Command::close_session);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Back to the start screen (everything is saved)");

    const std::string& question = doc.state().meta.question.value;
    if (!question.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, colours::text_muted);
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(gui::shown(question).c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
    return action;
}

namespace {

struct BannerLook {
    ImU32 bg, edge, text;
    ImFont* font;
};

// A banner with `text`, `width` pixels wide (0: all there is); true when its Dismiss button
// (shown when `dismissable`) was clicked.
bool banner(const std::string& text, bool dismissable, const BannerLook& look, const Fonts& fonts,
            float width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    if (width <= 0) width = ImGui::GetContentRegionAvail().x;
    const ImVec2 pad = style.FramePadding;
    ImGui::SetCursorScreenPos(ImVec2(start.x + pad.x * 1.5f, start.y + pad.y * 1.5f));
    ImGui::BeginGroup();
    ImGui::PushStyleColor(ImGuiCol_Text, look.text);
    ImGui::PushFont(look.font);
    ImGui::PushTextWrapPos(start.x + width - (dismissable ? 140 * fonts.body->FontSize / 18 : 0) -
                           ImGui::GetWindowPos().x);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::PopStyleColor();
    ImGui::EndGroup();
    const float text_bottom = ImGui::GetItemRectMax().y;
    bool dismissed = false;
    if (dismissable) {
        ImGui::SameLine();
        ImGui::SetCursorScreenPos(
            ImVec2(start.x + width - button_width("Dismiss") - pad.x * 1.5f, start.y + pad.y));
        dismissed = ImGui::Button("Dismiss");
    }
    const ImVec2 end(start.x + width,
                     std::max(text_bottom, ImGui::GetItemRectMax().y) + pad.y * 1.5f);
    draw->ChannelsSetCurrent(0);
    draw->AddRectFilled(start, end, look.bg, style.FrameRounding);
    draw->AddRect(start, end, look.edge, style.FrameRounding, 0, 1.5f);
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(start);
    ImGui::Dummy(ImVec2(width, end.y - start.y));
    return dismissed;
}

}  // namespace

void draw_banner(const std::string& text, bool dismissable, const Fonts& fonts, FrameRequests& out,
                 float width) {
    if (text.empty()) return;
    const BannerLook look{colours::error_bg, colours::error_edge, colours::error_text, fonts.bold};
    if (banner(text, dismissable, look, fonts, width)) out.dismiss_error = true;
}

bool draw_warning_banner(const std::string& text, const Fonts& fonts, float width) {
    if (text.empty()) return false;
    const BannerLook look{colours::timer_warning_bg, colours::timer_warning_edge,
                          colours::rgb(0x6B3F06), fonts.caption};
    return banner(text, true, look, fonts, width);
}

bool draw_info_banner(const std::string& text, const Fonts& fonts, float width) {
    if (text.empty()) return false;
    const BannerLook look{colours::saved_bg, colours::saved, colours::rgb(0x14532D), fonts.caption};
    return banner(text, true, look, fonts, width);
}

float status_line_height(const Fonts& fonts) {
    return fonts.caption->FontSize + ImGui::GetStyle().ItemSpacing.y;
}

namespace {

struct Hint {
    const char* text;
    int keep;  // the lowest goes first when the line is too narrow
};

std::vector<Hint> shortcut_hints(const Session& session, const TimerReading& reading) {
    std::vector<Hint> hints;
    switch (reading.phase) {
        case TimerPhase::idle:
            if (!rounds_in_order(session.agenda).empty()) hints.push_back({"F5 start", 90});
            break;
        case TimerPhase::paused:
            hints.push_back({"F5 resume", 90});
            hints.push_back({"F6 next", 85});
            break;
        default:
            hints.push_back({"F5 pause", 90});
            hints.push_back({"F6 next", 85});
            hints.push_back({"F8 / F9 −/+ 1 min", 70});
            break;
    }
    if (reading.talking_piece && reading.phase != TimerPhase::idle) {
        hints.push_back({"F7 next speaker", 88});
    }
    hints.push_back({"F12 projector", 60});
    hints.push_back({"Double-click a note to edit", 40});
    hints.push_back({"right-click for colour and more", 10});
    hints.push_back({"Del deletes", 30});
    hints.push_back({"Ctrl+Z undo", 80});
    hints.push_back({"Ctrl+Shift+Z redo", 20});
    hints.push_back({"Ctrl+= / Ctrl+- text size", 15});
    hints.push_back({"Ctrl+Q quit", 50});
    return hints;
}

std::string joined(const std::vector<Hint>& hints) {
    std::string text;
    for (const Hint& hint : hints) text += (text.empty() ? "" : " · ") + std::string(hint.text);
    return text;
}

}  // namespace

void draw_status_line(const Session& session, const TimerReading& reading, const Fonts& fonts) {
    std::size_t groups = 0;
    for (const Group& group : session.board.groups) groups += group.deleted.value ? 0 : 1;
    const std::size_t notes = session.board.live_note_count();
    char counts[96];
    std::snprintf(counts, sizeof counts, "%zu %s · %zu %s", notes, notes == 1 ? "note" : "notes",
                  groups, groups == 1 ? "group" : "groups");
    ImGui::PushFont(fonts.caption);
    ImGui::PushStyleColor(ImGuiCol_Text, colours::text_muted);
    ImGui::TextUnformatted(counts);
    const float right = ImGui::GetWindowContentRegionMax().x;
    const float room = right - ImGui::GetItemRectSize().x - 40;
    std::vector<Hint> hints = shortcut_hints(session, reading);
    std::string keys = joined(hints);
    while (!hints.empty() && ImGui::CalcTextSize(keys.c_str()).x > room) {
        hints.erase(std::min_element(hints.begin(), hints.end(),
                                     [](const Hint& a, const Hint& b) { return a.keep < b.keep; }));
        keys = joined(hints);
    }
    if (!keys.empty()) {
        ImGui::SameLine(right - ImGui::CalcTextSize(keys.c_str()).x);
        ImGui::TextUnformatted(keys.c_str());
    }
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

}  // namespace hostspace::gui
