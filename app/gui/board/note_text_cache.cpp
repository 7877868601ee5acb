#include "app/gui/board/note_text_cache.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstring>

#include "app/gui/board/note_paint.hpp"
#include "core/board/geometry.hpp"

namespace hostspace::gui {
namespace {

std::string byline_of(const Note& note) {
    const std::string& author = note.author.value;
    const std::string& organisation = note.organisation.value;
    if (author.empty()) return organisation;
    if (organisation.empty()) return author;
    return author + " · " + organisation;
}

std::size_t utf8_length(unsigned char lead) {
    if (lead >= 0xF0) return 4;
    if (lead >= 0xE0) return 3;
    if (lead >= 0xC0) return 2;
    return 1;
}

}  // namespace

ImFont* note_font(const Fonts& fonts, int index) {
    if (index <= 0) return fonts.body;
    return index == 1 ? fonts.body_small : fonts.caption;
}

std::vector<NoteLine> wrap_lines(ImFont* font, const std::string& text, float width) {
    // As ImFont::RenderText wraps: a line ends at a newline or where CalcWordWrapPositionA
    // says; blanks after a wrap (not after a newline) are skipped.
    std::vector<NoteLine> lines;
    const char* const begin = text.data();
    const char* const end = begin + text.size();
    const char* s = begin;
    while (s < end) {
        const void* found = std::memchr(s, '\n', static_cast<std::size_t>(end - s));
        const char* paragraph_end = found ? static_cast<const char*>(found) : end;
        const char* eol = font->CalcWordWrapPositionA(1.0f, s, paragraph_end, width);
        if (eol == s && s < paragraph_end) {  // not even one character fits: take one anyway
            eol = std::min(paragraph_end, s + utf8_length(static_cast<unsigned char>(*s)));
        }
        lines.emplace_back(static_cast<std::uint32_t>(s - begin),
                           static_cast<std::uint32_t>(eol - begin));
        s = eol;
        if (s == paragraph_end) {
            if (s == end) break;
            ++s;                                                         // the newline itself
            if (s == end) lines.emplace_back(text.size(), text.size());  // a last, empty line
        } else {
            while (s < paragraph_end && (*s == ' ' || *s == '\t')) ++s;
        }
    }
    return lines;
}

WrapPoints wrap_points(ImFont* font, float width) {
    return [font, width](const std::string& text) {
        std::vector<std::size_t> points;
        const std::vector<NoteLine> lines = wrap_lines(font, text, width);
        for (std::size_t i = 1; i < lines.size(); ++i) {
            const std::size_t start = lines[i].first;
            if (start > 0 && start <= text.size() && text[start - 1] != '\n')
                points.push_back(start);
        }
        return points;
    };
}

NoteText lay_out_note_text(const Note& note, const Fonts& fonts, float scale, bool bylines) {
    NoteText out;
    out.text = note.text.value;
    if (bylines) {
        out.author = note.author.value;
        out.organisation = note.organisation.value;
    }
    out.scale = scale;
    const float inner_width = (kNoteWidth - 2 * kNotePadding) * scale;
    const std::string byline = bylines ? byline_of(note) : std::string();
    const float byline_height = byline.empty() ? 0 : fonts.caption->FontSize + 6 * scale;
    if (!byline.empty()) out.byline = fit_with_ellipsis(fonts.caption, byline, inner_width);
    const float room = (kNoteHeight - 2 * kNotePadding) * scale - byline_height;

    float text_height = 0;
    for (int i = 0; i < kNoteFontCount; ++i) {
        ImFont* font = note_font(fonts, i);
        out.font = i;
        out.lines = wrap_lines(font, out.text, inner_width);
        text_height = static_cast<float>(out.lines.size()) * font->FontSize;
        if (text_height <= room) break;
    }
    out.height = kNoteHeight;
    if (text_height > room) out.height += (text_height - room) / scale;
    return out;
}

std::shared_ptr<const NoteText> NoteTextCache::get(const Note& note, const Fonts& fonts,
                                                   float scale) {
    if (scale != scale_ || fonts.body != body_) {
        entries_.clear();
        scale_ = scale;
        body_ = fonts.body;
    }
    Entry& entry = entries_[note.id];
    entry.used = true;
    const NoteText* have = entry.text.get();
    if (!have || have->text != note.text.value ||
        (bylines_ &&
         (have->author != note.author.value || have->organisation != note.organisation.value))) {
        // A new object, not an edit: a layout still holding the old one keeps it intact.
        entry.text =
            std::make_shared<const NoteText>(lay_out_note_text(note, fonts, scale, bylines_));
    }
    return entry.text;
}

void NoteTextCache::sweep() {
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
