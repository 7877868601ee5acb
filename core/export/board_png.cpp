#include "core/export/board_png.hpp"

#include <cairo.h>

#include <memory>

#include "core/export/board_png_items.hpp"
#include "core/export/board_png_layout.hpp"
#include "core/export/board_png_text.hpp"
#include "core/util/error.hpp"

namespace hostspace::doc {
namespace {

using namespace png;

struct SurfaceFree {
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct ContextFree {
    void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};

void check(cairo_status_t status, const char* doing) {
    if (status != CAIRO_STATUS_SUCCESS) {
        throw Error(std::string("the board picture could not be ") + doing + ": " +
                    cairo_status_to_string(status));
    }
}

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

void paint_title(cairo_t* cr, const TextKit& kit, const BoardPicture& board,
                 const BoardPlan& plan) {
    const LayoutPtr title = title_layout(kit, board, plan);
    const LayoutPtr subtitle = subtitle_layout(kit, plan);
    const double k = plan.width / static_cast<double>(kMinWidth);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    cairo_move_to(cr, plan.margin, plan.margin);
    pango_cairo_show_layout(cr, title.get());
    cairo_set_source_rgb(cr, 0.25, 0.25, 0.25);
    cairo_move_to(cr, plan.margin, plan.margin + layout_height(title.get()) + 8 * k);
    pango_cairo_show_layout(cr, subtitle.get());
}

void paint_board(cairo_t* cr, const TextKit& kit, const BoardPicture& board,
                 const BoardPlan& plan) {
    // Frames first, then the title bands, then the notes in board order (later ones on top, as
    // in the app), so no frame ever covers a note.
    for (std::size_t t = 0; t < board.themes.size(); ++t) {
        paint_frame(cr, board.themes[t].colour, plan.frames[t]);
    }
    for (std::size_t t = 0; t < board.themes.size(); ++t) {
        const HeaderLayouts header =
            lay_out_header(kit, board.themes[t], plan.look, plan.headers[t].w);
        paint_header(cr, board.themes[t].colour, header, plan.look, plan.headers[t]);
    }
    for (std::size_t n = 0; n < board.notes.size(); ++n) {
        CardLayouts card = lay_out_card(kit, board.notes[n], plan.look);
        paint_card(cr, board.notes[n], card, plan.look, plan.cards[n]);
    }
}

}  // namespace

std::string render_board_png(const BoardPicture& board, int width_px) {
    const TextKit kit;
    const BoardPlan plan = plan_board_picture(board, width_px, kit);

    const std::unique_ptr<cairo_surface_t, SurfaceFree> surface(
        cairo_image_surface_create(CAIRO_FORMAT_RGB24, plan.width, plan.height));
    check(cairo_surface_status(surface.get()), "made (no memory for its pixels?)");
    const std::unique_ptr<cairo_t, ContextFree> cr(cairo_create(surface.get()));
    check(cairo_status(cr.get()), "drawn");

    cairo_set_source_rgb(cr.get(), 1, 1, 1);
    cairo_paint(cr.get());
    paint_title(cr.get(), kit, board, plan);
    if (plan.mode == BoardMode::cards || plan.mode == BoardMode::small_cards) {
        paint_board(cr.get(), kit, board, plan);
    } else if (plan.mode == BoardMode::summary) {
        for (const Tile& tile : plan.tiles) {
            paint_tile(cr.get(), kit, tile.title, tile.count, tile.colour, tile.at,
                       plan.tile_title_px, plan.tile_count_px);
        }
    }
    check(cairo_status(cr.get()), "drawn");
    cairo_surface_flush(surface.get());

    std::string bytes;
    check(cairo_surface_write_to_png_stream(surface.get(), append_bytes, &bytes), "encoded");
    return bytes;
}

}  // namespace hostspace::doc
