#pragma once
// An in-memory WebDAV server for the unit tests of the sync protocol: folders, files, ETags
// that change as Apache's do (a folder's when a direct child is added), and hooks to answer
// with faults. The transport tests in tests/sync run the same protocol against real servers.
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "core/sync/dav_href.hpp"
#include "core/sync/dav_transport.hpp"

namespace hostspace::test {

class MemoryDavServer {
  public:
    bool folder_etags = true;           // false: like nginx, no ETags at all
    bool honours_if_none_match = true;  // false: like nginx, PUT overwrites anyway
    std::size_t requests = 0;

    MemoryDavServer() { folders_["/dav/"] = 1; }

    std::map<std::string, std::string>& files() { return files_; }
    bool has_folder(const std::string& path) const { return folders_.count(path) > 0; }

    sync::DavResponse handle(const std::string& method, const std::string& url,
                             const std::string& body) {
        ++requests;
        const std::string path = sync::percent_decode(sync::path_of_url(url));
        if (method == "PROPFIND") return propfind(url, path);
        if (method == "GET") {
            const auto it = files_.find(path);
            return it == files_.end() ? answer(404) : answer(200, it->second);
        }
        if (method == "PUT") {
            if (folders_.count(parent_of(path)) == 0) return answer(409);
            const bool exists = files_.count(path) > 0;
            if (exists && honours_if_none_match) return answer(412);
            files_[path] = body;
            touch(parent_of(path));
            return answer(exists ? 204 : 201);
        }
        if (method == "MKCOL") {
            if (folders_.count(path) > 0 || files_.count(path) > 0) return answer(405);
            if (folders_.count(parent_of(path)) == 0) return answer(409);
            folders_[path] = 1;
            touch(parent_of(path));
            return answer(201);
        }
        if (method == "OPTIONS") {
            auto response = answer(200);
            response.headers["dav"] = "1,2";
            return response;
        }
        return answer(405);
    }

  private:
    static sync::DavResponse answer(int status, std::string body = {}) {
        sync::DavResponse response;
        response.status = status;
        response.bytes_received = body.size() + 100;
        response.body = std::move(body);
        return response;
    }
    static std::string parent_of(const std::string& path) {
        const std::string trimmed =
            path.size() > 1 && path.back() == '/' ? path.substr(0, path.size() - 1) : path;
        return trimmed.substr(0, trimmed.rfind('/') + 1);
    }
    void touch(const std::string& folder) { ++folders_[folder]; }

    static std::string encode_path(const std::string& path) {
        std::string out;
        std::size_t start = 0;
        while (start < path.size()) {
            const auto slash = path.find('/', start);
            const auto end = slash == std::string::npos ? path.size() : slash;
            out += sync::percent_encode_path_segment(path.substr(start, end - start));
            if (slash == std::string::npos) break;
            out += '/';
            start = slash + 1;
        }
        return out;
    }

    std::string entry(const std::string& path, bool folder, std::optional<int> version) const {
        std::string xml = "<D:response><D:href>" + encode_path(path) +
                          "</D:href><D:propstat><D:prop><D:resourcetype>";
        if (folder) xml += "<D:collection/>";
        xml += "</D:resourcetype>";
        if (folder_etags && version)
            xml += "<D:getetag>\"v" + std::to_string(*version) + "\"</D:getetag>";
        xml += "</D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>";
        return xml;
    }

    sync::DavResponse propfind(const std::string& url, std::string path) {
        (void)url;
        if (path.empty() || path.back() != '/') path += '/';
        const auto self = folders_.find(path);
        if (self == folders_.end()) return answer(404);
        std::string xml =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<D:multistatus xmlns:D=\"DAV:\">";
        xml += entry(path, true, self->second);
        for (const auto& [folder, version] : folders_) {
            if (folder != path && parent_of(folder) == path) xml += entry(folder, true, version);
        }
        for (const auto& [file, bytes] : files_) {
            if (parent_of(file) == path) xml += entry(file, false, static_cast<int>(bytes.size()));
        }
        xml += "</D:multistatus>";
        auto response = answer(207, xml);
        return response;
    }

    std::map<std::string, int> folders_;  // path ending in '/' -> version (its ETag)
    std::map<std::string, std::string> files_;
};

// One device's connection to the shared server, with an optional fault for each request.
class MemoryTransport : public sync::DavTransport {
  public:
    using Fault = std::function<std::optional<sync::DavResponse>(
        const std::string& method, const std::string& url, MemoryDavServer& server,
        const std::string& body)>;
    explicit MemoryTransport(MemoryDavServer& server) : server_(server) {}
    Fault fault;

    sync::DavResponse options(const std::string& url) override { return send("OPTIONS", url, {}); }
    sync::DavResponse propfind(const std::string& url) override {
        return send("PROPFIND", url, {});
    }
    sync::DavResponse get(const std::string& url) override { return send("GET", url, {}); }
    sync::DavResponse put_new(const std::string& url, const std::string& body) override {
        return send("PUT", url, body);
    }
    sync::DavResponse mkcol(const std::string& url) override { return send("MKCOL", url, {}); }

  private:
    sync::DavResponse send(const std::string& method, const std::string& url,
                           const std::string& body) {
        if (fault) {
            if (auto faulty = fault(method, url, server_, body)) return *faulty;
        }
        auto response = server_.handle(method, url, body);
        response.bytes_sent = url.size() + body.size() + 60;
        return response;
    }
    MemoryDavServer& server_;
};

}  // namespace hostspace::test
