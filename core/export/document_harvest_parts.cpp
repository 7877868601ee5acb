// The harvest in the document: the purpose (agreed, or the leading draft marked as a draft),
// the principles with their practices and accountability, actions and the next focus.
#include <algorithm>

#include "core/export/document_parts.hpp"
#include "core/harvest/consent.hpp"
#include "core/harvest/drafts.hpp"
#include "core/harvest/plans.hpp"
#include "core/harvest/principles.hpp"
#include "core/util/bidi_isolate.hpp"
#include "core/voting/voting_results.hpp"

namespace hostspace::doc {
namespace {

std::string plural(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// "8 agree, 3 can live with it, 1 stands aside, none object".
std::string counts_text(const ConsentCounts& c) {
    std::string text = std::to_string(c.agree) + " agree, " + std::to_string(c.live_with) +
                       " can live with it, " + std::to_string(c.stand_aside) +
                       (c.stand_aside == 1 ? " stands aside, " : " stand aside, ");
    text += c.object == 0 ? "none object"
                          : std::to_string(c.object) + (c.object == 1 ? " objects" : " object");
    return text;
}

const char* outcome_text(ObjectionOutcome outcome) {
    switch (outcome) {
        case ObjectionOutcome::open:
            return "not yet resolved";
        case ObjectionOutcome::amended:
            return "resolved by amending the wording";
        case ObjectionOutcome::withdrawn:
            return "withdrawn";
        case ObjectionOutcome::held_to_review:
            return "held over to the review";
        case ObjectionOutcome::other:
            return "resolved";
    }
    return "resolved";
}

// The consent record under an agreed statement: when, the counts, each objection and how it was
// resolved, and the review date.
void add_consent_record(HarvestDocument& doc, const BuildContext& ctx,
                        const ConsentRecord& record) {
    std::string agreed = "Agreed by consent";
    if (!record.date.empty()) agreed += " on " + record.date;
    agreed += ": " + counts_text(record.counts) + ".";
    if (!record.review_date.empty()) agreed += " To be reviewed on " + record.review_date + ".";
    doc.blocks.push_back(Paragraph{plain(agreed)});
    if (record.objections.empty()) return;
    List objections;
    for (const Objection* o : record.objections) {
        Inlines item;
        std::string who =
            ctx.names_shown() && !o->by.empty() ? " (" + isolate_direction(o->by) + ")" : "";
        item.push_back(Span{"Objection" + who + ": ", Emphasis::strong});
        item.push_back(Span{o->reason.empty() ? "no reason given" : isolate_direction(o->reason)});
        const ObjectionResolution& r = o->resolution.value;
        std::string how = std::string(" \xE2\x80\x94 ") + outcome_text(r.outcome);
        if (!r.note.empty()) how += ": ";
        item.push_back(Span{how, Emphasis::emphasis});
        if (!r.note.empty()) item.push_back(Span{isolate_direction(r.note)});
        objections.items.push_back(item);
    }
    doc.blocks.push_back(labelled("Objections and how they were resolved", ""));
    doc.blocks.push_back(objections);
}

// The draft the room leans to: the most dots in the latest vote on drafts whose results may be
// shown, else the first draft.
const Draft* leading_draft(const Session& session) {
    const auto drafts = drafts_in_order(session.harvest);
    if (drafts.empty()) return nullptr;
    for (auto round = session.voting.rounds.rbegin(); round != session.voting.rounds.rend();
         ++round) {
        if (round->deleted.value || round->rules.target != VoteTarget::drafts) continue;
        if (!round->results_visible()) continue;
        for (const ItemResult& item : tally_votes(VoteItems(session), *round).ranked) {
            if (item.deleted || item.dots == 0) continue;
            const Draft* draft = session.harvest.find_draft(item.item_id);
            if (draft && !draft->deleted.value) return draft;
        }
        break;
    }
    return drafts.front();
}

std::string version_author(const BuildContext& ctx, const DraftVersion& v) {
    return ctx.names_shown() ? v.author : "";
}

}  // namespace

bool has_purpose(const Session& session) {
    return !drafts_in_order(session.harvest).empty();
}

void add_purpose(HarvestDocument& doc, const BuildContext& ctx) {
    const Harvest& h = ctx.session.harvest;
    doc.blocks.push_back(Heading{2, "Purpose", "purpose"});
    if (const auto record = agreed_purpose(h); record && record->version) {
        doc.blocks.push_back(Paragraph{Inlines{Span{record->version->text, Emphasis::strong}}});
        add_consent_record(doc, ctx, *record);
        return;
    }
    const Draft* lead = leading_draft(ctx.session);
    if (!lead) {
        doc.blocks.push_back(Paragraph{plain("No purpose statement has been drafted yet.")});
        return;
    }
    doc.blocks.push_back(Paragraph{Inlines{
        Span{"Draft, not yet agreed", Emphasis::strong},
        Span{" (" + isolate_direction(lead->label.value) + ", the leading draft" +
             (drafts_in_order(h).size() > 1 ? "; the others are in the appendix" : "") + "):"}}});
    doc.blocks.push_back(Paragraph{plain(current_text(*lead))});
}

void add_purpose_appendix(HarvestDocument& doc, const BuildContext& ctx) {
    const auto drafts = drafts_in_order(ctx.session.harvest);
    if (drafts.empty()) return;
    doc.blocks.push_back(PageBreak{});
    doc.blocks.push_back(Heading{2, "Appendix: purpose drafts", "purpose-drafts"});
    int n = 0;
    for (const Draft* draft : drafts) {
        ++n;
        doc.blocks.push_back(Heading{
            3, draft->label.value.empty() ? "Draft " + std::to_string(n) : draft->label.value,
            "draft-" + std::to_string(n)});
        doc.blocks.push_back(Paragraph{plain(current_text(*draft))});
        if (has_concurrent_version(*draft)) {
            doc.blocks.push_back(Paragraph{
                Inlines{Span{"Another version was written at the same time; it is listed below.",
                             Emphasis::emphasis}}});
        }
        const auto versions = versions_in_order(*draft);
        if (versions.size() < 2) continue;
        List history{true, {}};
        for (const DraftVersion* v : versions) {
            Inlines item{Span{isolate_direction(v->text)}};
            std::string about;
            const std::string author = version_author(ctx, *v);
            if (!author.empty()) about += isolate_direction(author);
            if (v->withdrawn.value) about += std::string(about.empty() ? "" : "; ") + "withdrawn";
            if (!about.empty()) item.push_back(Span{" (" + about + ")", Emphasis::emphasis});
            history.items.push_back(item);
        }
        doc.blocks.push_back(labelled("Versions, oldest first", ""));
        doc.blocks.push_back(history);
    }
}

void add_principles(HarvestDocument& doc, const BuildContext& ctx) {
    const Harvest& h = ctx.session.harvest;
    doc.blocks.push_back(Heading{2, "Principles", "principles"});
    const auto principles = principles_in_order(h);
    if (principles.empty()) {
        doc.blocks.push_back(Paragraph{plain("No principles have been written yet.")});
        return;
    }
    if (const auto record = agreed_principles(h)) add_consent_record(doc, ctx, *record);
    DataTable table{"principles",
                    {"number", "title", "statement", "practices", "accountability", "champion"},
                    {}};
    int n = 0;
    for (const Principle* p : principles) {
        ++n;
        const std::string title =
            p->title.value.empty() ? "Principle " + std::to_string(n) : p->title.value;
        doc.blocks.push_back(
            Heading{3, std::to_string(n) + ". " + title, "principle-" + std::to_string(n)});
        if (!p->statement.value.empty()) doc.blocks.push_back(Paragraph{plain(p->statement.value)});
        std::string joined[2];
        int k = 0;
        for (const LineKind kind : {LineKind::practice, LineKind::accountability}) {
            const auto lines = lines_of(h, p->id, kind);
            if (!lines.empty()) {
                doc.blocks.push_back(labelled(kind == LineKind::practice
                                                  ? "What it looks like when we live this"
                                                  : "How we will hold each other to account",
                                              ""));
                List list;
                for (const PrincipleLine* line : lines) {
                    list.items.push_back(plain(line->text.value));
                    joined[k] += (joined[k].empty() ? "" : "\n") + line->text.value;
                }
                doc.blocks.push_back(list);
            }
            ++k;
        }
        const std::string champion = assignee_text(ctx, p->champion.value);
        if (!champion.empty()) doc.blocks.push_back(labelled("Champion", champion));
        table.rows.push_back({Cell{std::to_string(n), true}, Cell{title}, Cell{p->statement.value},
                              Cell{joined[0]}, Cell{joined[1]}, Cell{champion}});
    }
    doc.tables.push_back(table);
}

void add_actions(HarvestDocument& doc, const BuildContext& ctx) {
    const Harvest& h = ctx.session.harvest;
    doc.blocks.push_back(Heading{2, "Actions", "actions"});
    const auto actions = actions_in_order(h);
    if (actions.empty()) {
        doc.blocks.push_back(Paragraph{plain("No actions were agreed.")});
        return;
    }
    Table table{"Actions: " + plural(static_cast<int>(actions.size()), "action", "actions"),
                {"What", "Who", "By when", "Status", "Principle"},
                {}};
    for (const Action* a : actions) {
        const Principle* p =
            a->principle_id.value.empty() ? nullptr : h.find_principle(a->principle_id.value);
        const std::string principle = p && !p->deleted.value ? p->title.value : "";
        table.rows.push_back(
            {Cell{a->what.value}, Cell{assignee_text(ctx, a->who.value)}, Cell{a->due.value},
             Cell{a->status.value == ActionStatus::done ? "done" : "open"}, Cell{principle}});
    }
    doc.blocks.push_back(table);
    doc.tables.push_back(
        DataTable{"actions", {"what", "who", "by_when", "status", "principle"}, table.rows});
}

void add_focus(HarvestDocument& doc, const BuildContext& ctx) {
    const auto items = focus_in_order(ctx.session.harvest);
    doc.blocks.push_back(Heading{2, "Next focus", "focus"});
    if (items.empty()) {
        doc.blocks.push_back(Paragraph{plain("No focus items were named.")});
        return;
    }
    doc.blocks.push_back(Paragraph{
        plain("The questions that need deeper discussion, who brings each back, and when.")});
    Table table{"Next focus: " + plural(static_cast<int>(items.size()), "question", "questions"),
                {"Question", "Who brings it back", "When"},
                {}};
    for (const FocusItem* f : items) {
        table.rows.push_back(
            {Cell{f->question.value}, Cell{assignee_text(ctx, f->who.value)}, Cell{f->when.value}});
    }
    doc.blocks.push_back(table);
}

}  // namespace hostspace::doc
