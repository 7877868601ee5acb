#include <catch2/catch.hpp>

#include "core/text/utf32.hpp"
#include "core/text/visual_order.hpp"

using namespace hostspace::text;

TEST_CASE("needs_visual_order says yes only for right-to-left text or bidi controls", "[text]") {
    CHECK_FALSE(needs_visual_order("We listen first"));
    CHECK_FALSE(needs_visual_order("Łódź, Ελένη, Фатима, 李伟, नमस्ते"));
    CHECK(needs_visual_order("فاطمة"));
    CHECK(needs_visual_order("שלום"));
    CHECK(needs_visual_order("a\u200Fb"));  // RIGHT-TO-LEFT MARK
    CHECK_FALSE(needs_visual_order(""));
}

TEST_CASE("visual_line joins Arabic letters and draws them right to left", "[text]") {
    // سلام is seen, lam, alef, meem. Drawn from the left: meem alone (alef does not join to
    // the letter after it), lam-alef as one final ligature, seen in its initial form.
    const std::u32string drawn = decode_utf8(visual_line("سلام"));
    CHECK(drawn == std::u32string(U"\uFEE1\uFEFC\uFEB3"));
}

TEST_CASE("visual_line makes lam-alef one ligature", "[text]") {
    // لا is one glyph in every Arabic text: U+FEFB isolated lam with alef.
    CHECK(decode_utf8(visual_line("لا")) == U"\uFEFB");
}

TEST_CASE("visual_line keeps English runs in their order inside Arabic and the reverse", "[text]") {
    // An English line with an Arabic name: the English stays first, the name reads right to
    // left in its own run.
    const std::u32string mixed = decode_utf8(visual_line("Hi سلام!"));
    CHECK(mixed == std::u32string(U"Hi \uFEE1\uFEFC\uFEB3!"));
    // An Arabic line with an English word: the line reads from the right, the word keeps its
    // letters in order.
    const std::u32string arabic = decode_utf8(visual_line("سلام NHS"));
    CHECK(arabic == std::u32string(U"NHS \uFEE1\uFEFC\uFEB3"));
}

TEST_CASE("visual_line reverses Hebrew, which has no joining forms", "[text]") {
    CHECK(visual_line("שלום") == "םולש");
}

TEST_CASE("visual_line mirrors brackets in right-to-left runs and drops controls", "[text]") {
    const std::u32string drawn = decode_utf8(visual_line("(שלום)"));
    CHECK(drawn == U"(םולש)");
    CHECK(visual_line("a\u2068b\u2069c") == "abc");
}

TEST_CASE("visual_line leaves Urdu letters joined with their Urdu forms", "[text]") {
    // ہے (heh goal + yeh barree): heh goal initial U+FBA8, yeh barree final U+FBAF.
    CHECK(decode_utf8(visual_line("ہے")) == U"\uFBAF\uFBA8");
}

TEST_CASE("visual_text orders each line on its own", "[text]") {
    CHECK(visual_text("שלום\nabc") == "םולש\nabc");
    CHECK(visual_text("") == "");
    CHECK(visual_text("a\n") == "a\n");
}

TEST_CASE("reads_right_to_left follows the first strong letter", "[text]") {
    CHECK(reads_right_to_left("فاطمة علي"));
    CHECK(reads_right_to_left("123 שלום abc"));
    CHECK_FALSE(reads_right_to_left("NHS فاطمة"));
    CHECK_FALSE(reads_right_to_left("123"));
}

TEST_CASE("is_invisible_format covers joiners, bidi controls and the byte order mark", "[text]") {
    for (char32_t c :
         {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202E, 0x2066, 0x2069, 0xFEFF, 0x00AD}) {
        CHECK(is_invisible_format(c));
    }
    CHECK_FALSE(is_invisible_format(U'a'));
    CHECK_FALSE(is_invisible_format(0x0627));
}

TEST_CASE("visual_line orders a wrapped line in its paragraph's direction", "[text]") {
    // "We listen first — نستمع" wrapped after "first": the second line alone would read right
    // to left; in its left-to-right paragraph the dash stays on the left.
    const std::u32string own = decode_utf8(visual_line("— نستمع"));
    const std::u32string in_paragraph =
        decode_utf8(visual_line("— نستمع", LineDirection::left_to_right));
    CHECK(own.back() == U'—');
    CHECK(in_paragraph.front() == U'—');
    // And an English word on a line of a right-to-left paragraph goes to the right.
    const std::u32string rtl = decode_utf8(visual_line("NHS نستمع", LineDirection::right_to_left));
    CHECK(rtl.substr(rtl.size() - 3) == U"NHS");
}
