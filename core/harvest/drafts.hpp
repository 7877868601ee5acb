#pragma once
// Purpose drafts for the views: what to show (the current wording, every version, the mark that
// says another version was written at the same moment) and the ops to emit (a new draft, a new
// wording, a restore, a move), with the rule that refuses an empty draft.
#include <optional>
#include <string>
#include <vector>

#include "core/session/session.hpp"

namespace hostspace {

// The starting frame offered for a purpose statement, never forced: a draft may say anything.
inline constexpr const char* kPurposeFrame =
    "We come together to \xE2\x80\xA6 so that \xE2\x80\xA6";
// Its two fixed parts, for a view that fills the gaps in place.
inline constexpr const char* kPurposeFrameStart = "We come together to ";
inline constexpr const char* kPurposeFrameJoin = " so that ";

// Live drafts in order (rank, id): what the Purpose part and the projector show.
std::vector<const Draft*> drafts_in_order(const Harvest& harvest);

// The wording shown: the live version latest in the fold (null only when every version was
// withdrawn). Two versions written at once: the later one shows, and the other is a concurrent
// version (below).
const DraftVersion* current_version(const Draft& draft);
std::string current_text(const Draft& draft);  // "" when there is no current version

// Every version, withdrawn ones too, oldest first: the side-by-side history.
std::vector<const DraftVersion*> versions_in_order(const Draft& draft);

// The live versions that no live version was written from, oldest first. One head: the history
// is a line. More: someone wrote a version without seeing another (two laptops at once).
std::vector<const DraftVersion*> version_heads(const Draft& draft);
// The mark: another version was written alongside the one shown, and nobody has brought them
// together yet (combine_draft_versions does).
bool has_concurrent_version(const Draft& draft);
// The heads other than the current version: what the mark points to.
std::vector<const DraftVersion*> concurrent_versions(const Draft& draft);

// Why this text cannot be a draft's wording, or nothing: empty text, or the starting frame with
// its gaps still empty.
std::optional<std::string> draft_text_refusal(const std::string& text);

// "Draft 3": a label for a new draft when the room gives none.
std::string next_draft_label(const Harvest& harvest);

// A new draft after the others, with its first version. `sources` are the note and theme ids it
// starts from (theme_sources() in sources.hpp turns a theme into its ids).
AddDraft new_draft(const Harvest& harvest, const std::string& id, const std::string& version_id,
                   const std::string& label, const std::string& text, const std::string& author,
                   std::vector<std::string> sources = {});

// A new wording written from the current one. Empty when the text is unchanged or refused.
std::vector<OpPayload> edit_draft(const Draft& draft, const std::string& version_id,
                                  const std::string& text, const std::string& author);
// A new wording written from every head: the writer has seen the concurrent versions and brings
// them together, so the mark goes. Empty when the text is refused.
std::vector<OpPayload> combine_draft_versions(const Draft& draft, const std::string& version_id,
                                              const std::string& text, const std::string& author);

// Why `from_version_id` cannot be restored, or nothing.
std::optional<std::string> restore_version_refusal(const Draft& draft,
                                                   const std::string& from_version_id);
// Makes an old wording current again: a new version copying its text, written from the current
// one. Why a new version and not a pointer back: the version latest in the fold is always the
// one shown, so a restore and a co-host's edit at the same moment are both kept and marked like
// any two edits, a consent round stays with the wording it was opened on, and the history says
// who restored what and when. Empty when refused.
std::vector<OpPayload> restore_draft_version(const Draft& draft, const std::string& version_id,
                                             const std::string& from_version_id,
                                             const std::string& author);

// The ops that move draft `id` to position `index` of drafts_in_order().
std::vector<OpPayload> move_draft_to(const Harvest& harvest, const std::string& id,
                                     std::size_t index);

// What deleting the draft does beyond hiding it, in words for the facilitator, or "" when
// nothing: the votes that counted it keep its dots (marked deleted), and an agreed purpose
// stops being agreed until the draft is restored.
std::string draft_delete_notice(const Session& session, const std::string& draft_id);

}  // namespace hostspace
