#pragma once
// A font atlas built from the characters a window uses. Planning (main thread) picks a face
// for each character: the bundled Noto Sans, then DejaVu Sans for symbols, then an installed
// font found with fontconfig; a character no font has gets a box with its code point, and
// invisible formatting characters an empty glyph. Building (any thread) rasterises it all
// with FreeType into a standalone ImFontAtlas, so a worker can build the next atlas while the
// window goes on drawing with the current one.
#include <imgui.h>

#include <memory>
#include <vector>

#include "app/gui/text/char_set.hpp"
#include "app/gui/text/font_library.hpp"

namespace hostspace::gui {

struct FontSpec {
    float size = 0;  // pixels
    bool bold = false;
    // Only these characters, from the bundled face with no fallback (the countdown's digits,
    // the PAUSED banner's capitals): pairs ending in 0. Null for text fonts.
    const ImWchar* only = nullptr;
    // Holds plan_atlas's `room_chars` rather than all its `chars` (the projector's large type).
    bool room = false;
};

// One face's share of a font: the primary face first, the rest merged into it.
struct FaceRanges {
    FontSource source;
    std::vector<ImWchar> ranges;  // pairs, 0-terminated, as ImGui wants them
};

struct FontPlan {
    FontSpec spec;
    std::vector<FaceRanges> faces;
    std::vector<ImWchar> boxes;      // drawn as a box with the code point
    std::vector<ImWchar> invisible;  // drawn as nothing, taking no room
    std::vector<ImWchar> shaped;     // private-use stand-ins for shaped glyphs (shaped_glyphs.hpp)
};

struct AtlasRecipe {
    std::vector<FontPlan> fonts;
    CharSet chars;                 // what the text fonts were asked to hold
    std::vector<ImWchar> missing;  // asked for, and no installed font has it
    float scale = 1;               // the caller's own tag: the scale it was planned for
};

struct BuiltAtlas {
    BuiltAtlas() = default;
    ~BuiltAtlas();
    BuiltAtlas(const BuiltAtlas&) = delete;
    BuiltAtlas& operator=(const BuiltAtlas&) = delete;

    AtlasRecipe recipe;  // the atlas points into its ranges: kept with it
    std::unique_ptr<ImFontAtlas> atlas;
    std::vector<ImFont*> fonts;  // in the order of recipe.fonts
    double build_ms = 0;         // rasterising and packing, on whichever thread built it
};

// Which face draws each character, for every font in `specs`. Main thread (fontconfig and the
// library's file cache are not shared).
AtlasRecipe plan_atlas(const std::vector<FontSpec>& specs, const CharSet& chars,
                       FontLibrary& library, const CharSet* room_chars = nullptr);

// Rasterises the recipe into a new atlas with its pixels ready to upload. Any thread.
std::unique_ptr<BuiltAtlas> build_atlas(AtlasRecipe recipe);

// True if `font` draws `code_point` with a glyph of its own (not a missing-character box).
bool draws_glyph(const BuiltAtlas& atlas, const ImFont* font, ImWchar code_point);

// The same for any font of any built atlas still alive: the projector's draw log counts the
// boxes it drew. Any thread.
bool draws_glyph(const ImFont* font, ImWchar code_point);

}  // namespace hostspace::gui
