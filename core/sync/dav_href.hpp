#pragma once
// The names in a WebDAV folder listing arrive as hrefs that each server writes its own way: a
// full URL (Apache behind some proxies), an absolute path (Nextcloud, nginx) or, rarely, a path
// relative to the folder; percent-encoded with upper- or lower-case hex, sometimes with doubled
// slashes. These functions turn any of them into the one name the sync compares.
#include <optional>
#include <string>
#include <string_view>

namespace hostspace::sync {

// Every valid %XX replaced by its byte; a % not followed by two hex digits is kept as it is,
// since servers that forget to encode a literal % still mean it. '+' stays '+' (paths are not
// form data).
std::string percent_decode(std::string_view text);

// The bytes of one path segment (a file or folder name) as they go into a request URL: RFC 3986
// unreserved characters (A-Z a-z 0-9 - . _ ~) as they are, every other byte as %XX in upper
// case. Encoding the sub-delimiters too is always allowed and spares guessing which of them a
// given server mishandles.
std::string percent_encode_path_segment(std::string_view name);

// The path of a URL, without query or fragment: "https://h:8443/remote.php/dav/files/u/x/?a=1"
// gives "/remote.php/dav/files/u/x/"; "https://h" gives "/". Text without a "scheme://" is taken
// as a path already and only loses its query and fragment.
std::string path_of_url(std::string_view url);

// What an href from a PROPFIND answer names relative to the folder at `collection_url`: the
// decoded name of a direct child ("Café board" for ".../Caf%C3%A9%20board/"), "" for the folder
// itself (with or without a trailing slash), nullopt for anything else: outside the folder,
// deeper than one level, or a name no file can have locally ("." "..", or one holding '/' or a
// NUL byte once decoded). Both sides are compared segment by segment after decoding, so %7e
// matches %7E and doubled slashes do not count.
//
// Only paths are compared, never scheme or host: a server behind a TLS-terminating proxy
// answers with "http://internal-name/...", and taking that as "not under the folder" would make
// a whole folder look empty. A relative href is resolved as if `collection_url` ended in '/'
// (it names a folder), and one starting with "//" is read as a path with a doubled slash rather
// than as a host, since servers send paths.
std::optional<std::string> name_under(std::string_view href, std::string_view collection_url);

}  // namespace hostspace::sync
