// word/styles.xml, word/numbering.xml and word/settings.xml: the look of the Word file and the
// language and fonts that make every script show.
#include <initializer_list>

#include "core/export/docx_parts.hpp"

namespace hostspace::doc {
namespace {

// Fonts from fonts-noto-*: Latin, then the slots Word uses for CJK (eastAsia) and for
// right-to-left and other complex scripts (cs); Devanagari runs name their own font.
constexpr const char* kLatinFont = "Noto Sans";
constexpr const char* kEastAsiaFont = "Noto Sans CJK SC";
constexpr const char* kComplexFont = "Noto Sans Arabic";

struct StyleSpec {
    const char* type;
    const char* id;
    const char* name;  // Word's own names for built-in styles ("heading 1"), so Word knows them
    const char* based_on;
    int ui_priority;  // -1: none
    bool quick;       // in the styles gallery
};

pugi::xml_node add_style(pugi::xml_node styles, const StyleSpec& spec, bool is_default = false) {
    pugi::xml_node style = docx_add(styles, "w:style", "w:type", spec.type);
    if (is_default) style.append_attribute("w:default").set_value("1");
    style.append_attribute("w:styleId").set_value(spec.id);
    docx_val(style, "w:name", spec.name);
    if (spec.based_on != nullptr) docx_val(style, "w:basedOn", spec.based_on);
    if (std::string(spec.type) == "paragraph" && std::string(spec.id) != "Normal") {
        docx_val(style, "w:next", "Normal");
    }
    if (spec.ui_priority >= 0) docx_val(style, "w:uiPriority", std::to_string(spec.ui_priority));
    if (spec.quick) docx_add(style, "w:qFormat");
    return style;
}

void spacing(pugi::xml_node ppr, int before, int after) {
    pugi::xml_node s = docx_add(ppr, "w:spacing", "w:before", std::to_string(before));
    s.append_attribute("w:after").set_value(std::to_string(after).c_str());
}

// Size in half-points, for the Latin and the complex-script slots alike.
void size(pugi::xml_node rpr, int half_points) {
    docx_val(rpr, "w:sz", std::to_string(half_points));
    docx_val(rpr, "w:szCs", std::to_string(half_points));
}

void borders(pugi::xml_node parent) {
    pugi::xml_node b = docx_add(parent, "w:tblBorders");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
        pugi::xml_node line = docx_val(b, side, "single");
        line.append_attribute("w:sz").set_value("4");
        line.append_attribute("w:space").set_value("0");
        line.append_attribute("w:color").set_value("6B6B6B");
    }
}

void add_defaults(pugi::xml_node styles, const std::string& language) {
    pugi::xml_node defaults = docx_add(styles, "w:docDefaults");
    pugi::xml_node rpr = docx_add(docx_add(defaults, "w:rPrDefault"), "w:rPr");
    pugi::xml_node fonts = docx_add(rpr, "w:rFonts", "w:ascii", kLatinFont);
    fonts.append_attribute("w:hAnsi").set_value(kLatinFont);
    fonts.append_attribute("w:eastAsia").set_value(kEastAsiaFont);
    fonts.append_attribute("w:cs").set_value(kComplexFont);
    size(rpr, 22);
    pugi::xml_node lang = docx_val(rpr, "w:lang", language);
    lang.append_attribute("w:eastAsia").set_value("zh-CN");
    lang.append_attribute("w:bidi").set_value("ar-SA");
    pugi::xml_node ppr = docx_add(docx_add(defaults, "w:pPrDefault"), "w:pPr");
    pugi::xml_node s = docx_add(ppr, "w:spacing", "w:after", "120");
    s.append_attribute("w:line").set_value("276");
    s.append_attribute("w:lineRule").set_value("auto");
}

void add_headings(pugi::xml_node styles) {
    pugi::xml_node title = add_style(styles, {"paragraph", "Title", "Title", "Normal", 10, true});
    spacing(docx_add(title, "w:pPr"), 0, 240);
    size(docx_add(title, "w:rPr"), 52);

    // outlineLvl makes the navigation pane and a table of contents see the headings.
    const struct {
        const char* id;
        const char* name;
        int before, after, half_points;
    } headings[] = {{"Heading1", "heading 1", 0, 240, 36},
                    {"Heading2", "heading 2", 360, 120, 30},
                    {"Heading3", "heading 3", 240, 80, 25}};
    int level = 0;
    for (const auto& h : headings) {
        pugi::xml_node style = add_style(styles, {"paragraph", h.id, h.name, "Normal", 9, true});
        pugi::xml_node ppr = docx_add(style, "w:pPr");
        docx_add(ppr, "w:keepNext");
        docx_add(ppr, "w:keepLines");
        spacing(ppr, h.before, h.after);
        docx_val(ppr, "w:outlineLvl", std::to_string(level++));
        pugi::xml_node rpr = docx_add(style, "w:rPr");
        docx_add(rpr, "w:b");
        docx_add(rpr, "w:bCs");
        size(rpr, h.half_points);
    }
}

void add_body_styles(pugi::xml_node styles) {
    pugi::xml_node caption =
        add_style(styles, {"paragraph", "Caption", "caption", "Normal", 35, true});
    spacing(docx_add(caption, "w:pPr"), 120, 80);
    pugi::xml_node rpr = docx_add(caption, "w:rPr");
    docx_add(rpr, "w:i");
    docx_add(rpr, "w:iCs");
    docx_val(rpr, "w:color", "3A3A3A");  // 11:1 on white
    size(rpr, 20);

    pugi::xml_node list =
        add_style(styles, {"paragraph", "ListParagraph", "List Paragraph", "Normal", 34, true});
    pugi::xml_node lppr = docx_add(list, "w:pPr");
    spacing(lppr, 0, 60);
    docx_add(lppr, "w:ind", "w:left", "720");

    pugi::xml_node cell =
        add_style(styles, {"paragraph", "TableText", "Table Text", "Normal", -1, false});
    spacing(docx_add(cell, "w:pPr"), 40, 40);

    pugi::xml_node grid =
        add_style(styles, {"table", "TableGrid", "Table Grid", "TableNormal", 39, false});
    pugi::xml_node tblpr = docx_add(grid, "w:tblPr");
    borders(tblpr);
}

}  // namespace

std::string docx_styles_xml(const std::string& language) {
    pugi::xml_document xml;
    pugi::xml_node styles = docx_root(xml, "w:styles");
    add_defaults(styles, language);
    add_style(styles, {"paragraph", "Normal", "Normal", nullptr, -1, true}, true);
    pugi::xml_node font = add_style(
        styles, {"character", "DefaultParagraphFont", "Default Paragraph Font", nullptr, 1, false},
        true);
    docx_add(font, "w:semiHidden");
    pugi::xml_node table =
        add_style(styles, {"table", "TableNormal", "Normal Table", nullptr, 99, false}, true);
    pugi::xml_node mar = docx_add(docx_add(table, "w:tblPr"), "w:tblCellMar");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) {
        const bool edge = std::string(side) == "w:left" || std::string(side) == "w:right";
        pugi::xml_node m = docx_add(mar, side, "w:w", edge ? "108" : "0");
        m.append_attribute("w:type").set_value("dxa");
    }
    add_style(styles, {"numbering", "NoList", "No List", nullptr, 99, false}, true);
    add_headings(styles);
    add_body_styles(styles);
    return docx_xml_string(xml);
}

std::string docx_numbering_xml(int ordered_lists) {
    pugi::xml_document xml;
    pugi::xml_node numbering = docx_root(xml, "w:numbering");
    // Definition 0: bullets; definition 1: 1. 2. 3.
    const struct {
        const char* format;
        const char* text;
    } kinds[] = {{"bullet", "\xE2\x80\xA2"}, {"decimal", "%1."}};
    int id = 0;
    for (const auto& kind : kinds) {
        pugi::xml_node abstract =
            docx_add(numbering, "w:abstractNum", "w:abstractNumId", std::to_string(id++));
        docx_val(abstract, "w:multiLevelType", "singleLevel");
        pugi::xml_node lvl = docx_add(abstract, "w:lvl", "w:ilvl", "0");
        docx_val(lvl, "w:start", "1");
        docx_val(lvl, "w:numFmt", kind.format);
        docx_val(lvl, "w:lvlText", kind.text);
        docx_val(lvl, "w:lvlJc", "left");
        pugi::xml_node ind = docx_add(docx_add(lvl, "w:pPr"), "w:ind", "w:left", "720");
        ind.append_attribute("w:hanging").set_value("360");
    }
    docx_add(docx_add(numbering, "w:num", "w:numId", "1"), "w:abstractNumId", "w:val", "0");
    // One instance per ordered list, each told to start again at 1: lists that share a
    // definition would otherwise continue each other's count.
    for (int n = 0; n < ordered_lists; ++n) {
        pugi::xml_node num = docx_add(numbering, "w:num", "w:numId", std::to_string(2 + n));
        docx_val(num, "w:abstractNumId", "1");
        docx_val(docx_add(num, "w:lvlOverride", "w:ilvl", "0"), "w:startOverride", "1");
    }
    return docx_xml_string(xml);
}

std::string docx_settings_xml(const std::string& language) {
    pugi::xml_document xml;
    pugi::xml_node settings = docx_root(xml, "w:settings");
    docx_val(settings, "w:defaultTabStop", "720");
    docx_val(settings, "w:characterSpacingControl", "doNotCompress");
    pugi::xml_node compat =
        docx_add(docx_add(settings, "w:compat"), "w:compatSetting", "w:name", "compatibilityMode");
    compat.append_attribute("w:uri").set_value("http://schemas.microsoft.com/office/word");
    compat.append_attribute("w:val").set_value("15");  // Word 2013 and later: no compatibility mode
    pugi::xml_node lang = docx_val(settings, "w:themeFontLang", language);
    lang.append_attribute("w:eastAsia").set_value("zh-CN");
    lang.append_attribute("w:bidi").set_value("ar-SA");
    return docx_xml_string(xml);
}

}  // namespace hostspace::doc
