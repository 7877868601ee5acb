#pragma once
// The harvest document as CommonMark. Tables are written as pipe tables (GitHub's extension;
// a plain CommonMark reader shows them as readable lines). Everything the room typed is
// escaped, so no text becomes a heading, list, table cell, link, emphasis, code or raw HTML.
#include <string>

#include "core/export/harvest_document.hpp"

namespace hostspace::doc {

std::string render_harvest_markdown(const HarvestDocument& doc);

// One run of typed text as inert Markdown inline text: ASCII punctuation that can start markup
// is backslash-escaped, a line's leading spaces are dropped (four would make code), and each
// line break is a hard break ("\" at the end of the line). `indent` goes before every line after
// the first (a list item's continuation). `at_line_start` false: the text follows other text on
// its first line, so its leading spaces are kept and "1." or "#" there is no marker.
std::string escape_markdown(const std::string& text, const std::string& indent = "",
                            bool at_line_start = true);

}  // namespace hostspace::doc
