#pragma once
// The session's agenda: the rounds a facilitator plans to run (a check-in circle, three World
// Café rounds, a harvest), their order, and the planned start. Every field is last-writer-wins
// like a note's, so co-hosts can plan on two laptops and the agenda settles the same on both.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/session/stamp.hpp"

namespace hostspace {

// A part of a round with its own countdown (1-2-4-All: alone 1 min, pairs 2 min, ...).
struct RoundStep {
    std::string title;
    int duration_s = 0;

    friend bool operator==(const RoundStep& a, const RoundStep& b) {
        return a.duration_s == b.duration_s && a.title == b.title;
    }
    friend bool operator!=(const RoundStep& a, const RoundStep& b) { return !(a == b); }
};

// A round's own talking-piece setting: a circle passes a talking piece round, a World Café
// round does not. `session` is what rounds saved before rounds had a setting of their own hold:
// they follow the session-wide option (Timer::talking_piece), as they always did.
enum class RoundTalkingPiece { session = 0, off = 1, on = 2 };

struct Round {
    std::string id;         // UUID, stable across devices
    std::string method_id;  // the method it came from ("" when added by hand); set once
    Lww<std::string> title;
    Lww<std::string> question;
    // The length of a round without steps. A round with steps lasts as long as its steps
    // together; see round_steps() and round_duration_s().
    Lww<int> duration_s;
    Lww<std::vector<RoundStep>> steps;
    // The talking piece and each speaker's seconds, each last-writer-wins on its own. A
    // speaker_s of 0 (or less) means the session's time (Timer::speaker_s). talking_piece_for()
    // in core/timer/talking_piece.hpp says what a round runs with.
    Lww<RoundTalkingPiece> talking_piece;
    Lww<int> speaker_s;
    // Order: rounds sort by (rank, id). Moving a round gives it a rank between its new
    // neighbours, so two devices moving different rounds never fight over an index.
    Lww<double> rank;
    Lww<bool> removed;  // a tombstone, so a removal can be undone and synced
};

struct Agenda {
    std::vector<Round> rounds;   // every round ever added (removed ones too), in add order
    Lww<std::int64_t> start_ms;  // planned start, Unix ms wall clock; 0 = not set

    const Round* find_round(const std::string& id) const;
    Round* find_round(const std::string& id);
};

// ---- operations --------------------------------------------------------------------------
struct AddRound {
    std::string id, title, question, method_id;
    int duration_s = 0;
    std::vector<RoundStep> steps;
    double rank = 0;
    RoundTalkingPiece talking_piece = RoundTalkingPiece::session;
    int speaker_s = 0;  // 0: the session's time per speaker
};
// Changes only the fields that are set, so two co-hosts editing different fields of one round
// keep both edits.
struct EditRound {
    std::string id;
    std::optional<std::string> title, question;
    std::optional<int> duration_s;
    // The round's talking piece (RoundTalkingPiece::session: back to following the session's
    // option) and each speaker's seconds (0: the session's).
    std::optional<RoundTalkingPiece> talking_piece = std::nullopt;
    std::optional<int> speaker_s = std::nullopt;
};
struct SetRoundSteps {
    std::string id;
    std::vector<RoundStep> steps;  // empty: the round is one countdown of its duration_s
};
struct MoveRound {
    std::string id;
    double rank = 0;
};
struct RemoveRound {
    std::string id;
};
struct RestoreRound {
    std::string id;
};
struct SetAgendaStart {
    std::int64_t start_ms = 0;  // Unix ms; 0 clears it
};

// ---- pure helpers ------------------------------------------------------------------------

// The countdowns a round runs: its steps, or one step (the round's title and duration) when
// it has none. Never empty. Negative durations count as 0.
std::vector<RoundStep> round_steps(const Round& round);

// The planned length: the sum of round_steps().
std::int64_t round_duration_s(const Round& round);

// Live (not removed) rounds sorted by (rank, id). Pointers into `agenda`, valid until it
// changes.
std::vector<const Round*> rounds_in_order(const Agenda& agenda);

// A rank strictly between two neighbours' ranks: the midpoint of both, before + 1 after the
// last, after - 1 before the first, 0 for an empty agenda. When the two are so close that no
// double lies between them, the result equals one of them (move_round_to() then re-ranks).
double rank_between(std::optional<double> before, std::optional<double> after);

// The rank that puts a new round after every round (live or removed), so a restored round
// keeps its place.
double rank_after_last(const Agenda& agenda);

// The ops that move round `id` to position `index` of rounds_in_order() (clamped to the end).
// Usually one MoveRound with a rank between its new neighbours; when there is no room left
// between them, a MoveRound for every live round, ranked 1, 2, 3... in the new order. Empty
// when the round is missing, removed or already there.
std::vector<MoveRound> move_round_to(const Agenda& agenda, const std::string& id,
                                     std::size_t index);

}  // namespace hostspace
