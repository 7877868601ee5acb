#include <catch2/catch.hpp>

#include "core/export/markdown_writer.hpp"
#include "document_text.hpp"
#include "sample_session.hpp"
#include "test_support.hpp"

using namespace hostspace;
using namespace hostspace::doc;

namespace {

rapidjson::Document cmark_structure(const std::string& markdown, test::TempDir& dir) {
    const auto file = dir / "harvest.md";
    write_file_atomically(file, markdown);
    return test::read_with("markdown_structure.py", file.string());
}

}  // namespace

TEST_CASE("typed text is escaped so that nothing becomes Markdown", "[documents][markdown]") {
    CHECK(escape_markdown("# x") == "\\# x");
    CHECK(escape_markdown("*a* _b_ `c` <d> [e](f) a|b ~g~ &amp;") ==
          "\\*a\\* \\_b\\_ \\`c\\` \\<d\\> \\[e\\](f) a\\|b \\~g\\~ \\&amp;");
    CHECK(escape_markdown("1. one") == "1\\. one");
    CHECK(escape_markdown("2024) year") == "2024\\) year");
    CHECK(escape_markdown("- a\n+ b\n= c") == "\\- a\\\n\\+ b\\\n\\= c");
    CHECK(escape_markdown("well-known 1.5") == "well-known 1.5");  // mid-line: nothing to escape
    CHECK(escape_markdown("    code?") == "code?");
    CHECK(escape_markdown("one\ntwo", "  ") == "one\\\n  two");
    CHECK(escape_markdown("ends in a break\n\n") == "ends in a break");
    CHECK(escape_markdown(std::string("nul\0byte", 8)) ==
          "nul\xEF\xBF\xBD"
          "byte");
}

TEST_CASE("the Markdown harvest reads as CommonMark with the document's structure",
          "[documents][markdown]") {
    test::TempDir dir;
    const HarvestDocument d = build_harvest_document(test::sample_session(), {});
    const auto md = cmark_structure(render_harvest_markdown(d), dir);
    REQUIRE(md.IsObject());
    // Headings exactly as the document has them, and nothing else became one.
    std::vector<std::pair<int, std::string>> expected;
    for (const Block& b : d.blocks) {
        if (const auto* h = std::get_if<Heading>(&b)) expected.emplace_back(h->level, h->text);
    }
    std::vector<std::pair<int, std::string>> found;
    for (const auto& h : md["headings"].GetArray())
        found.emplace_back(h[0].GetInt(), test::str(h[1]));
    CHECK(found == expected);
    const auto& counts = md["counts"];
    CHECK(counts["link"].GetInt() == 0);
    CHECK(counts["image"].GetInt() == 0);
    CHECK(counts["code"].GetInt() == 0);
    CHECK(counts["code_block"].GetInt() == 0);
    CHECK(counts["html_inline"].GetInt() == 0);
    CHECK(counts["html_block"].GetInt() == 0);
    CHECK(counts["thematic_break"].GetInt() == 0);
    CHECK(counts["block_quote"].GetInt() == 0);
    // Every list item of the document is one item, and no typed text added another.
    std::size_t items = 0, lists = 0;
    for (const Block& b : d.blocks) {
        if (const auto* l = std::get_if<List>(&b)) {
            items += l->items.size();
            ++lists;
        }
    }
    CHECK(counts["item"].GetInt() == static_cast<int>(items));
    CHECK(counts["list"].GetInt() == static_cast<int>(lists));
    // Every hostile text and every name survives whole, as text.
    const std::string text = test::joined(md["paragraphs"]) + test::joined(md["items"]);
    for (const char* hostile : test::kHostileText) {
        INFO(hostile);
        CHECK_THAT(text, Catch::Contains(hostile));
    }
    CHECK_THAT(text, Catch::Contains("\xE6\x9D\x8E\xE4\xBC\x9F"));
    CHECK_THAT(text, Catch::Contains("\xD9\x81\xD8\xA7\xD8\xB7\xD9\x85\xD8\xA9"));
    CHECK_THAT(text,
               Catch::Contains(
                   "\xE0\xA4\xAA\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA4\xBF\xE0\xA4\xAF\xE0\xA4\xBE"));
}

TEST_CASE("random markup-like text is inert in Markdown and survives whole",
          "[documents][markdown][property]") {
    // Fixed seed: the same texts every run; any failure names the text.
    const std::vector<std::string> pieces = {"#",           "*",
                                             "_",           "`",
                                             "```",         "<",
                                             ">",           "[",
                                             "]",           "(",
                                             ")",           "!",
                                             "|",           "-",
                                             "+",           "=",
                                             "1.",          "2)",
                                             "~",           "&",
                                             "&amp;",       "\\",
                                             " ",           "  ",
                                             "    ",        "\n",
                                             "\n\n",        "\t",
                                             "x",           "word",
                                             "\xC3\xA9",    "\xE6\x9D\x8E",
                                             "\xD9\x84",    "\xE2\x80\x8F",
                                             "javascript:", "<script>",
                                             "http://a.b"};
    std::uint32_t seed = 12345;
    const auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
    test::TempDir dir;
    for (int round = 0; round < 40; ++round) {
        std::string text = "start ";
        const int n = static_cast<int>(next() % 12) + 1;
        for (int i = 0; i < n; ++i) text += pieces[next() % pieces.size()];
        text += " end";
        HarvestDocument d;
        d.blocks.push_back(Paragraph{Inlines{Span{text}}});
        d.blocks.push_back(List{false, {Inlines{Span{text}}}});
        const auto md = cmark_structure(render_harvest_markdown(d), dir);
        REQUIRE(md.IsObject());
        INFO(text);
        const auto& counts = md["counts"];
        CHECK(counts["heading"].GetInt() == 0);
        CHECK(counts["link"].GetInt() == 0);
        CHECK(counts["emph"].GetInt() == 0);
        CHECK(counts["strong"].GetInt() == 0);
        CHECK(counts["code"].GetInt() + counts["code_block"].GetInt() == 0);
        CHECK(counts["html_inline"].GetInt() + counts["html_block"].GetInt() == 0);
        CHECK(counts["list"].GetInt() == 1);
        CHECK(counts["item"].GetInt() == 1);
        // Whole: the words survive in order; spaces at a line's start and blank lines do not
        // (Markdown cannot hold them), so compare with those squeezed out.
        const auto squeeze = [](const std::string& s) {
            std::string out;
            for (const char c : s) {
                if (c != ' ' && c != '\t' && c != '\n') out += c;
            }
            return out;
        };
        REQUIRE(md["paragraphs"].Size() == 2);
        CHECK(squeeze(test::str(md["paragraphs"][0])) == squeeze(text));
        CHECK(squeeze(test::str(md["items"][0])) == squeeze(text));
    }
}
