#include "core/export/pdf_layout.hpp"

#include <glib-object.h>

#include <algorithm>
#include <numeric>
#include <utility>
#include <variant>

#include "core/export/printable_text.hpp"

namespace hostspace::doc {

const char* const kPdfFontFamilies =
    "Noto Sans, Noto Sans CJK SC, Noto Sans Arabic, Noto Sans Devanagari, DejaVu Sans";

void GObjectUnref::operator()(void* object) const {
    g_object_unref(object);
}

namespace {

constexpr double kTextWidth = kPdfPageWidth - 2 * kPdfMargin;
constexpr double kTop = kPdfMargin;
constexpr double kBottom = kPdfPageHeight - kPdfMargin;
constexpr double kBodySize = 10.5;
constexpr double kTableSize = 9.5;
constexpr double kCellPad = 4;
constexpr double kListIndent = 20;
constexpr double kHeadingRoom = 50;  // an H2 with the space above it

struct Style {
    double size = kBodySize;
    bool bold = false;
    bool italic = false;
    PangoAlignment align = PANGO_ALIGN_LEFT;
};

std::string one_line(std::string text) {
    for (char& c : text) {
        if (c == '\n' || c == '\t') c = ' ';
    }
    return text;
}

class Typesetter {
  public:
    Typesetter(PangoContext* context, cairo_surface_t* board) : context_(context), board_(board) {}

    PdfPages finish() {
        end_tag("Document");
        op(PdfOpKind::end_page);
        return std::move(pages_);
    }

    void begin() { begin_tag("Document"); }
    void set_next(const Block* next) { next_ = next; }

    void operator()(const Heading& heading) {
        const int level = std::clamp(heading.level, 1, 3);
        static constexpr double kSizes[] = {20, 15, 12.5};
        static constexpr double kBefore[] = {0, 18, 10};
        space(kBefore[level - 1]);
        const std::string text = one_line(printable_text(heading.text));
        const std::size_t t = make_text(text, nullptr, {kSizes[level - 1], true}, kTextWidth);
        // A heading never ends a page: it needs room for a few lines of what follows.
        need(text_height(t, 0, pages_.texts[t].lines.size()) + opening_height());
        const std::string tag = "H" + std::to_string(level);
        begin_tag(tag);
        if (level >= 2) {
            PdfOp& entry = op(PdfOpKind::outline);
            entry.name = text;
            entry.level = level;
            entry.x = kPdfMargin;
            entry.y = y_;
        }
        flow(t, kPdfMargin);
        end_tag(tag);
        y_ += level == 1 ? 10 : 5;
    }

    void operator()(const Paragraph& paragraph) {
        const std::size_t t = make_inlines(paragraph.spans, kTextWidth);
        begin_tag("P");
        flow(t, kPdfMargin);
        end_tag("P");
        y_ += 7;
    }

    void operator()(const List& list) {
        begin_tag("L");
        const std::size_t count = list.items.size();
        const double indent =
            list.ordered ? 12 + 6 * static_cast<double>(std::to_string(count).size()) : kListIndent;
        for (std::size_t i = 0; i < count; ++i) {
            const std::size_t body = make_inlines(list.items[i], kTextWidth - indent);
            const std::string mark = list.ordered ? std::to_string(i + 1) + "." : "\xE2\x80\xA2";
            const std::size_t label =
                make_text(mark, nullptr, {kBodySize, false, false, PANGO_ALIGN_RIGHT}, indent - 6);
            need(pages_.texts[body].lines.front().height);
            begin_tag("LI");
            begin_tag("Lbl");
            // The marker sits on the first line's baseline, in the hanging indent.
            text_op(label, 0, 1, kPdfMargin,
                    y_ + pages_.texts[body].lines.front().baseline -
                        pages_.texts[label].lines.front().baseline);
            end_tag("Lbl");
            begin_tag("LBody");
            flow(body, kPdfMargin + indent);
            end_tag("LBody");
            end_tag("LI");
            y_ += 3;
        }
        end_tag("L");
        y_ += 6;
    }

    void operator()(const Table& table);

    void operator()(const BoardFigure& figure) {
        const std::size_t caption = make_text(printable_text(figure.caption), nullptr,
                                              {kBodySize, false, true}, kTextWidth);
        const double caption_height = text_height(caption, 0, pages_.texts[caption].lines.size());
        if (board_ == nullptr) {
            begin_tag("P");
            flow(caption, kPdfMargin);
            end_tag("P");
            y_ += 7;
            return;
        }
        const auto [width, height] = figure_size(caption_height);
        need(height + 8 + caption_height);
        begin_tag("Figure");
        PdfOp& image = op(PdfOpKind::image);
        image.x = kPdfMargin + (kTextWidth - width) / 2;
        image.y = y_;
        image.width = width;
        image.height = height;
        y_ += height + 6;
        begin_tag("Caption");
        flow(caption, kPdfMargin);
        end_tag("Caption");
        end_tag("Figure");
        y_ += 8;
    }

    void operator()(const PageBreak&) {
        if (!at_top()) new_page();
    }

  private:
    // The picture at the text's width, or smaller to fit on a page with its caption and the
    // heading before it.
    std::pair<double, double> figure_size(double caption_height) const {
        const double w = cairo_image_surface_get_width(board_);
        const double h = cairo_image_surface_get_height(board_);
        double width = kTextWidth;
        double height = h * width / std::max(w, 1.0);
        const double room = kBottom - kTop - caption_height - 8 - kHeadingRoom;
        if (height > room) {
            width *= room / height;
            height = room;
        }
        return {width, height};
    }

    // How much of the next block must follow a heading on its page.
    double opening_height() const {
        if (next_ == nullptr) return 0;
        if (std::holds_alternative<Table>(*next_)) return 90;
        if (std::holds_alternative<BoardFigure>(*next_)) {
            return board_ == nullptr ? 20 : figure_size(20).second + 30;
        }
        if (std::holds_alternative<PageBreak>(*next_)) return 0;
        return 3 * kBodySize * 1.4;
    }

    PdfOp& op(PdfOpKind kind) {
        pages_.ops.emplace_back();
        pages_.ops.back().kind = kind;
        return pages_.ops.back();
    }
    void begin_tag(const std::string& name) { op(PdfOpKind::begin_tag).name = name; }
    void end_tag(const std::string& name) { op(PdfOpKind::end_tag).name = name; }
    void text_op(std::size_t t, std::size_t first, std::size_t count, double x, double y) {
        PdfOp& text = op(PdfOpKind::text);
        text.text = t;
        text.first_line = first;
        text.line_count = count;
        text.x = x;
        text.y = y;
    }

    bool at_top() const { return y_ <= kTop + 0.01; }
    void new_page() {
        op(PdfOpKind::end_page);
        ++pages_.page_count;
        y_ = kTop;
    }
    void need(double height) {
        if (y_ + height > kBottom && !at_top()) new_page();
    }
    void space(double points) {
        if (!at_top()) y_ += points;
    }

    double text_height(std::size_t t, std::size_t first, std::size_t end) const {
        const auto& lines = pages_.texts[t].lines;
        if (end <= first) return 0;
        return lines[end - 1].top + lines[end - 1].height - lines[first].top;
    }

    // The user's text is set as plain text, never as markup: nothing typed can change the
    // look of the page. Emphasis comes from attributes over byte ranges.
    std::size_t make_text(const std::string& text, PangoAttrList* attrs, const Style& style,
                          double width) {
        LayoutPtr layout(pango_layout_new(context_));
        PangoFontDescription* font = pango_font_description_new();
        pango_font_description_set_family(font, kPdfFontFamilies);
        pango_font_description_set_size(font, static_cast<int>(style.size * PANGO_SCALE));
        if (style.bold) pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
        if (style.italic) pango_font_description_set_style(font, PANGO_STYLE_ITALIC);
        pango_layout_set_font_description(layout.get(), font);
        pango_font_description_free(font);
        pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
        if (attrs != nullptr) pango_layout_set_attributes(layout.get(), attrs);
        if (width > 0) pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
        pango_layout_set_alignment(layout.get(), style.align);
        // The document's language sets the base direction, so every paragraph, list item and
        // cell starts at the same edge; right-to-left runs inside are still ordered and shaped
        // by Pango's bidi.
        pango_layout_set_auto_dir(layout.get(), FALSE);
        pages_.texts.push_back(PdfText{std::move(layout), {}});
        measure(pages_.texts.size() - 1);
        return pages_.texts.size() - 1;
    }

    void measure(std::size_t t) {
        PdfText& text = pages_.texts[t];
        text.lines.clear();
        PangoLayoutIter* iter = pango_layout_get_iter(text.layout.get());
        do {
            PangoRectangle logical;
            pango_layout_iter_get_line_extents(iter, nullptr, &logical);
            const double baseline = pango_layout_iter_get_baseline(iter);
            text.lines.push_back(
                PdfLine{logical.x / double(PANGO_SCALE), logical.y / double(PANGO_SCALE),
                        logical.height / double(PANGO_SCALE), baseline / double(PANGO_SCALE)});
        } while (pango_layout_iter_next_line(iter));
        pango_layout_iter_free(iter);
    }

    std::size_t make_inlines(const Inlines& spans, double width) {
        std::string text;
        PangoAttrList* attrs = pango_attr_list_new();
        for (const Span& span : spans) {
            const std::size_t start = text.size();
            text += printable_text(span.text);
            if (span.style == Emphasis::none || text.size() == start) continue;
            PangoAttribute* attr = span.style == Emphasis::strong
                                       ? pango_attr_weight_new(PANGO_WEIGHT_BOLD)
                                       : pango_attr_style_new(PANGO_STYLE_ITALIC);
            attr->start_index = static_cast<guint>(start);
            attr->end_index = static_cast<guint>(text.size());
            pango_attr_list_insert(attrs, attr);
        }
        const std::size_t t = make_text(text, attrs, {}, width);
        pango_attr_list_unref(attrs);
        return t;
    }

    // Places a text's lines from the cursor down, carrying on over as many pages as it takes.
    void flow(std::size_t t, double x) {
        const auto& lines = pages_.texts[t].lines;
        std::size_t i = 0;
        while (i < lines.size()) {
            const std::size_t first = i;
            while (i < lines.size() && y_ + text_height(t, first, i + 1) <= kBottom + 0.01) ++i;
            if (i == first) {
                if (!at_top()) {
                    new_page();
                    continue;
                }
                ++i;  // a line taller than a page: place it anyway rather than loop
            }
            text_op(t, first, i - first, x, y_);
            y_ += text_height(t, first, i);
            if (i < lines.size()) new_page();
        }
    }

    struct Grid {
        std::vector<double> x, width;
        std::vector<bool> number;
    };
    Grid table_grid(const Table& table, std::vector<std::vector<std::size_t>>& cells,
                    std::vector<std::size_t>& heads);
    void table_header(const Grid& grid, const std::vector<std::size_t>& heads, bool tagged);
    // Draws one row, or the part of it that fits on this page from each cell's line `from`
    // (moved on past what was drawn); true when some of the row is left for the next page.
    bool table_row_part(const Grid& grid, const std::vector<std::size_t>& row,
                        std::vector<std::size_t>& from);

    double row_height(const std::vector<std::size_t>& row) const {
        double h = 0;
        for (const std::size_t t : row)
            h = std::max(h, text_height(t, 0, pages_.texts[t].lines.size()));
        return h + 2 * kCellPad;
    }

    PangoContext* context_;
    cairo_surface_t* board_;
    const Block* next_ = nullptr;
    PdfPages pages_;
    double y_ = kTop;
};

// Column widths from the cells' natural widths: all of them when they fit, otherwise each
// column keeps at least its heading's width and the rest is shared by how much each wants.
Typesetter::Grid Typesetter::table_grid(const Table& table,
                                        std::vector<std::vector<std::size_t>>& cells,
                                        std::vector<std::size_t>& heads) {
    std::size_t columns = table.header.size();
    for (const auto& row : table.rows) columns = std::max(columns, row.size());
    Grid grid;
    grid.number.assign(columns, false);
    if (!table.rows.empty()) {
        for (std::size_t c = 0; c < table.rows[0].size(); ++c)
            grid.number[c] = table.rows[0][c].number;
    }
    std::vector<double> want(columns, 0), least(columns, 0);
    auto natural = [this](std::size_t t) {
        int w = 0;
        pango_layout_get_size(pages_.texts[t].layout.get(), &w, nullptr);
        return w / double(PANGO_SCALE) + 2 * kCellPad;
    };
    // A column should not be narrower than its longest word (a date, a name, a number): the
    // word's share of the text's width is a close enough guess without measuring each word.
    auto longest_word = [&natural](std::size_t t, const std::string& text) {
        std::size_t longest = 0, run = 0;
        for (const char c : text) {
            run = (c == ' ' || c == '\n') ? 0 : run + 1;
            longest = std::max(longest, run);
        }
        if (text.empty()) return 2 * kCellPad;
        const double share = static_cast<double>(longest) / static_cast<double>(text.size());
        return std::min((natural(t) - 2 * kCellPad) * share + 2 * kCellPad, 0.4 * kTextWidth);
    };
    for (std::size_t c = 0; c < columns; ++c) {
        const std::string text =
            c < table.header.size() ? one_line(printable_text(table.header[c])) : "";
        heads.push_back(make_text(text, nullptr, {kTableSize, true}, -1));
        want[c] = natural(heads.back());
        least[c] = longest_word(heads.back(), text);
    }
    for (const auto& row : table.rows) {
        cells.emplace_back();
        for (std::size_t c = 0; c < columns; ++c) {
            const std::string text = c < row.size() ? printable_text(row[c].text) : "";
            cells.back().push_back(make_text(text, nullptr, {kTableSize}, -1));
            want[c] = std::max(want[c], natural(cells.back().back()));
            least[c] = std::max(least[c], longest_word(cells.back().back(), text));
        }
    }
    for (std::size_t c = 0; c < columns; ++c) least[c] = std::min(least[c] + 1, want[c]);
    const double total_want = std::accumulate(want.begin(), want.end(), 0.0);
    const double total_least = std::accumulate(least.begin(), least.end(), 0.0);
    grid.width.resize(columns);
    for (std::size_t c = 0; c < columns; ++c) {
        if (total_want <= kTextWidth) {
            grid.width[c] = want[c] * kTextWidth / std::max(total_want, 1.0);
        } else if (total_least >= kTextWidth) {
            grid.width[c] = least[c] * kTextWidth / total_least;
        } else {
            grid.width[c] = least[c] + (want[c] - least[c]) * (kTextWidth - total_least) /
                                           std::max(total_want - total_least, 1.0);
        }
    }
    double x = kPdfMargin;
    for (std::size_t c = 0; c < columns; ++c) {
        grid.x.push_back(x);
        x += grid.width[c];
    }
    // Now that the widths are known, wrap every cell to its column.
    auto wrap = [this, &grid](std::size_t t, std::size_t c) {
        PangoLayout* layout = pages_.texts[t].layout.get();
        pango_layout_set_width(layout,
                               static_cast<int>((grid.width[c] - 2 * kCellPad) * PANGO_SCALE));
        if (grid.number[c]) pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT);
        measure(t);
    };
    for (std::size_t c = 0; c < columns; ++c) wrap(heads[c], c);
    for (auto& row : cells) {
        for (std::size_t c = 0; c < columns; ++c) wrap(row[c], c);
    }
    return grid;
}

void Typesetter::table_header(const Grid& grid, const std::vector<std::size_t>& heads,
                              bool tagged) {
    const double height = row_height(heads);
    PdfOp& shade = op(PdfOpKind::shade);
    shade.x = kPdfMargin;
    shade.y = y_;
    shade.width = kTextWidth;
    shade.height = height;
    // A header repeated on a later page is drawn again for the eye only: the structure holds
    // the header row once.
    if (tagged) begin_tag("TR");
    for (std::size_t c = 0; c < heads.size(); ++c) {
        if (tagged) begin_tag("TH");
        text_op(heads[c], 0, pages_.texts[heads[c]].lines.size(), grid.x[c] + kCellPad,
                y_ + kCellPad);
        if (tagged) end_tag("TH");
    }
    if (tagged) end_tag("TR");
    y_ += height;
    PdfOp& rule = op(PdfOpKind::rule);
    rule.x = kPdfMargin;
    rule.y = y_;
    rule.width = kTextWidth;
}

bool Typesetter::table_row_part(const Grid& grid, const std::vector<std::size_t>& row,
                                std::vector<std::size_t>& from) {
    const double room = kBottom - y_ - 2 * kCellPad;
    // Each cell's lines from `from` that fit above the bottom margin; at least one line of some
    // cell, so even a line taller than a page is placed rather than looped over.
    std::vector<std::size_t> end(row.size());
    bool any = false;
    for (std::size_t c = 0; c < row.size(); ++c) {
        const std::size_t count = pages_.texts[row[c]].lines.size();
        end[c] = from[c];
        while (end[c] < count && text_height(row[c], from[c], end[c] + 1) <= room + 0.01) ++end[c];
        any |= end[c] > from[c];
    }
    if (!any) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (from[c] < pages_.texts[row[c]].lines.size()) {
                end[c] = from[c] + 1;
                break;
            }
        }
    }
    double height = 0;
    bool rest = false;
    begin_tag("TR");
    for (std::size_t c = 0; c < row.size(); ++c) {
        begin_tag("TD");
        if (end[c] > from[c]) {
            text_op(row[c], from[c], end[c] - from[c], grid.x[c] + kCellPad, y_ + kCellPad);
            height = std::max(height, text_height(row[c], from[c], end[c]));
        }
        end_tag("TD");
        from[c] = end[c];
        rest |= from[c] < pages_.texts[row[c]].lines.size();
    }
    end_tag("TR");
    y_ += height + 2 * kCellPad;
    PdfOp& rule = op(PdfOpKind::rule);
    rule.x = kPdfMargin;
    rule.y = y_;
    rule.width = kTextWidth;
    return rest;
}

void Typesetter::operator()(const Table& table) {
    std::vector<std::vector<std::size_t>> cells;
    std::vector<std::size_t> heads;
    const Grid grid = table_grid(table, cells, heads);
    std::size_t caption = 0;
    double caption_height = 0;
    const bool has_caption = !table.caption.empty();
    if (has_caption) {
        caption = make_text(printable_text(table.caption), nullptr, {kBodySize, true}, kTextWidth);
        caption_height = text_height(caption, 0, pages_.texts[caption].lines.size()) + 4;
    }
    // The caption, the header and the first row stay together.
    need(caption_height + row_height(heads) + (cells.empty() ? 0 : row_height(cells.front())));
    begin_tag("Table");
    if (has_caption) {
        begin_tag("Caption");
        flow(caption, kPdfMargin);
        end_tag("Caption");
        y_ += 4;
    }
    table_header(grid, heads, true);
    const double page_room = kBottom - kTop - row_height(heads);
    for (const auto& row : cells) {
        const double height = row_height(row);
        // A row goes whole onto the next page when it fits there; one taller than a page starts
        // here and goes on under the header of the next, so no line of it is lost.
        if (y_ + height > kBottom && height <= page_room) {
            new_page();
            table_header(grid, heads, false);
        }
        std::vector<std::size_t> from(row.size(), 0);
        while (table_row_part(grid, row, from)) {
            new_page();
            table_header(grid, heads, false);
        }
    }
    end_tag("Table");
    y_ += 12;
}

}  // namespace

PdfPages lay_out_pdf_pages(PangoContext* context, const HarvestDocument& doc,
                           cairo_surface_t* board) {
    Typesetter typesetter(context, board);
    typesetter.begin();
    for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
        typesetter.set_next(i + 1 < doc.blocks.size() ? &doc.blocks[i + 1] : nullptr);
        std::visit(typesetter, doc.blocks[i]);
    }
    return typesetter.finish();
}

}  // namespace hostspace::doc
