#pragma once
// Principles for the views: the ordered list and each principle's practice and accountability
// lines, and the ops to start one (from a theme, from a vote's top results, or blank), add and
// move lines, reorder, merge two, delete and restore. Commit each helper's ops as one change, so
// one undo takes all of them back.
#include <optional>
#include <string>
#include <vector>

#include "core/session/session.hpp"

namespace hostspace {

// Live principles in order (rank, id).
std::vector<const Principle*> principles_in_order(const Harvest& harvest);

// The live lines of one list (practices or accountability) of a principle, in order.
std::vector<const PrincipleLine*> lines_of(const Harvest& harvest, const std::string& principle_id,
                                           LineKind kind);

// A new principle after the others (blank: leave the texts empty).
AddPrinciple new_principle(const Harvest& harvest, const std::string& id,
                           const std::string& title = "", const std::string& statement = "",
                           std::vector<std::string> sources = {});

// A theme as a principle: the theme's title becomes the principle's, the theme and its notes
// are its sources (shown beside it as raw material).
std::optional<std::string> principle_from_theme_refusal(const Session& session,
                                                        const std::string& group_id);
std::optional<AddPrinciple> principle_from_theme(const Session& session,
                                                 const std::string& group_id,
                                                 const std::string& id);

// A vote's top results as principles: one per item among the top `top_n` with dots (a theme as
// in principle_from_theme, a note with its text as the title and itself as the source), skipping
// items a live principle already links. Votes on drafts are refused: principles start from the
// board.
std::optional<std::string> principles_from_vote_refusal(const Session& session,
                                                        const std::string& round_id, int top_n);
std::vector<OpPayload> principles_from_vote(const Session& session, const std::string& round_id,
                                            int top_n, const NewId& new_id);

// Why a line with this text must not be added, or nothing (an empty line).
std::optional<std::string> line_text_refusal(LineKind kind, const std::string& text);
// A new line at the end of a principle's practices or accountability.
AddPrincipleLine new_line(const Harvest& harvest, const std::string& principle_id, LineKind kind,
                          const std::string& id, const std::string& text);

// Moves: principle `id` to position `index` of principles_in_order(); a line to position `index`
// of its own list; a line to the end of another principle's (or list's) lines.
std::vector<OpPayload> move_principle_to(const Harvest& harvest, const std::string& id,
                                         std::size_t index);
std::vector<OpPayload> move_line_to(const Harvest& harvest, const std::string& line_id,
                                    std::size_t index);
std::vector<OpPayload> move_line_into(const Harvest& harvest, const std::string& line_id,
                                      const std::string& principle_id, LineKind kind);

// Merging `from` into `into`: from's practices and accountability lines move to the end of
// into's, its sources join into's, actions linked to it link to into, an empty statement or
// champion of into takes from's, and from is deleted (kept as a tombstone).
std::optional<std::string> merge_refusal(const Harvest& harvest, const std::string& into,
                                         const std::string& from);
std::vector<OpPayload> merge_principles(const Harvest& harvest, const std::string& into,
                                        const std::string& from);

// Delete and restore; empty when the principle is missing or already so.
std::vector<OpPayload> delete_principle(const Harvest& harvest, const std::string& id);
std::vector<OpPayload> restore_principle(const Harvest& harvest, const std::string& id);

}  // namespace hostspace
