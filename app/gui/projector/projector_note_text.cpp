#include "app/gui/projector/projector_note_text.hpp"

#include <imgui.h>

#include <algorithm>

#include "app/gui/board/note_paint.hpp"
#include "core/board/geometry.hpp"

namespace hostspace::gui {
namespace {

constexpr float kBylineGap = 6;  // board units between the text and the byline

std::string byline_of(const Note& note) {
    const std::string& author = note.author.value;
    const std::string& organisation = note.organisation.value;
    if (author.empty()) return organisation;
    if (organisation.empty()) return author;
    return author + " · " + organisation;
}

}  // namespace

NoteText lay_out_projector_note(const Note& note, const Fonts& fonts, float scale, bool bylines,
                                float width) {
    NoteText out;
    out.text = note.text.value;
    out.scale = scale;
    out.font = 0;  // the body size, always
    const float inner_width = (width - 2 * kNotePadding) * scale;
    float byline_height = 0;
    if (bylines) {
        out.author = note.author.value;
        out.organisation = note.organisation.value;
        const std::string byline = byline_of(note);
        if (!byline.empty()) {
            out.byline = fit_with_ellipsis(fonts.caption, byline, inner_width);
            byline_height = fonts.caption->FontSize + kBylineGap * scale;
        }
    }
    out.lines = wrap_lines(fonts.body, out.text, inner_width);
    const float lines = static_cast<float>(std::max<std::size_t>(out.lines.size(), 2));
    out.height = (2 * kNotePadding * scale + lines * fonts.body->FontSize + byline_height) / scale;
    return out;
}

std::shared_ptr<const NoteText> ProjectorNoteTexts::get(const Note& note, const Fonts& fonts,
                                                        float scale, bool bylines) {
    if (scale != scale_ || fonts.body != body_ || bylines != bylines_) {
        entries_.clear();
        scale_ = scale;
        body_ = fonts.body;
        bylines_ = bylines;
    }
    Entry& entry = entries_[note.id];
    entry.used = true;
    const NoteText* have = entry.text.get();
    if (!have || have->text != note.text.value ||
        (bylines &&
         (have->author != note.author.value || have->organisation != note.organisation.value))) {
        // A new object, not an edit: a layout still holding the old one keeps it intact.
        entry.text = std::make_shared<const NoteText>(
            lay_out_projector_note(note, fonts, scale, bylines, width_));
    }
    return entry.text;
}

void ProjectorNoteTexts::sweep() {
    for (auto it = entries_.begin(); it != entries_.end();) {
        if (!it->second.used) {
            it = entries_.erase(it);
        } else {
            it->second.used = false;
            ++it;
        }
    }
}

}  // namespace hostspace::gui
