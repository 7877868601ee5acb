// libFuzzer target: any bytes as a notes CSV. The parser either throws hostspace::Error (with a
// line number inside the file) or returns notes whose plan applies to an empty session.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/import/notes_csv.hpp"
#include "core/util/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    hostspace::NotesCsv csv;
    try {
        csv = hostspace::parse_notes_csv(bytes, "fuzz.csv");
    } catch (const hostspace::Error& e) {
        // Lines end with LF, CRLF or a lone CR (as old Mac exports write them).
        std::size_t lines = 1;
        for (std::size_t i = 0; i < bytes.size(); ++i) {
            if (bytes[i] == '\n' ||
                (bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n'))) {
                ++lines;
            }
        }
        if (e.line() > lines) std::abort();  // an error must point into the file
        return 0;
    }
    int next = 0;
    const auto ops = hostspace::plan_notes_import(hostspace::Session{}, csv,
                                                  [&] { return std::to_string(++next); });
    hostspace::Session session;
    std::uint64_t seq = 0;
    for (const auto& payload : ops) {
        ++seq;
        hostspace::apply(session, hostspace::Op{{"fuzz", seq}, seq, 0, payload});
    }
    if (session.board.live_note_count() != csv.notes.size()) std::abort();
    return 0;
}
