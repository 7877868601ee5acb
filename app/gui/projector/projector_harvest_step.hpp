#pragma once
// PageDown and PageUp in Purpose mode: a presenter's clicker steps through the harvest on the
// projector (the next four drafts, the next principle, the next page of the list) instead of
// passing the talking piece.
#include "app/gui/projector/projector_settings.hpp"
#include "core/session/session.hpp"

namespace hostspace::gui {

constexpr int kDraftsPerPage = 4;      // drafts side by side on one screen
constexpr int kPrinciplesPerPage = 6;  // principles listed on one screen

// Pages needed for `items` at `per_page` each: at least 1.
int harvest_page_count(int items, int per_page);
// `page` brought into 0 .. pages-1 (a draft deleted since may have emptied the last page).
int clamp_page(int page, int items, int per_page);

// Steps what Purpose mode shows by `step` (+1: PageDown, -1: PageUp) when the projector is open
// in Purpose mode on the drafts, one principle or the principles' list: the page, or the principle
// (principle_id moves to the next live one). It stops at either end. True when the key was
// the harvest's (even at an end, so a clicker pressed once too often does not pass the
// talking piece instead); false otherwise, and nothing changed.
bool step_projector_harvest(const Session& session, ProjectorSettings& settings, int step);

}  // namespace hostspace::gui
