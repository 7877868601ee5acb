#pragma once
// WebDAV over HTTP and HTTPS with libcurl: Basic auth, time-outs, a cap on every answer's
// size, and redirects followed by hand so that the method and body go along and the password
// goes only to the host it was given for. One connection is kept and reused between requests.
#include <chrono>
#include <string>

#include "core/sync/dav_transport.hpp"
#include "core/sync/sync_settings.hpp"

namespace hostspace::sync {

struct TransportSettings {
    std::string user, password;
    std::string ca_file;     // a PEM file of the authority that signed the server's certificate
    bool verify_tls = true;  // off only by an explicit setting, shown in red in the window
    std::chrono::milliseconds connect_timeout{10'000};
    // A transfer that moves no byte for this long is given up (a large one may take longer).
    std::chrono::milliseconds stall_timeout{30'000};
    std::chrono::milliseconds total_timeout{300'000};
    std::size_t max_answer_bytes = 64u * 1024 * 1024;
    int max_redirects = 5;
};

// The connection settings for a session's sync settings and the password typed or saved.
TransportSettings transport_settings_for(const SyncSettings& settings, const std::string& password);

class CurlTransport : public DavTransport {
  public:
    explicit CurlTransport(TransportSettings settings);
    ~CurlTransport() override;
    CurlTransport(const CurlTransport&) = delete;
    CurlTransport& operator=(const CurlTransport&) = delete;

    DavResponse options(const std::string& url) override;
    DavResponse propfind(const std::string& url) override;
    DavResponse get(const std::string& url) override;
    DavResponse put_new(const std::string& url, const std::string& body) override;
    DavResponse mkcol(const std::string& url) override;

  private:
    struct Request;
    DavResponse perform(const Request& request);
    DavResponse perform_once(const Request& request, const std::string& url, bool with_password);

    TransportSettings settings_;
    void* curl_ = nullptr;  // CURL*, kept out of the header so only this library sees curl
};

}  // namespace hostspace::sync
