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
    int principles_page = 0;  // principles: which six of the list (0-based), stepped by PageDown
};

// Text the room reads from the back must be at least this share of the screen's height: 36
// pixels on a 1080-pixel screen, 24 on 720 (about 4 cm on a screen 2 m tall: readable from
// 10 m). The draw log's `readable=yes` says the main text is at least this size.
constexpr float kReadableTextShare = 1.0f / 30;

// The draw log's words: "drafts", "draft", "agreed", "principle", "principles", "actions",
// "focus".
inline const char* harvest_show_word(HarvestShow show) {
    switch (show) {
        case HarvestShow::draft:
            return "draft";
        case HarvestShow::agreed:
            return "agreed";
        case HarvestShow::principle:
            return "principle";
        case HarvestShow::principles:
            return "principles";
        case HarvestShow::actions:
            return "actions";
        case HarvestShow::focus:
            return "focus";
        default:
            return "drafts";
    }
}

}  // namespace hostspace::gui
