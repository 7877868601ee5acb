#pragma once
// The harvest document as a Word file (Office Open XML), zipped with libzip and written with
// pugixml: Heading 1-3 styles (the navigation pane and a table of contents work), real numbered
// and bulleted lists, tables with a repeated header row, the board picture with its alt text,
// the document's title and language. Opens in Word and LibreOffice.
#include <string>

#include "core/export/harvest_document.hpp"

namespace hostspace::doc {

// .docx bytes. `board_png` is the board picture (empty leaves it out, keeping its caption).
// Throws hostspace::Error when the package cannot be made.
std::string render_harvest_docx(const HarvestDocument& doc, const std::string& board_png = "");

}  // namespace hostspace::doc
