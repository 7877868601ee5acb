#include <catch2/catch.hpp>

#include "core/export/harvest_document.hpp"
#include "core/util/error.hpp"
#include "document_text.hpp"
#include "sample_session.hpp"

using namespace hostspace;
using namespace hostspace::doc;

TEST_CASE("section names read back and a list of them is parsed", "[documents][model]") {
    for (const Section s : kAllSections) CHECK(section_from_name(section_name(s)) == s);
    CHECK_FALSE(section_from_name("appendix"));
    CHECK(parse_sections("purpose, notes,purpose") ==
          std::vector<Section>{Section::purpose, Section::notes});
    CHECK_THROWS_WITH(parse_sections("purpose,apendix"),
                      Catch::Contains("apendix") && Catch::Contains("principles"));
    CHECK_THROWS_AS(parse_sections(" , "), Error);
}

TEST_CASE("the default sections are those with content", "[documents][model]") {
    CHECK(sections_with_content(Session{}).empty());
    const auto all = sections_with_content(test::sample_session());
    CHECK(all == std::vector<Section>(kAllSections.begin(), kAllSections.end()));
}

TEST_CASE("the document holds the agreed purpose with its consent record", "[documents][model]") {
    const HarvestDocument d = build_harvest_document(test::sample_session(), {});
    CHECK(d.title == "Children & Young People's Board: our purpose");
    CHECK(d.language == "en-GB");
    CHECK(d.author == "Ruth Adeyemi, Dan Price");
    const std::string text = test::document_text(d);
    CHECK_THAT(text, Catch::Contains("families, and to act with them"));
    CHECK_THAT(text, Catch::Contains("Agreed by consent on 2026-11-26: 3 agree"));
    CHECK_THAT(text, Catch::Contains("To be reviewed on 2027-11-26"));
    CHECK_THAT(text, Catch::Contains("It talks about us, not with us"));
    CHECK_THAT(text, Catch::Contains("resolved by amending the wording"));
    // The other draft is in the appendix, with its label.
    CHECK_THAT(text, Catch::Contains("Table <2>"));
    CHECK_THAT(text, Catch::Contains("*join up*"));
}

TEST_CASE("headings go 1, 2, 3 in order and the appendices start on a new page",
          "[documents][model]") {
    const HarvestDocument d = build_harvest_document(test::sample_session(), {});
    int last = 0;
    std::vector<std::string> h2;
    bool break_before_next = false;
    for (const Block& block : d.blocks) {
        if (std::holds_alternative<PageBreak>(block)) break_before_next = true;
        const auto* h = std::get_if<Heading>(&block);
        if (!h) continue;
        CHECK(h->level <= last + 1);  // never a jump from 1 to 3
        CHECK_FALSE(h->anchor.empty());
        last = h->level;
        if (h->level == 2) {
            h2.push_back(h->text);
            if (h->text.rfind("Appendix", 0) == 0) CHECK(break_before_next);
            break_before_next = false;
        }
    }
    CHECK(h2 == std::vector<std::string>{"Purpose", "Principles", "Actions", "Next focus",
                                         "The session as it ran", "Votes", "Who took part",
                                         "The board", "Appendix: purpose drafts",
                                         "Appendix: every note"});
}

TEST_CASE("a document with only the sections asked for", "[documents][model]") {
    ExportOptions options;
    options.sections = {Section::actions};
    const HarvestDocument d = build_harvest_document(test::sample_session(), options);
    const std::string text = test::document_text(d);
    CHECK_THAT(text, Catch::Contains("Invite two young people"));
    CHECK_THAT(text, !Catch::Contains("Principles"));
    CHECK(d.find_table("actions"));
    CHECK_FALSE(d.find_table("notes"));
    // The picture is made whatever the sections: a PNG may be asked for on its own.
    CHECK(d.board.notes.size() == 18);
}

TEST_CASE("a section asked for that has nothing says so", "[documents][model]") {
    ExportOptions options;
    options.sections = {Section::purpose, Section::principles,   Section::actions, Section::focus,
                        Section::votes,   Section::participants, Section::notes,   Section::rounds};
    const std::string text = test::document_text(build_harvest_document(Session{}, options));
    CHECK_THAT(text, Catch::Contains("No purpose statement has been drafted yet."));
    CHECK_THAT(text, Catch::Contains("No principles have been written yet."));
    CHECK_THAT(text, Catch::Contains("No actions were agreed."));
    CHECK_THAT(text, Catch::Contains("No focus items were named."));
    CHECK_THAT(text, Catch::Contains("No votes were held."));
    CHECK_THAT(text, Catch::Contains("No participants were listed."));
    CHECK_THAT(text, Catch::Contains("The board has no notes."));
    CHECK_THAT(text, Catch::Contains("The agenda has no rounds."));
}

TEST_CASE("an undecided purpose shows the leading draft, marked as a draft", "[documents][model]") {
    test::HarvestRoom room;
    room.add(
        new_draft(room.harvest(), "d1", "v1", "Table 1", "We come together to A so that B.", "T1"));
    room.add(
        new_draft(room.harvest(), "d2", "v2", "Table 2", "We come together to C so that D.", "T2"));
    room.add(OpenVotingRound{"v", "Which draft?",
                             VotingRules{VoteTarget::drafts, 3, 0, false, false, {}, ""}});
    room.add(CastDot{"x1", "v", "d2", "Ann"});
    std::string text = test::document_text(build_harvest_document(room.session, {}));
    // Hidden results do not decide: the first draft leads.
    CHECK(text.find("Draft, not yet agreed") < text.find("We come together to A"));
    room.add(RevealVotes{"v", true});
    text = test::document_text(build_harvest_document(room.session, {}));
    const auto purpose = text.find("Draft, not yet agreed");
    REQUIRE(purpose != std::string::npos);
    const auto purpose_end = text.find("\nVotes\n", purpose);  // the votes list every draft
    CHECK(text.find("We come together to C", purpose) < purpose_end);
    CHECK(text.find("We come together to A", purpose) > purpose_end);
}

TEST_CASE("an anonymous document names no one", "[documents][model]") {
    ExportOptions options;
    options.anonymous = true;
    const HarvestDocument d = build_harvest_document(test::sample_session(), options);
    const std::string text = test::document_text(d);
    for (const char* name :
         {"Helen Marsh", "Amira Hussain", "Ruth Adeyemi", "Tom", "\xE6\x9D\x8E\xE4\xBC\x9F\n"}) {
        INFO(name);
        CHECK_THAT(text, !Catch::Contains(name));
    }
    CHECK(d.author.empty());
    // Organisations stay, with how many people came from each.
    CHECK_THAT(text, Catch::Contains("Public Health (1)"));
    CHECK_THAT(text, Catch::Contains("Youth Council (1)"));
    // A participant named on an action is shown by organisation; free text is left out.
    CHECK_THAT(text, Catch::Contains("ICB"));
    CHECK_THAT(text, !Catch::Contains("Finance team"));
    for (const auto& card : d.board.notes) CHECK(card.author.empty());
}

TEST_CASE("note authors are left out where the board hides them", "[documents][model]") {
    Session s = test::sample_session();
    s.board.anonymous.value = true;
    const HarvestDocument d = build_harvest_document(s, {});
    const DataTable* notes = d.find_table("notes");
    REQUIRE(notes);
    for (const auto& row : notes->rows) CHECK(row[1].text.empty());
    for (const auto& card : d.board.notes) CHECK(card.author.empty());
    // Participants are still listed by name: only the notes' authors are hidden.
    CHECK_THAT(test::document_text(d), Catch::Contains("Helen Marsh"));
}

TEST_CASE("the notes table has one row per live note with its revealed dots",
          "[documents][model]") {
    const HarvestDocument d = build_harvest_document(test::sample_session(), {});
    const DataTable* notes = d.find_table("notes");
    REQUIRE(notes);
    CHECK(notes->header == std::vector<std::string>{"text", "author", "organisation", "theme",
                                                    "colour", "dots", "created_at"});
    REQUIRE(notes->rows.size() == 18);
    CHECK(notes->rows[0][0].text == "Ask young people first");
    CHECK(notes->rows[0][3].text == "Young people's voice");
    CHECK(notes->rows[0][5].text == "1");  // the live-results vote on notes shows
    CHECK(notes->rows[0][5].number);
    CHECK(notes->rows[0][6].text.size() == 20);  // 2026-11-26T..:..:..Z
    CHECK(notes->rows[0][6].text.back() == 'Z');
}

TEST_CASE("every hostile text reaches the document whole", "[documents][model]") {
    const std::string text =
        test::document_text(build_harvest_document(test::sample_session(), {}));
    for (const char* hostile : test::kHostileText) {
        INFO(hostile);
        CHECK_THAT(text, Catch::Contains(hostile));
    }
}

TEST_CASE("a file stem from the title and date", "[documents][model]") {
    Session s;
    CHECK(file_stem_for(s) == "harvest");
    s.meta.title.value = "Board: our purpose!";
    s.meta.date.value = "2026-12-04";
    CHECK(file_stem_for(s) == "board-our-purpose-2026-12-04");
    s.meta.title.value = "\xE6\x9D\x8E\xE4\xBC\x9F / Caf\xC3\xA9";
    CHECK(file_stem_for(s) == "\xE6\x9D\x8E\xE4\xBC\x9F-caf\xC3\xA9-2026-12-04");
    s.meta.title.value = std::string(200, 'x');
    CHECK(file_stem_for(s).size() <= 120);
}
