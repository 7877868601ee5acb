#include <catch2/catch.hpp>

#include "core/export/html_writer.hpp"
#include "document_text.hpp"
#include "sample_session.hpp"
#include "test_support.hpp"

using namespace hostspace;
using namespace hostspace::doc;

namespace {

rapidjson::Document html5lib_structure(const std::string& html, test::TempDir& dir) {
    const auto file = dir / "harvest.html";
    write_file_atomically(file, html);
    return test::read_with("html_structure.py", file.string());
}

// A 1x1 PNG: enough for the data URI.
const std::string kTinyPng(
    "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0\x90wS\xde\0\0\0\x0cIDAT\x08"
    "\xd7"
    "c\xf8\xff\xff?\0\x05\xfe\x02\xfe\xa7\x35\x81\x84\0\0\0\0IEND\xae"
    "B`\x82",
    69);

}  // namespace

TEST_CASE("typed text is escaped for HTML", "[documents][html]") {
    CHECK(escape_html("<script>&\"'") == "&lt;script&gt;&amp;&quot;&#39;");
    CHECK(escape_html(std::string("a\0b", 3)) ==
          "a\xEF\xBF\xBD"
          "b");
}

TEST_CASE("the HTML harvest parses cleanly and is semantic", "[documents][html]") {
    test::TempDir dir;
    const HarvestDocument d = build_harvest_document(test::sample_session(), {});
    const auto html = html5lib_structure(render_harvest_html(d, kTinyPng), dir);
    REQUIRE(html.IsObject());
    CHECK(html["errors"].Size() == 0);
    CHECK(test::str(html["lang"]) == "en-GB");
    CHECK(test::str(html["title"]) == d.title);
    CHECK(html["scripts"].GetInt() == 0);
    CHECK(html["external"].Size() == 0);  // nothing fetched
    // h1-h3 in order, exactly the document's headings.
    std::vector<std::pair<int, std::string>> expected;
    for (const Block& b : d.blocks) {
        if (const auto* h = std::get_if<Heading>(&b)) expected.emplace_back(h->level, h->text);
    }
    std::vector<std::pair<int, std::string>> found;
    for (const auto& h : html["headings"].GetArray())
        found.emplace_back(h[0].GetInt(), test::str(h[1]));
    CHECK(found == expected);
    // Header cells with scope, tables with captions, the picture with its alt text.
    REQUIRE(html["th"].Size() > 0);
    for (const auto& th : html["th"].GetArray()) CHECK(test::str(th[1]) == "col");
    CHECK(html["captions"].Size() >= 4);
    REQUIRE(html["images"].Size() == 1);
    CHECK(html["images"][0]["data_uri"].GetBool());
    CHECK_THAT(test::str(html["images"][0]["alt"]), Catch::Contains("appendix"));
    // Every hostile text and name survives as text, and no element came from typed text.
    const std::string text = test::joined(html["texts"]);
    for (const char* hostile : test::kHostileText) {
        INFO(hostile);
        CHECK_THAT(text, Catch::Contains(hostile));
    }
    CHECK_THAT(text, Catch::Contains("\xE6\x9D\x8E\xE4\xBC\x9F"));
    const std::string tags = "\n" + test::joined(html["tags"]);
    for (const char* tag : {"\nscript\n", "\na\n", "\niframe\n", "\nobject\n"})
        CHECK_THAT(tags, !Catch::Contains(tag));
}

TEST_CASE("the HTML prints on A4 with the appendices on new pages and reflows on a phone",
          "[documents][html]") {
    const std::string html =
        render_harvest_html(build_harvest_document(test::sample_session(), {}));
    CHECK_THAT(html, Catch::Contains("size: A4"));
    CHECK_THAT(html, Catch::Contains("<meta name=\"viewport\" content=\"width=device-width"));
    CHECK_THAT(html,
               Catch::Contains("<h2 id=\"purpose-drafts\" dir=\"auto\" class=\"page-break\">"));
    CHECK_THAT(html, Catch::Contains("<h2 id=\"notes\" dir=\"auto\" class=\"page-break\">"));
    CHECK_THAT(html, Catch::Contains("overflow-wrap: anywhere"));
    // Without a picture the figure keeps its caption and has no img.
    CHECK_THAT(html, !Catch::Contains("<img"));
    CHECK_THAT(html, Catch::Contains("<figcaption>The board: 18 notes in 2 themes.</figcaption>"));
}

TEST_CASE("random markup-like text is inert in HTML and survives whole",
          "[documents][html][property]") {
    const std::vector<std::string> pieces = {"<",           ">",
                                             "&",           "&amp;",
                                             "\"",          "'",
                                             "<script>",    "</p>",
                                             "<!--",        "-->",
                                             "<![CDATA[",   "]]>",
                                             "javascript:", "\n",
                                             " ",           "x",
                                             "\xC3\xA9",    "\xE6\x9D\x8E",
                                             "\xD9\x84",    "\xE2\x80\x8F",
                                             "=",           "|",
                                             "#",           "`"};
    std::uint32_t seed = 777;
    const auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
    test::TempDir dir;
    for (int round = 0; round < 30; ++round) {
        std::string text;
        const int n = static_cast<int>(next() % 12) + 1;
        for (int i = 0; i < n; ++i) text += pieces[next() % pieces.size()];
        HarvestDocument d;
        d.title = text;
        d.language = "en-GB";
        d.blocks.push_back(Paragraph{Inlines{Span{text}}});
        const auto html = html5lib_structure(render_harvest_html(d), dir);
        REQUIRE(html.IsObject());
        INFO(text);
        CHECK(html["errors"].Size() == 0);
        CHECK(html["scripts"].GetInt() == 0);
        CHECK(test::str(html["title"]) == text);
        REQUIRE(html["texts"].Size() == 1);
        CHECK(test::str(html["texts"][0]) == text);
    }
}
