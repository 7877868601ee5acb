#pragma once
// Which installed font draws a character the bundled font lacks, found with fontconfig among
// the system's fonts: Noto Sans families first (the bundled font's own design), then the other
// Noto families, then anything installed. Each answer is kept, so asking again is a lookup.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hostspace::text {

struct FontFace {
    std::string file;  // a path fontconfig gave (a .ttf, .otf or a .ttc collection)
    int index = 0;     // the face inside a collection
    std::string family;
    bool operator==(const FontFace& other) const {
        return file == other.file && index == other.index;
    }
    bool operator<(const FontFace& other) const {
        return file != other.file ? file < other.file : index < other.index;
    }
};

class FontFallback {
  public:
    FontFallback();
    ~FontFallback();
    FontFallback(const FontFallback&) = delete;
    FontFallback& operator=(const FontFallback&) = delete;

    // The face to draw `code_point` with, in the bold weight where one exists; none when no
    // installed font has it.
    std::optional<FontFace> face_for(char32_t code_point, bool bold);

    // Whether the font file's face `index` has a glyph for `code_point` (read once per face).
    bool covers(const std::string& file, int index, char32_t code_point);

    // How many fonts fontconfig lists: 0 means it found none (no fontconfig setup at all).
    std::size_t installed_fonts() const;

  private:
    struct Fonts;
    std::unique_ptr<Fonts> fonts_;
    std::map<std::uint64_t, std::optional<FontFace>> answers_;
};

// Debian packages that hold fonts for `code_point`'s script, to name in the window's one-time
// message about characters no installed font has; "" for a private-use character (a logo or
// an icon), which only the font it was typed in draws.
std::string font_package_for(char32_t code_point);

}  // namespace hostspace::text
