#pragma once
// Writing the harvest's documents: one format to bytes, or a chosen set of formats into a
// folder under names from the session's title and date. The document is built once and the
// board picture drawn once for every format that shows it. Each file is written to a temporary
// file in the folder, fsynced and renamed, so a failed export leaves no partial file.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/export/harvest_document.hpp"

namespace hostspace::doc {

enum class Format { md, html, pdf, docx, csv, json, png };
constexpr std::array<Format, 7> kAllFormats = {Format::md,  Format::html, Format::pdf, Format::docx,
                                               Format::csv, Format::json, Format::png};
const char* format_name(Format format);  // "md", "html", ... (also the file extension)
std::optional<Format> format_from_name(const std::string& name);
// "md,pdf" -> formats; throws hostspace::Error naming an unknown word and the formats known.
std::vector<Format> parse_formats(const std::string& list);
// Formats a person reads as text (md, html, csv, json): what `--out -` may print.
bool is_text_format(Format format);

struct ExportRequest {
    std::vector<Format> formats;
    ExportOptions options;
    std::string csv_table = "notes";  // which table the CSV holds
};

// One format as bytes. Builds the document; `board_png` is drawn only when the format shows it.
std::string render_format(const Session& session, Format format, const ExportRequest& request);

// Called before each file is made: what is being made, how many are done, how many in all.
using ExportProgress = std::function<void(const std::string& what, int done, int total)>;

// Writes each requested format into `folder` as STEM.EXT (file_stem_for). Returns the paths
// written, in the order asked. Throws hostspace::Error naming the file that failed; files
// written before it stay (each is whole), none is left half-written.
std::vector<std::filesystem::path> write_harvest_files(const Session& session,
                                                       const ExportRequest& request,
                                                       const std::filesystem::path& folder,
                                                       const ExportProgress& progress = {});

}  // namespace hostspace::doc
