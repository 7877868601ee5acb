#include <catch2/catch.hpp>

#include "core/util/error.hpp"
#include "core/util/utf8.hpp"
#include "core/util/uuid.hpp"

using namespace hostspace;

TEST_CASE("valid UTF-8 passes, including 4-byte sequences", "[utf8]") {
    CHECK(is_valid_utf8("plain ascii"));
    CHECK(is_valid_utf8("Caf\xC3\xA9 \xE2\x80\x93 \xF0\x9F\x98\x80"));
    CHECK(is_valid_utf8(""));
}

TEST_CASE("invalid UTF-8 is found at its byte offset", "[utf8]") {
    CHECK(find_invalid_utf8("ab\xFF") == 2);
    CHECK(find_invalid_utf8("abc\xC3") == 3);           // truncated
    CHECK(find_invalid_utf8("\xC0\xAF") == 0);          // overlong
    CHECK(find_invalid_utf8("x\xED\xA0\x80") == 1);     // surrogate
    CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0);  // above U+10FFFF
    CHECK(find_invalid_utf8("ok\xE2\x28\xA1") == 2);    // bad continuation
}

TEST_CASE("new_uuid makes distinct version-4 UUIDs", "[uuid]") {
    const auto a = new_uuid();
    const auto b = new_uuid();
    CHECK(a != b);
    CHECK(is_uuid(a));
    CHECK(a.size() == 36);
    CHECK(a[14] == '4');
    CHECK_FALSE(is_uuid("not-a-uuid"));
}

TEST_CASE("errors name file, line and reason", "[error]") {
    CHECK(std::string(Error("a.csv", 4, "bad").what()) == "a.csv line 4: bad");
    CHECK(std::string(Error("a.csv", 0, "bad").what()) == "a.csv: bad");
    CHECK(std::string(Error("bad").what()) == "bad");
    CHECK(Error("f", 2, "r").line() == 2);
    CHECK(format_error_message("f", 3, "r") == "f line 3: r");
}
