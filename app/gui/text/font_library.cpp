#include "app/gui/text/font_library.hpp"

#include <fstream>
#include <iostream>
#include <mutex>

namespace hostspace::gui {

FontLibrary::FontLibrary(std::filesystem::path bundled_folder)
    : folder_(std::move(bundled_folder)) {}

FontBytes FontLibrary::bytes_of(const std::string& file) {
    {
        std::lock_guard<std::mutex> lock(files_mutex_);
        auto known = files_.find(file);
        if (known != files_.end()) return known->second;
    }
    // Read outside the lock, in one go (a CJK collection is 20 MB): the window's thread may
    // want another file meanwhile. Two threads reading one file keep the first copy.
    std::ifstream in(file, std::ios::binary | std::ios::ate);
    FontBytes bytes;
    const std::streamoff size = in ? static_cast<std::streamoff>(in.tellg()) : -1;
    if (size > 0) {
        auto data = std::make_shared<std::vector<char>>(static_cast<std::size_t>(size));
        in.seekg(0);
        if (in.read(data->data(), size)) bytes = std::move(data);
    }
    if (!bytes) std::cerr << "warning: cannot read the font " << file << "\n";
    std::lock_guard<std::mutex> lock(files_mutex_);
    return files_.emplace(file, bytes).first->second;
}

FontSource FontLibrary::load(const std::string& file, int index) {
    FontSource source;
    source.file = file;
    source.index = index;
    source.bytes = bytes_of(file);
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
    // The bytes are read by whoever needs them first: the atlas worker, most often, so a new
    // script's 20 MB font never stalls the window.
    FontSource source;
    source.file = face->file;
    source.index = face->index;
    return source;
}

FontLibrary& font_library(const std::filesystem::path& bundled_folder) {
    static FontLibrary library(bundled_folder);
    if (!library.has_folder() && !bundled_folder.empty()) library.set_folder(bundled_folder);
    return library;
}

}  // namespace hostspace::gui
