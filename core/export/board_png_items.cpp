#include "core/export/board_png_items.hpp"

#include <algorithm>
#include <cmath>

#include "core/board/colour.hpp"

namespace hostspace::doc::png {
namespace {

constexpr std::uint32_t kThemeWithoutColour = 0xD0D0D0;
const Rgb kBadge{0.13, 0.13, 0.13};
const Rgb kWhite{1, 1, 1};

double linear(double c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const Rgb& c) {
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

Rgb mix(const Rgb& a, const Rgb& b, double a_share) {
    return {a.r * a_share + b.r * (1 - a_share), a.g * a_share + b.g * (1 - a_share),
            a.b * a_share + b.b * (1 - a_share)};
}

Rgb darker(const Rgb& c) {
    return {c.r * 0.6, c.g * 0.6, c.b * 0.6};
}

void show(cairo_t* cr, PangoLayout* layout, double x, double y) {
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout);
}

// The dots badge: a dark pill with the count in white, `height` tall.
double badge_width(PangoLayout* badge) {
    return layout_width(badge) + layout_height(badge) * 0.8;
}

void paint_badge(cairo_t* cr, PangoLayout* badge, double right, double y) {
    const double w = badge_width(badge), h = layout_height(badge);
    rounded_rect(cr,
                 Rect{static_cast<float>(right - w), static_cast<float>(y), static_cast<float>(w),
                      static_cast<float>(h)},
                 h / 2);
    set_rgb(cr, kBadge);
    cairo_fill(cr);
    set_rgb(cr, kWhite);
    show(cr, badge, right - w + h * 0.4, y);
}

}  // namespace

ItemLook item_look(bool small, double scale) {
    ItemLook look;
    look.small = small;
    look.scale = scale;
    if (small) {
        look.note_px = std::clamp(16 * scale, 10.0, 16.0);
        look.author_px = look.note_px;
        look.title_px = std::clamp(20 * scale, 11.0, 20.0);
        look.pad = std::max(3.0, 8 * scale);
    } else {
        // Never under 18 px, the least that reads at 2400 px; larger as the board is drawn larger.
        look.note_px = std::clamp(15 * scale, 18.0, 24.0);
        look.author_px = 0.8 * look.note_px;
        look.title_px = 1.25 * look.note_px;
        look.pad = std::max(8.0, kNotePadding * scale);
    }
    look.card_width = kNoteWidth * scale;
    look.card_min_height = kNoteHeight * scale;
    look.header_min_height = kGroupTitleBand * scale;
    look.frame_margin = std::max(small ? 2.0 : 6.0, kGroupMargin * scale);
    look.gap = kNoteGap * scale;
    return look;
}

CardLayouts lay_out_card(const TextKit& kit, const BoardCard& card, const ItemLook& look) {
    CardLayouts out;
    const double inner = look.card_width - 2 * look.pad;
    if (card.dots > 0) {
        const std::string count =
            look.small ? std::to_string(card.dots) : "\xE2\x97\x8F " + std::to_string(card.dots);
        out.badge = kit.layout(count, TextStyle{look.author_px, true});
    }
    const double badge_room = out.badge ? badge_width(out.badge.get()) + look.pad / 2 : 0;
    if (look.small) {
        // The text cut to the lines that fit, beside the badge.
        TextStyle style{look.note_px};
        style.width_px = std::max(1.0, inner - badge_room);
        style.height_px = look.card_min_height - 2 * look.pad;
        out.text = kit.layout(card.text, style);
        out.height = look.card_min_height;
        return out;
    }
    TextStyle text_style{look.note_px};
    text_style.width_px = inner;
    out.text = kit.layout(card.text, text_style);
    double footer = 0;
    if (!card.author.empty()) {
        TextStyle author_style{look.author_px};
        author_style.width_px = std::max(1.0, inner - badge_room);
        out.author = kit.layout(card.author, author_style);
        footer = layout_height(out.author.get());
    }
    if (out.badge) footer = std::max(footer, layout_height(out.badge.get()));
    const double text_height = layout_height(out.text.get());
    const double content = text_height + (footer > 0 ? look.pad / 2 + footer : 0);
    out.height = std::max(look.card_min_height, content + 2 * look.pad);
    return out;
}

void paint_card(cairo_t* cr, const BoardCard& card, CardLayouts& layouts, const ItemLook& look,
                const Rect& at) {
    const Rgb fill = note_rgb(card.colour);
    rounded_rect(cr, at, std::max(2.0, 6 * look.scale));
    set_rgb(cr, fill);
    cairo_fill_preserve(cr);
    set_rgb(cr, darker(fill));
    cairo_set_line_width(cr, std::max(1.0, look.scale * 1.5));
    cairo_stroke(cr);

    const double left = at.x + look.pad, top = at.y + look.pad, right = at.right() - look.pad;
    set_rgb(cr, ink_on(fill));
    show(cr, layouts.text.get(), left, top);
    if (look.small) {
        if (layouts.badge) paint_badge(cr, layouts.badge.get(), right, top);
        return;
    }
    double footer = layouts.author ? layout_height(layouts.author.get()) : 0;
    if (layouts.badge) footer = std::max(footer, layout_height(layouts.badge.get()));
    const double footer_top = at.bottom() - look.pad - footer;
    if (layouts.author) {
        set_rgb(cr, ink_on(fill));
        show(cr, layouts.author.get(), left, footer_top);
    }
    if (layouts.badge) paint_badge(cr, layouts.badge.get(), right, footer_top);
}

std::string count_of(long long n, const char* one, const char* many) {
    // "10,000 notes": digits grouped in threes, as a board member reads a count.
    std::string digits = std::to_string(n < 0 ? -n : n);
    for (auto at = static_cast<long long>(digits.size()) - 3; at > 0; at -= 3) {
        digits.insert(static_cast<std::size_t>(at), ",");
    }
    return (n < 0 ? "-" : "") + digits + " " + (n == 1 ? one : many);
}

std::string theme_count_text(int notes, int dots) {
    std::string text = count_of(notes, "note", "notes");
    if (dots > 0) text += " \xC2\xB7 " + count_of(dots, "dot", "dots");
    return text;
}

HeaderLayouts lay_out_header(const TextKit& kit, const BoardTheme& theme, const ItemLook& look,
                             double width) {
    HeaderLayouts out;
    const std::string title = theme.title.empty() ? "Untitled theme" : theme.title;
    const std::string count = theme_count_text(theme.note_count, theme.dots);
    const double inner = std::max(1.0, width - 2 * look.pad);
    if (look.small) {
        // One line: the count whole at the right, the title cut to the room left of it.
        out.count = kit.layout(count, TextStyle{look.author_px});
        TextStyle title_style{look.title_px, true};
        title_style.width_px = std::max(1.0, inner - layout_width(out.count.get()) - look.pad);
        title_style.one_line = true;
        out.title = kit.layout(title, title_style);
        const double line =
            std::max(layout_height(out.title.get()), layout_height(out.count.get()));
        out.height = std::max(look.header_min_height, line + 2 * look.pad);
        return out;
    }
    TextStyle title_style{look.title_px, true};
    title_style.width_px = inner;
    out.title = kit.layout(title, title_style);
    TextStyle count_style{look.author_px};
    count_style.width_px = inner;
    out.count = kit.layout(count, count_style);
    const double content = layout_height(out.title.get()) + layout_height(out.count.get());
    out.height = std::max(look.header_min_height, content + 2 * look.pad);
    return out;
}

void paint_frame(cairo_t* cr, const std::string& colour, const Rect& frame) {
    const Rgb theme = theme_rgb(colour);
    rounded_rect(cr, frame, 10);
    set_rgb(cr, mix(theme, kWhite, 0.25));
    cairo_fill_preserve(cr);
    set_rgb(cr, darker(theme));
    cairo_set_line_width(cr, 2);
    cairo_stroke(cr);
}

void paint_header(cairo_t* cr, const std::string& colour, const HeaderLayouts& layouts,
                  const ItemLook& look, const Rect& at) {
    const Rgb theme = theme_rgb(colour);
    rounded_rect(cr, at, std::max(2.0, 6 * look.scale));
    set_rgb(cr, theme);
    cairo_fill(cr);
    set_rgb(cr, ink_on(theme));
    if (look.small) {
        const double line = at.h - 2 * look.pad;
        show(cr, layouts.title.get(), at.x + look.pad,
             at.y + look.pad + (line - layout_height(layouts.title.get())) / 2);
        show(cr, layouts.count.get(), at.right() - look.pad - layout_width(layouts.count.get()),
             at.y + look.pad + (line - layout_height(layouts.count.get())) / 2);
        return;
    }
    show(cr, layouts.title.get(), at.x + look.pad, at.y + look.pad);
    show(cr, layouts.count.get(), at.x + look.pad,
         at.y + look.pad + layout_height(layouts.title.get()));
}

void paint_tile(cairo_t* cr, const TextKit& kit, const std::string& title, const std::string& count,
                const std::string& colour, const Rect& at, double title_px, double count_px) {
    const Rgb theme = theme_rgb(colour);
    rounded_rect(cr, at, 10);
    set_rgb(cr, theme);
    cairo_fill_preserve(cr);
    set_rgb(cr, darker(theme));
    cairo_set_line_width(cr, 2);
    cairo_stroke(cr);
    const double pad = title_px * 0.75;
    TextStyle count_style{count_px};
    count_style.width_px = at.w - 2 * pad;
    count_style.one_line = true;
    const LayoutPtr count_layout = kit.layout(count, count_style);
    TextStyle title_style{title_px, true};
    title_style.width_px = at.w - 2 * pad;
    title_style.height_px = at.h - 2 * pad - layout_height(count_layout.get());
    const LayoutPtr title_layout =
        kit.layout(title.empty() ? "Untitled theme" : title, title_style);
    set_rgb(cr, ink_on(theme));
    show(cr, title_layout.get(), at.x + pad, at.y + pad);
    show(cr, count_layout.get(), at.x + pad, at.bottom() - pad - layout_height(count_layout.get()));
}

Rgb rgb_of(std::uint32_t rgb) {
    return {((rgb >> 16) & 0xFF) / 255.0, ((rgb >> 8) & 0xFF) / 255.0, (rgb & 0xFF) / 255.0};
}

Rgb note_rgb(const std::string& colour) {
    return rgb_of(colour_rgb(normalise_colour(colour).value_or("")));
}

Rgb theme_rgb(const std::string& colour) {
    const auto canonical = normalise_colour(colour);
    return rgb_of(canonical ? colour_rgb(*canonical) : kThemeWithoutColour);
}

Rgb ink_on(const Rgb& background) {
    // Whichever of near-black and white has the larger contrast ratio (WCAG's formula).
    const double l = luminance(background);
    const Rgb dark{0.1, 0.1, 0.1};
    const double dark_l = luminance(dark);
    return (l + 0.05) / (dark_l + 0.05) >= 1.05 / (l + 0.05) ? dark : kWhite;
}

void set_rgb(cairo_t* cr, const Rgb& colour) {
    cairo_set_source_rgb(cr, colour.r, colour.g, colour.b);
}

void rounded_rect(cairo_t* cr, const Rect& r, double radius) {
    radius = std::min({radius, r.w / 2.0, r.h / 2.0});
    const double x = r.x, y = r.y, w = r.w, h = r.h;
    cairo_new_sub_path(cr);
    cairo_arc(cr, x + w - radius, y + radius, radius, -M_PI / 2, 0);
    cairo_arc(cr, x + w - radius, y + h - radius, radius, 0, M_PI / 2);
    cairo_arc(cr, x + radius, y + h - radius, radius, M_PI / 2, M_PI);
    cairo_arc(cr, x + radius, y + radius, radius, M_PI, 3 * M_PI / 2);
    cairo_close_path(cr);
}

LayoutPtr title_layout(const TextKit& kit, const BoardPicture& board, const BoardPlan& plan) {
    TextStyle style{plan.title_px, true};
    style.width_px = plan.width - 2 * plan.margin;
    return kit.layout(board.title.empty() ? "The board" : board.title, style);
}

LayoutPtr subtitle_layout(const TextKit& kit, const BoardPlan& plan) {
    TextStyle style{plan.subtitle_px};
    style.width_px = plan.width - 2 * plan.margin;
    return kit.layout(plan.subtitle, style);
}

CardShown card_shown(const BoardCard& card, const ItemLook& look) {
    const TextKit kit;
    const CardLayouts layouts = lay_out_card(kit, card, look);
    CardShown shown;
    shown.text = pango_layout_get_text(layouts.text.get());
    if (layouts.author) shown.author = pango_layout_get_text(layouts.author.get());
    shown.cut = pango_layout_is_ellipsized(layouts.text.get());
    shown.text_width = layout_width(layouts.text.get());
    shown.height = layouts.height;
    return shown;
}

int missing_glyphs(const std::string& text) {
    const TextKit kit;
    return missing_glyphs(kit, text);
}

}  // namespace hostspace::doc::png
