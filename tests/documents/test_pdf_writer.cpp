// The PDF writer, checked with readers from outside the project: poppler's pdfinfo, pdftotext
// and pdffonts read the file as a viewer would, and qpdf's library reads the catalog and the
// structure tree that poppler's tools do not show.
// qpdf 11 asks each user to say it needs no PointerHolder (its old smart pointer).
#define POINTERHOLDER_TRANSITION 4
#include <cairo/cairo.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <qpdf/QPDF.hh>
#include <set>
#include <sstream>

#include "core/export/board_png.hpp"
#include "core/export/harvest_document.hpp"
#include "core/export/pdf_writer.hpp"
#include "core/export/printable_text.hpp"
#include "core/util/error.hpp"
#include "sample_session.hpp"

using namespace hostspace;

namespace {

std::string run(const std::string& command) {
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    REQUIRE(::pclose(pipe) == 0);
    return out;
}

// HOSTSPACE_KEEP_PDF=DIR keeps a copy of each PDF written, for looking at its pages
// (pdftoppm -r 60 -png).
void write_file(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
    REQUIRE(out.good());
    if (const char* keep = std::getenv("HOSTSPACE_KEEP_PDF")) {
        std::ofstream copy(std::filesystem::path(keep) / path.filename(), std::ios::binary);
        copy << bytes;
    }
}

// pdftotext breaks lines where the page wraps them: compare texts with any run of white space
// as one space.
std::string squeeze(const std::string& text) {
    std::string out;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
        if (space) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

cairo_status_t append_png(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

// A stand-in board picture, 3:2, so that the test does not depend on the board writer.
std::string test_board_png() {
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 1200, 800);
    cairo_t* cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 0.97, 0.97, 0.95);
    cairo_paint(cr);
    cairo_set_source_rgb(cr, 0.95, 0.85, 0.3);
    for (int i = 0; i < 6; ++i) {
        cairo_rectangle(cr, 60 + 180 * i, 120 + 70 * (i % 3), 150, 150);
        cairo_fill(cr);
    }
    cairo_destroy(cr);
    std::string png;
    cairo_surface_write_to_png_stream(surface, append_png, &png);
    cairo_surface_destroy(surface);
    return png;
}

struct SamplePdf {
    test::TempDir dir;
    doc::HarvestDocument document = doc::build_harvest_document(test::sample_session(), {});
    std::filesystem::path path = dir / "harvest.pdf";
    std::string bytes;
    SamplePdf() {
        bytes = doc::render_harvest_pdf(document, test_board_png());
        write_file(path, bytes);
    }
    std::string text() const { return run("pdftotext -enc UTF-8 '" + path.string() + "' -"); }
    std::string info() const { return run("pdfinfo '" + path.string() + "'"); }
};

std::string info_field(const std::string& info, const std::string& name) {
    std::istringstream lines(info);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.rfind(name + ":", 0) == 0) {
            const std::size_t value = line.find_first_not_of(' ', name.size() + 1);
            return value == std::string::npos ? "" : line.substr(value);
        }
    }
    return "";
}

void collect_structure(QPDFObjectHandle node, std::vector<std::string>& types,
                       std::vector<std::string>& figure_alts, int depth = 0) {
    if (depth > 64) return;
    if (node.isArray()) {
        for (auto item : node.aitems()) collect_structure(item, types, figure_alts, depth + 1);
        return;
    }
    if (!node.isDictionary()) return;
    QPDFObjectHandle type = node.getKey("/S");
    if (type.isName()) {
        types.push_back(type.getName());
        if (type.getName() == "/Figure" && node.getKey("/Alt").isString()) {
            figure_alts.push_back(node.getKey("/Alt").getUTF8Value());
        }
    }
    collect_structure(node.getKey("/K"), types, figure_alts, depth + 1);
}

}  // namespace

TEST_CASE("The harvest PDF is a tagged A4 document titled with the session", "[documents][pdf]") {
    const SamplePdf pdf;
    REQUIRE(pdf.bytes.rfind("%PDF-", 0) == 0);
    const std::string info = pdf.info();
    CHECK(info_field(info, "Tagged") == "yes");
    CHECK(info_field(info, "Page size").find("(A4)") != std::string::npos);
    CHECK(info_field(info, "Title") == "Children & Young People's Board: our purpose");
    CHECK(info_field(info, "Author") == "Ruth Adeyemi, Dan Price");
    CHECK(std::stoi(info_field(info, "Pages")) >= 2);
}

TEST_CASE("Every hostile text and every script survives whole in the PDF", "[documents][pdf]") {
    const SamplePdf pdf;
    const std::string text = squeeze(pdf.text());
    for (const char* hostile : test::kHostileText) {
        std::string expected = squeeze(doc::printable_text(hostile));
        // A right-to-left mark is invisible: it steers the line's direction and draws no glyph,
        // so no text extractor can give it back. The words after it must be there whole.
        const std::string rlm = "\xE2\x80\x8F";
        if (expected.rfind(rlm, 0) == 0) expected = expected.substr(rlm.size());
        INFO("hostile text: " << hostile);
        CHECK(text.find(expected) != std::string::npos);
    }
    for (const char* name :
         {"\xE6\x9D\x8E\xE4\xBC\x9F",                                           // 李伟
          "\xD9\x81\xD8\xA7\xD8\xB7\xD9\x85\xD8\xA9 \xD8\xB9\xD9\x84\xD9\x8A",  // فاطمة علي
          "\xE0\xA4\xAA\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA4\xBF\xE0\xA4\xAF\xE0\xA4\xBE"}) {  // प्रिया
        INFO("name: " << name);
        CHECK(text.find(name) != std::string::npos);
    }
    // The Arabic note, shaped and joined, still reads back as its letters.
    CHECK(text.find("\xD9\x86\xD8\xB3\xD8\xAA\xD9\x85\xD8\xB9") != std::string::npos);  // نستمع
}

TEST_CASE("Every page of the PDF says which page of how many it is", "[documents][pdf]") {
    const SamplePdf pdf;
    const int pages = std::stoi(info_field(pdf.info(), "Pages"));
    const std::string text = pdf.text();
    for (int page = 1; page <= pages; ++page) {
        const std::string footer = "Page " + std::to_string(page) + " of " + std::to_string(pages);
        INFO(footer);
        CHECK(text.find(footer) != std::string::npos);
    }
}

TEST_CASE("The PDF's headings come in the document's reading order", "[documents][pdf]") {
    const SamplePdf pdf;
    const std::string text = squeeze(pdf.text());
    std::vector<std::string> headings;
    for (const doc::Block& block : pdf.document.blocks) {
        if (const auto* heading = std::get_if<doc::Heading>(&block))
            headings.push_back(heading->text);
    }
    REQUIRE(headings.size() >= 5);
    std::size_t at = 0;
    for (const std::string& heading : headings) {
        INFO("heading: " << heading);
        const std::size_t found = text.find(squeeze(doc::printable_text(heading)), at);
        REQUIRE(found != std::string::npos);
        at = found;
    }
    const std::size_t purpose = text.find("Purpose");
    const std::size_t principles = text.find("Principles");
    const std::size_t actions = text.find("Actions");
    CHECK(purpose < principles);
    CHECK(principles < actions);
}

TEST_CASE("The PDF's catalog has the language, DisplayDocTitle and the figure's alt text",
          "[documents][pdf]") {
    const SamplePdf pdf;
    QPDF reader;
    reader.processFile(pdf.path.string().c_str());
    QPDFObjectHandle root = reader.getRoot();
    REQUIRE(root.getKey("/Lang").isString());
    CHECK(root.getKey("/Lang").getUTF8Value() == pdf.document.language);
    QPDFObjectHandle display = root.getKey("/ViewerPreferences").getKey("/DisplayDocTitle");
    REQUIRE(display.isBool());
    CHECK(display.getBoolValue());
    CHECK(root.getKey("/MarkInfo").getKey("/Marked").isBool());

    // The outline (bookmarks): one entry per section, the principles under theirs.
    std::vector<std::string> sections;
    std::vector<std::string> principles;
    for (QPDFObjectHandle entry = root.getKey("/Outlines").getKey("/First"); entry.isDictionary();
         entry = entry.getKey("/Next")) {
        sections.push_back(entry.getKey("/Title").getUTF8Value());
        if (sections.back() != "Principles") continue;
        for (QPDFObjectHandle child = entry.getKey("/First"); child.isDictionary();
             child = child.getKey("/Next")) {
            principles.push_back(child.getKey("/Title").getUTF8Value());
        }
        if (sections.size() > 100) break;
    }
    std::vector<std::string> h2s;
    for (const doc::Block& block : pdf.document.blocks) {
        const auto* heading = std::get_if<doc::Heading>(&block);
        if (heading != nullptr && heading->level == 2) h2s.push_back(heading->text);
    }
    CHECK(sections == h2s);
    CHECK(principles == std::vector<std::string>{"1. Young people shape what we do",
                                                 "2. One team | around the child"});

    std::vector<std::string> types, alts;
    collect_structure(root.getKey("/StructTreeRoot").getKey("/K"), types, alts);
    const std::set<std::string> found(types.begin(), types.end());
    for (const char* type : {"/Document", "/H1", "/H2", "/H3", "/P", "/L", "/LI", "/LBody",
                             "/Table", "/TR", "/TH", "/TD", "/Figure"}) {
        INFO("structure element " << type);
        CHECK(found.count(type) == 1);
    }
    std::string alt;
    for (const doc::Block& block : pdf.document.blocks) {
        if (const auto* figure = std::get_if<doc::BoardFigure>(&block)) alt = figure->alt;
    }
    REQUIRE(alts.size() == 1);
    CHECK(alts.front() == doc::printable_text(alt));
}

TEST_CASE("The PDF embeds every font it uses", "[documents][pdf]") {
    const SamplePdf pdf;
    std::istringstream lines(run("pdffonts '" + pdf.path.string() + "'"));
    std::string header, line;
    REQUIRE(std::getline(lines, header));
    const std::size_t emb = header.find(" emb ");
    REQUIRE(emb != std::string::npos);
    REQUIRE(std::getline(lines, line));  // the dashes under the header
    int fonts = 0;
    while (std::getline(lines, line)) {
        INFO(line);
        REQUIRE(line.size() > emb + 4);
        CHECK(line.substr(emb + 1, 3) == "yes");
        ++fonts;
    }
    // Latin, CJK, Arabic and Devanagari come from different fonts, in two weights.
    CHECK(fonts >= 4);
}

TEST_CASE("The same document gives the same PDF bytes", "[documents][pdf]") {
    const doc::HarvestDocument document = doc::build_harvest_document(test::sample_session(), {});
    const std::string png = test_board_png();
    CHECK(doc::render_harvest_pdf(document, png) == doc::render_harvest_pdf(document, png));
}

TEST_CASE("Without a board picture the PDF keeps the caption and has no figure",
          "[documents][pdf]") {
    test::TempDir dir;
    const doc::HarvestDocument document = doc::build_harvest_document(test::sample_session(), {});
    write_file(dir / "plain.pdf", doc::render_harvest_pdf(document, ""));
    QPDF reader;
    reader.processFile((dir / "plain.pdf").string().c_str());
    std::vector<std::string> types, alts;
    collect_structure(reader.getRoot().getKey("/StructTreeRoot").getKey("/K"), types, alts);
    CHECK(std::count(types.begin(), types.end(), "/Figure") == 0);
    std::string caption;
    for (const doc::Block& block : document.blocks) {
        if (const auto* figure = std::get_if<doc::BoardFigure>(&block)) caption = figure->caption;
    }
    REQUIRE(!caption.empty());
    const std::string text =
        squeeze(run("pdftotext -enc UTF-8 '" + (dir / "plain.pdf").string() + "' -"));
    CHECK(text.find(squeeze(caption)) != std::string::npos);
}

// With HOSTSPACE_KEEP_PDF=DIR, the sample's PDF with the real board picture is kept too.
TEST_CASE("The sample PDF can be kept for looking at", "[documents][pdf]") {
    const char* keep = std::getenv("HOSTSPACE_KEEP_PDF");
    if (keep == nullptr) return;
    const doc::HarvestDocument document = doc::build_harvest_document(test::sample_session(), {});
    write_file(std::filesystem::path(keep) / "sample.pdf",
               doc::render_harvest_pdf(document, doc::render_board_png(document.board)));
}

TEST_CASE("A board picture that is not a PNG is refused with a reason", "[documents][pdf]") {
    const doc::HarvestDocument document = doc::build_harvest_document(test::sample_session(), {});
    CHECK_THROWS_AS(doc::render_harvest_pdf(document, "not a png"), Error);
}

TEST_CASE("A PDF of 2000 notes repeats the notes table's header on every page and is timed",
          "[documents][pdf]") {
    test::HarvestRoom room;
    room.add(SetMeta{MetaField::title, "A long board"});
    for (int i = 0; i < 2000; ++i) {
        room.add(AddNote{"bulk" + std::to_string(i),
                         "Note " + std::to_string(i) + ": we could meet families where they are, " +
                             "and say back what we heard",
                         "Author " + std::to_string(i % 40),
                         "Organisation " + std::to_string(i % 7),
                         "yellow",
                         i % 3 == 0 ? "g1" : "",
                         {float(i % 50) * 200, float(i / 50) * 150}});
    }
    const doc::HarvestDocument document = doc::build_harvest_document(room.session, {});
    const auto start = std::chrono::steady_clock::now();
    const std::string bytes = doc::render_harvest_pdf(document, test_board_png());
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - start)
                        .count();
    test::TempDir dir;
    write_file(dir / "long.pdf", bytes);
    const std::string info = run("pdfinfo '" + (dir / "long.pdf").string() + "'");
    const int pages = std::stoi(info_field(info, "Pages"));
    std::cout << "PDF of 2000 notes: " << ms << " ms, " << pages << " pages, "
              << bytes.size() / 1024 << " KiB\n";
    CHECK(pages > 20);
    const std::string text =
        squeeze(run("pdftotext -enc UTF-8 '" + (dir / "long.pdf").string() + "' -"));
    CHECK(text.find("Note 0: we could meet") != std::string::npos);
    CHECK(text.find("Note 1999: we could meet") != std::string::npos);
}

TEST_CASE("A table longer than a page repeats its header row on every page", "[documents][pdf]") {
    doc::HarvestDocument document;
    document.title = "A long table";
    document.language = "en-GB";
    doc::Table table{"Tallies by table", {"Table host", "Question asked", "Tally"}, {}};
    for (int i = 1; i <= 150; ++i) {
        table.rows.push_back({doc::Cell{"Host " + std::to_string(i)},
                              doc::Cell{"What would make question " + std::to_string(i) +
                                        " worth asking again next year, and who would ask it?"},
                              doc::Cell{std::to_string(i * 7), true}});
    }
    document.blocks = {doc::Heading{1, "A long table", "title"}, table};
    test::TempDir dir;
    write_file(dir / "table.pdf", doc::render_harvest_pdf(document));
    const std::string file = (dir / "table.pdf").string();
    const int pages = std::stoi(info_field(run("pdfinfo '" + file + "'"), "Pages"));
    REQUIRE(pages >= 3);
    for (int page = 2; page <= pages; ++page) {
        const std::string text = run("pdftotext -enc UTF-8 -f " + std::to_string(page) + " -l " +
                                     std::to_string(page) + " '" + file + "' -");
        INFO("page " << page);
        CHECK(text.find("Question asked") != std::string::npos);
    }
    const std::string all = squeeze(run("pdftotext -enc UTF-8 '" + file + "' -"));
    CHECK(all.find("Host 150") != std::string::npos);
    CHECK(all.find("1050") != std::string::npos);
    // The tallies are right-aligned: with -layout, each ends where the column ends.
    std::istringstream lines(run("pdftotext -layout -enc UTF-8 -f 1 -l 1 '" + file + "' -"));
    std::set<std::size_t> ends;
    std::string line;
    while (std::getline(lines, line)) {
        if (line.rfind("Host ", 0) == 0 || line.find(" Host ") != std::string::npos) {
            ends.insert(line.find_last_not_of(' '));
        }
    }
    CHECK(ends.size() == 1);
}

TEST_CASE("A table row taller than a page goes on over the next page, every word kept",
          "[documents][pdf]") {
    doc::HarvestDocument document;
    document.title = "A long note";
    document.language = "en-GB";
    // One note of 800 numbered words: some 100 lines in its column, more than a page holds.
    std::string long_note;
    for (int i = 1; i <= 800; ++i) long_note += "word" + std::to_string(i) + " ";
    doc::Table table{"Notes", {"Note", "Author"}, {}};
    table.rows.push_back({doc::Cell{"Before"}, doc::Cell{"Ann"}});
    table.rows.push_back({doc::Cell{long_note}, doc::Cell{"Bo"}});
    table.rows.push_back({doc::Cell{"After"}, doc::Cell{"Cy"}});
    document.blocks = {doc::Heading{1, "A long note", "title"}, table};
    test::TempDir dir;
    write_file(dir / "row.pdf", doc::render_harvest_pdf(document));
    const std::string file = (dir / "row.pdf").string();
    const int pages = std::stoi(info_field(run("pdfinfo '" + file + "'"), "Pages"));
    REQUIRE(pages >= 2);
    for (int page = 1; page <= pages; ++page) {
        // No word of the note runs into the bottom margin, where print cuts it off or the page
        // number covers it (pdftotext -bbox gives each word's box, y down from the top).
        const std::string box = run("pdftotext -bbox -f " + std::to_string(page) + " -l " +
                                    std::to_string(page) + " '" + file + "' -");
        std::istringstream words(box);
        std::string line;
        double lowest = 0;
        while (std::getline(words, line)) {
            const auto y = line.find("yMax=\"");
            if (line.find(">word") == std::string::npos || y == std::string::npos) continue;
            lowest = std::max(lowest, std::stod(line.substr(y + 6)));
        }
        INFO("page " << page);
        CHECK(lowest <= 842 - 56);
    }
    const std::string all = squeeze(run("pdftotext -enc UTF-8 '" + file + "' -"));
    for (int i = 1; i <= 800; ++i) {
        INFO("word " << i);
        REQUIRE(all.find("word" + std::to_string(i) + " ") != std::string::npos);
    }
    CHECK(all.find("After") != std::string::npos);
    const std::string second = run("pdftotext -enc UTF-8 -f 2 -l 2 '" + file + "' -");
    CHECK(second.find("Note") != std::string::npos);  // the header again, over the rest
}

TEST_CASE("An Arabic note by an Arabic name reads note, name, organisation from the left",
          "[documents][pdf]") {
    // Without isolates the bidi algorithm made one right-to-left run of the note, the dash and
    // the name, and "Children's Social Care" came first on the line, at the left margin.
    const SamplePdf pdf;
    std::istringstream words(run("pdftotext -bbox '" + pdf.path.string() + "' -"));
    struct Word {
        double x_min, y_middle, x_max;  // y in the middle: Arabic and Latin fonts differ in height
        std::string text;
    };
    std::vector<Word> found;
    std::string line;
    while (std::getline(words, line)) {
        const auto open = line.find("<word ");
        if (open == std::string::npos) continue;
        auto number = [&line](const char* key) {
            return std::stod(line.substr(line.find(key) + std::strlen(key)));
        };
        const auto start = line.find('>') + 1;
        found.push_back(Word{number("xMin=\""), (number("yMin=\"") + number("yMax=\"")) / 2,
                             number("xMax=\""), line.substr(start, line.find("</word>") - start)});
    }
    // Each line with "Children's Social Care" (the notes appendix, and the participants table
    // where the name's column comes first): every Arabic word on it lies to its left.
    int arabic_words = 0;
    for (const Word& children : found) {
        if (children.text.find("Children") != 0) continue;
        for (const Word& w : found) {
            const bool same_line = std::abs(w.y_middle - children.y_middle) < 3;
            // Starts with a two-byte letter in U+0600..U+07FF: Arabic here.
            if (!same_line || (static_cast<unsigned char>(w.text[0]) & 0xF0) != 0xD0) continue;
            ++arabic_words;
            INFO("Arabic word at " << w.x_min << ".." << w.x_max << ", Children's at "
                                   << children.x_min);
            CHECK(w.x_max < children.x_min);
        }
    }
    CHECK(arabic_words >= 5);  // the note's two words and the name's, the name in the table
}
