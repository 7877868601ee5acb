#include "core/export/harvest_files.hpp"

#include <algorithm>

#include "core/export/anonymise.hpp"
#include "core/export/board_png.hpp"
#include "core/export/csv_writer.hpp"
#include "core/export/docx_writer.hpp"
#include "core/export/html_writer.hpp"
#include "core/export/json_export.hpp"
#include "core/export/markdown_writer.hpp"
#include "core/export/pdf_writer.hpp"
#include "core/storage/durable_file.hpp"
#include "core/util/error.hpp"
#include "core/util/text.hpp"

namespace hostspace::doc {

const char* format_name(Format format) {
    switch (format) {
        case Format::md:
            return "md";
        case Format::html:
            return "html";
        case Format::pdf:
            return "pdf";
        case Format::docx:
            return "docx";
        case Format::csv:
            return "csv";
        case Format::json:
            return "json";
        case Format::png:
            return "png";
    }
    return "md";
}

std::optional<Format> format_from_name(const std::string& name) {
    for (const Format f : kAllFormats) {
        if (name == format_name(f)) return f;
    }
    return std::nullopt;
}

std::vector<Format> parse_formats(const std::string& list) {
    std::vector<Format> formats;
    for (const std::string& word : split_list(list)) {
        const auto format = format_from_name(word);
        if (!format)
            throw Error("no format \"" + word +
                        "\" (the formats are md, html, pdf, docx, csv, json, png)");
        if (std::find(formats.begin(), formats.end(), *format) == formats.end())
            formats.push_back(*format);
    }
    if (formats.empty())
        throw Error("no format named (the formats are md, html, pdf, docx, csv, json, png)");
    return formats;
}

bool is_text_format(Format format) {
    return format == Format::md || format == Format::html || format == Format::csv ||
           format == Format::json;
}

namespace {

// The document and, when some format shows it, the board picture: each made once.
struct Made {
    HarvestDocument doc;
    std::optional<std::string> board_png;
};

const std::string& board_png_of(Made& made) {
    if (!made.board_png) {
        made.board_png = render_board_png(made.doc.board);
    }
    return *made.board_png;
}

std::string render(const Session& session, Format format, const ExportRequest& request,
                   Made& made) {
    switch (format) {
        case Format::md:
            return render_harvest_markdown(made.doc);
        case Format::html:
            return render_harvest_html(made.doc, board_png_of(made));
        case Format::pdf:
            return render_harvest_pdf(made.doc, board_png_of(made));
        case Format::docx:
            return render_harvest_docx(made.doc, board_png_of(made));
        case Format::csv:
            return render_harvest_csv(made.doc, request.csv_table);
        case Format::json:
            return export_session_json(anonymised(session, request.options.anonymous));
        case Format::png:
            return board_png_of(made);
    }
    return {};
}

}  // namespace

std::string render_format(const Session& session, Format format, const ExportRequest& request) {
    Made made{build_harvest_document(session, request.options), std::nullopt};
    return render(session, format, request, made);
}

std::vector<std::filesystem::path> write_harvest_files(const Session& session,
                                                       const ExportRequest& request,
                                                       const std::filesystem::path& folder,
                                                       const ExportProgress& progress) {
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) {
        throw Error(folder.string(), 0, "is not a folder that exists: choose or create one first");
    }
    Made made{build_harvest_document(session, request.options), std::nullopt};
    const std::string stem = file_stem_for(session);
    std::vector<std::filesystem::path> written;
    int done = 0;
    const int total = static_cast<int>(request.formats.size());
    for (const Format format : request.formats) {
        const std::filesystem::path file = folder / (stem + "." + format_name(format));
        if (progress) progress(file.filename().string(), done, total);
        try {
            write_file_atomically(file, render(session, format, request, made));
        } catch (const Error& e) {
            throw Error(file.string(), 0, std::string(e.what()));
        }
        written.push_back(file);
        ++done;
    }
    if (progress) progress("", done, total);
    return written;
}

}  // namespace hostspace::doc
