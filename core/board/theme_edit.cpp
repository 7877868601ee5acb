#include "core/board/theme_edit.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "core/board/board_edit.hpp"
#include "core/util/text.hpp"

namespace hostspace {
namespace {

constexpr float kPitchX = kNoteWidth + kNoteGap;

const Group* live_group(const Board& board, const std::string& id) {
    const Group* group = id.empty() ? nullptr : board.find_group(id);
    return group && !group->deleted.value ? group : nullptr;
}

// ASCII letters folded: "trust" and "Trust" name one theme (other scripts compare as typed).
std::string folded(const std::string& text) {
    std::string out = text;
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

int plan_columns(std::size_t notes) {
    if (notes == 0) return 1;
    return notes <= 9 ? static_cast<int>(std::min<std::size_t>(notes, 3)) : 4;
}

// Each note of `notes` into theme `group_id` at `cells` (same order); notes already there only
// move, notes already in place only join.
void join_at(const std::vector<const Note*>& notes, const std::vector<Vec2>& cells,
             const std::string& group_id, std::vector<OpPayload>& ops) {
    for (std::size_t i = 0; i < notes.size() && i < cells.size(); ++i) {
        const Note& note = *notes[i];
        if (note.group_id.value != group_id) ops.push_back(AssignNoteToGroup{note.id, group_id});
        if (!(note.position.value == cells[i])) ops.push_back(MoveNote{note.id, cells[i]});
    }
}

std::vector<float> heights_of(const std::vector<const Note*>& notes, const BoardMeasure& measure) {
    std::vector<float> heights;
    heights.reserve(notes.size());
    for (const Note* note : notes) heights.push_back(measure.height_of(*note));
    return heights;
}

}  // namespace

std::string next_theme_title(const Board& board) {
    std::size_t live = 0;
    for (const Group& group : board.groups) live += group.deleted.value ? 0 : 1;
    for (std::size_t n = live + 1;; ++n) {
        std::string title = "Theme " + std::to_string(n);
        if (theme_title_problem(board, title).empty()) return title;
    }
}

std::string theme_title_problem(const Board& board, const std::string& title,
                                const std::string& except_id) {
    const std::string trimmed = trim_space(title);
    if (trimmed.empty()) return "A theme needs a name: type one, or press Esc to cancel.";
    const std::string key = folded(trimmed);
    for (const Group& group : board.groups) {
        if (group.deleted.value || group.id == except_id) continue;
        if (folded(group.title.value) == key) {
            return "There is already a theme called \"" + group.title.value +
                   "\": choose another name, or drop the notes on that theme.";
        }
    }
    return {};
}

std::vector<std::string> notes_of_theme(const Board& board, const std::string& group_id) {
    std::vector<std::string> ids;
    if (!live_group(board, group_id)) return ids;
    for (const Note& note : board.notes) {
        if (!note.deleted.value && note.group_id.value == group_id) ids.push_back(note.id);
    }
    return ids;
}

ThemePlan plan_theme(const Board& board, const std::vector<std::string>& note_ids, Vec2 near,
                     const BoardMeasure& measure) {
    ThemePlan plan;
    const std::vector<const Note*> notes = notes_in_place_order(board, note_ids);
    const int columns = plan_columns(notes.size());
    // The cells relative to the title band's corner: rows as tall as their tallest note.
    std::vector<Vec2> offsets;
    float y = kGroupTitleBand, row_height = 0;
    for (std::size_t i = 0; i < notes.size(); ++i) {
        const int column = static_cast<int>(i % static_cast<std::size_t>(columns));
        if (i > 0 && column == 0) {
            y += row_height + kNoteGap;
            row_height = 0;
        }
        offsets.push_back(Vec2{static_cast<float>(column) * kPitchX, y});
        row_height = std::max(row_height, measure.height_of(*notes[i]));
    }
    if (notes.empty()) row_height = kNoteHeight;  // room for the first note
    const Vec2 size{std::max(kNoteWidth, static_cast<float>(columns) * kPitchX - kNoteGap),
                    y + row_height};
    const std::vector<Rect> taken = board_footprints(board, measure, note_ids);
    plan.position = find_free_block(taken, size, near, kGroupMargin + kThemeClearance);
    plan.box = Rect{plan.position.x, plan.position.y, size.x, size.y};
    for (std::size_t i = 0; i < notes.size(); ++i) {
        plan.notes.push_back(notes[i]->id);
        plan.cells.push_back(Vec2{plan.position.x + offsets[i].x, plan.position.y + offsets[i].y});
    }
    return plan;
}

std::vector<OpPayload> make_theme(const Board& board, const std::string& id,
                                  const std::string& title, const ThemePlan& plan) {
    std::vector<OpPayload> ops{AddGroup{id, trim_space(title), "", plan.position}};
    std::vector<const Note*> notes;
    std::vector<Vec2> cells;
    for (std::size_t i = 0; i < plan.notes.size() && i < plan.cells.size(); ++i) {
        const Note* note = board.find_note(plan.notes[i]);
        if (!note || note->deleted.value) continue;
        notes.push_back(note);
        cells.push_back(plan.cells[i]);
    }
    join_at(notes, cells, id, ops);
    return ops;
}

std::vector<OpPayload> rename_theme(const Board& board, const std::string& id,
                                    const std::string& title) {
    const Group* group = live_group(board, id);
    const std::string trimmed = trim_space(title);
    if (!group || trimmed.empty() || group->title.value == trimmed) return {};
    return {RenameGroup{id, trimmed}};
}

std::vector<OpPayload> recolour_theme(const Board& board, const std::string& id,
                                      const std::string& colour) {
    const Group* group = live_group(board, id);
    if (!group || group->colour.value == colour) return {};
    return {SetGroupColour{id, colour}};
}

std::vector<OpPayload> move_theme(const Board& board, const std::string& id, Vec2 delta) {
    const Group* group = live_group(board, id);
    if (!group) return {};
    const std::vector<std::string> notes = notes_of_theme(board, id);
    // Nothing goes past the origin: the theme and its notes keep their arrangement there.
    Vec2 lowest = group->position.value;
    for (const std::string& note_id : notes) {
        const Vec2 at = board.find_note(note_id)->position.value;
        lowest = Vec2{std::min(lowest.x, at.x), std::min(lowest.y, at.y)};
    }
    delta.x = std::round(std::max(delta.x, -std::max(lowest.x, 0.0f)));
    delta.y = std::round(std::max(delta.y, -std::max(lowest.y, 0.0f)));
    if (delta.x == 0 && delta.y == 0) return {};
    const Vec2 at = group->position.value;
    std::vector<OpPayload> ops{
        MoveGroup{id, Vec2{std::max(0.0f, at.x + delta.x), std::max(0.0f, at.y + delta.y)}}};
    for (OpPayload& op : move_notes(board, notes, delta)) ops.push_back(std::move(op));
    return ops;
}

std::vector<OpPayload> delete_theme(const Board& board, const std::string& id) {
    if (!live_group(board, id)) return {};
    std::vector<OpPayload> ops = assign_notes_to_group(board, notes_of_theme(board, id), "");
    ops.push_back(DeleteGroup{id});
    return ops;
}

std::vector<OpPayload> merge_themes(const Board& board, const std::string& from,
                                    const std::string& into, const BoardMeasure& measure) {
    if (from == into || !live_group(board, from) || !live_group(board, into)) return {};
    const std::vector<std::string> ids = notes_of_theme(board, from);
    const std::vector<const Note*> notes = notes_in_place_order(board, ids);
    ThemeArrival arrival;
    arrival.group_id = into;
    arrival.heights = heights_of(notes, measure);
    arrival.leaving_notes = ids;
    arrival.leaving_groups = {from};
    const ThemeCells cells = cells_in_theme(board, arrival, measure);
    std::vector<OpPayload> ops;
    join_at(notes, cells.cells, into, ops);
    for (const OpPayload& op : cells.pushes) ops.push_back(op);
    ops.push_back(DeleteGroup{from});
    return ops;
}

std::vector<OpPayload> drop_notes_on_theme(const Board& board, const std::vector<std::string>& ids,
                                           Vec2 delta, const std::string& group_id,
                                           const BoardMeasure& measure) {
    if (!live_group(board, group_id)) return move_notes(board, ids, delta);
    std::vector<std::string> members, joiners;
    for (const std::string& id : ids) {
        const Note* note = board.find_note(id);
        if (!note || note->deleted.value) continue;
        (note->group_id.value == group_id ? members : joiners).push_back(id);
    }
    std::vector<OpPayload> ops = move_notes(board, members, delta);
    ThemeArrival arrival;
    arrival.group_id = group_id;
    arrival.leaving_notes = joiners;
    for (const OpPayload& op : ops) {
        const auto& move = std::get<MoveNote>(op);
        arrival.moved.emplace_back(move.id, move.position);
    }
    const std::vector<const Note*> notes = notes_in_place_order(board, joiners);
    arrival.heights = heights_of(notes, measure);
    const ThemeCells cells = cells_in_theme(board, arrival, measure);
    join_at(notes, cells.cells, group_id, ops);
    for (const OpPayload& op : cells.pushes) ops.push_back(op);
    return ops;
}

Vec2 spot_for_new_note(const Board& board, const std::string& group_id, float height,
                       const BoardMeasure& measure, std::vector<OpPayload>& pushes) {
    ThemeArrival arrival;
    arrival.group_id = group_id;
    arrival.heights = {height};
    ThemeCells cells = cells_in_theme(board, arrival, measure);
    if (cells.cells.empty()) return Vec2{};
    for (OpPayload& op : cells.pushes) pushes.push_back(std::move(op));
    return cells.cells.front();
}

}  // namespace hostspace
