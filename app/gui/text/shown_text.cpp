#include "app/gui/text/shown_text.hpp"

#include <unordered_map>

#include "core/text/visual_order.hpp"

namespace hostspace::gui {
namespace {

// Typed texts repeat from frame to frame; reordering them once each keeps a frame cheap. The
// cache is dropped whole when it grows past what one screen of notes needs.
constexpr std::size_t kMostCached = 8192;

std::unordered_map<std::string, std::string>& cache() {
    static std::unordered_map<std::string, std::string> c;
    return c;
}

const std::string& reordered(std::string_view logical) {
    auto& c = cache();
    std::string key(logical);
    auto found = c.find(key);
    if (found != c.end()) return found->second;
    if (c.size() >= kMostCached) c.clear();
    std::string drawn = text::visual_text(logical);
    return c.emplace(std::move(key), std::move(drawn)).first->second;
}

}  // namespace

const std::string& shown(const std::string& logical) {
    if (!text::needs_visual_order(logical)) return logical;
    return reordered(logical);
}

std::string_view shown(std::string_view logical) {
    if (!text::needs_visual_order(logical)) return logical;
    return reordered(logical);
}

bool starts_right_to_left(std::string_view line) {
    return text::needs_visual_order(line) && text::reads_right_to_left(line);
}

}  // namespace hostspace::gui
