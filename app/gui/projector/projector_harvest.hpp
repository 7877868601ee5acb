#pragma once
// What the projector's Purpose mode shows: what the facilitator works on in the Harvest place.
// The place's parts set it each frame they are drawn; PageDown steps through it. Local to this
// laptop, like the rest of the projector's settings.
#include <string>

namespace hostspace::gui {

enum class HarvestShow {
    drafts,      // the purpose drafts side by side, four at a time (`page`)
    draft,       // one draft large (`draft_id`), changing as it is typed
    agreed,      // the agreed purpose with its consent record
    principle,   // one principle large (`principle_id`)
    principles,  // every principle as a list
    actions,     // the actions
    focus,       // the next focus items
};

struct ProjectorHarvest {
    HarvestShow show = HarvestShow::drafts;
    int page = 0;              // drafts: which four (0-based)
    std::string draft_id;      // draft: the one shown
    std::string principle_id;  // principle: the one shown
    // The wording being typed into a draft's editor and not saved yet, so the room watches it
    // form as it is typed ("" for the draft: its saved text shows).
    std::string typing_draft_id;
    std::string typing_text;
};

}  // namespace hostspace::gui
