#include "app/gui/shell/fonts.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <iterator>

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
    AtlasRecipe recipe = plan_atlas(specs(), wanted_, font_library(folder_));
    recipe.scale = scale();
    asked_ = wanted_;
    worker_.submit(std::move(recipe));
}

bool FontManager::take_built() {
    std::unique_ptr<BuiltAtlas> built = worker_.take();
    // Built for a scale the user has zoomed away from since: the zoom's own build replaced it.
    if (!built || built->recipe.scale != scale()) return false;
    install(std::move(built), true);
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

std::string atlas_report(const char* window, const BuiltAtlas& atlas, const CharSet& chars) {
    int covered = 0, uncovered = 0;
    std::string boxes;
    for (ImWchar c : chars.list()) {
        if (c < 0x20 || c == 0xFFFD) continue;  // line breaks; U+FFFD is always a box
        bool everywhere = true;
        for (std::size_t i = 0; i < atlas.fonts.size(); ++i) {
            if (atlas.recipe.fonts[i].spec.only) continue;
            const auto& invisible = atlas.recipe.fonts[i].invisible;
            if (std::find(invisible.begin(), invisible.end(), c) != invisible.end()) continue;
            if (!draws_glyph(atlas, atlas.fonts[i], c)) everywhere = false;
        }
        if (everywhere) {
            ++covered;
        } else {
            ++uncovered;
            char hex[12];
            std::snprintf(hex, sizeof hex, "%sU+%04X", boxes.empty() ? "" : ",",
                          static_cast<unsigned>(c));
            boxes += hex;
        }
    }
    return std::string("atlas window=") + window + " chars=" + std::to_string(covered + uncovered) +
           " drawn=" + std::to_string(covered) + " missing=" + std::to_string(uncovered) +
           (boxes.empty() ? "" : " boxes=" + boxes) +
           " build_ms=" + std::to_string(static_cast<int>(atlas.build_ms));
}

}  // namespace hostspace::gui
