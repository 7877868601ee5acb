#include <catch2/catch.hpp>

#include "core/sync/dav_href.hpp"

using namespace hostspace::sync;

TEST_CASE("percent_decode turns valid escapes into bytes and keeps broken ones", "[sync]") {
    CHECK(percent_decode("Caf%C3%A9%20board") == "Caf\xC3\xA9 board");
    CHECK(percent_decode("caf%c3%a9") == "caf\xC3\xA9");
    CHECK(percent_decode("%7e%7E") == "~~");
    CHECK(percent_decode("100%") == "100%");
    CHECK(percent_decode("100%2") == "100%2");
    CHECK(percent_decode("%zz%4") == "%zz%4");
    CHECK(percent_decode("%%41") == "%A");
    CHECK(percent_decode("a+b") == "a+b");
    CHECK(percent_decode("%00x") == std::string("\0x", 2));
    CHECK(percent_decode("") == "");
}

TEST_CASE("percent_encode_path_segment keeps only unreserved characters", "[sync]") {
    CHECK(percent_encode_path_segment("Caf\xC3\xA9 board") == "Caf%C3%A9%20board");
    CHECK(percent_encode_path_segment("a-b.c_d~e09AZ") == "a-b.c_d~e09AZ");
    CHECK(percent_encode_path_segment("x/y?z#w%&+=:@") == "x%2Fy%3Fz%23w%25%26%2B%3D%3A%40");
    CHECK(percent_encode_path_segment("\xE6\x9D\x8E") == "%E6%9D%8E");
    CHECK(percent_decode(percent_encode_path_segment("50% off: \"notes\"")) ==
          "50% off: \"notes\"");
    CHECK(percent_encode_path_segment("") == "");
}

TEST_CASE("path_of_url keeps the path only", "[sync]") {
    CHECK(path_of_url("https://h:8443/remote.php/dav/files/u/x/") == "/remote.php/dav/files/u/x/");
    CHECK(path_of_url("https://h/a/b?c=1#d") == "/a/b");
    CHECK(path_of_url("https://user@[::1]:8080/dav") == "/dav");
    CHECK(path_of_url("https://h") == "/");
    CHECK(path_of_url("https://h?x=/y") == "/");
    CHECK(path_of_url("HTTP://h/A") == "/A");
    CHECK(path_of_url("/a/b/?q") == "/a/b/");
    CHECK(path_of_url("/odd/http://x") == "/odd/http://x");
    CHECK(path_of_url("c") == "c");
}

TEST_CASE("name_under reads every form of href a server sends", "[sync]") {
    const std::string folder = "https://cloud.example.org/remote.php/dav/files/amira/Workshops/";
    const std::string child = "/remote.php/dav/files/amira/Workshops/";
    CHECK(name_under(child + "Caf%C3%A9%20board/", folder) == "Caf\xC3\xA9 board");
    CHECK(name_under(child + "notes.json", folder) == "notes.json");
    CHECK(name_under("https://cloud.example.org" + child + "notes.json", folder) == "notes.json");
    // a proxy that terminates TLS: the server names itself differently, the path is the same
    CHECK(name_under("http://10.0.0.5:8080" + child + "notes.json", folder) == "notes.json");
    CHECK(name_under("notes.json", folder) == "notes.json");
    CHECK(name_under("sub/", folder) == "sub");
    CHECK(name_under("notes.json?v=2", folder) == "notes.json");
}

TEST_CASE("name_under gives \"\" for the folder itself, slash or not", "[sync]") {
    CHECK(name_under("/dav/x/", "https://h/dav/x/") == "");
    CHECK(name_under("/dav/x", "https://h/dav/x/") == "");
    CHECK(name_under("/dav/x/", "https://h/dav/x") == "");
    CHECK(name_under("http://h/dav/x", "/dav/x") == "");
    CHECK(name_under("", "/dav/x/") == "");
    CHECK(name_under("/", "https://h") == "");
    CHECK(name_under("/top.txt", "https://h") == "top.txt");
}

TEST_CASE("name_under matches escapes and slashes however they are written", "[sync]") {
    const std::string folder = "https://h/dav/Caf%c3%a9%20board/";
    CHECK(name_under("/dav/Caf%C3%A9%20board/a%7eb", folder) == "a~b");
    CHECK(name_under("/dav/Caf\xC3\xA9 board/a~b", folder) == "a~b");
    CHECK(name_under("/dav//Caf%C3%A9%20board///a", folder) == "a");
    CHECK(name_under("//dav/Caf%C3%A9%20board/a", folder) == "a");
    CHECK(name_under("/dav/Caf%C3%A9%20board/a", "https://h//dav/Caf%C3%A9%20board") == "a");
}

TEST_CASE("name_under refuses what is not a direct child", "[sync]") {
    const std::string folder = "https://h/dav/x/";
    CHECK(name_under("/dav/x/a/b", folder) == std::nullopt);
    CHECK(name_under("a/b", folder) == std::nullopt);
    CHECK(name_under("/dav/", folder) == std::nullopt);
    CHECK(name_under("/dav/y/a", folder) == std::nullopt);
    CHECK(name_under("/dav/xa", folder) == std::nullopt);
    CHECK(name_under("/dav/X/a", folder) == std::nullopt);  // paths are case-sensitive
    CHECK(name_under("/other/dav/x/a", folder) == std::nullopt);
    // names no local file can have
    CHECK(name_under("/dav/x/..", folder) == std::nullopt);
    CHECK(name_under("/dav/x/%2E%2E", folder) == std::nullopt);
    CHECK(name_under("/dav/x/.", folder) == std::nullopt);
    CHECK(name_under("/dav/x/a%2Fb", folder) == std::nullopt);
    CHECK(name_under("/dav/x/a%00b", folder) == std::nullopt);
    CHECK(name_under("/dav/x/../x/a", folder) == std::nullopt);
}
