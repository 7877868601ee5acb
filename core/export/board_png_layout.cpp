#include "core/export/board_png_layout.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <unordered_map>

#include "core/export/board_png_items.hpp"
#include "core/export/board_png_text.hpp"

namespace hostspace::doc::png {
namespace {

std::string subtitle_for(const BoardPicture& board, BoardMode mode) {
    const auto notes = static_cast<long long>(board.notes.size());
    const auto themes = static_cast<long long>(board.themes.size());
    const std::string counts = count_of(notes, "note", "notes") +
                               (themes > 0 ? " in " + count_of(themes, "theme", "themes") : "");
    switch (mode) {
        case BoardMode::empty:
            return "The board has no notes.";
        case BoardMode::cards:
            return counts + ".";
        case BoardMode::small_cards:
            return counts + ", drawn small to fit: the notes appendix has every note in full.";
        case BoardMode::summary:
            return counts +
                   ": too many to draw readably, so each theme is shown with its count. "
                   "The notes appendix lists every note.";
    }
    return counts;
}

Rect rect_of(double x, double y, double w, double h) {
    return Rect{static_cast<float>(x), static_cast<float>(y), static_cast<float>(w),
                static_cast<float>(h)};
}

// The board in units: each theme's title band and frame, and the box round everything.
struct UnitBoard {
    std::vector<Rect> notes, headers, frames;
    std::vector<int> theme_of;  // per note, its theme's index or -1
    Rect extent;
};

UnitBoard unit_board(const BoardPicture& board) {
    UnitBoard out;
    std::unordered_map<std::string, int> theme_at;
    for (std::size_t t = 0; t < board.themes.size(); ++t) {
        theme_at.emplace(board.themes[t].id, static_cast<int>(t));
    }
    std::vector<Rect> members(board.themes.size());
    std::vector<bool> any(board.themes.size(), false);
    for (const BoardCard& card : board.notes) {
        const Rect r = rect_of(card.x, card.y, kNoteWidth, kNoteHeight);
        const auto found = card.theme_id.empty() ? theme_at.end() : theme_at.find(card.theme_id);
        const int theme = found == theme_at.end() ? -1 : found->second;
        out.notes.push_back(r);
        out.theme_of.push_back(theme);
        if (theme >= 0) {
            members[theme] = any[theme] ? members[theme].united(r) : r;
            any[theme] = true;
        }
    }
    bool started = false;
    auto include = [&](const Rect& r) {
        out.extent = started ? out.extent.united(r) : r;
        started = true;
    };
    for (std::size_t t = 0; t < board.themes.size(); ++t) {
        const BoardTheme& theme = board.themes[t];
        // The band reaches across the theme's notes, so a long title wraps over them rather
        // than running into a neighbour.
        const double right = any[t] ? std::max<double>(members[t].right(), theme.x + kNoteWidth)
                                    : theme.x + kNoteWidth;
        out.headers.push_back(rect_of(theme.x, theme.y, right - theme.x, kGroupTitleBand));
        const Rect whole = any[t] ? out.headers.back().united(members[t]) : out.headers.back();
        out.frames.push_back(whole.grown(kGroupMargin));
        include(out.frames.back());
    }
    for (const Rect& r : out.notes) include(r);
    return out;
}

void set_title_block(BoardPlan& plan, const BoardPicture& board, const TextKit& kit,
                     BoardMode mode) {
    plan.mode = mode;
    plan.subtitle = subtitle_for(board, mode);
    const double k = plan.width / static_cast<double>(kMinWidth);
    plan.title_px = 44 * k;
    plan.subtitle_px = 22 * k;
    plan.margin = 48 * k;
    const double title_h = layout_height(title_layout(kit, board, plan).get());
    const double subtitle_h = layout_height(subtitle_layout(kit, plan).get());
    plan.board_top = plan.margin + title_h + 8 * k + subtitle_h + 32 * k;
}

// Places the board's cards and theme headers at `scale` with the given heights (cards first,
// then headers) and sets the plan's rectangles and height.
void place_with_heights(BoardPlan& plan, const UnitBoard& units, const BoardPicture& board,
                        const std::vector<double>& heights, double scale) {
    std::vector<Rect> items = units.notes;
    items.insert(items.end(), units.headers.begin(), units.headers.end());
    // Centred across the picture when the scale is capped and the board is narrower.
    const double usable = plan.width - 2 * plan.margin;
    const double left = plan.margin + (usable - units.extent.w * scale) / 2;
    std::vector<int> groups = units.theme_of;
    for (std::size_t t = 0; t < board.themes.size(); ++t) groups.push_back(static_cast<int>(t));
    const std::vector<Rect> placed =
        place_items(items, heights, groups, scale, Vec2{units.extent.x, units.extent.y},
                    Vec2{static_cast<float>(left), static_cast<float>(plan.board_top)},
                    plan.look.gap, plan.width);
    const std::size_t notes = board.notes.size();
    plan.cards.assign(placed.begin(), placed.begin() + static_cast<std::ptrdiff_t>(notes));
    plan.headers.assign(placed.begin() + static_cast<std::ptrdiff_t>(notes), placed.end());
    plan.frames = plan.headers;
    for (std::size_t n = 0; n < notes; ++n) {
        if (units.theme_of[n] >= 0) {
            Rect& frame = plan.frames[static_cast<std::size_t>(units.theme_of[n])];
            frame = frame.united(plan.cards[n]);
        }
    }
    double bottom = plan.board_top;
    for (Rect& frame : plan.frames) {
        frame = frame.grown(static_cast<float>(plan.look.frame_margin));
        bottom = std::max<double>(bottom, frame.bottom());
    }
    for (const Rect& card : plan.cards) bottom = std::max<double>(bottom, card.bottom());
    plan.height = static_cast<int>(std::ceil(bottom + plan.margin));
}

// The board at `scale` in a cards mode; false when it is taller than the picture may be.
// `laid_out` says whether the notes' texts were laid out to know (the costly part).
bool place_board(BoardPlan& plan, const BoardPicture& board, const UnitBoard& units,
                 const TextKit& kit, double scale, double max_height, bool& laid_out) {
    laid_out = false;
    plan.look = item_look(plan.mode == BoardMode::small_cards, scale);
    // Nothing is drawn shorter than on the board, so this much is the least it needs.
    const double least = plan.board_top + units.extent.h * scale + plan.margin;
    if (least > max_height) {
        plan.height = static_cast<int>(std::ceil(least));
        return false;
    }
    std::vector<double> heights(board.notes.size(), plan.look.card_min_height);
    for (std::size_t t = 0; t < board.themes.size(); ++t) {
        heights.push_back(
            lay_out_header(kit, board.themes[t], plan.look, units.headers[t].w * scale).height);
    }
    // Every card at its least height first: a card's text only makes it taller, and a taller
    // card only pushes what lies below further down, so a board too tall even so is turned
    // down without laying out thousands of texts.
    place_with_heights(plan, units, board, heights, scale);
    if (plan.height > max_height || plan.look.small) return plan.height <= max_height;
    laid_out = true;
    for (std::size_t n = 0; n < board.notes.size(); ++n) {
        heights[n] = lay_out_card(kit, board.notes[n], plan.look).height;
    }
    place_with_heights(plan, units, board, heights, scale);
    return plan.height <= max_height;
}

// Tries scales from `start` down to `floor`: the measured heights do not shrink with the scale,
// so each try aims at the height left over by the last and a few tries settle it. Tries turned
// down without laying out the texts are cheap and do not count towards the few.
bool fit_board(BoardPlan& plan, const BoardPicture& board, const UnitBoard& units,
               const TextKit& kit, double start, double floor, double max_height) {
    if (start < floor) return false;
    double scale = start;
    int measured = 0;
    for (int attempt = 0; attempt < 40 && measured < 5; ++attempt) {
        bool laid_out = false;
        if (place_board(plan, board, units, kit, scale, max_height, laid_out)) return true;
        measured += laid_out ? 1 : 0;
        if (scale <= floor) return false;
        const double used =
            std::max(plan.height - plan.board_top - plan.margin, units.extent.h * scale);
        const double room = max_height - plan.board_top - plan.margin;
        scale = std::max(floor, scale * room / used * 0.98);
    }
    return false;
}

void plan_summary(BoardPlan& plan, const BoardPicture& board, double max_height) {
    const double k = plan.width / static_cast<double>(kMinWidth);
    plan.tile_title_px = 26 * k;
    plan.tile_count_px = 20 * k;
    const double gap = 24 * k, usable = plan.width - 2 * plan.margin;
    const int columns = std::max(1, static_cast<int>((usable + gap) / (540 * k + gap)));
    const double tile_w = (usable - (columns - 1) * gap) / columns;
    const double tile_h = 150 * k;
    std::vector<Tile> all;
    std::size_t loose = 0;
    for (const BoardCard& card : board.notes) loose += card.theme_id.empty() ? 1 : 0;
    for (const BoardTheme& theme : board.themes) {
        all.push_back(
            Tile{theme.title, theme_count_text(theme.note_count, theme.dots), theme.colour, {}});
    }
    if (loose > 0) {
        all.push_back(Tile{"Not in a theme", theme_count_text(static_cast<int>(loose), 0), "", {}});
    }
    const double room = max_height - plan.board_top - plan.margin + gap;
    const std::size_t rows = static_cast<std::size_t>(std::max(1.0, room / (tile_h + gap)));
    const std::size_t fits = rows * static_cast<std::size_t>(columns);
    if (all.size() > fits) {
        const std::size_t left_out = all.size() - (fits - 1);
        all.resize(fits - 1);
        all.push_back(Tile{"\xE2\x80\xA6 and " + count_of(static_cast<long long>(left_out),
                                                          "more theme", "more themes"),
                           "See the notes appendix",
                           "",
                           {}});
    }
    for (std::size_t i = 0; i < all.size(); ++i) {
        const auto column = static_cast<double>(i % static_cast<std::size_t>(columns));
        const auto row = static_cast<double>(i / static_cast<std::size_t>(columns));
        all[i].at = rect_of(plan.margin + column * (tile_w + gap),
                            plan.board_top + row * (tile_h + gap), tile_w, tile_h);
    }
    plan.tiles = std::move(all);
    const double bottom = plan.tiles.empty() ? plan.board_top : plan.tiles.back().at.bottom();
    plan.height = static_cast<int>(std::ceil(bottom + plan.margin));
}

}  // namespace

const char* mode_name(BoardMode mode) {
    switch (mode) {
        case BoardMode::empty:
            return "empty";
        case BoardMode::cards:
            return "cards";
        case BoardMode::small_cards:
            return "small cards";
        case BoardMode::summary:
            return "summary";
    }
    return "?";
}

BoardPlan plan_board_picture(const BoardPicture& board, int width_px, const TextKit& kit) {
    BoardPlan plan;
    plan.width = std::clamp(width_px, kMinWidth, kMaxWidth);
    const double max_height = std::min(kMaxHeight, std::floor(kMaxArea / plan.width));
    if (board.notes.empty()) {
        set_title_block(plan, board, kit, BoardMode::empty);
        plan.height = static_cast<int>(std::ceil(plan.board_top + plan.margin));
        return plan;
    }
    const UnitBoard units = unit_board(board);
    set_title_block(plan, board, kit, BoardMode::cards);
    const double usable = plan.width - 2 * plan.margin;
    const double fit = std::min(kMaxScale, usable / std::max(1.0f, units.extent.w));
    if (fit_board(plan, board, units, kit, fit, kMinCardScale, max_height)) return plan;
    set_title_block(plan, board, kit, BoardMode::small_cards);
    if (fit_board(plan, board, units, kit, std::min(fit, kMinCardScale), kMinSmallScale,
                  max_height)) {
        return plan;
    }
    plan.cards.clear();
    plan.headers.clear();
    plan.frames.clear();
    set_title_block(plan, board, kit, BoardMode::summary);
    plan_summary(plan, board, max_height);
    return plan;
}

BoardPlan plan_board_picture(const BoardPicture& board, int width_px) {
    const TextKit kit;
    return plan_board_picture(board, width_px, kit);
}

std::vector<Rect> place_items(const std::vector<Rect>& units, const std::vector<double>& heights,
                              const std::vector<int>& groups, double scale, Vec2 from, Vec2 to,
                              double gap, int width) {
    const std::size_t n = units.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return units[a].y != units[b].y ? units[a].y < units[b].y : units[a].x < units[b].x;
    });
    // Per pixel column, the lowest bottom placed so far (what the next thing below must clear)
    // and how far the last thing placed there was moved down (what lies below moves with it).
    constexpr double kNothing = -std::numeric_limits<double>::infinity();
    const std::size_t columns_wide = static_cast<std::size_t>(std::max(width, 1));
    std::vector<double> bottom(columns_wide, kNothing), moved(columns_wide, 0);
    auto columns = [&](const Rect& r, std::size_t& c0, std::size_t& c1) {
        const double x0 = to.x + (r.x - from.x) * scale, x1 = x0 + r.w * scale;
        const double last = static_cast<double>(columns_wide);
        c0 = static_cast<std::size_t>(std::clamp(std::floor(x0), 0.0, last));
        c1 = static_cast<std::size_t>(std::clamp(std::ceil(x1), 0.0, last));
    };
    auto board_y = [&](const Rect& r) { return to.y + (r.y - from.y) * scale; };
    std::vector<Rect> out(n);
    std::vector<std::size_t> row;
    std::vector<std::pair<int, double>> group_shift;  // per group in the row, how far it moves
    for (std::size_t i = 0; i < n;) {
        // A row: things at the same height on the board, side by side. One that overlaps
        // another of the row starts the next row, so stacked cards come apart.
        row.assign(1, order[i]);
        std::size_t j = i + 1;
        for (; j < n; ++j) {
            const Rect& next = units[order[j]];
            if (std::abs(next.y - units[order[i]].y) >= 0.5f) break;
            const bool overlaps = std::any_of(row.begin(), row.end(), [&](std::size_t r) {
                return units[r].x < next.right() && next.x < units[r].right();
            });
            if (overlaps) break;
            row.push_back(order[j]);
        }
        // A theme's part of the row moves as one, so its grid keeps its rows; another theme
        // beside it moves only as far as what lies above it does.
        group_shift.clear();
        auto shift_of = [&](int group) -> double& {
            for (auto& entry : group_shift) {
                if (entry.first == group) return entry.second;
            }
            group_shift.emplace_back(group, 0.0);
            return group_shift.back().second;
        };
        for (std::size_t item : row) {
            std::size_t c0 = 0, c1 = 0;
            columns(units[item], c0, c1);
            double& shift = shift_of(groups[item]);
            for (std::size_t c = c0; c < c1; ++c) {
                shift = std::max(shift, moved[c]);
                if (bottom[c] != kNothing) {
                    shift = std::max(shift, bottom[c] + gap - board_y(units[item]));
                }
            }
        }
        for (std::size_t item : row) {
            const Rect& u = units[item];
            const double shift = shift_of(groups[item]);
            const double y = board_y(u) + shift;
            out[item] = rect_of(to.x + (u.x - from.x) * scale, y, u.w * scale, heights[item]);
            std::size_t c0 = 0, c1 = 0;
            columns(u, c0, c1);
            for (std::size_t c = c0; c < c1; ++c) {
                bottom[c] = std::max(bottom[c], y + heights[item]);
                moved[c] = std::max(moved[c], shift);
            }
        }
        i = j;
    }
    return out;
}

}  // namespace hostspace::doc::png
