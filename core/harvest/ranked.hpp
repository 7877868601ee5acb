#pragma once
// The harvest's ordered lists (drafts, principles, practice and accountability lines, actions,
// focus items) order like the agenda's rounds: items sort by (rank, id), and a move gives the
// item a rank between its new neighbours (rank_between in core/agenda), so two co-hosts moving
// different items never fight over an index.
#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "core/harvest/harvest.hpp"

namespace hostspace {

inline double rank_of(const Draft& draft) {
    return draft.rank.value;
}
inline double rank_of(const Principle& principle) {
    return principle.rank.value;
}
inline double rank_of(const PrincipleLine& line) {
    return line.place.value.rank;
}
inline double rank_of(const Action& action) {
    return action.rank.value;
}
inline double rank_of(const FocusItem& item) {
    return item.rank.value;
}

// The items `keep` accepts, sorted by (rank, id): the id breaks ties so every device agrees.
// Pointers into `items`, valid until it changes.
template <class T, class Keep>
std::vector<const T*> in_rank_order(const std::vector<T>& items, const Keep& keep) {
    std::vector<const T*> order;
    for (const T& item : items) {
        if (keep(item)) order.push_back(&item);
    }
    std::sort(order.begin(), order.end(), [](const T* a, const T* b) {
        return std::make_tuple(rank_of(*a), std::cref(a->id)) <
               std::make_tuple(rank_of(*b), std::cref(b->id));
    });
    return order;
}

// A rank after every item `keep` accepts, deleted ones included by the caller's choice (so a
// restored item keeps its place); 0 when there are none.
template <class T, class Keep>
double rank_after(const std::vector<T>& items, const Keep& keep) {
    bool any = false;
    double last = 0;
    for (const T& item : items) {
        if (!keep(item)) continue;
        last = any ? std::max(last, rank_of(item)) : rank_of(item);
        any = true;
    }
    return any ? last + 1 : 0;
}

struct RankedItem {
    std::string id;
    double rank = 0;
};
struct RankChange {
    std::string id;
    double rank = 0;
};

// The rank changes that move `id` to position `index` of `order` (clamped to the end): usually
// one, with a rank between the new neighbours; when no double lies between them, ranks 1, 2,
// 3... for every item whose rank changes. Empty when `id` is not in `order` or already there.
std::vector<RankChange> moves_to_index(std::vector<RankedItem> order, const std::string& id,
                                       std::size_t index);

template <class T>
std::vector<RankChange> moves_to_index(const std::vector<const T*>& order, const std::string& id,
                                       std::size_t index) {
    std::vector<RankedItem> ranked;
    ranked.reserve(order.size());
    for (const T* item : order) ranked.push_back({item->id, rank_of(*item)});
    return moves_to_index(std::move(ranked), id, index);
}

}  // namespace hostspace
