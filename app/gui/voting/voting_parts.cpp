#include "app/gui/voting/voting_parts.hpp"

#include <algorithm>
#include <cfloat>

#include "app/gui/shell/test_log.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/harvest/drafts.hpp"
#include "core/util/text.hpp"
#include "core/voting/voting_rules.hpp"

namespace hostspace::gui {
namespace {

const char* const kEllipsis = "…";

bool is_continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

float width_of(ImFont* font, float size, const std::string& text) {
    return font->CalcTextSizeA(size, FLT_MAX, 0, text.data(), text.data() + text.size()).x;
}

// The longest start of `text`, cut at a space where one is near, that fits `width` with "…".
std::string with_ellipsis(const std::string& text, ImFont* font, float size, float width) {
    std::string cut = text;
    while (!cut.empty() && width_of(font, size, cut + kEllipsis) > width) {
        cut.pop_back();
        while (!cut.empty() && is_continuation(cut.back())) cut.pop_back();
    }
    const auto space = cut.find_last_of(' ');
    if (space != std::string::npos && space > cut.size() * 2 / 3) cut.resize(space);
    while (!cut.empty() && cut.back() == ' ') cut.pop_back();
    return cut + kEllipsis;
}

}  // namespace

std::string vote_item_text(const Session& session, const VotingRound& round,
                           const std::string& item_id) {
    if (round.rules.target != VoteTarget::drafts) return item_label(session, round, item_id);
    const Draft* draft = session.harvest.find_draft(item_id);
    if (!draft) return "";
    std::string text = trim_space(draft->label.value);
    const std::string wording = current_text(*draft);
    if (!text.empty() && !wording.empty()) text += ": ";
    text += wording;
    if (draft->deleted.value) text += " (deleted)";
    return text;
}

const char* vote_item_word(VoteTarget target) {
    switch (target) {
        case VoteTarget::groups:
            return "theme";
        case VoteTarget::drafts:
            return "draft";
        case VoteTarget::notes:
            break;
    }
    return "note";
}

const VoteResults& shown_results(const Session& session, const VotingRound& round,
                                 VotingUiState& ui) {
    VoteResultsMemo& memo = ui.results_memo;
    const SessionVersion version = version_of(&session);
    if (!memo.valid || memo.round != round.id || memo.version != version) {
        memo = VoteResultsMemo{round.id, version, true, tally_votes(session, round)};
    }
    return memo.results;
}

const VotingRound* shown_round(const Session& session, const VotingUiState& ui) {
    const VotingRound* picked = session.voting.find_round(ui.round);
    if (picked && !picked->deleted.value) return picked;
    return session.voting.latest_round();
}

std::string clip_to_lines(const std::string& text, ImFont* font, float size, float width,
                          int max_lines) {
    std::string flat = text;
    std::replace_if(
        flat.begin(), flat.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    const float scale = size / font->FontSize;
    const char* s = flat.data();
    const char* const end = s + flat.size();
    std::string out;
    for (int line = 0; line < max_lines; ++line) {
        while (s < end && *s == ' ') ++s;
        if (s >= end) break;
        if (!out.empty()) out += '\n';
        if (line == max_lines - 1) {
            const std::string rest(s, end);
            out +=
                width_of(font, size, rest) <= width ? rest : with_ellipsis(rest, font, size, width);
            break;
        }
        const char* eol = font->CalcWordWrapPositionA(scale, s, end, width);
        if (eol <= s) eol = s + 1;  // not even one character fits: one per line
        while (eol < end && is_continuation(*eol)) ++eol;
        std::string piece(s, eol);
        while (!piece.empty() && piece.back() == ' ') piece.pop_back();
        out += piece;
        s = eol;
    }
    return out;
}

std::string dots_summary(const VoteResults& results) {
    const auto count = [](int n, const char* one, const char* many) {
        return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    const int paper = results.paper_dots;
    const int ballot = results.total_dots - paper;
    const std::string total = count(results.total_dots, "dot", "dots");
    if (paper == 0) return total + " from " + count(results.voters, "voter", "voters");
    if (ballot == 0) return total;
    return total + ": " + std::to_string(ballot) + " from " +
           count(results.voters, "voter", "voters") + ", " + std::to_string(paper) + " on paper";
}

void draw_message_band(const std::string& text, ImFont* font, float scale) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 pad(14 * scale, 10 * scale);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float wrap = width - 2 * pad.x;
    const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap, text.c_str());
    const ImVec2 end(at.x + width, at.y + size.y + 2 * pad.y);
    draw->AddRectFilled(at, end, colours::error_bg, 4 * scale);
    draw->AddRectFilled(at, ImVec2(at.x + 5 * scale, end.y), colours::error_edge, 2 * scale);
    draw->AddText(font, font->FontSize, ImVec2(at.x + pad.x, at.y + pad.y), colours::error_text,
                  text.c_str(), nullptr, wrap);
    ImGui::Dummy(ImVec2(width, end.y - at.y));
}

void draw_message_slot(const std::string& message, ImFont* message_font, const std::string& caption,
                       ImFont* caption_font, float scale) {
    const float width = ImGui::GetContentRegionAvail().x;
    const float band_pad = 10 * scale;  // draw_message_band's top and bottom padding
    const float one_line_band = message_font->FontSize + 2 * band_pad;
    const float caption_h =
        caption_font->CalcTextSizeA(caption_font->FontSize, FLT_MAX, width, caption.c_str()).y;
    const float slot = std::max(one_line_band, caption_h);
    const float top = ImGui::GetCursorPosY();
    if (message.empty()) {
        text_line(caption_font, colours::text_muted, caption);
    } else {
        draw_message_band(message, message_font, scale);
    }
    const float used = ImGui::GetCursorPosY() - top - ImGui::GetStyle().ItemSpacing.y;
    if (used < slot) ImGui::Dummy(ImVec2(0, slot - used - ImGui::GetStyle().ItemSpacing.y));
}

void text_line(ImFont* font, ImU32 colour, const std::string& text) {
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void log_voting_state(VotingUiState& ui, const std::string& line) {
    if (ui.log_line == line) return;
    ui.log_line = line;
    note_for_tests(line);
}

std::string target_suffix(const VotingRound& round) {
    // Only drafts: the lines of votes on notes and themes stay as the older tests read them.
    return round.rules.target == VoteTarget::drafts ? " target=drafts" : "";
}

std::string log_quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) out += c == '"' ? '\'' : c == '\n' ? ' ' : c;
    return out + "\"";
}

}  // namespace hostspace::gui
