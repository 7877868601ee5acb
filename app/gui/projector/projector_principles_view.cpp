// Purpose mode's other screens: one principle large (title, statement, practices and
// accountability), every principle as a list, the actions and the next focus items as rows.
#include <algorithm>
#include <cmath>

#include "app/gui/projector/projector_harvest_step.hpp"
#include "app/gui/projector/projector_purpose_parts.hpp"
#include "core/harvest/plans.hpp"
#include "core/harvest/principles.hpp"

namespace hostspace::gui {
namespace {

const char* const kBullet = "\xE2\x80\xA2 ";  // "• "
const char* const kDot = " \xC2\xB7 ";        // " · "

std::string title_of(const Principle& principle) {
    return principle.title.value.empty() ? std::string("Untitled principle")
                                         : principle.title.value;
}

// A list of lines as one text, a bullet before each.
std::string bullets(const std::vector<const PrincipleLine*>& lines) {
    std::string text;
    for (const PrincipleLine* line : lines) {
        if (!text.empty()) text += '\n';
        text += kBullet + line->text.value;
    }
    return text;
}

std::string joined(const std::vector<std::string>& parts) {
    std::string line;
    for (const std::string& part : parts) {
        if (!part.empty()) line += (line.empty() ? "" : kDot) + part;
    }
    return line;
}

// "Principles 1–6 of 8" on a page, else "3 principles".
std::string page_count(int first, int count, int total, int pages, const char* one,
                       const char* many, const char* capital) {
    if (pages > 1) {
        return std::string(capital) + " " + std::to_string(first + 1) + "\xE2\x80\x93" +
               std::to_string(first + count) + " of " + std::to_string(total);
    }
    return std::to_string(total) + " " + (total == 1 ? one : many);
}

}  // namespace

ProjectorShown draw_principle_screen(const ProjectorFrame& frame, ImDrawList* draw,
                                     const PurposeBox& box) {
    const ProjectorFontSet& f = *frame.fonts;
    const ProjectorPalette& p = *frame.palette;
    const Harvest& harvest = frame.session->harvest;
    const std::vector<const Principle*> all = principles_in_order(harvest);
    const std::string& wanted = frame.harvest ? frame.harvest->principle_id : std::string();
    const auto it = std::find_if(all.begin(), all.end(), [&](const Principle* principle) {
        return principle->id == wanted;
    });
    if (it == all.end()) return draw_principles_screen(frame, draw, box);
    const Principle& principle = **it;
    const int index = static_cast<int>(it - all.begin());

    ProjectorShown shown;
    shown.screen = "principle";
    shown.harvest = "principle";
    shown.principle = index + 1;
    shown.principles = static_cast<int>(all.size());
    float top = draw_purpose_header(
        frame, draw, box, "Our principles",
        "Principle " + std::to_string(index + 1) + " of " + std::to_string(all.size()));
    const std::string champion = assignee_name(*frame.session, principle.champion.value);
    const float bottom =
        champion.empty()
            ? box.bottom()
            : draw_purpose_hint(frame, draw, box, "Champion: " + champion) - box.h() * 0.02f;

    const auto practices = lines_of(harvest, principle.id, LineKind::practice);
    const auto accountability = lines_of(harvest, principle.id, LineKind::accountability);
    const bool has_lines = !practices.empty() || !accountability.empty();

    const std::string title = title_of(principle);
    ImFont* const title_fonts[] = {f.display, f.title};
    const TextBlock title_block =
        fit_text(title, title_fonts, 2, ImVec2(box.inner_w(), box.h() * 0.2f));
    draw_text_block(draw, title_block, box.centre_x(), std::round(top), true, p.text);
    top += title_block.height + box.h() * 0.015f;
    shown.text = title;
    shown.text_px = title_block.size;

    const std::string& statement = principle.statement.value;
    if (!statement.empty()) {
        const float room_h = has_lines ? box.h() * 0.24f : bottom - top;
        const TextBlock block = fit_text(statement, f.question, kQuestionSizes,
                                         ImVec2(box.inner_w(), std::max(1.0f, room_h)));
        draw_text_block(draw, block, box.centre_x(), std::round(top), true, p.text);
        top += block.height + box.h() * 0.03f;
        shown.text = statement;
        shown.text_px = block.size;
    }
    if (!has_lines) return shown;

    // Practices and accountability side by side (one of them alone takes the width).
    struct Column {
        const char* heading;
        std::string text;
    };
    std::vector<Column> columns;
    if (!practices.empty()) {
        columns.push_back({"What it looks like when we live this", bullets(practices)});
    }
    if (!accountability.empty()) {
        columns.push_back({"How we hold each other to account", bullets(accountability)});
    }
    const float gap = std::round(box.w() * 0.04f);
    const float col_w =
        (box.inner_w() - gap * static_cast<float>(columns.size() - 1)) / columns.size();
    const float rule_h = std::max(1.0f, std::round(box.h() * 0.003f));
    const float text_top = top + f.label_bold->FontSize * 1.3f + rule_h;
    std::vector<const std::string*> texts;
    std::vector<ImVec2> boxes;
    for (const Column& column : columns) {
        texts.push_back(&column.text);
        boxes.emplace_back(col_w, std::max(1.0f, bottom - text_top));
    }
    const std::vector<TextBlock> blocks =
        fit_together(texts, f.question + 2, kQuestionSizes - 2, boxes);
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const float x = std::round(box.left() + (col_w + gap) * static_cast<float>(i));
        float size = 0;
        const std::string heading = fit_line(columns[i].heading, f.label_bold, col_w, 0.7f, size);
        draw_text(draw, f.label_bold, size, ImVec2(x, top), p.text_muted, heading.c_str());
        const float rule_y = top + f.label_bold->FontSize * 1.15f;
        draw->AddRectFilled(ImVec2(x, rule_y), ImVec2(x + col_w, rule_y + rule_h), p.rule);
        draw_text_block(draw, blocks[i], x, std::round(text_top), false, p.text);
        shown.text_px = std::min(shown.text_px, blocks[i].size);
    }
    return shown;
}

ProjectorShown draw_principles_screen(const ProjectorFrame& frame, ImDrawList* draw,
                                      const PurposeBox& box) {
    const std::vector<const Principle*> all = principles_in_order(frame.session->harvest);
    if (all.empty()) {
        return draw_calling_question(frame, draw, box,
                                     "the principles appear here once the room writes them");
    }
    const int total = static_cast<int>(all.size());
    const int pages = harvest_page_count(total, kPrinciplesPerPage);
    const int page =
        clamp_page(frame.harvest ? frame.harvest->principles_page : 0, total, kPrinciplesPerPage);
    const int first = page * kPrinciplesPerPage;
    const int count = std::min(kPrinciplesPerPage, total - first);
    const float top = draw_purpose_header(
        frame, draw, box, "Our principles",
        page_count(first, count, total, pages, "principle", "principles", "Principles"));
    std::vector<PurposeRow> rows;
    for (int i = first; i < first + count; ++i) {
        const Principle& principle = *all[static_cast<std::size_t>(i)];
        rows.push_back({std::to_string(i + 1) + ".  " + title_of(principle),
                        principle.statement.value, false, false});
    }
    ProjectorShown shown;
    shown.screen = "principles";
    shown.harvest = "principles";
    shown.principles = total;
    shown.page = page + 1;
    shown.pages = pages;
    draw_rows(frame, draw, ImVec2(box.left(), top), ImVec2(box.right(), box.bottom()), rows, shown);
    return shown;
}

ProjectorShown draw_actions_screen(const ProjectorFrame& frame, ImDrawList* draw,
                                   const PurposeBox& box) {
    const Session& session = *frame.session;
    const std::vector<const Action*> actions = actions_in_order(session.harvest);
    if (actions.empty()) {
        return draw_calling_question(frame, draw, box,
                                     "the actions appear here once the room names them");
    }
    int done = 0;
    std::vector<PurposeRow> rows;
    for (const Action* action : actions) {
        const bool is_done = action->status.value == ActionStatus::done;
        done += is_done ? 1 : 0;
        const std::string& due = action->due.value;
        rows.push_back(
            {action->what.value.empty() ? std::string("(no action written)") : action->what.value,
             joined({assignee_name(session, action->who.value),
                     due.empty() ? "" : "by " + long_date(due), is_done ? "done" : ""}),
             true, is_done});
    }
    std::string count =
        std::to_string(actions.size()) + (actions.size() == 1 ? " action" : " actions");
    if (done > 0) count += kDot + std::to_string(done) + " done";
    const float top = draw_purpose_header(frame, draw, box, "Our actions", count);
    ProjectorShown shown;
    shown.screen = "actions";
    shown.harvest = "actions";
    draw_rows(frame, draw, ImVec2(box.left(), top), ImVec2(box.right(), box.bottom()), rows, shown);
    return shown;
}

ProjectorShown draw_focus_screen(const ProjectorFrame& frame, ImDrawList* draw,
                                 const PurposeBox& box) {
    const Session& session = *frame.session;
    const std::vector<const FocusItem*> items = focus_in_order(session.harvest);
    if (items.empty()) {
        return draw_calling_question(
            frame, draw, box, "the questions for next time appear here once the room names them");
    }
    std::vector<PurposeRow> rows;
    for (const FocusItem* item : items) {
        rows.push_back(
            {item->question.value.empty() ? std::string("(no question written)")
                                          : item->question.value,
             joined({assignee_name(session, item->who.value), long_date(item->when.value)}), true,
             false});
    }
    const std::string count =
        std::to_string(items.size()) + (items.size() == 1 ? " question" : " questions");
    const float top =
        draw_purpose_header(frame, draw, box, "Next focus: to explore further", count);
    ProjectorShown shown;
    shown.screen = "focus";
    shown.harvest = "focus";
    draw_rows(frame, draw, ImVec2(box.left(), top), ImVec2(box.right(), box.bottom()), rows, shown);
    return shown;
}

}  // namespace hostspace::gui
