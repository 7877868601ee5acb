#include <catch2/catch.hpp>

#include "core/sync/dav_multistatus.hpp"
#include "core/util/error.hpp"

using namespace hostspace::sync;

namespace {

// Apache 2.4 mod_dav_fs: "D:" for the structure, "lp1:" (declared on each response) for its
// live properties, a 404 propstat for a property it does not have, and a weak etag for a file
// written less than a second before.
const char* const kApache = R"(<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:" xmlns:ns0="DAV:">
<D:response xmlns:lp1="DAV:" xmlns:lp2="http://apache.org/dav/props/">
<D:href>/dav/hostspace/</D:href>
<D:propstat>
<D:prop>
<lp1:resourcetype><D:collection/></lp1:resourcetype>
<lp1:getlastmodified>Tue, 04 Mar 2025 10:12:45 GMT</lp1:getlastmodified>
<lp1:getetag>"1000-62f8a1b2c3d40"</lp1:getetag>
</D:prop>
<D:status>HTTP/1.1 200 OK</D:status>
</D:propstat>
<D:propstat>
<D:prop>
<ns0:getcontentlength/>
</D:prop>
<D:status>HTTP/1.1 404 Not Found</D:status>
</D:propstat>
</D:response>
<D:response xmlns:lp1="DAV:" xmlns:lp2="http://apache.org/dav/props/">
<D:href>/dav/hostspace/journal-aaaaaaaa.jsonl</D:href>
<D:propstat>
<D:prop>
<lp1:resourcetype/>
<lp1:getcontentlength>18234</lp1:getcontentlength>
<lp1:getetag>"473a-62f8a1b2c3d40"</lp1:getetag>
</D:prop>
<D:status>HTTP/1.1 200 OK</D:status>
</D:propstat>
</D:response>
<D:response xmlns:lp1="DAV:" xmlns:lp2="http://apache.org/dav/props/">
<D:href>/dav/hostspace/snapshot.json</D:href>
<D:propstat>
<D:prop>
<lp1:resourcetype/>
<lp1:getcontentlength>0</lp1:getcontentlength>
<lp1:getetag>W/"0-62f8a1b2c3d41"</lp1:getetag>
</D:prop>
<D:status>HTTP/1.1 200 OK</D:status>
</D:propstat>
</D:response>
</D:multistatus>
)";

// nginx with nginx-dav-ext-module: no etags, every element under "D:".
const char* const kNginx = R"(<?xml version="1.0" encoding="utf-8" ?>
<D:multistatus xmlns:D="DAV:">
<D:response>
<D:href>/sync/hostspace/</D:href>
<D:propstat>
<D:prop>
<D:displayname>hostspace</D:displayname>
<D:getlastmodified>Tue, 04 Mar 2025 10:12:45 GMT</D:getlastmodified>
<D:resourcetype><D:collection/></D:resourcetype>
<D:lockdiscovery/>
<D:supportedlock>
</D:supportedlock>
</D:prop>
<D:status>HTTP/1.1 200 OK</D:status>
</D:propstat>
</D:response>
<D:response>
<D:href>/sync/hostspace/board%20notes.json</D:href>
<D:propstat>
<D:prop>
<D:displayname>board notes.json</D:displayname>
<D:getcontentlength>512</D:getcontentlength>
<D:getlastmodified>Tue, 04 Mar 2025 10:13:02 GMT</D:getlastmodified>
<D:resourcetype></D:resourcetype>
</D:prop>
<D:status>HTTP/1.1 200 OK</D:status>
</D:propstat>
</D:response>
</D:multistatus>
)";

// The same listing with DAV: as the default namespace and no prefix at all.
const char* const kDefaultNamespace = R"(<?xml version="1.0" encoding="utf-8"?>
<multistatus xmlns="DAV:"><response><href>/sync/hostspace/</href><propstat><prop>
<resourcetype><collection/></resourcetype></prop><status>HTTP/1.1 200 OK</status></propstat>
</response><response><href>/sync/hostspace/board%20notes.json</href><propstat><prop>
<getcontentlength>512</getcontentlength><resourcetype/></prop>
<status>HTTP/1.1 200 OK</status></propstat></response></multistatus>)";

// Nextcloud (sabre/dav): "d:", owncloud and nextcloud extras, absolute paths, etags written
// with &quot;, a folder named "Café board" and a file named "journal 李.jsonl".
const char* const kNextcloud = R"(<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:" xmlns:s="http://sabredav.org/ns" xmlns:oc="http://owncloud.org/ns" xmlns:nc="http://nextcloud.org/ns">
<d:response><d:href>/remote.php/dav/files/amira/Workshops/</d:href>
<d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype>
<d:getetag>&quot;65e5b0c1d2a7f&quot;</d:getetag><oc:fileid>00000123ocabc</oc:fileid>
<oc:size>48211</oc:size></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
<d:propstat><d:prop><d:getcontentlength/></d:prop>
<d:status>HTTP/1.1 404 Not Found</d:status></d:propstat></d:response>
<d:response><d:href>/remote.php/dav/files/amira/Workshops/Caf%C3%A9%20board/</d:href>
<d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype>
<d:getetag>&quot;65e5b0c1d2a80&quot;</d:getetag><oc:size>1024</oc:size></d:prop>
<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
<d:response><d:href>/remote.php/dav/files/amira/Workshops/journal%20%E6%9D%8E.jsonl</d:href>
<d:propstat><d:prop><d:resourcetype/><d:getetag>&quot;0b7c4d8a9e1f2&quot;</d:getetag>
<d:getcontentlength>47187</d:getcontentlength><oc:permissions>RGDNVW</oc:permissions></d:prop>
<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
</d:multistatus>)";

// nginx answers 207 with the 404 inside for a folder that is not there.
const char* const kNginxMissing = R"(<?xml version="1.0" encoding="utf-8" ?>
<D:multistatus xmlns:D="DAV:">
<D:response>
<D:href>/sync/hostspace/gone/</D:href>
<D:status>HTTP/1.1 404 Not Found</D:status>
</D:response>
</D:multistatus>
)";

}  // namespace

TEST_CASE("an Apache mod_dav listing: lp1 properties, strong and weak etags", "[sync]") {
    const auto entries = parse_multistatus(kApache, "https://files.example.org/dav/hostspace");
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].href == "/dav/hostspace/");
    CHECK(entries[0].name == "");
    CHECK(entries[0].is_collection);
    CHECK(entries[0].etag == "1000-62f8a1b2c3d40");
    CHECK(entries[0].length == std::nullopt);
    CHECK(entries[1].name == "journal-aaaaaaaa.jsonl");
    CHECK_FALSE(entries[1].is_collection);
    CHECK(entries[1].etag == "473a-62f8a1b2c3d40");
    CHECK(entries[1].length == 18234u);
    CHECK(entries[2].name == "snapshot.json");
    CHECK(entries[2].etag == "W/\"0-62f8a1b2c3d41\"");
    CHECK(entries[2].length == 0u);
}

TEST_CASE("an nginx dav-ext listing, prefixed or in the default namespace", "[sync]") {
    for (const char* xml : {kNginx, kDefaultNamespace}) {
        const auto entries = parse_multistatus(xml, "https://nas.local/sync/hostspace/");
        REQUIRE(entries.size() == 2);
        CHECK(entries[0].name == "");
        CHECK(entries[0].is_collection);
        CHECK(entries[0].etag == std::nullopt);
        CHECK(entries[1].name == "board notes.json");
        CHECK(entries[1].href == "/sync/hostspace/board%20notes.json");
        CHECK_FALSE(entries[1].is_collection);
        CHECK(entries[1].etag == std::nullopt);
        CHECK(entries[1].length == 512u);
    }
}

TEST_CASE("a Nextcloud listing: d: prefix, oc: extras, encoded non-ASCII names", "[sync]") {
    const auto entries = parse_multistatus(
        kNextcloud, "https://cloud.example.org/remote.php/dav/files/amira/Workshops");
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].name == "");
    CHECK(entries[0].etag == "65e5b0c1d2a7f");
    CHECK(entries[1].name == "Caf\xC3\xA9 board");
    CHECK(entries[1].is_collection);
    CHECK(entries[1].length == std::nullopt);  // oc:size is not getcontentlength
    CHECK(entries[2].name == "journal \xE6\x9D\x8E.jsonl");
    CHECK_FALSE(entries[2].is_collection);
    CHECK(entries[2].etag == "0b7c4d8a9e1f2");
    CHECK(entries[2].length == 47187u);
}

TEST_CASE("a listing of a subfolder given with lower-case escapes", "[sync]") {
    const std::string xml = R"(<d:multistatus xmlns:d="DAV:">
<d:response><d:href>/files/Caf%C3%A9%20board/</d:href><d:propstat><d:prop><d:resourcetype>
<d:collection/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
</d:response></d:multistatus>)";
    const auto entries = parse_multistatus(xml, "https://h/files/Caf%c3%a9%20board");
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].name == "");
}

TEST_CASE("the 200-with-404-inside answer reads as missing", "[sync]") {
    CHECK(parse_multistatus(kNginxMissing, "https://nas.local/sync/hostspace/gone/").empty());
    CHECK(multistatus_says_missing(kNginxMissing));
    CHECK_FALSE(multistatus_says_missing(kApache));  // its 404 propstat sits beside a 200
    CHECK_FALSE(multistatus_says_missing(kNginx));
    CHECK_FALSE(multistatus_says_missing(R"(<D:multistatus xmlns:D="DAV:"/>)"));
}

TEST_CASE("responses without a 2xx resourcetype or deeper than one level are left out", "[sync]") {
    const std::string xml = R"(<D:multistatus xmlns:D="DAV:">
<D:response><D:href>/d/</D:href><D:propstat><D:prop><D:resourcetype><D:collection/>
</D:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
<D:response><D:href>/d/locked.json</D:href><D:propstat><D:prop><D:resourcetype/></D:prop>
<D:status>HTTP/1.1 403 Forbidden</D:status></D:propstat></D:response>
<D:response><D:href>/d/gone.json</D:href><D:status>HTTP/1.1 404 Not Found</D:status>
</D:response>
<D:response><D:href>/d/no-type.json</D:href><D:propstat><D:prop><D:getetag>"x"</D:getetag>
</D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
<D:response><D:href>/d/sub/deep.json</D:href><D:propstat><D:prop><D:resourcetype/></D:prop>
<D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
<D:response><D:href>/d/ok.json</D:href><D:propstat><D:prop><D:resourcetype/>
<D:getcontentlength>12x</D:getcontentlength></D:prop><D:status>HTTP/1.1 200 OK</D:status>
</D:propstat></D:response>
</D:multistatus>)";
    const auto entries = parse_multistatus(xml, "/d/");
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].name == "");
    CHECK(entries[1].name == "ok.json");
    CHECK(entries[1].length == std::nullopt);  // "12x" is not a length
}

TEST_CASE("elements count by the namespace their prefix is bound to, not the prefix", "[sync]") {
    // "D:" rebound to another namespace inside the prop, and a resourcetype of someone else's:
    // neither may pass for DAV:'s.
    const std::string xml = R"(<D:multistatus xmlns:D="DAV:" xmlns:x="http://example.com/ns">
<D:response><D:href>/d/</D:href><D:propstat><D:prop><D:resourcetype><D:collection/>
</D:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
<D:response><D:href>/d/a</D:href><D:propstat><D:prop><x:resourcetype/></D:prop>
<D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
<D:response><D:href>/d/b</D:href><D:propstat><D:prop xmlns:D="urn:other"><D:resourcetype/>
</D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
<D:response><D:href>/d/c</D:href><D:propstat><D:prop><D:resourcetype>
<x:collection/></D:resourcetype><D:getetag><![CDATA["c-1"]]></D:getetag></D:prop>
<D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
</D:multistatus>)";
    const auto entries = parse_multistatus(xml, "/d");
    REQUIRE(entries.size() == 2);
    CHECK(entries[1].name == "c");
    CHECK_FALSE(entries[1].is_collection);
    CHECK(entries[1].etag == "c-1");
}

TEST_CASE("garbage, cut-short and foreign answers throw a clear Error", "[sync]") {
    using Catch::Contains;
    const std::string url = "https://files.example.org/dav/hostspace/";
    const std::string apache = kApache;
    CHECK_THROWS_WITH(parse_multistatus(apache.substr(0, apache.size() / 2), url),
                      Contains("the server's answer to a folder listing is not WebDAV XML ("));
    CHECK_THROWS_WITH(parse_multistatus("", url),
                      "the server's answer to a folder listing is empty");
    CHECK_THROWS_WITH(parse_multistatus("{\"error\":\"Service Unavailable\"}", url),
                      Contains("not WebDAV XML") && Contains("it begins \"{\"error\""));
    CHECK_THROWS_WITH(
        parse_multistatus("<html><head><title>502 Bad Gateway</title></head></html>", url),
        Contains("not a WebDAV multistatus (its root is <html>"));
    CHECK_THROWS_WITH(parse_multistatus("<html><body><hr></body></html>", url),
                      Contains("not WebDAV XML (Start-end tags mismatch at byte"));
    CHECK_THROWS_WITH(parse_multistatus(R"(<multistatus xmlns="urn:x"/>)", url),
                      Contains("not a WebDAV multistatus"));
    CHECK_THROWS_WITH(parse_multistatus("<D:multistatus/>", url),  // D: bound to nothing
                      Contains("not a WebDAV multistatus"));
    CHECK_THROWS_AS(multistatus_says_missing("<D:multistatus"), hostspace::Error);
    CHECK_THROWS_WITH(
        parse_multistatus(
            R"(<D:multistatus xmlns:D="DAV:"><D:response><D:propstat/></D:response></D:multistatus>)",
            url),
        "the server's answer to a folder listing has a response without an href");
}

TEST_CASE("a listing of other paths than the folder asked for is refused", "[sync]") {
    // What a reverse proxy that maps /hostspace/ onto the server's /dav/hostspace/ would give:
    // reading it as "nothing here" would look to a sync like every file was deleted.
    CHECK_THROWS_WITH(parse_multistatus(kApache, "https://example.org/hostspace/"),
                      "the server's answer to a folder listing does not list the folder asked "
                      "for (/hostspace/) but /dav/hostspace/; is a proxy rewriting paths?");
}
