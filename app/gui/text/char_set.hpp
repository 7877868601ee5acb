#pragma once
// The characters a window must be able to draw: every one the texts it shows use, in the
// forms it draws them (right-to-left lines joined into presentation forms). A set of the
// Basic Multilingual Plane, the part of Unicode Dear ImGui 1.86 draws (16-bit ImWchar).
#include <imgui.h>

#include <string_view>
#include <vector>

namespace hostspace::gui {

class CharSet {
  public:
    // Every character of `utf8`, and the forms its right-to-left lines are drawn in.
    void add_text(std::string_view utf8);
    void add(ImWchar code_point) { bits_.AddChar(code_point); }
    void add_all(const CharSet& other);
    bool has(ImWchar code_point) const { return bits_.GetBit(code_point); }
    // True if `other` has a character this set lacks.
    bool lacks_any_of(const CharSet& other) const;
    // Every character, in order.
    std::vector<ImWchar> list() const;
    bool empty() const;

  private:
    ImFontGlyphRangesBuilder bits_;
};

}  // namespace hostspace::gui
