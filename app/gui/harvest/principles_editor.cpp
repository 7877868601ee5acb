#include "app/gui/harvest/principles_editor.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // GetItemID

#include <algorithm>
#include <string>

#include "app/gui/harvest/plans_rows.hpp"
#include "app/gui/shell/buttons.hpp"
#include "app/gui/shell/caption.hpp"
#include "app/gui/shell/fields.hpp"
#include "app/gui/shell/item_centre.hpp"
#include "app/gui/shell/keyboard_pick.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/harvest/principles.hpp"
#include "core/harvest/sources.hpp"
#include "core/util/text.hpp"
#include "core/util/uuid.hpp"

namespace hostspace::gui {
namespace {

const char* kind_key(LineKind kind) {
    return kind == LineKind::practice ? "add-practice" : "add-accountability";
}

bool has_kept_text(const FieldEdit& edit, ImGuiID id) {
    return std::any_of(edit.kept.begin(), edit.kept.end(),
                       [id](const KeptText& kept) { return kept.id == id && !kept.text.empty(); });
}

void heading(const PanelFrame& frame, const char* text) {
    ImGui::PushFont(frame.fonts.bold);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

// One field of the principle (title or statement): committed alone, so co-hosts editing
// different fields keep both edits.
FieldCommit principle_field(std::string id, bool title) {
    return [id = std::move(id), title](const std::string& typed) {
        EditPrinciple edit{id};
        (title ? edit.title : edit.statement) = trim_space(typed);
        return FieldOutcome{{edit}, ""};
    };
}

// The practice or accountability lines, each a field, and the field that adds the next one.
ImVec2 draw_lines(const HarvestFrame& frame, const Principle& principle, LineKind kind,
                  HarvestUiState& ui, FrameRequests& out) {
    const Harvest& harvest = frame.panel.session.harvest;
    PrinciplesUiState& state = ui.principles;
    const auto lines = lines_of(harvest, principle.id, kind);
    const float remove_width = button_width("×");
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    std::string error;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const PrincipleLine& line = *lines[i];
        ImGui::PushID(line.id.c_str());
        take_focus_if(state.focus_next, "line:" + line.id);
        const std::string id = line.id;
        const std::string e = edit_text_field(
            "##line", "", line.text.value, ImGui::GetContentRegionAvail().x - remove_width - gap,
            ui.field, out, [id](const std::string& typed) {
                // An emptied line is deleted (Ctrl+Z brings it back with its text).
                if (trim_space(typed).empty()) return FieldOutcome{{DeletePrincipleLine{id}}, ""};
                return FieldOutcome{{EditPrincipleLine{id, trim_space(typed)}}, ""};
            });
        if (!e.empty()) error = e;
        row_keys(
            ImGui::IsItemActive(), i, ui.field, out,
            [&harvest, &id](std::size_t to) { return move_line_to(harvest, id, to); },
            DeletePrincipleLine{id});
        if (left_with_enter()) {
            state.focus_next = i + 1 < lines.size() ? "line:" + lines[i + 1]->id : kind_key(kind);
        }
        ImGui::SameLine(0, gap);
        if (remove_button(
                "×", "Delete this line (Ctrl+Delete while typing in it; Ctrl+Z brings it back)")) {
            out.commit({DeletePrincipleLine{id}});
        }
        ImGui::PopID();
    }
    take_focus_if(state.focus_next, kind_key(kind));
    const std::string principle_id = principle.id;
    const std::string add_label = std::string("##") + kind_key(kind);
    error += edit_text_field(
        add_label.c_str(),
        kind == LineKind::practice ? "Add a practice… (Enter adds it and the next)"
                                   : "Add a commitment… (Enter adds it and the next)",
        "", 0, ui.field, out, [&harvest, principle_id, kind](const std::string& typed) {
            if (line_text_refusal(kind, typed)) return FieldOutcome{};  // nothing typed
            return FieldOutcome{
                {new_line(harvest, principle_id, kind, new_uuid(), trim_space(typed))}, ""};
        });
    const ImVec2 spot = last_item_centre();
    const ImGuiID add_id = ImGui::GetItemID();
    const bool typing_here = ui.field.id == add_id;
    if (undo_from_empty_field(!typing_here || trim_space(ui.field.text).empty(), out)) {
        state.focus_next = kind_key(kind);
    } else if (left_with_enter()) {
        // Enter after a line: the next one. Enter on an empty practice: on to accountability.
        const bool typed = has_kept_text(ui.field, add_id);
        state.focus_next = typed || kind == LineKind::accountability
                               ? kind_key(kind)
                               : kind_key(LineKind::accountability);
    }
    show_field_error(frame.panel, error);
    return spot;
}

void draw_sources(const HarvestFrame& frame, const Principle& principle) {
    const auto sources = describe_sources(frame.panel.session.board, linked_sources(principle));
    heading(frame.panel, "Raw material");
    if (sources.empty()) {
        muted_caption(frame.panel.fonts, "Started blank: no notes or themes behind it.");
        return;
    }
    ImGui::PushTextWrapPos(0);
    for (const SourceView& source : sources) {
        ImGui::PushID(source.id.c_str());
        if (source.kind == SourceKind::theme) {
            ImGui::PushFont(frame.panel.fonts.bold);
            ImGui::Text("Theme: %s", source.text.c_str());
            ImGui::PopFont();
        } else if (source.kind == SourceKind::note) {
            ImGui::Bullet();
            ImGui::TextUnformatted(source.text.c_str());
        } else {
            ImGui::PushStyleColor(ImGuiCol_Text, colours::text_muted);
            ImGui::TextUnformatted("A note or theme not on this laptop yet (it comes with sync).");
            ImGui::PopStyleColor();
        }
        if (source.deleted) {
            ImGui::PushFont(frame.panel.fonts.caption);
            ImGui::PushStyleColor(ImGuiCol_Text, colours::error_text);
            ImGui::TextUnformatted(source.kind == SourceKind::theme
                                       ? "(this theme was deleted from the board; still a source)"
                                       : "(deleted from the board; still a source)");
            ImGui::PopStyleColor();
            ImGui::PopFont();
        }
        ImGui::PopID();
    }
    ImGui::PopTextWrapPos();
}

void merge_menu(const HarvestFrame& frame, const Principle& principle, HarvestUiState& ui,
                FrameRequests& out) {
    if (!ImGui::BeginPopup("merge-into")) return;
    const Harvest& harvest = frame.panel.session.harvest;
    ImGui::TextDisabled("Merge \"%s\" into:", principle.title.value.c_str());
    std::vector<const Principle*> others;
    for (const Principle* into : principles_in_order(harvest)) {
        if (into->id != principle.id) others.push_back(into);
    }
    const int taken = keyboard_pick(static_cast<int>(others.size()), ui.principles.menu_highlight);
    for (std::size_t i = 0; i < others.size(); ++i) {
        const Principle* into = others[i];
        ImGui::PushID(into->id.c_str());
        const std::string label = into->title.value.empty() ? "(untitled)" : into->title.value;
        if (ImGui::Selectable(label.c_str(), ui.principles.menu_highlight == static_cast<int>(i)) ||
            taken == static_cast<int>(i)) {
            ImGui::CloseCurrentPopup();
            if (const auto refusal = merge_refusal(harvest, into->id, principle.id)) {
                ui.principles.message = *refusal;
            } else {
                const std::string into_id = into->id;
                ui.principles.message.clear();
                out.commit(merge_principles(harvest, into_id, principle.id),
                           [&ui, into_id] { ui.principles.selected_principle = into_id; });
            }
        }
        ImGui::PopID();
    }
    if (others.empty()) ImGui::TextDisabled("There is no other principle to merge with.");
    ImGui::EndPopup();
}

}  // namespace

PrincipleEditorSpots draw_principle_editor(const HarvestFrame& frame, const Principle& principle,
                                           HarvestUiState& ui, FrameRequests& out) {
    const PanelFrame& panel = frame.panel;
    const float s = panel.scale;
    PrinciplesUiState& state = ui.principles;
    PrincipleEditorSpots spots{};
    ImGui::PushID(principle.id.c_str());
    const bool beside = ImGui::GetContentRegionAvail().x > 640 * s;
    const bool table =
        beside && ImGui::BeginTable("editor", 2,
                                    ImGuiTableFlags_SizingStretchProp |
                                        ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_PadOuterX);
    if (table) {
        ImGui::TableSetupColumn("fields", ImGuiTableColumnFlags_WidthStretch, 0.62f);
        ImGui::TableSetupColumn("sources", ImGuiTableColumnFlags_WidthStretch, 0.38f);
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
    }
    // Title, with Merge into… and Delete at its right.
    const char* merge_label = "Merge into…";
    const char* delete_label = "Delete";
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float buttons = button_width(merge_label) + button_width(delete_label) + 2 * gap;
    take_focus_if(state.focus_next, "title");
    const std::string title_error =
        edit_text_field("##title", "A short title", principle.title.value,
                        ImGui::GetContentRegionAvail().x - buttons, ui.field, out,
                        principle_field(principle.id, true));
    spots.typing = ImGui::IsItemActive();
    if (left_with_enter()) state.focus_next = "statement";
    ImGui::SameLine();
    const bool merge_key = state.open_menu == "merge";
    if (merge_key) {
        state.open_menu.clear();
        state.menu_highlight = 0;
    }
    if (ImGui::Button(merge_label) || merge_key) ImGui::OpenPopup("merge-into");
    spots.merge = last_item_centre();
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("M; its lines and sources join the other principle; Ctrl+Z undoes it");
    }
    ImGui::SameLine();
    if (ImGui::Button(delete_label))
        out.commit(delete_principle(panel.session.harvest, principle.id));
    spots.remove = last_item_centre();
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Ctrl+Delete; Ctrl+Z or Deleted principles below bring it back");
    }
    merge_menu(frame, principle, ui, out);
    show_field_error(panel, title_error);

    take_focus_if(state.focus_next, "statement");
    show_field_error(panel, edit_text_field("##statement", "One sentence: what we hold to",
                                            principle.statement.value, 0, ui.field, out,
                                            principle_field(principle.id, false)));
    spots.statement = last_item_centre();
    spots.typing = spots.typing || ImGui::IsItemActive();
    if (left_with_enter()) state.focus_next = "add-practice";

    const std::string id = principle.id;
    show_field_error(
        panel,
        edit_assignee_field(panel, "##champion", "Champion (optional): a participant or a name",
                            principle.champion.value, 0, ui.field, out, [id](const Assignee& who) {
                                EditPrinciple edit{id};
                                edit.champion = who;
                                return std::vector<OpPayload>{edit};
                            }));
    ImGui::Spacing();
    heading(panel, "What it looks like when we live this");
    spots.add_practice = draw_lines(frame, principle, LineKind::practice, ui, out);
    ImGui::Spacing();
    heading(panel, "How we will hold each other to account");
    spots.add_accountability = draw_lines(frame, principle, LineKind::accountability, ui, out);

    if (table) {
        ImGui::TableSetColumnIndex(1);
        draw_sources(frame, principle);
        ImGui::EndTable();
    } else {
        ImGui::Spacing();
        draw_sources(frame, principle);
    }
    ImGui::PopID();
    return spots;
}

}  // namespace hostspace::gui
