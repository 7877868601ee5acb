#pragma once
// A session on a fake clock for the timer and agenda tests: `now` only moves when a test moves
// it, and each commit keeps its inverse, as the Document does for undo.
#include <cstdint>
#include <vector>

#include "core/session/session.hpp"
#include "core/timer/timer_reading.hpp"
#include "test_support.hpp"

namespace hostspace::test {

constexpr std::int64_t kTen = 1'795'341'600'000;  // a morning at 10:00, Unix ms
constexpr std::int64_t kMinute = 60'000;

// Three rounds: check-in (10 min, with a question), 1-2-4-All (1, 2, 4, 5 min steps), and a
// harvest (15 min); the session's calling question is set.
struct Room {
    Session s;
    std::uint64_t seq = 0;
    std::int64_t now = kTen;
    std::vector<OpPayload> undo;

    Room() {
        commit(AddRound{"r1", "Check-in", "What brings you?", "check-in-circle", 600, {}, 1});
        commit(AddRound{"r2",
                        "1-2-4-All",
                        "",
                        "one-two-four-all",
                        0,
                        {{"Alone", 60}, {"Pairs", 120}, {"Fours", 240}, {"All", 300}},
                        2});
        commit(AddRound{"r3", "Harvest", "", "", 900, {}, 3});
        commit(SetMeta{MetaField::question, "How do we serve young people?"});
    }
    void commit(const OpPayload& payload) {
        undo = invert(s, payload);
        ++seq;
        apply(s, make_op(kDeviceA, seq, seq, payload, now));
    }
    // Commits the inverse of the last commit (and keeps its inverse, for a redo).
    void undo_last() {
        const std::vector<OpPayload> step = undo;
        std::vector<OpPayload> redo;
        for (const auto& payload : step) {
            commit(payload);
            redo.insert(redo.begin(), undo.begin(), undo.end());
        }
        undo = redo;
    }
    void wait_s(std::int64_t seconds) { now += seconds * 1000; }
    TimerReading read() const { return read_timer(s, now); }
    std::int64_t left_s() const { return read().seconds_remaining; }
};

}  // namespace hostspace::test
