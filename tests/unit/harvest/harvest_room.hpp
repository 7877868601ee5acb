#pragma once
// A session for the harvest's tests: a board with two themes and their notes, two participants,
// and helpers that fold ops as one device would (its own seq and a rising Lamport clock).
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "core/session/session.hpp"
#include "test_support.hpp"

namespace hostspace::test {

struct HarvestRoom {
    Session session;
    std::uint64_t seq = 0;
    std::uint64_t lamport = 0;
    std::string device = kDeviceA;
    std::int64_t now_ms = 1'795'341'600'000;

    HarvestRoom() {
        add(AddGroup{"g1", "Young people's voice", "blue", {0, 0}});
        add(AddGroup{"g2", "Trust", "pink", {400, 0}});
        add(AddNote{"n1", "Ask young people first", "Amira", "Youth Council", "", "g1", {0, 50}});
        add(AddNote{"n2", "Meet where they are", "Jo", "", "", "g1", {0, 200}});
        add(AddNote{"n3", "Keep our promises", "Tom", "", "", "g2", {400, 50}});
        add(AddParticipant{"p1", "Helen Marsh", "ICB", "Chair"});
        add(AddParticipant{"p2", "Amira Hussain", "Youth Council", "Member"});
    }

    // Folds one op (as the next of this room's device) and returns the inverse computed on the
    // state before it, as Document::commit does.
    std::vector<OpPayload> add(OpPayload payload) {
        auto inverse = invert(session, payload);
        apply(session, next_op(std::move(payload)));
        return inverse;
    }

    // Several ops as one change; returns the undo (inverses in reverse order), as Document does.
    std::vector<OpPayload> add_all(const std::vector<OpPayload>& payloads) {
        std::vector<std::vector<OpPayload>> steps;
        for (const OpPayload& payload : payloads) steps.push_back(add(payload));
        std::vector<OpPayload> undo;
        for (auto step = steps.rbegin(); step != steps.rend(); ++step) {
            undo.insert(undo.end(), step->begin(), step->end());
        }
        return undo;
    }

    Op next_op(OpPayload payload) {
        ++seq;
        lamport = std::max(lamport, session.max_lamport) + 1;
        now_ms += 1000;
        return make_op(device, seq, lamport, std::move(payload), now_ms);
    }

    const Harvest& harvest() const { return session.harvest; }
};

// Ids for helpers that make several: "id1", "id2", ...
inline NewId counter_ids(const std::string& prefix = "id") {
    auto n = std::make_shared<int>(0);
    return [prefix, n] { return prefix + std::to_string(++*n); };
}

}  // namespace hostspace::test
