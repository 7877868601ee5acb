#include "app/cli/commands.hpp"

#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <set>
#include <stdexcept>
#include <string>

#include "app/cli/arguments.hpp"
#include "app/cli/assets.hpp"
#include "app/cli/demo.hpp"
#include "app/cli/sync_command.hpp"
#include "app/gui/shell/gui.hpp"
#include "core/agenda/rounds_from_method.hpp"
#include "core/export/harvest_files.hpp"
#include "core/import/import_file.hpp"
#include "core/methods/method.hpp"
#include "core/storage/device_identity.hpp"
#include "core/storage/document.hpp"
#include "core/storage/durable_file.hpp"
#include "core/storage/recent_sessions.hpp"
#include "core/storage/repair.hpp"
#include "core/sync/session_device.hpp"
#include "core/util/error.hpp"
#include "core/util/text.hpp"
#include "core/util/uuid.hpp"

namespace hostspace::cli {
namespace {

const char* kUsage =
    R"(hostspace: timed rounds, a sticky-note board and harvests for hosted sessions

usage:
  hostspace [SESSION]                        open the GUI (SESSION is created if missing)
  hostspace --demo                           open the bundled demo session
    with either:  --projector                open the projector window too (F12 toggles it)
                  --fullscreen               the projector fills its monitor
                  --monitor N                the projector's monitor: 1 (the first), 2, ...
                  --mode M                   what the projector shows first: round, board,
                                             votes or purpose (the harvest)
  hostspace new SESSION --title T [--question Q] [--date YYYY-MM-DD] [--venue V] [--hosts H]
                [--method M[,M2...]]         create a session (folder SESSION.hostspace),
                                             its agenda made of the methods named
  hostspace set SESSION [--title T] [--question Q] [--date YYYY-MM-DD] [--venue V] [--hosts H]
                                             change the session's details (one undoable step)
  hostspace import-notes SESSION FILE.csv    add notes from a CSV file (one undoable batch)
  hostspace import-participants SESSION FILE.csv
                                             add participants from a CSV file (people already
                                             in the session are skipped)
  hostspace export SESSION --format F --out FILE
                                             the harvest as F: md, html, pdf, docx, csv, json
                                             or png (the board); --out - prints md, html, csv
                                             or json
  hostspace export SESSION --all --out DIR   every format into DIR, named from the title and
                                             date (--formats md,pdf,... for some of them)
    with either:  --anonymous                organisations only: no one's name
                  --sections purpose,principles,actions,focus,rounds,votes,participants,
                             notes,board     (default: every section that has content)
                  --table notes|actions|votes|principles
                                             the table a CSV holds (default: notes)
  hostspace shot SESSION --out DIR           render the control window and the projector to
                                             DIR/control.png, DIR/projector.png and (Purpose
                                             mode) DIR/projector-purpose.png
  hostspace sync SESSION --server URL --event ID [--user U] [--ca-file F] [--insecure]
                                             send this laptop's changes to a WebDAV server and
                                             fetch the other laptops'; the password comes from
                                             HOSTSPACE_PASSWORD or the one saved in the window.
                                             The settings are kept with the session, so later
                                             runs need only SESSION. Exits 0 when in sync
  hostspace make-demo SESSION                write the demo session to SESSION (replacing it)
  hostspace repair SESSION [--drop-unknown]  repair a session that will not open: keeps the
                                             damaged files beside it, keeps every line that
                                             still reads, and says what was dropped
  hostspace --help | --version

A SESSION is a folder NAME.hostspace; the suffix is added when left out.
The notes CSV needs a header row with a "text" column; "author", "organisation", "group" and
"colour" are optional. The participants CSV needs a "name" column; "organisation" and "role"
are optional. Either may be UTF-8, Windows-1252 or UTF-16, separated by commas, semicolons or
tabs. See README.md.
)";

DocumentOptions document_options() {
    return DocumentOptions{load_or_create_device_id()};
}

// For one session: its own device id if sync gave it one (core/sync/session_device.hpp).
DocumentOptions document_options(const std::filesystem::path& folder) {
    DocumentOptions options = document_options();
    options.device_id = sync::session_device_id(config_folder(), folder, options.device_id);
    return options;
}

void print_warnings(const std::vector<std::string>& warnings) {
    for (const auto& warning : warnings) std::cerr << "warning: " << warning << "\n";
}

Document open_session(const std::string& name) {
    std::vector<std::string> warnings;
    const auto folder = session_folder_for(name);
    Document doc = Document::open(folder, document_options(folder), warnings);
    print_warnings(warnings);
    return doc;
}

std::string single_session(const Arguments& args, const char* command, std::size_t extra = 0) {
    if (args.positional.size() != 1 + extra) {
        throw Error(std::string("hostspace ") + command + ": wrong number of arguments (see " +
                    "hostspace --help)");
    }
    return args.positional.front();
}

// The agenda a new session starts with: the rounds of each method named in `list`
// ("check-in-circle,world-cafe"), from the built-in library and the user's own methods. Read
// before the session is made, so an unknown method leaves nothing behind.
std::vector<OpPayload> agenda_from_methods(const std::string& list) {
    std::vector<std::string> warnings;
    const auto methods =
        load_method_library({find_assets_folder() / "methods", user_methods_folder()}, warnings);
    print_warnings(warnings);
    std::vector<OpPayload> ops;
    double rank = 1;
    for (const std::string& id : split_list(list)) {
        const Method* method = find_method(methods, id);
        if (!method) {
            std::string known;
            for (const auto& m : methods) known += (known.empty() ? "" : ", ") + m.id;
            throw Error("no method \"" + id + "\" in the method library (it has: " + known + ")");
        }
        const auto rounds = rounds_from_method(*method, new_uuid, rank);
        rank += static_cast<double>(rounds.size());
        ops.insert(ops.end(), rounds.begin(), rounds.end());
    }
    return ops;
}

// The session's details a command sets (--title, --question, --date, --venue, --hosts), trimmed
// and checked by core's rules (the window's too) before anything is written.
std::vector<SetMeta> meta_from_options(const Arguments& args) {
    std::vector<SetMeta> fields;
    for (MetaField field : {MetaField::title, MetaField::question, MetaField::date,
                            MetaField::venue, MetaField::hosts}) {
        const auto value = args.value(meta_field_name(field));
        if (!value) continue;
        const std::string tidy = trim_space(*value);
        const std::string problem = meta_value_problem(field, tidy);
        if (!problem.empty())
            throw Error(std::string("--") + meta_field_name(field) + ": " + problem);
        fields.push_back(SetMeta{field, tidy});
    }
    return fields;
}

const std::set<std::string> kMetaOptions = {"title", "question", "date", "venue", "hosts"};

int command_new(const std::vector<std::string>& words) {
    std::set<std::string> options = kMetaOptions;
    options.insert("method");
    const auto args = parse_arguments(words, options, {});
    const auto folder = session_folder_for(single_session(args, "new"));
    if (!args.value("title")) {
        throw Error(
            "hostspace new: --title is required: what the session is called, for example "
            "--title \"Board away day\"");
    }
    const auto meta = meta_from_options(args);
    const auto agenda = agenda_from_methods(args.value("method").value_or(""));
    std::vector<OpPayload> details;
    std::string title;
    for (const auto& field : meta) {
        if (field.field == MetaField::title) {
            title = field.value;
        } else {
            details.push_back(field);
        }
    }
    Document doc = Document::create(folder, title, document_options(folder));
    if (!details.empty()) doc.commit(details);
    if (!agenda.empty()) doc.commit(agenda);
    std::cout << "created " << folder.string() << "\n";
    return 0;
}

int command_set(const std::vector<std::string>& words) {
    const auto args = parse_arguments(words, kMetaOptions, {});
    const auto session = single_session(args, "set");
    const auto meta = meta_from_options(args);
    if (meta.empty()) {
        throw Error(
            "hostspace set: name what to set: --title, --question, --date, --venue or "
            "--hosts (see hostspace --help)");
    }
    Document doc = open_session(session);
    std::vector<OpPayload> changes;
    std::string names;
    for (const auto& field : meta) {
        if (doc.state().meta.field(field.field).value == field.value) continue;
        changes.push_back(field);
        names += std::string(names.empty() ? "" : ", ") + meta_field_name(field.field);
    }
    if (changes.empty()) {
        std::cout << "nothing to change: " << doc.folder().string() << " already has those\n";
        return 0;
    }
    doc.commit(changes);  // one step: one Ctrl+Z in the window takes it all back
    doc.write_snapshot();
    try {
        update_recent_title(normalise_session_path(doc.folder()), doc.state().meta.title.value);
    } catch (const Error& e) {
        std::cerr << "warning: could not update the recent sessions: " << e.what() << "\n";
    }
    std::cout << "set " << names << " of " << doc.folder().string() << "\n";
    return 0;
}

int command_repair(const std::vector<std::string>& words) {
    const auto args = parse_arguments(words, {}, {"drop-unknown"});
    const auto folder = session_folder_for(single_session(args, "repair"));
    RepairOptions options;
    options.drop_newer = args.flag("drop-unknown");
    std::cout << describe_repair(repair_session(folder, options));
    return 0;
}

// import-notes and import-participants: the whole file is read, checked and planned before the
// session is written (opening it writes nothing), so a bad file changes nothing.
int run_import(const std::vector<std::string>& words, const char* command, ImportKind kind) {
    const auto args = parse_arguments(words, {}, {});
    const auto session = single_session(args, command, 1);
    Document doc = open_session(session);
    const std::filesystem::path file = args.positional[1];
    const ImportPlan plan = kind == ImportKind::notes
                                ? plan_notes_file(doc.state(), file, new_uuid)
                                : plan_participants_file(doc.state(), file, new_uuid);
    print_warnings(plan.warnings);
    if (!plan.ops.empty()) {
        doc.commit(plan.ops);
        doc.write_snapshot();
    }
    std::cout << import_summary(plan, kind, doc.folder().string()) << "\n";
    return 0;
}

int command_import_notes(const std::vector<std::string>& words) {
    return run_import(words, "import-notes", ImportKind::notes);
}

int command_import_participants(const std::vector<std::string>& words) {
    return run_import(words, "import-participants", ImportKind::participants);
}

// One format to a file (or standard output), or a set of formats into a folder.
int command_export(const std::vector<std::string>& words) {
    const auto args = parse_arguments(words, {"format", "formats", "out", "sections", "table"},
                                      {"all", "anonymous"});
    const auto session = single_session(args, "export");
    const auto out = args.value("out");
    const bool many = args.flag("all") || args.value("formats");
    if (!out) {
        throw Error(many ? "hostspace export: --out DIR is required (the folder for the files)"
                         : "hostspace export: --out FILE is required (- for standard output)");
    }
    doc::ExportRequest request;
    request.options.anonymous = args.flag("anonymous");
    if (const auto sections = args.value("sections")) {
        request.options.sections = doc::parse_sections(*sections);
    }
    if (const auto table = args.value("table")) request.csv_table = *table;
    if (many && args.value("format")) {
        throw Error(
            "hostspace export: give either --format (one file) or --all/--formats (a folder)");
    }
    // Read without taking the session's lock: an export works while the window has it open,
    // and changes nothing.
    const Document doc = open_session(session);
    if (many) {
        request.formats = args.flag("all") ? std::vector<doc::Format>(doc::kAllFormats.begin(),
                                                                      doc::kAllFormats.end())
                                           : doc::parse_formats(*args.value("formats"));
        std::error_code ec;
        if (!std::filesystem::exists(*out, ec)) std::filesystem::create_directories(*out, ec);
        const auto written = doc::write_harvest_files(
            doc.state(), request, *out, [](const std::string& what, int done, int total) {
                if (!what.empty())
                    std::cerr << "[" << done + 1 << "/" << total << "] " << what << "\n";
            });
        for (const auto& file : written) std::cout << file.string() << "\n";
        return 0;
    }
    const std::string name = args.value("format").value_or("json");
    const auto format = doc::format_from_name(name);
    if (!format) {
        throw Error("hostspace export: no format \"" + name +
                    "\" (the formats are md, html, pdf, docx, csv, json, png)");
    }
    if (*out == "-" && !doc::is_text_format(*format)) {
        throw Error(std::string("hostspace export: ") + doc::format_name(*format) +
                    " is not text: give --out FILE rather than - for it");
    }
    const std::string bytes = doc::render_format(doc.state(), *format, request);
    if (*out == "-") {
        std::cout << bytes;
    } else {
        write_file_atomically(*out, bytes);
        std::cerr << "wrote " << *out << "\n";
    }
    return 0;
}

int command_shot(const std::vector<std::string>& words) {
    const auto args = parse_arguments(words, {"out"}, {});
    const auto session = session_folder_for(single_session(args, "shot"));
    const auto out = args.value("out");
    if (!out) throw Error("hostspace shot: --out DIR is required");
    gui::GuiOptions options;
    options.session = session;
    options.document = document_options(session);
    options.assets = find_assets_folder();
    return gui::render_shot(options, *out);
}

int command_make_demo(const std::vector<std::string>& words) {
    const auto args = parse_arguments(words, {}, {});
    const auto folder = session_folder_for(single_session(args, "make-demo"));
    write_demo_session(folder, find_assets_folder(), document_options(folder));
    std::cout << "wrote the demo session to " << folder.string() << "\n";
    return 0;
}

// --projector, --fullscreen, --monitor N (counted from 1, as the projector controls list them).
gui::ProjectorSettings projector_settings(const Arguments& args) {
    gui::ProjectorSettings settings;
    settings.open = args.flag("projector");
    settings.fullscreen = args.flag("fullscreen");
    if (const auto monitor = args.value("monitor")) {
        int number = 0;
        std::size_t used = 0;
        try {
            number = std::stoi(*monitor, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used != monitor->size() || number < 1) {
            throw Error("--monitor needs a monitor number: 1 for the first, 2 for the second, ...");
        }
        settings.monitor = number - 1;
    }
    if (const auto mode = args.value("mode")) {
        const std::map<std::string, gui::ProjectorMode> modes = {
            {"round", gui::ProjectorMode::round},
            {"board", gui::ProjectorMode::board},
            {"votes", gui::ProjectorMode::votes},
            {"purpose", gui::ProjectorMode::purpose}};
        const auto it = modes.find(*mode);
        if (it == modes.end()) {
            throw Error("--mode needs round, board, votes or purpose, not \"" + *mode + "\"");
        }
        settings.mode = it->second;
    }
    return settings;
}

int command_gui(const std::vector<std::string>& words) {
    const auto args =
        parse_arguments(words, {"monitor", "mode"}, {"demo", "projector", "fullscreen"});
    gui::GuiOptions options;
    options.document = document_options();
    options.assets = find_assets_folder();
    options.projector = projector_settings(args);
    if (args.flag("demo")) {
        if (!args.positional.empty()) throw Error("--demo takes no session");
        options.session = ensure_demo_session(options.assets, options.document);
    } else if (args.positional.size() == 1) {
        const auto folder = session_folder_for(args.positional.front());
        if (!std::filesystem::exists(folder)) {
            Document::create(folder, folder.stem().string(), options.document);
        }
        options.session = folder;
    } else if (args.positional.size() > 1) {
        throw Error("unknown command \"" + args.positional.front() + "\" (see hostspace --help)");
    }
    return gui::run_gui(options);
}

}  // namespace

int run_command_line(const std::vector<std::string>& words) {
    static const std::map<std::string, std::function<int(const std::vector<std::string>&)>>
        commands = {{"new", command_new},
                    {"set", command_set},
                    {"repair", command_repair},
                    {"import-notes", command_import_notes},
                    {"import-participants", command_import_participants},
                    {"export", command_export},
                    {"shot", command_shot},
                    {"sync", command_sync},
                    {"make-demo", command_make_demo}};
    try {
        if (!words.empty() && (words[0] == "--help" || words[0] == "-h" || words[0] == "help")) {
            std::cout << kUsage;
            return 0;
        }
        if (!words.empty() && words[0] == "--version") {
            std::cout << "hostspace " << HOSTSPACE_VERSION << "\n";
            return 0;
        }
        if (!words.empty()) {
            const auto command = commands.find(words[0]);
            if (command != commands.end()) {
                return command->second(std::vector<std::string>(words.begin() + 1, words.end()));
            }
        }
        return command_gui(words);
    } catch (const Error& e) {
        std::cerr << "hostspace: " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "hostspace: unexpected error: " << e.what() << "\n";
        return 2;
    }
}

}  // namespace hostspace::cli
