#pragma once
// The fixed session every document test and golden file is made from: a children and young
// people's board with names in several scripts, text that looks like markup or a spreadsheet
// formula, a revealed vote, an agreed purpose with one resolved objection, a second draft, two
// principles, an action, a focus item and a timed agenda that ran. Ids and clocks are fixed, so the
// documents made from it are the same on every run.
#include <string>

#include "core/harvest/consent.hpp"
#include "core/harvest/drafts.hpp"
#include "core/harvest/plans.hpp"
#include "core/harvest/principles.hpp"
#include "harvest/harvest_room.hpp"

namespace hostspace::test {

// Text that a careless writer turns into markup, a formula or a broken file.
inline const char* const kHostileText[] = {
    "<script>alert(1)</script>",
    "# not a heading",
    "| a | b |",
    "[click](javascript:alert(1))",
    "=cmd|' /C calc'!A0",
    "*not emphasis* and _not_ either",
    "`code` and ```fences```",
    "\xE2\x80\x8F"
    "right-to-left mark",  // U+200F before the words
    "1. not a list",
    "- not a bullet",
    "+44 7700 900123",
    "@mention",
    "back\\slash & ampersand \"quoted\" 'single'",
};

inline Session sample_session() {
    HarvestRoom room;  // two themes (g1 "Young people's voice", g2 "Trust"), three notes
    room.add(SetMeta{MetaField::title, "Children & Young People's Board: our purpose"});
    room.add(SetMeta{MetaField::date, "2026-11-26"});
    room.add(SetMeta{MetaField::venue, "Town Hall, Committee Room 2"});
    room.add(SetMeta{MetaField::hosts, "Ruth Adeyemi, Dan Price"});
    room.add(SetMeta{MetaField::question, "What is our shared purpose as a board?"});
    room.add(
        AddParticipant{"p3", "\xE6\x9D\x8E\xE4\xBC\x9F", "Public Health", "Consultant"});  // 李伟
    room.add(AddParticipant{"p4",
                            "\xD9\x81\xD8\xA7\xD8\xB7\xD9\x85\xD8\xA9 \xD8\xB9\xD9\x84\xD9\x8A",
                            "Children's Social Care", "Director"});  // فاطمة علي
    room.add(AddParticipant{
        "p5", "\xE0\xA4\xAA\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA4\xBF\xE0\xA4\xAF\xE0\xA4\xBE",
        "Education", "Head of inclusion"});  // प्रिया
    room.add(AddNote{"n4",
                     "\xE6\x9D\x8E\xE4\xBC\x9F: listen first",
                     "\xE6\x9D\x8E\xE4\xBC\x9F",
                     "Public Health",
                     "green",
                     "g2",
                     {400, 200}});
    room.add(
        AddNote{"n5",
                "\xD9\x86\xD8\xB3\xD8\xAA\xD9\x85\xD8\xB9 \xD8\xA3\xD9\x88\xD9\x84\xD8\xA7\xD9\x8B",
                "\xD9\x81\xD8\xA7\xD8\xB7\xD9\x85\xD8\xA9 \xD8\xB9\xD9\x84\xD9\x8A",
                "Children's Social Care",
                "yellow",
                "",
                {800, 50}});  // نستمع أولاً
    int n = 0;
    for (const char* text : kHostileText) {
        ++n;
        room.add(AddNote{"h" + std::to_string(n),
                         text,
                         "Tom",
                         "Police",
                         "pink",
                         "",
                         {800, 100.0f + 60.0f * static_cast<float>(n)}});
    }
    room.add(AddRound{"r1", "Check-in", "What do you bring today?", "", 900, {}, 1});
    room.add(AddRound{"r2", "World Caf\xC3\xA9", "What must we do together?", "", 3600, {}, 2});
    room.add(SetAgendaStart{1'795'354'200'000});  // 2026-11-26 13:30 UTC
    // As it ran: the check-in from 13:34 for 17 minutes, the café until the stop at 14:49.
    const std::int64_t clock_before = room.now_ms;
    const std::int64_t check_in_at = 1'795'354'440'000;
    room.add(StartRound{"r1", 0, check_in_at});
    room.add(NextStep{check_in_at + 17 * 60'000, "r1", 0});
    room.now_ms = check_in_at + 75 * 60'000 - 1000;  // the stop's own clock
    room.add(StopTimer{});
    room.now_ms = clock_before + 3000;
    room.add(OpenVotingRound{"v1", "Which themes matter most?",
                             VotingRules{VoteTarget::groups, 3, 2, false, false, {}, ""}});
    room.add(CastDot{"d1", "v1", "g1", "Helen Marsh"});
    room.add(CastDot{"d2", "v1", "g1", "Helen Marsh"});
    room.add(CastDot{"d3", "v1", "g2", "Amira Hussain"});
    room.add(RevealVotes{"v1", true});
    room.add(OpenVotingRound{"v2", "Which notes?",
                             VotingRules{VoteTarget::notes, 3, 0, true, true, {}, ""}});
    room.add(CastDot{"d4", "v2", "n1", "k1"});
    room.add(CastDot{"d5", "v2", "h1", "k2"});

    room.add(new_draft(room.harvest(), "dr1", "dv1", "Caf\xC3\xA9 table 1",
                       "We come together to listen to young people so that services change.",
                       "Caf\xC3\xA9 table 1", {"g1", "n1", "n2"}));
    room.add(new_draft(room.harvest(), "dr2", "dv2", "Table <2>",
                       "We come together to *join up* our work so that no child falls between us.",
                       "Table <2>"));
    room.add(ask_consent_on_draft(*room.harvest().find_draft("dr1"), "c1", ConsentMode::named));
    const NewId ids = counter_ids("o");
    room.add_all(respond(*room.harvest().find_consent_round("c1"), "Helen Marsh",
                         ConsentAnswer{ConsentKind::agree, ""}, ids));
    room.add_all(respond(*room.harvest().find_consent_round("c1"), "Amira Hussain",
                         ConsentAnswer{ConsentKind::object, "It talks about us, not with us"},
                         ids));
    room.add_all(
        amend_and_ask_again(room.harvest(), "c1", "dv3",
                            "We come together to listen to children, young people and their "
                            "families, and to act with them, so that every child here grows up "
                            "safe, healthy and heard.",
                            "Ruth Adeyemi", "c2"));
    for (const char* person : {"Helen Marsh", "Amira Hussain", "\xE6\x9D\x8E\xE4\xBC\x9F"}) {
        room.add_all(respond(*room.harvest().find_consent_round("c2"), person,
                             ConsentAnswer{ConsentKind::agree, ""}, ids));
    }
    room.add(SetConsentAgreement{"c2", {true, "2026-11-26", "2027-11-26"}});

    AddPrinciple first =
        new_principle(room.harvest(), "pr1", "Young people shape what we do",
                      "We decide with children and young people, not for them.", {"g1"});
    first.champion = assignee_for(*room.session.find_participant("p2"));
    room.add(first);
    room.add(new_line(room.harvest(), "pr1", LineKind::practice, "l1",
                      "Young people co-chair a meeting a year"));
    room.add(new_line(room.harvest(), "pr1", LineKind::practice, "l2",
                      "# every paper says how they were involved"));
    room.add(new_line(room.harvest(), "pr1", LineKind::accountability, "l3",
                      "We ask: whose voices did we hear?"));
    room.add(
        new_principle(room.harvest(), "pr2", "One team | around the child", "We act as one team."));
    room.add(
        new_line(room.harvest(), "pr2", LineKind::practice, "l4", "A named lead for every family"));
    room.add(new_action(room.harvest(), "a1", "Invite two young people to join the board",
                        assignee_for(*room.session.find_participant("p1")), "2027-01-31", "pr1"));
    room.add(new_action(room.harvest(), "a2", "=SUM(A1:A9) check the budget",
                        Assignee{"", "Finance team"}, "2027-03-31"));
    room.add(new_focus_item(room.harvest(), "f1", "How will we fund youth participation?",
                            assignee_for(*room.session.find_participant("p4")), "March board"));
    return room.session;
}

}  // namespace hostspace::test
