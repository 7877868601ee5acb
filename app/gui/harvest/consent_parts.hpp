#pragma once
// What the consent round's pieces share (consent_view.cpp draws the round and calls them): the
// frame, the round's transient state, where each control a test clicks was drawn, and the words
// for responses and counts.
#include <imgui.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "app/gui/harvest/harvest_parts.hpp"
#include "core/harvest/consent.hpp"

namespace hostspace::gui {

struct ConsentPanel {
    const HarvestFrame& frame;
    ConsentUiState& ui;
    FrameRequests& out;
    const Session& session;
    float s;                                            // the UI scale
    std::vector<std::pair<std::string, ImVec2>> spots;  // controls drawn, for the draw log
    const char* can_agree = "-";  // "yes" or "no" once Mark agreed is drawn: for the draw log

    // Notes where the last item drawn is (its centre), under `name`, for the draw log.
    void spot(const char* name);
};

// "Agree", "Can live with it", "Stand aside", "Object".
const char* consent_kind_label(ConsentKind kind);
// The key that picks the kind: '1'..'4'.
char consent_kind_key(ConsentKind kind);
// "9 agree · 2 can live with it · 1 stands aside" (kinds nobody gave are left out); "no
// responses yet" when there are none.
std::string consent_counts_text(const ConsentCounts& counts);
// "withdrawn", "resolved by amendment", ...: how an objection was resolved, in words.
const char* objection_outcome_words(ObjectionOutcome outcome);

// Says why in the round's message band until the next action, and in the draw log.
void consent_refuse(ConsentPanel& p, const std::string& why);
// Text in `font` and `colour`, wrapped at the edge of the area.
void consent_text(ImFont* font, ImU32 colour, const std::string& text);

// Named rounds (consent_named.cpp): the name (typed or picked from the participants), the
// response, the reason, and the responses given so far.
void draw_named_responses(ConsentPanel& p, const ConsentRound& round);
void handle_named_keys(ConsentPanel& p, const ConsentRound& round);
// Counted rounds (consent_counted.cpp): a count per kind with - and +, and an objection written
// down with its reason.
void draw_counted_responses(ConsentPanel& p, const ConsentRound& round);
void handle_counted_keys(ConsentPanel& p, const ConsentRound& round);
// The round's objections (consent_objections.cpp): open ones in the error colour, each with
// Resolve…; resolved ones with how.
void draw_objections(ConsentPanel& p, const ConsentRound& round);
// Amending and agreeing (consent_agree.cpp): the amended wording asked again, the review date
// and Mark agreed (disabled with the reason beside it), and the agreed record.
void draw_amend(ConsentPanel& p, const ConsentRound& round, const Draft& draft);
void draw_mark_agreed(ConsentPanel& p, const ConsentRound& round);
void draw_agreed_record(ConsentPanel& p, const ConsentRound& round);

}  // namespace hostspace::gui
