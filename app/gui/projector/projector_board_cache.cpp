#include "app/gui/projector/projector_board_cache.hpp"

#include <algorithm>

#include "app/gui/shell/theme.hpp"
#include "core/board/colour.hpp"

namespace hostspace::gui {
namespace {

// However few notes there are, a note is at most this share of the screen's width.
constexpr float kWidestNoteShare = 0.24f;
// Text is measured and drawn only where the projector's smallest note font (the caption,
// 17 board units: projector_fonts.cpp) is at least the 6 pixels its atlas builds any font at
// (body text about 9 px). Below that the fonts are built larger than the scale asks, notes
// measure taller, the board is fitted smaller, and so on: a board of 2,000 notes shrank
// towards nothing frame after frame until ImGui divided by zero.
constexpr float kSmallestNoteFontUnits = 17;
constexpr float kSmallestFontPixels = 6;

NoteLook plain_look(const Note&) {
    return NoteLook{nullptr, kNoteHeight};
}

}  // namespace

float fit_board_scale(const Rect& extent, ImVec2 room) {
    return std::min({room.x / extent.w, room.y / extent.h, room.x * kWidestNoteShare / kNoteWidth});
}

void ProjectorBoardCache::refresh(const Session& session, const Fonts& fonts, float font_scale,
                                  ImVec2 room) {
    const Board& board = session.board;
    const Key key{version_of(&session), board.anonymous.value, font_scale, fonts.body};
    const bool changed = revision_ == 0 || !(key == key_);
    BoardLayout plain;
    if (changed) {
        key_ = key;
        // Cheap (no text is measured): the extent the level of detail is chosen from.
        plain = lay_out_board(board, fonts, font_scale, plain_look);
        plain_extent_ = plain.extent;
    }
    const bool detailed =
        fit_board_scale(plain_extent_, room) * kSmallestNoteFontUnits >= kSmallestFontPixels;
    if (!changed && detailed == detailed_) return;
    detailed_ = detailed;
    ++revision_;
    if (!detailed_) {
        layout_ = changed ? std::move(plain) : lay_out_board(board, fonts, font_scale, plain_look);
        texts_ = NoteTextCache{};
        anonymous_texts_ = NoteTextCache{false};
    } else {
        lay_out_measured(board, fonts, font_scale);
    }
    fills_.clear();
    fills_.reserve(layout_.notes.size());
    for (const PlacedNote& placed : layout_.notes) {
        fills_.push_back(note_fill(colour_rgb(placed.note->colour.value)));
    }
}

void ProjectorBoardCache::lay_out_measured(const Board& board, const Fonts& fonts,
                                           float font_scale) {
    if (board.anonymous.value) {
        texts_ = NoteTextCache{};
        layout_ = lay_out_board(board, fonts, font_scale, anonymous_texts_);
    } else {
        anonymous_texts_ = NoteTextCache{false};
        layout_ = lay_out_board(board, fonts, font_scale, texts_);
    }
}

}  // namespace hostspace::gui
