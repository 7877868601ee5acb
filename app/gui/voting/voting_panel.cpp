// The side panel's Voting section: the round shown, its rules and state, its buttons, and a
// short list of its results for the facilitator once they may be seen.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "app/gui/shell/item_centre.hpp"
#include "app/gui/shell/test_log.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/voting/voting_parts.hpp"
#include "app/gui/voting/voting_views.hpp"
#include "core/util/uuid.hpp"
#include "core/voting/voting_results.hpp"
#include "core/voting/voting_rules.hpp"

namespace hostspace::gui {
namespace {

constexpr int kPanelResults = 3;  // results listed in the panel; the projector shows more

std::string plural(int count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

// "Open · notes · 3 dots each · at most 2 on one note · named · results when revealed".
std::string rules_line(const VotingRound& round) {
    const VotingRules& r = round.rules;
    const char* item = vote_item_word(r.target);
    std::string line = round.closed.value ? "Closed" : "Open";
    line += std::string(" · ") + item + "s";
    if (!r.items.empty()) line += " (" + std::to_string(r.items.size()) + " in the run-off)";
    line += " · " + plural(r.dots_per_person, "dot", "dots") + " each";
    if (r.per_item_max > 0) {
        line += " · at most " + std::to_string(r.per_item_max) + " on one " + item;
    }
    line += r.anonymous ? " · anonymous" : " · named";
    line += r.live_results ? " · results live" : " · results when revealed";
    return line;
}

std::string round_choice(const VotingRound& round) {
    return round.title.value + (round.closed.value ? "  (closed)" : "") + "###" + round.id;
}

void tooltip(const char* text) {
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", text);
}

// The round's title (or a combo of the rounds, newest first, once there are two), and
// "+ New…" on its right.
void draw_round_line(const PanelFrame& frame, const VotingRound& shown, VotingUiState& ui) {
    const char* add = "+ New…";
    const float add_w = ImGui::CalcTextSize(add).x + 2 * ImGui::GetStyle().FramePadding.x;
    const float room = ImGui::GetContentRegionAvail().x - add_w - ImGui::GetStyle().ItemSpacing.x;
    int live = 0;
    for (const VotingRound& round : frame.session.voting.rounds) {
        live += round.deleted.value ? 0 : 1;
    }
    if (live < 2) {
        ImFont* bold = frame.fonts.bold;
        ImGui::PushFont(bold);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(
            clip_to_lines(shown.title.value, bold, bold->FontSize, room, 1).c_str());
        ImGui::PopFont();
    } else {
        ImGui::SetNextItemWidth(room);
        if (ImGui::BeginCombo("##voting-round", shown.title.value.c_str())) {
            const auto& rounds = frame.session.voting.rounds;
            for (auto it = rounds.rbegin(); it != rounds.rend(); ++it) {
                if (it->deleted.value) continue;
                if (ImGui::Selectable(round_choice(*it).c_str(), it->id == shown.id)) {
                    ui.round = it->id;
                }
            }
            ImGui::EndCombo();
        }
    }
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - add_w);
    if (ImGui::Button(add)) ui.form.open_requested = true;
    tooltip("Open a new voting round");
}

// A row of `count` equal buttons across the panel: the width of each.
float share(int count) {
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    return (ImGui::GetContentRegionAvail().x - gap * float(count - 1)) / float(count);
}

// For the GUI tests: the round shown, what it votes on, and where its main buttons are, which
// move with the results listed above them.
void log_buttons(VotingUiState& ui, const VotingRound& round, ImVec2 tally, ImVec2 laptop,
                 ImVec2 reveal) {
    if (!test_log_enabled()) return;
    char spots[160];
    std::snprintf(spots, sizeof spots, " tally=%.0f,%.0f laptop=%.0f,%.0f reveal=%.0f,%.0f",
                  tally.x, tally.y, laptop.x, laptop.y, reveal.x, reveal.y);
    const std::string line = "voting-panel round=" + log_quoted(round.title.value) +
                             " target=" + vote_target_name(round.rules.target) + spots;
    if (line == ui.buttons_log) return;
    ui.buttons_log = line;
    note_for_tests(line);
}

void draw_buttons(const PanelFrame& frame, const VotingRound& round, VotingUiState& ui,
                  ProjectorSettings& projector, FrameRequests& out) {
    const std::string id = round.id;
    ImVec2 tally_at, laptop_at, reveal_at;
    float width = share(2);
    const bool tallying = ui.screen == VotingScreen::tally;
    if (ImGui::Button(tallying ? "Back to the board" : "Tally", ImVec2(width, 0))) {
        ui.screen = tallying ? VotingScreen::board : VotingScreen::tally;
        ui.round = id;  // the tally stays with this round whatever is opened meanwhile
        ui.tally = TallyUiState{};
    }
    tally_at = last_item_centre();
    tooltip("Count the dots the room put on paper: + and - per item");
    ImGui::SameLine();
    ImGui::BeginDisabled(round.closed.value);
    if (ImGui::Button("Pass the laptop", ImVec2(width, 0))) {
        ui.screen = VotingScreen::ballots;
        ui.round = id;
        ui.ballot = BallotUiState{};
        ui.ballot.focus_field = true;
    }
    laptop_at = last_item_centre();
    ImGui::EndDisabled();
    tooltip(round.closed.value ? "Re-open the round to take ballots"
                               : "Each person in turn places their own dots on this laptop");

    if (round.rules.live_results) {
        ImGui::BeginDisabled();
        ImGui::Button("Results are live", ImVec2(width, 0));
        ImGui::EndDisabled();
    } else if (ImGui::Button(round.revealed.value ? "Hide results" : "Reveal results",
                             ImVec2(width, 0))) {
        const bool reveal = !round.revealed.value;
        out.commit({RevealVotes{id, reveal}}, [&projector, id, reveal] {
            if (!reveal) return;
            projector.mode = ProjectorMode::votes;  // the room sees what was just revealed
            projector.vote_round = id;
        });
    }
    reveal_at = last_item_centre();
    log_buttons(ui, round, tally_at, laptop_at, reveal_at);
    ImGui::SameLine();
    if (ImGui::Button(round.closed.value ? "Re-open" : "Close voting", ImVec2(width, 0))) {
        if (round.closed.value) {
            out.commit({ReopenVoting{id}});
        } else {
            out.commit({CloseVoting{id}});
        }
    }

    // Run-off over the top [N] | Run-off | Delete, on one line.
    const float s = frame.scale;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Top");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(118 * s);
    ImGui::InputInt("##runoff-top", &ui.runoff_top, 1, 1);
    ui.runoff_top = std::clamp(ui.runoff_top, 1, 20);
    tooltip("How many of the top items a run-off is held over");
    ImGui::SameLine();
    const float rest = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x;
    const bool has_items = round_has_items(frame.session, round);
    ImGui::BeginDisabled(!has_items);
    if (ImGui::Button("Run-off", ImVec2(rest * 0.5f, 0))) {
        const std::string new_id = new_uuid();
        OpenVotingRound runoff = make_runoff(frame.session, round, ui.runoff_top, new_id);
        out.commit({std::move(runoff)}, [&ui, new_id] { ui.round = new_id; });
    }
    ImGui::EndDisabled();
    tooltip("A new round over the top items (and any level with the last of them)");
    ImGui::SameLine();
    if (ImGui::Button("Delete", ImVec2(-1, 0))) {
        out.commit({DeleteVotingRound{id}}, [&ui] {
            ui.round.clear();
            ui.screen = VotingScreen::board;
        });
    }
    tooltip("Delete this round and its dots (Ctrl+Z brings it back)");
}

// The top few, ranked, ties marked in words: what the facilitator may see once the room may.
// As many rows as fit `room` pixels (the panel keeps its buttons in view); the rows left out
// are noted so the agenda above can give their room back next frame, when it has some.
void draw_results(const PanelFrame& frame, const VotingRound& round, const VoteResults& results,
                  float room, VotingUiState& ui) {
    ImFont* font = frame.fonts.caption;
    ImGui::PushFont(font);
    const float line = ImGui::GetTextLineHeightWithSpacing();
    int wanted = 0;
    for (const ItemResult& item : results.ranked) wanted += item.dots > 0 ? 1 : 0;
    wanted = std::max(1, std::min(wanted, kPanelResults));  // at least "No dots yet"
    const int rows = std::clamp(static_cast<int>(room / line), 0, wanted);
    ui.panel_cut = static_cast<float>(wanted - rows) * line;
    ui.panel_cut_frame = ImGui::GetFrameCount();
    const float width = ImGui::GetContentRegionAvail().x;
    const float count_w = ImGui::CalcTextSize("000  tie").x;
    int listed = 0;
    for (const ItemResult& item : results.ranked) {
        if (item.dots == 0 || listed == rows) break;
        ++listed;
        const std::string label = clip_to_lines(
            std::to_string(item.rank) + ". " + vote_item_text(frame.session, round, item.item_id),
            font, font->FontSize, width - count_w, 1);
        ImGui::TextUnformatted(label.c_str());
        const std::string count = std::to_string(item.dots) + (item.tie_to_show() ? "  tie" : "");
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x -
                        ImGui::CalcTextSize(count.c_str()).x);
        ImGui::TextUnformatted(count.c_str());
    }
    if (listed == 0 && rows > 0) ImGui::TextDisabled("No dots yet");
    // For the GUI tests: how many of the rows it wants the panel shows, whole, in the window.
    const std::string log = "voting-panel results rows=" + std::to_string(listed) +
                            " of=" + std::to_string(wanted) +
                            " visible=" + (ImGui::IsItemVisible() ? "yes" : "no");
    if (test_log_enabled() && log != ui.results_log) {
        ui.results_log = log;
        note_for_tests(log);
    }
    // Rows left out: the buttons go to the panel's foot, where they always are.
    if (rows < wanted && room > static_cast<float>(rows) * line) {
        ImGui::Dummy(
            ImVec2(0, room - static_cast<float>(rows) * line - ImGui::GetStyle().ItemSpacing.y));
    }
    ImGui::PopFont();
}

}  // namespace

float voting_panel_reserve(const VotingUiState& ui) {
    const bool cut_last_frame = ui.panel_cut_frame == ImGui::GetFrameCount() - 1;
    return ui.panel_height + (cut_last_frame ? ui.panel_cut : 0);
}

std::string voting_summary(const Session& session, VotingUiState& ui) {
    const VotingRound* round = shown_round(session, ui);
    if (!round) return "No vote yet";
    if (ui.screen == VotingScreen::ballots) return "Taking ballots";
    const int dots = shown_results(session, *round, ui).total_dots;
    // A vote on the purpose drafts says so: it runs beside the board's votes.
    const char* target = round->rules.target == VoteTarget::drafts ? " · drafts" : "";
    return std::string(round->closed.value ? "Closed" : "Open") + target + " · " +
           plural(dots, "dot", "dots");
}

void draw_voting_section(const PanelFrame& frame, VotingUiState& ui, ProjectorSettings& projector,
                         FrameRequests& out) {
    ImGui::PushID("voting");
    const VotingRound* round = shown_round(frame.session, ui);
    if (round) projector.vote_round = round->id;
    const bool ballots = ui.screen == VotingScreen::ballots;
    if (!round) {
        text_line(frame.fonts.caption, colours::text_muted,
                  "No voting round yet. Open one to let the room put dots on notes, themes or "
                  "purpose drafts.");
    } else {
        ImGui::BeginDisabled(ballots);
        draw_round_line(frame, *round, ui);
        ImGui::EndDisabled();
        text_line(frame.fonts.caption, colours::text_muted, rules_line(*round));
        if (ballots) {
            text_line(frame.fonts.caption, colours::accent,
                      "Ballots are being taken on this laptop. Finish them on the ballot "
                      "screen to use these buttons.");
        } else {
            const VoteResults& results = shown_results(frame.session, *round, ui);
            text_line(
                frame.fonts.caption, colours::text,
                dots_summary(results) + (round->results_visible() ? "" : " · results hidden"));
            // Three rows of buttons below; the last one's spacing needs no room.
            const float buttons =
                3 * ImGui::GetFrameHeightWithSpacing() - ImGui::GetStyle().ItemSpacing.y;
            const float room = ImGui::GetContentRegionAvail().y - buttons;
            if (round->results_visible()) draw_results(frame, *round, results, room, ui);
        }
        ImGui::BeginDisabled(ballots);
        draw_buttons(frame, *round, ui, projector, out);
        ImGui::EndDisabled();
    }
    if (!round && ImGui::Button("+ New round…", ImVec2(-1, 0))) ui.form.open_requested = true;
    draw_round_form(frame, ui, out);
    ImGui::PopID();
}

void draw_voting_screen(const PanelFrame& frame, VotingUiState& ui, FrameRequests& out) {
    const VotingRound* round = frame.session.voting.find_round(ui.round);
    if (!round || round->deleted.value) {
        ui.screen = VotingScreen::board;  // deleted meanwhile (by undo, or on another laptop)
        return;
    }
    ImGui::PushID("voting-screen");
    if (ui.screen == VotingScreen::tally) {
        draw_tally(frame, *round, ui, out);
    } else {
        draw_ballots(frame, *round, ui, out);
    }
    ImGui::PopID();
}

}  // namespace hostspace::gui
