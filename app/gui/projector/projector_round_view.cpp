// Round mode: the round, its step, the question and a countdown the back row can read; while
// the timer is idle, what comes next.
#include <algorithm>
#include <cmath>

#include "app/gui/projector/projector_text.hpp"
#include "app/gui/projector/projector_view.hpp"
#include "core/timer/timer_display.hpp"

namespace hostspace::gui {
namespace {

// The screen's frame: margins and the gaps between its parts, as shares of its size.
struct Box {
    ImVec2 min, max;
    float w() const { return max.x - min.x; }
    float h() const { return max.y - min.y; }
    float mx() const { return std::round(w() * 0.055f); }
    float my() const { return std::round(h() * 0.05f); }
    float left() const { return min.x + mx(); }
    float right() const { return max.x - mx(); }
    float inner_w() const { return right() - left(); }
    float centre_x() const { return (min.x + max.x) / 2; }
};

struct Colours {
    ImU32 ink, muted, cue, bar;
};

Colours colours_for(const ProjectorPalette& p, const TimerReading& r, bool flash) {
    if (flash) return {p.flash_text, p.flash_text, p.flash_text, p.flash_text};
    switch (r.phase) {
        case TimerPhase::warning:
            return {p.text, p.text_muted, p.warning, p.warning};
        case TimerPhase::overtime:
            return {p.text, p.text_muted, p.overtime, p.overtime};
        case TimerPhase::paused:
            return {p.text, p.text_muted, p.text_muted, p.text_muted};
        default:
            return {p.text, p.text_muted, p.text, p.accent};
    }
}

const char* tone_of(const TimerReading& r, bool flash) {
    if (flash) return "flash";
    if (r.phase == TimerPhase::warning) return "amber";
    if (r.phase == TimerPhase::overtime) return "red";
    return "normal";
}

// "20 min", "1 h 30 min", "45 s".
std::string length_text(std::int64_t seconds) {
    if (seconds < 60) return std::to_string(seconds) + " s";
    const std::int64_t minutes = (seconds + 30) / 60;
    if (minutes < 60) return std::to_string(minutes) + " min";
    const std::int64_t rest = minutes % 60;
    return std::to_string(minutes / 60) + " h" + (rest ? " " + std::to_string(rest) + " min" : "");
}

// A rounded label at the top right ("Paused", "Time is up"); returns its left edge.
float draw_pill(ImDrawList* draw, const ProjectorFontSet& f, const Box& box, float top,
                const char* text, ImU32 fill, ImU32 ink) {
    ImFont* font = f.label_bold;
    const float size = font->FontSize;
    const float pad_x = size * 0.6f, pad_y = size * 0.2f;
    const float width = text_width(font, size, text) + 2 * pad_x;
    const ImVec2 a(box.right() - width, top), b(box.right(), top + size + 2 * pad_y);
    draw->AddRectFilled(a, b, fill, (b.y - a.y) / 2);
    draw->AddText(font, size, ImVec2(a.x + pad_x, a.y + pad_y), ink, text);
    return a.x;
}

// Title and step line at the top; returns where the space below them starts.
float draw_header(const ProjectorFrame& frame, ImDrawList* draw, const Box& box,
                  const TimerReading& r, const Colours& c, bool flash) {
    const ProjectorFontSet& f = *frame.fonts;
    const ProjectorPalette& p = *frame.palette;
    float y = box.min.y + box.my();
    float right = box.right();
    if (r.phase == TimerPhase::paused) {
        right =
            draw_pill(draw, f, box, y, "Paused", flash ? p.flash_background : p.plaque, c.muted);
    } else if (r.phase == TimerPhase::overtime && !flash) {
        right = draw_pill(draw, f, box, y, "Time is up", p.overtime, p.flash_text);
    }
    const float room = right - box.left() - (right < box.right() ? f.label->FontSize : 0);
    float size = 0;
    const std::string title = fit_line(r.round_title, f.title, room, 0.7f, size);
    draw->AddText(f.title, size, ImVec2(box.left(), y), c.ink, title.c_str());
    y += f.title->FontSize * 1.2f;

    std::string step;
    if (r.step_count > 1) {
        step = r.step_title + " · step " + std::to_string(r.step_index + 1) + " of " +
               std::to_string(r.step_count);
    } else if (r.step_title != r.round_title) {
        step = r.step_title;
    }
    if (!step.empty()) {
        const std::string line = fit_line(step, f.label, box.inner_w(), 0.8f, size);
        draw->AddText(f.label, size, ImVec2(box.left(), y), c.muted, line.c_str());
        y += f.label->FontSize * 1.3f;
    }
    return y;
}

// The speaker's name and own countdown, centred on one line, with its top at `top`.
void draw_speaker(const ProjectorFrame& frame, ImDrawList* draw, const Box& box, float top,
                  const TimerReading& r, const Colours& c, bool flash) {
    const ProjectorFontSet& f = *frame.fonts;
    ImFont* font = f.label_bold;
    const float size = font->FontSize;
    if (r.speaker_name.empty()) {
        const char* text = r.speaker_count == 0 ? "Talking piece" : "Everyone has spoken";
        draw->AddText(font, size, ImVec2(box.centre_x() - text_width(font, size, text) / 2, top),
                      c.muted, text);
        return;
    }
    const std::string count = format_countdown(r.speaker_seconds_remaining);
    const std::string lead = "Speaking: ";
    const std::string sep = "  ·  ";
    const float count_w = text_width(font, size, count), lead_w = text_width(font, size, lead),
                sep_w = text_width(font, size, sep);
    float name_size = size;
    const std::string name =
        fit_line(r.speaker_name, font, box.inner_w() - count_w - lead_w - sep_w, 0.8f, name_size);
    const float name_w = text_width(font, name_size, name);
    float x = box.centre_x() - (lead_w + name_w + sep_w + count_w) / 2;
    const ImU32 over = flash ? c.ink : frame.palette->overtime;
    draw->AddText(font, size, ImVec2(x, top), c.muted, lead.c_str());
    x += lead_w;
    draw->AddText(font, name_size, ImVec2(x, top), c.ink, name.c_str());
    x += name_w;
    draw->AddText(font, size, ImVec2(x, top), c.muted, sep.c_str());
    x += sep_w;
    draw->AddText(font, size, ImVec2(x, top), r.speaker_remaining_ms < 0 ? over : c.ink,
                  count.c_str());
}

// The question, as large as fits between `top` and `bottom`, centred in that space.
void draw_question(const ProjectorFrame& frame, ImDrawList* draw, const Box& box, float top,
                   float bottom, const std::string& question, ImU32 ink) {
    if (question.empty() || bottom <= top) return;
    const ImVec2 room(box.inner_w(), bottom - top);
    const TextBlock block = fit_text(question, frame.fonts->question, kQuestionSizes, room);
    const float y = top + std::max(0.0f, (room.y - block.height) / 2);
    draw_text_block(draw, block, box.centre_x(), std::round(y), true, ink);
}

ProjectorShown draw_countdown_screen(const ProjectorFrame& frame, ImDrawList* draw, const Box& box,
                                     const TimerReading& r) {
    const ProjectorFontSet& f = *frame.fonts;
    const ProjectorPalette& p = *frame.palette;
    const bool flash = zero_flash_bright(r);
    const Colours c = colours_for(p, r, flash);
    if (flash) draw->AddRectFilled(box.min, box.max, p.flash_background);
    if (!flash && (r.phase == TimerPhase::warning || r.phase == TimerPhase::overtime)) {
        // The whole screen's edge takes the cue's colour, seen even by those not reading.
        const float t = std::max(4.0f, std::round(box.h() * 0.014f));
        draw->AddRect(ImVec2(box.min.x + t / 2, box.min.y + t / 2),
                      ImVec2(box.max.x - t / 2, box.max.y - t / 2), c.cue, 0, 0, t);
    }

    ProjectorShown shown;
    shown.phase = r.phase;
    shown.screen = "countdown";
    shown.tone = tone_of(r, flash);
    shown.countdown = format_countdown(r.seconds_remaining);

    const float header_bottom = draw_header(frame, draw, box, r, c, flash);
    const float gap = std::round(box.h() * 0.03f);

    // From the bottom up: progress bar, speaker line, countdown.
    const float bar_h = std::max(4.0f, std::round(box.h() * 0.016f));
    const float bar_top = box.max.y - box.my() - bar_h;
    draw->AddRectFilled(ImVec2(box.left(), bar_top), ImVec2(box.right(), bar_top + bar_h),
                        flash ? p.flash_background : p.rule, bar_h / 2);
    // Moved on with the countdown's seconds and whole pixels, so the picture changes only on
    // the timer's ticks and the loop can sleep in between.
    const float filled =
        box.left() + std::round(box.inner_w() * static_cast<float>(shown_progress(r)));
    if (filled > box.left()) {
        draw->AddRectFilled(ImVec2(box.left(), bar_top), ImVec2(filled, bar_top + bar_h), c.bar,
                            bar_h / 2);
    }
    float above = bar_top - gap;
    if (r.talking_piece) {
        above -= f.label_bold->FontSize;
        draw_speaker(frame, draw, box, above, r, c, flash);
        above -= gap;
    }

    // The digits' ink is kDigitsShare of the height, narrower windows permitting; the font
    // was built for that, so this scales it by a few percent at most.
    const float ink_wanted = box.h() * kDigitsShare;
    float size = ink_wanted / f.digit_ink;
    // The digits may reach nearer the edges than the text: a long overtime ("+1:02:03") on
    // a 4:3 screen still keeps them a fifth of its height.
    const float room = box.w() * 0.94f;
    const float width = text_width(f.digits, size, shown.countdown);
    if (width > room) size *= room / width;
    const ImFontGlyph* zero = f.digits->FindGlyphNoFallback('0');
    const float scale = size / f.digits->FontSize;
    const float ink_top_offset = zero ? zero->Y0 * scale : 0;
    const float ink_height = zero ? (zero->Y1 - zero->Y0) * scale : size * f.digit_ink;
    const float ink_top = above - ink_height;
    const float digits_x = box.centre_x() - text_width(f.digits, size, shown.countdown) / 2;
    draw->AddText(f.digits, size,
                  ImVec2(std::round(digits_x), std::round(ink_top - ink_top_offset)), c.cue,
                  shown.countdown.c_str());
    shown.digits_px = ink_height;

    draw_question(frame, draw, box, header_bottom + gap, ink_top - gap * 1.5f, r.question, c.ink);
    return shown;
}

const Round* round_up_next(const ProjectorFrame& frame) {
    const Agenda& agenda = frame.session->agenda;
    const Round* chosen = agenda.find_round(frame.next_round_id);
    if (chosen && !chosen->removed.value) return chosen;
    const auto rounds = rounds_in_order(agenda);
    return rounds.empty() ? nullptr : rounds.front();
}

// A short line above (muted), a headline and a question under it, as one block a little
// above the middle of the space from `top` down; the question takes what room is left.
void draw_headline(const ProjectorFrame& frame, ImDrawList* draw, const Box& box, float top,
                   const std::string& kicker, const std::string& headline,
                   const std::string& question) {
    const ProjectorFontSet& f = *frame.fonts;
    const ProjectorPalette& p = *frame.palette;
    const float bottom = box.max.y - box.my();
    const float kicker_h = kicker.empty() ? 0 : f.label->FontSize * 1.5f;
    const float headline_h = headline.empty() ? 0 : f.display->FontSize * 1.6f;
    TextBlock block;
    if (!question.empty()) {
        const ImVec2 room(box.inner_w(), bottom - top - kicker_h - headline_h);
        block = fit_text(question, f.question, kQuestionSizes, room);
    }
    const float spare = bottom - top - (kicker_h + headline_h + block.height);
    float y = std::round(top + std::max(0.0f, spare * 0.4f));
    float size = 0;
    if (!kicker.empty()) {
        const std::string line = fit_line(kicker, f.label, box.inner_w(), 0.8f, size);
        draw->AddText(f.label, size,
                      ImVec2(box.centre_x() - text_width(f.label, size, line) / 2, y), p.text_muted,
                      line.c_str());
        y += kicker_h;
    }
    if (!headline.empty()) {
        const std::string line = fit_line(headline, f.display, box.inner_w(), 0.6f, size);
        draw->AddText(f.display, size,
                      ImVec2(box.centre_x() - text_width(f.display, size, line) / 2, y), p.text,
                      line.c_str());
        y += headline_h;
    }
    if (!block.lines.empty()) draw_text_block(draw, block, box.centre_x(), y, true, p.text);
}

ProjectorShown draw_idle_screen(const ProjectorFrame& frame, ImDrawList* draw, const Box& box) {
    const ProjectorFontSet& f = *frame.fonts;
    const Meta& meta = frame.session->meta;
    ProjectorShown shown;
    shown.tone = "normal";
    const Round* next = round_up_next(frame);
    if (!next) {
        // Nothing planned yet: what the session is for.
        shown.screen = "session";
        draw_headline(frame, draw, box, box.min.y + box.my(), "", meta.title.value,
                      meta.question.value);
        return shown;
    }
    shown.screen = "up-next";
    float y = box.min.y + box.my();
    if (!meta.title.value.empty()) {
        float size = 0;
        const std::string title =
            fit_line(meta.title.value, f.label_bold, box.inner_w(), 0.8f, size);
        draw->AddText(f.label_bold, size, ImVec2(box.left(), y), frame.palette->text_muted,
                      title.c_str());
        y += f.label_bold->FontSize * 1.2f;
    }
    const std::string& question =
        next->question.value.empty() ? meta.question.value : next->question.value;
    draw_headline(frame, draw, box, y + box.h() * 0.04f,
                  "Up next  ·  " + length_text(round_duration_s(*next)), next->title.value,
                  question);
    return shown;
}

}  // namespace

ProjectorShown draw_round_screen(const ProjectorFrame& frame, ImDrawList* draw, ImVec2 min,
                                 ImVec2 max) {
    const Box box{min, max};
    const TimerReading reading = read_timer(*frame.session, frame.now_ms);
    ProjectorShown shown = reading.phase == TimerPhase::idle
                               ? draw_idle_screen(frame, draw, box)
                               : draw_countdown_screen(frame, draw, box, reading);
    shown.phase = reading.phase;
    return shown;
}

}  // namespace hostspace::gui
