#include "app/gui/text/font_library.hpp"

#include <fstream>
#include <iostream>
#include <iterator>

namespace hostspace::gui {

FontLibrary::FontLibrary(std::filesystem::path bundled_folder)
    : folder_(std::move(bundled_folder)) {}

FontSource FontLibrary::load(const std::string& file, int index) {
    FontSource source;
    source.file = file;
    source.index = index;
    auto known = files_.find(file);
    if (known == files_.end()) {
        std::ifstream in(file, std::ios::binary);
        FontBytes bytes;
        if (in) {
            bytes = std::make_shared<const std::vector<char>>(std::istreambuf_iterator<char>(in),
                                                              std::istreambuf_iterator<char>());
        } else {
            std::cerr << "warning: cannot read the font " << file << "\n";
        }
        known = files_.emplace(file, bytes).first;
    }
    source.bytes = known->second;
    return source;
}

const FontSource& FontLibrary::regular() {
    if (!regular_) regular_ = load((folder_ / "NotoSans-Regular.ttf").string(), 0);
    return *regular_;
}

const FontSource& FontLibrary::bold() {
    if (!bold_) bold_ = load((folder_ / "NotoSans-Bold.ttf").string(), 0);
    return bold_->bytes ? *bold_ : regular();
}

const FontSource& FontLibrary::symbols() {
    if (!symbols_) symbols_ = load((folder_ / "DejaVuSans.ttf").string(), 0);
    return *symbols_;
}

bool FontLibrary::covers(const FontSource& source, char32_t code_point) {
    return source.bytes && fallback_.covers(source.file, source.index, code_point);
}

std::optional<FontSource> FontLibrary::fallback(char32_t code_point, bool bold) {
    const auto face = fallback_.face_for(code_point, bold);
    if (!face) return std::nullopt;
    FontSource source = load(face->file, face->index);
    if (!source.bytes) return std::nullopt;
    return source;
}

FontLibrary& font_library(const std::filesystem::path& bundled_folder) {
    static FontLibrary library(bundled_folder);
    return library;
}

}  // namespace hostspace::gui
