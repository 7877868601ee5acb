#include "app/gui/projector/projector_board_cache.hpp"

#include <algorithm>
#include <cfloat>
#include <tuple>
#include <unordered_map>

#include "app/gui/projector/projector_fonts.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/board/colour.hpp"

namespace hostspace::gui {
namespace {

// However few notes there are, a note is at most this share of the screen's width.
constexpr float kWidestNoteShare = 0.24f;
// Text is measured and drawn only where the bylines (the smallest note text) are at least the
// 6 pixels the atlas builds any font at.
constexpr float kSmallestFontPixels = 6;
// A box's title: the heading font, with room for its colour dot; a long one is cut with "…"
// at two notes' width rather than widen its box further.
constexpr float kTitleDotUnits = 22;
constexpr float kWidestTitleUnits = 2 * kNoteWidth + 12;
constexpr float kEmptyBodyUnits = 30;  // a collapsed or empty theme's line ("7 notes")
// The note widths tried, in board units: from about 5 em of the 26-unit text to about 12.
constexpr float kNoteWidths[] = {150, 180, 220, 270, 330};

FlowSpacing projector_spacing() {
    FlowSpacing spacing;
    spacing.note_gap = 12;
    spacing.padding = 12;
    spacing.title_height = 46;  // the 30-unit heading and air below it
    spacing.block_gap = 16;
    return spacing;
}

bool reading_order(const Vec2& a, const std::string& a_id, const Vec2& b, const std::string& b_id) {
    return std::tie(a.y, a.x, a_id) < std::tie(b.y, b.x, b_id);
}

// The boxes in reading order (themes as the facilitator placed them, top to bottom, left to
// right; the notes in no theme last), each with its live notes in reading order.
struct Plan {
    std::vector<ProjectorBox> boxes;
    std::vector<std::vector<const Note*>> notes;  // per box
};

Plan plan_boxes(const Board& board) {
    Plan plan;
    std::vector<const Group*> groups;
    for (const Group& group : board.groups) {
        if (!group.deleted.value) groups.push_back(&group);
    }
    std::sort(groups.begin(), groups.end(), [](const Group* a, const Group* b) {
        return reading_order(a->position.value, a->id, b->position.value, b->id);
    });
    std::unordered_map<std::string, std::size_t> slot;
    for (const Group* group : groups) {
        slot[group->id] = plan.boxes.size();
        ProjectorBox box;
        box.group = group;
        box.title = group->title.value;
        plan.boxes.push_back(std::move(box));
    }
    plan.notes.resize(plan.boxes.size());
    std::vector<const Note*> loose;
    for (const Note& note : board.notes) {
        if (note.deleted.value) continue;
        const auto it = note.group_id.value.empty() ? slot.end() : slot.find(note.group_id.value);
        if (it == slot.end()) {
            loose.push_back(&note);
        } else if (plan.boxes[it->second].group->collapsed.value) {
            ++plan.boxes[it->second].hidden;
        } else {
            plan.notes[it->second].push_back(&note);
        }
    }
    if (!loose.empty()) {
        ProjectorBox box;
        box.title = groups.empty() ? "" : "Other notes";
        plan.boxes.push_back(std::move(box));
        plan.notes.push_back(std::move(loose));
    }
    for (auto& notes : plan.notes) {
        std::sort(notes.begin(), notes.end(), [](const Note* a, const Note* b) {
            return reading_order(a->position.value, a->id, b->position.value, b->id);
        });
    }
    return plan;
}

std::vector<FlowBlockSpec> specs_of(const Plan& plan, const Fonts& fonts, float font_scale,
                                    const std::vector<std::vector<float>>& heights) {
    std::vector<FlowBlockSpec> specs;
    for (std::size_t i = 0; i < plan.boxes.size(); ++i) {
        const std::string& title = plan.boxes[i].title;
        FlowBlockSpec spec;
        spec.titled = !title.empty();
        if (spec.titled) {
            const float width = fonts.heading
                                    ->CalcTextSizeA(fonts.heading->FontSize, FLT_MAX, 0,
                                                    title.data(), title.data() + title.size())
                                    .x /
                                font_scale;
            spec.title_width = std::min(width + kTitleDotUnits, kWidestTitleUnits);
        }
        spec.note_heights = heights[i];
        spec.empty_height = kEmptyBodyUnits;
        specs.push_back(std::move(spec));
    }
    return specs;
}

}  // namespace

void ProjectorBoardCache::refresh(const Session& session, const Fonts& fonts, float font_scale,
                                  ImVec2 room) {
    const Board& board = session.board;
    const Key key{
        version_of(&session), board.anonymous.value, font_scale, fonts.body, room.x, room.y};
    if (revision_ != 0 && key == key_) return;
    key_ = key;
    ++revision_;

    const Plan plan = plan_boxes(board);
    const FlowSpacing spacing = projector_spacing();
    const Vec2 room_px{room.x, room.y};
    // First as cards of the standard size, no text measured: cheap, and it says whether text
    // can be read at all.
    std::vector<std::vector<float>> heights(plan.boxes.size());
    for (std::size_t i = 0; i < plan.boxes.size(); ++i) {
        heights[i].assign(plan.notes[i].size(), kNoteHeight);
    }
    FlowLayout flow = flow_blocks(specs_of(plan, fonts, font_scale, heights), spacing, room_px,
                                  room.x * kWidestNoteShare / kNoteWidth);
    detailed_ = flow.scale * kBoardCaptionUnits >= kSmallestFontPixels;

    // With text: every note measured at each width, and the width whose layout sets the text
    // largest kept (core's flow_largest_text).
    std::vector<std::vector<std::shared_ptr<const NoteText>>> chosen(plan.boxes.size());
    if (detailed_) {
        if (texts_.empty()) {
            for (float width : kNoteWidths) texts_.emplace_back(width);
        }
        const bool bylines = !board.anonymous.value;
        std::vector<std::vector<std::vector<std::shared_ptr<const NoteText>>>> measured(
            texts_.size());
        std::vector<float> widths;
        for (std::size_t w = 0; w < texts_.size(); ++w) {
            widths.push_back(texts_[w].width());
            measured[w].resize(plan.boxes.size());
            for (std::size_t i = 0; i < plan.boxes.size(); ++i) {
                for (const Note* note : plan.notes[i]) {
                    measured[w][i].push_back(texts_[w].get(*note, fonts, font_scale, bylines));
                }
            }
            texts_[w].sweep();
        }
        const auto blocks_at = [&](float width) {
            const std::size_t w = static_cast<std::size_t>(
                std::find(widths.begin(), widths.end(), width) - widths.begin());
            for (std::size_t i = 0; i < plan.boxes.size(); ++i) {
                for (std::size_t k = 0; k < plan.notes[i].size(); ++k) {
                    heights[i][k] = measured[w][i][k]->height;
                }
            }
            return specs_of(plan, fonts, font_scale, heights);
        };
        FlowChoice choice =
            flow_largest_text(widths, blocks_at, spacing, room_px, kWidestNoteShare);
        const std::size_t w = static_cast<std::size_t>(
            std::find(widths.begin(), widths.end(), choice.note_width) - widths.begin());
        for (std::size_t i = 0; i < plan.boxes.size(); ++i) chosen[i] = std::move(measured[w][i]);
        flow = std::move(choice.layout);
    } else {
        texts_.clear();
    }

    board_ = ProjectorBoard{};
    board_.extent = flow.extent;
    board_.scale = flow.scale;
    fills_.clear();
    for (std::size_t i = 0; i < plan.boxes.size() && i < flow.blocks.size(); ++i) {
        ProjectorBox box = plan.boxes[i];
        box.block = std::move(flow.blocks[i]);
        for (std::size_t k = 0; k < plan.notes[i].size(); ++k) {
            ProjectorNote placed;
            placed.note = plan.notes[i][k];
            placed.rect = box.block.notes[k];
            if (detailed_) placed.text = chosen[i][k];
            fills_.push_back(note_fill(colour_rgb(placed.note->colour.value)));
            board_.notes.push_back(std::move(placed));
        }
        board_.boxes.push_back(std::move(box));
    }
}

}  // namespace hostspace::gui
