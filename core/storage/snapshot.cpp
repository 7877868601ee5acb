#include "core/storage/snapshot.hpp"

#include <cereal/archives/json.hpp>
#include <cereal/types/map.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <cstdlib>
#include <sstream>
#include <type_traits>
#include <unordered_map>

#include "core/harvest/harvest_snapshot.hpp"
#include "core/storage/durable_file.hpp"
#include "core/util/error.hpp"

namespace hostspace {

// Every field carries the stamp of the op that wrote it. Written as [lamport, device, seq] with
// the device as an index into the snapshot's device table: a third of the size of spelling out
// each UUID, which halves the time to open a large session.
struct DeviceTable {
    std::vector<std::string> devices;
    std::unordered_map<std::string, std::uint64_t> index;

    void add(const std::string& device) {
        if (index.emplace(device, devices.size()).second) devices.push_back(device);
    }
};

// The table of the snapshot being written or read on this thread. cereal has no stable way to
// hand context to a serialize function (its UserDataAdapter is experimental), so a scoped
// thread-local is the least surprising one.
thread_local DeviceTable* current_table = nullptr;

struct ScopedTable {
    explicit ScopedTable(DeviceTable& table) { current_table = &table; }
    ~ScopedTable() { current_table = nullptr; }
};

// cereal finds these by argument-dependent lookup, so they live in the types' namespace.
// A stamp is written as one short string, "LAMPORT.DEVICE.SEQ".
template <class Archive>
std::string save_minimal(const Archive&, const Stamp& s) {
    const auto it = current_table->index.find(s.device);
    if (it == current_table->index.end()) {
        throw Error("a stamp names a device missing from the table");
    }
    return std::to_string(s.lamport) + "." + std::to_string(it->second) + "." +
           std::to_string(s.seq);
}

template <class Archive>
void load_minimal(const Archive&, Stamp& s, const std::string& text) {
    unsigned long long parts[3];
    const char* p = text.c_str();
    for (int i = 0; i < 3; ++i) {
        char* end = nullptr;
        parts[i] = std::strtoull(p, &end, 10);
        if (end == p || (i < 2 && *end != '.') || (i == 2 && *end != '\0')) {
            throw Error("a stamp \"" + text + "\" is not LAMPORT.DEVICE.SEQ");
        }
        p = end + 1;
    }
    if (parts[1] >= current_table->devices.size()) {
        throw Error("a stamp names an unknown device");
    }
    s = Stamp{parts[0], current_table->devices[parts[1]], parts[2]};
}

// Parts added after the first snapshots were written (the agenda, the timer, voting, a group's
// collapse): a snapshot without them is still good for the rest, so a missing one loads as
// empty. Only a missing key is forgiven: damage inside it still fails.
template <class Archive, class T>
void optional_nvp(Archive& ar, const char* name, T& value) {
    if constexpr (std::is_same_v<Archive, cereal::JSONInputArchive>) {
        try {
            ar(cereal::make_nvp(name, value));
        } catch (const cereal::Exception& e) {
            const std::string missing =
                std::string("JSON Parsing failed - provided NVP (") + name + ") not found";
            if (e.what() != missing) throw;
            value = T{};
        }
    } else {
        ar(cereal::make_nvp(name, value));
    }
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
    optional_nvp(ar, "collapsed", g.collapsed);
}

template <class Archive>
void serialize(Archive& ar, VotingRules& r) {
    std::string target = vote_target_name(r.target);
    ar(cereal::make_nvp("target", target));
    r.target = vote_target_from_name(target);
    ar(cereal::make_nvp("dots_per_person", r.dots_per_person),
       cereal::make_nvp("per_item_max", r.per_item_max), cereal::make_nvp("anonymous", r.anonymous),
       cereal::make_nvp("live_results", r.live_results), cereal::make_nvp("items", r.items),
       cereal::make_nvp("runoff_of", r.runoff_of));
}

template <class Archive>
void serialize(Archive& ar, Dot& d) {
    ar(cereal::make_nvp("id", d.id), cereal::make_nvp("item", d.item_id),
       cereal::make_nvp("voter", d.voter), cereal::make_nvp("live", d.live));
}

template <class Archive>
void serialize(Archive& ar, VotingRound& r) {
    ar(cereal::make_nvp("id", r.id), cereal::make_nvp("opened_ms", r.opened_ms),
       cereal::make_nvp("title", r.title), cereal::make_nvp("rules", r.rules),
       cereal::make_nvp("closed", r.closed), cereal::make_nvp("revealed", r.revealed),
       cereal::make_nvp("deleted", r.deleted), cereal::make_nvp("dots", r.dots),
       cereal::make_nvp("tally", r.tally));
}

template <class Archive>
void serialize(Archive& ar, Voting& v) {
    ar(cereal::make_nvp("rounds", v.rounds));
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

template <class Archive>
void serialize(Archive& ar, RoundStep& step) {
    ar(cereal::make_nvp("title", step.title), cereal::make_nvp("duration_s", step.duration_s));
}

template <class Archive>
void serialize(Archive& ar, Round& r) {
    ar(cereal::make_nvp("id", r.id), cereal::make_nvp("method", r.method_id),
       cereal::make_nvp("title", r.title), cereal::make_nvp("question", r.question),
       cereal::make_nvp("duration_s", r.duration_s), cereal::make_nvp("steps", r.steps),
       cereal::make_nvp("rank", r.rank), cereal::make_nvp("removed", r.removed));
    // Older snapshots have no talking piece per round: such rounds follow the session's option.
    optional_nvp(ar, "talking_piece", r.talking_piece);
    optional_nvp(ar, "speaker_s", r.speaker_s);
}

template <class Archive>
void serialize(Archive& ar, Agenda& a) {
    ar(cereal::make_nvp("start_ms", a.start_ms), cereal::make_nvp("rounds", a.rounds));
}

template <class Archive>
void serialize(Archive& ar, TimerRun& t) {
    ar(cereal::make_nvp("round", t.round_id), cereal::make_nvp("step", t.step_index),
       cereal::make_nvp("started_ms", t.step_started_ms), cereal::make_nvp("paused", t.paused),
       cereal::make_nvp("paused_at_ms", t.paused_at_ms),
       cereal::make_nvp("paused_total_ms", t.paused_total_ms),
       cereal::make_nvp("adjust_s", t.adjust_s), cereal::make_nvp("speaker", t.speaker_index),
       cereal::make_nvp("speaker_from_ms", t.speaker_from_ms));
}

template <class Archive>
void serialize(Archive& ar, RoundStretch& r) {
    ar(cereal::make_nvp("round", r.round_id), cereal::make_nvp("from_ms", r.from_ms),
       cereal::make_nvp("to_ms", r.to_ms));
}

template <class Archive>
void serialize(Archive& ar, Timer& t) {
    ar(cereal::make_nvp("run", t.run), cereal::make_nvp("auto_advance", t.auto_advance),
       cereal::make_nvp("warning_s", t.warning_s),
       cereal::make_nvp("talking_piece", t.talking_piece),
       cereal::make_nvp("speaker_s", t.speaker_s));
    optional_nvp(ar, "ran", t.ran);
}

namespace {

// The parts of a snapshot by reference, so saving needs no copy of the session.
struct SnapshotParts {
    std::uint64_t& journal_offset;
    std::size_t& journal_lines;
    std::uint64_t& journal_hash;
    Session& session;
};

template <class Archive>
void serialize_snapshot(Archive& ar, std::uint32_t& version, const SnapshotParts& s) {
    ar(cereal::make_nvp("schema_version", version));
    if (version > kSnapshotSchemaVersion) {
        throw Error("schema version " + std::to_string(version) +
                    " is newer than this hostspace reads (" +
                    std::to_string(kSnapshotSchemaVersion) + ")");
    }
    DeviceTable& table = *current_table;
    ar(cereal::make_nvp("devices", table.devices));
    for (std::uint64_t i = 0; i < table.devices.size(); ++i) table.index[table.devices[i]] = i;
    ar(cereal::make_nvp("journal_offset", s.journal_offset),
       cereal::make_nvp("journal_lines", s.journal_lines),
       cereal::make_nvp("journal_hash", s.journal_hash), cereal::make_nvp("meta", s.session.meta),
       cereal::make_nvp("participants", s.session.participants),
       cereal::make_nvp("notes", s.session.board.notes),
       cereal::make_nvp("groups", s.session.board.groups),
       cereal::make_nvp("max_lamport", s.session.max_lamport),
       cereal::make_nvp("device_seq", s.session.device_seq));
    optional_nvp(ar, "agenda", s.session.agenda);
    optional_nvp(ar, "timer", s.session.timer);
    optional_nvp(ar, "board_anonymous", s.session.board.anonymous);
    optional_nvp(ar, "voting", s.session.voting);
    optional_nvp(ar, "harvest", s.session.harvest);
}

void check_round_ids(const Agenda& agenda) {
    for (std::size_t i = 0; i < agenda.rounds.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            if (agenda.rounds[i].id == agenda.rounds[j].id) {
                throw Error("round id " + agenda.rounds[i].id + " appears twice");
            }
        }
    }
}

void rebuild_dot_indexes(Voting& voting) {
    for (std::size_t r = 0; r < voting.rounds.size(); ++r) {
        VotingRound& round = voting.rounds[r];
        for (std::size_t j = 0; j < r; ++j) {
            if (voting.rounds[j].id == round.id) {
                throw Error("voting round id " + round.id + " appears twice");
            }
        }
        round.dot_index.clear();
        for (std::size_t i = 0; i < round.dots.size(); ++i) {
            if (!round.dot_index.emplace(round.dots[i].id, i).second) {
                throw Error("dot id " + round.dots[i].id + " appears twice");
            }
        }
    }
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

void save_snapshot(const std::filesystem::path& file, std::uint64_t journal_offset,
                   std::size_t journal_lines, std::uint64_t journal_hash, const Session& session) {
    // Streamed to the file: a 10,000-note snapshot held as text first cost ~12 MB of peak
    // memory on closing.
    write_file_atomically(file, [&](std::ostream& out) {
        {
            DeviceTable table;
            table.add("");  // the stamp of a field no op has written
            for (const auto& [device, seq] : session.device_seq) table.add(device);
            const ScopedTable scope(table);
            cereal::JSONOutputArchive ar(out, cereal::JSONOutputArchive::Options::NoIndent());
            std::uint32_t version = kSnapshotSchemaVersion;
            // cereal's serialize functions take non-const references; saving only reads them.
            serialize_snapshot(ar, version,
                               SnapshotParts{journal_offset, journal_lines, journal_hash,
                                             const_cast<Session&>(session)});
        }
        out << '\n';
    });
}

void save_snapshot(const std::filesystem::path& file, const Snapshot& snapshot) {
    save_snapshot(file, snapshot.journal_offset, snapshot.journal_lines, snapshot.journal_hash,
                  snapshot.session);
}

Snapshot load_snapshot(const std::filesystem::path& file) {
    if (!std::filesystem::exists(file)) {
        throw Error(file.string(), 0, "the snapshot is missing (a session folder needs one)");
    }
    std::istringstream in(read_whole_file(file));
    Snapshot snapshot;
    try {
        DeviceTable table;
        const ScopedTable scope(table);
        cereal::JSONInputArchive ar(in);
        std::uint32_t version = 0;
        serialize_snapshot(ar, version,
                           SnapshotParts{snapshot.journal_offset, snapshot.journal_lines,
                                         snapshot.journal_hash, snapshot.session});
        rebuild_indexes(snapshot.session.board);
        check_round_ids(snapshot.session.agenda);
        rebuild_dot_indexes(snapshot.session.voting);
    } catch (const Error& e) {
        throw Error(file.string(), 0, e.reason());
    } catch (const std::exception& e) {
        throw Error(file.string(), 0, std::string("damaged snapshot: ") + e.what());
    }
    return snapshot;
}

}  // namespace hostspace
