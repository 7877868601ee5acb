#include <cmath>

#include "core/methods/method.hpp"
#include "core/util/error.hpp"
#include "core/util/located_json.hpp"

namespace hostspace {
namespace {

using Json = rapidjson::Value;

constexpr double kMaxMinutes = 24 * 60;  // a step longer than a day is a typo

// Reads fields of the method file, naming the line of whatever is wrong: the field's own line,
// or the line of the object that lacks it.
class FieldReader {
  public:
    FieldReader(const LocatedJson& json, const std::string& file) : json_(json), file_(file) {}

    [[noreturn]] void fail(const std::string& path, const std::string& reason) const {
        throw Error(file_, json_.line_of(path), reason);
    }

    const Json* find(const Json& object, const char* key) const {
        const auto it = object.FindMember(key);
        return it == object.MemberEnd() ? nullptr : &it->value;
    }

    const Json& need(const Json& object, const std::string& path, const char* key) const {
        const Json* value = find(object, key);
        if (!value) fail(path, std::string("missing field \"") + key + "\"");
        return *value;
    }

    std::string text(const Json& object, const std::string& path, const char* key,
                     bool required = true, bool may_be_empty = false) const {
        const Json* value = required ? &need(object, path, key) : find(object, key);
        if (!value) return {};
        if (!value->IsString()) fail(at(path, key), quoted(key) + " is not a string");
        std::string out(value->GetString(), value->GetStringLength());
        if (out.empty() && !may_be_empty) fail(at(path, key), quoted(key) + " is empty");
        return out;
    }

    // A duration in minutes (fractions allowed: 1.5 is 90 s) as whole seconds.
    int minutes(const Json& value, const std::string& path, const char* key) const {
        if (!value.IsNumber() || !std::isfinite(value.GetDouble())) {
            fail(path, quoted(key) + " is not a number of minutes");
        }
        const double m = value.GetDouble();
        if (m <= 0 || m > kMaxMinutes) {
            fail(path, quoted(key) + " must be more than 0 and at most 1440 minutes");
        }
        return static_cast<int>(std::lround(m * 60));
    }

    const Json& list(const Json& object, const std::string& path, const char* key,
                     bool non_empty) const {
        const Json& value = need(object, path, key);
        if (!value.IsArray()) fail(at(path, key), quoted(key) + " is not a list");
        if (non_empty && value.Empty()) fail(at(path, key), quoted(key) + " is empty");
        return value;
    }

    static std::string at(const std::string& path, const char* key) { return path + "/" + key; }
    static std::string at(const std::string& path, std::size_t index) {
        return path + "/" + std::to_string(index);
    }
    static std::string quoted(const char* key) { return std::string("field \"") + key + "\""; }

  private:
    const LocatedJson& json_;
    const std::string& file_;
};

void check_version(const FieldReader& r, const Json& root) {
    const Json& version = r.need(root, "", "schema_version");
    if (!version.IsInt()) r.fail("/schema_version", "field \"schema_version\" is not an integer");
    const int v = version.GetInt();
    if (v > kMethodSchemaVersion) {
        r.fail("/schema_version", "schema version " + std::to_string(v) +
                                      " is newer than this hostspace reads (" +
                                      std::to_string(kMethodSchemaVersion) + ")");
    }
    if (v < 1) r.fail("/schema_version", "schema version " + std::to_string(v) + " is not valid");
}

MethodStep read_step(const FieldReader& r, const Json& object, const std::string& path) {
    if (!object.IsObject()) r.fail(path, "a step is not a JSON object");
    MethodStep step;
    step.title = r.text(object, path, "title");
    step.duration_s = r.minutes(r.need(object, path, "minutes"), r.at(path, "minutes"), "minutes");
    step.description = r.text(object, path, "description", false, true);
    return step;
}

MethodRound read_round(const FieldReader& r, const Json& object, const std::string& path) {
    if (!object.IsObject()) r.fail(path, "a round is not a JSON object");
    MethodRound round;
    round.title = r.text(object, path, "title");
    round.question = r.text(object, path, "question", false, true);
    if (r.find(object, "steps")) {
        const Json& steps = r.list(object, path, "steps", true);
        for (rapidjson::SizeType i = 0; i < steps.Size(); ++i) {
            round.steps.push_back(read_step(r, steps[i], r.at(r.at(path, "steps"), i)));
            round.duration_s += round.steps.back().duration_s;
        }
    }
    const Json* minutes = r.find(object, "minutes");
    if (!minutes && round.steps.empty()) {
        r.fail(path, "a round needs \"minutes\" or \"steps\"");
    }
    if (minutes) {
        const int total = r.minutes(*minutes, r.at(path, "minutes"), "minutes");
        if (!round.steps.empty() && total != round.duration_s) {
            r.fail(
                r.at(path, "minutes"),
                "\"minutes\" is not the sum of the steps' minutes (leave it out to use the sum)");
        }
        round.duration_s = total;
    }
    return round;
}

}  // namespace

int method_duration_s(const Method& method) {
    int total = 0;
    for (const auto& round : method.rounds) total += round.duration_s;
    return total;
}

Method parse_method(std::string_view json, const std::string& file_name) {
    // Editors on Windows often save UTF-8 with a byte order mark; it changes no line number.
    if (json.substr(0, 3) == "\xEF\xBB\xBF") json.remove_prefix(3);
    const LocatedJson located = parse_located_json(json, file_name);
    const FieldReader r(located, file_name);
    const Json& root = located.document;
    if (!root.IsObject()) r.fail("", "a method file holds one JSON object");
    check_version(r, root);

    Method method;
    method.id = r.text(root, "", "id");
    method.name = r.text(root, "", "name");
    method.how_to = r.text(root, "", "how_to");
    method.harvest_hint = r.text(root, "", "harvest_hint", true, true);
    const Json& prompts = r.list(root, "", "question_prompts", false);
    for (rapidjson::SizeType i = 0; i < prompts.Size(); ++i) {
        if (!prompts[i].IsString())
            r.fail(r.at("/question_prompts", i), "a prompt is not a string");
        method.question_prompts.emplace_back(prompts[i].GetString(), prompts[i].GetStringLength());
    }
    const Json& rounds = r.list(root, "", "rounds", true);
    for (rapidjson::SizeType i = 0; i < rounds.Size(); ++i) {
        method.rounds.push_back(read_round(r, rounds[i], r.at("/rounds", i)));
    }
    if (const Json* piece = r.find(root, "talking_piece")) {
        if (!piece->IsBool())
            r.fail("/talking_piece", "field \"talking_piece\" is not true or false");
        method.talking_piece = piece->GetBool();
    }
    if (const Json* speaker = r.find(root, "speaker_seconds")) {
        if (!speaker->IsInt() || speaker->GetInt() <= 0) {
            r.fail("/speaker_seconds", "field \"speaker_seconds\" is not a whole number above 0");
        }
        method.speaker_s = speaker->GetInt();
    }
    return method;
}

}  // namespace hostspace
