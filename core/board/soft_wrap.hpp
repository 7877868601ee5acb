#pragma once
// Word wrap for a multi-line text field that cannot wrap (Dear ImGui 1.86's): the field shows
// the text with a line break inserted where each line wraps (a "soft" break), and an edit made
// in what it shows is mapped back to the text itself, which never holds a soft break.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace hostspace {

// Where the lines of a text wrap: the byte offsets at which a wrapped line starts (not those
// after a line break the text holds), ascending.
using WrapPoints = std::function<std::vector<std::size_t>(const std::string& text)>;

struct SoftWrapped {
    std::string plain;              // the text
    std::string shown;              // the text with '\n' inserted at each wrap point
    std::vector<std::size_t> soft;  // offsets in `shown` of the inserted '\n's, ascending
};

SoftWrapped soft_wrap(const std::string& plain, const WrapPoints& wrap_points);

// An offset in `shown` as an offset in `plain` (a soft break counts as nothing), and back (a
// caret at a wrap point goes to the start of the wrapped line).
std::size_t shown_to_plain(const SoftWrapped& text, std::size_t shown_offset);
std::size_t plain_to_shown(const SoftWrapped& text, std::size_t plain_offset);

struct PlainEdit {
    std::string plain;
    std::size_t caret = 0;  // in `plain`
};

// The text after what the field showed went from `before.shown` to `after` (typing, deleting,
// pasting), with the caret at `caret_before` and `caret_after` in the shown texts. Deleting a
// soft break alone (Backspace at the start of a wrapped line, Delete at the end of one) deletes
// the character beyond it too, as it would in a word processor; a '\r' pasted in is dropped.
PlainEdit reconcile_edit(const SoftWrapped& before, std::size_t caret_before,
                         const std::string& after, std::size_t caret_after);

}  // namespace hostspace
