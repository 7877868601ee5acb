#include "core/export/markdown_writer.hpp"

#include <cstring>

#include "core/export/printable_text.hpp"

namespace hostspace::doc {
namespace {

// Characters that can open or close CommonMark (or pipe-table) syntax anywhere in a line, and
// those that do only at the start of one (headings, lists, setext underlines).
constexpr const char* kInlineSpecial = "\\`*_[]<>&|~";
constexpr const char* kLineStartSpecial = "#+-=";

std::string inlines_markdown(const Inlines& spans, const std::string& indent) {
    std::string out;
    for (const Span& span : spans) {
        if (span.text.empty()) continue;
        // Spaces before a span in mid-line are text; at a line's start they would indent it.
        const bool line_start = out.empty() || out.back() == '\n';
        const std::string text = escape_markdown(span.text, indent, line_start);
        // Emphasis markers cannot open or close next to spaces: keep them outside the text's
        // own leading and trailing spaces.
        const std::size_t first = text.find_first_not_of(' ');
        if (span.style == Emphasis::none || first == std::string::npos) {
            out += text;
            continue;
        }
        const std::size_t last = text.find_last_not_of(' ');
        const char* mark = span.style == Emphasis::strong ? "**" : "*";
        out += text.substr(0, first) + mark + text.substr(first, last - first + 1) + mark +
               text.substr(last + 1);
    }
    return out;
}

std::string table_cell(const std::string& text) {
    // A cell is one line: line breaks become spaces there.
    std::string one_line = text;
    for (char& c : one_line) {
        if (c == '\n') c = ' ';
    }
    return escape_markdown(one_line);
}

void write_table(std::string& out, const Table& table) {
    if (!table.caption.empty()) out += "*" + escape_markdown(table.caption) + "*\n\n";
    out += "|";
    for (const auto& h : table.header) out += " " + table_cell(h) + " |";
    out += "\n|";
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        const bool number =
            !table.rows.empty() && i < table.rows[0].size() && table.rows[0][i].number;
        out += number ? " ---: |" : " --- |";
    }
    out += "\n";
    for (const auto& row : table.rows) {
        out += "|";
        for (const auto& cell : row) out += " " + table_cell(cell.text) + " |";
        out += "\n";
    }
    out += "\n";
}

struct BlockWriter {
    std::string& out;

    void operator()(const Heading& h) const {
        out +=
            std::string(static_cast<std::size_t>(h.level), '#') + " " + table_cell(h.text) + "\n\n";
    }
    void operator()(const Paragraph& p) const {
        const std::string text = inlines_markdown(p.spans, "");
        if (!text.empty()) out += text + "\n\n";
    }
    void operator()(const List& list) const {
        int n = 0;
        for (const auto& item : list.items) {
            ++n;
            const std::string marker = list.ordered ? std::to_string(n) + ". " : "- ";
            const std::string text = inlines_markdown(item, std::string(marker.size(), ' '));
            // An empty item would end the list for some readers: say it is empty instead.
            out += marker + (text.empty() ? "(empty)" : text) + "\n";
        }
        out += "\n";
    }
    void operator()(const Table& table) const { write_table(out, table); }
    void operator()(const BoardFigure& figure) const {
        // Markdown travels as one file: the picture is the PNG sent beside it.
        out += "*" +
               escape_markdown(figure.caption +
                               " The picture is the PNG file sent with this document.") +
               "*\n\n";
    }
    void operator()(const PageBreak&) const {}
};

}  // namespace

std::string escape_markdown(const std::string& raw, const std::string& indent, bool at_line_start) {
    std::string text = printable_text(raw);
    // A text that ends in a break would leave a dangling "\" behind.
    while (!text.empty() && text.back() == '\n') text.pop_back();
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    bool line_start = at_line_start;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            // A hard break keeps the line; trailing spaces there would be one too, so drop them.
            while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
            out += "\\\n" + indent;
            line_start = true;
            continue;
        }
        if (line_start && (c == ' ' || c == '\t')) continue;  // indentation would make code
        if (c == '\t') {
            out += ' ';
        } else if (std::strchr(kInlineSpecial, c) != nullptr ||
                   (line_start && std::strchr(kLineStartSpecial, c) != nullptr)) {
            out += '\\';
            out += c;
        } else if (line_start && c >= '0' && c <= '9') {
            // "1." or "1)" starts an ordered list: escape what follows the digits.
            std::size_t end = i;
            while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
            out.append(text, i, end - i);
            if (end < text.size() && (text[end] == '.' || text[end] == ')')) {
                out += '\\';
                out += text[end];
                ++end;
            }
            i = end - 1;
        } else {
            out += c;
        }
        line_start = false;
    }
    return out;
}

std::string render_harvest_markdown(const HarvestDocument& doc) {
    std::string out;
    const BlockWriter writer{out};
    for (const Block& block : doc.blocks) std::visit(writer, block);
    while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n')
        out.pop_back();
    return out;
}

}  // namespace hostspace::doc
