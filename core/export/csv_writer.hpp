#pragma once
// A table of the harvest document as a CSV file that Excel opens correctly: UTF-8 with a byte
// order mark, CRLF line ends, every text cell quoted. A text cell that a spreadsheet would run
// as a formula (it starts with =, +, -, @, a tab or a CR) gets a leading apostrophe, as OWASP
// advises; number cells never do.
#include <string>

#include "core/export/harvest_document.hpp"

namespace hostspace::doc {

// The table `name` ("notes", "actions", "votes", "principles"). Throws hostspace::Error naming
// the tables the document has when it has no such table.
std::string render_harvest_csv(const HarvestDocument& doc, const std::string& name = "notes");

// One text cell, quoted, neutralised and with its quotes doubled.
std::string csv_text_cell(const std::string& text);

}  // namespace hostspace::doc
