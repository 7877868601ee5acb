#pragma once
// The font files the windows draw with: the bundled Noto Sans (regular and bold) and DejaVu
// Sans (symbols), and every installed font fontconfig finds for what those lack. Each file is
// read once and shared by every atlas built from it, on any thread. Choosing faces (fontconfig)
// is for the window's thread only; reading bytes is for any.
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "core/text/font_fallback.hpp"

namespace hostspace::gui {

using FontBytes = std::shared_ptr<const std::vector<char>>;

struct FontSource {
    FontBytes bytes;  // empty until read (FontLibrary::bytes_of), or when it cannot be read
    int index = 0;    // the face inside a collection (.ttc)
    std::string file;
};

class FontLibrary {
  public:
    explicit FontLibrary(std::filesystem::path bundled_folder);
    // Before the first bundled face is read.
    void set_folder(std::filesystem::path folder) { folder_ = std::move(folder); }
    bool has_folder() const { return !folder_.empty(); }

    // The bundled faces; `bytes` is empty when a file is missing (ImGui's own font then).
    const FontSource& regular();
    const FontSource& bold();
    const FontSource& symbols();
    // Whether `source` has a glyph for `code_point`.
    bool covers(const FontSource& source, char32_t code_point);
    // An installed face for a character the bundled ones lack, none if no font has it. Its
    // bytes are not read yet.
    std::optional<FontSource> fallback(char32_t code_point, bool bold);
    // The file's bytes, read once and kept. Any thread.
    FontBytes bytes_of(const std::string& file);

  private:
    FontSource load(const std::string& file, int index);

    std::filesystem::path folder_;
    std::optional<FontSource> regular_, bold_, symbols_;
    std::mutex files_mutex_;
    std::map<std::string, FontBytes> files_;
    text::FontFallback fallback_;
};

// The process's one library: fontconfig's font list is read once, however many windows open.
// The first call that names the bundled fonts' folder sets it.
FontLibrary& font_library(const std::filesystem::path& bundled_folder = {});

}  // namespace hostspace::gui
