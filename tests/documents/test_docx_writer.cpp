// The Word writer, checked with python3-docx (the reader the board's secretary's tools are
// closest to) and Python's zipfile: styles, lists, tables, text in every script, metadata and
// the picture's alt text.
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <vector>

#include "core/export/docx_writer.hpp"
#include "core/export/harvest_document.hpp"
#include "document_text.hpp"
#include "harvest/harvest_room.hpp"
#include "sample_session.hpp"
#include "test_support.hpp"

namespace hostspace {
namespace {

// A 4 x 3 pixel PNG: the writer only needs real PNG bytes and their size.
const std::string kTinyPng(
    "\x89\x50\x4E\x47\x0D\x0A\x1A\x0A\x00\x00\x00\x0D\x49\x48\x44\x52\x00\x00\x00\x04\x00\x00"
    "\x00\x03\x08\x02\x00\x00\x00\x3B\x96\x39\x91\x00\x00\x00\x10\x49\x44\x41\x54\x78\xDA\x63"
    "\x38\x91\x62\x04\x47\x0C\x38\x39\x00\x47\x2A\x10\x69\x42\xAA\x14\x25\x00\x00\x00\x00\x49"
    "\x45\x4E\x44\xAE\x42\x60\x82",
    73);

// What python3-docx and zipfile read from a .docx, as JSON: the body in order (paragraphs
// with style, text, runs, list numbering and flags; tables with their cells), the numbering
// instances, heading outline levels, core properties, languages, pictures and zip entries.
constexpr const char* kReader = R"PY(
import json, sys, zipfile
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

path = sys.argv[1]
d = docx.Document(path)

def has(el, name):
    return el is not None and el.find(qn(name)) is not None

def para(p):
    ppr = p._p.pPr
    num = None
    if ppr is not None and ppr.numPr is not None and ppr.numPr.numId is not None:
        num = str(ppr.numPr.numId.val)
    return {"kind": "p", "style": p.style.name, "text": p.text, "num": num,
            "runs": [{"text": r.text, "bold": bool(r.bold), "italic": bool(r.italic)} for r in p.runs],
            "right": p.alignment == WD_ALIGN_PARAGRAPH.RIGHT,
            "page_break": has(ppr, "w:pageBreakBefore"), "bidi": has(ppr, "w:bidi")}

body = []
for child in d.element.body.iterchildren():
    if child.tag == qn("w:p"):
        body.append(para(Paragraph(child, d._body)))
    elif child.tag == qn("w:tbl"):
        t = Table(child, d._body)
        rows = [[para(c.paragraphs[0]) | {"text": c.text} for c in r.cells] for r in t.rows]
        first = t.rows[0]._tr.trPr if len(t.rows) else None
        body.append({"kind": "table", "rows": rows, "header_repeats": has(first, "w:tblHeader"),
                     "borders": has(child.tblPr, "w:tblBorders")})

numbering = d.part.numbering_part.element
formats = {a.get(qn("w:abstractNumId")): a.find(qn("w:lvl")).find(qn("w:numFmt")).get(qn("w:val"))
           for a in numbering.findall(qn("w:abstractNum"))}
nums = {}
for n in numbering.findall(qn("w:num")):
    start = n.find(qn("w:lvlOverride") + "/" + qn("w:startOverride"))
    nums[n.get(qn("w:numId"))] = {"format": formats[n.find(qn("w:abstractNumId")).get(qn("w:val"))],
                                  "start": None if start is None else start.get(qn("w:val"))}

outline = {}
for s in d.styles:
    ppr = s.element.pPr
    if ppr is not None and ppr.find(qn("w:outlineLvl")) is not None:
        outline[s.name] = ppr.find(qn("w:outlineLvl")).get(qn("w:val"))

WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
with zipfile.ZipFile(path) as z:
    names = z.namelist()
    doc_xml = etree.fromstring(z.read("word/document.xml"))
    styles = etree.fromstring(z.read("word/styles.xml"))
    settings = etree.fromstring(z.read("word/settings.xml"))
pictures = []
for inline in doc_xml.iter(WP + "inline"):
    pr = inline.find(WP + "docPr")
    extent = inline.find(WP + "extent")
    blip = next(inline.iter(A + "blip"))
    part = d.part.related_parts[blip.get(R + "embed")]
    pictures.append({"descr": pr.get("descr"), "title": pr.get("title"), "cx": int(extent.get("cx")),
                     "cy": int(extent.get("cy")), "part": str(part.partname), "size": len(part.blob)})
lang = styles.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr") + "/" + qn("w:lang"))
fonts = styles.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr") + "/" + qn("w:rFonts"))
theme = settings.find(qn("w:themeFontLang"))
page = doc_xml.find(qn("w:body") + "/" + qn("w:sectPr") + "/" + qn("w:pgSz"))
margins = doc_xml.find(qn("w:body") + "/" + qn("w:sectPr") + "/" + qn("w:pgMar"))
cp = d.core_properties
json.dump({"body": body, "numbering": nums, "outline": outline, "pictures": pictures, "parts": names,
           "core": {"title": cp.title, "language": cp.language, "author": cp.author},
           "default_lang": lang.get(qn("w:val")), "theme_lang": theme.get(qn("w:val")),
           "east_asia_font": fonts.get(qn("w:eastAsia")), "cs_font": fonts.get(qn("w:cs")),
           "page": [page.get(qn("w:w")), page.get(qn("w:h")), margins.get(qn("w:left"))]},
          sys.stdout, ensure_ascii=False)
)PY";

// Debian's interpreter: python3-docx is installed for it, not for others earlier in PATH.
std::string python() {
    return std::ifstream("/usr/bin/python3").good() ? "/usr/bin/python3" : "python3";
}

void write_file(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

// Writes the .docx and returns what python3-docx read from it.
rapidjson::Document read_docx(const test::TempDir& dir, const std::string& bytes) {
    write_file(dir / "harvest.docx", bytes);
    write_file(dir / "read_docx.py", kReader);
    int status = 0;
    const std::string json = test::run_reader(python() + " '" + (dir / "read_docx.py").string() +
                                                  "' '" + (dir / "harvest.docx").string() + "'",
                                              &status);
    REQUIRE(status == 0);
    rapidjson::Document parsed;
    parsed.Parse(json.c_str(), json.size());
    REQUIRE_FALSE(parsed.HasParseError());
    return parsed;
}

std::string sample_docx(const std::string& png = kTinyPng) {
    return doc::render_harvest_docx(doc::build_harvest_document(test::sample_session(), {}), png);
}

// Every paragraph's and cell's text, one a line.
std::string all_text(const rapidjson::Value& body) {
    std::string out;
    for (const auto& block : body.GetArray()) {
        if (test::str(block["kind"]) == "p") out += test::str(block["text"]) + "\n";
        if (test::str(block["kind"]) != "table") continue;
        for (const auto& row : block["rows"].GetArray()) {
            for (const auto& cell : row.GetArray()) out += test::str(cell["text"]) + "\n";
        }
    }
    return out;
}

// The body's paragraphs only, in order.
std::vector<const rapidjson::Value*> paragraphs(const rapidjson::Value& body) {
    std::vector<const rapidjson::Value*> out;
    for (const auto& block : body.GetArray()) {
        if (test::str(block["kind"]) == "p") out.push_back(&block);
    }
    return out;
}

}  // namespace

TEST_CASE("the Word file's headings use Word's heading styles in document order",
          "[documents][docx]") {
    const doc::HarvestDocument d = doc::build_harvest_document(test::sample_session(), {});
    test::TempDir dir;
    const auto read = read_docx(dir, doc::render_harvest_docx(d, kTinyPng));

    std::vector<std::string> expected, found;
    for (const doc::Block& block : d.blocks) {
        if (const auto* h = std::get_if<doc::Heading>(&block)) {
            expected.push_back("Heading " + std::to_string(h->level) + ": " + h->text);
        }
    }
    for (const auto* p : paragraphs(read["body"])) {
        const std::string style = test::str((*p)["style"]);
        if (style.rfind("Heading", 0) == 0) found.push_back(style + ": " + test::str((*p)["text"]));
    }
    REQUIRE(expected.size() > 5);
    CHECK(found == expected);
    CHECK(found.front() == "Heading 1: " + d.title);
    // outlineLvl is what the navigation pane and a table of contents read.
    CHECK(test::str(read["outline"]["Heading 1"]) == "0");
    CHECK(test::str(read["outline"]["Heading 2"]) == "1");
    CHECK(test::str(read["outline"]["Heading 3"]) == "2");
    // The notes appendix starts a new page.
    bool appendix_breaks = false;
    for (const auto* p : paragraphs(read["body"])) {
        if (test::str((*p)["text"]) == "Appendix: every note")
            appendix_breaks = (*p)["page_break"].GetBool();
    }
    CHECK(appendix_breaks);
}

TEST_CASE("the Word file keeps every hostile text and every name in any script whole",
          "[documents][docx]") {
    test::TempDir dir;
    const auto read = read_docx(dir, sample_docx());
    const std::string text = all_text(read["body"]);
    for (const char* hostile : test::kHostileText) {
        INFO(hostile);
        CHECK(text.find(hostile) != std::string::npos);
    }
    for (const char* name :
         {"\xE6\x9D\x8E\xE4\xBC\x9F",                                           // 李伟
          "\xD9\x81\xD8\xA7\xD8\xB7\xD9\x85\xD8\xA9 \xD8\xB9\xD9\x84\xD9\x8A",  // فاطمة علي
          "\xE0\xA4\xAA\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA4\xBF\xE0\xA4\xAF\xE0\xA4\xBE",  // प्रिया
          "\xD9\x86\xD8\xB3\xD8\xAA\xD9\x85\xD8\xB9 \xD8\xA3\xD9\x88\xD9\x84\xD8\xA7\xD9\x8B",
          "\xE6\x9D\x8E\xE4\xBC\x9F: listen first", "Table <2>",
          "Children & Young People's Board: our purpose"}) {
        INFO(name);
        CHECK(text.find(name) != std::string::npos);
    }
    // Fonts that hold CJK and Arabic, and the document's language for spelling and speech.
    CHECK(test::str(read["east_asia_font"]) == "Noto Sans CJK SC");
    CHECK(test::str(read["cs_font"]) == "Noto Sans Arabic");
    CHECK(test::str(read["default_lang"]) == "en-GB");
    CHECK(test::str(read["theme_lang"]) == "en-GB");
}

TEST_CASE(
    "the Word file's tables have captions, a repeated bold header row and right-aligned numbers",
    "[documents][docx]") {
    const doc::HarvestDocument d = doc::build_harvest_document(test::sample_session(), {});
    test::TempDir dir;
    const auto read = read_docx(dir, doc::render_harvest_docx(d, kTinyPng));
    std::vector<const rapidjson::Value*> tables;
    std::vector<std::string> captions_before;
    const rapidjson::Value* previous = nullptr;
    for (const auto& block : read["body"].GetArray()) {
        if (test::str(block["kind"]) == "table") {
            tables.push_back(&block);
            const bool caption = previous && test::str((*previous)["style"]) == "Caption";
            captions_before.push_back(caption ? test::str((*previous)["text"]) : "");
        }
        previous = &block;
    }
    std::size_t n = 0, number_cells = 0;
    bool saw_actions = false;
    for (const doc::Block& block : d.blocks) {
        const auto* table = std::get_if<doc::Table>(&block);
        if (!table) continue;
        REQUIRE(n < tables.size());
        const rapidjson::Value& t = *tables[n];
        INFO(table->caption);
        CHECK(captions_before[n] == table->caption);
        CHECK(t["header_repeats"].GetBool());
        CHECK(t["borders"].GetBool());
        const auto& rows = t["rows"];
        REQUIRE(rows.Size() == table->rows.size() + 1);
        for (std::size_t c = 0; c < table->header.size(); ++c) {
            const auto& cell = rows[0][static_cast<rapidjson::SizeType>(c)];
            CHECK(test::str(cell["text"]) == table->header[c]);
            for (const auto& run : cell["runs"].GetArray()) CHECK(run["bold"].GetBool());
        }
        for (std::size_t r = 0; r < table->rows.size(); ++r) {
            for (std::size_t c = 0; c < table->rows[r].size(); ++c) {
                const auto& cell = rows[static_cast<rapidjson::SizeType>(r + 1)]
                                       [static_cast<rapidjson::SizeType>(c)];
                CHECK(test::str(cell["text"]) == table->rows[r][c].text);
                CHECK(cell["right"].GetBool() == table->rows[r][c].number);
                number_cells += table->rows[r][c].number ? 1 : 0;
            }
        }
        if (table->header ==
            std::vector<std::string>{"What", "Who", "By when", "Status", "Principle"}) {
            saw_actions = true;
            CHECK(test::str(rows[1][0]["text"]) == "Invite two young people to join the board");
            CHECK(test::str(rows[1][1]["text"]) == "Helen Marsh");
            CHECK(test::str(rows[1][2]["text"]) == "2027-01-31");
            CHECK(test::str(rows[2][0]["text"]) == "=SUM(A1:A9) check the budget");
            CHECK(test::str(rows[2][1]["text"]) == "Finance team");
        }
        ++n;
    }
    CHECK(n == tables.size());
    CHECK(saw_actions);
    CHECK(number_cells > 0);
}

TEST_CASE("the Word file's lists are real bulleted and numbered lists that restart at one",
          "[documents][docx]") {
    SECTION("the sample's lists keep their kind") {
        const doc::HarvestDocument d = doc::build_harvest_document(test::sample_session(), {});
        std::vector<std::string> expected, found;
        for (const doc::Block& block : d.blocks) {
            if (const auto* l = std::get_if<doc::List>(&block)) {
                for (std::size_t i = 0; i < l->items.size(); ++i) {
                    expected.push_back(l->ordered ? "decimal" : "bullet");
                }
            }
        }
        test::TempDir dir;
        const auto read = read_docx(dir, doc::render_harvest_docx(d, kTinyPng));
        for (const auto* p : paragraphs(read["body"])) {
            if (!(*p)["num"].IsString()) continue;
            CHECK(test::str((*p)["style"]) == "List Paragraph");
            found.push_back(test::str(read["numbering"][(*p)["num"].GetString()]["format"]));
        }
        CHECK(expected.size() > 10);
        CHECK(found == expected);
    }
    SECTION("each numbered list has its own numbering, starting at 1") {
        doc::HarvestDocument d;
        d.title = "Lists";
        d.language = "en-GB";
        d.blocks = {doc::List{true, {{{"first"}}, {{"second"}}}}, doc::Paragraph{{{"between"}}},
                    doc::List{true, {{{"again one"}}, {{"again two"}}, {{"again three"}}}},
                    doc::List{false, {{{"a bullet"}}}}};
        test::TempDir dir;
        const auto read = read_docx(dir, doc::render_harvest_docx(d, ""));
        std::vector<std::string> ids;
        for (const auto* p : paragraphs(read["body"])) {
            ids.push_back((*p)["num"].IsString() ? test::str((*p)["num"]) : "-");
        }
        REQUIRE(ids.size() == 7);
        CHECK(ids[0] == ids[1]);
        CHECK(ids[2] == "-");
        CHECK(ids[3] == ids[5]);
        CHECK(ids[0] != ids[3]);
        for (const std::size_t i : {0, 3}) {
            const auto& num = read["numbering"][ids[i].c_str()];
            CHECK(test::str(num["format"]) == "decimal");
            REQUIRE(num["start"].IsString());
            CHECK(test::str(num["start"]) == "1");
        }
        CHECK(test::str(read["numbering"][ids[6].c_str()]["format"]) == "bullet");
    }
}

TEST_CASE("the Word file carries its title, language, author, page size and the board picture",
          "[documents][docx]") {
    const doc::HarvestDocument d = doc::build_harvest_document(test::sample_session(), {});
    test::TempDir dir;
    const auto read = read_docx(dir, doc::render_harvest_docx(d, kTinyPng));
    CHECK(test::str(read["core"]["title"]) == "Children & Young People's Board: our purpose");
    CHECK(test::str(read["core"]["language"]) == "en-GB");
    CHECK(test::str(read["core"]["author"]) == "Ruth Adeyemi, Dan Price");
    CHECK(test::str(read["page"][0]) == "11906");
    CHECK(test::str(read["page"][1]) == "16838");
    CHECK(test::str(read["page"][2]) == "1134");

    const doc::BoardFigure* figure = nullptr;
    for (const doc::Block& block : d.blocks) {
        if (const auto* f = std::get_if<doc::BoardFigure>(&block)) figure = f;
    }
    REQUIRE(figure != nullptr);
    REQUIRE(read["pictures"].Size() == 1);
    const auto& picture = read["pictures"][0];
    CHECK(test::str(picture["descr"]) == figure->alt);
    CHECK(test::str(picture["title"]) == figure->caption);
    CHECK(test::str(picture["part"]) == "/word/media/board.png");
    CHECK(picture["size"].GetInt() == static_cast<int>(kTinyPng.size()));
    // The text's width (9638 twips), keeping the picture's 4:3 shape.
    CHECK(picture["cx"].GetInt64() == 9638LL * 635);
    CHECK(picture["cy"].GetInt64() == 9638LL * 635 * 3 / 4);
    // The caption follows the picture.
    const std::string text = all_text(read["body"]);
    CHECK(text.find(figure->caption) != std::string::npos);
}

TEST_CASE("the Word file is the same bytes every time and leaves out a picture it was not given",
          "[documents][docx]") {
    CHECK(sample_docx() == sample_docx());
    test::TempDir dir;
    const auto read = read_docx(dir, sample_docx(""));
    CHECK(read["pictures"].Size() == 0);
    for (const auto& part : read["parts"].GetArray())
        CHECK(test::str(part).rfind("word/media", 0) != 0);
    CHECK(all_text(read["body"]).find("The board: ") != std::string::npos);  // the caption stays
    CHECK_THROWS_WITH(doc::render_harvest_docx(doc::HarvestDocument{}, "not a png"),
                      Catch::Contains("not a PNG"));
}

TEST_CASE(
    "the Word file keeps emphasis, breaks, tabs and right-to-left paragraphs, and makes control "
    "characters visible",
    "[documents][docx]") {
    doc::HarvestDocument d;
    d.title = "Synthetic <&> \"title\"";
    d.language = "ar";
    d.blocks = {
        doc::Heading{1, "One", "one"},
        doc::Paragraph{
            {{"bold", doc::Emphasis::strong}, {" plain "}, {"italic", doc::Emphasis::emphasis}}},
        doc::Paragraph{{{"line one\nline two\tafter tab\r\nthird"}}},
        doc::Paragraph{{{std::string("nul\0byte \x01 and \xEF\xBF\xBF", 18)}}},
        doc::PageBreak{},
        doc::Heading{2, "Appendix", "appendix"},
        doc::Paragraph{{{"\xD9\x86\xD8\xB3\xD8\xAA\xD9\x85\xD8\xB9 (Arabic) then English"}}},
        doc::Table{"", {"Name", "Count"}, {{doc::Cell{"x"}, doc::Cell{"12", true}}}},
    };
    test::TempDir dir;
    const auto read = read_docx(dir, doc::render_harvest_docx(d, ""));
    const auto p = paragraphs(read["body"]);
    REQUIRE(p.size() >= 6);
    const auto& runs = (*p[1])["runs"];
    REQUIRE(runs.Size() == 3);
    CHECK(runs[0]["bold"].GetBool());
    CHECK_FALSE(runs[0]["italic"].GetBool());
    CHECK_FALSE(runs[1]["bold"].GetBool());
    CHECK(runs[2]["italic"].GetBool());
    CHECK(test::str((*p[2])["text"]) == "line one\nline two\tafter tab\nthird");
    const std::string fffd = "\xEF\xBF\xBD";
    CHECK(test::str((*p[3])["text"]) == "nul" + fffd + "byte " + fffd + " and " + fffd);
    CHECK(test::str((*p[4])["text"]) == "Appendix");
    CHECK((*p[4])["page_break"].GetBool());
    CHECK((*p[5])["bidi"].GetBool());
    CHECK_FALSE((*p[1])["bidi"].GetBool());
    CHECK(test::str((*p[5])["text"]) ==
          "\xD9\x86\xD8\xB3\xD8\xAA\xD9\x85\xD8\xB9 (Arabic) then English");
    CHECK(test::str(read["core"]["title"]) == d.title);
    CHECK(test::str(read["core"]["language"]) == "ar");
    CHECK(test::str(read["theme_lang"]) == "ar");
    CHECK(read["core"]["author"].IsString());
    CHECK(test::str(read["core"]["author"]).empty());
}

TEST_CASE("LibreOffice converts the Word file", "[documents][docx]") {
    const bool has_office = std::system("command -v soffice >/dev/null 2>&1") == 0;
    if (!has_office) {
        WARN("LibreOffice (soffice) is not installed: the conversion check is skipped");
        return;
    }
    test::TempDir dir;
    write_file(dir / "harvest.docx", sample_docx());
    const std::string command =
        "cd '" + dir.path().string() + "' && HOME='" + dir.path().string() +
        "' soffice --headless --convert-to pdf harvest.docx >/dev/null 2>&1";
    CHECK(std::system(command.c_str()) == 0);
    CHECK(std::filesystem::file_size(dir / "harvest.pdf") > 1000);
}

TEST_CASE("a Word file of 2000 notes is made in good time", "[documents][docx][bench]") {
    test::HarvestRoom room;
    for (int i = 0; i < 2000; ++i) {
        room.add(AddNote{"m" + std::to_string(i),
                         "Note " + std::to_string(i) + ": we listen first, then act",
                         "Author " + std::to_string(i % 40),
                         "Organisation " + std::to_string(i % 12),
                         "yellow",
                         i % 3 == 0 ? "" : (i % 3 == 1 ? "g1" : "g2"),
                         {float(i % 50) * 200.0f, float(i / 50) * 150.0f}});
    }
    const doc::HarvestDocument d = doc::build_harvest_document(room.session, {});
    const auto start = std::chrono::steady_clock::now();
    const std::string bytes = doc::render_harvest_docx(d, kTinyPng);
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - start);
    std::cout << "docx: 2000 notes in " << ms.count() << " ms, " << bytes.size() << " bytes\n";
    CHECK(bytes.size() > 10000);
}

}  // namespace hostspace
