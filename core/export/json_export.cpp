#include "core/export/json_export.hpp"


#include "core/util/rapidjson.hpp"

namespace hostspace {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void put(Writer& w, const char* key, const std::string& value) {
    w.Key(key);
    w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void write_session(Writer& w, const Session& s) {
    w.Key("session");
    w.StartObject();
    put(w, "title", s.meta.title.value);
    put(w, "date", s.meta.date.value);
    put(w, "venue", s.meta.venue.value);
    put(w, "hosts", s.meta.hosts.value);
    put(w, "question", s.meta.question.value);
    w.Key("participants");
    w.StartArray();
    for (const auto& p : s.participants) {
        if (p.removed.value) continue;
        w.StartObject();
        put(w, "id", p.id);
        put(w, "name", p.name.value);
        put(w, "organisation", p.organisation.value);
        put(w, "role", p.role.value);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
}

const Group* live_group(const Board& board, const std::string& id) {
    const Group* group = id.empty() ? nullptr : board.find_group(id);
    return group && !group->deleted.value ? group : nullptr;
}

void write_notes(Writer& w, const Board& board) {
    w.Key("notes");
    w.StartArray();
    for (const auto& note : board.notes) {
        if (note.deleted.value) continue;
        w.StartObject();
        put(w, "id", note.id);
        put(w, "text", note.text.value);
        put(w, "author", note.author.value);
        put(w, "organisation", note.organisation.value);
        w.Key("group");
        if (const Group* group = live_group(board, note.group_id.value)) {
            w.String(group->title.value.data(),
                     static_cast<rapidjson::SizeType>(group->title.value.size()));
        } else {
            w.Null();
        }
        put(w, "colour", note.colour.value);
        w.Key("x");
        w.Double(note.position.value.x);
        w.Key("y");
        w.Double(note.position.value.y);
        w.Key("created_ms");
        w.Int64(note.created_ms);
        w.Key("edited_ms");
        w.Int64(note.edited_ms);
        w.EndObject();
    }
    w.EndArray();
}

void write_groups(Writer& w, const Board& board) {
    w.Key("groups");
    w.StartArray();
    for (const auto& group : board.groups) {
        if (group.deleted.value) continue;
        w.StartObject();
        put(w, "id", group.id);
        put(w, "title", group.title.value);
        put(w, "colour", group.colour.value);
        w.Key("note_count");
        std::size_t count = 0;
        for (const auto& note : board.notes) {
            count += !note.deleted.value && note.group_id.value == group.id ? 1 : 0;
        }
        w.Uint64(count);
        w.EndObject();
    }
    w.EndArray();
}

}  // namespace

std::string export_session_json(const Session& session) {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.SetIndent(' ', 2);
    w.StartObject();
    put(w, "format", "hostspace-export");
    w.Key("version");
    w.Int(kJsonExportVersion);
    write_session(w, session);
    write_notes(w, session.board);
    write_groups(w, session.board);
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace hostspace
