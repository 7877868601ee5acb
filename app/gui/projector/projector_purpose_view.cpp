// Purpose mode: the purpose drafts side by side, one draft large as it is typed, the agreed
// purpose with its consent record; the principles, actions and focus are in
// projector_principles_view.cpp. With nothing to show, the calling question as before.
#include <algorithm>
#include <cmath>

#include "app/gui/projector/projector_harvest_step.hpp"
#include "app/gui/projector/projector_purpose_parts.hpp"
#include "core/harvest/consent.hpp"
#include "core/harvest/drafts.hpp"

namespace hostspace::gui {
namespace {

const ProjectorHarvest& choice_of(const ProjectorFrame& frame) {
    static const ProjectorHarvest kDrafts;  // no choice made: the drafts
    return frame.harvest ? *frame.harvest : kDrafts;
}

// The wording to show for `draft`: what is being typed into it, else its saved text.
const std::string& wording_of(const ProjectorHarvest& choice, const Draft& draft,
                              std::string& saved) {
    if (!choice.typing_draft_id.empty() && choice.typing_draft_id == draft.id) {
        return choice.typing_text;
    }
    saved = current_text(draft);
    return saved;
}

std::string label_of(const Draft& draft) {
    return draft.label.value.empty() ? std::string("Untitled draft") : draft.label.value;
}

ProjectorShown draw_drafts_screen(const ProjectorFrame& frame, ImDrawList* draw,
                                  const PurposeBox& box) {
    const ProjectorFontSet& f = *frame.fonts;
    const ProjectorPalette& p = *frame.palette;
    const ProjectorHarvest& choice = choice_of(frame);
    const std::vector<const Draft*> drafts = drafts_in_order(frame.session->harvest);
    if (drafts.empty()) {
        return draw_calling_question(frame, draw, box,
                                     "the purpose drafts appear here once the room writes them");
    }
    const int total = static_cast<int>(drafts.size());
    const int pages = harvest_page_count(total, kDraftsPerPage);
    const int page = clamp_page(choice.page, total, kDraftsPerPage);
    const int first = page * kDraftsPerPage;
    const int count = std::min(kDraftsPerPage, total - first);

    std::string tally = total == 1 ? "1 draft" : std::to_string(total) + " drafts";
    if (pages > 1) {
        tally = count == 1 ? "Draft " + std::to_string(first + 1) + " of " + std::to_string(total)
                           : "Drafts " + std::to_string(first + 1) + "\xE2\x80\x93" +
                                 std::to_string(first + count) + " of " + std::to_string(total);
    }
    const float top = draw_purpose_header(frame, draw, box, "Our purpose: the drafts", tally);

    // Cards side by side, each with its label above its wording.
    const float gap = std::round(box.w() * 0.025f);
    const float card_w = (box.inner_w() - gap * static_cast<float>(count - 1)) / count;
    const float pad = std::round(std::max(box.h() * 0.025f, card_w * 0.05f));
    const float inner_w = card_w - 2 * pad;
    const float bottom = box.bottom();
    std::vector<std::string> saved(static_cast<std::size_t>(count));
    std::vector<std::string> labels;
    std::vector<const std::string*> texts;
    std::vector<TextBlock> label_blocks;
    float label_h = 0;
    ImFont* const label_fonts[] = {f.label_bold};
    for (int i = 0; i < count; ++i) {
        const Draft& draft = *drafts[static_cast<std::size_t>(first + i)];
        labels.push_back(label_of(draft));
        texts.push_back(&wording_of(choice, draft, saved[static_cast<std::size_t>(i)]));
    }
    for (const std::string& label : labels) {
        label_blocks.push_back(
            fit_text(label, label_fonts, 1, ImVec2(inner_w, f.label_bold->FontSize * 2.1f)));
        label_h = std::max(label_h, label_blocks.back().height);
    }
    const float text_top = top + pad + label_h + f.label->FontSize * 0.5f;
    const float mark_h = f.caption->FontSize * 1.3f;
    std::vector<ImVec2> boxes;
    for (int i = 0; i < count; ++i) {
        const Draft& draft = *drafts[static_cast<std::size_t>(first + i)];
        const float marks = has_concurrent_version(draft) ? mark_h : 0;
        boxes.emplace_back(inner_w, std::max(1.0f, bottom - pad - marks - text_top));
    }
    const std::vector<TextBlock> blocks = fit_together(texts, f.question, kQuestionSizes, boxes);

    ProjectorShown shown;
    shown.screen = "purpose-drafts";
    shown.harvest = "drafts";
    shown.drafts_shown = count;
    shown.page = page + 1;
    shown.pages = pages;
    const float rounding = box.h() * 0.015f;
    const float edge = std::max(1.0f, std::round(box.h() * 0.002f));
    for (int i = 0; i < count; ++i) {
        const std::size_t at = static_cast<std::size_t>(i);
        const Draft& draft = *drafts[static_cast<std::size_t>(first + i)];
        const float x = box.left() + (card_w + gap) * static_cast<float>(i);
        const ImVec2 a(std::round(x), top), b(std::round(x + card_w), bottom);
        const bool typing = choice.typing_draft_id == draft.id;
        draw->AddRectFilled(a, b, p.plaque, rounding);
        // The draft being typed is edged in the accent colour: the room sees which one moves.
        draw->AddRect(a, b, typing ? p.accent : p.rule, rounding, 0, typing ? edge * 3 : edge);
        draw_text_block(draw, label_blocks[at], a.x + pad, a.y + pad, false, p.text_muted);
        draw_text_block(draw, blocks[at], a.x + pad, text_top, false, p.text);
        if (has_concurrent_version(draft)) {
            draw_text(draw, f.caption, f.caption->FontSize,
                      ImVec2(a.x + pad, b.y - pad - f.caption->FontSize), p.text_muted,
                      "+ another version");
        }
        if (i == 0) shown.text = *texts[at];
        if (shown.text_px == 0 || blocks[at].size < shown.text_px) shown.text_px = blocks[at].size;
    }
    return shown;
}

ProjectorShown draw_draft_screen(const ProjectorFrame& frame, ImDrawList* draw,
                                 const PurposeBox& box) {
    const ProjectorFontSet& f = *frame.fonts;
    const ProjectorPalette& p = *frame.palette;
    const ProjectorHarvest& choice = choice_of(frame);
    const Draft* draft = frame.session->harvest.find_draft(choice.draft_id);
    if (draft && draft->deleted.value) draft = nullptr;
    const bool typing = !choice.draft_id.empty() && choice.typing_draft_id == choice.draft_id;
    // A draft being written for the first time has no saved draft yet: its typing shows.
    if (!draft && !(typing && !choice.typing_text.empty())) {
        return draw_drafts_screen(frame, draw, box);
    }
    std::string saved;
    const std::string& text = draft ? wording_of(choice, *draft, saved) : choice.typing_text;
    const std::string label = draft ? label_of(*draft) : "New draft";

    ProjectorShown shown;
    shown.screen = "purpose-draft";
    shown.harvest = "draft";
    shown.drafts_shown = 1;
    shown.text = text;
    const auto drafts = drafts_in_order(frame.session->harvest);
    const auto it = std::find(drafts.begin(), drafts.end(), draft);
    std::string count;
    if (draft && it != drafts.end() && drafts.size() > 1) {
        count = "Draft " + std::to_string(it - drafts.begin() + 1) + " of " +
                std::to_string(drafts.size());
    }
    float top = draw_purpose_header(frame, draw, box, "Our purpose: " + label, count);
    std::string hint;
    if (typing) {
        hint = "being written now";
    } else if (draft && has_concurrent_version(*draft)) {
        hint = "another version of this draft was written at the same time";
    }
    const float bottom = hint.empty() ? box.bottom() : draw_purpose_hint(frame, draw, box, hint);
    top += box.h() * 0.02f;
    const ImVec2 room(box.inner_w(), std::max(1.0f, bottom - box.h() * 0.03f - top));
    if (text.empty()) return shown;  // the editor was cleared: nothing to read yet
    const TextBlock block = fit_text(text, f.question, kQuestionSizes, room);
    draw_text_block(draw, block, box.centre_x(),
                    std::round(top + std::max(0.0f, (room.y - block.height) / 2)), true, p.text);
    shown.text_px = block.size;
    return shown;
}

// "9 agree · 2 can live with it · 1 stands aside": only the answers somebody gave.
std::string counts_line(const ConsentRecord& record) {
    const ConsentCounts& c = record.counts;
    std::vector<std::string> parts;
    auto add = [&parts](int n, const char* one, const char* many) {
        if (n > 0) parts.push_back(std::to_string(n) + " " + (n == 1 ? one : many));
    };
    add(c.agree, "agrees", "agree");
    add(c.live_with, "can live with it", "can live with it");
    add(c.stand_aside, "stands aside", "stand aside");
    add(c.object, "objects", "object");
    const std::size_t heard = record.objections.size();
    if (heard > 0) {
        parts.push_back(std::to_string(heard) + (heard == 1 ? " objection" : " objections") +
                        " heard and resolved");
    }
    std::string line;
    for (const std::string& part : parts) line += (line.empty() ? "" : " \xC2\xB7 ") + part;
    return line;
}

ProjectorShown draw_agreed_screen(const ProjectorFrame& frame, ImDrawList* draw,
                                  const PurposeBox& box) {
    const ProjectorFontSet& f = *frame.fonts;
    const ProjectorPalette& p = *frame.palette;
    const auto record = agreed_purpose(frame.session->harvest);
    if (!record || !record->version) return draw_drafts_screen(frame, draw, box);

    ProjectorShown shown;
    shown.screen = "purpose-agreed";
    shown.harvest = "agreed";
    shown.text = record->version->text;
    const float centre_x = box.centre_x();
    float y = box.top();
    float size = 0;
    const std::string kicker = fit_line("Our purpose", f.title, box.inner_w(), 0.7f, size);
    draw_text(draw, f.title, size,
              ImVec2(std::round(centre_x - text_width(f.title, size, kicker) / 2), y), p.text,
              kicker.c_str());
    y += f.title->FontSize * 1.25f;
    const float rule_w = std::min(box.w() * 0.12f, f.title->FontSize * 3);
    const float rule_h = std::max(2.0f, std::round(box.h() * 0.005f));
    draw->AddRectFilled(ImVec2(centre_x - rule_w / 2, y), ImVec2(centre_x + rule_w / 2, y + rule_h),
                        p.accent);
    y += rule_h + box.h() * 0.04f;

    // The record from the bottom up: the review date, the counts, the day it was agreed.
    float bottom = box.bottom();
    auto line_up = [&](ImFont* font, const std::string& text, ImU32 colour) {
        if (text.empty()) return;
        float line_size = 0;
        const std::string line = fit_line(text, font, box.inner_w(), 0.7f, line_size);
        bottom -= font->FontSize;
        draw_text(draw, font, line_size,
                  ImVec2(std::round(centre_x - text_width(font, line_size, line) / 2), bottom),
                  colour, line.c_str());
        bottom -= font->FontSize * 0.35f;
    };
    if (!record->review_date.empty()) {
        line_up(f.caption, "To be reviewed on " + long_date(record->review_date), p.text_muted);
    }
    line_up(f.label, counts_line(*record), p.text_muted);
    line_up(f.label_bold,
            record->date.empty() ? std::string("Agreed") : "Agreed on " + long_date(record->date),
            p.text);
    const ImVec2 room(box.inner_w(), std::max(1.0f, bottom - box.h() * 0.04f - y));
    const TextBlock block = fit_text(shown.text, f.question, kQuestionSizes, room);
    draw_text_block(draw, block, centre_x,
                    std::round(y + std::max(0.0f, (room.y - block.height) / 2)), true, p.text);
    shown.text_px = block.size;
    return shown;
}

}  // namespace

ProjectorShown draw_purpose_screen(const ProjectorFrame& frame, ImDrawList* draw, ImVec2 min,
                                   ImVec2 max) {
    const PurposeBox box{min, max};
    ProjectorShown shown;
    switch (choice_of(frame).show) {
        case HarvestShow::draft:
            shown = draw_draft_screen(frame, draw, box);
            break;
        case HarvestShow::agreed:
            shown = draw_agreed_screen(frame, draw, box);
            break;
        case HarvestShow::principle:
            shown = draw_principle_screen(frame, draw, box);
            break;
        case HarvestShow::principles:
            shown = draw_principles_screen(frame, draw, box);
            break;
        case HarvestShow::actions:
            shown = draw_actions_screen(frame, draw, box);
            break;
        case HarvestShow::focus:
            shown = draw_focus_screen(frame, draw, box);
            break;
        default:
            shown = draw_drafts_screen(frame, draw, box);
            break;
    }
    shown.tone = "normal";
    return shown;
}

}  // namespace hostspace::gui
