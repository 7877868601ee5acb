// The session as it ran, in the document: the rounds against their plan, the votes, who took
// part, the board (its picture) and every note (the picture's text equivalent).
#include <map>
#include <unordered_map>

#include "core/agenda/agenda_time.hpp"
#include "core/agenda/schedule.hpp"
#include "core/export/document_parts.hpp"
#include "core/session/participants.hpp"
#include "core/timer/timer_display.hpp"
#include "core/util/bidi_isolate.hpp"
#include "core/voting/voting_results.hpp"
#include "core/voting/voting_rules.hpp"

namespace hostspace::doc {
namespace {

std::string count_of(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// "3 dots each, at most 2 on one item, named ballots, results shown when revealed".
std::string rules_text(const VotingRules& rules) {
    std::string text =
        count_of(static_cast<std::size_t>(rules.dots_per_person), "dot", "dots") + " each";
    if (rules.per_item_max > 0) {
        text += ", at most " + std::to_string(rules.per_item_max) + " on one item";
    }
    text += rules.anonymous ? ", anonymous ballots" : ", named ballots";
    text += rules.live_results ? ", results shown live" : ", results hidden until revealed";
    if (!rules.runoff_of.empty()) text += "; a run-off";
    return text;
}

const char* target_text(VoteTarget target) {
    switch (target) {
        case VoteTarget::notes:
            return "notes";
        case VoteTarget::groups:
            return "themes";
        case VoteTarget::drafts:
            return "purpose drafts";
    }
    return "notes";
}

// A length as it ran, to the minute from a minute up: the room's time, not a stopwatch's.
std::string ran_length(std::int64_t length_ms) {
    const std::int64_t seconds = (length_ms + 500) / 1000;
    return format_length(seconds < 60 ? seconds : (seconds + 30) / 60 * 60);
}

// The "actual" cells of one round: its first start and its length, or why there are none.
std::vector<Cell> as_run_cells(const Timer& timer, const std::string& round_id) {
    const auto as_run = round_as_run(timer, round_id);
    if (!as_run) return {Cell{"not run"}, Cell{""}};
    std::string length = ran_length(as_run->length_ms);
    if (as_run->running) {
        length = as_run->length_ms > 0 ? length + " and still running" : "still running";
    }
    return {Cell{format_clock_time(as_run->first_start_ms)}, Cell{length}};
}

}  // namespace

void add_rounds(HarvestDocument& doc, const BuildContext& ctx) {
    const Agenda& agenda = ctx.session.agenda;
    doc.blocks.push_back(Heading{2, "The session as it ran", "rounds"});
    const auto schedule = plan_schedule(agenda);
    if (schedule.empty()) {
        doc.blocks.push_back(Paragraph{plain("The agenda has no rounds.")});
        return;
    }
    const bool timed = agenda.start_ms.value != 0;
    Table table{
        "Rounds in agenda order: the planned " + std::string(timed ? "start and " : "") +
            "length, and when each actually started and how long it ran",
        {"Round", "Question", "Planned start", "Planned length", "Actual start", "Actual length"},
        {}};
    for (const PlannedRound& planned : schedule) {
        const Round& round = *agenda.find_round(planned.round_id);
        std::vector<Cell> row{Cell{round.title.value}, Cell{round.question.value},
                              Cell{timed ? format_clock_time(planned.start_ms) : ""},
                              Cell{format_length(round_duration_s(round))}};
        for (Cell& cell : as_run_cells(ctx.session.timer, round.id)) row.push_back(cell);
        table.rows.push_back(std::move(row));
    }
    doc.blocks.push_back(table);
}

void add_votes(HarvestDocument& doc, const BuildContext& ctx) {
    const Session& s = ctx.session;
    doc.blocks.push_back(Heading{2, "Votes", "votes"});
    DataTable data{
        "votes", {"vote", "target", "rank", "item", "dots", "ballot_dots", "tally", "tied"}, {}};
    int n = 0;
    for (const VotingRound& round : s.voting.rounds) {
        if (round.deleted.value) continue;
        ++n;
        const std::string title =
            round.title.value.empty() ? "Vote " + std::to_string(n) : round.title.value;
        doc.blocks.push_back(Heading{3, title, "vote-" + std::to_string(n)});
        doc.blocks.push_back(labelled("On " + std::string(target_text(round.rules.target)),
                                      rules_text(round.rules) + "."));
        if (!round.results_visible()) {
            doc.blocks.push_back(Paragraph{plain("The results were not revealed.")});
            continue;
        }
        const VoteResults results = tally_votes(VoteItems(s), round);
        doc.blocks.push_back(Paragraph{
            plain(count_of(static_cast<std::size_t>(results.total_dots), "dot", "dots") + " from " +
                  count_of(static_cast<std::size_t>(results.voters), "voter", "voters") +
                  (results.paper_dots > 0
                       ? " (" + std::to_string(results.paper_dots) + " counted on paper)"
                       : "") +
                  ". Items with equal dots share a rank, marked \xE2\x80\x9Ctie\xE2\x80\x9D.")});
        Table table{title + ": items ranked by dots", {"Rank", "Item", "Dots", "Tie"}, {}};
        for (const ItemResult& item : results.ranked) {
            std::string label = item_label(VoteItems(s), round, item.item_id);
            if (item.deleted) label += " (deleted since)";
            table.rows.push_back({Cell{std::to_string(item.rank), true}, Cell{label},
                                  Cell{std::to_string(item.dots), true},
                                  Cell{item.tie_to_show() ? "tie" : ""}});
            data.rows.push_back({Cell{title}, Cell{target_text(round.rules.target)},
                                 Cell{std::to_string(item.rank), true}, Cell{label},
                                 Cell{std::to_string(item.dots), true},
                                 Cell{std::to_string(item.ballot_dots), true},
                                 Cell{std::to_string(item.tally), true},
                                 Cell{item.tied ? "yes" : "no"}});
        }
        doc.blocks.push_back(table);
    }
    if (n == 0) doc.blocks.push_back(Paragraph{plain("No votes were held.")});
    doc.tables.push_back(data);
}

void add_participants(HarvestDocument& doc, const BuildContext& ctx) {
    const auto people = live_participants(ctx.session);
    doc.blocks.push_back(Heading{2, "Who took part", "participants"});
    if (people.empty()) {
        doc.blocks.push_back(Paragraph{plain("No participants were listed.")});
        return;
    }
    if (!ctx.names_shown()) {
        // Organisations only, each once with how many came from it, in order of first mention.
        std::vector<std::string> order;
        std::map<std::string, int> counts;
        for (const Participant* p : people) {
            const std::string org =
                p->organisation.value.empty() ? "No organisation given" : p->organisation.value;
            if (counts[org]++ == 0) order.push_back(org);
        }
        doc.blocks.push_back(Paragraph{
            plain(count_of(people.size(), "person", "people") + " from these organisations:")});
        List list;
        for (const auto& org : order)
            list.items.push_back(plain(org + " (" + std::to_string(counts[org]) + ")"));
        doc.blocks.push_back(list);
        return;
    }
    Table table{count_of(people.size(), "participant", "participants"),
                {"Name", "Organisation", "Role"},
                {}};
    for (const Participant* p : people) {
        table.rows.push_back(
            {Cell{p->name.value}, Cell{p->organisation.value}, Cell{p->role.value}});
    }
    doc.blocks.push_back(table);
}

void add_notes(HarvestDocument& doc, const BuildContext& ctx) {
    const Board& board = ctx.session.board;
    // Themes in board order, then the notes in none; each theme's notes in board order.
    std::vector<const Group*> themes;
    std::unordered_map<std::string, std::vector<const Note*>> by_theme;
    std::vector<const Note*> loose;
    for (const auto& g : board.groups) {
        if (!g.deleted.value) themes.push_back(&g);
    }
    DataTable data{
        "notes", {"text", "author", "organisation", "theme", "colour", "dots", "created_at"}, {}};
    data.rows.reserve(board.notes.size());
    for (const auto& note : board.notes) {
        if (note.deleted.value) continue;
        const Group* g =
            note.group_id.value.empty() ? nullptr : board.find_group(note.group_id.value);
        const bool themed = g && !g->deleted.value;
        (themed ? by_theme[g->id] : loose).push_back(&note);
        data.rows.push_back(
            {Cell{note.text.value}, Cell{ctx.note_authors_shown() ? note.author.value : ""},
             Cell{note.organisation.value}, Cell{themed ? g->title.value : ""},
             Cell{note.colour.value}, Cell{std::to_string(ctx.dots_of(note.id)), true},
             Cell{iso8601_utc(note.created_ms)}});
    }
    doc.tables.push_back(std::move(data));
    doc.blocks.push_back(PageBreak{});
    doc.blocks.push_back(Heading{2, "Appendix: every note", "notes"});
    if (themes.empty() && loose.empty()) {
        doc.blocks.push_back(Paragraph{plain("The board has no notes.")});
        return;
    }
    doc.blocks.push_back(
        Paragraph{plain(std::string("Every note on the board, by theme, ") +
                        (ctx.note_authors_shown() ? "with who wrote it and " : "with ") +
                        "the dots it got in votes whose results were shown.")});
    const auto note_item = [&](const Note* note) {
        // Each typed piece isolated: an Arabic note by an Arabic name still reads note, dash,
        // name, organisation in the document's direction.
        Inlines item{Span{isolate_direction(note->text.value)}};
        std::string about;
        if (ctx.note_authors_shown() && !note->author.value.empty())
            about = isolate_direction(note->author.value);
        if (!note->organisation.value.empty())
            about += (about.empty() ? "" : ", ") + isolate_direction(note->organisation.value);
        const int dots = ctx.dots_of(note->id);
        if (dots > 0)
            about += (about.empty() ? "" : "; ") +
                     count_of(static_cast<std::size_t>(dots), "dot", "dots");
        if (!about.empty()) item.push_back(Span{" \xE2\x80\x94 " + about, Emphasis::emphasis});
        return item;
    };
    int n = 0;
    const auto add_theme = [&](const std::string& title, const std::vector<const Note*>& notes) {
        ++n;
        doc.blocks.push_back(Heading{3,
                                     title + " (" + count_of(notes.size(), "note", "notes") + ")",
                                     "theme-" + std::to_string(n)});
        List list;
        list.items.reserve(notes.size());
        for (const Note* note : notes) list.items.push_back(note_item(note));
        if (!list.items.empty()) doc.blocks.push_back(std::move(list));
    };
    for (const Group* g : themes) {
        const auto found = by_theme.find(g->id);
        add_theme(g->title.value.empty() ? "Untitled theme" : g->title.value,
                  found == by_theme.end() ? std::vector<const Note*>{} : found->second);
    }
    if (!loose.empty()) add_theme("Not in a theme", loose);
}

BoardPicture board_picture(const BuildContext& ctx, const std::string& title) {
    const Board& board = ctx.session.board;
    BoardPicture picture;
    picture.title = title;
    std::unordered_map<std::string, std::size_t> theme_at;
    for (const auto& g : board.groups) {
        if (g.deleted.value) continue;
        theme_at[g.id] = picture.themes.size();
        picture.themes.push_back(BoardTheme{g.id, g.title.value, g.colour.value, g.position.value.x,
                                            g.position.value.y, 0, ctx.dots_of(g.id)});
    }
    for (const auto& note : board.notes) {
        if (note.deleted.value) continue;
        const auto theme = theme_at.find(note.group_id.value);
        const bool themed = !note.group_id.value.empty() && theme != theme_at.end();
        if (themed) ++picture.themes[theme->second].note_count;
        picture.notes.push_back(
            BoardCard{note.text.value, ctx.note_authors_shown() ? note.author.value : "",
                      note.colour.value, ctx.dots_of(note.id), note.position.value.x,
                      note.position.value.y, themed ? note.group_id.value : ""});
    }
    return picture;
}

void add_board(HarvestDocument& doc, const BuildContext&) {
    const BoardPicture& picture = doc.board;
    doc.blocks.push_back(Heading{2, "The board", "board"});
    const std::string summary = count_of(picture.notes.size(), "note", "notes") + " in " +
                                count_of(picture.themes.size(), "theme", "themes");
    doc.blocks.push_back(BoardFigure{"A picture of the board as the room arranged it: " + summary +
                                         ". The appendix \xE2\x80\x9C"
                                         "Every note\xE2\x80\x9D lists each note by theme.",
                                     "The board: " + summary + "."});
}

}  // namespace hostspace::doc
