#include "core/board/theme_placement.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace hostspace {
namespace {

constexpr float kPitchX = kNoteWidth + kNoteGap;
constexpr float kPitchY = kNoteHeight + kNoteGap;
// A cell keeps this clear round it from the theme's own notes (as find_free_spot does).
constexpr float kCellReach = kNoteGap / 2 - 0.5f;
// Between a theme's notes and another theme's box or a loose note: its margin and clearance.
constexpr float kForeignReach = kGroupMargin + kThemeClearance;

// One thing on the board that moves as a whole: a live theme with its notes, or a loose note.
struct Unit {
    const Group* group = nullptr;  // null: a loose note
    std::vector<const Note*> notes;
    std::vector<Rect> rects;  // of `notes`, where they are (or will be)
    Rect header;              // the title band (a loose note: its rect)
    Rect box;                 // the title band and the notes
    Rect footprint() const { return group ? box.grown(kGroupMargin) : box; }
};

struct Units {
    std::vector<Unit> all;  // themes in board order, then loose notes in board order
    int target = -1;        // the arriving notes' theme, or -1
};

bool horizontally_near(const Rect& a, const Rect& b, float by) {
    return a.x - by < b.right() && b.x < a.right() + by;
}

Units collect_units(const Board& board, const BoardMeasure& measure, const ThemeArrival& arrival) {
    const std::unordered_set<std::string> leaving_notes(arrival.leaving_notes.begin(),
                                                        arrival.leaving_notes.end());
    const std::unordered_set<std::string> leaving_groups(arrival.leaving_groups.begin(),
                                                         arrival.leaving_groups.end());
    const std::unordered_map<std::string, Vec2> moved(arrival.moved.begin(), arrival.moved.end());
    Units units;
    std::unordered_map<std::string, std::size_t> slot;
    for (const Group& group : board.groups) {
        if (group.deleted.value || leaving_groups.count(group.id)) continue;
        if (group.id == arrival.group_id) units.target = static_cast<int>(units.all.size());
        slot.emplace(group.id, units.all.size());
        const Vec2 at = group.position.value;
        const Rect header{at.x, at.y, measure.width_of(group), kGroupTitleBand};
        units.all.push_back(Unit{&group, {}, {}, header, header});
    }
    for (const Note& note : board.notes) {
        if (note.deleted.value || leaving_notes.count(note.id)) continue;
        const auto override = moved.find(note.id);
        const Vec2 at = override == moved.end() ? note.position.value : override->second;
        const Rect rect{at.x, at.y, kNoteWidth, measure.height_of(note)};
        const auto it = note.group_id.value.empty() ? slot.end() : slot.find(note.group_id.value);
        if (it == slot.end()) {
            units.all.push_back(Unit{nullptr, {&note}, {rect}, rect, rect});
        } else {
            Unit& unit = units.all[it->second];
            unit.notes.push_back(&note);
            unit.rects.push_back(rect);
            unit.box = unit.box.united(rect);
        }
    }
    return units;
}

// How many cells wide the target's grid is: as wide as its notes (or its title) spread, and
// widened towards three cells column by column while the column is free beside the theme.
int grid_columns(const Unit& target, Vec2 anchor, const std::vector<const Unit*>& others) {
    float right = std::max(anchor.x + kNoteWidth, target.header.right());
    for (const Rect& r : target.rects) right = std::max(right, r.right());
    const int spread = std::max(1, static_cast<int>((right - anchor.x + kNoteGap) / kPitchX));
    const float bottom = std::max(target.box.bottom(), anchor.y + kNoteHeight);
    int columns = spread;
    for (int c = spread; c < 3; ++c) {
        const Rect strip = Rect{anchor.x + static_cast<float>(c) * kPitchX, target.header.y,
                                kNoteWidth, bottom - target.header.y}
                               .grown(kForeignReach);
        const bool blocked = std::any_of(others.begin(), others.end(), [&](const Unit* u) {
            return u->footprint().overlaps(strip);
        });
        if (blocked) break;
        columns = c + 1;
    }
    return columns;
}

// The first free cell, row by row, for a note `height` tall.
Vec2 first_free_cell(Vec2 anchor, int columns, float height, const std::vector<Rect>& own,
                     const std::vector<Rect>& foreign) {
    float lowest = anchor.y;
    for (const Rect& r : own) lowest = std::max(lowest, r.bottom());
    for (const Rect& r : foreign) lowest = std::max(lowest, r.bottom());
    // Below everything in the way every cell is free, so the search ends there at the latest.
    const int rows = static_cast<int>((lowest - anchor.y) / kPitchY) + 2;
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const Rect cell{anchor.x + static_cast<float>(column) * kPitchX,
                            anchor.y + static_cast<float>(row) * kPitchY, kNoteWidth, height};
            const Rect near = cell.grown(kCellReach), far = cell.grown(kForeignReach);
            const bool free = std::none_of(own.begin(), own.end(),
                                           [&](const Rect& r) { return r.overlaps(near); }) &&
                              std::none_of(foreign.begin(), foreign.end(),
                                           [&](const Rect& r) { return r.overlaps(far); });
            if (free) return Vec2{cell.x, cell.y};
        }
    }
    return Vec2{anchor.x, anchor.y + static_cast<float>(rows) * kPitchY};
}

void push_down(const Unit& unit, float dy, std::vector<OpPayload>& ops) {
    if (unit.group) {
        const Vec2 at = unit.group->position.value;
        ops.push_back(MoveGroup{unit.group->id, Vec2{at.x, at.y + dy}});
    }
    for (const Note* note : unit.notes) {
        const Vec2 at = note->position.value;
        ops.push_back(MoveNote{note->id, Vec2{at.x, at.y + dy}});
    }
}

// What lies below the grown theme moves down, top first, each by as much as the things above
// it that moved (or grew) now reach into it.
std::vector<OpPayload> make_room_below(const Unit& target, const Rect& grown_box,
                                       std::vector<const Unit*> pushable) {
    struct Pusher {
        Rect footprint;
        float was_top;  // where its top was before anything moved
    };
    std::vector<Pusher> pushers{{grown_box.grown(kGroupMargin), target.footprint().y}};
    std::stable_sort(pushable.begin(), pushable.end(), [](const Unit* a, const Unit* b) {
        return a->footprint().y < b->footprint().y;
    });
    std::vector<OpPayload> ops;
    for (const Unit* unit : pushable) {
        const Rect fp = unit->footprint();
        float need = 0;
        for (const Pusher& p : pushers) {
            if (p.was_top > fp.y || !horizontally_near(p.footprint, fp, kThemeClearance)) continue;
            need = std::max(need, p.footprint.bottom() + kThemeClearance - fp.y);
        }
        if (need <= 0) continue;
        const float dy = std::ceil(need);
        push_down(*unit, dy, ops);
        pushers.push_back({Rect{fp.x, fp.y + dy, fp.w, fp.h}, fp.y});
    }
    return ops;
}

}  // namespace

float BoardMeasure::height_of(const Note& note) const {
    return note_height ? note_height(note) : kNoteHeight;
}

float BoardMeasure::width_of(const Group& group) const {
    return title_width ? std::max(kNoteWidth, title_width(group)) : kNoteWidth;
}

ThemeCells cells_in_theme(const Board& board, const ThemeArrival& arrival,
                          const BoardMeasure& measure) {
    ThemeCells out;
    const Units units = collect_units(board, measure, arrival);
    if (units.target < 0) return out;
    const Unit& target = units.all[static_cast<std::size_t>(units.target)];
    const Vec2 anchor{target.header.x, target.header.y + kGroupTitleBand};
    std::vector<const Unit*> others;
    for (const Unit& unit : units.all) {
        if (&unit != &target) others.push_back(&unit);
    }
    out.columns = grid_columns(target, anchor, others);

    // What overlaps the theme's lane down to its bottom stays and is kept clear of; what lies
    // below it moves down if the grid grows into it.
    const Rect lane = target.box.united(Rect{anchor.x, target.header.y,
                                             static_cast<float>(out.columns) * kPitchX - kNoteGap,
                                             target.box.bottom() - target.header.y});
    const Rect lane_zone = lane.grown(kForeignReach);
    std::vector<Rect> foreign;
    std::vector<const Unit*> pushable;
    for (const Unit* unit : others) {
        const Rect fp = unit->footprint();
        if (fp.overlaps(lane_zone) && fp.y < lane.bottom()) {
            foreign.push_back(fp);
        } else {
            pushable.push_back(unit);
        }
    }

    std::vector<Rect> own = target.rects;
    Rect grown = target.box;
    for (float height : arrival.heights) {
        const Vec2 cell = first_free_cell(anchor, out.columns, height, own, foreign);
        out.cells.push_back(cell);
        own.push_back(Rect{cell.x, cell.y, kNoteWidth, height});
        grown = grown.united(own.back());
    }
    // A grid that did not grow down moves nothing, even what was too close already.
    if (grown.bottom() > target.box.bottom()) {
        out.pushes = make_room_below(target, grown, std::move(pushable));
    }
    return out;
}

Vec2 find_free_block(const std::vector<Rect>& taken, Vec2 size, Vec2 near, float clearance) {
    constexpr int kRings = 40;
    constexpr float kStepX = kPitchX / 2, kStepY = kPitchY / 2;
    near = Vec2{std::max(0.0f, std::round(near.x)), std::max(0.0f, std::round(near.y))};
    // Only what the search can reach matters (a board of thousands stays quick).
    const Rect reach{near.x - kRings * kStepX - clearance, near.y - kRings * kStepY - clearance,
                     2 * (kRings * kStepX + clearance) + size.x,
                     2 * (kRings * kStepY + clearance) + size.y};
    std::vector<Rect> near_taken;
    float bottom = 0;
    for (const Rect& r : taken) {
        bottom = std::max(bottom, r.bottom());
        if (r.overlaps(reach)) near_taken.push_back(r);
    }
    auto fits = [&](Vec2 at) {
        const Rect block = Rect{at.x, at.y, size.x, size.y}.grown(clearance);
        return std::none_of(near_taken.begin(), near_taken.end(),
                            [&](const Rect& r) { return r.overlaps(block); });
    };
    if (fits(near)) return near;
    struct Candidate {
        float distance;
        int j, i;
    };
    std::vector<Candidate> ring;
    for (int k = 1; k <= kRings; ++k) {
        ring.clear();
        for (int j = -k; j <= k; ++j) {
            for (int i = -k; i <= k; ++i) {
                if (std::max(std::abs(i), std::abs(j)) != k) continue;
                const float dx = static_cast<float>(i) * kStepX,
                            dy = static_cast<float>(j) * kStepY;
                if (near.x + dx < 0 || near.y + dy < 0) continue;
                ring.push_back({dx * dx + dy * dy, j, i});
            }
        }
        std::sort(ring.begin(), ring.end(), [](const Candidate& a, const Candidate& b) {
            if (a.distance != b.distance) return a.distance < b.distance;
            return a.j != b.j ? a.j < b.j : a.i < b.i;
        });
        for (const Candidate& c : ring) {
            const Vec2 at{near.x + static_cast<float>(c.i) * kStepX,
                          near.y + static_cast<float>(c.j) * kStepY};
            if (fits(at)) return at;
        }
    }
    return Vec2{near.x, std::ceil(bottom + clearance + 1)};
}

std::vector<Rect> board_footprints(const Board& board, const BoardMeasure& measure,
                                   const std::vector<std::string>& ignore) {
    ThemeArrival nothing;
    nothing.leaving_notes = ignore;
    const Units units = collect_units(board, measure, nothing);
    std::vector<Rect> out;
    out.reserve(units.all.size());
    for (const Unit& unit : units.all) out.push_back(unit.footprint());
    return out;
}

std::vector<const Note*> notes_in_place_order(const Board& board,
                                              const std::vector<std::string>& ids) {
    std::vector<const Note*> notes;
    std::unordered_set<std::string> seen;
    for (const std::string& id : ids) {
        const Note* note = board.find_note(id);
        if (note && !note->deleted.value && seen.insert(id).second) notes.push_back(note);
    }
    constexpr float kBand = kNoteHeight / 2;
    std::stable_sort(notes.begin(), notes.end(), [](const Note* a, const Note* b) {
        const Vec2 pa = a->position.value, pb = b->position.value;
        const float ra = std::floor(pa.y / kBand), rb = std::floor(pb.y / kBand);
        if (ra != rb) return ra < rb;
        return pa.x < pb.x;
    });
    return notes;
}

}  // namespace hostspace
