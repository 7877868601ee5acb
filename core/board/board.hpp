#pragma once
// The sticky-note board: notes, the groups (themes) they cluster into, the operations that
// change them, and how those operations apply and invert.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

#include "core/session/stamp.hpp"

namespace hostspace {

struct Vec2 {
    float x = 0;
    float y = 0;
    friend bool operator==(const Vec2& a, const Vec2& b) { return a.x == b.x && a.y == b.y; }
};

struct Note {
    std::string id;               // UUID, stable across devices
    std::int64_t created_ms = 0;  // wall clock of the op that added it
    std::int64_t edited_ms = 0;   // wall clock of the op that wrote the current text
    Lww<std::string> text;
    Lww<std::string> author;
    Lww<std::string> organisation;
    Lww<std::string> colour;
    Lww<Vec2> position;
    Lww<std::string> group_id;  // empty: in no group
    Lww<bool> deleted;          // a delete leaves a tombstone, so it can be undone and synced
};

struct Group {
    std::string id;
    Lww<std::string> title;
    Lww<std::string> colour;
    Lww<Vec2> position;
    Lww<bool> collapsed;  // shown as its title and a count of its notes
    Lww<bool> deleted;
};

// Notes and groups in the order they were added; the index maps an id to its position.
struct Board {
    std::vector<Note> notes;
    std::vector<Group> groups;
    std::unordered_map<std::string, std::size_t> note_index;
    std::unordered_map<std::string, std::size_t> group_index;
    Lww<bool> anonymous;  // authors hidden on the projector (the facilitator still sees them)

    const Note* find_note(const std::string& id) const;
    const Group* find_group(const std::string& id) const;
    Note* find_note(const std::string& id);
    Group* find_group(const std::string& id);
    // Live (not deleted) groups only; used to resolve a title to an id.
    const Group* find_group_by_title(const std::string& title) const;
    std::size_t live_note_count() const;
};

// ---- operations --------------------------------------------------------------------------
struct AddNote {
    std::string id, text, author, organisation, colour, group_id;
    Vec2 position;
};
struct EditNoteText {
    std::string id, text;
};
struct SetNoteAuthor {
    std::string id, author, organisation;
};
struct MoveNote {
    std::string id;
    Vec2 position;
};
struct SetNoteColour {
    std::string id, colour;
};
struct AssignNoteToGroup {
    std::string id, group_id;  // empty group_id takes the note out of its group
};
struct DeleteNote {
    std::string id;
};
struct RestoreNote {
    std::string id;
};
struct AddGroup {
    std::string id, title, colour;
    Vec2 position;
};
struct RenameGroup {
    std::string id, title;
};
struct MoveGroup {
    std::string id;
    Vec2 position;
};
struct SetGroupColour {
    std::string id, colour;
};
struct DeleteGroup {
    std::string id;
};
struct RestoreGroup {
    std::string id;
};
struct SetGroupCollapsed {
    std::string id;
    bool collapsed = false;
};
struct SetBoardAnonymous {
    bool anonymous = false;
};

}  // namespace hostspace
