#include "core/export/harvest_document.hpp"

#include <algorithm>
#include <ctime>

#include "core/export/document_parts.hpp"
#include "core/harvest/drafts.hpp"
#include "core/harvest/plans.hpp"
#include "core/harvest/principles.hpp"
#include "core/session/participants.hpp"
#include "core/util/error.hpp"
#include "core/util/text.hpp"
#include "core/voting/voting_results.hpp"

namespace hostspace::doc {

const char* section_name(Section section) {
    switch (section) {
        case Section::purpose:
            return "purpose";
        case Section::principles:
            return "principles";
        case Section::actions:
            return "actions";
        case Section::focus:
            return "focus";
        case Section::rounds:
            return "rounds";
        case Section::votes:
            return "votes";
        case Section::participants:
            return "participants";
        case Section::notes:
            return "notes";
        case Section::board:
            return "board";
    }
    return "purpose";
}

std::optional<Section> section_from_name(const std::string& name) {
    for (const Section section : kAllSections) {
        if (name == section_name(section)) return section;
    }
    return std::nullopt;
}

std::vector<Section> parse_sections(const std::string& list) {
    std::vector<Section> sections;
    for (const std::string& word : split_list(list)) {
        const auto section = section_from_name(word);
        if (!section) {
            std::string known;
            for (const Section s : kAllSections)
                known += (known.empty() ? "" : ",") + std::string(section_name(s));
            throw Error("no section \"" + word + "\" (the sections are " + known + ")");
        }
        if (std::find(sections.begin(), sections.end(), *section) == sections.end()) {
            sections.push_back(*section);
        }
    }
    if (sections.empty())
        throw Error("no sections named (the sections are purpose,principles,...)");
    return sections;
}

const DataTable* HarvestDocument::find_table(const std::string& name) const {
    for (const auto& table : tables) {
        if (table.name == name) return &table;
    }
    return nullptr;
}

std::vector<Section> sections_with_content(const Session& session) {
    const Harvest& h = session.harvest;
    const bool any_note = std::any_of(session.board.notes.begin(), session.board.notes.end(),
                                      [](const Note& n) { return !n.deleted.value; });
    const bool any_vote = std::any_of(session.voting.rounds.begin(), session.voting.rounds.end(),
                                      [](const VotingRound& r) { return !r.deleted.value; });
    const bool any_round = std::any_of(session.agenda.rounds.begin(), session.agenda.rounds.end(),
                                       [](const Round& r) { return !r.removed.value; });
    std::vector<Section> sections;
    const auto add_if = [&](bool has, Section s) {
        if (has) sections.push_back(s);
    };
    add_if(has_purpose(session), Section::purpose);
    add_if(!principles_in_order(h).empty(), Section::principles);
    add_if(!actions_in_order(h).empty(), Section::actions);
    add_if(!focus_in_order(h).empty(), Section::focus);
    add_if(any_round, Section::rounds);
    add_if(any_vote, Section::votes);
    add_if(!live_participants(session).empty(), Section::participants);
    add_if(any_note, Section::notes);
    add_if(any_note, Section::board);
    return sections;
}

namespace {

// The title block: what the session was, where and when, and the question it held.
void add_title(HarvestDocument& doc, const BuildContext& ctx) {
    const Meta& meta = ctx.session.meta;
    doc.blocks.push_back(Heading{1, doc.title, "title"});
    // Built in place: g++ 12 at -O2 warns (wrongly) that moving a temporary block of this
    // variant may read an uninitialised vector.
    const auto add = [&](const std::string& label, const std::string& value) {
        if (!value.empty())
            doc.blocks.emplace_back(std::in_place_type<Paragraph>, labelled(label, value));
    };
    add("Date", meta.date.value);
    add("Venue", meta.venue.value);
    if (ctx.names_shown()) add("Hosts", meta.hosts.value);
    add("Calling question", meta.question.value);
}

bool wanted(const std::vector<Section>& sections, Section s) {
    return std::find(sections.begin(), sections.end(), s) != sections.end();
}

}  // namespace

HarvestDocument build_harvest_document(const Session& session, const ExportOptions& options) {
    const BuildContext ctx = make_context(session, options);
    const std::vector<Section> sections =
        options.sections.empty() ? sections_with_content(session) : options.sections;
    HarvestDocument doc;
    doc.title = trim_space(session.meta.title.value).empty() ? "Harvest" : session.meta.title.value;
    doc.language = "en-GB";
    doc.author = ctx.names_shown() ? session.meta.hosts.value : "";
    doc.date = session.meta.date.value;
    doc.board = board_picture(ctx, doc.title);
    add_title(doc, ctx);
    // The body in reading order: what the room agreed, then the record of how it got there.
    if (wanted(sections, Section::purpose)) add_purpose(doc, ctx);
    if (wanted(sections, Section::principles)) add_principles(doc, ctx);
    if (wanted(sections, Section::actions)) add_actions(doc, ctx);
    if (wanted(sections, Section::focus)) add_focus(doc, ctx);
    if (wanted(sections, Section::rounds)) add_rounds(doc, ctx);
    if (wanted(sections, Section::votes)) add_votes(doc, ctx);
    if (wanted(sections, Section::participants)) add_participants(doc, ctx);
    if (wanted(sections, Section::board)) add_board(doc, ctx);
    // Appendices, each from a new page when printed.
    if (wanted(sections, Section::purpose)) add_purpose_appendix(doc, ctx);
    if (wanted(sections, Section::notes)) add_notes(doc, ctx);
    return doc;
}

std::string file_stem_for(const Session& session) {
    std::string words = trim_space(session.meta.title.value);
    if (words.empty()) words = "harvest";
    if (!session.meta.date.value.empty()) words += " " + session.meta.date.value;
    std::string stem;
    bool gap = false;
    for (const char c : words) {
        const auto u = static_cast<unsigned char>(c);
        // ASCII letters and digits, lower-cased; every other script's bytes kept as they are
        // (UTF-8 lead and continuation bytes are >= 0x80); anything else is a separator.
        const bool keep = std::isalnum(u) || u >= 0x80;
        if (!keep) {
            gap = !stem.empty();
            continue;
        }
        if (gap) stem += '-';
        gap = false;
        stem += static_cast<char>(u < 0x80 ? std::tolower(u) : u);
    }
    if (stem.size() > 120) {
        // Cut on a character boundary, never inside a UTF-8 sequence.
        std::size_t cut = 120;
        while (cut > 0 && (static_cast<unsigned char>(stem[cut]) & 0xC0) == 0x80) --cut;
        stem.resize(cut);
    }
    return stem.empty() ? "harvest" : stem;
}

// ---- shared helpers (document_parts.hpp) ----------------------------------------------------

BuildContext make_context(const Session& session, const ExportOptions& options) {
    BuildContext ctx{session, options, {}};
    for (const auto& round : session.voting.rounds) {
        if (round.deleted.value || !round.results_visible()) continue;
        if (round.rules.target == VoteTarget::drafts) continue;
        for (const ItemResult& item : tally_votes(VoteItems(session), round).ranked) {
            if (item.dots > 0) ctx.dots[item.item_id] += item.dots;
        }
    }
    return ctx;
}

std::string assignee_text(const BuildContext& ctx, const Assignee& who) {
    if (ctx.names_shown()) return assignee_name(ctx.session, who);
    if (who.participant_id.empty()) return "";
    const Participant* p = ctx.session.find_participant(who.participant_id);
    return p ? p->organisation.value : "";
}

std::string iso8601_utc(std::int64_t unix_ms) {
    const std::time_t seconds = static_cast<std::time_t>(unix_ms / 1000);
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

Inlines plain(const std::string& text) {
    return Inlines{Span{text}};
}

Paragraph labelled(const std::string& label, const std::string& text) {
    return Paragraph{Inlines{Span{label + ": ", Emphasis::strong}, Span{text}}};
}

}  // namespace hostspace::doc
