#include "core/storage/snapshot.hpp"

#include <cereal/archives/json.hpp>
#include <cereal/types/map.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <sstream>

#include "core/storage/durable_file.hpp"
#include "core/util/error.hpp"

namespace hostspace {

// cereal finds these by argument-dependent lookup, so they live in the types' namespace.
template <class Archive>
void serialize(Archive& ar, Stamp& s) {
    ar(cereal::make_nvp("l", s.lamport), cereal::make_nvp("d", s.device),
       cereal::make_nvp("s", s.seq));
}

template <class Archive, class T>
void serialize(Archive& ar, Lww<T>& field) {
    ar(cereal::make_nvp("v", field.value), cereal::make_nvp("at", field.stamp));
}

template <class Archive>
void serialize(Archive& ar, Vec2& v) {
    ar(cereal::make_nvp("x", v.x), cereal::make_nvp("y", v.y));
}

template <class Archive>
void serialize(Archive& ar, Note& n) {
    ar(cereal::make_nvp("id", n.id), cereal::make_nvp("created", n.created_ms),
       cereal::make_nvp("edited", n.edited_ms), cereal::make_nvp("text", n.text),
       cereal::make_nvp("author", n.author), cereal::make_nvp("organisation", n.organisation),
       cereal::make_nvp("colour", n.colour), cereal::make_nvp("position", n.position),
       cereal::make_nvp("group", n.group_id), cereal::make_nvp("deleted", n.deleted));
}

template <class Archive>
void serialize(Archive& ar, Group& g) {
    ar(cereal::make_nvp("id", g.id), cereal::make_nvp("title", g.title),
       cereal::make_nvp("colour", g.colour), cereal::make_nvp("position", g.position),
       cereal::make_nvp("deleted", g.deleted));
}

template <class Archive>
void serialize(Archive& ar, Participant& p) {
    ar(cereal::make_nvp("id", p.id), cereal::make_nvp("name", p.name),
       cereal::make_nvp("organisation", p.organisation), cereal::make_nvp("role", p.role),
       cereal::make_nvp("removed", p.removed));
}

template <class Archive>
void serialize(Archive& ar, Meta& m) {
    ar(cereal::make_nvp("title", m.title), cereal::make_nvp("date", m.date),
       cereal::make_nvp("venue", m.venue), cereal::make_nvp("hosts", m.hosts),
       cereal::make_nvp("question", m.question));
}

namespace {

template <class Archive>
void serialize_snapshot(Archive& ar, std::uint32_t& version, Snapshot& s) {
    ar(cereal::make_nvp("schema_version", version));
    if (version > kSnapshotSchemaVersion) {
        throw Error("schema version " + std::to_string(version) +
                    " is newer than this hostspace reads (" +
                    std::to_string(kSnapshotSchemaVersion) + ")");
    }
    ar(cereal::make_nvp("journal_offset", s.journal_offset),
       cereal::make_nvp("journal_lines", s.journal_lines), cereal::make_nvp("meta", s.session.meta),
       cereal::make_nvp("participants", s.session.participants),
       cereal::make_nvp("notes", s.session.board.notes),
       cereal::make_nvp("groups", s.session.board.groups),
       cereal::make_nvp("max_lamport", s.session.max_lamport),
       cereal::make_nvp("device_seq", s.session.device_seq));
}

void rebuild_indexes(Board& board) {
    board.note_index.clear();
    board.group_index.clear();
    for (std::size_t i = 0; i < board.notes.size(); ++i) {
        if (!board.note_index.emplace(board.notes[i].id, i).second) {
            throw Error("note id " + board.notes[i].id + " appears twice");
        }
    }
    for (std::size_t i = 0; i < board.groups.size(); ++i) {
        if (!board.group_index.emplace(board.groups[i].id, i).second) {
            throw Error("group id " + board.groups[i].id + " appears twice");
        }
    }
}

}  // namespace

void save_snapshot(const std::filesystem::path& file, const Snapshot& snapshot) {
    std::ostringstream out;
    {
        cereal::JSONOutputArchive ar(out, cereal::JSONOutputArchive::Options::NoIndent());
        std::uint32_t version = kSnapshotSchemaVersion;
        serialize_snapshot(ar, version, const_cast<Snapshot&>(snapshot));
    }
    out << '\n';
    write_file_atomically(file, out.str());
}

Snapshot load_snapshot(const std::filesystem::path& file) {
    if (!std::filesystem::exists(file)) {
        throw Error(file.string(), 0, "the snapshot is missing (a session folder needs one)");
    }
    std::istringstream in(read_whole_file(file));
    Snapshot snapshot;
    try {
        cereal::JSONInputArchive ar(in);
        std::uint32_t version = 0;
        serialize_snapshot(ar, version, snapshot);
        rebuild_indexes(snapshot.session.board);
    } catch (const Error& e) {
        throw Error(file.string(), 0, e.reason());
    } catch (const std::exception& e) {
        throw Error(file.string(), 0, std::string("damaged snapshot: ") + e.what());
    }
    return snapshot;
}

}  // namespace hostspace
