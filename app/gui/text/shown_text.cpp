#include "app/gui/text/shown_text.hpp"

#include <unordered_map>

#include "app/gui/text/font_library.hpp"
#include "app/gui/text/shaped_glyphs.hpp"
#include "core/text/shape_run.hpp"
#include "core/text/visual_order.hpp"

namespace hostspace::gui {
namespace {

// Typed texts repeat from frame to frame; reordering them once each keeps a frame cheap. The
// cache is dropped whole when it grows past what one screen of notes needs.
constexpr std::size_t kMostCached = 32768;

std::unordered_map<std::string, std::string>& cache() {
    static std::unordered_map<std::string, std::string> c;
    return c;
}

// `direction` 'a' (each line its own), 'l' or 'r' (every line in that direction).
const std::string& reordered(std::string_view logical, char direction = 'a') {
    auto& c = cache();
    std::string key(logical);
    key.push_back(direction);  // the last two bytes say which direction
    key.push_back('\0');
    auto found = c.find(key);
    if (found != c.end()) return found->second;
    if (c.size() >= kMostCached) c.clear();
    std::string drawn;
    if (!text::needs_visual_order(logical)) {
        drawn = std::string(logical);
    } else if (direction == 'a') {
        drawn = text::visual_text(logical);
    } else {
        drawn = text::visual_line(logical, direction == 'r' ? text::LineDirection::right_to_left
                                                            : text::LineDirection::left_to_right);
    }
    drawn = shape_for_display(drawn, font_library());
    return c.emplace(std::move(key), std::move(drawn)).first->second;
}

}  // namespace

const std::string& shown(const std::string& logical) {
    if (!needs_display_form(logical)) return logical;
    return reordered(logical);
}

std::string_view shown(std::string_view logical) {
    if (!needs_display_form(logical)) return logical;
    return reordered(logical);
}

std::string_view shown_line(std::string_view line, bool right_to_left) {
    if (!needs_display_form(line)) return line;
    return reordered(line, right_to_left ? 'r' : 'l');
}

bool needs_display_form(std::string_view logical) {
    return text::needs_visual_order(logical) || text::has_shaped_script(logical);
}

bool starts_right_to_left(std::string_view line) {
    return text::needs_visual_order(line) && text::reads_right_to_left(line);
}

}  // namespace hostspace::gui
