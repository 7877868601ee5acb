#include "core/board/soft_wrap.hpp"

#include <algorithm>

namespace hostspace {
namespace {

bool continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::size_t common_prefix(const std::string& a, const std::string& b, std::size_t limit) {
    std::size_t n = 0;
    while (n < limit && a[n] == b[n]) ++n;
    return n;
}

std::size_t common_suffix(const std::string& a, const std::string& b, std::size_t limit) {
    std::size_t n = 0;
    while (n < limit && a[a.size() - 1 - n] == b[b.size() - 1 - n]) ++n;
    return n;
}

}  // namespace

SoftWrapped soft_wrap(const std::string& plain, const WrapPoints& wrap_points) {
    SoftWrapped out;
    out.plain = plain;
    std::vector<std::size_t> points = wrap_points ? wrap_points(plain) : std::vector<std::size_t>{};
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    out.shown.reserve(plain.size() + points.size());
    std::size_t from = 0;
    for (std::size_t point : points) {
        if (point == 0 || point > plain.size()) continue;
        out.shown.append(plain, from, point - from);
        out.soft.push_back(out.shown.size());
        out.shown.push_back('\n');
        from = point;
    }
    out.shown.append(plain, from, std::string::npos);
    return out;
}

std::size_t shown_to_plain(const SoftWrapped& text, std::size_t shown_offset) {
    const auto before = std::lower_bound(text.soft.begin(), text.soft.end(), shown_offset);
    const std::size_t soft = static_cast<std::size_t>(before - text.soft.begin());
    return std::min(shown_offset - soft, text.plain.size());
}

std::size_t plain_to_shown(const SoftWrapped& text, std::size_t plain_offset) {
    // The i-th soft break sits at plain offset soft[i] - i.
    std::size_t count = 0;
    while (count < text.soft.size() && text.soft[count] - count <= plain_offset) ++count;
    return std::min(plain_offset, text.plain.size()) + count;
}

PlainEdit reconcile_edit(const SoftWrapped& before, std::size_t caret_before,
                         const std::string& after, std::size_t caret_after) {
    const std::string& shown = before.shown;
    if (after == shown) return PlainEdit{before.plain, shown_to_plain(before, caret_after)};
    caret_after = std::min(caret_after, after.size());
    const std::size_t shorter = std::min(shown.size(), after.size());
    // After typing, pasting or deleting, the caret ends where the change ends: what follows it
    // is what followed the change before. That settles which of a run of equal characters was
    // typed or deleted; anything else falls back on the longest common ends.
    std::size_t suffix = after.size() - caret_after;
    const bool caret_marks_end =
        suffix <= shown.size() && common_suffix(shown, after, suffix) == suffix;
    if (!caret_marks_end) suffix = common_suffix(shown, after, shorter);
    const std::size_t prefix = common_prefix(shown, after, shorter - std::min(suffix, shorter));

    std::size_t from = shown_to_plain(before, prefix);
    std::size_t to = shown_to_plain(before, shown.size() - suffix);
    std::string inserted = after.substr(prefix, after.size() - suffix - prefix);
    inserted.erase(std::remove(inserted.begin(), inserted.end(), '\r'), inserted.end());
    const std::string& plain = before.plain;
    if (inserted.empty() && from == to && shown.size() > after.size()) {
        // Only soft breaks went: take the character on the far side of them as well.
        if (caret_after < caret_before) {
            while (from > 0) {
                --from;
                if (!continuation(plain[from])) break;
            }
        } else if (to < plain.size()) {
            ++to;
            while (to < plain.size() && continuation(plain[to])) ++to;
        }
    }
    PlainEdit out;
    out.plain = plain.substr(0, from) + inserted + plain.substr(to);
    out.caret = from + inserted.size();
    return out;
}

}  // namespace hostspace
