#include "core/harvest/sources.hpp"

namespace hostspace {

SourceView describe_source(const Board& board, const std::string& id) {
    SourceView view;
    view.id = id;
    if (const Note* note = board.find_note(id)) {
        view.kind = SourceKind::note;
        view.text = note->text.value;
        view.deleted = note->deleted.value;
    } else if (const Group* group = board.find_group(id)) {
        view.kind = SourceKind::theme;
        view.text = group->title.value;
        view.deleted = group->deleted.value;
    }
    return view;
}

std::vector<SourceView> describe_sources(const Board& board, const std::vector<std::string>& ids) {
    std::vector<SourceView> views;
    views.reserve(ids.size());
    for (const std::string& id : ids) views.push_back(describe_source(board, id));
    return views;
}

std::vector<std::string> linked_sources(const Principle& principle) {
    std::vector<std::string> ids;
    for (const SourceLink& link : principle.sources) {
        if (link.linked.value) ids.push_back(link.id);
    }
    return ids;
}

std::vector<std::string> theme_sources(const Board& board, const std::string& group_id) {
    if (!board.find_group(group_id)) return {};
    std::vector<std::string> ids = {group_id};
    for (const Note& note : board.notes) {
        if (!note.deleted.value && note.group_id.value == group_id) ids.push_back(note.id);
    }
    return ids;
}

const char* source_kind_name(SourceKind kind) {
    switch (kind) {
        case SourceKind::note:
            return "note";
        case SourceKind::theme:
            return "theme";
        case SourceKind::missing:
            break;
    }
    return "missing";
}

}  // namespace hostspace
