#pragma once
// The harvest document as an accessible A4 PDF, typeset with Cairo and Pango: wrapped text in
// every script (fonts found by fontconfig), headings, "Page N of M", an outline entry for each
// heading, title and author metadata, embedded fonts, and a tagged structure (Document, H1-H3,
// P, L/LI, Table/TR/TH/TD, Figure). Cairo 1.16 writes no /Lang and no DisplayDocTitle; qpdf
// adds them to the catalog afterwards.
#include <string>

#include "core/export/harvest_document.hpp"

namespace hostspace::doc {

// PDF bytes. `board_png` is the board picture (empty leaves it out, keeping its caption).
// Throws hostspace::Error when Cairo or qpdf fails.
std::string render_harvest_pdf(const HarvestDocument& doc, const std::string& board_png = "");

}  // namespace hostspace::doc
