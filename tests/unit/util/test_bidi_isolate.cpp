#include <catch2/catch.hpp>

#include "core/util/bidi_isolate.hpp"

using namespace hostspace;

TEST_CASE("has_right_to_left finds Hebrew and Arabic letters, nothing else", "[bidi]") {
    CHECK(has_right_to_left("\xD9\x81\xD8\xA7\xD8\xB7\xD9\x85\xD8\xA9"));  // فاطمة
    CHECK(has_right_to_left("Shalom \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"));   // שלום
    CHECK(has_right_to_left("\xEF\xBB\xBB"));                              // U+FEFB, a ligature
    CHECK_FALSE(has_right_to_left("Children's Social Care"));
    CHECK_FALSE(has_right_to_left("\xE6\x9D\x8E\xE4\xBC\x9F"));  // 李伟
    CHECK_FALSE(has_right_to_left("\xE2\x80\x8F"));              // a right-to-left mark alone
    CHECK_FALSE(has_right_to_left("\xD9"));                      // cut short
    CHECK_FALSE(
        has_right_to_left("\xD9"
                          "A"));  // a lead byte without its tail
    CHECK_FALSE(has_right_to_left(""));
}

TEST_CASE("isolate_direction wraps right-to-left text in first-strong isolates only", "[bidi]") {
    const std::string name = "\xD9\x81\xD8\xA7\xD8\xB7\xD9\x85\xD8\xA9";
    CHECK(isolate_direction(name) == "\xE2\x81\xA8" + name + "\xE2\x81\xA9");
    CHECK(isolate_direction("Amira") == "Amira");
    CHECK(isolate_direction("") == "");
}
