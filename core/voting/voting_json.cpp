#include "core/voting/voting_json.hpp"

#include "core/util/error.hpp"

namespace hostspace {
namespace {

using namespace op_json;

void put_rules(Writer& w, const VotingRules& rules) {
    put(w, "target", vote_target_name(rules.target));
    put_int(w, "dots_per_person", rules.dots_per_person);
    put_int(w, "per_item_max", rules.per_item_max);
    put_bool(w, "anonymous", rules.anonymous);
    put_bool(w, "live_results", rules.live_results);
    put_text_list(w, "items", rules.items);
    put(w, "runoff_of", rules.runoff_of);
}

// Out-of-range numbers are read as they are and clamped when applied: a value the app could
// write must never make a session impossible to open.
VotingRules read_rules(const Json& o) {
    VotingRules rules;
    rules.target = vote_target_from_name(text(o, "target"));
    rules.dots_per_person = int_number(o, "dots_per_person");
    rules.per_item_max = int_number(o, "per_item_max");
    rules.anonymous = boolean(o, "anonymous");
    rules.live_results = boolean(o, "live_results");
    rules.items = text_list(o, "items");
    rules.runoff_of = text(o, "runoff_of");
    return rules;
}

}  // namespace

void write_fields(Writer& w, const OpenVotingRound& op) {
    put(w, "id", op.id);
    put(w, "title", op.title);
    put_rules(w, op.rules);
}

void write_fields(Writer& w, const RenameVotingRound& op) {
    put(w, "id", op.id);
    put(w, "title", op.title);
}

void write_fields(Writer& w, const CloseVoting& op) {
    put(w, "id", op.id);
}

void write_fields(Writer& w, const ReopenVoting& op) {
    put(w, "id", op.id);
}

void write_fields(Writer& w, const RevealVotes& op) {
    put(w, "id", op.id);
    put_bool(w, "revealed", op.revealed);
}

void write_fields(Writer& w, const DeleteVotingRound& op) {
    put(w, "id", op.id);
}

void write_fields(Writer& w, const RestoreVotingRound& op) {
    put(w, "id", op.id);
}

void write_fields(Writer& w, const CastDot& op) {
    put(w, "id", op.id);
    put(w, "round", op.round_id);
    put(w, "item", op.item_id);
    put(w, "voter", op.voter);
}

void write_fields(Writer& w, const WithdrawDot& op) {
    put(w, "id", op.id);
    put(w, "round", op.round_id);
}

void write_fields(Writer& w, const AdjustTally& op) {
    put(w, "round", op.round_id);
    put(w, "item", op.item_id);
    put_int(w, "delta", op.delta);
}

void add_voting_readers(PayloadReaders& readers) {
    readers["open_voting_round"] = [](const Json& o) -> OpPayload {
        return OpenVotingRound{text(o, "id"), text(o, "title"), read_rules(o)};
    };
    readers["rename_voting_round"] = [](const Json& o) -> OpPayload {
        return RenameVotingRound{text(o, "id"), text(o, "title")};
    };
    readers["close_voting"] = [](const Json& o) -> OpPayload { return CloseVoting{text(o, "id")}; };
    readers["reopen_voting"] = [](const Json& o) -> OpPayload {
        return ReopenVoting{text(o, "id")};
    };
    readers["reveal_votes"] = [](const Json& o) -> OpPayload {
        return RevealVotes{text(o, "id"), boolean(o, "revealed")};
    };
    readers["delete_voting_round"] = [](const Json& o) -> OpPayload {
        return DeleteVotingRound{text(o, "id")};
    };
    readers["restore_voting_round"] = [](const Json& o) -> OpPayload {
        return RestoreVotingRound{text(o, "id")};
    };
    readers["cast_dot"] = [](const Json& o) -> OpPayload {
        return CastDot{text(o, "id"), text(o, "round"), text(o, "item"), text(o, "voter")};
    };
    readers["withdraw_dot"] = [](const Json& o) -> OpPayload {
        return WithdrawDot{text(o, "id"), text(o, "round")};
    };
    readers["adjust_tally"] = [](const Json& o) -> OpPayload {
        return AdjustTally{text(o, "round"), text(o, "item"), int_number(o, "delta")};
    };
}

}  // namespace hostspace
