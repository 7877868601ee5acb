#include "app/gui/shell/fonts.hpp"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <sstream>

#include "app/gui/text/atlas_install.hpp"
#include "app/gui/text/font_library.hpp"

namespace hostspace::gui {
namespace {

const float kScales[] = {0.6f, 0.7f, 0.8f, 0.9f, 1.0f, 1.1f, 1.25f, 1.5f, 1.75f, 2.0f, 2.5f, 3.0f};

}  // namespace

FontManager::FontManager(std::filesystem::path fonts_folder, float content_scale)
    : folder_(std::move(fonts_folder)), content_scale_(content_scale) {}

FontManager::~FontManager() {
    release_atlas(context_, current_.get());
}

std::vector<FontSpec> FontManager::specs() const {
    const float s = scale();
    return {{18.0f * s, false},
            {15.5f * s, false},
            {14.0f * s, false},
            {18.0f * s, true},
            {26.0f * s, true}};
}

void FontManager::build() {
    AtlasRecipe recipe = plan_atlas(specs(), wanted_, font_library(folder_));
    recipe.scale = scale();
    asked_ = wanted_;
    install(build_atlas(std::move(recipe)), false);
}

bool FontManager::rebuild_if_needed() {
    if (scale() == built_scale_) return false;
    AtlasRecipe recipe = plan_atlas(specs(), wanted_, font_library(folder_));
    recipe.scale = scale();
    asked_ = wanted_;
    install(build_atlas(std::move(recipe)), true);
    return true;
}

void FontManager::want(const CharSet& chars) {
    if (!wanted_.lacks_any_of(chars)) return;
    wanted_.add_all(chars);
    if (!current_ || !asked_.lacks_any_of(wanted_)) return;  // build() takes them first
    const auto start = std::chrono::steady_clock::now();
    AtlasRecipe recipe = plan_atlas(specs(), wanted_, font_library(folder_));
    recipe.scale = scale();
    asked_ = wanted_;
    worker_.submit(std::move(recipe));
    plan_ms_ =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

bool FontManager::take_built() {
    std::unique_ptr<BuiltAtlas> built = worker_.take();
    // Built for a scale the user has zoomed away from since: the zoom's own build replaced it.
    if (!built || built->recipe.scale != scale()) return false;
    const auto start = std::chrono::steady_clock::now();
    install(std::move(built), true);
    swap_ms_ =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return true;
}

void FontManager::finish_building() {
    worker_.wait_idle();
    take_built();
}

void FontManager::install(std::unique_ptr<BuiltAtlas> built, bool upload) {
    context_ = ImGui::GetCurrentContext();
    install_atlas(*built, upload);
    current_ = std::move(built);
    const std::vector<ImFont*>& f = current_->fonts;
    fonts_ = Fonts{f[0], f[1], f[2], f[3], f[4]};
    ImGui::GetIO().FontDefault = fonts_.body;
    built_scale_ = current_->recipe.scale;
    ++generation_;
}

const std::vector<ImWchar>& FontManager::missing() const {
    static const std::vector<ImWchar> none;
    return current_ ? current_->recipe.missing : none;
}

void FontManager::zoom_in() {
    const float* next = std::upper_bound(std::begin(kScales), std::end(kScales), ui_scale_ + 1e-3f);
    if (next != std::end(kScales)) ui_scale_ = *next;
}

void FontManager::zoom_out() {
    const float* first_not_less =
        std::lower_bound(std::begin(kScales), std::end(kScales), ui_scale_ - 1e-3f);
    if (first_not_less != std::begin(kScales)) ui_scale_ = *(first_not_less - 1);
}

void FontManager::zoom_reset() {
    ui_scale_ = 1.0f;
}

std::string atlas_report(const char* window, const BuiltAtlas& atlas, const CharSet& chars,
                         double plan_ms, double swap_ms) {
    // drawn: a glyph of its own in every text font; missing: a box with its code point (no
    // installed font has it); pending: not in this atlas yet (the next one is being built).
    int drawn = 0, missing = 0, pending = 0;
    std::string boxes;
    for (ImWchar c : chars.list()) {
        if (c < 0x20 || c == 0xFFFD) continue;  // line breaks; U+FFFD is always a box
        bool absent = false, boxed = false;
        for (std::size_t i = 0; i < atlas.fonts.size(); ++i) {
            if (atlas.recipe.fonts[i].spec.only) continue;
            if (!atlas.fonts[i]->FindGlyphNoFallback(c)) {
                absent = true;
            } else if (!draws_glyph(atlas, atlas.fonts[i], c)) {
                boxed = true;
            }
        }
        if (absent) {
            ++pending;
        } else if (boxed) {
            ++missing;
            char hex[12];
            std::snprintf(hex, sizeof hex, "%sU+%04X", boxes.empty() ? "" : ",",
                          static_cast<unsigned>(c));
            boxes += hex;
        } else {
            ++drawn;
        }
    }
    // HOSTSPACE_TEST_PROBE="WORD WORD …": for each word, 1 if every text font draws all its
    // characters with glyphs of their own, else 0; a GUI test asks after what it typed.
    std::string probe;
    if (const char* wanted = std::getenv("HOSTSPACE_TEST_PROBE")) {
        std::istringstream words(wanted);
        std::string word;
        while (words >> word) {
            CharSet word_chars;
            word_chars.add_text(word);
            bool all = true;
            for (ImWchar c : word_chars.list()) {
                for (std::size_t i = 0; i < atlas.fonts.size(); ++i) {
                    if (!atlas.recipe.fonts[i].spec.only &&
                        !draws_glyph(atlas, atlas.fonts[i], c)) {
                        all = false;
                    }
                }
            }
            probe += (probe.empty() ? " probe=" : ",") + std::string(all ? "1" : "0");
        }
    }
    return std::string("atlas window=") + window +
           " chars=" + std::to_string(drawn + missing + pending) +
           " drawn=" + std::to_string(drawn) + " pending=" + std::to_string(pending) +
           " missing=" + std::to_string(missing) + (boxes.empty() ? "" : " boxes=" + boxes) +
           probe + " build_ms=" + std::to_string(static_cast<int>(atlas.build_ms)) +
           " plan_ms=" + std::to_string(static_cast<int>(plan_ms)) +
           " swap_ms=" + std::to_string(static_cast<int>(swap_ms));
}

}  // namespace hostspace::gui
