#include "core/session/session.hpp"

#include <algorithm>
#include <tuple>
#include <type_traits>
#include <utility>

#include "core/agenda/agenda_apply.hpp"
#include "core/board/board_apply.hpp"
#include "core/harvest/harvest_apply.hpp"
#include "core/harvest/harvest_tags.hpp"
#include "core/timer/timer_apply.hpp"
#include "core/voting/voting_apply.hpp"

namespace hostspace {
namespace {

// ---- session-level (meta, participants) ops ----------------------------------------------
void apply_to(Session& s, const SetMeta& op, const Op& env) {
    s.meta.field(op.field).assign(op.value, env.stamp());
}

void apply_to(Session& s, const AddParticipant& op, const Op& env) {
    if (s.find_participant(op.id)) return;
    const Stamp stamp = env.stamp();
    Participant p;
    p.id = op.id;
    p.name = {op.name, stamp};
    p.organisation = {op.organisation, stamp};
    p.role = {op.role, stamp};
    p.removed = {false, stamp};
    s.participants.push_back(std::move(p));
}

void apply_to(Session& s, const EditParticipant& op, const Op& env) {
    if (Participant* p = s.find_participant(op.id)) {
        if (op.name) p->name.assign(*op.name, env.stamp());
        if (op.organisation) p->organisation.assign(*op.organisation, env.stamp());
        if (op.role) p->role.assign(*op.role, env.stamp());
    }
}

void apply_to(Session& s, const RemoveParticipant& op, const Op& env) {
    if (Participant* p = s.find_participant(op.id)) p->removed.assign(true, env.stamp());
}

void apply_to(Session& s, const RestoreParticipant& op, const Op& env) {
    if (Participant* p = s.find_participant(op.id)) p->removed.assign(false, env.stamp());
}

// Which feature an op belongs to is told by which feature's apply() accepts it, so adding an
// op to a feature's header and its apply is all the dispatch needs.
template <class T, class = void>
struct is_board_op : std::false_type {};
template <class T>
struct is_board_op<
    T, std::void_t<decltype(board_ops::apply(std::declval<Board&>(), std::declval<const T&>(),
                                             std::declval<const Op&>()))>> : std::true_type {};

template <class T, class = void>
struct is_agenda_op : std::false_type {};
template <class T>
struct is_agenda_op<
    T, std::void_t<decltype(agenda_ops::apply(std::declval<Agenda&>(), std::declval<const T&>(),
                                              std::declval<const Op&>()))>> : std::true_type {};

template <class T, class = void>
struct is_voting_op : std::false_type {};
template <class T>
struct is_voting_op<
    T, std::void_t<decltype(voting_ops::apply(std::declval<Session&>(), std::declval<const T&>(),
                                              std::declval<const Op&>()))>> : std::true_type {};

template <class T, class = void>
struct is_harvest_op : std::false_type {};
template <class T>
struct is_harvest_op<
    T, std::void_t<decltype(harvest_ops::apply(std::declval<Harvest&>(), std::declval<const T&>(),
                                               std::declval<const Op&>()))>> : std::true_type {};

template <class FeatureOp>
void apply_to(Session& s, const FeatureOp& op, const Op& env) {
    if constexpr (is_board_op<FeatureOp>::value) {
        board_ops::apply(s.board, op, env);
    } else if constexpr (is_agenda_op<FeatureOp>::value) {
        agenda_ops::apply(s.agenda, op, env);
    } else if constexpr (is_voting_op<FeatureOp>::value) {
        voting_ops::apply(s, op, env);  // dots are checked against the board's items
    } else if constexpr (is_harvest_op<FeatureOp>::value) {
        harvest_ops::apply(s.harvest, op, env);
    } else {
        timer_ops::apply(s, op, env);  // the timer reads the agenda and participants
    }
}

std::vector<OpPayload> invert_of(const Session& before, const SetMeta& op) {
    const auto& current = before.meta.field(op.field).value;
    if (current == op.value) return {};
    return {SetMeta{op.field, current}};
}

std::vector<OpPayload> invert_of(const Session& before, const AddParticipant& op) {
    if (before.find_participant(op.id)) return {};
    return {RemoveParticipant{op.id}};
}

std::vector<OpPayload> invert_of(const Session& before, const EditParticipant& op) {
    const Participant* p = before.find_participant(op.id);
    if (!p) return {};
    EditParticipant back{op.id, {}, {}, {}};
    if (op.name && *op.name != p->name.value) back.name = p->name.value;
    if (op.organisation && *op.organisation != p->organisation.value) {
        back.organisation = p->organisation.value;
    }
    if (op.role && *op.role != p->role.value) back.role = p->role.value;
    if (!back.name && !back.organisation && !back.role) return {};
    return {back};
}

std::vector<OpPayload> invert_of(const Session& before, const RemoveParticipant& op) {
    const Participant* p = before.find_participant(op.id);
    if (!p || p->removed.value) return {};
    return {RestoreParticipant{op.id}};
}

std::vector<OpPayload> invert_of(const Session& before, const RestoreParticipant& op) {
    const Participant* p = before.find_participant(op.id);
    if (!p || !p->removed.value) return {};
    return {RemoveParticipant{op.id}};
}

template <class FeatureOp>
std::vector<OpPayload> invert_of(const Session& before, const FeatureOp& op) {
    if constexpr (is_board_op<FeatureOp>::value) {
        return board_ops::invert(before.board, op);
    } else if constexpr (is_agenda_op<FeatureOp>::value) {
        return agenda_ops::invert(before.agenda, op);
    } else if constexpr (is_voting_op<FeatureOp>::value) {
        return voting_ops::invert(before, op);
    } else if constexpr (is_harvest_op<FeatureOp>::value) {
        return harvest_ops::invert(before.harvest, op);
    } else {
        return timer_ops::invert(before, op);
    }
}

struct TagOf {
    const char* operator()(const SetMeta&) const { return "set_meta"; }
    const char* operator()(const AddParticipant&) const { return "add_participant"; }
    const char* operator()(const EditParticipant&) const { return "edit_participant"; }
    const char* operator()(const RemoveParticipant&) const { return "remove_participant"; }
    const char* operator()(const RestoreParticipant&) const { return "restore_participant"; }
    const char* operator()(const AddNote&) const { return "add_note"; }
    const char* operator()(const EditNoteText&) const { return "edit_note_text"; }
    const char* operator()(const SetNoteAuthor&) const { return "set_note_author"; }
    const char* operator()(const MoveNote&) const { return "move_note"; }
    const char* operator()(const SetNoteColour&) const { return "set_note_colour"; }
    const char* operator()(const AssignNoteToGroup&) const { return "assign_note_to_group"; }
    const char* operator()(const DeleteNote&) const { return "delete_note"; }
    const char* operator()(const RestoreNote&) const { return "restore_note"; }
    const char* operator()(const AddGroup&) const { return "add_group"; }
    const char* operator()(const RenameGroup&) const { return "rename_group"; }
    const char* operator()(const MoveGroup&) const { return "move_group"; }
    const char* operator()(const SetGroupColour&) const { return "set_group_colour"; }
    const char* operator()(const DeleteGroup&) const { return "delete_group"; }
    const char* operator()(const RestoreGroup&) const { return "restore_group"; }
    const char* operator()(const SetGroupCollapsed&) const { return "set_group_collapsed"; }
    const char* operator()(const SetBoardAnonymous&) const { return "set_board_anonymous"; }
    const char* operator()(const AddRound&) const { return "add_round"; }
    const char* operator()(const EditRound&) const { return "edit_round"; }
    const char* operator()(const SetRoundSteps&) const { return "set_round_steps"; }
    const char* operator()(const MoveRound&) const { return "move_round"; }
    const char* operator()(const RemoveRound&) const { return "remove_round"; }
    const char* operator()(const RestoreRound&) const { return "restore_round"; }
    const char* operator()(const SetAgendaStart&) const { return "set_agenda_start"; }
    const char* operator()(const StartRound&) const { return "start_round"; }
    const char* operator()(const PauseTimer&) const { return "pause_timer"; }
    const char* operator()(const ResumeTimer&) const { return "resume_timer"; }
    const char* operator()(const AdjustTimer&) const { return "adjust_timer"; }
    const char* operator()(const RestartStep&) const { return "restart_step"; }
    const char* operator()(const NextStep&) const { return "next_step"; }
    const char* operator()(const StopTimer&) const { return "stop_timer"; }
    const char* operator()(const SetTimerOptions&) const { return "set_timer_options"; }
    const char* operator()(const NextSpeaker&) const { return "next_speaker"; }
    const char* operator()(const RestoreTimer&) const { return "restore_timer"; }
    const char* operator()(const OpenVotingRound&) const { return "open_voting_round"; }
    const char* operator()(const RenameVotingRound&) const { return "rename_voting_round"; }
    const char* operator()(const CloseVoting&) const { return "close_voting"; }
    const char* operator()(const ReopenVoting&) const { return "reopen_voting"; }
    const char* operator()(const RevealVotes&) const { return "reveal_votes"; }
    const char* operator()(const DeleteVotingRound&) const { return "delete_voting_round"; }
    const char* operator()(const RestoreVotingRound&) const { return "restore_voting_round"; }
    const char* operator()(const CastDot&) const { return "cast_dot"; }
    const char* operator()(const WithdrawDot&) const { return "withdraw_dot"; }
    const char* operator()(const AdjustTally&) const { return "adjust_tally"; }
    // The harvest keeps its tags in one list (harvest_tags.hpp), shared with its JSON readers.
    template <class HarvestOp>
    const char* operator()(const HarvestOp& op) const {
        return harvest_op_tag(op);
    }
};

}  // namespace

OpPayload::OpPayload(const OpPayload&) = default;
OpPayload::OpPayload(OpPayload&&) noexcept = default;
OpPayload& OpPayload::operator=(const OpPayload&) = default;
OpPayload& OpPayload::operator=(OpPayload&&) noexcept = default;
OpPayload::~OpPayload() = default;

bool fold_before(const Op& a, const Op& b) {
    return std::tie(a.lamport, a.id.device, a.id.seq) < std::tie(b.lamport, b.id.device, b.id.seq);
}

const Participant* Session::find_participant(const std::string& id) const {
    for (const auto& p : participants) {
        if (p.id == id) return &p;
    }
    return nullptr;
}

Participant* Session::find_participant(const std::string& id) {
    return const_cast<Participant*>(static_cast<const Session&>(*this).find_participant(id));
}

SessionVersion version_of(const Session* session) {
    if (!session) return {};
    return SessionVersion{session,
                          session->board.notes.data(),
                          session->board.notes.size(),
                          session->board.groups.size(),
                          session->op_count(),
                          session->max_lamport};
}

std::size_t Session::op_count() const {
    std::size_t total = 0;
    for (const auto& [device, seq] : device_seq) total += seq;
    return total;
}

void apply(Session& session, const Op& op) {
    std::visit([&](const auto& payload) { apply_to(session, payload, op); }, op.payload);
    session.max_lamport = std::max(session.max_lamport, op.lamport);
    auto& seq = session.device_seq[op.id.device];
    seq = std::max(seq, op.id.seq);
}

Session fold(std::vector<Op> ops) {
    std::sort(ops.begin(), ops.end(), fold_before);
    Session session;
    for (const auto& op : ops) apply(session, op);
    return session;
}

std::vector<OpPayload> invert(const Session& before, const OpPayload& payload) {
    return std::visit([&](const auto& op) { return invert_of(before, op); }, payload);
}

const char* op_tag(const OpPayload& payload) {
    return std::visit(TagOf{}, payload);
}

}  // namespace hostspace
