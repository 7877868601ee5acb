// qpdf 11 asks each user to say it needs no PointerHolder (its old smart pointer).
#define POINTERHOLDER_TRANSITION 4
#include "core/export/pdf_writer.hpp"

#include <cairo-pdf.h>
#include <locale.h>
#include <pango/pangocairo.h>

#include <cstdio>
#include <cstring>
#include <memory>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include "core/export/pdf_layout.hpp"
#include "core/export/printable_text.hpp"
#include "core/util/error.hpp"

namespace hostspace::doc {
namespace {

// Cairo 1.16 reads tag attributes (the outline's "pos=[x y]") with the C library's strtod:
// under a comma-decimal locale they break. This thread uses the C numeric rules while Cairo
// runs and gets its own locale back afterwards, whatever happens.
class NumericLocaleC {
  public:
    NumericLocaleC() {
        locale_t base = duplocale(uselocale(static_cast<locale_t>(0)));
        if (base != static_cast<locale_t>(0)) c_ = newlocale(LC_NUMERIC_MASK, "C", base);
        if (c_ == static_cast<locale_t>(0)) {
            if (base != static_cast<locale_t>(0)) freelocale(base);
            throw Error("PDF: cannot switch to the C numeric locale");
        }
        previous_ = uselocale(c_);
    }
    ~NumericLocaleC() {
        uselocale(previous_);
        freelocale(c_);
    }
    NumericLocaleC(const NumericLocaleC&) = delete;
    NumericLocaleC& operator=(const NumericLocaleC&) = delete;

  private:
    locale_t c_ = static_cast<locale_t>(0);
    locale_t previous_ = static_cast<locale_t>(0);
};

struct SurfaceDestroy {
    void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct CairoDestroy {
    void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};
using SurfacePtr = std::unique_ptr<cairo_surface_t, SurfaceDestroy>;
using CairoPtr = std::unique_ptr<cairo_t, CairoDestroy>;

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

struct PngReader {
    const std::string& png;
    std::size_t at = 0;
};
cairo_status_t read_from_string(void* closure, unsigned char* data, unsigned int length) {
    auto* reader = static_cast<PngReader*>(closure);
    if (reader->png.size() - reader->at < length) return CAIRO_STATUS_READ_ERROR;
    std::memcpy(data, reader->png.data() + reader->at, length);
    reader->at += length;
    return CAIRO_STATUS_SUCCESS;
}

SurfacePtr decode_board(const std::string& png) {
    if (png.empty()) return nullptr;
    PngReader reader{png};
    SurfacePtr image(cairo_image_surface_create_from_png_stream(read_from_string, &reader));
    const cairo_status_t status = cairo_surface_status(image.get());
    if (status != CAIRO_STATUS_SUCCESS) {
        throw Error(std::string("PDF: the board picture is not a readable PNG (") +
                    cairo_status_to_string(status) + ")");
    }
    return image;
}

// "2026-11-26" -> "2026-11-26T00:00:00Z"; anything else -> "" (no date at all rather than a
// clock reading: the same session always gives the same bytes).
std::string pdf_date(const std::string& date) {
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') return "";
    for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (date[i] < '0' || date[i] > '9') return "";
    }
    return date + "T00:00:00Z";
}

void draw_footer(cairo_t* cr, PangoContext* context, int page, int pages) {
    LayoutPtr layout(pango_layout_new(context));
    PangoFontDescription* font = pango_font_description_new();
    pango_font_description_set_family(font, kPdfFontFamilies);
    pango_font_description_set_size(font, 9 * PANGO_SCALE);
    pango_layout_set_font_description(layout.get(), font);
    pango_font_description_free(font);
    const std::string text = "Page " + std::to_string(page) + " of " + std::to_string(pages);
    pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
    int width = 0;
    pango_layout_get_size(layout.get(), &width, nullptr);
    cairo_set_source_rgb(cr, 0.27, 0.27, 0.27);
    cairo_move_to(cr, (kPdfPageWidth - width / double(PANGO_SCALE)) / 2,
                  kPdfPageHeight - kPdfMargin / 2 - 6);
    pango_cairo_show_layout(cr, layout.get());
}

void draw_text(cairo_t* cr, const PdfText& text, const PdfOp& op) {
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    const double top = text.lines[op.first_line].top;
    for (std::size_t i = op.first_line; i < op.first_line + op.line_count; ++i) {
        const PdfLine& line = text.lines[i];
        cairo_move_to(cr, op.x + line.x, op.y + line.baseline - top);
        pango_cairo_show_layout_line(
            cr, pango_layout_get_line_readonly(text.layout.get(), static_cast<int>(i)));
    }
}

void draw_image(cairo_t* cr, cairo_surface_t* image, const PdfOp& op) {
    cairo_save(cr);
    cairo_translate(cr, op.x, op.y);
    cairo_scale(cr, op.width / cairo_image_surface_get_width(image),
                op.height / cairo_image_surface_get_height(image));
    cairo_set_source_surface(cr, image, 0, 0);
    cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
    cairo_paint(cr);
    cairo_restore(cr);
}

// Outline entries link to the page already drawn: Cairo 1.16 mishandles links to later pages.
// Each page's footer is drawn first: Cairo 1.16 fails with a tag error at cairo_show_page when
// a page's first drawing is inside a structure element begun on that page (a page starting
// with a new figure, say); drawing something before the page's first tag avoids it.
void draw_pages(cairo_t* cr, cairo_surface_t* surface, PangoContext* context, const PdfPages& pages,
                cairo_surface_t* board) {
    int page = 1;
    int parent = CAIRO_PDF_OUTLINE_ROOT;
    draw_footer(cr, context, page, pages.page_count);
    for (const PdfOp& op : pages.ops) {
        switch (op.kind) {
            case PdfOpKind::begin_tag:
                cairo_tag_begin(cr, op.name.c_str(), "");
                break;
            case PdfOpKind::end_tag:
                cairo_tag_end(cr, op.name.c_str());
                break;
            case PdfOpKind::text:
                draw_text(cr, pages.texts[op.text], op);
                break;
            case PdfOpKind::image:
                draw_image(cr, board, op);
                break;
            case PdfOpKind::shade:
                cairo_set_source_rgb(cr, 0.91, 0.91, 0.91);
                cairo_rectangle(cr, op.x, op.y, op.width, op.height);
                cairo_fill(cr);
                break;
            case PdfOpKind::rule:
                cairo_set_source_rgb(cr, 0.45, 0.45, 0.45);
                cairo_set_line_width(cr, 0.5);
                cairo_move_to(cr, op.x, op.y);
                cairo_line_to(cr, op.x + op.width, op.y);
                cairo_stroke(cr);
                break;
            case PdfOpKind::outline: {
                const std::string link = "page=" + std::to_string(page) + " pos=[" +
                                         std::to_string(static_cast<int>(op.x)) + " " +
                                         std::to_string(static_cast<int>(op.y)) + "]";
                const int id = cairo_pdf_surface_add_outline(
                    surface, op.level == 2 ? CAIRO_PDF_OUTLINE_ROOT : parent, op.name.c_str(),
                    link.c_str(), static_cast<cairo_pdf_outline_flags_t>(0));
                if (op.level == 2) parent = id;
                break;
            }
            case PdfOpKind::end_page:
                cairo_show_page(cr);
                ++page;
                if (page <= pages.page_count) draw_footer(cr, context, page, pages.page_count);
                break;
        }
    }
}

std::string typeset(const HarvestDocument& doc, cairo_surface_t* board) {
    const NumericLocaleC numeric_c;
    std::string pdf;
    SurfacePtr surface(
        cairo_pdf_surface_create_for_stream(append_to_string, &pdf, kPdfPageWidth, kPdfPageHeight));
    const std::string title = printable_text(doc.title);
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.c_str());
    const std::string author = printable_text(doc.author);
    if (!author.empty()) {
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_AUTHOR, author.c_str());
    }
    const std::string date = pdf_date(doc.date);
    if (!date.empty()) {
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE, date.c_str());
    }
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "hostspace");
    CairoPtr cr(cairo_create(surface.get()));

    // One context for measuring and drawing, at 72 dpi so that a Pango point is a PDF point,
    // with unrounded glyph positions: the page is not a pixel grid.
    std::unique_ptr<PangoContext, GObjectUnref> context(pango_cairo_create_context(cr.get()));
    pango_cairo_context_set_resolution(context.get(), 72);
    pango_context_set_round_glyph_positions(context.get(), FALSE);

    const PdfPages pages = lay_out_pdf_pages(context.get(), doc, board);
    draw_pages(cr.get(), surface.get(), context.get(), pages, board);

    // Tag nesting errors are reported here, as the cairo_t's or the surface's status.
    cairo_status_t status = cairo_status(cr.get());
    cr.reset();
    cairo_surface_finish(surface.get());
    if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(surface.get());
    if (status != CAIRO_STATUS_SUCCESS) {
        throw Error(std::string("PDF: Cairo could not write the document (") +
                    cairo_status_to_string(status) + ")");
    }
    return pdf;
}

void add_figure_alt(QPDFObjectHandle node, const std::vector<std::string>& alts, std::size_t& next,
                    int depth) {
    if (depth > 64) return;
    if (node.isArray()) {
        for (auto item : node.aitems()) add_figure_alt(item, alts, next, depth + 1);
        return;
    }
    if (!node.isDictionary()) return;
    if (node.getKey("/S").isNameAndEquals("/Figure") && next < alts.size()) {
        node.replaceKey("/Alt", QPDFObjectHandle::newUnicodeString(alts[next++]));
    }
    add_figure_alt(node.getKey("/K"), alts, next, depth + 1);
}

// What Cairo 1.16 cannot write and an accessible PDF needs: the document's language, the
// title shown instead of the file name, and each figure's text alternative.
std::string finish_catalog(const std::string& pdf, const std::string& language,
                           const std::vector<std::string>& alts) {
    try {
        QPDF qpdf;
        qpdf.setSuppressWarnings(true);
        qpdf.processMemoryFile("harvest.pdf", pdf.data(), pdf.size());
        QPDFObjectHandle root = qpdf.getRoot();
        if (!language.empty())
            root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(language));
        QPDFObjectHandle preferences = QPDFObjectHandle::newDictionary();
        preferences.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
        root.replaceKey("/ViewerPreferences", preferences);
        std::size_t next = 0;
        add_figure_alt(root.getKey("/StructTreeRoot").getKey("/K"), alts, next, 0);

        QPDFWriter writer(qpdf);
        writer.setOutputMemory();
        writer.setDeterministicID(true);
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
    } catch (const std::exception& e) {
        throw Error(std::string("PDF: qpdf could not add the language and title settings: ") +
                    e.what());
    }
}

}  // namespace

std::string render_harvest_pdf(const HarvestDocument& doc, const std::string& board_png) {
    const SurfacePtr board = decode_board(board_png);
    std::vector<std::string> alts;
    if (board) {
        for (const Block& block : doc.blocks) {
            if (const auto* figure = std::get_if<BoardFigure>(&block)) {
                alts.push_back(printable_text(figure->alt));
            }
        }
    }
    return finish_catalog(typeset(doc, board.get()), doc.language, alts);
}

}  // namespace hostspace::doc
