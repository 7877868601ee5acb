#include "core/text/shape_run.hpp"

#include <hb.h>

namespace hostspace::text {

bool needs_shaping(char32_t c) {
    return c >= 0x0900 && c <= 0x0DFF;
}

bool has_shaped_script(std::string_view utf8) {
    // U+0900-U+0DFF is E0 A4 80 to E0 B7 BF in UTF-8.
    for (std::size_t i = 0; i + 1 < utf8.size(); ++i) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        const auto next = static_cast<unsigned char>(utf8[i + 1]);
        if (lead == 0xE0 && next >= 0xA4 && next <= 0xB7) return true;
    }
    return false;
}

ShapedRun shape_run(std::string_view font_bytes, int index, std::u32string_view run) {
    ShapedRun shaped;
    hb_blob_t* blob = hb_blob_create(font_bytes.data(), static_cast<unsigned>(font_bytes.size()),
                                     HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    hb_face_t* face = hb_face_create(blob, static_cast<unsigned>(index));
    hb_font_t* font = hb_font_create(face);
    const unsigned upem = hb_face_get_upem(face);
    shaped.units_per_em = static_cast<int>(upem);
    // Positions in font units: the caller scales them to each size it draws at.
    hb_font_set_scale(font, static_cast<int>(upem), static_cast<int>(upem));
    hb_buffer_t* buffer = hb_buffer_create();
    hb_buffer_add_utf32(buffer, reinterpret_cast<const std::uint32_t*>(run.data()),
                        static_cast<int>(run.size()), 0, static_cast<int>(run.size()));
    hb_buffer_guess_segment_properties(buffer);
    if (hb_face_get_glyph_count(face) > 0) {
        hb_shape(font, buffer, nullptr, 0);
        unsigned count = 0;
        const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
        const hb_glyph_position_t* position = hb_buffer_get_glyph_positions(buffer, &count);
        shaped.glyphs.reserve(count);
        for (unsigned i = 0; i < count; ++i) {
            shaped.glyphs.push_back({info[i].codepoint, info[i].cluster, position[i].x_advance,
                                     position[i].x_offset, position[i].y_offset});
        }
    }
    hb_buffer_destroy(buffer);
    hb_font_destroy(font);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
    return shaped;
}

}  // namespace hostspace::text
