#include "core/sync/curl_transport.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <mutex>
#include <vector>

namespace hostspace::sync {

struct CurlTransport::Request {
    const char* method;
    std::string url;
    std::string body;
    std::vector<std::string> headers;
    bool has_body = false;
};

namespace {

constexpr const char* kPropfindBody =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<D:propfind xmlns:D=\"DAV:\"><D:prop><D:resourcetype/><D:getetag/>"
    "<D:getcontentlength/></D:prop></D:propfind>\n";

void init_curl_once() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Received {
    DavResponse* response;
    std::size_t cap;
    bool over_cap = false;
};

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
    auto* received = static_cast<Received*>(user);
    const std::size_t bytes = size * count;
    if (received->response->body.size() + bytes > received->cap) {
        received->over_cap = true;
        return 0;  // curl stops with CURLE_WRITE_ERROR
    }
    received->response->body.append(data, bytes);
    return bytes;
}

std::size_t on_header(char* data, std::size_t size, std::size_t count, void* user) {
    auto* received = static_cast<Received*>(user);
    const std::size_t bytes = size * count;
    std::string line(data, bytes);
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.pop_back();
    if (line.rfind("HTTP/", 0) == 0) {
        received->response->headers.clear();  // a new answer (after 100 Continue, say)
        return bytes;
    }
    const auto colon = line.find(':');
    if (colon == std::string::npos) return bytes;
    std::string name = line.substr(0, colon);
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::string value = line.substr(colon + 1);
    value.erase(0, value.find_first_not_of(" \t"));
    received->response->headers[name] = value;
    return bytes;
}

NetFailure failure_of(CURLcode code) {
    switch (code) {
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_RESOLVE_PROXY:
            return NetFailure::cannot_resolve;
        case CURLE_COULDNT_CONNECT:
            return NetFailure::cannot_connect;
        case CURLE_OPERATION_TIMEDOUT:
            return NetFailure::timed_out;
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_ISSUER_ERROR:
            return NetFailure::tls_untrusted;
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_SSL_CERTPROBLEM:
        case CURLE_SSL_CIPHER:
        case CURLE_USE_SSL_FAILED:
            return NetFailure::tls_failed;
        default:
            return NetFailure::broken;
    }
}

// scheme://host:port of a URL, lower case, with the default port made explicit.
std::string origin_of(const std::string& url) {
    CURLU* parsed = curl_url();
    std::string origin;
    if (curl_url_set(parsed, CURLUPART_URL, url.c_str(), 0) == CURLUE_OK) {
        char *scheme = nullptr, *host = nullptr, *port = nullptr;
        curl_url_get(parsed, CURLUPART_SCHEME, &scheme, 0);
        curl_url_get(parsed, CURLUPART_HOST, &host, 0);
        curl_url_get(parsed, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT);
        origin = std::string(scheme ? scheme : "") + "://" + (host ? host : "") + ":" +
                 (port ? port : "");
        curl_free(scheme);
        curl_free(host);
        curl_free(port);
    }
    curl_url_cleanup(parsed);
    std::transform(origin.begin(), origin.end(), origin.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return origin;
}

// A Location header resolved against the URL it answered.
std::string resolve_location(const std::string& url, const std::string& location) {
    CURLU* parsed = curl_url();
    std::string resolved;
    if (curl_url_set(parsed, CURLUPART_URL, url.c_str(), 0) == CURLUE_OK &&
        curl_url_set(parsed, CURLUPART_URL, location.c_str(), 0) == CURLUE_OK) {
        char* text = nullptr;
        if (curl_url_get(parsed, CURLUPART_URL, &text, 0) == CURLUE_OK) resolved = text;
        curl_free(text);
    }
    curl_url_cleanup(parsed);
    return resolved;
}

bool is_redirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

}  // namespace

CurlTransport::CurlTransport(TransportSettings settings) : settings_(std::move(settings)) {
    init_curl_once();
    curl_ = curl_easy_init();
}

CurlTransport::~CurlTransport() {
    curl_easy_cleanup(static_cast<CURL*>(curl_));
}

DavResponse CurlTransport::perform(const Request& request) {
    const std::string origin = origin_of(request.url);
    std::string url = request.url;
    DavResponse total;
    for (int hop = 0;; ++hop) {
        // The password goes only where it was given for, never to a host a redirect names.
        DavResponse response = perform_once(request, url, origin_of(url) == origin);
        response.bytes_sent += total.bytes_sent;
        response.bytes_received += total.bytes_received;
        const std::string* location = response.header("location");
        if (!response.answered() || !is_redirect(response.status) || !location) return response;
        if (hop >= settings_.max_redirects) {
            response.failure = NetFailure::broken;
            response.detail = "too many redirects";
            return response;
        }
        const std::string next = resolve_location(url, *location);
        if (next.empty()) return response;
        total = response;
        url = next;
    }
}

DavResponse CurlTransport::perform_once(const Request& request, const std::string& url,
                                        bool with_password) {
    CURL* curl = static_cast<CURL*>(curl_);
    curl_easy_reset(curl);  // keeps the connection and DNS caches
    DavResponse response;
    Received received{&response, settings_.max_answer_bytes};
    char error[CURL_ERROR_SIZE] = "";

    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS,
                     static_cast<long>(settings_.connect_timeout.count()));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(settings_.total_timeout.count()));
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(
        curl, CURLOPT_LOW_SPEED_TIME,
        static_cast<long>(std::max<std::int64_t>(
            1, std::chrono::duration_cast<std::chrono::seconds>(settings_.stall_timeout).count())));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &received);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &received);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "hostspace/0.1");
    if (with_password && !settings_.user.empty()) {
        curl_easy_setopt(curl, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
        curl_easy_setopt(curl, CURLOPT_USERNAME, settings_.user.c_str());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, settings_.password.c_str());
    }
    if (!settings_.ca_file.empty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, settings_.ca_file.c_str());
    if (!settings_.verify_tls) {
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
    }
    if (request.has_body) {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE,
                         static_cast<curl_off_t>(request.body.size()));
    } else if (std::string(request.method) == "GET") {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    }
    curl_slist* headers = nullptr;
    headers = curl_slist_append(headers, "Expect:");  // no 100-continue round trip
    for (const auto& header : request.headers) headers = curl_slist_append(headers, header.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);

    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(headers);

    curl_off_t uploaded = 0, downloaded = 0;
    long request_size = 0, header_size = 0, status = 0;
    curl_easy_getinfo(curl, CURLINFO_SIZE_UPLOAD_T, &uploaded);
    curl_easy_getinfo(curl, CURLINFO_SIZE_DOWNLOAD_T, &downloaded);
    curl_easy_getinfo(curl, CURLINFO_REQUEST_SIZE, &request_size);
    curl_easy_getinfo(curl, CURLINFO_HEADER_SIZE, &header_size);
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    // The request's line and headers, and its body as sent (curl counts them apart).
    response.bytes_sent =
        static_cast<std::uint64_t>(request_size) + static_cast<std::uint64_t>(uploaded);
    response.bytes_received =
        static_cast<std::uint64_t>(header_size) + static_cast<std::uint64_t>(downloaded);

    if (code != CURLE_OK) {
        response.failure = received.over_cap ? NetFailure::too_large : failure_of(code);
        response.detail = error[0] != '\0' ? error : curl_easy_strerror(code);
        response.status = 0;
        response.body.clear();
        return response;
    }
    response.status = static_cast<int>(status);
    return response;
}

DavResponse CurlTransport::options(const std::string& url) {
    return perform(Request{"OPTIONS", url, {}, {}, false});
}

DavResponse CurlTransport::propfind(const std::string& url) {
    return perform(Request{"PROPFIND",
                           url,
                           kPropfindBody,
                           {"Depth: 1", "Content-Type: application/xml; charset=utf-8"},
                           true});
}

DavResponse CurlTransport::get(const std::string& url) {
    return perform(Request{"GET", url, {}, {}, false});
}

DavResponse CurlTransport::put_new(const std::string& url, const std::string& body) {
    return perform(Request{
        "PUT", url, body, {"If-None-Match: *", "Content-Type: application/octet-stream"}, true});
}

DavResponse CurlTransport::mkcol(const std::string& url) {
    return perform(Request{"MKCOL", url, {}, {}, false});
}

TransportSettings transport_settings_for(const SyncSettings& settings,
                                         const std::string& password) {
    TransportSettings transport;
    transport.user = settings.user;
    transport.password = password;
    transport.ca_file = settings.ca_file;
    transport.verify_tls = settings.verify_tls;
    return transport;
}

}  // namespace hostspace::sync
