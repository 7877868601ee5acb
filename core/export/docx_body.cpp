// word/document.xml: the harvest's blocks as WordprocessingML paragraphs, lists, tables and
// the board picture.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <set>

#include "core/export/docx_parts.hpp"

namespace hostspace::doc {
namespace {

// Which font slot and direction a stretch of text needs. Word picks the font for Arabic,
// Hebrew and Devanagari from the run's complex-script slot, and lays a run out right to left
// only when it says w:rtl, so runs are split where the script changes.
enum class Script { neutral, other, rtl, devanagari };

char32_t decode_at(const std::string& text, std::size_t& i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const int length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = length == 1 ? c : length == 2 ? c & 0x1F : length == 3 ? c & 0x0F : c & 0x07;
    for (int k = 1; k < length && i + k < text.size(); ++k) {
        cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    }
    i += static_cast<std::size_t>(length);
    return cp;
}

Script script_of(char32_t cp) {
    if (cp < 0x80) {
        const bool alnum =
            (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
        return alnum ? Script::other : Script::neutral;
    }
    if ((cp >= 0x0590 && cp <= 0x08FF) || (cp >= 0xFB1D && cp <= 0xFDFF) ||
        (cp >= 0xFE70 && cp <= 0xFEFF) || (cp >= 0x10800 && cp <= 0x10FFF) ||
        (cp >= 0x1E800 && cp <= 0x1EFFF)) {
        return Script::rtl;
    }
    if (cp >= 0x0900 && cp <= 0x097F) return Script::devanagari;
    // General punctuation (dashes, quotes, the invisible direction marks) and no-break space
    // take the direction of the text around them.
    if ((cp >= 0x2000 && cp <= 0x206F) || cp == 0xA0) return Script::neutral;
    return Script::other;
}

// Whether a paragraph reads right to left: its first strong character decides, as HTML's
// dir="auto" does.
bool starts_right_to_left(const Inlines& spans) {
    for (const Span& span : spans) {
        for (std::size_t i = 0; i < span.text.size();) {
            const Script s = script_of(decode_at(span.text, i));
            if (s == Script::rtl) return true;
            if (s != Script::neutral) return false;
        }
    }
    return false;
}

// One run's text: tabs and line breaks are elements of their own in WordprocessingML.
void add_run_text(pugi::xml_node run, const std::string& text) {
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t stop = std::min(text.find_first_of("\t\n", start), text.size());
        if (stop > start) {
            pugi::xml_node t = docx_add(run, "w:t", "xml:space", "preserve");
            t.text().set(text.substr(start, stop - start).c_str());
        }
        if (stop == text.size()) break;
        docx_add(run, text[stop] == '\t' ? "w:tab" : "w:br");
        start = stop + 1;
    }
}

void add_run(pugi::xml_node p, const std::string& text, Emphasis style, Script script) {
    pugi::xml_node run = docx_add(p, "w:r");
    if (style != Emphasis::none || script == Script::rtl || script == Script::devanagari) {
        pugi::xml_node rpr = docx_add(run, "w:rPr");
        if (script == Script::devanagari) {
            pugi::xml_node fonts = docx_add(rpr, "w:rFonts");
            for (const char* slot : {"w:ascii", "w:hAnsi", "w:cs"}) {
                fonts.append_attribute(slot).set_value("Noto Sans Devanagari");
            }
        }
        if (style == Emphasis::strong) {
            docx_add(rpr, "w:b");
            docx_add(rpr, "w:bCs");
        }
        if (style == Emphasis::emphasis) {
            docx_add(rpr, "w:i");
            docx_add(rpr, "w:iCs");
        }
        if (script == Script::rtl) docx_add(rpr, "w:rtl");
        if (script == Script::devanagari) docx_add(rpr, "w:cs");
    }
    add_run_text(run, text);
}

// Typed text as runs, split where the script changes; neutral characters stay with the run
// they follow.
void add_text_runs(pugi::xml_node p, const std::string& raw, Emphasis style) {
    const std::string text = docx_text(raw);
    std::size_t segment = 0;
    Script script = Script::neutral;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t at = i;
        const Script s = script_of(decode_at(text, i));
        if (s == Script::neutral || s == script) continue;
        if (script == Script::neutral) {
            script = s;  // leading neutrals join the first strong run
            continue;
        }
        add_run(p, text.substr(segment, at - segment), style, script);
        segment = at;
        script = s;
    }
    if (segment < text.size()) add_run(p, text.substr(segment), style, script);
}

struct ParagraphStyle {
    const char* style = nullptr;
    bool keep_next = false;
    int num_id = 0;  // 0: not in a list
    bool bidi = false;
    bool right = false;
};

// Keeps a bookmark name within Word's rules: a letter first, letters, digits and underscores,
// at most 40 characters, unique in the document.
std::string bookmark_name(const std::string& anchor, std::set<std::string>& used) {
    std::string name = "h_";
    for (const char c : anchor) {
        const bool ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        name += ok ? c : '_';
    }
    name.resize(std::min<std::size_t>(name.size(), 34));
    const std::string stem = name;
    for (int n = 2; used.count(name) > 0; ++n) name = stem + "_" + std::to_string(n);
    used.insert(name);
    return name;
}

struct BodyWriter {
    BodyWriter(pugi::xml_node body_node, const PngSize* board) : body(body_node), picture(board) {}

    pugi::xml_node body;
    const PngSize* picture;
    bool page_break_pending = false;
    int ordered_lists = 0;
    int bookmark_id = 0;
    int picture_id = 0;
    std::set<std::string> bookmarks;

    // A paragraph with its properties in the order the schema requires. A page break asked
    // for by the model goes on the next paragraph of the body.
    pugi::xml_node paragraph(pugi::xml_node parent, const ParagraphStyle& props) {
        const bool page_break = page_break_pending && parent == body;
        if (page_break) page_break_pending = false;
        pugi::xml_node p = docx_add(parent, "w:p");
        pugi::xml_node ppr = docx_add(p, "w:pPr");
        if (props.style != nullptr) docx_val(ppr, "w:pStyle", props.style);
        if (props.keep_next) docx_add(ppr, "w:keepNext");
        if (page_break) docx_add(ppr, "w:pageBreakBefore");
        if (props.num_id > 0) {
            pugi::xml_node num = docx_add(ppr, "w:numPr");
            docx_val(num, "w:ilvl", "0");
            docx_val(num, "w:numId", std::to_string(props.num_id));
        }
        if (props.bidi) docx_add(ppr, "w:bidi");
        if (props.right) docx_val(ppr, "w:jc", "right");
        if (ppr.first_child().empty()) p.remove_child(ppr);
        return p;
    }

    void inlines(pugi::xml_node p, const Inlines& spans) {
        for (const Span& span : spans) add_text_runs(p, span.text, span.style);
    }

    void operator()(const Heading& h) {
        const int level = h.level < 1 ? 1 : h.level > 3 ? 3 : h.level;
        const std::string style = "Heading" + std::to_string(level);
        const Inlines text{Span{h.text}};
        pugi::xml_node p = paragraph(body, {style.c_str(), false, 0, starts_right_to_left(text)});
        // A bookmark per heading: cross-references and a table of contents can point at it.
        const std::string id = std::to_string(bookmark_id++);
        pugi::xml_node start = docx_add(p, "w:bookmarkStart", "w:id", id);
        start.append_attribute("w:name").set_value(bookmark_name(h.anchor, bookmarks).c_str());
        inlines(p, text);
        docx_add(p, "w:bookmarkEnd", "w:id", id);
    }
    void operator()(const Paragraph& para) {
        bool empty = true;
        for (const Span& span : para.spans) empty = empty && span.text.empty();
        if (empty) return;
        inlines(paragraph(body, {nullptr, false, 0, starts_right_to_left(para.spans)}), para.spans);
    }
    void operator()(const List& list) {
        // Bullets share numbering instance 1; each ordered list has its own, restarting at 1.
        const int num_id = list.ordered ? 2 + ordered_lists++ : 1;
        for (const Inlines& item : list.items) {
            inlines(paragraph(body, {"ListParagraph", false, num_id, starts_right_to_left(item)}),
                    item);
        }
    }
    void operator()(const Table& table);
    void operator()(const BoardFigure& figure);
    void operator()(const PageBreak&) { page_break_pending = true; }

    void cell(pugi::xml_node row, const std::string& text, bool number, bool header, int width);
};

void BodyWriter::cell(pugi::xml_node row, const std::string& text, bool number, bool header,
                      int width) {
    pugi::xml_node tc = docx_add(row, "w:tc");
    pugi::xml_node tcpr = docx_add(tc, "w:tcPr");
    pugi::xml_node w = docx_add(tcpr, "w:tcW", "w:w", std::to_string(width));
    w.append_attribute("w:type").set_value("dxa");
    if (header) {
        pugi::xml_node shd = docx_val(tcpr, "w:shd", "clear");
        shd.append_attribute("w:color").set_value("auto");
        shd.append_attribute("w:fill").set_value("ECECEC");
    }
    const Inlines spans{Span{text, header ? Emphasis::strong : Emphasis::none}};
    const bool bidi = !number && starts_right_to_left(spans);
    inlines(paragraph(tc, {"TableText", false, 0, bidi, number}), spans);
}

void BodyWriter::operator()(const Table& table) {
    std::size_t columns = table.header.size();
    for (const auto& row : table.rows) columns = std::max(columns, row.size());
    if (columns == 0) return;
    if (!table.caption.empty()) {
        // Before the table and kept with it, as a caption in Word's own "Caption" style.
        inlines(paragraph(body, {"Caption", true, 0, starts_right_to_left({Span{table.caption}})}),
                Inlines{Span{table.caption}});
    } else if (page_break_pending) {
        paragraph(body, {});  // a table cannot carry the page break itself
    }
    const int width = kDocxTextWidth / static_cast<int>(columns);
    pugi::xml_node tbl = docx_add(body, "w:tbl");
    pugi::xml_node tblpr = docx_add(tbl, "w:tblPr");
    docx_val(tblpr, "w:tblStyle", "TableGrid");
    pugi::xml_node tblw = docx_add(tblpr, "w:tblW", "w:w", "5000");
    tblw.append_attribute("w:type").set_value("pct");
    // The grid lines are on the table as well as in its style, for readers that ignore styles.
    pugi::xml_node borders = docx_add(tblpr, "w:tblBorders");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
        pugi::xml_node b = docx_val(borders, side, "single");
        b.append_attribute("w:sz").set_value("4");
        b.append_attribute("w:space").set_value("0");
        b.append_attribute("w:color").set_value("6B6B6B");
    }
    pugi::xml_node look = docx_val(tblpr, "w:tblLook", "04A0");
    look.append_attribute("w:firstRow").set_value("1");
    look.append_attribute("w:lastRow").set_value("0");
    look.append_attribute("w:firstColumn").set_value("0");
    look.append_attribute("w:lastColumn").set_value("0");
    look.append_attribute("w:noHBand").set_value("1");
    look.append_attribute("w:noVBand").set_value("1");
    // Word 2010's alt text for tables: screen readers announce it.
    if (!table.caption.empty()) docx_val(tblpr, "w:tblCaption", docx_text(table.caption));
    pugi::xml_node grid = docx_add(tbl, "w:tblGrid");
    for (std::size_t c = 0; c < columns; ++c)
        docx_add(grid, "w:gridCol", "w:w", std::to_string(width));

    if (!table.header.empty()) {
        pugi::xml_node tr = docx_add(tbl, "w:tr");
        pugi::xml_node trpr = docx_add(tr, "w:trPr");
        docx_add(trpr, "w:cantSplit");
        docx_add(trpr, "w:tblHeader");  // repeated at the top of every page the table spans
        for (std::size_t c = 0; c < columns; ++c) {
            cell(tr, c < table.header.size() ? table.header[c] : "", false, true, width);
        }
    }
    for (const auto& row : table.rows) {
        pugi::xml_node tr = docx_add(tbl, "w:tr");
        docx_add(docx_add(tr, "w:trPr"), "w:cantSplit");
        for (std::size_t c = 0; c < columns; ++c) {
            const Cell empty;
            const Cell& data = c < row.size() ? row[c] : empty;
            cell(tr, data.text, data.number, false, width);
        }
    }
}

void BodyWriter::operator()(const BoardFigure& figure) {
    const Inlines caption{Span{figure.caption}};
    if (picture != nullptr) {
        // As wide as the text, keeping the picture's shape; a very tall board is scaled down
        // to leave room on the page for its caption. Sizes in EMU (635 per twip).
        constexpr std::int64_t kEmuPerTwip = 635;
        const std::int64_t max_w = kDocxTextWidth * kEmuPerTwip;
        const std::int64_t max_h = (kDocxTextHeight - 1440) * kEmuPerTwip;
        std::int64_t cx = max_w;
        std::int64_t cy = cx * picture->height / picture->width;
        if (cy > max_h) {
            cx = max_h * picture->width / picture->height;
            cy = max_h;
        }
        const std::string id = std::to_string(++picture_id);
        const std::string alt = docx_text(figure.alt);
        pugi::xml_node p = paragraph(body, {nullptr, true, 0, false});
        pugi::xml_node inl = docx_add(docx_add(docx_add(p, "w:r"), "w:drawing"), "wp:inline");
        for (const char* side : {"distT", "distB", "distL", "distR"}) {
            inl.append_attribute(side).set_value("0");
        }
        pugi::xml_node extent = docx_add(inl, "wp:extent", "cx", std::to_string(cx));
        extent.append_attribute("cy").set_value(std::to_string(cy).c_str());
        pugi::xml_node effect = docx_add(inl, "wp:effectExtent", "l", "0");
        for (const char* side : {"t", "r", "b"}) effect.append_attribute(side).set_value("0");
        // The alt text screen readers read; the title is the caption.
        pugi::xml_node pr = docx_add(inl, "wp:docPr", "id", id);
        pr.append_attribute("name").set_value(("Board picture " + id).c_str());
        pr.append_attribute("descr").set_value(alt.c_str());
        pr.append_attribute("title").set_value(docx_text(figure.caption).c_str());
        docx_add(docx_add(inl, "wp:cNvGraphicFramePr"), "a:graphicFrameLocks", "noChangeAspect",
                 "1");
        pugi::xml_node data = docx_add(docx_add(inl, "a:graphic"), "a:graphicData", "uri",
                                       "http://schemas.openxmlformats.org/drawingml/2006/picture");
        pugi::xml_node pic = docx_add(data, "pic:pic");
        pugi::xml_node nv = docx_add(pic, "pic:nvPicPr");
        pugi::xml_node cnv = docx_add(nv, "pic:cNvPr", "id", id);
        cnv.append_attribute("name").set_value("board.png");
        cnv.append_attribute("descr").set_value(alt.c_str());
        docx_add(nv, "pic:cNvPicPr");
        pugi::xml_node fill = docx_add(pic, "pic:blipFill");
        docx_add(fill, "a:blip", "r:embed", kDocxPictureRel);
        docx_add(docx_add(fill, "a:stretch"), "a:fillRect");
        pugi::xml_node sppr = docx_add(pic, "pic:spPr");
        pugi::xml_node xfrm = docx_add(sppr, "a:xfrm");
        pugi::xml_node off = docx_add(xfrm, "a:off", "x", "0");
        off.append_attribute("y").set_value("0");
        pugi::xml_node ext = docx_add(xfrm, "a:ext", "cx", std::to_string(cx));
        ext.append_attribute("cy").set_value(std::to_string(cy).c_str());
        docx_add(docx_add(sppr, "a:prstGeom", "prst", "rect"), "a:avLst");
    }
    inlines(paragraph(body, {"Caption", false, 0, starts_right_to_left(caption)}), caption);
}

}  // namespace

DocxBody docx_document_xml(const HarvestDocument& doc, const PngSize* picture) {
    pugi::xml_document xml;
    pugi::xml_node root = docx_root(xml, "w:document");
    root.append_attribute("xmlns:wp")
        .set_value("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
    root.append_attribute("xmlns:a").set_value(
        "http://schemas.openxmlformats.org/drawingml/2006/main");
    root.append_attribute("xmlns:pic")
        .set_value("http://schemas.openxmlformats.org/drawingml/2006/picture");
    BodyWriter writer(docx_add(root, "w:body"), picture);
    for (const Block& block : doc.blocks) std::visit(writer, block);

    pugi::xml_node sect = docx_add(writer.body, "w:sectPr");
    pugi::xml_node size = docx_add(sect, "w:pgSz", "w:w", std::to_string(kDocxPageWidth));
    size.append_attribute("w:h").set_value(std::to_string(kDocxPageHeight).c_str());
    const std::string margin = std::to_string(kDocxMargin);
    pugi::xml_node mar = docx_add(sect, "w:pgMar", "w:top", margin);
    for (const char* side : {"w:right", "w:bottom", "w:left"}) {
        mar.append_attribute(side).set_value(margin.c_str());
    }
    for (const char* side : {"w:header", "w:footer"}) mar.append_attribute(side).set_value("567");
    mar.append_attribute("w:gutter").set_value("0");
    return DocxBody{docx_xml_string(xml), writer.ordered_lists};
}

}  // namespace hostspace::doc
