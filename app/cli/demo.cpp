#include "app/cli/demo.hpp"

#include <iterator>
#include <memory>

#include "app/cli/assets.hpp"
#include "core/agenda/agenda_time.hpp"
#include "core/agenda/rounds_from_method.hpp"
#include "core/agenda/schedule.hpp"
#include "core/harvest/consent.hpp"
#include "core/harvest/drafts.hpp"
#include "core/harvest/plans.hpp"
#include "core/harvest/principles.hpp"
#include "core/harvest/sources.hpp"
#include "core/import/notes_csv.hpp"
#include "core/methods/method.hpp"
#include "core/storage/durable_file.hpp"
#include "core/util/error.hpp"
#include "core/util/uuid.hpp"

namespace hostspace::cli {
namespace {

constexpr const char* kDemoDate = "2026-11-26";

struct DemoPerson {
    const char* name;
    const char* organisation;
    const char* role;
};

const DemoPerson kPeople[] = {
    {"Helen Marsh", "Integrated Care Board", "Chair"},
    {"Dr Sarah Okafor", "Children's Community Health", "Clinical director"},
    {"Tom Reilly", "Children's Social Care", "Assistant director"},
    {"Priya Natarajan", "Public Health", "Consultant in public health"},
    {"Mark Evans", "Education Services", "Head of inclusion"},
    {"Jo Whitfield", "Voluntary Sector Alliance", "Chief executive"},
    {"Insp. Gareth Lloyd", "Police", "Safeguarding lead"},
    {"Amira Hussain", "Youth Council", "Young people's representative"},
};

std::vector<OpPayload> demo_setup() {
    std::vector<OpPayload> ops = {
        SetMeta{MetaField::date, kDemoDate},
        SetMeta{MetaField::venue, "Town Hall, Committee Room 2"},
        SetMeta{MetaField::hosts, "Ruth Adeyemi (lead host), Dan Price (co-host)"},
        SetMeta{MetaField::question,
                "What is our shared purpose as a board for children and young people, and which "
                "principles will we hold each other to?"},
    };
    for (const auto& person : kPeople) {
        ops.push_back(AddParticipant{new_uuid(), person.name, person.organisation, person.role});
    }
    return ops;
}

// The afternoon's plan: a check-in, three café rounds on the purpose, a harvest into
// principles and a closing circle, from 13:30 on the demo's date.
std::vector<OpPayload> demo_agenda(const std::filesystem::path& assets) {
    std::vector<std::string> warnings;
    const auto methods = load_method_library({assets / "methods"}, warnings);
    const struct {
        const char* method;
        std::vector<const char*> questions;  // one per round of the method; "" keeps its own
        bool talking_piece = false;          // a circle: each voice has its turn and its time
    } plan[] = {
        {"check-in-circle", {"What do you bring with you today, and what do you hope for?"}, true},
        {"world-cafe",
         {"What does a good childhood in this place look like?",
          "What must this board do, together, that none of us can do alone?",
          "Which principles would make us trustworthy to children and young people?", ""}},
        {"harvest-round", {"What are the principles we will hold each other to?"}},
        {"closing-circle", {"One word or one commitment as you leave."}, true},
    };
    std::vector<OpPayload> ops;
    double rank = 1;
    for (const auto& item : plan) {
        const Method* method = find_method(methods, item.method);
        if (!method) {
            throw Error((assets / "methods").string(), 0,
                        std::string("the demo needs the built-in method ") + item.method);
        }
        auto rounds = rounds_from_method(*method, new_uuid, rank);
        for (std::size_t i = 0; i < rounds.size() && i < item.questions.size(); ++i) {
            if (*item.questions[i]) rounds[i].question = item.questions[i];
        }
        // The circles pass the talking piece whatever a method file says.
        if (item.talking_piece) {
            for (auto& round : rounds) round.talking_piece = RoundTalkingPiece::on;
        }
        rank += static_cast<double>(rounds.size());
        ops.insert(ops.end(), rounds.begin(), rounds.end());
    }
    ops.push_back(SetAgendaStart{agenda_start_from_text("13:30", kDemoDate, 0).value_or(0)});
    return ops;
}

// A dot vote on the five themes, as the board would have cast it after the café rounds: each
// person's three dots (at most two on one theme), revealed and closed.
std::vector<OpPayload> demo_vote(const Session& session) {
    std::vector<std::string> themes;
    for (const Group& group : session.board.groups) {
        if (!group.deleted.value) themes.push_back(group.id);
    }
    const std::string round_id = new_uuid();
    std::vector<OpPayload> ops = {
        OpenVotingRound{round_id, "Which themes matter most to us?",
                        VotingRules{VoteTarget::groups, 3, 2, false, false, {}, ""}}};
    if (themes.empty()) return ops;
    // Theme choices per person, as indexes into the themes in board order.
    const int choices[][3] = {{0, 0, 2}, {1, 0, 3}, {2, 2, 1}, {0, 3, 4},
                              {1, 1, 0}, {4, 0, 2}, {3, 1, 1}, {0, 0, 4}};
    std::size_t person = 0;
    for (const auto& picks : choices) {
        const std::string voter = kPeople[person++ % std::size(kPeople)].name;
        for (int pick : picks) {
            const std::string& theme = themes[static_cast<std::size_t>(pick) % themes.size()];
            ops.push_back(CastDot{new_uuid(), round_id, theme, voter});
        }
    }
    ops.push_back(RevealVotes{round_id, true});
    ops.push_back(CloseVoting{round_id});
    return ops;
}

// ---- the harvest in progress ---------------------------------------------------------------

Assignee demo_person(const Session& session, const char* name) {
    for (const Participant& person : session.participants) {
        if (person.name.value == name) return assignee_for(person);
    }
    return Assignee{"", name};
}

std::vector<std::string> demo_theme(const Session& session, const char* title) {
    const Group* group = session.board.find_group_by_title(title);
    return group ? theme_sources(session.board, group->id) : std::vector<std::string>{};
}

// Two purpose drafts from the café tables. The first was asked for consent, drew one objection
// from the Youth Council, was amended, asked again and agreed; the second is still a draft.
void demo_purpose(Document& doc) {
    const std::string first = new_uuid();
    doc.commit({new_draft(doc.state().harvest, first, new_uuid(), "Café table 1",
                          "We come together to listen to children and young people so that our "
                          "services change because they spoke.",
                          "Café table 1", demo_theme(doc.state(), "Voice of young people"))});
    doc.commit({new_draft(doc.state().harvest, new_uuid(), new_uuid(), "Café table 3",
                          "We come together to join up what each of us does alone so that no "
                          "child falls between our services.",
                          "Café table 3", demo_theme(doc.state(), "Joined-up working"))});

    const NewId ids = new_uuid;
    const auto take = [&](const std::string& round_id, const char* person, ConsentKind kind,
                          const char* reason) {
        const ConsentRound& round = *doc.state().harvest.find_consent_round(round_id);
        doc.commit(respond(round, person, ConsentAnswer{kind, reason}, ids));
    };
    const std::string asked = new_uuid();
    doc.commit(
        {ask_consent_on_draft(*doc.state().harvest.find_draft(first), asked, ConsentMode::named)});
    take(asked, "Helen Marsh", ConsentKind::agree, "");
    take(asked, "Dr Sarah Okafor", ConsentKind::agree, "");
    take(asked, "Tom Reilly", ConsentKind::live_with, "Families are missing, but it is a start");
    take(asked, "Amira Hussain", ConsentKind::object,
         "It talks about young people, not with them, and it leaves families out");

    const std::string again = new_uuid();
    doc.commit(amend_and_ask_again(doc.state().harvest, asked, new_uuid(),
                                   "We come together to listen to children, young people and "
                                   "their families, and to act with them on what we hear, so "
                                   "that every child here grows up safe, healthy and heard.",
                                   "Ruth Adeyemi", again));
    for (const auto& person : kPeople) {
        const std::string name = person.name;
        const bool aside = name == "Insp. Gareth Lloyd";
        const bool live_with = name == "Mark Evans";
        take(again, person.name,
             aside       ? ConsentKind::stand_aside
             : live_with ? ConsentKind::live_with
                         : ConsentKind::agree,
             aside ? "New to the board; I trust the room" : "");
    }
    doc.commit({SetConsentAgreement{again, {true, kDemoDate, "2027-11-26"}}});
}

struct DemoPrinciple {
    const char* title;
    const char* statement;
    const char* champion;
    const char* theme;
    std::vector<const char*> practices, accountability;
};

// Three principles from the themes, with practices and accountability, and the actions and
// focus items the room named before it left.
void demo_principles(Document& doc) {
    const DemoPrinciple principles[] = {
        {"Young people shape what we do",
         "We decide with children and young people, not for them.",
         "Amira Hussain",
         "Voice of young people",
         {"Young people co-chair at least one board meeting a year",
          "Every board paper says how young people were involved"},
         {"Each meeting opens with: whose voices did we hear, and what changed?",
          "The Youth Council reviews our progress every six months"}},
        {"One team around the child",
         "We share what we know and act as one team around each child and family.",
         "Tom Reilly",
         "Joined-up working",
         {"A named lead for every family we support together",
          "Share information early, safely and lawfully"},
         {"Each quarter we bring one case where we failed to join up, and learn from it"}},
        {"Help early, and fairly",
         "We put help where it is needed first, before problems grow.",
         "Priya Natarajan",
         "Early help and prevention",
         {"Fund prevention before crisis services grow", "Check who is missing from our data"},
         {"A yearly equity review of who our services reach",
          "We publish what we spend on early help"}},
    };
    std::vector<std::string> ids;
    for (const DemoPrinciple& p : principles) {
        const Session& s = doc.state();
        AddPrinciple add =
            new_principle(s.harvest, new_uuid(), p.title, p.statement, demo_theme(s, p.theme));
        add.champion = demo_person(s, p.champion);
        ids.push_back(add.id);
        doc.commit({add});
        for (const char* line : p.practices) {
            doc.commit(
                {new_line(doc.state().harvest, add.id, LineKind::practice, new_uuid(), line)});
        }
        for (const char* line : p.accountability) {
            doc.commit({new_line(doc.state().harvest, add.id, LineKind::accountability, new_uuid(),
                                 line)});
        }
    }
    const Session& s = doc.state();
    doc.commit({new_action(s.harvest, new_uuid(),
                           "Invite two young people from the Youth Council to join the board",
                           demo_person(s, "Helen Marsh"), "2027-01-31", ids[0])});
    doc.commit({new_action(doc.state().harvest, new_uuid(),
                           "Agree one information-sharing protocol across all partners",
                           demo_person(doc.state(), "Insp. Gareth Lloyd"), "2027-03-31", ids[1])});
    doc.commit({new_focus_item(doc.state().harvest, new_uuid(),
                               "How will we fund youth participation beyond this year?",
                               demo_person(doc.state(), "Jo Whitfield"), "March board")});
    doc.commit({new_focus_item(doc.state().harvest, new_uuid(),
                               "What does \"safe\" mean to young people themselves?",
                               demo_person(doc.state(), "Amira Hussain"), "2027-05-20")});
}

// The afternoon so far, as the timer ran it: the check-in and the four café rounds, a little
// late and a little long as afternoons are; the harvest round and the closing circle are still
// to come. `demo_time` is the document's clock for these ops, so the stop is stamped on the
// demo's date too.
void demo_rounds_run(Document& doc, std::int64_t& demo_time) {
    const auto schedule = plan_schedule(doc.state().agenda);
    const int minutes[] = {27, 22, 21, 24, 17};
    std::int64_t at = agenda_start_from_text("13:34", kDemoDate, 0).value_or(0);
    for (std::size_t i = 0; i < std::size(minutes) && i < schedule.size(); ++i) {
        demo_time = at;
        doc.commit({StartRound{schedule[i].round_id, 0, at}});
        at += minutes[i] * 60'000;
    }
    demo_time = at;
    doc.commit({StopTimer{}});
    demo_time = 0;
}

}  // namespace

void write_demo_session(const std::filesystem::path& folder, const std::filesystem::path& assets,
                        const DocumentOptions& options) {
    const auto csv_file = assets / "demo" / "demo-notes.csv";
    const NotesCsv csv = parse_notes_csv(read_whole_file(csv_file), csv_file.string());
    std::error_code ec;
    std::filesystem::remove_all(folder, ec);
    if (ec) throw Error(folder.string(), 0, "cannot replace the old demo: " + ec.message());
    // The given clock, except while the demo's rounds are run on the demo's date.
    auto demo_time = std::make_shared<std::int64_t>(0);
    DocumentOptions demo_options = options;
    demo_options.clock = [demo_time, clock = options.clock] {
        return *demo_time != 0 ? *demo_time : clock();
    };
    Document doc =
        Document::create(folder, "Children and Young People's Board: our purpose", demo_options);
    doc.commit(demo_setup());
    doc.commit(plan_notes_import(doc.state(), csv, new_uuid));
    doc.commit(demo_agenda(assets));
    demo_rounds_run(doc, *demo_time);
    doc.commit(demo_vote(doc.state()));
    demo_purpose(doc);
    demo_principles(doc);
    doc.write_snapshot();
}

std::filesystem::path ensure_demo_session(const std::filesystem::path& assets,
                                          const DocumentOptions& options) {
    const auto folder = data_folder() / "demo.hostspace";
    if (!std::filesystem::exists(folder / snapshot_file_name())) {
        write_demo_session(folder, assets, options);
    }
    return folder;
}

}  // namespace hostspace::cli
