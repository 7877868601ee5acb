#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "core/board/colour.hpp"
#include "core/board/geometry.hpp"
#include "core/import/notes_csv.hpp"

// Where imported notes go: each new group a block of columns, right of everything on the board;
// notes for an existing group under that group's notes.
namespace hostspace {
namespace {

constexpr float kGroupGap = 80;    // between groups
constexpr float kClearance = 200;  // between what was on the board and the import
constexpr float kPitchX = kNoteWidth + kNoteGap;
constexpr float kPitchY = kNoteHeight + kNoteGap;
constexpr std::size_t kMinRows = 8;

struct Block {
    std::vector<std::size_t> notes;  // indexes into NotesCsv::notes
    const Group* existing = nullptr;
    std::string group_id;  // empty for the notes without a group
};

// A live group's region is its title plus its notes, so new members go under its notes, within
// its width: the region then grows down instead of stretching across the board. The block
// moves further down past anything in its way.
void place_under(const Board& board, const Block& block, std::vector<Rect>& taken,
                 std::vector<Vec2>& positions) {
    Rect extent = group_title_rect(*block.existing);
    for (const auto& note : board.notes) {
        if (!note.deleted.value && note.group_id.value == block.group_id) {
            extent = extent.united(note_rect(note));
        }
    }
    const std::size_t count = block.notes.size();
    const auto columns =
        std::max<std::size_t>(1, static_cast<std::size_t>((extent.w + kNoteGap) / kPitchX));
    const std::size_t rows = (count + columns - 1) / columns;
    Rect area{extent.x, extent.bottom() + kNoteGap,
              static_cast<float>(columns) * kPitchX - kNoteGap,
              static_cast<float>(rows) * kPitchY - kNoteGap};
    for (bool moved = true; moved;) {
        moved = false;
        for (const Rect& box : taken) {
            if (area.overlaps(box)) {
                area.y = box.bottom() + kNoteGap;
                moved = true;
            }
        }
    }
    for (std::size_t k = 0; k < count; ++k) {
        positions[block.notes[k]] = {area.x + static_cast<float>(k % columns) * kPitchX,
                                     area.y + static_cast<float>(k / columns) * kPitchY};
    }
    taken.push_back(area);
}

}  // namespace

std::vector<OpPayload> plan_notes_import(const Session& session, const NotesCsv& csv,
                                         const std::function<std::string()>& new_id) {
    const Board& board = session.board;
    std::vector<Block> blocks;
    std::unordered_map<std::string, std::size_t> block_of_title;
    Block ungrouped;
    for (std::size_t i = 0; i < csv.notes.size(); ++i) {
        const std::string& title = csv.notes[i].group;
        if (title.empty()) {
            ungrouped.notes.push_back(i);
            continue;
        }
        const auto [it, added] = block_of_title.emplace(title, blocks.size());
        if (added) {
            blocks.emplace_back();
            blocks.back().existing = board.find_group_by_title(title);
            // Ids in order of first appearance, so a fixed id source gives fixed ops.
            blocks.back().group_id = blocks.back().existing ? blocks.back().existing->id : new_id();
        }
        blocks[it->second].notes.push_back(i);
    }
    if (!ungrouped.notes.empty()) blocks.push_back(std::move(ungrouped));

    std::vector<Rect> taken;
    for (const auto& note : board.notes) {
        if (!note.deleted.value) taken.push_back(note_rect(note));
    }
    for (const auto& group : board.groups) {
        if (!group.deleted.value) taken.push_back(group_title_rect(group));
    }
    std::vector<Vec2> positions(csv.notes.size());
    for (const auto& block : blocks) {
        if (block.existing) place_under(board, block, taken, positions);
    }

    // New groups go right of everything, so they overlap nothing whatever its height.
    float x = 0, y = 0;
    if (!taken.empty()) {
        Rect all = taken.front();
        for (const Rect& box : taken) all = all.united(box);
        x = all.right() + kClearance;
        y = all.y;
    }
    std::vector<OpPayload> ops;
    ops.reserve(blocks.size() + csv.notes.size());
    for (const auto& block : blocks) {
        if (block.existing) continue;
        const std::size_t count = block.notes.size();
        const std::size_t rows =
            std::max(kMinRows, static_cast<std::size_t>(std::ceil(std::sqrt(count))));
        for (std::size_t k = 0; k < count; ++k) {
            positions[block.notes[k]] = {
                x + static_cast<float>(k / rows) * kPitchX,
                y + kGroupTitleBand + static_cast<float>(k % rows) * kPitchY};
        }
        if (!block.group_id.empty()) {
            ops.push_back(AddGroup{block.group_id, csv.notes[block.notes[0]].group, "", {x, y}});
        }
        x += static_cast<float>((count + rows - 1) / rows) * kPitchX - kNoteGap + kGroupGap;
    }

    std::vector<std::string> group_of(csv.notes.size());
    for (const auto& block : blocks) {
        for (std::size_t i : block.notes) group_of[i] = block.group_id;
    }
    for (std::size_t i = 0; i < csv.notes.size(); ++i) {
        const CsvNote& note = csv.notes[i];
        ops.push_back(AddNote{new_id(), note.text, note.author, note.organisation,
                              note.colour.empty() ? default_note_colour() : note.colour,
                              group_of[i], positions[i]});
    }
    return ops;
}

}  // namespace hostspace
