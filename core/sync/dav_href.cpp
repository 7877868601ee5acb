#include "core/sync/dav_href.hpp"

#include <vector>

namespace hostspace::sync {

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool is_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool is_unreserved(char c) {
    return is_alpha(c) || is_digit(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

// Where the "scheme://" of an absolute URL ends, or npos. Only the "://" form counts, so a
// relative href such as "notes:v2" (a colon left unencoded) stays a path.
std::size_t authority_start(std::string_view url) {
    const std::size_t colon = url.find("://");
    if (colon == std::string_view::npos || colon == 0 || !is_alpha(url[0])) {
        return std::string_view::npos;
    }
    for (std::size_t i = 1; i < colon; ++i) {
        const char c = url[i];
        if (!is_alpha(c) && !is_digit(c) && c != '+' && c != '-' && c != '.') {
            return std::string_view::npos;
        }
    }
    return colon + 3;
}

std::string_view without_query(std::string_view text) {
    return text.substr(0, text.find_first_of("?#"));
}

// The decoded segments of a path; empty ones (doubled or trailing slashes) left out. Nullopt
// when a segment cannot be a name: "." or ".." (a path that climbs is not a listing's child),
// or one that decodes to a '/' or a NUL byte.
std::optional<std::vector<std::string>> decoded_segments(std::string_view path) {
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string_view::npos) end = path.size();
        if (end > start) {
            std::string segment = percent_decode(path.substr(start, end - start));
            if (segment == "." || segment == ".." ||
                segment.find_first_of(std::string_view("/\0", 2)) != std::string::npos) {
                return std::nullopt;
            }
            segments.push_back(std::move(segment));
        }
        start = end + 1;
    }
    return segments;
}

}  // namespace

std::string percent_decode(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 &&
            hex_value(text[i + 2]) >= 0) {
            out.push_back(static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2])));
            i += 2;
        } else {
            out.push_back(text[i]);
        }
    }
    return out;
}

std::string percent_encode_path_segment(std::string_view name) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(name.size());
    for (const char c : name) {
        if (is_unreserved(c)) {
            out.push_back(c);
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out.push_back('%');
            out.push_back(kHex[byte >> 4]);
            out.push_back(kHex[byte & 0x0F]);
        }
    }
    return out;
}

std::string path_of_url(std::string_view url) {
    const std::size_t authority = authority_start(url);
    if (authority == std::string_view::npos) return std::string(without_query(url));
    const std::size_t path = url.find_first_of("/?#", authority);
    if (path == std::string_view::npos || url[path] != '/') return "/";
    return std::string(without_query(url.substr(path)));
}

std::optional<std::string> name_under(std::string_view href, std::string_view collection_url) {
    const std::string collection_path = path_of_url(collection_url);
    std::string href_path;
    if (authority_start(href) != std::string_view::npos) {
        href_path = path_of_url(href);
    } else if (!href.empty() && href[0] == '/') {
        href_path = without_query(href);
    } else {
        href_path = collection_path + "/" + std::string(without_query(href));
    }

    const auto folder = decoded_segments(collection_path);
    const auto target = decoded_segments(href_path);
    if (!folder || !target) return std::nullopt;
    if (target->size() < folder->size() || target->size() > folder->size() + 1) {
        return std::nullopt;
    }
    for (std::size_t i = 0; i < folder->size(); ++i) {
        if ((*folder)[i] != (*target)[i]) return std::nullopt;
    }
    if (target->size() == folder->size()) return std::string();
    return target->back();
}

}  // namespace hostspace::sync
