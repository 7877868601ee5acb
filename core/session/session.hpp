#pragma once
// A session's state is the fold of its operations. This header names every operation, the
// envelope that identifies one, and the pure functions that apply and invert them.
#include <cstdint>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "core/agenda/agenda.hpp"
#include "core/board/board.hpp"
#include "core/harvest/harvest_ops.hpp"
#include "core/session/meta.hpp"
#include "core/session/stamp.hpp"
#include "core/timer/timer.hpp"
#include "core/voting/voting.hpp"

namespace hostspace {

// Every operation's payload, one alternative per op type.
using OpVariant = std::variant<
    SetMeta, AddParticipant, EditParticipant, RemoveParticipant, RestoreParticipant, AddNote,
    EditNoteText, SetNoteAuthor, MoveNote, SetNoteColour, AssignNoteToGroup, DeleteNote,
    RestoreNote, AddGroup, RenameGroup, MoveGroup, SetGroupColour, DeleteGroup, RestoreGroup,
    SetGroupCollapsed, SetBoardAnonymous, AddRound, EditRound, SetRoundSteps, MoveRound,
    RemoveRound, RestoreRound, SetAgendaStart, StartRound, PauseTimer, ResumeTimer, AdjustTimer,
    RestartStep, NextStep, StopTimer, SetTimerOptions, NextSpeaker, RestoreTimer, OpenVotingRound,
    RenameVotingRound, CloseVoting, ReopenVoting, RevealVotes, DeleteVotingRound,
    RestoreVotingRound, CastDot, WithdrawDot, AdjustTally, AddDraft, AddDraftVersion,
    RestoreDraftVersion, WithdrawDraftVersion, ReinstateDraftVersion, RenameDraft, MoveDraft,
    DeleteDraft, RestoreDraft, OpenConsentRound, SetConsentResponse, AdjustConsentCount,
    RecordObjection, ResolveObjection, DeleteObjection, RestoreObjection, SetConsentAgreement,
    DeleteConsentRound, RestoreConsentRound, AddPrinciple, EditPrinciple, MovePrinciple,
    LinkPrincipleSources, DeletePrinciple, RestorePrinciple, AddPrincipleLine, EditPrincipleLine,
    MovePrincipleLine, DeletePrincipleLine, RestorePrincipleLine, AddAction, EditAction, MoveAction,
    DeleteAction, RestoreAction, AddFocusItem, EditFocusItem, MoveFocusItem, DeleteFocusItem,
    RestoreFocusItem>;

// An op's payload: the variant, with its copy, move and destruction compiled once, in
// session.cpp. Left inline, every file that copied a payload compiled those 95-way visits again:
// 14 s and a 44 MB object for a file with one vector of payloads at -O1, most of the build.
// std::visit, std::get and get_if take it as the variant it is.
struct OpPayload : OpVariant {
    using Variant = OpVariant;
    using OpVariant::OpVariant;
    OpPayload() = default;
    OpPayload(const OpPayload&);
    OpPayload(OpPayload&&) noexcept;
    OpPayload& operator=(const OpPayload&);
    OpPayload& operator=(OpPayload&&) noexcept;
    ~OpPayload();
};

struct Op {
    OpId id;
    std::uint64_t lamport = 0;
    std::int64_t at_ms = 0;  // wall clock when made (Unix ms); shown, never used for order
    OpPayload payload;

    Stamp stamp() const { return Stamp{lamport, id.device, id.seq}; }
};

// The fold order: (lamport, device, seq).
bool fold_before(const Op& a, const Op& b);

struct Session {
    Meta meta;
    std::vector<Participant> participants;
    Board board;
    Agenda agenda;
    Timer timer;
    Voting voting;
    Harvest harvest;
    std::uint64_t max_lamport = 0;                    // highest Lamport clock seen
    std::map<std::string, std::uint64_t> device_seq;  // highest seq seen per device

    const Participant* find_participant(const std::string& id) const;
    Participant* find_participant(const std::string& id);
    std::size_t op_count() const;  // sum of device_seq: ops folded in, if none were skipped
};

// One state of one session, for caches kept outside it (a layout of the board, vote results):
// every change to a session is an op, and every op folded in raises the op count or the
// Lamport clock, so equal versions mean the same state. The notes' storage is part of it, since
// a layout points into it.
struct SessionVersion {
    const Session* session = nullptr;
    const Note* notes = nullptr;
    std::size_t note_count = 0, group_count = 0, ops = 0;
    std::uint64_t lamport = 0;

    friend bool operator==(const SessionVersion& a, const SessionVersion& b) {
        return a.session == b.session && a.notes == b.notes && a.note_count == b.note_count &&
               a.group_count == b.group_count && a.ops == b.ops && a.lamport == b.lamport;
    }
    friend bool operator!=(const SessionVersion& a, const SessionVersion& b) { return !(a == b); }
};
// The version of `session`; a null session has the empty version.
SessionVersion version_of(const Session* session);

// Folds one op into the state. Pure (no I/O, no clock) and total: an op whose target does not
// exist is ignored, never an error. Stamps make every field last-writer-wins.
void apply(Session& session, const Op& op);

// Folds ops after sorting them into fold order.
Session fold(std::vector<Op> ops);

// The payloads that undo `payload` if applied right after it to `before` (the state the op
// was applied to). Empty when the op would change nothing.
std::vector<OpPayload> invert(const Session& before, const OpPayload& payload);

// The stable tag of an operation in files and on the wire, e.g. "add_note".
const char* op_tag(const OpPayload& payload);

}  // namespace hostspace
