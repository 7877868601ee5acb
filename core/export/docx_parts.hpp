#pragma once
// The parts of the Word package, one function each, shared by the files of the Word writer
// (docx_writer.cpp zips them; docx_body.cpp and docx_styles.cpp make the XML). Every part is
// built with pugixml, which escapes text and attribute values, never by pasting strings.
#include <cstdint>
#include <pugixml.hpp>
#include <string>

#include "core/export/harvest_document.hpp"

namespace hostspace::doc {

// A4 with 2 cm margins, in twentieths of a point (twips).
constexpr int kDocxPageWidth = 11906;
constexpr int kDocxPageHeight = 16838;
constexpr int kDocxMargin = 1134;
constexpr int kDocxTextWidth = kDocxPageWidth - 2 * kDocxMargin;
constexpr int kDocxTextHeight = kDocxPageHeight - 2 * kDocxMargin;

// The relationship id of the board picture in word/_rels/document.xml.rels.
constexpr const char* kDocxPictureRel = "rIdBoard";

struct PngSize {
    std::uint32_t width = 0, height = 0;
};
// From the PNG's IHDR chunk; throws hostspace::Error when the bytes are not a PNG.
PngSize png_size(const std::string& png);

// word/document.xml and how many ordered lists it holds: each needs its own numbering
// instance so that it restarts at 1 (numIds 2, 3, ... in document order; 1 is the bullets).
struct DocxBody {
    std::string xml;
    int ordered_lists = 0;
};
// `picture` is null when there is no board picture to place.
DocxBody docx_document_xml(const HarvestDocument& doc, const PngSize* picture);

std::string docx_styles_xml(const std::string& language);
std::string docx_numbering_xml(int ordered_lists);
std::string docx_settings_xml(const std::string& language);

// Text as XML may hold it: printable_text(), and the two non-characters XML 1.0 forbids
// (U+FFFE, U+FFFF) made U+FFFD. pugixml escapes the markup characters when it writes.
std::string docx_text(const std::string& raw);

// A part: the XML declaration, then `root` with the namespaces of WordprocessingML that the
// writer uses; serialised with docx_xml_string.
pugi::xml_node docx_root(pugi::xml_document& xml, const char* root);
std::string docx_xml_string(const pugi::xml_document& xml);

// Children and attributes in one call, to keep the part builders readable.
inline pugi::xml_node docx_add(pugi::xml_node parent, const char* name) {
    return parent.append_child(name);
}
inline pugi::xml_node docx_add(pugi::xml_node parent, const char* name, const char* attribute,
                               const std::string& value) {
    pugi::xml_node node = parent.append_child(name);
    node.append_attribute(attribute).set_value(value.c_str());
    return node;
}
inline pugi::xml_node docx_val(pugi::xml_node parent, const char* name, const std::string& value) {
    return docx_add(parent, name, "w:val", value);
}

}  // namespace hostspace::doc
