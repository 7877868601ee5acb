#pragma once
// The PDF's typesetting, done once before anything is drawn: the blocks become a list of page
// operations (tags, lines of text, the picture, shading, outline entries, page ends). Laying
// out first lets the writer know the page count for "Page N of M" while drawing only once, and
// keeps every page decision (breaks, repeated table headers) in one place.
#include <cairo.h>
#include <pango/pango.h>

#include <memory>
#include <string>
#include <vector>

#include "core/export/harvest_document.hpp"

namespace hostspace::doc {

// A4 in points, with 20 mm margins.
constexpr double kPdfPageWidth = 595.2756;
constexpr double kPdfPageHeight = 841.8898;
constexpr double kPdfMargin = 56.6929;

struct GObjectUnref {
    void operator()(void* object) const;
};
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectUnref>;

// One line of a layout, in points from the layout's top-left corner.
struct PdfLine {
    double x = 0;  // where the line starts (alignment, right-to-left text)
    double top = 0;
    double height = 0;
    double baseline = 0;
};

struct PdfText {
    LayoutPtr layout;
    std::vector<PdfLine> lines;
};

enum class PdfOpKind { begin_tag, end_tag, text, image, shade, rule, outline, end_page };

struct PdfOp {
    PdfOpKind kind = PdfOpKind::text;
    std::string name;      // tag name, or the outline entry's text
    std::size_t text = 0;  // index into PdfPages::texts
    std::size_t first_line = 0, line_count = 0;
    double x = 0, y = 0, width = 0, height = 0;  // where, on the page (points, y down)
    int level = 0;                               // outline: 2 or 3
};

struct PdfPages {
    std::vector<PdfText> texts;
    std::vector<PdfOp> ops;
    int page_count = 1;
};

// The font families every text uses: Pango picks, glyph by glyph, the first that has it.
extern const char* const kPdfFontFamilies;

// Lays out the blocks on A4 pages. `board` is the decoded board picture (nullptr: the figure
// keeps only its caption). `context` must be set to 72 dpi so that one unit is one point.
PdfPages lay_out_pdf_pages(PangoContext* context, const HarvestDocument& doc,
                           cairo_surface_t* board);

}  // namespace hostspace::doc
