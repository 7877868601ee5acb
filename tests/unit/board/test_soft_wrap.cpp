#include <catch2/catch.hpp>

#include "core/board/soft_wrap.hpp"

using namespace hostspace;

namespace {

// Wraps like a field `width` characters wide: at the last space that fits, or mid-word when a
// word is longer than a line; a text's own line breaks start a line without a wrap point.
WrapPoints wrap_at(std::size_t width) {
    return [width](const std::string& text) {
        std::vector<std::size_t> points;
        std::size_t line = 0;
        while (line < text.size()) {
            const std::size_t newline = text.find('\n', line);
            const std::size_t end = newline == std::string::npos ? text.size() : newline;
            if (end - line <= width) {
                if (newline == std::string::npos) break;
                line = newline + 1;
                continue;
            }
            std::size_t cut = text.rfind(' ', line + width);
            if (cut == std::string::npos || cut < line) {
                cut = line + width;  // mid-word
            } else {
                while (cut < end && text[cut] == ' ') ++cut;  // blanks stay on the line
            }
            points.push_back(cut);
            line = cut;
        }
        return points;
    };
}

// One edit as the field makes it: `shown` becomes `after` with the caret going from
// `caret_before` to `caret_after`.
PlainEdit edit(const SoftWrapped& before, std::size_t caret_before, const std::string& after,
               std::size_t caret_after) {
    return reconcile_edit(before, caret_before, after, caret_after);
}

}  // namespace

TEST_CASE("soft wrap shows the text with a break where each line wraps", "[board][soft_wrap]") {
    const SoftWrapped w = soft_wrap("one two three four", wrap_at(8));
    CHECK(w.shown == "one two \nthree \nfour");
    CHECK(w.soft == std::vector<std::size_t>{8, 15});
    CHECK(w.plain == "one two three four");
    // The text's own line breaks are not soft.
    const SoftWrapped own = soft_wrap("a\nb", wrap_at(8));
    CHECK(own.shown == "a\nb");
    CHECK(own.soft.empty());
    // A word longer than a line breaks inside it.
    CHECK(soft_wrap("abcdefghij", wrap_at(4)).shown == "abcd\nefgh\nij");
    CHECK(soft_wrap("", wrap_at(4)).shown.empty());
    CHECK(soft_wrap("abc", nullptr).shown == "abc");
}

TEST_CASE("offsets map between the shown text and the text", "[board][soft_wrap]") {
    const SoftWrapped w = soft_wrap("one two three four", wrap_at(8));
    CHECK(shown_to_plain(w, 0) == 0);
    CHECK(shown_to_plain(w, 8) == 8);  // just before the first soft break
    CHECK(shown_to_plain(w, 9) == 8);  // just after it: the same place in the text
    CHECK(shown_to_plain(w, 20) == 18);
    CHECK(plain_to_shown(w, 7) == 7);
    CHECK(plain_to_shown(w, 8) == 9);  // a caret at a wrap point starts the wrapped line
    CHECK(plain_to_shown(w, 18) == 20);
    for (std::size_t p = 0; p <= w.plain.size(); ++p)
        CHECK(shown_to_plain(w, plain_to_shown(w, p)) == p);
}

TEST_CASE("typing, deleting and pasting in the shown text edit the text", "[board][soft_wrap]") {
    const SoftWrapped w = soft_wrap("one two three four", wrap_at(8));  // "one two \nthree \nfour"
    // A letter typed at the start of "three".
    PlainEdit e = edit(w, 9, "one two \nXthree \nfour", 10);
    CHECK(e.plain == "one two Xthree four");
    CHECK(e.caret == 9);
    // Backspace after "th".
    e = edit(w, 11, "one two \ntree \nfour", 10);
    CHECK(e.plain == "one two tree four");
    CHECK(e.caret == 9);
    // A letter typed into a run of equal letters: the caret says which one.
    const SoftWrapped run = soft_wrap("aaa", wrap_at(8));
    e = edit(run, 1, "aaaa", 2);
    CHECK(e.plain == "aaaa");
    CHECK(e.caret == 2);
    // Shift+Enter's new line is a real one.
    e = edit(w, 3, "one\n two \nthree \nfour", 4);
    CHECK(e.plain == "one\n two three four");
    // A paste with Windows line ends keeps the line break, not the '\r'.
    e = edit(w, 20, "one two \nthree \nfour x\r\ny", 25);
    CHECK(e.plain == "one two three four x\ny");
    // A selection across a wrap replaced by one letter.
    e = edit(w, 4, "one Z \nfour", 5);
    CHECK(e.plain == "one Z four");
    CHECK(e.caret == 5);
    // Nothing changed: the caret maps across.
    e = edit(w, 9, w.shown, 16);
    CHECK(e.plain == w.plain);
    CHECK(e.caret == 14);
}

TEST_CASE("deleting only a soft break deletes the character beyond it", "[board][soft_wrap]") {
    const SoftWrapped w = soft_wrap("one two three four", wrap_at(8));  // "one two \nthree \nfour"
    // Backspace at the start of "three" removes the soft break: the space before it goes.
    PlainEdit e = edit(w, 9, "one two three \nfour", 8);
    CHECK(e.plain == "one twothree four");
    CHECK(e.caret == 7);
    // Delete at the end of "two " removes the soft break: the "t" after it goes.
    e = edit(w, 8, "one two three \nfour", 8);
    CHECK(e.plain == "one two hree four");
    CHECK(e.caret == 8);
    // A multi-byte character beyond the break goes whole.
    const SoftWrapped accents = soft_wrap("abcd \xC3\xA9t\xC3\xA9", wrap_at(5));
    REQUIRE(accents.shown == "abcd \n\xC3\xA9t\xC3\xA9");
    e = edit(accents, 5, "abcd \xC3\xA9t\xC3\xA9", 5);
    CHECK(e.plain == "abcd t\xC3\xA9");
}
