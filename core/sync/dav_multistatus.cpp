#include "core/sync/dav_multistatus.hpp"

#include <algorithm>
#include <charconv>
#include <pugixml.hpp>

#include "core/sync/dav_href.hpp"
#include "core/util/error.hpp"

namespace hostspace::sync {

namespace {

constexpr std::string_view kDav = "DAV:";
constexpr std::string_view kWhat = "the server's answer to a folder listing";

std::string_view trimmed(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// The start of an answer for an error message: a proxy's HTML page or a captive portal is
// recognised at a glance. Control bytes become spaces; the cut backs off to a UTF-8 boundary.
std::string opening_of(std::string_view text) {
    text = trimmed(text);
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text = trimmed(text.substr(3));  // a UTF-8 BOM
    std::size_t cut = std::min<std::size_t>(text.size(), 60);
    while (cut < text.size() && cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
        --cut;
    }
    std::string out(text.substr(0, cut));
    for (char& c : out) {
        if (static_cast<unsigned char>(c) < 0x20) c = ' ';
    }
    return "\"" + out + (cut < text.size() ? "…\"" : "\"");
}

// pugixml keeps "D:href" as the element's name and knows nothing of namespaces, so the
// prefix is resolved here: the nearest xmlns:D (or xmlns, for no prefix) on the element or an
// ancestor. Nullopt for an unbound prefix.
std::optional<std::string_view> namespace_of(const pugi::xml_node& element) {
    const std::string_view name = element.name();
    const std::size_t colon = name.find(':');
    const std::string attribute =
        colon == std::string_view::npos ? "xmlns" : "xmlns:" + std::string(name.substr(0, colon));
    for (pugi::xml_node node = element; node.type() == pugi::node_element; node = node.parent()) {
        if (const pugi::xml_attribute bound = node.attribute(attribute.c_str())) {
            return std::string_view(bound.value());
        }
    }
    return std::nullopt;
}

bool is_dav(const pugi::xml_node& node, std::string_view local) {
    if (node.type() != pugi::node_element) return false;
    const std::string_view name = node.name();
    const std::size_t colon = name.find(':');
    const std::string_view local_name =
        colon == std::string_view::npos ? name : name.substr(colon + 1);
    return local_name == local && namespace_of(node) == kDav;
}

pugi::xml_node dav_child(const pugi::xml_node& parent, std::string_view local) {
    for (const pugi::xml_node child : parent.children()) {
        if (is_dav(child, local)) return child;
    }
    return {};
}

// All the text inside an element, CDATA included (pugixml splits them into separate nodes).
std::string text_of(const pugi::xml_node& element) {
    std::string text;
    for (const pugi::xml_node child : element.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            text += child.value();
        }
    }
    return std::string(trimmed(text));
}

// The code in a status line such as "HTTP/1.1 404 Not Found"; 0 when there is none.
int status_code(const pugi::xml_node& status) {
    const std::string line = text_of(status);
    const std::size_t space = line.find(' ');
    if (space == std::string::npos || line.size() < space + 4) return 0;
    int code = 0;
    const char* first = line.data() + space + 1;
    const auto [end, error] = std::from_chars(first, first + 3, code);
    return error == std::errc() && end == first + 3 ? code : 0;
}

bool is_2xx(int code) {
    return code >= 200 && code <= 299;
}

std::optional<std::string> etag_of(std::string text) {
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"') {
        text = text.substr(1, text.size() - 2);
    }
    if (text.empty()) return std::nullopt;
    return text;
}

std::optional<std::uint64_t> length_of(const std::string& text) {
    std::uint64_t length = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), length);
    if (error != std::errc() || end != text.data() + text.size() || text.empty()) {
        return std::nullopt;
    }
    return length;
}

pugi::xml_node load_multistatus(pugi::xml_document& doc, std::string_view xml) {
    if (trimmed(xml).empty()) throw Error(std::string(kWhat) + " is empty");
    const pugi::xml_parse_result parsed = doc.load_buffer(xml.data(), xml.size());
    if (!parsed) {
        throw Error(std::string(kWhat) + " is not WebDAV XML (" + parsed.description() +
                    " at byte " + std::to_string(parsed.offset) + "; it begins " + opening_of(xml) +
                    ")");
    }
    const pugi::xml_node root = doc.document_element();
    if (!is_dav(root, "multistatus")) {
        throw Error(std::string(kWhat) + " is not a WebDAV multistatus (its root is <" +
                    root.name() + ">; it begins " + opening_of(xml) + ")");
    }
    return root;
}

}  // namespace

std::vector<DavEntry> parse_multistatus(std::string_view xml, std::string_view collection_url) {
    pugi::xml_document doc;
    const pugi::xml_node root = load_multistatus(doc, xml);
    std::vector<DavEntry> entries;
    std::string outside;  // an href found but not under the folder, for the error below
    for (const pugi::xml_node response : root.children()) {
        if (!is_dav(response, "response")) continue;
        DavEntry entry;
        entry.href = text_of(dav_child(response, "href"));
        if (entry.href.empty()) throw Error(std::string(kWhat) + " has a response without an href");
        if (const pugi::xml_node status = dav_child(response, "status")) {
            if (!is_2xx(status_code(status))) continue;
        }
        bool has_resourcetype = false;
        for (const pugi::xml_node propstat : response.children()) {
            if (!is_dav(propstat, "propstat") ||
                !is_2xx(status_code(dav_child(propstat, "status")))) {
                continue;
            }
            const pugi::xml_node prop = dav_child(propstat, "prop");
            if (const pugi::xml_node type = dav_child(prop, "resourcetype")) {
                has_resourcetype = true;
                entry.is_collection = static_cast<bool>(dav_child(type, "collection"));
            }
            if (const pugi::xml_node etag = dav_child(prop, "getetag")) {
                entry.etag = etag_of(text_of(etag));
            }
            if (const pugi::xml_node length = dav_child(prop, "getcontentlength")) {
                entry.length = length_of(text_of(length));
            }
        }
        if (!has_resourcetype) continue;
        std::optional<std::string> name = name_under(entry.href, collection_url);
        if (!name) {
            if (outside.empty()) outside = entry.href;
            continue;
        }
        entry.name = std::move(*name);
        entries.push_back(std::move(entry));
    }
    const bool lists_itself = std::any_of(entries.begin(), entries.end(),
                                          [](const DavEntry& entry) { return entry.name.empty(); });
    if (!lists_itself && (!entries.empty() || !outside.empty())) {
        throw Error(std::string(kWhat) + " does not list the folder asked for (" +
                    path_of_url(collection_url) + ") but " +
                    (outside.empty() ? "only what is in it" : outside) +
                    "; is a proxy rewriting paths?");
    }
    return entries;
}

bool multistatus_says_missing(std::string_view xml) {
    pugi::xml_document doc;
    const pugi::xml_node root = load_multistatus(doc, xml);
    bool gone = false;
    for (const pugi::xml_node response : root.children()) {
        if (!is_dav(response, "response")) continue;
        for (const pugi::xml_node child : response.children()) {
            int code = 0;
            if (is_dav(child, "status")) code = status_code(child);
            if (is_dav(child, "propstat")) code = status_code(dav_child(child, "status"));
            if (is_2xx(code)) return false;
            if (code == 404 || code == 410) gone = true;
        }
    }
    return gone;
}

}  // namespace hostspace::sync
