#pragma once
// The five WebDAV requests sync makes, as an interface: the real one is libcurl
// (curl_transport.hpp); the unit tests of the protocol use an in-memory server.
#include <cstdint>
#include <map>
#include <string>

namespace hostspace::sync {

// Why a request got no HTTP answer at all.
enum class NetFailure {
    none,
    cannot_resolve,  // unknown host name
    cannot_connect,  // refused, unreachable: the server is down or the network is off
    timed_out,
    tls_untrusted,  // the server's certificate is not trusted
    tls_failed,     // any other TLS failure
    too_large,      // the answer passed the size cap
    broken,         // the connection dropped mid-answer, or the answer is not HTTP
};

struct DavResponse {
    NetFailure failure = NetFailure::none;
    int status = 0;  // 0 when failure != none
    std::string body;
    std::map<std::string, std::string> headers;  // names in lower case
    std::string detail;                          // the transport's own words, for the log
    std::uint64_t bytes_sent = 0;                // request line, headers and body, as sent
    std::uint64_t bytes_received = 0;            // headers and body

    bool answered() const { return failure == NetFailure::none; }
    bool ok() const { return answered() && status >= 200 && status < 300; }
    const std::string* header(const std::string& lower_name) const {
        const auto it = headers.find(lower_name);
        return it == headers.end() ? nullptr : &it->second;
    }
};

class DavTransport {
  public:
    virtual ~DavTransport() = default;
    virtual DavResponse options(const std::string& url) = 0;
    virtual DavResponse propfind(const std::string& url) = 0;  // Depth: 1, always
    virtual DavResponse get(const std::string& url) = 0;
    // With If-None-Match: * as a guard (many servers ignore it; nothing relies on it).
    virtual DavResponse put_new(const std::string& url, const std::string& body) = 0;
    virtual DavResponse mkcol(const std::string& url) = 0;
};

}  // namespace hostspace::sync
