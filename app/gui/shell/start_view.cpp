#include "app/gui/shell/start_view.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "app/gui/shell/session_controller.hpp"
#include "app/gui/shell/status_view.hpp"
#include "app/gui/shell/theme.hpp"

namespace hostspace::gui {
namespace {

// A white card behind whatever is drawn between begin_card and end_card.
void begin_card(float padding) {
    ImGui::GetWindowDrawList()->ChannelsSplit(2);
    ImGui::GetWindowDrawList()->ChannelsSetCurrent(1);
    ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + padding, ImGui::GetCursorPosY() + padding));
    ImGui::BeginGroup();
}

void end_card(float padding, float width) {
    ImGui::EndGroup();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 a(ImGui::GetItemRectMin().x - padding, ImGui::GetItemRectMin().y - padding);
    const ImVec2 b(a.x + width, ImGui::GetItemRectMax().y + padding);
    draw->ChannelsSetCurrent(0);
    draw->AddRectFilled(ImVec2(a.x, a.y + 2), ImVec2(b.x, b.y + 2), colours::shadow, 10);
    draw->AddRectFilled(a, b, colours::rgb(0xFFFFFF), 10);
    draw->AddRect(a, b, colours::board_edge, 10);
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

void open_card(const std::vector<std::filesystem::path>& recent, const Fonts& fonts, float inner,
               StartUiState& ui, FrameRequests& out) {
    section_title(fonts, "Open a session");
    const float button = ImGui::CalcTextSize("Open").x + 2 * ImGui::GetStyle().FramePadding.x;
    ImGui::SetNextItemWidth(inner - button - ImGui::GetStyle().ItemSpacing.x);
    const bool entered =
        ImGui::InputTextWithHint("##open-path", "~/sessions/away-day.hostspace", &ui.open_path,
                                 ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    ImGui::BeginDisabled(ui.open_path.empty());
    if ((ImGui::Button("Open") || entered) && !ui.open_path.empty()) {
        out.open = OpenRequest{expand_home(ui.open_path), false, ""};
    }
    ImGui::EndDisabled();

    ImGui::Spacing();
    section_title(fonts, "Recent sessions");
    if (recent.empty()) muted(fonts, "Sessions you open or create will be listed here.");
    for (const auto& folder : recent) {
        ImGui::PushID(folder.string().c_str());
        const float row = fonts.body->FontSize + fonts.caption->FontSize + 14;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (ImGui::Selectable("##recent", false, 0, ImVec2(inner, row))) {
            out.open = OpenRequest{folder, false, ""};
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", folder.string().c_str());
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const std::string name = folder.stem().string();
        const std::string where = folder.parent_path().string();
        draw->AddText(fonts.body, fonts.body->FontSize, ImVec2(at.x + 8, at.y + 5), colours::text,
                      name.c_str());
        draw->AddText(fonts.caption, fonts.caption->FontSize,
                      ImVec2(at.x + 8, at.y + 8 + fonts.body->FontSize), colours::text_muted,
                      where.c_str());
        ImGui::PopID();
    }
}

void create_card(const Fonts& fonts, float inner, StartUiState& ui, FrameRequests& out) {
    section_title(fonts, "Start a new session");
    muted(fonts, "Title");
    ImGui::SetNextItemWidth(inner);
    ImGui::InputTextWithHint("##create-title", "Children's partnership board away day",
                             &ui.create_title);
    muted(fonts, "Folder for the session (created if missing; .hostspace is added)");
    ImGui::SetNextItemWidth(inner);
    const bool entered =
        ImGui::InputTextWithHint("##create-path", "~/sessions/away-day", &ui.create_path,
                                 ImGuiInputTextFlags_EnterReturnsTrue);
    const bool ready = !ui.create_title.empty() && !ui.create_path.empty();
    ImGui::BeginDisabled(!ready);
    if ((ImGui::Button("Create session") || entered) && ready) {
        out.open = OpenRequest{expand_home(ui.create_path), true, ui.create_title};
    }
    ImGui::EndDisabled();
}

}  // namespace

void draw_start_view(const std::vector<std::filesystem::path>& recent, const std::string& message,
                     const Fonts& fonts, float scale, StartUiState& ui, FrameRequests& out) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::min(avail, 760 * scale);
    const float padding = 24 * scale;
    const float left = ImGui::GetCursorPosX() + (avail - width) / 2;

    ImGui::SetCursorPos(ImVec2(left, ImGui::GetCursorPosY() + 40 * scale));
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted("hostspace");
    ImGui::PopFont();
    ImGui::SetCursorPosX(left);
    muted(fonts,
          "A sticky-note board for hosted conversations. Every change is saved as you make it.");
    ImGui::Dummy(ImVec2(0, 12 * scale));

    if (!message.empty()) {
        ImGui::SetCursorPosX(left);
        draw_banner(message, true, fonts, out, width);
        ImGui::Dummy(ImVec2(0, 4 * scale));
    }
    const float inner = width - 2 * padding;
    ImGui::SetCursorPosX(left);
    begin_card(padding);
    open_card(recent, fonts, inner, ui, out);
    end_card(padding, width);
    ImGui::Dummy(ImVec2(0, 16 * scale));
    ImGui::SetCursorPosX(left);
    begin_card(padding);
    create_card(fonts, inner, ui, out);
    end_card(padding, width);
}

}  // namespace hostspace::gui
