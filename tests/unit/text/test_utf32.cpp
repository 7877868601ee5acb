#include <catch2/catch.hpp>

#include "core/text/utf32.hpp"

using namespace hostspace::text;

TEST_CASE("decode_utf8 reads every script and marks bad bytes", "[text]") {
    CHECK(decode_utf8("Łódź") == U"Łódź");
    CHECK(decode_utf8("李伟") == U"李伟");
    CHECK(decode_utf8("\xF0\x9F\x91\x8D") == U"\U0001F44D");
    CHECK(decode_utf8("a\xFF"
                      "b") == U"a\uFFFDb");
    CHECK(decode_utf8("\xC0\xAF") == U"\uFFFD\uFFFD");            // overlong '/'
    CHECK(decode_utf8("\xED\xA0\x80") == U"\uFFFD\uFFFD\uFFFD");  // a surrogate
    CHECK(decode_utf8("\xE6\x9D") == U"\uFFFD\uFFFD");            // cut short
}

TEST_CASE("encode_utf8 and append_utf8 write what decode_utf8 reads", "[text]") {
    const std::u32string text = U"Zoë, Ελένη, Фатима, 李伟, فاطمة, 👍";
    CHECK(decode_utf8(encode_utf8(text)) == text);
    std::string out;
    append_utf8(out, 0xD800);
    CHECK(out == "\xEF\xBF\xBD");
    out.clear();
    append_utf8(out, 0x110000);
    CHECK(out == "\xEF\xBF\xBD");
}
