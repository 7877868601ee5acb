#include "app/cli/demo.hpp"

#include "app/cli/assets.hpp"
#include "core/agenda/agenda_time.hpp"
#include "core/agenda/rounds_from_method.hpp"
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
    } plan[] = {
        {"check-in-circle", {"What do you bring with you today, and what do you hope for?"}},
        {"world-cafe",
         {"What does a good childhood in this place look like?",
          "What must this board do, together, that none of us can do alone?",
          "Which principles would make us trustworthy to children and young people?", ""}},
        {"harvest-round", {"What are the principles we will hold each other to?"}},
        {"closing-circle", {"One word or one commitment as you leave."}},
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

}  // namespace

void write_demo_session(const std::filesystem::path& folder, const std::filesystem::path& assets,
                        const DocumentOptions& options) {
    const auto csv_file = assets / "demo" / "demo-notes.csv";
    const NotesCsv csv = parse_notes_csv(read_whole_file(csv_file), csv_file.string());
    std::error_code ec;
    std::filesystem::remove_all(folder, ec);
    if (ec) throw Error(folder.string(), 0, "cannot replace the old demo: " + ec.message());
    Document doc =
        Document::create(folder, "Children and Young People's Board: our purpose", options);
    doc.commit(demo_setup());
    doc.commit(plan_notes_import(doc.state(), csv, new_uuid));
    doc.commit(demo_agenda(assets));
    doc.commit(demo_vote(doc.state()));
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
