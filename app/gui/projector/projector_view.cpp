// The projector's picture: one borderless window over the display, painted by hand (no
// widgets: nothing on it is clicked), in the mode the facilitator picked.
#include "app/gui/projector/projector_view.hpp"

#include <algorithm>
#include <cmath>

#include "app/gui/projector/projector_text.hpp"

namespace hostspace::gui {
namespace {

void draw_centred_line(ImDrawList* draw, ImFont* font, float centre_x, float top, float width,
                       float min_share, const std::string& text, ImU32 colour) {
    float size = 0;
    const std::string line = fit_line(text, font, width, min_share, size);
    draw_text(draw, font, size,
              ImVec2(std::round(centre_x - text_width(font, size, line) / 2), top), colour,
              line.c_str());
}

ProjectorShown draw_no_session(const ProjectorFrame& frame, ImDrawList* draw, ImVec2 min,
                               ImVec2 max) {
    ProjectorShown shown;
    shown.screen = "no-session";
    shown.tone = "normal";
    draw_plaque(frame, draw, min, max, "", "hostspace", "No session is open");
    return shown;
}

// Purpose mode: every version of every draft (a restore or the history may show any), the
// labels, consent records, principles with their lines and champions, actions and focus items,
// and what the views write themselves (bullets, the months of a date).
template <typename Add>
void add_harvest_text(const Session& session, Add& add) {
    const Harvest& harvest = session.harvest;
    add("\xE2\x80\xA2 \xC2\xB7 \xE2\x80\x93 January February March April May June July August "
        "September October November December");
    for (const Draft& draft : harvest.drafts) {
        if (draft.deleted.value) continue;
        add(draft.label.value);
        for (const DraftVersion& version : draft.versions) add(version.text);
    }
    for (const ConsentRound& round : harvest.consent_rounds) {
        if (round.deleted.value) continue;
        for (const Objection& objection : round.objections) {
            add(objection.by);
            add(objection.reason);
            add(objection.resolution.value.note);
        }
        for (const NamedResponse& response : round.responses) {
            add(response.person);
            add(response.answer.value.reason);
        }
    }
    for (const Principle& principle : harvest.principles) {
        if (principle.deleted.value) continue;
        add(principle.title.value);
        add(principle.statement.value);
        add(principle.champion.value.name);
    }
    for (const PrincipleLine& line : harvest.lines) {
        if (!line.deleted.value) add(line.text.value);
    }
    for (const Action& action : harvest.actions) {
        if (action.deleted.value) continue;
        add(action.what.value);
        add(action.who.value.name);
        add(action.due.value);
    }
    for (const FocusItem& item : harvest.focus) {
        if (item.deleted.value) continue;
        add(item.question.value);
        add(item.who.value.name);
        add(item.when.value);
    }
}

}  // namespace

void draw_plaque(const ProjectorFrame& frame, ImDrawList* draw, ImVec2 min, ImVec2 max,
                 const std::string& above, const std::string& main, const std::string& below) {
    const ProjectorFontSet& f = *frame.fonts;
    const ProjectorPalette& p = *frame.palette;
    const float w = max.x - min.x, h = max.y - min.y;
    const float plaque_w = std::round(w * 0.7f);
    const float pad_x = std::round(plaque_w * 0.06f), pad_y = std::round(h * 0.06f);
    const float inner = plaque_w - 2 * pad_x;
    const float line_gap = f.label->FontSize * 0.6f;
    float content = f.display->FontSize;
    if (!above.empty()) content += f.label_bold->FontSize + line_gap;
    if (!below.empty()) content += f.label->FontSize + line_gap;
    const float plaque_h = content + 2 * pad_y;
    const ImVec2 a(std::round((min.x + max.x - plaque_w) / 2),
                   std::round((min.y + max.y - plaque_h) / 2));
    const ImVec2 b(a.x + plaque_w, a.y + plaque_h);
    const float rounding = h * 0.02f;
    draw->AddRectFilled(a, b, p.plaque, rounding);
    draw->AddRect(a, b, p.rule, rounding, 0, std::max(1.0f, h * 0.002f));
    const float centre_x = (a.x + b.x) / 2;
    float y = a.y + pad_y;
    if (!above.empty()) {
        draw_centred_line(draw, f.label_bold, centre_x, y, inner, 0.7f, above, p.text_muted);
        y += f.label_bold->FontSize + line_gap;
    }
    draw_centred_line(draw, f.display, centre_x, y, inner, 0.6f, main, p.text);
    y += f.display->FontSize + line_gap;
    if (!below.empty())
        draw_centred_line(draw, f.label, centre_x, y, inner, 0.7f, below, p.text_muted);
}

ProjectorShown draw_projector(const ProjectorFrame& frame) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs |
                                   ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBackground |
                                   ImGuiWindowFlags_NoFocusOnAppearing;
    ImGui::Begin("projector", nullptr, flags);
    ImGui::PopStyleVar(2);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 min(0, 0), max = io.DisplaySize;
    draw->AddRectFilled(min, max, frame.palette->background);

    ProjectorShown shown;
    if (!frame.session) {
        shown = draw_no_session(frame, draw, min, max);
    } else if (frame.mode == ProjectorMode::board) {
        shown = draw_board_screen(frame, draw, min, max);
    } else if (frame.mode == ProjectorMode::votes) {
        shown = draw_votes_screen(frame, draw, min, max);
    } else if (frame.mode == ProjectorMode::purpose) {
        shown = draw_purpose_screen(frame, draw, min, max);
    } else {
        shown = draw_round_screen(frame, draw, min, max);
    }
    shown.mode = frame.mode;
    // The timer's phase whatever the mode shows: the log tells a running round from an idle one.
    if (frame.session) shown.phase = read_timer(*frame.session, frame.now_ms).phase;
    ImGui::End();
    return shown;
}

void add_projector_text(const Session& session, ImFontGlyphRangesBuilder& chars) {
    auto add = [&chars](const std::string& text) {
        chars.AddText(text.data(), text.data() + text.size());
    };
    add(session.meta.title.value);
    add(session.meta.question.value);
    for (const Round& round : session.agenda.rounds) {
        if (round.removed.value) continue;
        add(round.title.value);
        add(round.question.value);
        for (const RoundStep& step : round.steps.value) add(step.title);
    }
    for (const Participant& participant : session.participants) {
        add(participant.name.value);  // the talking piece's speaker
        add(participant.organisation.value);
    }
    // Board mode: titles, notes and their bylines; Votes mode: the same notes and titles.
    for (const Group& group : session.board.groups) {
        if (!group.deleted.value) add(group.title.value);
    }
    for (const Note& note : session.board.notes) {
        if (note.deleted.value) continue;
        add(note.text.value);
        add(note.author.value);
        add(note.organisation.value);
    }
    for (const VotingRound& round : session.voting.rounds) {
        if (!round.deleted.value) add(round.title.value);
    }
    add_harvest_text(session, add);
}

}  // namespace hostspace::gui
