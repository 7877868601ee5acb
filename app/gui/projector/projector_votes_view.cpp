// Votes mode: a dot vote's results for the room. While they are hidden (a round that is not
// live and not yet revealed) only how many dots are in, nothing per item; once they may be
// seen, the items ranked by dots as horizontal bars, the count in large figures at each
// bar's end and "tie" written beside counts that are level (not told by colour alone).
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <set>

#include "app/gui/projector/projector_text.hpp"
#include "app/gui/projector/projector_view.hpp"
#include "app/gui/voting/voting_parts.hpp"
#include "core/voting/voting_results.hpp"
#include "core/voting/voting_rules.hpp"

namespace hostspace::gui {
namespace {

constexpr int kMostBars = 10;
constexpr float kTallestRowShare = 0.13f;  // of the screen's height, however few bars

std::string one_line(std::string text) {
    std::replace_if(
        text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    return text;
}

const VotingRound* round_to_show(const ProjectorFrame& frame) {
    const Voting& voting = frame.session->voting;
    const VotingRound* picked = voting.find_round(frame.vote_round_id);
    return picked && !picked->deleted.value ? picked : voting.latest_round();
}

// The largest of the question fonts (largest first) no taller than `height`.
ImFont* font_for_row(const ProjectorFontSet& f, float height) {
    for (ImFont* font : f.question) {
        if (font->FontSize <= height) return font;
    }
    return f.question[kQuestionSizes - 1];
}

// Groups of two or more items with the same number of dots (more than none).
int tie_groups(const VoteResults& results) {
    std::set<int> levels;
    for (const ItemResult& item : results.ranked) {
        if (item.tie_to_show()) levels.insert(item.dots);
    }
    return static_cast<int>(levels.size());
}

struct Rows {
    float left, right;  // the screen's inner edges
    float top, height;  // the first row's top, and each row's height
    float rank_w, label_w;
    float count_size;  // the counts' size in pixels (display font)
    ImFont* label_font;
};

void draw_bar_row(const ProjectorFrame& frame, ImDrawList* draw, const Rows& rows, int index,
                  const ItemResult& item, const std::string& label, int most) {
    const ProjectorFontSet& f = *frame.fonts;
    const ProjectorPalette& p = *frame.palette;
    const float y = rows.top + rows.height * static_cast<float>(index);
    const float mid = y + rows.height / 2;

    // The rank in bold, as tall as the item's text beside it.
    float size = std::min(f.title->FontSize, rows.label_font->FontSize);
    const std::string rank = std::to_string(item.rank);
    draw_text(draw, f.title, size, ImVec2(rows.left, std::round(mid - size / 2)), p.text_muted,
              rank.c_str());
    ImFont* font = rows.label_font;
    std::string text = fit_line(label, font, rows.label_w, 0.9f, size);
    if (text != label) {
        // Too long for one line: two smaller lines say more of it than one cut short.
        font = font_for_row(f, rows.height * 0.42f);
        size = std::min(font->FontSize, rows.height * 0.42f);
        text = clip_to_lines(label, font, size, rows.label_w, 2);
    }
    const float text_h = font->CalcTextSizeA(size, FLT_MAX, 0, text.c_str()).y;
    draw_text(draw, font, size, ImVec2(rows.left + rows.rank_w, std::round(mid - text_h / 2)),
              p.text, text.c_str());

    const std::string count = std::to_string(item.dots);
    const float count_w = text_width(f.display, rows.count_size, count);
    const float tie_size = f.label_bold->FontSize;
    const float pill_pad = tie_size * 0.45f;
    const float tie_w = text_width(f.label_bold, tie_size, "tie") + 2 * pill_pad;
    const float gap = rows.count_size * 0.3f;
    const float bar_left = rows.left + rows.rank_w + rows.label_w + gap;
    const float bar_room =
        rows.right - bar_left - gap - text_width(f.display, rows.count_size, "00") - gap - tie_w;
    const float bar_w = std::max(
        4.0f, std::round(bar_room * static_cast<float>(item.dots) / static_cast<float>(most)));
    const float bar_h = std::round(rows.height * 0.6f);
    draw->AddRectFilled(ImVec2(bar_left, std::round(mid - bar_h / 2)),
                        ImVec2(bar_left + bar_w, std::round(mid - bar_h / 2) + bar_h), p.accent,
                        bar_h * 0.12f);
    const float count_x = bar_left + bar_w + gap;
    draw_text(draw, f.display, rows.count_size,
              ImVec2(std::round(count_x), std::round(mid - rows.count_size * 0.55f)), p.text,
              count.c_str());
    if (!item.tie_to_show()) return;
    const ImVec2 a(std::round(count_x + count_w + gap),
                   std::round(mid - tie_size / 2 - pill_pad / 2));
    const ImVec2 b(a.x + tie_w, a.y + tie_size + pill_pad);
    draw->AddRectFilled(a, b, p.plaque, (b.y - a.y) / 2);
    draw->AddRect(a, b, p.text_muted, (b.y - a.y) / 2, 0, std::max(1.0f, tie_size * 0.06f));
    draw_text(draw, f.label_bold, tie_size, ImVec2(a.x + pill_pad, a.y + pill_pad / 2), p.text,
              "tie");
}

void draw_results(const ProjectorFrame& frame, ImDrawList* draw, ImVec2 min, ImVec2 max,
                  const VotingRound& round, const VoteResults& results, ProjectorShown& shown) {
    const ProjectorFontSet& f = *frame.fonts;
    const ProjectorPalette& p = *frame.palette;
    const float w = max.x - min.x, h = max.y - min.y;
    const float mx = std::round(w * 0.055f), my = std::round(h * 0.05f);
    float y = min.y + my;
    float size = 0;
    const std::string title = fit_line(round.title.value, f.title, w - 2 * mx, 0.7f, size);
    draw_text(draw, f.title, size, ImVec2(min.x + mx, y), p.text, title.c_str());
    y += f.title->FontSize * 1.2f;
    std::string facts = dots_summary(results);
    if (round.closed.value) facts += "  ·  voting closed";
    const std::string line = fit_line(facts, f.label, w - 2 * mx, 0.8f, size);
    draw_text(draw, f.label, size, ImVec2(min.x + mx, y), p.text_muted, line.c_str());
    y += f.label->FontSize * 1.8f;

    std::vector<const ItemResult*> with_dots;
    for (const ItemResult& item : results.ranked) {
        if (item.dots > 0) with_dots.push_back(&item);
    }
    const int bars = std::min(kMostBars, static_cast<int>(with_dots.size()));
    const int more = static_cast<int>(with_dots.size()) - bars;
    float bottom = max.y - my;
    if (more > 0) {
        bottom -= f.label->FontSize * 1.4f;
        const std::string more_text = "+ " + std::to_string(more) + " more with fewer dots";
        draw_text(draw, f.label, f.label->FontSize,
                  ImVec2(min.x + mx, bottom + f.label->FontSize * 0.4f), p.text_muted,
                  more_text.c_str());
    }
    Rows rows;
    rows.left = min.x + mx;
    rows.right = max.x - mx;
    rows.top = y;
    rows.height =
        std::min((bottom - y) / static_cast<float>(std::max(bars, 1)), h * kTallestRowShare);
    rows.label_font = font_for_row(f, rows.height * 0.5f);
    const float rank_size = std::min(f.title->FontSize, rows.label_font->FontSize);
    rows.rank_w = text_width(f.title, rank_size, "10") + rank_size * 0.6f;
    rows.label_w = std::round((rows.right - rows.left) * 0.4f);
    rows.count_size = std::min(f.display->FontSize, rows.height * 0.8f);
    const int most = with_dots.empty() ? 1 : with_dots.front()->dots;
    for (int i = 0; i < bars; ++i) {
        const ItemResult& item = *with_dots[static_cast<std::size_t>(i)];
        draw_bar_row(frame, draw, rows, i, item,
                     one_line(vote_item_text(*frame.session, round, item.item_id)), most);
    }
    shown.bars = bars;
}

}  // namespace

ProjectorShown draw_votes_screen(const ProjectorFrame& frame, ImDrawList* draw, ImVec2 min,
                                 ImVec2 max) {
    ProjectorShown shown;
    shown.tone = "normal";
    const VotingRound* round = round_to_show(frame);
    if (!round) {
        shown.screen = "no-votes";
        draw_plaque(frame, draw, min, max, frame.session->meta.title.value, "No vote yet",
                    "Results appear here once a dot vote has run");
        return shown;
    }
    const VoteResults results = tally_votes(*frame.session, *round);
    shown.vote_dots = results.total_dots;
    shown.voters = results.voters;
    const std::string facts = dots_summary(results);
    if (!round->results_visible()) {
        shown.screen = "votes-hidden";
        draw_plaque(frame, draw, min, max, round->title.value,
                    round->closed.value ? "Voting has closed" : "Voting in progress", facts);
        return shown;
    }
    shown.votes_visible = true;
    if (results.total_dots == 0) {
        shown.screen = "votes-empty";
        draw_plaque(frame, draw, min, max, round->title.value, "No dots yet",
                    "The results appear here as the dots come in");
        return shown;
    }
    shown.screen = "vote-results";
    const ItemResult& top = results.ranked.front();
    shown.top = one_line(vote_item_text(*frame.session, *round, top.item_id));
    shown.top_dots = top.dots;
    shown.ties = tie_groups(results);
    draw_results(frame, draw, min, max, *round, results, shown);
    return shown;
}

}  // namespace hostspace::gui
