#include "core/export/html_writer.hpp"

#include <glib.h>

#include "core/export/printable_text.hpp"

namespace hostspace::doc {
namespace {

// Dark text on white and a link-free, script-free page: contrast well above AA (4.5:1) for
// every colour used. The print rules give A4 pages and start each appendix on a new one.
constexpr const char* kStyle = R"(
:root { color: #1b1b1b; background: #ffffff; }
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; line-height: 1.5;
  max-width: 48rem; margin: 0 auto; padding: 1rem; overflow-wrap: anywhere; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.45rem; margin-top: 2.2rem; border-bottom: 2px solid #3a3a3a; }
h3 { font-size: 1.15rem; margin-top: 1.4rem; }
.table-scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
caption { text-align: left; font-style: italic; color: #3a3a3a; padding-bottom: 0.3rem; }
th, td { border: 1px solid #6b6b6b; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #ececec; }
td.number { text-align: right; }
figure { margin: 1rem 0; }
figure img { max-width: 100%; height: auto; border: 1px solid #6b6b6b; }
figcaption { font-style: italic; color: #3a3a3a; }
@media print {
  @page { size: A4; margin: 18mm 16mm; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  .page-break { break-before: page; page-break-before: always; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, li, figure { break-inside: avoid; page-break-inside: avoid; }
  .table-scroll { overflow: visible; }
}
)";

// Typed text as element content: escaped, line breaks kept.
std::string text_html(const std::string& raw) {
    const std::string text = escape_html(raw);
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        if (c == '\n') {
            out += "<br>";
        } else {
            out += c;
        }
    }
    return out;
}

std::string inlines_html(const Inlines& spans) {
    std::string out;
    for (const Span& span : spans) {
        if (span.text.empty()) continue;
        switch (span.style) {
            case Emphasis::none:
                out += text_html(span.text);
                break;
            case Emphasis::strong:
                out += "<strong>" + text_html(span.text) + "</strong>";
                break;
            case Emphasis::emphasis:
                out += "<em>" + text_html(span.text) + "</em>";
                break;
        }
    }
    return out;
}

struct BlockWriter {
    std::string& out;
    const std::string& board_png;
    bool& in_appendix;

    void operator()(const Heading& h) const {
        const std::string level = std::to_string(h.level);
        out += "<h" + level + " id=\"" + escape_html(h.anchor) + "\" dir=\"auto\"" +
               (in_appendix && h.level == 2 ? " class=\"page-break\"" : "") + ">" +
               text_html(h.text) + "</h" + level + ">\n";
        in_appendix = false;
    }
    void operator()(const Paragraph& p) const {
        const std::string text = inlines_html(p.spans);
        if (!text.empty()) out += "<p dir=\"auto\">" + text + "</p>\n";
    }
    void operator()(const List& list) const {
        const char* tag = list.ordered ? "ol" : "ul";
        out += std::string("<") + tag + ">\n";
        for (const auto& item : list.items)
            out += "<li dir=\"auto\">" + inlines_html(item) + "</li>\n";
        out += std::string("</") + tag + ">\n";
    }
    void operator()(const Table& table) const {
        // A wide table scrolls inside its own region on a phone; the region takes keyboard
        // focus so it can be scrolled without a mouse, and is named for screen readers.
        out += "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" +
               escape_html(table.caption) + "\">\n<table>\n";
        if (!table.caption.empty()) out += "<caption>" + text_html(table.caption) + "</caption>\n";
        out += "<thead><tr>";
        for (const auto& h : table.header) out += "<th scope=\"col\">" + text_html(h) + "</th>";
        out += "</tr></thead>\n<tbody>\n";
        for (const auto& row : table.rows) {
            out += "<tr>";
            for (const auto& cell : row) {
                out += cell.number ? "<td class=\"number\">" : "<td dir=\"auto\">";
                out += text_html(cell.text) + "</td>";
            }
            out += "</tr>\n";
        }
        out += "</tbody>\n</table>\n</div>\n";
    }
    void operator()(const BoardFigure& figure) const {
        out += "<figure>\n";
        if (!board_png.empty()) {
            gchar* base64 = g_base64_encode(reinterpret_cast<const guchar*>(board_png.data()),
                                            board_png.size());
            out += "<img src=\"data:image/png;base64,";
            out += base64;
            out += "\" alt=\"" + escape_html(figure.alt) + "\">\n";
            g_free(base64);
        }
        out += "<figcaption>" + text_html(figure.caption) + "</figcaption>\n</figure>\n";
    }
    void operator()(const PageBreak&) const { in_appendix = true; }
};

}  // namespace

std::string escape_html(const std::string& raw) {
    const std::string text = printable_text(raw);
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string render_harvest_html(const HarvestDocument& doc, const std::string& board_png) {
    std::string out;
    out.reserve(board_png.size() * 4 / 3 + 64 * 1024);
    out += "<!DOCTYPE html>\n<html lang=\"" + escape_html(doc.language) + "\">\n<head>\n";
    out += "<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + escape_html(doc.title) + "</title>\n";
    if (!doc.author.empty())
        out += "<meta name=\"author\" content=\"" + escape_html(doc.author) + "\">\n";
    out += "<meta name=\"generator\" content=\"hostspace\">\n";
    out += "<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n<main>\n";
    bool in_appendix = false;
    const BlockWriter writer{out, board_png, in_appendix};
    for (const Block& block : doc.blocks) std::visit(writer, block);
    out += "</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace hostspace::doc
