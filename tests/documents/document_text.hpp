#pragma once
// Helpers for the document tests: all of a document's text in reading order, and running an
// outside reader on a file.
#include <array>
#include <cstdio>
#include <string>

#include "core/export/harvest_document.hpp"
#include "core/storage/durable_file.hpp"
#include "core/util/rapidjson.hpp"

namespace hostspace::test {

// Every text of the blocks in order, one block or cell per line: what a reader of any format
// must find.
inline std::string document_text(const doc::HarvestDocument& d) {
    std::string out;
    const auto spans = [&](const doc::Inlines& inlines) {
        for (const auto& span : inlines) out += span.text;
        out += "\n";
    };
    for (const doc::Block& block : d.blocks) {
        if (const auto* h = std::get_if<doc::Heading>(&block)) out += h->text + "\n";
        if (const auto* p = std::get_if<doc::Paragraph>(&block)) spans(p->spans);
        if (const auto* l = std::get_if<doc::List>(&block)) {
            for (const auto& item : l->items) spans(item);
        }
        if (const auto* t = std::get_if<doc::Table>(&block)) {
            out += t->caption + "\n";
            for (const auto& h : t->header) out += h + "\n";
            for (const auto& row : t->rows) {
                for (const auto& cell : row) out += cell.text + "\n";
            }
        }
        if (const auto* f = std::get_if<doc::BoardFigure>(&block)) out += f->caption + "\n";
    }
    return out;
}

// Runs a shell command and returns what it printed on standard output; `status` gets its exit
// status.
inline std::string run_reader(const std::string& command, int* status = nullptr) {
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) return out;
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        out.append(buffer.data(), n);
    const int rc = ::pclose(pipe);
    if (status) *status = rc;
    return out;
}

// Debian's Python, which has the readers' packages (python3-html5lib, python3-docx): a
// python3 earlier in PATH (pyenv) may not.
inline const char* const kDebianPython = "/usr/bin/python3";

// Runs one of the readers in tests/documents/readers on a file and parses the JSON it prints.
inline rapidjson::Document read_with(const std::string& reader, const std::string& file) {
    const std::string json =
        run_reader(std::string(kDebianPython) + " " HOSTSPACE_DOCUMENT_TESTS "/readers/" + reader +
                   " '" + file + "'");
    rapidjson::Document parsed;
    parsed.Parse(json.c_str(), json.size());
    if (parsed.HasParseError()) parsed.SetNull();
    return parsed;
}

inline std::string str(const rapidjson::Value& v) {
    return std::string(v.GetString(), v.GetStringLength());
}

// The strings of a JSON array, joined by line feeds.
inline std::string joined(const rapidjson::Value& array) {
    std::string out;
    for (const auto& v : array.GetArray()) {
        if (v.IsString()) out += str(v) + "\n";
    }
    return out;
}

}  // namespace hostspace::test
