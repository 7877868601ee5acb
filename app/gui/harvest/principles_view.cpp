// The Harvest place's Principles part: the ordered list, started from a theme, a vote's top
// results or blank; the picked one open for editing under its row; deleted ones to restore;
// the consent round on the whole set under the list. The projector shows the picked one large
// (or all as a list), and follows PageDown there.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "app/gui/harvest/harvest_parts.hpp"
#include "app/gui/harvest/plans_rows.hpp"
#include "app/gui/harvest/principles_editor.hpp"
#include "app/gui/shell/buttons.hpp"
#include "app/gui/shell/caption.hpp"
#include "app/gui/shell/fields.hpp"
#include "app/gui/shell/item_centre.hpp"
#include "app/gui/shell/keyboard_pick.hpp"
#include "app/gui/shell/test_log.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/harvest/principles.hpp"
#include "core/harvest/sources.hpp"
#include "core/util/uuid.hpp"

namespace hostspace::gui {
namespace {

using Order = std::vector<const Principle*>;

struct Spots {
    ImVec2 from_theme, from_vote, blank, theme_item, list_toggle;
    PrincipleEditorSpots editor;
};

std::string title_or_untitled(const Principle& principle) {
    return principle.title.value.empty() ? "(untitled)" : principle.title.value;
}

std::size_t index_of(const Order& order, const std::string& id) {
    const auto it =
        std::find_if(order.begin(), order.end(), [&](const Principle* p) { return p->id == id; });
    return static_cast<std::size_t>(it - order.begin());
}

// PageDown on the projector picked another principle: the list follows it. Otherwise a picked
// principle that went (deleted, merged, undone) gives way to the first.
void settle_pick(const HarvestFrame& frame, PrinciplesUiState& state, const Order& order) {
    const std::string& shown = frame.projector.harvest.principle_id;
    if (!shown.empty() && shown != state.projected && index_of(order, shown) < order.size()) {
        state.selected_principle = shown;
        state.reveal = true;
    }
    if (index_of(order, state.selected_principle) >= order.size()) {
        state.selected_principle = order.empty() ? std::string() : order.front()->id;
    }
}

void pick(PrinciplesUiState& state, const std::string& id, const char* focus) {
    state.selected_principle = id;
    state.focus_next = focus;
    state.reveal = true;
    state.message.clear();
}

void theme_menu(const HarvestFrame& frame, HarvestUiState& ui, Spots& spots, FrameRequests& out) {
    if (!ImGui::BeginPopup("from-theme")) return;
    const Session& session = frame.panel.session;
    const Board& board = session.board;
    std::vector<const Group*> themes;
    const Group* picked = board.find_group(frame.board.selected_theme);
    if (picked && !picked->deleted.value) themes.push_back(picked);
    for (const Group& group : board.groups) {
        if (!group.deleted.value && &group != picked) themes.push_back(&group);
    }
    if (themes.empty()) {
        ImGui::TextDisabled("The board has no themes yet: group notes into a theme first.");
    }
    ImGui::TextDisabled("A principle from a theme: its title, its notes as raw material");
    const int taken = keyboard_pick(static_cast<int>(themes.size()), ui.principles.menu_highlight);
    for (std::size_t i = 0; i < themes.size(); ++i) {
        const Group& group = *themes[i];
        ImGui::PushID(group.id.c_str());
        const std::size_t notes = theme_sources(board, group.id).size() - 1;
        char label[320];
        std::snprintf(label, sizeof label, "%s  (%zu %s)%s", group.title.value.c_str(), notes,
                      notes == 1 ? "note" : "notes",
                      &group == picked ? " · picked on the board" : "");
        if (ImGui::Selectable(label, ui.principles.menu_highlight == static_cast<int>(i)) ||
            taken == static_cast<int>(i)) {
            ImGui::CloseCurrentPopup();
            if (const auto refusal = principle_from_theme_refusal(session, group.id)) {
                ui.principles.message = *refusal;
            } else if (auto add = principle_from_theme(session, group.id, new_uuid())) {
                const std::string id = add->id;
                out.commit({*add}, [&ui, id] { pick(ui.principles, id, "statement"); });
            }
        }
        if (i == 0) spots.theme_item = last_item_centre();
        ImGui::PopID();
        if (&group == picked && themes.size() > 1) ImGui::Separator();
    }
    ImGui::EndPopup();
}

void vote_menu(const HarvestFrame& frame, HarvestUiState& ui, FrameRequests& out) {
    if (!ImGui::BeginPopup("from-vote")) return;
    const Session& session = frame.panel.session;
    PrinciplesUiState& state = ui.principles;
    ImGui::TextDisabled("One principle for each of a vote's top results");
    ImGui::SetNextItemWidth(110 * frame.panel.scale);
    ImGui::InputInt("top results", &state.top_n);
    state.top_n = std::clamp(state.top_n, 1, 20);
    std::vector<const VotingRound*> votes;
    for (const VotingRound& round : session.voting.rounds) {
        if (!round.deleted.value) votes.push_back(&round);
    }
    // The newest vote first: the one the room has just held.
    std::reverse(votes.begin(), votes.end());
    const int taken = keyboard_pick(static_cast<int>(votes.size()), state.menu_highlight);
    for (std::size_t i = 0; i < votes.size(); ++i) {
        const VotingRound& round = *votes[i];
        ImGui::PushID(round.id.c_str());
        const auto refusal = principles_from_vote_refusal(session, round.id, state.top_n);
        const std::string label = round.title.value.empty() ? "(untitled vote)" : round.title.value;
        const bool highlighted = state.menu_highlight == static_cast<int>(i);
        if (taken == static_cast<int>(i) && refusal) state.message = *refusal;
        if ((ImGui::Selectable(label.c_str(), highlighted,
                               refusal ? ImGuiSelectableFlags_Disabled : 0) ||
             taken == static_cast<int>(i)) &&
            !refusal) {
            ImGui::CloseCurrentPopup();
            auto ids = std::make_shared<std::vector<std::string>>();
            auto ops = principles_from_vote(session, round.id, state.top_n, [ids] {
                ids->push_back(new_uuid());
                return ids->back();
            });
            if (!ops.empty()) {
                out.commit(std::move(ops), [&ui, ids] { pick(ui.principles, ids->front(), ""); });
            }
        }
        if (refusal && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
            ImGui::SetTooltip("%s", refusal->c_str());
        }
        ImGui::PopID();
    }
    if (votes.empty()) ImGui::TextDisabled("No votes yet: run a dot vote in the Voting section.");
    ImGui::EndPopup();
}

void add_blank(const HarvestFrame& frame, HarvestUiState& ui, FrameRequests& out) {
    const AddPrinciple add = new_principle(frame.panel.session.harvest, new_uuid());
    const std::string id = add.id;
    out.commit({add}, [&ui, id] { pick(ui.principles, id, "title"); });
}

void toolbar(const HarvestFrame& frame, HarvestUiState& ui, Spots& spots, FrameRequests& out) {
    PrinciplesUiState& state = ui.principles;
    const bool theme_key = state.open_menu == "theme", vote_key = state.open_menu == "vote";
    if (theme_key || vote_key) state.menu_highlight = 0;
    state.open_menu.clear();
    if (ImGui::Button("From theme…") || theme_key) ImGui::OpenPopup("from-theme");
    spots.from_theme = last_item_centre();
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Start a principle from a theme on the board (T; Up, Down, Enter)");
    ImGui::SameLine();
    if (ImGui::Button("From vote…") || vote_key) ImGui::OpenPopup("from-vote");
    spots.from_vote = last_item_centre();
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("One principle for each of a vote's top results (V; Up, Down, Enter)");
    ImGui::SameLine();
    if (ImGui::Button("+ Blank")) add_blank(frame, ui, out);
    spots.blank = last_item_centre();
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("An empty principle (N when no field is typed in)");
    theme_menu(frame, ui, spots, out);
    vote_menu(frame, ui, out);
    const char* toggle = "All as a list on the projector";
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(toggle).x -
                    ImGui::GetFrameHeight() - ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::Checkbox(toggle, &state.list_on_projector);
    spots.list_toggle = last_item_centre();
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Off: the picked principle, large (PageDown on the projector steps on)");
    }
    if (!state.message.empty()) show_field_error(frame.panel, state.message);
}

std::string row_label(const Harvest& harvest, const Principle& principle, std::size_t index) {
    const std::size_t practices = lines_of(harvest, principle.id, LineKind::practice).size();
    const std::size_t commitments =
        lines_of(harvest, principle.id, LineKind::accountability).size();
    char label[400];
    std::snprintf(label, sizeof label, "%zu. %s   · %zu %s · %zu %s###row", index + 1,
                  title_or_untitled(principle).c_str(), practices,
                  practices == 1 ? "practice" : "practices", commitments,
                  commitments == 1 ? "commitment" : "commitments");
    return label;
}

// Moves the picked principle one place (step -1 or +1) in `order`.
void move_picked(const Harvest& harvest, const Order& order, const std::string& id, int step,
                 FrameRequests& out) {
    const std::size_t index = index_of(order, id);
    if (index >= order.size() || (step < 0 && index == 0)) return;
    const auto moves = move_principle_to(harvest, id, step < 0 ? index - 1 : index + 1);
    if (!moves.empty()) out.commit(moves);
}

void draw_list(const HarvestFrame& frame, const Order& order, HarvestUiState& ui, Spots& spots,
               FrameRequests& out) {
    const Harvest& harvest = frame.panel.session.harvest;
    PrinciplesUiState& state = ui.principles;
    const float s = frame.panel.scale;
    const float arrows = 2 * ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x;
    std::string clicked;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const Principle& principle = *order[i];
        const bool picked = principle.id == state.selected_principle;
        ImGui::PushID(principle.id.c_str());
        ImGui::PushStyleColor(ImGuiCol_Header, colours::selected_bg);
        if (picked) ImGui::PushFont(frame.panel.fonts.bold);
        const float width =
            ImGui::GetContentRegionAvail().x - arrows - ImGui::GetStyle().ItemSpacing.x;
        if (ImGui::Selectable(row_label(harvest, principle, i).c_str(), picked, 0,
                              ImVec2(width, ImGui::GetFrameHeight()))) {
            clicked = principle.id;
        }
        if (picked) ImGui::PopFont();
        ImGui::PopStyleColor();
        if (picked && state.reveal) {
            ImGui::SetScrollHereY(0.2f);
            state.reveal = false;
        }
        ImGui::SameLine();
        if (ImGui::ArrowButton("up", ImGuiDir_Up))
            move_picked(harvest, order, principle.id, -1, out);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Move up (Alt+Up)");
        ImGui::SameLine();
        if (ImGui::ArrowButton("down", ImGuiDir_Down)) {
            move_picked(harvest, order, principle.id, 1, out);
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Move down (Alt+Down)");
        ImGui::PopID();
        if (picked) {
            ImGui::Indent(12 * s);
            spots.editor = draw_principle_editor(frame, principle, ui, out);
            ImGui::Unindent(12 * s);
            ImGui::Separator();
        }
    }
    // After the list, so the editor that was open still drew (and handed over its field).
    if (!clicked.empty() && clicked != state.selected_principle) {
        state.selected_principle = clicked;
        state.message.clear();
    }
    if (order.empty()) {
        ImGui::PushTextWrapPos(0);
        muted_caption(frame.panel.fonts,
                      "No principles yet. Start one from a theme on the board (its notes come "
                      "along as raw material), from a vote's top results, or blank.");
        ImGui::PopTextWrapPos();
    } else {
        muted_caption(
            frame.panel.fonts,
            "N new · Up/Down pick · Enter edits · Alt+Up/Down move · Ctrl+Delete deletes · "
            "Enter in a line adds the next");
    }
}

void deleted_list(const HarvestFrame& frame, HarvestUiState& ui, FrameRequests& out) {
    const Harvest& harvest = frame.panel.session.harvest;
    std::vector<const Principle*> deleted;
    for (const Principle& principle : harvest.principles) {
        if (principle.deleted.value) deleted.push_back(&principle);
    }
    if (deleted.empty()) return;
    const std::string label =
        "Deleted principles (" + std::to_string(deleted.size()) + ")###deleted-principles";
    ImGui::Spacing();
    if (!ImGui::CollapsingHeader(label.c_str())) return;
    for (const Principle* principle : deleted) {
        ImGui::PushID(principle->id.c_str());
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(title_or_untitled(*principle).c_str());
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - button_width("Restore"));
        if (ImGui::Button("Restore")) {
            const std::string id = principle->id;
            out.commit(restore_principle(harvest, id), [&ui, id] { pick(ui.principles, id, ""); });
        }
        ImGui::PopID();
    }
}

// Keys for the picked principle: Up/Down pick (when no field is typed in), Enter edits its
// title; Alt+Up/Down move it and Ctrl+Delete deletes it while the part has the keys or one of
// its own fields (title, statement) is typed in. A line's field keeps those for the line.
void handle_keys(const HarvestFrame& frame, const Order& order, HarvestUiState& ui,
                 bool principle_field_active, FrameRequests& out) {
    PrinciplesUiState& state = ui.principles;
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    const bool plain = !io.KeyCtrl && !io.KeyAlt && !io.KeyShift;
    if (!io.WantTextInput && plain && ImGui::IsKeyPressed(GLFW_KEY_N, false)) {
        add_blank(frame, ui, out);
        return;
    }
    if (!io.WantTextInput && plain) {  // the menus, from the keyboard
        if (ImGui::IsKeyPressed(GLFW_KEY_T, false)) state.open_menu = "theme";
        if (ImGui::IsKeyPressed(GLFW_KEY_V, false)) state.open_menu = "vote";
        if (ImGui::IsKeyPressed(GLFW_KEY_M, false)) state.open_menu = "merge";
    }
    const std::size_t index = index_of(order, state.selected_principle);
    if (index >= order.size()) return;
    if (!io.WantTextInput && plain) {
        if (ImGui::IsKeyPressed(GLFW_KEY_UP, true) && index > 0) {
            pick(state, order[index - 1]->id, "");
        } else if (ImGui::IsKeyPressed(GLFW_KEY_DOWN, true) && index + 1 < order.size()) {
            pick(state, order[index + 1]->id, "");
        } else if (ImGui::IsKeyPressed(GLFW_KEY_ENTER, false)) {
            state.focus_next = "title";
        }
        return;
    }
    const bool ours = principle_field_active || (state.has_keys && !io.WantTextInput);
    if (!ours) return;
    const Harvest& harvest = frame.panel.session.harvest;
    const int step = alt_arrow();
    if (step != 0) move_picked(harvest, order, state.selected_principle, step, out);
    if (ctrl_delete()) {
        if (principle_field_active) drop_typing(ui.field);
        out.commit(delete_principle(harvest, state.selected_principle));
    }
}

void log_part(const Order& order, const HarvestUiState& ui, const Spots& spots, std::string& last) {
    if (!test_log_enabled()) return;
    const PrinciplesUiState& state = ui.principles;
    std::string picked = "none";
    for (const Principle* principle : order) {
        if (principle->id == state.selected_principle) picked = title_or_untitled(*principle);
    }
    char line[900];
    auto at = [](ImVec2 p) { return point_text(p); };
    std::snprintf(line, sizeof line,
                  "principles count=%zu projector=%s from_theme=%s from_vote=%s blank=%s "
                  "theme_item=%s list_toggle=%s statement=%s add_practice=%s "
                  "add_accountability=%s merge=%s delete=%s message=\"%s\" picked=\"%s\"",
                  order.size(), state.list_on_projector ? "list" : "one",
                  at(spots.from_theme).c_str(), at(spots.from_vote).c_str(),
                  at(spots.blank).c_str(), at(spots.theme_item).c_str(),
                  at(spots.list_toggle).c_str(), at(spots.editor.statement).c_str(),
                  at(spots.editor.add_practice).c_str(),
                  at(spots.editor.add_accountability).c_str(), at(spots.editor.merge).c_str(),
                  at(spots.editor.remove).c_str(), state.message.c_str(), picked.c_str());
    if (last == line) return;
    last = line;
    note_for_tests(line);
}

}  // namespace

void draw_principles_part(const HarvestFrame& frame, HarvestUiState& ui, FrameRequests& out) {
    PrinciplesUiState& state = ui.principles;
    const Harvest& harvest = frame.panel.session.harvest;
    const Order order = principles_in_order(harvest);
    state.drawn_frame = ImGui::GetFrameCount();
    settle_pick(frame, state, order);

    Spots spots{};
    toolbar(frame, ui, spots, out);
    ImGui::BeginChild("principles-list", ImVec2(0, 0), false);
    draw_list(frame, order, ui, spots, out);
    deleted_list(frame, ui, out);
    ImGui::Spacing();
    draw_principles_consent(frame, ui, out);
    // A click in the part gives it the keys; one anywhere else takes them away.
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        state.has_keys = ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows);
    }
    ImGui::EndChild();

    handle_keys(frame, order, ui, spots.editor.typing, out);

    frame.projector.harvest.show =
        state.list_on_projector ? HarvestShow::principles : HarvestShow::principle;
    frame.projector.harvest.principle_id = state.selected_principle;
    state.projected = state.selected_principle;
    log_part(order, ui, spots, state.log_line);
}

}  // namespace hostspace::gui
