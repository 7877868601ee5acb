#include "core/session/op_json.hpp"

#include "core/agenda/agenda_json.hpp"
#include "core/harvest/harvest_json.hpp"
#include "core/session/op_json_fields.hpp"
#include "core/timer/timer_json.hpp"
#include "core/util/error.hpp"
#include "core/util/exact_json.hpp"
#include "core/util/rapidjson.hpp"
#include "core/voting/voting_json.hpp"

namespace hostspace {
namespace {

using op_json::Json;
using op_json::member;
using op_json::optional_text;
using op_json::put;
using op_json::signed_number;
using op_json::text;
using op_json::unsigned_number;
using op_json::Writer;

// ---- writing -----------------------------------------------------------------------------
void put(Writer& w, const Vec2& position) {
    w.Key("x");
    w.Double(position.x);
    w.Key("y");
    w.Double(position.y);
}

struct FieldWriter {
    Writer& w;
    void operator()(const SetMeta& op) const {
        put(w, "field", meta_field_name(op.field));
        put(w, "value", op.value);
    }
    void operator()(const AddParticipant& op) const {
        person(op.id, op.name, op.organisation, op.role);
    }
    void operator()(const EditParticipant& op) const {
        put(w, "id", op.id);
        if (op.name) put(w, "name", *op.name);
        if (op.organisation) put(w, "organisation", *op.organisation);
        if (op.role) put(w, "role", *op.role);
    }
    void operator()(const RemoveParticipant& op) const { put(w, "id", op.id); }
    void operator()(const RestoreParticipant& op) const { put(w, "id", op.id); }
    void operator()(const AddNote& op) const {
        put(w, "id", op.id);
        put(w, "text", op.text);
        put(w, "author", op.author);
        put(w, "organisation", op.organisation);
        put(w, "colour", op.colour);
        put(w, "group", op.group_id);
        put(w, op.position);
    }
    void operator()(const EditNoteText& op) const {
        put(w, "id", op.id);
        put(w, "text", op.text);
    }
    void operator()(const SetNoteAuthor& op) const {
        put(w, "id", op.id);
        put(w, "author", op.author);
        put(w, "organisation", op.organisation);
    }
    void operator()(const MoveNote& op) const {
        put(w, "id", op.id);
        put(w, op.position);
    }
    void operator()(const SetNoteColour& op) const {
        put(w, "id", op.id);
        put(w, "colour", op.colour);
    }
    void operator()(const AssignNoteToGroup& op) const {
        put(w, "id", op.id);
        put(w, "group", op.group_id);
    }
    void operator()(const DeleteNote& op) const { put(w, "id", op.id); }
    void operator()(const RestoreNote& op) const { put(w, "id", op.id); }
    void operator()(const AddGroup& op) const {
        put(w, "id", op.id);
        put(w, "title", op.title);
        put(w, "colour", op.colour);
        put(w, op.position);
    }
    void operator()(const RenameGroup& op) const {
        put(w, "id", op.id);
        put(w, "title", op.title);
    }
    void operator()(const MoveGroup& op) const {
        put(w, "id", op.id);
        put(w, op.position);
    }
    void operator()(const SetGroupColour& op) const {
        put(w, "id", op.id);
        put(w, "colour", op.colour);
    }
    void operator()(const DeleteGroup& op) const { put(w, "id", op.id); }
    void operator()(const RestoreGroup& op) const { put(w, "id", op.id); }
    void operator()(const SetGroupCollapsed& op) const {
        put(w, "id", op.id);
        op_json::put_bool(w, "collapsed", op.collapsed);
    }
    void operator()(const SetBoardAnonymous& op) const {
        op_json::put_bool(w, "anonymous", op.anonymous);
    }
    // Agenda and timer ops: their features write them (agenda_json.cpp, timer_json.cpp).
    template <class FeatureOp>
    void operator()(const FeatureOp& op) const {
        write_fields(w, op);
    }

    void person(const std::string& id, const std::string& name, const std::string& org,
                const std::string& role) const {
        put(w, "id", id);
        put(w, "name", name);
        put(w, "organisation", org);
        put(w, "role", role);
    }
};

void write_op(Writer& w, const Op& op, bool with_version) {
    w.StartObject();
    if (with_version) {
        w.Key("v");
        w.Int(kOpSchemaVersion);
    }
    put(w, "type", op_tag(op.payload));
    put(w, "dev", op.id.device);
    w.Key("seq");
    w.Uint64(op.id.seq);
    w.Key("lam");
    w.Uint64(op.lamport);
    w.Key("at");
    w.Int64(op.at_ms);
    std::visit(FieldWriter{w}, op.payload);
    w.EndObject();
}

// ---- reading -----------------------------------------------------------------------------
float coordinate(const Json& object, const char* key) {
    const Json& value = member(object, key);
    if (!value.IsNumber()) throw Error(std::string("field \"") + key + "\" is not a number");
    return static_cast<float>(value.GetDouble());
}

Vec2 position(const Json& o) {
    return {coordinate(o, "x"), coordinate(o, "y")};
}

op_json::PayloadReaders make_payload_readers() {
    op_json::PayloadReaders readers = {
        {"set_meta",
         [](const Json& o) -> OpPayload {
             return SetMeta{meta_field_from_name(text(o, "field")), text(o, "value")};
         }},
        {"add_participant",
         [](const Json& o) -> OpPayload {
             return AddParticipant{text(o, "id"), text(o, "name"), text(o, "organisation"),
                                   text(o, "role")};
         }},
        {"edit_participant",
         [](const Json& o) -> OpPayload {
             return EditParticipant{text(o, "id"), optional_text(o, "name"),
                                    optional_text(o, "organisation"), optional_text(o, "role")};
         }},
        {"remove_participant",
         [](const Json& o) -> OpPayload { return RemoveParticipant{text(o, "id")}; }},
        {"restore_participant",
         [](const Json& o) -> OpPayload { return RestoreParticipant{text(o, "id")}; }},
        {"add_note",
         [](const Json& o) -> OpPayload {
             return AddNote{
                 text(o, "id"),     text(o, "text"),  text(o, "author"), text(o, "organisation"),
                 text(o, "colour"), text(o, "group"), position(o)};
         }},
        {"edit_note_text",
         [](const Json& o) -> OpPayload {
             return EditNoteText{text(o, "id"), text(o, "text")};
         }},
        {"set_note_author",
         [](const Json& o) -> OpPayload {
             return SetNoteAuthor{text(o, "id"), text(o, "author"), text(o, "organisation")};
         }},
        {"move_note",
         [](const Json& o) -> OpPayload {
             return MoveNote{text(o, "id"), position(o)};
         }},
        {"set_note_colour",
         [](const Json& o) -> OpPayload {
             return SetNoteColour{text(o, "id"), text(o, "colour")};
         }},
        {"assign_note_to_group",
         [](const Json& o) -> OpPayload {
             return AssignNoteToGroup{text(o, "id"), text(o, "group")};
         }},
        {"delete_note", [](const Json& o) -> OpPayload { return DeleteNote{text(o, "id")}; }},
        {"restore_note", [](const Json& o) -> OpPayload { return RestoreNote{text(o, "id")}; }},
        {"add_group",
         [](const Json& o) -> OpPayload {
             return AddGroup{text(o, "id"), text(o, "title"), text(o, "colour"), position(o)};
         }},
        {"rename_group",
         [](const Json& o) -> OpPayload {
             return RenameGroup{text(o, "id"), text(o, "title")};
         }},
        {"move_group",
         [](const Json& o) -> OpPayload {
             return MoveGroup{text(o, "id"), position(o)};
         }},
        {"set_group_colour",
         [](const Json& o) -> OpPayload {
             return SetGroupColour{text(o, "id"), text(o, "colour")};
         }},
        {"delete_group", [](const Json& o) -> OpPayload { return DeleteGroup{text(o, "id")}; }},
        {"restore_group", [](const Json& o) -> OpPayload { return RestoreGroup{text(o, "id")}; }},
        {"set_group_collapsed",
         [](const Json& o) -> OpPayload {
             return SetGroupCollapsed{text(o, "id"), op_json::boolean(o, "collapsed")};
         }},
        {"set_board_anonymous",
         [](const Json& o) -> OpPayload {
             return SetBoardAnonymous{op_json::boolean(o, "anonymous")};
         }},
    };
    add_agenda_readers(readers);
    add_timer_readers(readers);
    add_voting_readers(readers);
    add_harvest_readers(readers);
    return readers;
}

const op_json::PayloadReaders& payload_readers() {
    static const op_json::PayloadReaders readers = make_payload_readers();
    return readers;
}

Op read_op(const Json& object) {
    if (!object.IsObject()) throw Error("an operation is not a JSON object");
    const std::string type = text(object, "type");
    const auto reader = payload_readers().find(type);
    if (reader == payload_readers().end()) throw Error("unknown operation type \"" + type + "\"");
    Op op;
    op.id.device = text(object, "dev");
    if (op.id.device.empty()) throw Error("field \"dev\" is empty");
    op.id.seq = unsigned_number(object, "seq");
    if (op.id.seq == 0) throw Error("field \"seq\" must be 1 or more");
    op.lamport = unsigned_number(object, "lam");
    op.at_ms = signed_number(object, "at");
    op.payload = reader->second(object);
    return op;
}

}  // namespace

std::string encode_op_line(const std::vector<Op>& ops) {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    if (ops.size() == 1) {
        write_op(w, ops.front(), true);
    } else {
        w.StartObject();
        w.Key("v");
        w.Int(kOpSchemaVersion);
        put(w, "type", "batch");
        w.Key("ops");
        w.StartArray();
        for (const auto& op : ops) write_op(w, op, false);
        w.EndArray();
        w.EndObject();
    }
    return std::string(buffer.GetString(), buffer.GetSize());
}

std::vector<Op> decode_op_line(std::string_view line) {
    rapidjson::Document doc;
    if (const std::string error = parse_json_exact(doc, line); !error.empty()) {
        throw Error("not valid JSON (" + error + ")");
    }
    if (!doc.IsObject()) throw Error("a journal line is not a JSON object");
    const auto version = doc.FindMember("v");
    if (version == doc.MemberEnd() || !version->value.IsInt()) {
        throw Error("missing schema version \"v\"");
    }
    if (version->value.GetInt() > kOpSchemaVersion || version->value.GetInt() < 1) {
        throw Error("schema version " + std::to_string(version->value.GetInt()) +
                    " is not supported (this hostspace reads version " +
                    std::to_string(kOpSchemaVersion) + ")");
    }
    if (text(doc, "type") != "batch") return {read_op(doc)};
    const Json& list = member(doc, "ops");
    if (!list.IsArray() || list.Empty()) throw Error("field \"ops\" is not a non-empty list");
    std::vector<Op> ops;
    ops.reserve(list.Size());
    for (const auto& item : list.GetArray()) ops.push_back(read_op(item));
    return ops;
}

}  // namespace hostspace
