// The picked draft's history and raw material: every version side by side with who wrote it
// and when, each with Restore (a new version copying it: nothing is overwritten), the versions
// written at once (the mark), and the notes and themes it came from.
#include <imgui.h>

#include <algorithm>
#include <ctime>

#include "app/gui/harvest/purpose_part.hpp"
#include "app/gui/shell/caption.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/harvest/sources.hpp"
#include "core/util/uuid.hpp"

namespace hostspace::gui {
namespace {

constexpr int kMaxColumns = 3;

std::tm local_time(std::int64_t ms) {
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    localtime_r(&seconds, &tm);
    return tm;
}

// "Version 2 · Café table 1 · 14:05", and what happened to it.
std::string version_heading(const Draft& draft, const DraftVersion& version, int number,
                            bool current, std::int64_t now_ms) {
    std::string heading = "Version " + std::to_string(number);
    if (!version.author.empty()) heading += " \xC2\xB7 " + version.author;
    heading += " \xC2\xB7 " + when_written(version.at_ms, now_ms);
    if (!version.restored_from.empty()) {
        const auto order = versions_in_order(draft);
        const auto from = std::find_if(order.begin(), order.end(), [&](const DraftVersion* v) {
            return v->id == version.restored_from;
        });
        if (from != order.end()) {
            heading += " \xC2\xB7 restores version " + std::to_string(from - order.begin() + 1);
        }
    }
    if (version.withdrawn.value) heading += " \xC2\xB7 withdrawn (undone)";
    if (current) heading += " \xC2\xB7 shown";
    return heading;
}

void wrapped_text(ImU32 colour, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

}  // namespace

std::string when_written(std::int64_t at_ms, std::int64_t now_ms) {
    const std::tm at = local_time(at_ms), now = local_time(now_ms);
    char text[32];
    if (at.tm_year == now.tm_year && at.tm_yday == now.tm_yday) {
        std::strftime(text, sizeof text, "%H:%M", &at);
    } else {
        std::strftime(text, sizeof text, "%d %b %H:%M", &at);
    }
    return text;
}

void draw_sources(const HarvestFrame& frame, const std::vector<std::string>& ids) {
    if (ids.empty()) {
        muted_caption(frame.panel.fonts, "Typed, not started from the board.");
        return;
    }
    for (const SourceView& source : describe_sources(frame.panel.session.board, ids)) {
        ImGui::PushID(source.id.c_str());
        std::string line;
        switch (source.kind) {
            case SourceKind::theme:
                line = "Theme: " + source.text;
                break;
            case SourceKind::note:
                line = "\xE2\x80\xA2 " + source.text;
                break;
            case SourceKind::missing:
                line = "\xE2\x80\xA2 (not on this laptop yet: synced later)";
                break;
        }
        if (source.deleted) line += "  (deleted from the board)";
        ImGui::PushFont(source.kind == SourceKind::theme ? frame.panel.fonts.bold
                                                         : frame.panel.fonts.body);
        wrapped_text(source.deleted || source.kind == SourceKind::missing ? colours::text_muted
                                                                          : colours::text,
                     line);
        ImGui::PopFont();
        ImGui::PopID();
    }
}

void draw_draft_versions(const HarvestFrame& frame, PurposeUiState& ui, const Draft& draft,
                         FrameRequests& out, PurposeSpots& spots) {
    const std::vector<const DraftVersion*> versions = versions_in_order(draft);
    const DraftVersion* current = current_version(draft);
    const int columns = std::min<int>(kMaxColumns, static_cast<int>(versions.size()));
    if (columns == 0) return;
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_BordersOuterH |
                                  ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("versions", columns, flags)) return;
    int number = 0;
    for (const DraftVersion* version : versions) {
        ++number;
        ImGui::TableNextColumn();
        ImGui::PushID(version->id.c_str());
        const bool withdrawn = version->withdrawn.value;
        ImGui::PushFont(frame.panel.fonts.caption);
        wrapped_text(
            version == current ? colours::accent : colours::text_muted,
            version_heading(draft, *version, number, version == current, frame.panel.now_ms));
        ImGui::PopFont();
        wrapped_text(withdrawn ? colours::text_muted : colours::text, version->text);
        if (version != current) {
            if (ImGui::SmallButton("Restore")) {
                if (const auto refusal = restore_version_refusal(draft, version->id)) {
                    ui.message = *refusal;
                } else {
                    ui.message.clear();
                    out.commit(
                        restore_draft_version(draft, new_uuid(), version->id, draft.label.value));
                }
            }
            if (number == 1) spots.first_restore = last_item_centre();
            if (ImGui::IsItemHovered()) {
                ImGui::SetTooltip(
                    "Makes this wording the one shown again, as a new version: "
                    "nothing is lost (Ctrl+Z takes it back)");
            }
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void draw_concurrent_versions(const HarvestFrame& frame, PurposeUiState& ui, const Draft& draft,
                              PurposeSpots& spots) {
    std::vector<const DraftVersion*> heads = {current_version(draft)};
    for (const DraftVersion* other : concurrent_versions(draft)) heads.push_back(other);
    if (heads.size() < 2 || !heads.front()) return;
    ImGui::PushFont(frame.panel.fonts.bold);
    ImGui::Text("%zu versions written at once", heads.size());
    ImGui::PopFont();
    muted_caption(frame.panel.fonts,
                  "Both texts are kept; the later one shows. Write one wording from them to "
                  "clear the mark.");
    if (ImGui::BeginTable("at-once", static_cast<int>(std::min<std::size_t>(heads.size(), 3)),
                          ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchSame)) {
        for (const DraftVersion* head : heads) {
            ImGui::TableNextColumn();
            ImGui::PushFont(frame.panel.fonts.caption);
            std::string who = head->author.empty() ? "Unnamed" : head->author;
            who += " \xC2\xB7 " + when_written(head->at_ms, frame.panel.now_ms);
            if (head == heads.front()) who += " \xC2\xB7 shown";
            wrapped_text(colours::text_muted, who);
            ImGui::PopFont();
            wrapped_text(colours::text, head->text);
        }
        ImGui::EndTable();
    }
    if (ImGui::Button("Write one wording from both")) {
        open_wording_editor(ui, draft, DraftEditorMode::combine);
    }
    spots.combine = last_item_centre();
    ImGui::SameLine();
    if (ImGui::Button("Close##at-once")) ui.show_concurrent = false;
}

}  // namespace hostspace::gui
