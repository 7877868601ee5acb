#include "app/cli/demo.hpp"

#include "app/cli/assets.hpp"
#include "core/import/notes_csv.hpp"
#include "core/storage/durable_file.hpp"
#include "core/util/error.hpp"
#include "core/util/uuid.hpp"

namespace hostspace::cli {
namespace {

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
        SetMeta{MetaField::date, "2026-11-26"},
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
