#include "core/export/docx_writer.hpp"

#include <zip.h>

#include <cstring>
#include <ctime>
#include <memory>
#include <vector>

#include "core/export/docx_parts.hpp"
#include "core/export/printable_text.hpp"
#include "core/util/error.hpp"

namespace hostspace::doc {
namespace {

constexpr const char* kRelationships =
    "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* kOfficeRel =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

struct StringWriter : pugi::xml_writer {
    std::string& out;
    explicit StringWriter(std::string& target) : out(target) {}
    void write(const void* data, std::size_t size) override {
        out.append(static_cast<const char*>(data), size);
    }
};

std::string content_types_xml(bool has_picture) {
    pugi::xml_document xml;
    pugi::xml_node types = docx_root(xml, "Types");
    types.append_attribute("xmlns").set_value(
        "http://schemas.openxmlformats.org/package/2006/content-types");
    const auto by_extension = [&](const char* extension, const char* type) {
        docx_add(types, "Default", "Extension", extension)
            .append_attribute("ContentType")
            .set_value(type);
    };
    by_extension("rels", "application/vnd.openxmlformats-package.relationships+xml");
    by_extension("xml", "application/xml");
    if (has_picture) by_extension("png", "image/png");
    const std::string word = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    const std::pair<const char*, std::string> parts[] = {
        {"/word/document.xml", word + "document.main+xml"},
        {"/word/styles.xml", word + "styles+xml"},
        {"/word/numbering.xml", word + "numbering+xml"},
        {"/word/settings.xml", word + "settings+xml"},
        {"/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"},
        {"/docProps/app.xml",
         "application/vnd.openxmlformats-officedocument.extended-properties+xml"},
    };
    for (const auto& [part, type] : parts) {
        docx_add(types, "Override", "PartName", part)
            .append_attribute("ContentType")
            .set_value(type.c_str());
    }
    return docx_xml_string(xml);
}

// Relationships: {id, type, target}; a type without "://" is one of the officeDocument ones.
std::string rels_xml(const std::vector<std::vector<std::string>>& rels) {
    pugi::xml_document xml;
    pugi::xml_node root = docx_root(xml, "Relationships");
    root.append_attribute("xmlns").set_value(kRelationships);
    for (const auto& rel : rels) {
        pugi::xml_node node = docx_add(root, "Relationship", "Id", rel[0]);
        const bool full = rel[1].find("://") != std::string::npos;
        node.append_attribute("Type").set_value((full ? rel[1] : kOfficeRel + rel[1]).c_str());
        node.append_attribute("Target").set_value(rel[2].c_str());
    }
    return docx_xml_string(xml);
}

bool is_iso_date(const std::string& date) {
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
    for (std::size_t i = 0; i < date.size(); ++i) {
        if (i != 4 && i != 7 && (date[i] < '0' || date[i] > '9')) return false;
    }
    return true;
}

// Title, author and language; the only date is the session's own, so the same document
// always gives the same bytes.
std::string core_xml(const HarvestDocument& doc) {
    pugi::xml_document xml;
    pugi::xml_node core = docx_root(xml, "cp:coreProperties");
    const std::pair<const char*, const char*> namespaces[] = {
        {"xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"},
        {"xmlns:dc", "http://purl.org/dc/elements/1.1/"},
        {"xmlns:dcterms", "http://purl.org/dc/terms/"},
        {"xmlns:dcmitype", "http://purl.org/dc/dcmitype/"},
        {"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"}};
    for (const auto& [name, uri] : namespaces) core.append_attribute(name).set_value(uri);
    docx_add(core, "dc:title").text().set(docx_text(doc.title).c_str());
    if (!doc.author.empty()) docx_add(core, "dc:creator").text().set(docx_text(doc.author).c_str());
    docx_add(core, "dc:language").text().set(docx_text(doc.language).c_str());
    if (is_iso_date(doc.date)) {
        pugi::xml_node created = docx_add(core, "dcterms:created", "xsi:type", "dcterms:W3CDTF");
        created.text().set((doc.date + "T00:00:00Z").c_str());
    }
    return docx_xml_string(xml);
}

std::string app_xml() {
    pugi::xml_document xml;
    pugi::xml_node props = docx_root(xml, "Properties");
    props.append_attribute("xmlns").set_value(
        "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
    docx_add(props, "Application").text().set("hostspace");
    return docx_xml_string(xml);
}

struct Entry {
    const char* name;
    const std::string* data;
    bool deflate;
};

[[noreturn]] void fail(const std::string& what, zip_error_t* error) {
    const std::string reason = zip_error_strerror(error);
    zip_error_fini(error);
    throw Error("cannot make the Word file: " + what + ": " + reason);
}

// The package, zipped in memory. Every entry gets the same fixed time, 1980-01-01 00:00 in
// the local zone (zip stores local time), so the bytes never depend on when or where.
std::string zip_package(const std::vector<Entry>& entries) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (source == nullptr) fail("no memory buffer", &error);
    zip_t* archive = zip_open_from_source(source, ZIP_TRUNCATE, &error);
    if (archive == nullptr) {
        zip_source_free(source);
        fail("cannot open the archive", &error);
    }
    zip_source_keep(source);  // read back after zip_close
    const auto abandon = [&](const std::string& what) {
        zip_error_t* e = zip_get_error(archive);
        const std::string reason = zip_error_strerror(e);
        zip_discard(archive);
        zip_source_free(source);
        throw Error("cannot make the Word file: " + what + ": " + reason);
    };
    std::tm epoch{};
    epoch.tm_year = 80;
    epoch.tm_mday = 1;
    epoch.tm_isdst = -1;
    const std::time_t fixed_time = std::mktime(&epoch);
    for (const Entry& entry : entries) {
        zip_source_t* data = zip_source_buffer(archive, entry.data->data(), entry.data->size(), 0);
        if (data == nullptr) abandon(entry.name);
        const zip_int64_t index = zip_file_add(archive, entry.name, data, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(data);
            abandon(entry.name);
        }
        const auto i = static_cast<zip_uint64_t>(index);
        // A PNG is compressed already: stored, it costs nothing to unpack.
        if (zip_set_file_compression(archive, i, entry.deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0) <
                0 ||
            zip_file_set_mtime(archive, i, fixed_time, 0) < 0) {
            abandon(entry.name);
        }
    }
    if (zip_close(archive) < 0) abandon("writing the archive");

    std::string bytes;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(source, &stat) < 0 || zip_source_open(source) < 0) {
        zip_source_free(source);
        throw Error("cannot make the Word file: the archive cannot be read back");
    }
    bytes.resize(static_cast<std::size_t>(stat.size));
    const zip_int64_t read = zip_source_read(source, bytes.data(), bytes.size());
    zip_source_close(source);
    zip_source_free(source);
    if (read < 0 || static_cast<std::size_t>(read) != bytes.size()) {
        throw Error("cannot make the Word file: the archive cannot be read back");
    }
    return bytes;
}

}  // namespace

std::string docx_text(const std::string& raw) {
    std::string text = printable_text(raw);
    // U+FFFE and U+FFFF are EF BF BE / EF BF BF; U+FFFD is EF BF BD.
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
        if (text[i] == '\xEF' && text[i + 1] == '\xBF' &&
            (text[i + 2] == '\xBE' || text[i + 2] == '\xBF')) {
            text[i + 2] = '\xBD';
        }
    }
    return text;
}

pugi::xml_node docx_root(pugi::xml_document& xml, const char* root) {
    pugi::xml_node declaration = xml.append_child(pugi::node_declaration);
    declaration.append_attribute("version").set_value("1.0");
    declaration.append_attribute("encoding").set_value("UTF-8");
    declaration.append_attribute("standalone").set_value("yes");
    pugi::xml_node node = xml.append_child(root);
    if (std::strncmp(root, "w:", 2) == 0) {
        node.append_attribute("xmlns:w").set_value(
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        node.append_attribute("xmlns:r").set_value(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    }
    return node;
}

std::string docx_xml_string(const pugi::xml_document& xml) {
    std::string out;
    StringWriter writer(out);
    xml.save(writer, "", pugi::format_raw, pugi::encoding_utf8);
    return out;
}

PngSize png_size(const std::string& png) {
    static const char kSignature[] = "\x89PNG\r\n\x1A\n";
    if (png.size() < 24 || png.compare(0, 8, kSignature, 8) != 0 ||
        png.compare(12, 4, "IHDR") != 0) {
        throw Error("cannot make the Word file: the board picture is not a PNG");
    }
    const auto be32 = [&](std::size_t at) {
        std::uint32_t v = 0;
        for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(png[at + i]);
        return v;
    };
    const PngSize size{be32(16), be32(20)};
    if (size.width == 0 || size.height == 0) {
        throw Error("cannot make the Word file: the board picture has no width or height");
    }
    return size;
}

std::string render_harvest_docx(const HarvestDocument& doc, const std::string& board_png) {
    const bool has_picture = !board_png.empty();
    PngSize picture;
    if (has_picture) picture = png_size(board_png);
    const DocxBody body = docx_document_xml(doc, has_picture ? &picture : nullptr);

    std::vector<std::vector<std::string>> word_rels = {
        {"rIdStyles", "styles", "styles.xml"},
        {"rIdNumbering", "numbering", "numbering.xml"},
        {"rIdSettings", "settings", "settings.xml"}};
    if (has_picture) word_rels.push_back({kDocxPictureRel, "image", "media/board.png"});

    const std::string types = content_types_xml(has_picture);
    const std::string package_rels = rels_xml(
        {{"rId1", "officeDocument", "word/document.xml"},
         {"rId2",
          "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
          "docProps/core.xml"},
         {"rId3", "extended-properties", "docProps/app.xml"}});
    const std::string document_rels = rels_xml(word_rels);
    const std::string styles = docx_styles_xml(docx_text(doc.language));
    const std::string numbering = docx_numbering_xml(body.ordered_lists);
    const std::string settings = docx_settings_xml(docx_text(doc.language));
    const std::string core = core_xml(doc);
    const std::string app = app_xml();

    std::vector<Entry> entries = {{"[Content_Types].xml", &types, true},
                                  {"_rels/.rels", &package_rels, true},
                                  {"word/document.xml", &body.xml, true},
                                  {"word/_rels/document.xml.rels", &document_rels, true},
                                  {"word/styles.xml", &styles, true},
                                  {"word/numbering.xml", &numbering, true},
                                  {"word/settings.xml", &settings, true}};
    if (has_picture) entries.push_back({"word/media/board.png", &board_png, false});
    entries.push_back({"docProps/core.xml", &core, true});
    entries.push_back({"docProps/app.xml", &app, true});
    return zip_package(entries);
}

}  // namespace hostspace::doc
