#include "core/harvest/drafts.hpp"

#include <algorithm>
#include <set>

#include "core/harvest/ranked.hpp"
#include "core/util/text.hpp"
#include "core/voting/voting_results.hpp"

namespace hostspace {
namespace {

bool live(const DraftVersion& version) {
    return !version.withdrawn.value;
}

// Versions reachable from `version` through based_on, itself not included.
std::set<std::string> ancestors(const Draft& draft, const DraftVersion& version) {
    std::set<std::string> seen;
    std::vector<const DraftVersion*> todo = {&version};
    while (!todo.empty()) {
        const DraftVersion* next = todo.back();
        todo.pop_back();
        for (const std::string& parent_id : next->based_on) {
            const DraftVersion* parent = draft.find_version(parent_id);
            if (parent && seen.insert(parent_id).second) todo.push_back(parent);
        }
    }
    return seen;
}

void erase_all(std::string& text, const std::string& part) {
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part)) {
        text.erase(at, part.size());
    }
}

std::vector<std::string> ids_of(const std::vector<const DraftVersion*>& versions) {
    std::vector<std::string> ids;
    for (const DraftVersion* version : versions) ids.push_back(version->id);
    return ids;
}

}  // namespace

std::vector<const Draft*> drafts_in_order(const Harvest& harvest) {
    return in_rank_order(harvest.drafts, [](const Draft& draft) { return !draft.deleted.value; });
}

const DraftVersion* current_version(const Draft& draft) {
    const DraftVersion* current = nullptr;
    for (const DraftVersion& version : draft.versions) {
        if (live(version) && (!current || current->stamp < version.stamp)) current = &version;
    }
    return current;
}

std::string current_text(const Draft& draft) {
    const DraftVersion* version = current_version(draft);
    return version ? version->text : "";
}

std::vector<const DraftVersion*> versions_in_order(const Draft& draft) {
    std::vector<const DraftVersion*> order;
    for (const DraftVersion& version : draft.versions) order.push_back(&version);
    std::sort(order.begin(), order.end(),
              [](const DraftVersion* a, const DraftVersion* b) { return a->stamp < b->stamp; });
    return order;
}

std::vector<const DraftVersion*> version_heads(const Draft& draft) {
    // A version is superseded when a live version descends from it, through withdrawn ones
    // too: undoing an edit in the middle does not split the history.
    std::set<std::string> superseded;
    for (const DraftVersion& version : draft.versions) {
        if (!live(version)) continue;
        for (const std::string& id : ancestors(draft, version)) superseded.insert(id);
    }
    std::vector<const DraftVersion*> heads;
    for (const DraftVersion* version : versions_in_order(draft)) {
        if (live(*version) && !superseded.count(version->id)) heads.push_back(version);
    }
    return heads;
}

bool has_concurrent_version(const Draft& draft) {
    return version_heads(draft).size() > 1;
}

std::vector<const DraftVersion*> concurrent_versions(const Draft& draft) {
    const DraftVersion* current = current_version(draft);
    std::vector<const DraftVersion*> others;
    for (const DraftVersion* head : version_heads(draft)) {
        if (head != current) others.push_back(head);
    }
    return others;
}

std::optional<std::string> draft_text_refusal(const std::string& text) {
    std::string rest = text;
    if (trim_space(rest).empty()) {
        return "A draft needs its words: write what the room wants to say (an empty draft is "
               "not saved).";
    }
    // The frame with its gaps left empty says nothing yet.
    erase_all(rest, trim_space(kPurposeFrameStart));
    erase_all(rest, trim_space(kPurposeFrameJoin));
    erase_all(rest, "\xE2\x80\xA6");
    erase_all(rest, "...");
    if (trim_space(rest).empty()) {
        return "Fill in the frame's gaps first: \"We come together to ... so that ...\" is not "
               "a purpose yet (the frame is only a start; any wording will do).";
    }
    return std::nullopt;
}

std::string next_draft_label(const Harvest& harvest) {
    return "Draft " + std::to_string(drafts_in_order(harvest).size() + 1);
}

AddDraft new_draft(const Harvest& harvest, const std::string& id, const std::string& version_id,
                   const std::string& label, const std::string& text, const std::string& author,
                   std::vector<std::string> sources) {
    AddDraft op;
    op.id = id;
    op.label = label;
    op.sources = std::move(sources);
    op.version_id = version_id;
    op.text = text;
    op.author = author;
    op.rank = rank_after(harvest.drafts, [](const Draft&) { return true; });
    return op;
}

std::vector<OpPayload> edit_draft(const Draft& draft, const std::string& version_id,
                                  const std::string& text, const std::string& author) {
    const DraftVersion* current = current_version(draft);
    if (draft_text_refusal(text) || (current && current->text == text)) return {};
    std::vector<std::string> based_on;
    if (current) based_on.push_back(current->id);
    return {AddDraftVersion{draft.id, version_id, text, author, based_on}};
}

std::vector<OpPayload> combine_draft_versions(const Draft& draft, const std::string& version_id,
                                              const std::string& text, const std::string& author) {
    if (draft_text_refusal(text)) return {};
    return {AddDraftVersion{draft.id, version_id, text, author, ids_of(version_heads(draft))}};
}

std::optional<std::string> restore_version_refusal(const Draft& draft,
                                                   const std::string& from_version_id) {
    const DraftVersion* from = draft.find_version(from_version_id);
    if (!from) return "There is no such version of this draft.";
    const DraftVersion* current = current_version(draft);
    if (current && current->text == from->text) return "That wording is already the one shown.";
    return std::nullopt;
}

std::vector<OpPayload> restore_draft_version(const Draft& draft, const std::string& version_id,
                                             const std::string& from_version_id,
                                             const std::string& author) {
    if (restore_version_refusal(draft, from_version_id)) return {};
    std::vector<std::string> based_on;
    if (const DraftVersion* current = current_version(draft)) based_on.push_back(current->id);
    return {RestoreDraftVersion{draft.id, version_id, from_version_id, author, based_on}};
}

std::vector<OpPayload> move_draft_to(const Harvest& harvest, const std::string& id,
                                     std::size_t index) {
    std::vector<OpPayload> ops;
    for (const RankChange& change : moves_to_index(drafts_in_order(harvest), id, index)) {
        ops.push_back(MoveDraft{change.id, change.rank});
    }
    return ops;
}

std::string draft_delete_notice(const Session& session, const std::string& draft_id) {
    const Draft* draft = session.harvest.find_draft(draft_id);
    if (!draft || draft->deleted.value) return "";
    std::string notice;
    for (const VotingRound& round : session.voting.rounds) {
        if (round.deleted.value || round.rules.target != VoteTarget::drafts) continue;
        for (const ItemResult& item : tally_votes(session, round).ranked) {
            if (item.item_id != draft_id || item.dots == 0) continue;
            notice += "\"" + round.title.value + "\" counted " + std::to_string(item.dots) +
                      (item.dots == 1 ? " dot" : " dots") +
                      " for it: they stay in that vote's results, marked deleted. ";
        }
    }
    for (const ConsentRound& round : session.harvest.consent_rounds) {
        if (!round.deleted.value && round.draft_id == draft_id && round.agreement.value.agreed) {
            notice +=
                "It holds an agreed purpose: that agreement is set aside until the draft is "
                "restored. ";
            break;
        }
    }
    if (!notice.empty()) notice.pop_back();
    return notice;
}

}  // namespace hostspace
