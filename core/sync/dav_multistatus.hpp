#pragma once
// Reads the answer to a PROPFIND Depth: 1 (a folder listing) the way Apache mod_dav, nginx
// dav-ext and Nextcloud each write it. They agree on the DAV: namespace but not on its prefix
// ("D:", "d:", "lp1:", a default namespace), so elements are matched by local name and by the
// namespace their prefix is bound to, never by the prefix.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hostspace::sync {

struct DavEntry {
    std::string href;  // as the server wrote it, spaces around it trimmed
    std::string name;  // decoded; "" for the folder listed itself
    bool is_collection = false;
    // The strong etag without its quotes ("abc"); a weak one kept whole (W/"abc"), so that it
    // can never pass for a strong one. nginx sends none.
    std::optional<std::string> etag;
    std::optional<std::uint64_t> length;  // getcontentlength; folders usually have none
};

// The folder at `collection_url` and its direct children, in the server's order. A resource
// counts as missing, and is left out, when its response carries a non-2xx <status> (nginx
// answers "200 with a 404 inside") or when no 2xx propstat holds its resourcetype. Hrefs that
// are not the folder or a direct child are left out too. So a folder that does not exist gives
// a list without an entry named "".
//
// Throws hostspace::Error when the text is not XML, is cut short, is not a DAV: multistatus, has
// a response without an href, or lists resources but not the folder asked for (a proxy that
// rewrites paths would otherwise make every folder look empty, and a sync would read that as
// "everything was deleted").
std::vector<DavEntry> parse_multistatus(std::string_view xml, std::string_view collection_url);

// The multistatus reports nothing found: no response or propstat with a 2xx status, and at least
// one with 404 or 410. Throws hostspace::Error like parse_multistatus on text that is not one.
bool multistatus_says_missing(std::string_view xml);

}  // namespace hostspace::sync
