#pragma once
// The harvest document as one self-contained HTML file a public body can publish: the CSS
// inline, the board picture as a data URI, no script and nothing fetched. Semantic and
// accessible (WCAG 2.2 AA): the document's language and title, h1-h3 in order, real lists,
// tables with a caption and header cells with scope, the picture in a figure with alt text.
// It reflows down to a 320 px phone and prints on A4 with the appendices on new pages.
#include <string>

#include "core/export/harvest_document.hpp"

namespace hostspace::doc {

// `board_png` is the board picture's PNG bytes; empty leaves the picture out (its caption and
// the notes appendix stay).
std::string render_harvest_html(const HarvestDocument& doc, const std::string& board_png = "");

// Text for HTML element content and attribute values: & < > " ' as character references.
std::string escape_html(const std::string& text);

}  // namespace hostspace::doc
