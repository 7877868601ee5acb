// Edits of the whole selection, from the keys and the note menu alike: core's board_edit
// makes the ops, and each list is committed as one undo step.
#include <algorithm>
#include <utility>

#include "app/gui/board/board_canvas.hpp"
#include "core/board/arrange.hpp"
#include "core/board/board_edit.hpp"
#include "core/util/uuid.hpp"

namespace hostspace::gui {

void delete_selection(const Board& board, BoardUiState& ui, FrameRequests& out) {
    const std::vector<std::string> ids = ui.selection.in_board_order(board);
    auto ops = delete_notes(board, ids);
    if (ops.empty()) return;
    out.commit(std::move(ops), [&ui, ids] {
        ui.selection.prune([&ids](const std::string& id) {
            return std::find(ids.begin(), ids.end(), id) != ids.end();
        });
    });
}

void recolour_selection(const Board& board, const BoardUiState& ui, const std::string& colour,
                        FrameRequests& out) {
    auto ops = recolour_notes(board, ui.selection.in_board_order(board), colour);
    if (!ops.empty()) out.commit(std::move(ops));
}

void duplicate_selection(const Board& board, BoardUiState& ui, FrameRequests& out) {
    std::vector<std::string> created;
    auto ops = duplicate_notes(
        board, ui.selection.in_board_order(board), Vec2{20, 20}, [] { return new_uuid(); },
        &created);
    if (ops.empty()) return;
    // The copies become the selection once they are saved, so the next drag moves them.
    out.commit(std::move(ops), [&ui, created] { ui.selection.assign(created); });
}

void nudge_selection(const Board& board, const BoardUiState& ui, Vec2 delta, FrameRequests& out) {
    auto ops = move_notes(board, ui.selection.in_board_order(board), delta);
    if (!ops.empty()) out.commit(std::move(ops));
}

void group_selection(const Board& board, const BoardUiState& ui, const std::string& group_id,
                     FrameRequests& out) {
    auto ops = assign_notes_to_group(board, ui.selection.in_board_order(board), group_id);
    if (!ops.empty()) out.commit(std::move(ops));
}

void focus_groups(BoardUiState& ui, std::vector<std::string> group_ids) {
    ui.group_focus = std::move(group_ids);
    ui.group_focus_selection = ui.selection.revision();
}

void toggle_group_collapse(const Board& board, BoardUiState& ui, FrameRequests& out) {
    std::vector<OpPayload> ops;
    if (ui.selection.empty() || ui.selection.revision() == ui.group_focus_selection) {
        ops = toggle_groups_collapsed(board, ui.group_focus);
    }
    if (ops.empty()) {
        std::vector<std::string> groups =
            groups_of_notes(board, ui.selection.in_board_order(board));
        ops = toggle_groups_collapsed(board, groups);
        if (ops.empty()) return;
        // Their notes leave the canvas and the selection: C again must find the groups.
        focus_groups(ui, std::move(groups));
    }
    out.commit(std::move(ops));
}

void arrange_board(const Board& board, const BoardCanvasCache& cache, BoardUiState& ui,
                   FrameRequests& out) {
    // Heights as drawn (long text makes a note taller), from the text cache's layout.
    auto ops = arrange_by_group(board, [&](const Note& note) {
        const int index = cache.index_of(board, note.id);
        return index < 0 ? kNoteHeight
                         : cache.layout().notes[static_cast<std::size_t>(index)].rect.h;
    });
    if (ops.empty()) return;
    out.commit(std::move(ops), [&ui] { ui.fit_pending = true; });
}

}  // namespace hostspace::gui
