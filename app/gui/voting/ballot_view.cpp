// Pass the laptop: each participant in turn places their own dots on the facilitator's laptop.
// A ballot starts with the voter's name (or, in an anonymous round, an opaque key made for
// it), shows only that voter's own dots, and ends on a neutral hand-over screen, so the next
// person never sees what the one before chose. No totals are shown here, even in a round whose
// results are live: they would give the previous voter's dots away.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>

#include "app/gui/shell/test_log.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/voting/ballot_screen.hpp"
#include "app/gui/voting/voting_parts.hpp"
#include "core/board/filter.hpp"
#include "core/util/text.hpp"
#include "core/util/uuid.hpp"
#include "core/voting/voting_results.hpp"
#include "core/voting/voting_rules.hpp"

namespace hostspace::gui {
namespace {

constexpr const char* kFinishPopup = "Finish ballots?###finish-ballots";

// `voter` is a copy: it may be one of b.ui's own strings, which this clears.
void begin_voting(BallotScreen& b, std::string voter) {
    b.ui.voter = voter;
    b.ui.returning_voter.clear();
    // A returning voter keeps the number of their ballot; a new one comes after the rest.
    const std::vector<Ballot> cast = ballots(b.round);
    const auto mine = std::find_if(
        cast.begin(), cast.end(), [&voter](const Ballot& ballot) { return ballot.first == voter; });
    b.ui.number = static_cast<int>(mine - cast.begin()) + 1;
    b.ui.step = BallotStep::voting;
    b.ui.focus = b.items.empty() ? "done" : "add:" + b.items.front();
}

void start_ballot(BallotScreen& b) {
    b.ui.message.clear();
    b.ui.returning_voter.clear();
    if (b.round.rules.anonymous) return begin_voting(b, "ballot-" + new_uuid().substr(0, 8));
    const std::string voter = trim_space(b.ui.name);
    b.ui.focus_field = true;  // Enter let go of the field: back to it, to put it right
    if (voter.empty()) return refuse(b, "Type your name to start.");
    if (const auto returning = ballot_voter(b.round, voter)) {
        // Two people of one name would share one budget; the same person may change theirs.
        b.ui.returning_voter = *returning;
        b.ui.focus_field = false;
        b.ui.focus = "continue";
        return refuse(b, "Someone called " + *returning +
                             " has voted in this round already. If that is someone else, add "
                             "a surname or an initial; if it is you, continue your ballot.");
    }
    b.ui.focus_field = false;
    begin_voting(b, voter);
}

void draw_start(BallotScreen& b) {
    const Fonts& fonts = b.frame.fonts;
    const int number = static_cast<int>(ballots(b.round).size()) + 1;
    // The offer to continue stands while the field still holds the name it was made for.
    if (!b.ui.returning_voter.empty() &&
        fold_case(trim_space(b.ui.name)) != fold_case(b.ui.returning_voter)) {
        b.ui.returning_voter.clear();
        b.ui.message.clear();
    }
    const bool returning = !b.ui.returning_voter.empty();
    bool moved = false;
    const BallotKeys keys =
        read_ballot_keys(returning ? std::vector<std::string>{"start", "continue", "finish"}
                                   : std::vector<std::string>{"start", "finish"},
                         1, b.ui.focus, moved);
    ImGui::Dummy(ImVec2(0, 40 * b.s));
    centred_text(fonts.heading, colours::text, "Ballot " + std::to_string(number));
    centred_text(fonts.bold, colours::text, b.round.title.value);
    std::string rules = dots_text(b.round.rules.dots_per_person) + " to place";
    if (b.round.rules.per_item_max > 0) {
        rules += ", at most " + std::to_string(b.round.rules.per_item_max) + " on one item";
    }
    centred_text(fonts.body, colours::text_muted, rules);
    ImGui::Dummy(ImVec2(0, 24 * b.s));
    bool start = false;
    if (b.round.rules.anonymous) {
        centred_text(fonts.body, colours::text_muted,
                     "This vote is anonymous: no name is kept with your dots.");
    } else {
        const float field_w = std::min(420 * b.s, ImGui::GetContentRegionAvail().x);
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() +
                             (ImGui::GetContentRegionAvail().x - field_w) / 2);
        ImGui::SetNextItemWidth(field_w);
        if (b.ui.focus_field) {
            ImGui::SetKeyboardFocusHere();
            b.ui.focus_field = false;
        }
        ImGui::PushFont(fonts.heading);
        start = ImGui::InputTextWithHint("##voter-name", "Your name", &b.ui.name,
                                         ImGuiInputTextFlags_EnterReturnsTrue);
        ImGui::PopFont();
    }
    ImGui::Dummy(ImVec2(0, 8 * b.s));
    start = centred_button(b, "Start", "start", 240 * b.s, true, keys) || start;
    if (!b.ui.message.empty()) {
        ImGui::Dummy(ImVec2(0, 8 * b.s));
        draw_message_band(b.ui.message, fonts.bold, b.s);
    }
    bool resume = false;
    if (returning) {
        ImGui::Dummy(ImVec2(0, 8 * b.s));
        const std::string label = "Continue " + b.ui.returning_voter + "'s ballot###continue";
        resume = centred_button(b, label.c_str(), "continue", 420 * b.s, false, keys);
    }
    ImGui::Dummy(ImVec2(0, 40 * b.s));
    if (centred_button(b, "Finish ballots…", "finish", 240 * b.s, false, keys)) {
        b.ui.confirm_finish = true;
    }
    if (resume) {
        b.ui.message.clear();
        begin_voting(b, b.ui.returning_voter);
    } else if (start) {
        start_ballot(b);
    }
}

void draw_hand_over(BallotScreen& b) {
    bool moved = false;
    const BallotKeys keys = read_ballot_keys({"next", "finish"}, 1, b.ui.focus, moved);
    ImGui::Dummy(ImVec2(0, 60 * b.s));
    centred_text(b.frame.fonts.heading, colours::text, "Thank you.");
    centred_text(b.frame.fonts.body, colours::text_muted,
                 "Please pass the laptop on to the next person.");
    ImGui::Dummy(ImVec2(0, 24 * b.s));
    if (centred_button(b, "Next voter", "next", 240 * b.s, true, keys)) {
        b.ui = BallotUiState{};
        b.ui.focus_field = true;
        b.ui.focus = "start";
    }
    ImGui::Dummy(ImVec2(0, 40 * b.s));
    if (centred_button(b, "Finish ballots…", "finish", 240 * b.s, false, keys)) {
        b.ui.confirm_finish = true;
    }
}

// Finishing goes back to the board: asked first, since a voter might press it by mistake.
void draw_finish_question(BallotScreen& b, VotingUiState& voting) {
    if (b.ui.confirm_finish) {
        b.ui.confirm_finish = false;
        ImGui::OpenPopup(kFinishPopup);
    }
    const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    ImGui::SetNextWindowPos(ImVec2(at.x + size.x / 2, at.y + size.y / 2), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(
            kFinishPopup, nullptr,
            ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
        return;
    }
    ImGui::TextUnformatted("Finish taking ballots and go back to the board?");
    text_line(b.frame.fonts.caption, colours::text_muted,
              "You can pass the laptop round again later.");
    ImGui::Spacing();
    const bool keep =
        ImGui::Button("Keep taking ballots") || ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false);
    ImGui::SameLine();
    const bool finish = primary_button("Finish", ImVec2(0, 0)) ||
                        ImGui::IsKeyPressed(GLFW_KEY_ENTER, false) ||
                        ImGui::IsKeyPressed(GLFW_KEY_KP_ENTER, false);
    if (finish && !keep) {
        voting.screen = VotingScreen::board;
        voting.ballot = BallotUiState{};
    }
    if (finish || keep) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

// Undo and redo wait until the ballots are finished: Ctrl+Z here would take back the dots of
// the voter before, whom this one must not see or change. A voter's own way back is "take back".
void hold_history(FrameRequests& out) {
    auto& c = out.commands;
    c.erase(std::remove_if(c.begin(), c.end(),
                           [](Command k) { return k == Command::undo || k == Command::redo; }),
            c.end());
}

void log_ballot(const BallotScreen& b, VotingUiState& voting) {
    if (!test_log_enabled()) return;
    const BallotUiState& ui = b.ui;
    std::string line = "ballot voter=";
    if (ui.step == BallotStep::voting) {
        const auto it = std::find(b.items.begin(), b.items.end(), focus_item(ui.focus));
        const std::string focus = ui.focus == "done" ? "done"
                                  : it == b.items.end()
                                      ? "-"
                                      : ui.focus.substr(0, ui.focus.find(':') + 1) +
                                            std::to_string(it - b.items.begin() + 1);
        line += std::to_string(ui.number) +
                " dots_left=" + std::to_string(dots_left(b.round, ui.voter)) +
                " own_dots=" + std::to_string(b.round.dots_used(ui.voter)) +
                " totals_shown=no step=voting cards=" + std::to_string(b.items.size()) +
                " focus=" + focus;
    } else {
        line += ui.step == BallotStep::start
                    ? std::to_string(ballots(b.round).size() + 1) +
                          " dots_left=- own_dots=- "
                          "totals_shown=no step=start"
                    : "- dots_left=- own_dots=- totals_shown=no step=hand_over";
    }
    log_voting_state(voting, line + target_suffix(b.round));
}

}  // namespace

void refuse(BallotScreen& b, const std::string& why) {
    b.ui.message = why;
    note_for_tests("ballot refused reason=" + log_quoted(why));
}

std::string dots_text(int count) {
    return std::to_string(count) + (count == 1 ? " dot" : " dots");
}

void centred_text(ImFont* font, ImU32 colour, const std::string& text) {
    const float width = ImGui::GetContentRegionAvail().x;
    const float wrap = width;
    const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap, text.c_str());
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddText(font, font->FontSize,
                                        ImVec2(at.x + std::max(0.0f, (width - size.x) / 2), at.y),
                                        colour, text.c_str(), nullptr, wrap);
    ImGui::Dummy(ImVec2(width, size.y));
}

// A button centred on its line, `width` wide; the focus ring when the keyboard is on it.
bool centred_button(BallotScreen& b, const char* label, const std::string& key, float width,
                    bool primary, const BallotKeys& keys) {
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() +
                         std::max(0.0f, (ImGui::GetContentRegionAvail().x - width) / 2));
    const ImVec2 size(width, ImGui::GetFrameHeight() * 1.6f);
    const bool clicked = primary ? primary_button(label, size) : ImGui::Button(label, size);
    draw_focus_ring(b.ui.focus == key, b.s);
    if (clicked) b.ui.focus = key;
    return clicked || keys.pressed == key;
}

void draw_ballots(const PanelFrame& frame, const VotingRound& round, VotingUiState& voting,
                  FrameRequests& out) {
    hold_history(out);
    BallotScreen b{frame,         round, round_items(frame.session, round),
                   voting.ballot, out,   frame.scale};
    const float s = frame.scale;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colours::window);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(40 * s, 28 * s));
    ImGui::BeginChild("ballot", ImVec2(0, 0), true);
    ImGui::PopStyleVar();
    if (ImGui::IsWindowAppearing()) ImGui::SetWindowFocus();
    switch (b.ui.step) {
        case BallotStep::start:
            draw_start(b);
            break;
        case BallotStep::voting:
            draw_ballot_cards(b);
            break;
        case BallotStep::hand_over:
            draw_hand_over(b);
            break;
    }
    draw_finish_question(b, voting);
    ImGui::EndChild();
    ImGui::PopStyleColor();
    if (voting.screen == VotingScreen::ballots) log_ballot(b, voting);
}

}  // namespace hostspace::gui
