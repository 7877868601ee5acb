#include "app/cli/commands.hpp"

#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>

#include "app/cli/arguments.hpp"
#include "app/cli/assets.hpp"
#include "app/cli/demo.hpp"
#include "app/gui/shell/gui.hpp"
#include "core/agenda/rounds_from_method.hpp"
#include "core/export/json_export.hpp"
#include "core/import/notes_csv.hpp"
#include "core/methods/method.hpp"
#include "core/storage/device_identity.hpp"
#include "core/storage/document.hpp"
#include "core/storage/durable_file.hpp"
#include "core/util/error.hpp"
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
  hostspace new SESSION --title T [--method M[,M2...]]
                                             create a session (folder SESSION.hostspace),
                                             its agenda made of the methods named
  hostspace import-notes SESSION FILE.csv    add notes from a CSV file (one undoable batch)
  hostspace export SESSION --format json --out FILE   (--out - writes to standard output)
  hostspace shot SESSION --out DIR           render the control window and the projector to
                                             DIR/control.png and DIR/projector.png
  hostspace make-demo SESSION                write the demo session to SESSION (replacing it)
  hostspace --help | --version

A SESSION is a folder NAME.hostspace; the suffix is added when left out.
The notes CSV needs a header row with a "text" column; "author", "organisation", "group" and
"colour" are optional. See README.md.
)";

DocumentOptions document_options() {
    return DocumentOptions{load_or_create_device_id()};
}

void print_warnings(const std::vector<std::string>& warnings) {
    for (const auto& warning : warnings) std::cerr << "warning: " << warning << "\n";
}

Document open_session(const std::string& name) {
    std::vector<std::string> warnings;
    Document doc = Document::open(session_folder_for(name), document_options(), warnings);
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
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t comma = std::min(list.find(',', start), list.size());
        const std::string id = list.substr(start, comma - start);
        start = comma + 1;
        if (id.empty()) continue;
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

int command_new(const std::vector<std::string>& words) {
    const auto args = parse_arguments(words, {"title", "method"}, {});
    const auto folder = session_folder_for(single_session(args, "new"));
    const auto title = args.value("title").value_or(folder.stem().string());
    const auto agenda = agenda_from_methods(args.value("method").value_or(""));
    Document doc = Document::create(folder, title, document_options());
    if (!agenda.empty()) doc.commit(agenda);
    std::cout << "created " << folder.string() << "\n";
    return 0;
}

int command_import_notes(const std::vector<std::string>& words) {
    const auto args = parse_arguments(words, {}, {});
    const auto session = single_session(args, "import-notes", 1);
    const std::string csv_file = args.positional[1];
    // Read and check the whole file before the session is touched: one error, no change.
    const NotesCsv csv = parse_notes_csv(read_whole_file(csv_file), csv_file);
    print_warnings(csv.warnings);
    Document doc = open_session(session);
    const std::size_t groups_before = doc.state().board.groups.size();
    doc.commit(plan_notes_import(doc.state(), csv, new_uuid));
    doc.write_snapshot();
    std::cout << "imported " << csv.notes.size() << " notes into " << doc.folder().string() << " ("
              << doc.state().board.groups.size() - groups_before << " new groups)\n";
    return 0;
}

int command_export(const std::vector<std::string>& words) {
    const auto args = parse_arguments(words, {"format", "out"}, {});
    const auto session = single_session(args, "export");
    const auto format = args.value("format").value_or("json");
    const auto out = args.value("out");
    if (!out) throw Error("hostspace export: --out FILE is required (- for standard output)");
    if (format != "json") {
        throw Error("hostspace export: format \"" + format +
                    "\" is not available yet (available: json)");
    }
    const Document doc = open_session(session);
    const std::string json = export_session_json(doc.state());
    if (*out == "-") {
        std::cout << json;
    } else {
        write_file_atomically(*out, json);
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
    options.document = document_options();
    options.assets = find_assets_folder();
    return gui::render_shot(options, *out);
}

int command_make_demo(const std::vector<std::string>& words) {
    const auto args = parse_arguments(words, {}, {});
    const auto folder = session_folder_for(single_session(args, "make-demo"));
    write_demo_session(folder, find_assets_folder(), document_options());
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
    return settings;
}

int command_gui(const std::vector<std::string>& words) {
    const auto args = parse_arguments(words, {"monitor"}, {"demo", "projector", "fullscreen"});
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
                    {"import-notes", command_import_notes},
                    {"export", command_export},
                    {"shot", command_shot},
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
