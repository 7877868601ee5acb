#include "app/gui/projector/projector_harvest_step.hpp"

#include <algorithm>

#include "core/harvest/drafts.hpp"
#include "core/harvest/principles.hpp"

namespace hostspace::gui {

int harvest_page_count(int items, int per_page) {
    if (per_page <= 0 || items <= 0) return 1;
    return (items + per_page - 1) / per_page;
}

int clamp_page(int page, int items, int per_page) {
    return std::clamp(page, 0, harvest_page_count(items, per_page) - 1);
}

bool step_projector_harvest(const Session& session, ProjectorSettings& settings, int step) {
    if (!settings.open || settings.mode != ProjectorMode::purpose || step == 0) return false;
    ProjectorHarvest& harvest = settings.harvest;
    const Harvest& model = session.harvest;
    switch (harvest.show) {
        case HarvestShow::drafts: {
            const int drafts = static_cast<int>(drafts_in_order(model).size());
            harvest.page = clamp_page(harvest.page + step, drafts, kDraftsPerPage);
            return true;
        }
        case HarvestShow::principles: {
            const int count = static_cast<int>(principles_in_order(model).size());
            harvest.principles_page =
                clamp_page(harvest.principles_page + step, count, kPrinciplesPerPage);
            return true;
        }
        case HarvestShow::principle: {
            const std::vector<const Principle*> all = principles_in_order(model);
            if (all.empty()) return true;
            const auto it = std::find_if(all.begin(), all.end(), [&](const Principle* p) {
                return p->id == harvest.principle_id;
            });
            // A principle no longer there (the list shows): the first, or from the end the last.
            int index = step > 0 ? 0 : static_cast<int>(all.size()) - 1;
            if (it != all.end()) {
                index = std::clamp(static_cast<int>(it - all.begin()) + step, 0,
                                   static_cast<int>(all.size()) - 1);
            }
            harvest.principle_id = all[static_cast<std::size_t>(index)]->id;
            return true;
        }
        default:
            return false;  // one draft, the agreed purpose, actions, focus: nothing to step
    }
}

}  // namespace hostspace::gui
