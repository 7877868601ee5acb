#include "app/gui/shell/start_view.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_internal.h>  // ClearActiveID
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdlib>

#include "app/gui/shell/buttons.hpp"
#include "app/gui/shell/item_centre.hpp"
#include "app/gui/shell/status_view.hpp"
#include "app/gui/shell/test_log.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/sync/join_card.hpp"
#include "app/gui/text/shown_text.hpp"
#include "core/session/meta.hpp"
#include "core/util/text.hpp"

namespace hostspace::gui {
namespace {

// Where the start screen's controls are this frame, for the draw log (a GUI test clicks them).
struct StartLayout {
    ImVec2 open_field, first_recent, second_recent, title_field, path_field, create_button,
        repair_button;
};

// A white card behind whatever is drawn between begin_card and end_card.
void begin_card(float padding) {
    ImGui::GetWindowDrawList()->ChannelsSplit(2);
    ImGui::GetWindowDrawList()->ChannelsSetCurrent(1);
    ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + padding, ImGui::GetCursorPosY() + padding));
    ImGui::BeginGroup();
}

void end_card(float padding, float width, ImU32 fill = colours::rgb(0xFFFFFF),
              ImU32 edge = colours::board_edge) {
    ImGui::EndGroup();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 a(ImGui::GetItemRectMin().x - padding, ImGui::GetItemRectMin().y - padding);
    const ImVec2 b(a.x + width, ImGui::GetItemRectMax().y + padding);
    draw->ChannelsSetCurrent(0);
    draw->AddRectFilled(ImVec2(a.x, a.y + 2), ImVec2(b.x, b.y + 2), colours::shadow, 10);
    draw->AddRectFilled(a, b, fill, 10);
    draw->AddRect(a, b, edge, 10);
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(a.x, b.y));
    ImGui::Dummy(ImVec2(width, 0));
}

void section_title(const Fonts& fonts, const char* title) {
    ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
}

void muted(const Fonts& fonts, const std::string& text) {
    ImGui::PushFont(fonts.caption);
    ImGui::PushStyleColor(ImGuiCol_Text, colours::text_muted);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

// A line in red that says why something could not be done (wrapped where the caller says).
void problem_line(const Fonts& fonts, const std::string& text) {
    if (text.empty()) return;
    ImGui::PushFont(fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, colours::error_text);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

// "/home/ann/sessions/x.hostspace" -> "~/sessions/x.hostspace": shorter, and the same thing.
std::string home_relative(const std::filesystem::path& folder) {
    const std::string path = folder.string();
    const char* home = std::getenv("HOME");
    if (!home || !*home) return path;
    const std::string prefix = std::string(home) + "/";
    return path.rfind(prefix, 0) == 0 ? "~/" + path.substr(prefix.size()) : path;
}

// The ring around the last item that says Enter presses it.
void focus_ring(float scale) {
    const float gap = 3 * scale;
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - gap, a.y - gap), ImVec2(b.x + gap, b.y + gap),
                                        colours::accent, ImGui::GetStyle().FrameRounding + gap, 0,
                                        2 * scale);
}

bool key_pressed(int key) {
    return ImGui::IsKeyPressed(key, false);
}

// The session would not open because it is damaged: say so with the error (file, line,
// reason), and offer to repair it. The keyboard is put on "Repair and open" when the offer
// appears, so Enter repairs; Escape (or Cancel) lets it go.
void repair_offer_card(const RepairOffer& offer, const Fonts& fonts, float scale, float width,
                       StartUiState& ui, StartLayout& layout, FrameRequests& out) {
    if (ui.repair_offer_seen != offer.folder.string()) {
        ui.repair_offer_seen = offer.folder.string();
        ImGui::ClearActiveID();  // off any text field: Enter is for the offer
    }
    const float padding = 20 * scale;
    const float left = ImGui::GetCursorPosX();
    begin_card(padding);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 2 * padding);
    section_title(fonts, "This session is damaged and did not open");
    ImGui::PushStyleColor(ImGuiCol_Text, colours::error_text);
    ImGui::TextUnformatted(offer.error.c_str());
    ImGui::PopStyleColor();
    ImGui::Spacing();
    muted(fonts,
          "Repair keeps the damaged files beside the session under new names (nothing is "
          "deleted), writes the journal again from every line that still reads, and opens the "
          "result. It then tells you which lines were dropped and why.");
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    const bool keys_free =
        !ImGui::GetIO().WantTextInput && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
    const bool repair = primary_button("Repair and open");
    layout.repair_button = last_item_centre();
    if (keys_free) focus_ring(scale);
    ImGui::SameLine(0, 12 * scale);
    const bool cancel = ImGui::Button("Cancel");
    ImGui::SameLine(0, 16 * scale);
    ImGui::AlignTextToFramePadding();
    muted(fonts, "Enter repairs, Esc cancels");
    end_card(padding, width, colours::error_bg, colours::error_edge);
    ImGui::SetCursorPosX(left);

    const bool enter = key_pressed(GLFW_KEY_ENTER) || key_pressed(GLFW_KEY_KP_ENTER);
    if (repair || (keys_free && enter)) {
        out.open = OpenRequest{offer.folder, false, "", true};
    } else if (cancel || (keys_free && key_pressed(GLFW_KEY_ESCAPE))) {
        out.dismiss_error = true;
    }
}

void open_card(const std::vector<RecentSession>& recent, const Fonts& fonts, float inner,
               StartUiState& ui, StartLayout& layout, FrameRequests& out) {
    section_title(fonts, "Open a session");
    const float button = ImGui::CalcTextSize("Open").x + 2 * ImGui::GetStyle().FramePadding.x;
    ImGui::SetNextItemWidth(inner - button - ImGui::GetStyle().ItemSpacing.x);
    const bool entered =
        ImGui::InputTextWithHint("##open-path", "~/sessions/away-day.hostspace", &ui.open_path,
                                 ImGuiInputTextFlags_EnterReturnsTrue);
    layout.open_field = last_item_centre();
    ImGui::SameLine();
    ImGui::BeginDisabled(ui.open_path.empty());
    if ((ImGui::Button("Open") || entered) && !ui.open_path.empty()) {
        out.open = OpenRequest{expand_home(ui.open_path), false, ""};
    }
    ImGui::EndDisabled();

    ImGui::Spacing();
    section_title(fonts, "Recent sessions");
    if (recent.empty()) muted(fonts, "Sessions you open or create will be listed here.");
    for (const auto& session : recent) {
        ImGui::PushID(session.folder.string().c_str());
        const float row = fonts.body->FontSize + fonts.caption->FontSize + 14;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (ImGui::Selectable("##recent", false, 0, ImVec2(inner, row))) {
            out.open = OpenRequest{session.folder, false, ""};
        }
        if (&session == &recent[0]) layout.first_recent = last_item_centre();
        if (recent.size() > 1 && &session == &recent[1]) layout.second_recent = last_item_centre();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", session.folder.string().c_str());
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const std::string title = shown(recent_display_title(session));
        const std::string where = home_relative(session.folder);
        const ImVec4 clip(at.x, at.y, at.x + inner - 8, at.y + row);  // long titles stay inside
        draw->AddText(fonts.body, fonts.body->FontSize, ImVec2(at.x + 8, at.y + 5), colours::text,
                      title.c_str(), nullptr, 0, &clip);
        draw->AddText(fonts.caption, fonts.caption->FontSize,
                      ImVec2(at.x + 8, at.y + 8 + fonts.body->FontSize), colours::text_muted,
                      where.c_str(), nullptr, 0, &clip);
        ImGui::PopID();
    }
}

// Says why Create session cannot go ahead yet and puts the keyboard where the fix is typed;
// otherwise asks for the session.
void try_create(StartUiState& ui, FrameRequests& out) {
    const std::string title = trim_space(ui.create_title);
    ui.create_problem = meta_value_problem(MetaField::title, title);
    if (!ui.create_problem.empty()) {
        ui.focus_create_title = true;
        return;
    }
    if (trim_space(ui.create_path).empty()) {
        ui.create_problem =
            "Now the folder the session is kept in, for example ~/sessions/"
            "away-day, then Enter.";
        ui.focus_create_path = true;
        return;
    }
    out.open = OpenRequest{expand_home(trim_space(ui.create_path)), true, title};
}

void create_card(const Fonts& fonts, float inner, StartUiState& ui, StartLayout& layout,
                 FrameRequests& out) {
    muted(fonts, "Title");
    ImGui::SetNextItemWidth(inner);
    if (ui.focus_create_title) {
        ImGui::SetKeyboardFocusHere();
        ui.focus_create_title = false;
    }
    const bool title_entered =
        ImGui::InputTextWithHint("##create-title", "Children's partnership board away day",
                                 &ui.create_title, ImGuiInputTextFlags_EnterReturnsTrue);
    layout.title_field = last_item_centre();
    if (ImGui::IsItemEdited()) ui.create_problem.clear();
    muted(fonts, "Folder for the session (created if missing; .hostspace is added)");
    ImGui::SetNextItemWidth(inner);
    if (ui.focus_create_path) {
        ImGui::SetKeyboardFocusHere();
        ui.focus_create_path = false;
    }
    const bool path_entered =
        ImGui::InputTextWithHint("##create-path", "~/sessions/away-day", &ui.create_path,
                                 ImGuiInputTextFlags_EnterReturnsTrue);
    layout.path_field = last_item_centre();
    if (ImGui::IsItemEdited()) ui.create_problem.clear();
    // Never greyed out: pressed too soon, it says what is missing.
    const bool clicked = primary_button("Create session");
    layout.create_button = last_item_centre();
    if (clicked || title_entered || path_entered) try_create(ui, out);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
    problem_line(fonts, ui.create_problem);
    ImGui::PopTextWrapPos();
}

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out + "\"";
}

std::string at(const ImVec2& p) {
    return std::to_string(static_cast<int>(p.x)) + "," + std::to_string(static_cast<int>(p.y));
}

// One `start` line in the draw log whenever what the start screen shows changes.
void log_start_view(const SessionController& controller, const StartUiState& ui,
                    const StartLayout& layout) {
    if (!test_log_enabled()) return;
    const auto& recent = controller.recent();
    std::string line = "start recent=" + std::to_string(recent.size());
    if (!recent.empty()) {
        line += " first=" + quoted(recent_display_title(recent.front())) +
                " first_folder=" + quoted(home_relative(recent.front().folder)) +
                " first_at=" + at(layout.first_recent);
    }
    if (recent.size() > 1) line += " second_at=" + at(layout.second_recent);
    const std::string& message = controller.message();
    line += " message=" + quoted(message.substr(0, message.find('\n')));
    line += std::string(" repair_offer=") + (controller.repair_offer() ? "yes" : "no");
    if (controller.repair_offer()) line += " repair_at=" + at(layout.repair_button);
    line += " open_at=" + at(layout.open_field);
    line += " create_problem=" + quoted(ui.create_problem) + " title_at=" + at(layout.title_field) +
            " path_at=" + at(layout.path_field) + " create_at=" + at(layout.create_button);
    static std::string last;
    if (line == last) return;
    last = line;
    note_for_tests(line);
}

// One of the card's two tabs: filled when it is the one showing; true when clicked.
bool tab_button(const char* label, bool active, const char* tooltip) {
    const bool clicked = active ? primary_button(label) : ImGui::Button(label);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tooltip);
    return clicked;
}

// "Start a new session" and "Join an event" share a card, one tab each: a laptop does one or
// the other. Ctrl+N and Ctrl+J pick a tab and put the keyboard in its first field. True when
// the Join tab is showing.
bool new_or_join_card(const SessionController& controller, const Fonts& fonts, float inner,
                      float scale, StartUiState& ui, StartLayout& layout, JoinLayout& join_layout,
                      FrameRequests& out) {
    const ImGuiIO& io = ImGui::GetIO();
    const bool pick_join = io.KeyCtrl && !io.KeyShift && key_pressed(GLFW_KEY_J);
    const bool pick_new = io.KeyCtrl && !io.KeyShift && key_pressed(GLFW_KEY_N);
    ImGui::PushFont(fonts.bold);
    const bool new_clicked =
        tab_button("Start a new session", !ui.join_tab, "A session of your own (Ctrl+N)");
    ImGui::SameLine();
    const bool join_clicked =
        tab_button("Join an event another laptop shares", ui.join_tab,
                   "A copy of a session shared through a sync server (Ctrl+J)");
    ImGui::PopFont();
    if (pick_new || new_clicked) {
        ui.join_tab = false;
        ui.focus_create_title = true;
    }
    if (pick_join || join_clicked) {
        ui.join_tab = true;
        ui.join.focus_first = true;
    }
    const ImVec2 rule = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(rule.x, rule.y), ImVec2(rule.x + inner, rule.y),
                                        colours::board_edge, 1.0f * scale);
    ImGui::Dummy(ImVec2(inner, 6 * scale));
    if (ui.join_tab) {
        draw_join_card(controller, fonts, inner, scale, ui.join, join_layout, out);
    } else {
        create_card(fonts, inner, ui, layout, out);
    }
    return ui.join_tab;
}

// One `join` line in the draw log whenever the Join tab's picture changes.
void log_join_card(const SessionController& controller, const JoinUiState& ui, bool shown,
                   const JoinLayout& layout) {
    if (!test_log_enabled()) return;
    std::string line = std::string("join shown=") + (shown ? "yes" : "no") +
                       " joining=" + (controller.joining() ? "yes" : "no");
    const std::string& problem = !ui.error.empty() ? ui.error : controller.join_error();
    line += " problem=" + quoted(problem);
    if (shown) {
        line += " server_at=" + at(layout.server) + " event_at=" + at(layout.event) +
                " user_at=" + at(layout.user) + " password_at=" + at(layout.password) +
                " folder_at=" + at(layout.folder) + " join_at=" + at(layout.join_button);
    }
    static std::string last;
    if (line == last) return;
    last = line;
    note_for_tests(line);
}

}  // namespace

void draw_start_view(const SessionController& controller, const Fonts& fonts, float scale,
                     StartUiState& ui, FrameRequests& out) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::min(avail, 760 * scale);
    const float padding = 24 * scale;
    const float left = ImGui::GetCursorPosX() + (avail - width) / 2;
    StartLayout layout;

    ImGui::SetCursorPos(ImVec2(left, ImGui::GetCursorPosY() + 40 * scale));
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted("hostspace");
    ImGui::PopFont();
    ImGui::SetCursorPosX(left);
    muted(fonts,
          "A sticky-note board for hosted conversations. Every change is saved as you make it.");
    ImGui::Dummy(ImVec2(0, 12 * scale));

    if (const auto& offer = controller.repair_offer()) {
        ImGui::SetCursorPosX(left);
        repair_offer_card(*offer, fonts, scale, width, ui, layout, out);
        ImGui::Dummy(ImVec2(0, 12 * scale));
    } else if (!controller.message().empty()) {
        ImGui::SetCursorPosX(left);
        draw_banner(controller.message(), true, fonts, out, width);
        ImGui::Dummy(ImVec2(0, 4 * scale));
    }
    if (!controller.repair_offer()) ui.repair_offer_seen.clear();  // a new offer takes the keys
    const float inner = width - 2 * padding;
    ImGui::SetCursorPosX(left);
    begin_card(padding);
    open_card(controller.recent(), fonts, inner, ui, layout, out);
    end_card(padding, width);
    ImGui::Dummy(ImVec2(0, 16 * scale));
    ImGui::SetCursorPosX(left);
    begin_card(padding);
    JoinLayout join_layout;
    const bool join_shown =
        new_or_join_card(controller, fonts, inner, scale, ui, layout, join_layout, out);
    end_card(padding, width);
    log_start_view(controller, ui, layout);
    log_join_card(controller, ui.join, join_shown, join_layout);
}

}  // namespace hostspace::gui
