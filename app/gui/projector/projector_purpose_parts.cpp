#include "app/gui/projector/projector_purpose_parts.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace hostspace::gui {
namespace {

constexpr float kShrinkStep = 0.88f;
constexpr float kFloorPx = 8;

// The built font nearest above `size` (drawn a little smaller: crisp), else the largest.
ImFont* font_for(std::initializer_list<ImFont*> fonts, float size) {
    ImFont* best = nullptr;
    ImFont* largest = nullptr;
    for (ImFont* font : fonts) {
        if (!largest || font->FontSize > largest->FontSize) largest = font;
        if (font->FontSize >= size && (!best || font->FontSize < best->FontSize)) best = font;
    }
    return best ? best : largest;
}

}  // namespace

float PurposeBox::mx() const {
    return std::round(w() * 0.055f);
}

float PurposeBox::my() const {
    return std::round(h() * 0.05f);
}

float draw_purpose_header(const ProjectorFrame& frame, ImDrawList* draw, const PurposeBox& box,
                          const std::string& heading, const std::string& count) {
    const ProjectorFontSet& f = *frame.fonts;
    const ProjectorPalette& p = *frame.palette;
    float y = box.top();
    float right = box.right();
    float size = 0;
    if (!count.empty()) {
        const std::string line = fit_line(count, f.label, box.inner_w() * 0.4f, 0.7f, size);
        right -= text_width(f.label, size, line);
        draw_text(draw, f.label, size,
                  ImVec2(std::round(right), y + f.label_bold->FontSize - f.label->FontSize),
                  p.text_muted, line.c_str());
        right -= f.label->FontSize;
    }
    const std::string line = fit_line(heading, f.label_bold, right - box.left(), 0.7f, size);
    draw_text(draw, f.label_bold, size, ImVec2(box.left(), y), p.text_muted, line.c_str());
    y += f.label_bold->FontSize * 1.35f;
    const float rule_h = std::max(1.0f, std::round(box.h() * 0.003f));
    draw->AddRectFilled(ImVec2(box.left(), y), ImVec2(box.right(), y + rule_h), p.rule);
    return y + rule_h + std::round(box.h() * 0.035f);
}

float draw_purpose_hint(const ProjectorFrame& frame, ImDrawList* draw, const PurposeBox& box,
                        const std::string& hint) {
    const ProjectorFontSet& f = *frame.fonts;
    const float top = box.bottom() - f.caption->FontSize;
    float size = 0;
    const std::string line = fit_line(hint, f.caption, box.inner_w(), 0.8f, size);
    draw_text(draw, f.caption, size,
              ImVec2(std::round(box.centre_x() - text_width(f.caption, size, line) / 2), top),
              frame.palette->text_muted, line.c_str());
    return top;
}

std::vector<TextBlock> fit_together(const std::vector<const std::string*>& texts,
                                    ImFont* const* fonts, int count,
                                    const std::vector<ImVec2>& boxes) {
    std::vector<TextBlock> blocks;
    const TextBlock* smallest = nullptr;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        blocks.push_back(fit_text(*texts[i], fonts, count, boxes[i]));
    }
    for (const TextBlock& block : blocks) {
        if (!smallest || block.size < smallest->size) smallest = &block;
    }
    if (!smallest) return blocks;
    ImFont* const font = smallest->font;
    const float size = smallest->size;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (blocks[i].size == size && blocks[i].font == font) continue;
        TextBlock same = wrap_text(*texts[i], font, size, boxes[i].x);
        if (same.height <= boxes[i].y && same.width <= boxes[i].x) blocks[i] = std::move(same);
    }
    return blocks;
}

void draw_rows(const ProjectorFrame& frame, ImDrawList* draw, ImVec2 min, ImVec2 max,
               const std::vector<PurposeRow>& rows, ProjectorShown& shown) {
    const ProjectorFontSet& f = *frame.fonts;
    const ProjectorPalette& p = *frame.palette;
    const float width = max.x - min.x, height = max.y - min.y;
    shown.rows = static_cast<int>(rows.size());
    if (rows.empty() || width <= 0 || height <= 0) return;
    // The heads at the question's sizes, largest first, then smaller until every row fits.
    std::vector<float> sizes;
    for (ImFont* font : f.question) sizes.push_back(font->FontSize);
    for (float s = sizes.back() * kShrinkStep; s >= kFloorPx; s *= kShrinkStep) sizes.push_back(s);
    std::vector<TextBlock> heads, bodies;
    float gap = 0;
    for (const float size : sizes) {
        const float body_size = std::round(size * 0.8f);
        ImFont* head_font = font_for({f.display, f.title, f.label_bold}, size);
        ImFont* body_font = font_for({f.question[0], f.question[1], f.question[2], f.question[3],
                                      f.question[4], f.question[5], f.label, f.caption},
                                     body_size);
        heads.clear();
        bodies.clear();
        gap = std::round(size * 0.6f);
        float total = 0, widest = 0;
        for (const PurposeRow& row : rows) {
            heads.push_back(wrap_text(row.head, head_font, size, width));
            bodies.push_back(row.body.empty() ? TextBlock{}
                                              : wrap_text(row.body, body_font, body_size, width));
            total += heads.back().height + bodies.back().height + gap;
            widest = std::max({widest, heads.back().width, bodies.back().width});
        }
        total -= gap;
        if (total <= height && widest <= width) break;
    }
    float y = min.y;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ImU32 head_colour = rows[i].done ? p.text_muted : p.text;
        draw_text_block(draw, heads[i], min.x, std::round(y), false, head_colour);
        y += heads[i].height;
        if (!bodies[i].lines.empty()) {
            draw_text_block(draw, bodies[i], min.x, std::round(y), false,
                            rows[i].body_muted || rows[i].done ? p.text_muted : p.text);
            y += bodies[i].height;
        }
        y += gap;
    }
    shown.text = rows.front().head;
    shown.text_px = heads.front().size;
}

ProjectorShown draw_calling_question(const ProjectorFrame& frame, ImDrawList* draw,
                                     const PurposeBox& box, const std::string& hint) {
    const ProjectorFontSet& f = *frame.fonts;
    const ProjectorPalette& p = *frame.palette;
    ProjectorShown shown;
    shown.screen = "calling-question";
    shown.harvest = "question";
    const float w = box.w(), h = box.h();
    const float mx = std::round(w * 0.07f), my = std::round(h * 0.07f);
    const float centre_x = box.centre_x();
    const float width = w - 2 * mx;
    float y = box.min.y + my;
    float size = 0;
    std::string line = fit_line("Our calling question", f.title, width, 0.7f, size);
    draw_text(draw, f.title, size,
              ImVec2(std::round(centre_x - text_width(f.title, size, line) / 2), y), p.text_muted,
              line.c_str());
    y += f.title->FontSize * 1.3f;
    const float rule_w = std::min(w * 0.12f, f.title->FontSize * 3);
    const float rule_h = std::max(2.0f, std::round(h * 0.005f));
    draw->AddRectFilled(ImVec2(centre_x - rule_w / 2, y), ImVec2(centre_x + rule_w / 2, y + rule_h),
                        p.accent);
    y += rule_h + h * 0.05f;

    const float hint_top = box.max.y - my - f.caption->FontSize;
    line = fit_line(hint, f.caption, width, 0.8f, size);
    draw_text(draw, f.caption, size,
              ImVec2(std::round(centre_x - text_width(f.caption, size, line) / 2), hint_top),
              p.text_muted, line.c_str());
    const std::string& question = frame.session->meta.question.value;
    const ImVec2 room(width, hint_top - h * 0.04f - y);
    if (question.empty()) {
        shown.screen = "no-calling-question";
        line = fit_line("No calling question yet", f.label, width, 0.8f, size);
        draw_text(draw, f.label, size,
                  ImVec2(std::round(centre_x - text_width(f.label, size, line) / 2),
                         y + room.y / 2 - f.label->FontSize),
                  p.text_muted, line.c_str());
        return shown;
    }
    const TextBlock block = fit_text(question, f.question, kQuestionSizes, room);
    draw_text_block(draw, block, centre_x,
                    std::round(y + std::max(0.0f, (room.y - block.height) / 2)), true, p.text);
    shown.text = question;
    shown.text_px = block.size;
    return shown;
}

std::string long_date(const std::string& day) {
    static const char* const kMonths[] = {"January",   "February", "March",    "April",
                                          "May",       "June",     "July",     "August",
                                          "September", "October",  "November", "December"};
    int year = 0, month = 0, date = 0;
    char tail = 0;
    if (day.size() != 10 ||
        std::sscanf(day.c_str(), "%4d-%2d-%2d%c", &year, &month, &date, &tail) != 3 || month < 1 ||
        month > 12 || date < 1 || date > 31) {
        return day;
    }
    return std::to_string(date) + " " + kMonths[month - 1] + " " + std::to_string(year);
}

}  // namespace hostspace::gui
