#pragma once
// The sections of the harvest document, each added by one function. Internal to core/export:
// build_harvest_document (harvest_document.cpp) decides which run and in what order.
#include <cstdint>
#include <map>
#include <string>

#include "core/export/harvest_document.hpp"

namespace hostspace::doc {

// What every section needs besides the session: the options, and the dots each note and theme
// got in votes whose results may be shown (hidden results stay hidden in a document too).
struct BuildContext {
    const Session& session;
    const ExportOptions& options;
    std::map<std::string, int> dots;  // item id -> revealed dots over every round

    int dots_of(const std::string& id) const {
        const auto found = dots.find(id);
        return found == dots.end() ? 0 : found->second;
    }
    // Names are left out of an anonymous document, and note authors wherever the board hides them.
    bool names_shown() const { return !options.anonymous; }
    bool note_authors_shown() const { return !options.anonymous && !session.board.anonymous.value; }
};

BuildContext make_context(const Session& session, const ExportOptions& options);

// Someone named on an action, focus item or principle: their name, or in an anonymous document
// a participant's organisation (free text might be anyone's name, so it is left out).
std::string assignee_text(const BuildContext& ctx, const Assignee& who);

// "2026-12-04T10:15:00Z" from Unix ms (UTC, so the file reads the same in every time zone).
std::string iso8601_utc(std::int64_t unix_ms);

Inlines plain(const std::string& text);
Paragraph labelled(const std::string& label, const std::string& text);

// The harvest itself (document_harvest_parts.cpp).
bool has_purpose(const Session& session);
void add_purpose(HarvestDocument& doc, const BuildContext& ctx);
void add_purpose_appendix(HarvestDocument& doc, const BuildContext& ctx);
void add_principles(HarvestDocument& doc, const BuildContext& ctx);
void add_actions(HarvestDocument& doc, const BuildContext& ctx);
void add_focus(HarvestDocument& doc, const BuildContext& ctx);

// The session as it ran (document_record_parts.cpp).
void add_rounds(HarvestDocument& doc, const BuildContext& ctx);
void add_votes(HarvestDocument& doc, const BuildContext& ctx);
void add_participants(HarvestDocument& doc, const BuildContext& ctx);
void add_notes(HarvestDocument& doc, const BuildContext& ctx);
// The board as arranged, for the picture (made for every document: a PNG may be asked for
// whatever the sections); add_board places the picture, with its text equivalent named.
BoardPicture board_picture(const BuildContext& ctx, const std::string& title);
void add_board(HarvestDocument& doc, const BuildContext& ctx);

}  // namespace hostspace::doc
