#include <catch2/catch.hpp>

#include "core/sync/server_check.hpp"
#include "memory_dav_server.hpp"

using namespace hostspace;
using namespace hostspace::sync;
using hostspace::test::MemoryDavServer;
using hostspace::test::MemoryTransport;

namespace {

const SyncTarget kTarget{"http://dav.test/dav", "board", "aaaaaaaa-0000-4000-8000-000000000001"};

MemoryTransport::Fault answer(const std::string& method, int status,
                              std::map<std::string, std::string> headers = {}) {
    return [=](const std::string& m, const std::string&, MemoryDavServer&,
               const std::string&) -> std::optional<DavResponse> {
        if (m != method) return std::nullopt;
        DavResponse response;
        response.status = status;
        response.headers = headers;
        return response;
    };
}

}  // namespace

TEST_CASE("a WebDAV folder passes the check, with the probe in the device's own folder", "[sync]") {
    MemoryDavServer server;
    MemoryTransport transport(server);
    const auto check = check_server(transport, kTarget, 42);
    CHECK(check.ok);
    CHECK_THAT(check.verdict, Catch::Contains("works for sync"));
    CHECK(server.files().count("/dav/board/ops/" + kTarget.device_id + "/server-check.txt") == 1);
    CHECK(check_server(transport, kTarget, 43).ok);  // again, once it is set up
}

TEST_CASE("each way a server can fail the check has its own verdict", "[sync]") {
    MemoryDavServer server;
    MemoryTransport transport(server);

    transport.fault = answer("OPTIONS", 200);  // a web server without WebDAV
    auto check = check_server(transport, kTarget, 1);
    CHECK(check.problem == SyncProblem::not_webdav);
    CHECK_THAT(check.verdict, Catch::Contains("not as a WebDAV server"));

    transport.fault = answer("PROPFIND", 405);  // a proxy that blocks PROPFIND
    check = check_server(transport, kTarget, 1);
    CHECK(check.problem == SyncProblem::not_webdav);
    CHECK_THAT(check.verdict, Catch::Contains("proxy or firewall"));

    transport.fault = answer("OPTIONS", 401);
    check = check_server(transport, kTarget, 1);
    CHECK(check.problem == SyncProblem::wrong_password);

    transport.fault = answer("PUT", 507);
    check = check_server(transport, kTarget, 1);
    CHECK(check.problem == SyncProblem::server_full);

    transport.fault = [](const std::string&, const std::string&, MemoryDavServer&,
                         const std::string&) -> std::optional<DavResponse> {
        DavResponse response;
        response.failure = NetFailure::tls_untrusted;
        return response;
    };
    check = check_server(transport, kTarget, 1);
    CHECK(check.problem == SyncProblem::certificate);
    CHECK_THAT(check.verdict, Catch::Contains("CA file"));

    transport.fault = [](const std::string&, const std::string&, MemoryDavServer&,
                         const std::string&) -> std::optional<DavResponse> {
        DavResponse response;
        response.failure = NetFailure::cannot_resolve;
        return response;
    };
    check = check_server(transport, kTarget, 1);
    CHECK(check.problem == SyncProblem::offline);
    CHECK_THAT(check.verdict, Catch::Contains("not known"));
}
