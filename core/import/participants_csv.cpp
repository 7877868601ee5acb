#include "core/import/participants_csv.hpp"

#include <unordered_map>

#include "core/import/csv_table.hpp"

namespace hostspace {
namespace {

enum Column : std::size_t { kName, kOrganisation, kRole };

// Who a person is for spotting the same one twice: "Ann  Smith" at "nhs" is "Ann Smith" at
// "NHS". Only ASCII letters are folded; a name in another script is compared as written.
std::string identity_part(const std::string& text) {
    std::string out;
    bool space = false;
    for (const char c : trim_blanks(text)) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f') {
            space = true;
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

std::string identity(const std::string& name, const std::string& organisation) {
    return identity_part(name) + '\n' + identity_part(organisation);
}

std::string who(const CsvParticipant& p) {
    return p.organisation.empty() ? p.name : p.name + " (" + p.organisation + ")";
}

// "Ann Smith (NHS), Bo (lines 4, 9)": the first few people, then the lines of all.
std::string skipped_list(const std::vector<const CsvParticipant*>& rows) {
    constexpr std::size_t kNamed = 5;
    std::string out;
    std::vector<std::size_t> lines;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i < kNamed) out += (i ? ", " : "") + who(*rows[i]);
        lines.push_back(rows[i]->line);
    }
    if (rows.size() > kNamed) out += " and " + std::to_string(rows.size() - kNamed) + " more";
    return out + " (" + line_list(lines) + ")";
}

std::string rows_word(std::size_t n) {
    return std::to_string(n) + (n == 1 ? " row" : " rows");
}

}  // namespace

const CsvColumns& participant_columns() {
    static const CsvColumns columns{{{"name"}, {"organisation", "organization"}, {"role"}}, kName};
    return columns;
}

ParticipantsCsv parse_participants_csv(std::string_view bytes, const std::string& file_name) {
    ParticipantsCsv out;
    std::vector<std::size_t> blank_name_lines;
    const CsvTableInfo info =
        read_csv_table(bytes, file_name, participant_columns(), [&](CsvRow& row) {
            CsvParticipant p{trim_blanks(row.fields[kName]), trim_blanks(row.fields[kOrganisation]),
                             trim_blanks(row.fields[kRole]), row.line};
            if (p.name.empty()) {
                blank_name_lines.push_back(row.line);
                return;
            }
            out.participants.push_back(std::move(p));
        });
    out.warnings = info.warnings;
    if (!blank_name_lines.empty()) {
        out.warnings.push_back("skipped " + rows_word(blank_name_lines.size()) + " with no name (" +
                               line_list(blank_name_lines) + ")");
    }
    if (out.participants.empty()) {
        out.warnings.push_back("the file has no participants below its header row");
    }
    return out;
}

std::vector<OpPayload> plan_participants_import(const Session& session, const ParticipantsCsv& csv,
                                                const std::function<std::string()>& new_id,
                                                std::vector<std::string>& warnings) {
    std::unordered_map<std::string, bool> seen;  // identity -> already in the session
    for (const auto& p : session.participants) {
        if (!p.removed.value) seen.emplace(identity(p.name.value, p.organisation.value), true);
    }
    std::vector<const CsvParticipant*> in_session, repeated;
    std::vector<OpPayload> ops;
    for (const auto& p : csv.participants) {
        const auto [it, added] = seen.emplace(identity(p.name, p.organisation), false);
        if (!added) {
            (it->second ? in_session : repeated).push_back(&p);
            continue;
        }
        ops.push_back(AddParticipant{new_id(), p.name, p.organisation, p.role});
    }
    if (!in_session.empty()) {
        warnings.push_back("skipped " + rows_word(in_session.size()) +
                           " already in the session: " + skipped_list(in_session));
    }
    if (!repeated.empty()) {
        warnings.push_back("skipped " + rows_word(repeated.size()) +
                           " repeating an earlier row: " + skipped_list(repeated));
    }
    return ops;
}

}  // namespace hostspace
