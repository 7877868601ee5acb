#include <catch2/catch.hpp>

#include "core/text/font_fallback.hpp"

using namespace hostspace::text;

// These read the fonts this machine has: scripts/packages.txt installs fonts-noto-core and
// fonts-noto-cjk, so each script below has a Noto face.
TEST_CASE("face_for finds a Noto face for each script a board writes in", "[text]") {
    FontFallback fallback;
    REQUIRE(fallback.installed_fonts() > 0);
    const struct {
        char32_t code_point;
        const char* family_has;
    } cases[] = {
        {0x674E, "CJK"},         // 李
        {0x3042, "CJK"},         // あ
        {0x0641, "Arabic"},      // ف
        {0x06D2, "Arabic"},      // ے (Urdu)
        {0xFEFB, "Arabic"},      // the lam-alef ligature FriBidi writes
        {0x0928, "Devanagari"},  // न
        {0x09AC, "Bengali"},     // ব
        {0x0A38, "Gurmukhi"},    // ਸ
        {0x05E9, "Hebrew"},      // ש
    };
    for (const auto& c : cases) {
        INFO("U+" << std::hex << static_cast<unsigned>(c.code_point));
        const auto face = fallback.face_for(c.code_point, false);
        REQUIRE(face);
        CHECK(face->family.rfind("Noto Sans", 0) == 0);
        CHECK(face->family.find(c.family_has) != std::string::npos);
        CHECK(fallback.covers(face->file, face->index, c.code_point));
    }
}

TEST_CASE("face_for prefers a bold face when asked, and answers the same twice", "[text]") {
    FontFallback fallback;
    const auto bold = fallback.face_for(0x674E, true);
    const auto regular = fallback.face_for(0x674E, false);
    REQUIRE(bold);
    REQUIRE(regular);
    CHECK(bold->file.find("Bold") != std::string::npos);
    CHECK(regular->file.find("Bold") == std::string::npos);
    CHECK(*fallback.face_for(0x674E, true) == *bold);
}

TEST_CASE("face_for says none for a code point no font has", "[text]") {
    FontFallback fallback;
    CHECK_FALSE(fallback.face_for(0xE000, false));  // private use: no Noto font draws it
    CHECK_FALSE(fallback.face_for(0x10FFFD, false));
}

TEST_CASE("covers reads a font file's own characters", "[text]") {
    FontFallback fallback;
    const std::string noto = HOSTSPACE_ASSETS_DIR "/fonts/NotoSans-Regular.ttf";
    CHECK(fallback.covers(noto, 0, U'Ł'));
    CHECK(fallback.covers(noto, 0, 0x03A9));        // Ω
    CHECK_FALSE(fallback.covers(noto, 0, 0x674E));  // 李 is not in Noto Sans
    CHECK_FALSE(fallback.covers("/no/such/font.ttf", 0, U'a'));
}

TEST_CASE("font_package_for names the package for a script", "[text]") {
    CHECK(font_package_for(0x674E) == "fonts-noto-cjk");
    CHECK(font_package_for(0xAC00) == "fonts-noto-cjk");
    CHECK(font_package_for(0x0641) == "fonts-noto-core fonts-noto-extra");
    CHECK(font_package_for(0xE000) == "");
    CHECK(font_package_for(0xF0000) == "");
}
