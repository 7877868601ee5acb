// Round mode: the round, its step, the question and a countdown the back row can read; while
// the timer is idle, what comes next.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "app/gui/projector/projector_text.hpp"
#include "app/gui/projector/projector_view.hpp"
#include "core/timer/talking_piece.hpp"
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

// A rounded label at the top right ("Time is up"); returns its left edge.
float draw_pill(ImDrawList* draw, const ProjectorFontSet& f, const Box& box, float top,
                const char* text, ImU32 fill, ImU32 ink) {
    ImFont* font = f.label_bold;
    const float size = font->FontSize;
    const float pad_x = size * 0.6f, pad_y = size * 0.2f;
    const float width = text_width(font, size, text) + 2 * pad_x;
    const ImVec2 a(box.right() - width, top), b(box.right(), top + size + 2 * pad_y);
    draw->AddRectFilled(a, b, fill, (b.y - a.y) / 2);
    draw_text(draw, font, size, ImVec2(a.x + pad_x, a.y + pad_y), ink, text);
    return a.x;
}

// Title and step line at the top; returns where the space below them starts.
float draw_header(const ProjectorFrame& frame, ImDrawList* draw, const Box& box,
                  const TimerReading& r, const Colours& c, bool flash) {
    const ProjectorFontSet& f = *frame.fonts;
    const ProjectorPalette& p = *frame.palette;
    float y = box.min.y + box.my();
    float right = box.right();
    if (r.phase == TimerPhase::overtime && !flash) {
        right = draw_pill(draw, f, box, y, "Time is up", p.overtime, p.flash_text);
    }
    const float room = right - box.left() - (right < box.right() ? f.label->FontSize : 0);
    float size = 0;
    const std::string title = fit_line(r.round_title, f.title, room, 0.7f, size);
    draw_text(draw, f.title, size, ImVec2(box.left(), y), c.ink, title.c_str());
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
        draw_text(draw, f.label, size, ImVec2(box.left(), y), c.muted, line.c_str());
        y += f.label->FontSize * 1.3f;
    }
    return y;
}

// "Everyone has spoken" (or, with no list, what the piece is) on one line with its top at `top`.
void draw_circle_note(const ProjectorFrame& frame, ImDrawList* draw, const Box& box, float top,
                      const char* text, ImU32 colour) {
    ImFont* font = frame.fonts->label_bold;
    const float size = font->FontSize;
    draw_text(draw, font, size, ImVec2(box.centre_x() - text_width(font, size, text) / 2, top),
              colour, text);
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

struct Ink {
    float top = 0, height = 0;
};

// A countdown in the digits font, its ink's bottom at `bottom`, its ink kDigitsShare of the
// screen's height (narrower screens permitting). Hollow (an outline) while the timer is paused,
// so a stopped clock does not read as a running one even where the banner is not looked at.
Ink draw_digits(const ProjectorFrame& frame, ImDrawList* draw, const Box& box, float bottom,
                const std::string& text, ImU32 colour, bool hollow) {
    const ProjectorFontSet& f = *frame.fonts;
    // The font was built for this height, so this scales it by a few percent at most.
    float size = box.h() * kDigitsShare / f.digit_ink;
    // The digits may reach nearer the edges than the text: a long overtime ("+1:02:03") on
    // a 4:3 screen still keeps them a fifth of its height.
    const float room = box.w() * 0.94f;
    const float width = text_width(f.digits, size, text);
    if (width > room) size *= room / width;
    const ImFontGlyph* zero = f.digits->FindGlyphNoFallback('0');
    const float scale = size / f.digits->FontSize;
    const float ink_top_offset = zero ? zero->Y0 * scale : 0;
    Ink ink;
    ink.height = zero ? (zero->Y1 - zero->Y0) * scale : size * f.digit_ink;
    ink.top = bottom - ink.height;
    const ImVec2 at(std::round(box.centre_x() - text_width(f.digits, size, text) / 2),
                    std::round(ink.top - ink_top_offset));
    const char* begin = text.c_str();
    const char* end = begin + text.size();
    if (hollow) {
        // Eight copies around the place make the outline; the ground colour inside hollows it.
        const float t = std::max(2.0f, std::round(ink.height * 0.035f));
        const float d = std::round(t * 0.7071f);
        const ImVec2 around[] = {{-t, 0},  {t, 0},  {0, -t}, {0, t},
                                 {-d, -d}, {d, -d}, {-d, d}, {d, d}};
        for (const ImVec2& o : around) {
            draw_text(draw, f.digits, size, ImVec2(at.x + o.x, at.y + o.y), colour, begin, end);
        }
        draw_text(draw, f.digits, size, at, frame.palette->background, begin, end);
    } else {
        draw_text(draw, f.digits, size, at, colour, begin, end);
    }
    return ink;
}

// PAUSED in capitals a tenth of the screen tall, on a band across the whole width in the
// theme's text colour (black on the white theme, near-white on the dark one): seen from the
// back of the room, whatever else is on the screen. The band's top at `top`; returns its height
// and sets the capitals' height in `shown`.
float draw_paused_banner(const ProjectorFrame& frame, ImDrawList* draw, const Box& box, float top,
                         ProjectorShown& shown) {
    const ProjectorFontSet& f = *frame.fonts;
    const ProjectorPalette& p = *frame.palette;
    const char* text = "PAUSED";
    // Sized by the capitals' own ink: the banner font's P, not the digits' share of the size.
    const ImFontGlyph* cap = f.banner->FindGlyphNoFallback('P');
    const float cap_share =
        cap && cap->Y1 > cap->Y0 ? (cap->Y1 - cap->Y0) / f.banner->FontSize : f.digit_ink;
    float size = std::ceil(box.h() * kBannerCapsShare) / cap_share;
    const float room = box.w() * 0.9f;
    if (text_width(f.banner, size, text) > room) size *= room / text_width(f.banner, size, text);
    const float scale = size / f.banner->FontSize;
    const float caps = cap ? (cap->Y1 - cap->Y0) * scale : size * f.digit_ink;
    const float pad = std::round(caps * 0.45f);
    const float band = std::round(caps + 2 * pad);
    draw->AddRectFilled(ImVec2(box.min.x, top), ImVec2(box.max.x, top + band), p.text);
    const float ink_top = top + pad;
    const float y = std::round(ink_top - (cap ? cap->Y0 * scale : 0));
    // Spaced a little: capitals read better from afar with air between them.
    const float spacing = std::round(caps * 0.12f);
    float x = std::round(box.centre_x() - (text_width(f.banner, size, text) +
                                           spacing * static_cast<float>(std::strlen(text) - 1)) /
                                              2);
    for (const char* c = text; *c; ++c) {
        draw_text(draw, f.banner, size, ImVec2(x, y), p.background, c, c + 1);
        x += text_width(f.banner, size, std::string(1, *c)) + spacing;
    }
    shown.paused_label_px = caps;
    return band;
}

// Whose turn it is: the participant's name, or "Speaker 3" in a circle without a list.
std::string speaker_label(const TimerReading& r) {
    if (!r.speaker_name.empty()) return r.speaker_name;
    return "Speaker " + std::to_string(r.speaker_index + 1);
}

// The talking piece has a turn to show: someone holds it (or, without a list, a speaker is
// being counted). Not once everyone on the list has spoken.
bool speaker_has_turn(const TimerReading& r) {
    return r.talking_piece && (r.speaker_count == 0 || !r.speaker_name.empty());
}

// The step's time as one line ("Step time  24:12"), centred with its top at `top`, in the
// cue's colour; returns the digits' ink height.
float draw_step_line(const ProjectorFrame& frame, ImDrawList* draw, const Box& box, float top,
                     const TimerReading& r, const std::string& countdown, const Colours& c) {
    const ProjectorFontSet& f = *frame.fonts;
    const std::string lead = r.step_count > 1 ? "Step time  " : "Round time  ";
    float size = f.title->FontSize;
    const float lead_w = text_width(f.label_bold, f.label_bold->FontSize, lead);
    const float count_w = text_width(f.title, size, countdown);
    const float x = std::round(box.centre_x() - (lead_w + count_w) / 2);
    const float lead_top = top + (size - f.label_bold->FontSize) * 0.75f;
    draw_text(draw, f.label_bold, f.label_bold->FontSize, ImVec2(x, std::round(lead_top)), c.muted,
              lead.c_str());
    draw_text(draw, f.title, size, ImVec2(x + lead_w, top), c.cue, countdown.c_str());
    const ImFontGlyph* zero = f.title->FindGlyphNoFallback('0');
    return zero ? (zero->Y1 - zero->Y0) : size * f.digit_ink;
}

ProjectorShown draw_countdown_screen(const ProjectorFrame& frame, ImDrawList* draw, const Box& box,
                                     const TimerReading& r) {
    const ProjectorFontSet& f = *frame.fonts;
    const ProjectorPalette& p = *frame.palette;
    const bool flash = zero_flash_bright(r);
    const bool paused = r.phase == TimerPhase::paused;
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

    float header_bottom = draw_header(frame, draw, box, r, c, flash);
    const float gap = std::round(box.h() * 0.03f);
    if (paused) header_bottom += draw_paused_banner(frame, draw, box, header_bottom, shown);

    // From the bottom up: progress bar, then the countdowns, the question in what is left.
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
    float question_bottom = 0;
    if (speaker_has_turn(r)) {
        // The room watches the speaker's own time, large; the step's time is the line below.
        above -= f.title->FontSize;
        shown.digits_px = draw_step_line(frame, draw, box, above, r, shown.countdown, c);
        above -= gap;
        shown.speaker = speaker_label(r);
        shown.speaker_countdown = format_countdown(r.speaker_seconds_remaining);
        const bool over = r.speaker_remaining_ms < 0;
        const ImU32 colour = flash ? c.ink : over ? p.overtime : paused ? p.text : c.ink;
        const Ink ink =
            draw_digits(frame, draw, box, above, shown.speaker_countdown, colour, paused);
        shown.speaker_digits_px = ink.height;
        // The speaker's name just above their time, with where they are in the circle.
        std::string name = shown.speaker;
        if (r.speaker_count > 0) {
            name += "  ·  " + std::to_string(r.speaker_index + 1) + " of " +
                    std::to_string(r.speaker_count);
        }
        float size = 0;
        const std::string line = fit_line(name, f.title, box.inner_w(), 0.6f, size);
        const float name_top = std::round(ink.top - gap * 0.7f - size);
        draw_text(
            draw, f.title, size,
            ImVec2(std::round(box.centre_x() - text_width(f.title, size, line) / 2), name_top),
            c.ink, line.c_str());
        question_bottom = name_top - gap;
    } else {
        if (r.talking_piece) {
            above -= f.label_bold->FontSize;
            draw_circle_note(frame, draw, box, above, "Everyone has spoken", c.muted);
            above -= gap;
        }
        const Ink ink =
            draw_digits(frame, draw, box, above, shown.countdown, paused ? p.text : c.cue, paused);
        shown.digits_px = ink.height;
        question_bottom = ink.top - gap * 1.5f;
    }
    draw_question(frame, draw, box, header_bottom + gap, question_bottom, r.question, c.ink);
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
        draw_text(draw, f.label, size,
                  ImVec2(box.centre_x() - text_width(f.label, size, line) / 2, y), p.text_muted,
                  line.c_str());
        y += kicker_h;
    }
    if (!headline.empty()) {
        const std::string line = fit_line(headline, f.display, box.inner_w(), 0.6f, size);
        draw_text(draw, f.display, size,
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
        draw_text(draw, f.label_bold, size, ImVec2(box.left(), y), frame.palette->text_muted,
                  title.c_str());
        y += f.label_bold->FontSize * 1.2f;
    }
    const std::string& question =
        next->question.value.empty() ? meta.question.value : next->question.value;
    std::string kicker = "Up next  ·  " + length_text(round_duration_s(*next));
    const TalkingPieceSetting piece = talking_piece_for(*next, frame.session->timer);
    if (piece.on) kicker += "  ·  talking piece, " + format_countdown(piece.speaker_s) + " each";
    draw_headline(frame, draw, box, y + box.h() * 0.04f, kicker, next->title.value, question);
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
