#include "app/gui/sync/join_card.hpp"

#include <GLFW/glfw3.h>
#include <imgui_stdlib.h>

#include "app/gui/shell/buttons.hpp"
#include "app/gui/shell/caption.hpp"
#include "app/gui/shell/item_centre.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/util/text.hpp"

namespace hostspace::gui {
namespace {

void coloured_wrapped(const Fonts& fonts, ImU32 colour, const std::string& text, float width) {
    ImGui::PushFont(fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

// A field with its label on the left; true when Enter was pressed in it.
bool field(const char* label, const char* id, const char* hint, std::string& text,
           float label_width, float width, ImGuiInputTextFlags flags = 0) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    ImGui::SameLine(label_width);
    ImGui::SetNextItemWidth(width);
    return ImGui::InputTextWithHint(id, hint, &text, flags | ImGuiInputTextFlags_EnterReturnsTrue);
}

}  // namespace

std::string default_join_folder(const std::string& event) {
    return "~/sessions/" + sync::event_id_from(event);
}

void draw_join_card(const SessionController& controller, const Fonts& fonts, float inner,
                    float scale, JoinUiState& ui, JoinLayout& layout, FrameRequests& out) {
    const bool joining = controller.joining();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
    ImGui::PushFont(fonts.caption);
    ImGui::PushStyleColor(ImGuiCol_Text, colours::text_muted);
    ImGui::TextUnformatted(
        "For a co-host or table host: this laptop gets its own copy of a session another laptop "
        "shares through a sync server, and from then on both show the same board. Ask the host "
        "for the server, the event's name and the password (their Sync… dialog has them).");
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::PopTextWrapPos();
    ImGui::Spacing();

    const float left = ImGui::GetCursorPosX();
    const float label_width = 110 * scale;
    const float width = inner - label_width;
    bool enter = false;
    ImGui::BeginDisabled(joining);
    if (ui.focus_first) {
        ImGui::SetKeyboardFocusHere();
        ui.focus_first = false;
    }
    enter |= field("Server", "##join-server", "https://cloud.example.org/remote.php/dav/files/you/",
                   ui.server, label_width, width);
    layout.server = last_item_centre();
    enter |= field("Event", "##join-event", "cyp-board-2026", ui.event, label_width, width * 0.5f);
    layout.event = last_item_centre();
    enter |= field("User", "##join-user", "if the server asks for one", ui.user, label_width,
                   width * 0.4f);
    layout.user = last_item_centre();
    ImGui::SameLine();
    ImGui::TextUnformatted("Password");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(left + inner - ImGui::GetCursorPosX());
    enter |= ImGui::InputTextWithHint(
        "##join-password", "password", &ui.password,
        ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue);
    layout.password = last_item_centre();
    ImGui::Dummy(ImVec2(label_width - ImGui::GetStyle().ItemSpacing.x, 0));
    ImGui::SameLine();
    ImGui::Checkbox("Remember the password on this laptop (a file only you can read)",
                    &ui.remember_password);
    const std::string folder_hint = default_join_folder(
        trim_space(ui.event).empty() ? std::string("cyp-board-2026") : ui.event);
    enter |= field("Folder", "##join-folder", folder_hint.c_str(), ui.folder, label_width, width);
    layout.folder = last_item_centre();
    const bool clicked = primary_button(joining ? "Joining…" : "Join event");
    layout.join_button = last_item_centre();
    ImGui::EndDisabled();
    ImGui::SameLine(0, 16 * scale);
    ImGui::AlignTextToFramePadding();
    muted_caption(fonts, joining ? "fetching what the other laptops have shared…"
                                 : "Enter joins; Ctrl+J comes back here");

    if ((clicked || enter) && !joining) {
        JoinRequest request;
        request.settings.server_url = trim_space(ui.server);
        request.settings.event_id = trim_space(ui.event);
        request.settings.user = trim_space(ui.user);
        request.password = ui.password;
        request.remember_password = ui.remember_password;
        ui.error = sync::check_sync_settings(request.settings);
        if (ui.error.empty()) {
            const std::string folder = trim_space(ui.folder).empty()
                                           ? default_join_folder(request.settings.event_id)
                                           : trim_space(ui.folder);
            request.folder = expand_home(folder);
            out.join = request;
        }
    }
    const std::string& problem = !ui.error.empty() ? ui.error : controller.join_error();
    if (!problem.empty() && !joining) coloured_wrapped(fonts, colours::error_text, problem, inner);
}

}  // namespace hostspace::gui
