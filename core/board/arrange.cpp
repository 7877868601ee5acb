#include "core/board/arrange.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "core/board/geometry.hpp"

namespace hostspace {
namespace {

constexpr float kGroupGap = 80;  // between groups, across and down
constexpr float kPitchX = kNoteWidth + kNoteGap;

// Reading order of what is on the board now: rows of `band` units, then left to right. Sorting
// by where things are keeps the facilitator's own order when they arrange.
template <class T>
void sort_by_place(std::vector<const T*>& items, float band) {
    std::stable_sort(items.begin(), items.end(), [band](const T* a, const T* b) {
        const Vec2 pa = a->position.value, pb = b->position.value;
        const float ra = std::floor(pa.y / band), rb = std::floor(pb.y / band);
        if (ra != rb) return ra < rb;
        return pa.x < pb.x;
    });
}

struct Block {
    const Group* group = nullptr;  // null: the notes in no group
    std::vector<const Note*> notes;
};

struct BlockSize {
    int columns = 1;
    float width = kNoteWidth;
    float height = 0;
};

BlockSize measure(const Block& block, const NoteHeight& height, int max_columns) {
    BlockSize size;
    const int count = static_cast<int>(block.notes.size());
    size.columns = std::clamp(static_cast<int>(std::ceil(std::sqrt(count))), 1, max_columns);
    size.width = std::max(kNoteWidth, std::min(count, size.columns) * kPitchX - kNoteGap);
    size.height = block.group ? kGroupTitleBand : 0;
    for (int row_start = 0; row_start < count; row_start += size.columns) {
        float row = 0;
        for (int i = row_start; i < std::min(count, row_start + size.columns); ++i) {
            row = std::max(row, height(*block.notes[static_cast<std::size_t>(i)]));
        }
        size.height += row + kNoteGap;
    }
    return size;
}

void place(const Block& block, const BlockSize& size, Vec2 at, const NoteHeight& height,
           std::vector<OpPayload>& ops) {
    if (block.group && !(block.group->position.value == at)) {
        ops.push_back(MoveGroup{block.group->id, at});
    }
    float y = at.y + (block.group ? kGroupTitleBand : 0);
    const std::size_t columns = static_cast<std::size_t>(size.columns);
    for (std::size_t row_start = 0; row_start < block.notes.size(); row_start += columns) {
        float row = 0;
        const std::size_t row_end = std::min(block.notes.size(), row_start + columns);
        for (std::size_t i = row_start; i < row_end; ++i) {
            const Note& note = *block.notes[i];
            const Vec2 to{at.x + static_cast<float>(i - row_start) * kPitchX, y};
            if (!(note.position.value == to)) ops.push_back(MoveNote{note.id, to});
            row = std::max(row, height(note));
        }
        y += row + kNoteGap;
    }
}

}  // namespace

std::vector<OpPayload> arrange_by_group(const Board& board, const NoteHeight& height,
                                        const ArrangeOptions& options) {
    const NoteHeight measured =
        height ? height : NoteHeight([](const Note&) { return kNoteHeight; });
    std::vector<const Group*> groups;
    for (const Group& group : board.groups) {
        if (!group.deleted.value) groups.push_back(&group);
    }
    sort_by_place(groups, 200.0f);
    std::vector<Block> blocks(groups.size() + 1);
    std::unordered_map<std::string, std::size_t> slot;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        blocks[i].group = groups[i];
        slot.emplace(groups[i]->id, i);
    }
    std::vector<const Note*> notes;
    for (const Note& note : board.notes) {
        if (!note.deleted.value) notes.push_back(&note);
    }
    sort_by_place(notes, kNoteHeight / 2);
    for (const Note* note : notes) {
        const auto it = slot.find(note->group_id.value);
        blocks[it == slot.end() ? groups.size() : it->second].notes.push_back(note);
    }

    std::vector<OpPayload> ops;
    Vec2 at{0, 0};
    float row_bottom = 0;
    const int loose_columns =
        std::max(options.max_columns, static_cast<int>((options.row_width + kNoteGap) / kPitchX));
    for (const Block& block : blocks) {
        if (!block.group && block.notes.empty()) continue;
        const bool loose = !block.group;
        const BlockSize size =
            measure(block, measured, loose ? loose_columns : std::max(1, options.max_columns));
        // Wrap to a new row past the row width, and always before the notes in no group.
        if (at.x > 0 && (loose || at.x + size.width > options.row_width)) {
            at = Vec2{0, row_bottom + kGroupGap};
        }
        place(block, size, at, measured, ops);
        row_bottom = std::max(row_bottom, at.y + size.height);
        at.x += size.width + kGroupGap;
    }
    return ops;
}

}  // namespace hostspace
