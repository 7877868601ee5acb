#include "app/gui/board/board_layout.hpp"

#include <algorithm>
#include <cfloat>
#include <string_view>
#include <unordered_map>

namespace hostspace::gui {
namespace {

constexpr float kRegionMargin = kGroupMargin;
constexpr float kChevronWidth = 40;
// Painted in front of a coloured title, and between a collapsed title and its count
// (board_canvas_paint.cpp paints them at these sizes).
constexpr float kColourDotWidth = 14 + 8;
constexpr float kCountGap = 10;

float text_width(ImFont* font, const std::string& text, float scale) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.data(), text.data() + text.size())
               .x /
           scale;
}

}  // namespace

std::string collapsed_count_text(int notes) {
    return std::to_string(notes) + (notes == 1 ? " note" : " notes");
}

Rect PlacedGroup::chevron() const {
    return Rect{header.right() - kChevronWidth, header.y, kChevronWidth, header.h};
}

std::vector<Rect> BoardLayout::taken() const {
    std::vector<Rect> out;
    out.reserve(notes.size() + groups.size());
    for (const auto& placed : notes) out.push_back(placed.rect);
    for (const auto& placed : groups) out.push_back(placed.header);
    return out;
}

BoardLayout lay_out_board(const Board& board, const Fonts& fonts, float scale,
                          const MeasureNote& measure) {
    BoardLayout layout;
    layout.extent = Rect{0, 0, kNoteWidth, kNoteHeight};
    bool any = false;
    auto include = [&](const Rect& r) {
        layout.content = any ? layout.content.united(r) : r;
        any = true;
    };
    // Keyed by views of the groups' ids (they outlive the layout's use of this map).
    std::unordered_map<std::string_view, std::size_t> group_slot;
    for (const Group& group : board.groups) {
        if (group.deleted.value) continue;
        const float title_width = text_width(fonts.bold, group.title.value, scale) +
                                  (group.colour.value.empty() ? 0 : kColourDotWidth);
        const Rect header{group.position.value.x, group.position.value.y,
                          std::max(kNoteWidth, title_width + 2 * kNotePadding + kChevronWidth),
                          kGroupTitleBand};
        group_slot[group.id] = layout.groups.size();
        layout.groups.push_back(PlacedGroup{&group, header, header});
    }
    layout.notes.reserve(board.notes.size());
    for (const Note& note : board.notes) {
        if (note.deleted.value) continue;
        const auto slot =
            note.group_id.value.empty() ? group_slot.end() : group_slot.find(note.group_id.value);
        if (slot != group_slot.end() && layout.groups[slot->second].collapsed()) {
            ++layout.groups[slot->second].hidden;
            continue;
        }
        PlacedNote placed{&note, measure(note), {}};
        placed.rect =
            Rect{note.position.value.x, note.position.value.y, kNoteWidth, placed.look.height};
        if (slot != group_slot.end()) {
            Rect& region = layout.groups[slot->second].region;
            region = region.united(placed.rect);
        }
        layout.extent = layout.extent.united(placed.rect);
        include(placed.rect);
        layout.notes.push_back(std::move(placed));
    }
    for (auto& placed : layout.groups) {
        if (placed.collapsed()) {
            // Its count follows the title: the band widens so the chevron never covers it.
            const float counted =
                text_width(fonts.bold, placed.group->title.value, scale) +
                (placed.group->colour.value.empty() ? 0 : kColourDotWidth) + kCountGap +
                text_width(fonts.body, collapsed_count_text(placed.hidden), scale);
            placed.header.w = std::max(placed.header.w, counted + 2 * kNotePadding + kChevronWidth);
            placed.region = placed.header;
        }
        placed.region = placed.region.grown(kRegionMargin);
        layout.extent = layout.extent.united(placed.region);
        include(placed.region);
    }
    return layout;
}

BoardLayout lay_out_board(const Board& board, const Fonts& fonts, float scale,
                          NoteTextCache& texts) {
    BoardLayout layout = lay_out_board(board, fonts, scale, [&](const Note& note) {
        auto text = texts.get(note, fonts, scale);
        const float height = text->height;
        return NoteLook{std::move(text), height};
    });
    texts.sweep();
    return layout;
}

}  // namespace hostspace::gui
