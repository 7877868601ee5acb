#include "core/export/csv_writer.hpp"

#include "core/export/printable_text.hpp"
#include "core/util/error.hpp"

namespace hostspace::doc {
namespace {

bool starts_formula(const std::string& text) {
    if (text.empty()) return false;
    const char c = text.front();
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

void write_row(std::string& out, const std::vector<Cell>& cells) {
    bool first = true;
    for (const Cell& cell : cells) {
        if (!first) out += ',';
        first = false;
        out += cell.number ? cell.text : csv_text_cell(cell.text);
    }
    out += "\r\n";
}

}  // namespace

std::string csv_text_cell(const std::string& raw) {
    // A CR is checked before printable_text turns it into a line feed.
    const bool neutralise = starts_formula(raw);
    const std::string text = printable_text(raw);
    std::string out = "\"";
    if (neutralise) out += '\'';
    for (const char c : text) {
        if (c == '"') out += '"';
        if (c == '\n') {
            out += "\r\n";  // Excel keeps a CRLF inside a quoted cell as one line break
            continue;
        }
        out += c;
    }
    return out + "\"";
}

std::string render_harvest_csv(const HarvestDocument& doc, const std::string& name) {
    const DataTable* table = doc.find_table(name);
    if (!table) {
        std::string known;
        for (const auto& t : doc.tables) known += (known.empty() ? "" : ", ") + t.name;
        throw Error("the harvest has no \"" + name + "\" table to write as CSV" +
                    (known.empty() ? std::string(" (it has none: add its section)")
                                   : " (it has: " + known + ")"));
    }
    std::string out = "\xEF\xBB\xBF";  // the BOM Excel needs to read UTF-8
    std::vector<Cell> header;
    for (const auto& h : table->header) header.push_back(Cell{h});
    write_row(out, header);
    for (const auto& row : table->rows) write_row(out, row);
    return out;
}

}  // namespace hostspace::doc
