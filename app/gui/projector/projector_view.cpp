// The projector's picture: one borderless window over the display, painted by hand (no
// widgets: nothing on it is clicked), in the mode the facilitator picked.
#include "app/gui/projector/projector_view.hpp"

#include <algorithm>
#include <cmath>

#include "app/gui/projector/projector_text.hpp"

namespace hostspace::gui {
namespace {

void draw_centred_line(ImDrawList* draw, ImFont* font, float centre_x, float top, float width,
                       float min_share, const std::string& text, ImU32 colour) {
    float size = 0;
    const std::string line = fit_line(text, font, width, min_share, size);
    draw_text(draw, font, size,
              ImVec2(std::round(centre_x - text_width(font, size, line) / 2), top), colour,
              line.c_str());
}

ProjectorShown draw_no_session(const ProjectorFrame& frame, ImDrawList* draw, ImVec2 min,
                               ImVec2 max) {
    ProjectorShown shown;
    shown.screen = "no-session";
    shown.tone = "normal";
    draw_plaque(frame, draw, min, max, "", "hostspace", "No session is open");
    return shown;
}

}  // namespace

void draw_plaque(const ProjectorFrame& frame, ImDrawList* draw, ImVec2 min, ImVec2 max,
                 const std::string& above, const std::string& main, const std::string& below) {
    const ProjectorFontSet& f = *frame.fonts;
    const ProjectorPalette& p = *frame.palette;
    const float w = max.x - min.x, h = max.y - min.y;
    const float plaque_w = std::round(w * 0.7f);
    const float pad_x = std::round(plaque_w * 0.06f), pad_y = std::round(h * 0.06f);
    const float inner = plaque_w - 2 * pad_x;
    const float line_gap = f.label->FontSize * 0.6f;
    float content = f.display->FontSize;
    if (!above.empty()) content += f.label_bold->FontSize + line_gap;
    if (!below.empty()) content += f.label->FontSize + line_gap;
    const float plaque_h = content + 2 * pad_y;
    const ImVec2 a(std::round((min.x + max.x - plaque_w) / 2),
                   std::round((min.y + max.y - plaque_h) / 2));
    const ImVec2 b(a.x + plaque_w, a.y + plaque_h);
    const float rounding = h * 0.02f;
    draw->AddRectFilled(a, b, p.plaque, rounding);
    draw->AddRect(a, b, p.rule, rounding, 0, std::max(1.0f, h * 0.002f));
    const float centre_x = (a.x + b.x) / 2;
    float y = a.y + pad_y;
    if (!above.empty()) {
        draw_centred_line(draw, f.label_bold, centre_x, y, inner, 0.7f, above, p.text_muted);
        y += f.label_bold->FontSize + line_gap;
    }
    draw_centred_line(draw, f.display, centre_x, y, inner, 0.6f, main, p.text);
    y += f.display->FontSize + line_gap;
    if (!below.empty())
        draw_centred_line(draw, f.label, centre_x, y, inner, 0.7f, below, p.text_muted);
}

ProjectorShown draw_projector(const ProjectorFrame& frame) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs |
                                   ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBackground |
                                   ImGuiWindowFlags_NoFocusOnAppearing;
    ImGui::Begin("projector", nullptr, flags);
    ImGui::PopStyleVar(2);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 min(0, 0), max = io.DisplaySize;
    draw->AddRectFilled(min, max, frame.palette->background);

    ProjectorShown shown;
    if (!frame.session) {
        shown = draw_no_session(frame, draw, min, max);
    } else if (frame.mode == ProjectorMode::board) {
        shown = draw_board_screen(frame, draw, min, max);
    } else if (frame.mode == ProjectorMode::votes) {
        shown = draw_votes_screen(frame, draw, min, max);
    } else if (frame.mode == ProjectorMode::purpose) {
        shown = draw_purpose_screen(frame, draw, min, max);
    } else {
        shown = draw_round_screen(frame, draw, min, max);
    }
    shown.mode = frame.mode;
    // The timer's phase whatever the mode shows: the log tells a running round from an idle one.
    if (frame.session) shown.phase = read_timer(*frame.session, frame.now_ms).phase;
    ImGui::End();
    return shown;
}

}  // namespace hostspace::gui
