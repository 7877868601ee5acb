#include <catch2/catch.hpp>

#include "core/util/text.hpp"

using namespace hostspace;

TEST_CASE("split_list trims each item and leaves out empty ones", "[text]") {
    using List = std::vector<std::string>;
    CHECK(split_list("md, pdf,,docx ") == List{"md", "pdf", "docx"});
    CHECK(split_list("purpose") == List{"purpose"});
    CHECK(split_list("a,a") == List{"a", "a"});  // repeats are the caller's to judge
    CHECK(split_list("").empty());
    CHECK(split_list(" , ,").empty());
}
