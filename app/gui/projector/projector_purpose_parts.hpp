#pragma once
// The pieces Purpose mode's screens share (projector_purpose_view.cpp draws the purpose,
// projector_principles_view.cpp the principles, actions and focus): the screen's frame, a
// header line, texts fitted together at one size, and lists of rows.
#include <imgui.h>

#include <string>
#include <vector>

#include "app/gui/projector/projector_text.hpp"
#include "app/gui/projector/projector_view.hpp"

namespace hostspace::gui {

// The screen's frame: margins as shares of its size, like Round mode's.
struct PurposeBox {
    ImVec2 min, max;
    float w() const { return max.x - min.x; }
    float h() const { return max.y - min.y; }
    float mx() const;
    float my() const;
    float left() const { return min.x + mx(); }
    float right() const { return max.x - mx(); }
    float top() const { return min.y + my(); }
    float bottom() const { return max.y - my(); }
    float inner_w() const { return right() - left(); }
    float centre_x() const { return (min.x + max.x) / 2; }
};

// A muted heading at the top left ("Our purpose: drafts") and, at the right, a count ("Drafts
// 5–6 of 6"), with a rule under them. Returns where the space below starts.
float draw_purpose_header(const ProjectorFrame& frame, ImDrawList* draw, const PurposeBox& box,
                          const std::string& heading, const std::string& count);

// A line at the bottom of the screen in the caption font, centred (a hint); returns its top.
float draw_purpose_hint(const ProjectorFrame& frame, ImDrawList* draw, const PurposeBox& box,
                        const std::string& hint);

// Each text fitted to its own box with `fonts` (largest first), then all of them drawn at the
// smallest size any of them needed, so texts side by side read as equals. A text that would
// not fit at that size (wrapping is not quite monotonic) keeps its own fit.
std::vector<TextBlock> fit_together(const std::vector<const std::string*>& texts,
                                    ImFont* const* fonts, int count,
                                    const std::vector<ImVec2>& boxes);

// One row of a list: a bold head ("Invite two young people...") and a smaller line under it
// ("Helen Marsh · by 31 January 2027"); `done` rows are drawn muted.
struct PurposeRow {
    std::string head;
    std::string body;
    bool body_muted = true;
    bool done = false;
};
// The rows in the box, largest size first down to what fits (never cut off); sets
// shown.text/text_px from the first row's head and shown.rows.
void draw_rows(const ProjectorFrame& frame, ImDrawList* draw, ImVec2 min, ImVec2 max,
               const std::vector<PurposeRow>& rows, ProjectorShown& shown);

// The calling question as Purpose mode has always shown it, with `hint` at the bottom: what
// the projector shows while the harvest has nothing for the choice.
ProjectorShown draw_calling_question(const ProjectorFrame& frame, ImDrawList* draw,
                                     const PurposeBox& box, const std::string& hint);

// projector_principles_view.cpp. Each falls back to the calling question when the harvest has
// nothing of its kind (a missing principle: the list).
ProjectorShown draw_principle_screen(const ProjectorFrame& frame, ImDrawList* draw,
                                     const PurposeBox& box);
ProjectorShown draw_principles_screen(const ProjectorFrame& frame, ImDrawList* draw,
                                      const PurposeBox& box);
ProjectorShown draw_actions_screen(const ProjectorFrame& frame, ImDrawList* draw,
                                   const PurposeBox& box);
ProjectorShown draw_focus_screen(const ProjectorFrame& frame, ImDrawList* draw,
                                 const PurposeBox& box);

// "26 November 2026" for "2026-11-26"; anything else as it is.
std::string long_date(const std::string& day);

}  // namespace hostspace::gui
