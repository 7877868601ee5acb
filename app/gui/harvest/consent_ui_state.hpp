#pragma once
// Transient state of a consent round being run in the Harvest place: what is being typed (a
// person's name and response, an objection, an amended wording, a review date) before it
// becomes ops. Not part of the session: the rounds, responses and objections are.
#include <string>

#include "core/harvest/harvest.hpp"

namespace hostspace::gui {

struct ConsentUiState {
    std::string round_id;  // the round the typed text below belongs to (reset when it changes)
    ConsentMode mode = ConsentMode::named;  // how the next round asked is taken

    // Named rounds: the response being taken.
    std::string person;
    ConsentKind kind = ConsentKind::none;
    std::string reason;
    bool focus_person = false;  // give the name field the keyboard on the next frame
    bool focus_reason = false;  // give the reason field the keyboard on the next frame

    // Counted rounds: the row the keys act on, and an objection being written down.
    ConsentKind counted_row = ConsentKind::agree;
    std::string objection_reason;
    std::string objection_by;

    // Resolving one objection.
    std::string resolving;  // its id ("": none)
    ObjectionOutcome outcome = ObjectionOutcome::withdrawn;
    std::string resolve_note;

    // Amend and ask again.
    bool amending = false;
    bool focus_amend = false;
    std::string amend_text;

    std::string review_date;  // YYYY-MM-DD or ""
    std::string message;      // why the last action was refused, until the next action
    bool has_keys = false;    // the round's keys (1-4, +/-, Enter) act: it was clicked in last

    std::string shape;        // what the round showed last frame: a change brings it into view
    std::string shape_owner;  // the subject and draft `shape` was of: another is a first showing
    std::string log_line;     // the last consent line in the draw log
    std::string vote_log;     // the last draft-vote line in the draw log
};

}  // namespace hostspace::gui
