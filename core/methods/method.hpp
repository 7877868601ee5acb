#pragma once
// The method library: Art of Hosting practices (check-in circle, World Café, Open Space...)
// as JSON files, one method a file, so facilitators can add their own. A method expands into
// one or more agenda rounds, each with optional sub-steps (rounds_from_method in
// core/agenda/rounds_from_method.hpp). docs/file-format.md ("Method files") gives the format.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace hostspace {

// The method file format this hostspace reads; a file with a higher "schema_version" is
// skipped with a warning.
constexpr int kMethodSchemaVersion = 1;

struct MethodStep {
    std::string title;
    int duration_s = 0;
    std::string description;  // what happens in the step; "" when the file gives none
};

struct MethodRound {
    std::string title;
    std::string question;  // a fixed question (Pro Action Café); "" to pick from the prompts
    int duration_s = 0;    // with steps: the sum of their durations
    std::vector<MethodStep> steps;  // empty: one countdown of duration_s
};

struct Method {
    std::string id;      // stable, e.g. "world-cafe"; a user's file with a built-in id replaces it
    std::string name;    // "World Café"
    std::string how_to;  // one paragraph for the facilitator
    std::string harvest_hint;                   // how to harvest what the method produces
    std::vector<std::string> question_prompts;  // example questions to start from
    std::vector<MethodRound> rounds;            // never empty
    bool talking_piece = false;                 // a circle: suggests the timer's talking-piece mode
    int speaker_s = 0;           // suggested time per speaker (0: the timer's default)
    std::filesystem::path file;  // where it was read from ("" when parsed from text)
};

// The planned length of all the method's rounds.
int method_duration_s(const Method& method);

// Parses one method file's text. Throws hostspace::Error(file_name, line, reason) for bad JSON,
// a missing or mistyped field (the line of the field, or of the object that lacks it), an
// invalid value, or a newer schema version. A UTF-8 byte order mark is allowed.
Method parse_method(std::string_view json, const std::string& file_name);

// $XDG_DATA_HOME/hostspace/methods, or ~/.local/share/hostspace/methods.
std::filesystem::path user_methods_folder();

// Reads every *.json file of each folder, folders in the order given (the built-in
// assets/methods first, then user_methods_folder()), files in name order. Never throws:
// - a missing folder is skipped silently (most users have no folder of their own);
// - a file that cannot be read or parsed is skipped, with a warning naming the file, the line
//   and the reason;
// - a method whose id was already read replaces the earlier one in its place in the list, with
//   a warning naming both files (so a user's edited copy of a built-in method is used, and
//   it is clear why).
std::vector<Method> load_method_library(const std::vector<std::filesystem::path>& folders,
                                        std::vector<std::string>& warnings);

// The method with this id, or nullptr.
const Method* find_method(const std::vector<Method>& methods, std::string_view id);

}  // namespace hostspace
