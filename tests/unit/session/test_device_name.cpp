#include <catch2/catch.hpp>
#include <string>
#include <thread>
#include <vector>

#include "core/session/stamp.hpp"

using namespace hostspace;

TEST_CASE("device names are interned and ordered by their text", "[stamp]") {
    const DeviceName a(std::string("bbbb-1")), b("bbbb-1"), c("aaaa-2"), none;
    CHECK(a == b);
    CHECK(&a.str() == &b.str());  // one copy of the text
    CHECK(a != c);
    CHECK(c < a);  // by text, not by when each was first seen
    CHECK_FALSE(a < b);
    CHECK_FALSE(a < c);
    CHECK(none.str().empty());
    CHECK(none == DeviceName(std::string()));
    CHECK(none < c);
    const std::string& text = a;  // reads as the string it names
    CHECK(text == "bbbb-1");
}

TEST_CASE("stamps order by lamport, then device text, then sequence", "[stamp]") {
    const Stamp early{1, "zzzz", 9}, later{2, "aaaa", 1};
    CHECK(early < later);
    CHECK(Stamp{2, "aaaa", 5} < Stamp{2, "bbbb", 1});
    CHECK(Stamp{2, "aaaa", 1} < Stamp{2, "aaaa", 2});
    CHECK(Stamp{2, "aaaa", 1} == Stamp{2, std::string("aaaa"), 1});
    CHECK_FALSE(Stamp{} < Stamp{});
}

TEST_CASE("device names made on several threads at once agree", "[stamp]") {
    std::vector<const std::string*> seen(8);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < seen.size(); ++t) {
        threads.emplace_back([&seen, t] {
            for (int i = 0; i < 1000; ++i) DeviceName("device-" + std::to_string(i));
            seen[t] = &DeviceName("device-500").str();
        });
    }
    for (auto& thread : threads) thread.join();
    for (const std::string* p : seen) CHECK(p == seen.front());
}
