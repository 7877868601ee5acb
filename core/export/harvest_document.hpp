#pragma once
// The harvest as one document, built once from a session; every format (Markdown, HTML, PDF,
// Word, CSV, PNG) is a small writer of this model and never looks at the session (pandoc's
// design: one tree, one writer per format, each escaping for itself). Text here is exactly as
// the room typed it: no writer may assume it is safe.
#include <array>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/session/session.hpp"

namespace hostspace::doc {

// The parts a document may hold, in document order. Names are the --sections words.
enum class Section {
    purpose,
    principles,
    actions,
    focus,
    rounds,
    votes,
    participants,
    notes,
    board
};
constexpr std::array<Section, 9> kAllSections = {
    Section::purpose, Section::principles,   Section::actions, Section::focus, Section::rounds,
    Section::votes,   Section::participants, Section::notes,   Section::board};
const char* section_name(Section section);
std::optional<Section> section_from_name(const std::string& name);
// "purpose,notes" -> the sections; throws hostspace::Error naming an unknown word and the
// words known.
std::vector<Section> parse_sections(const std::string& list);

struct ExportOptions {
    bool anonymous = false;         // organisations only: no person's name anywhere
    std::vector<Section> sections;  // empty: every section that has content
};

// ---- inline text ---------------------------------------------------------------------------

enum class Emphasis { none, strong, emphasis };
struct Span {
    std::string text;
    Emphasis style = Emphasis::none;
};
using Inlines = std::vector<Span>;

// ---- blocks --------------------------------------------------------------------------------

// Levels 1-3 only, in order (never a jump from 1 to 3). `anchor` is a stable ASCII id
// ("purpose", "principle-2") for HTML ids, PDF outline entries and Word bookmarks.
struct Heading {
    int level = 2;
    std::string text;
    std::string anchor;
};
struct Paragraph {
    Inlines spans;
};
struct List {
    bool ordered = false;
    std::vector<Inlines> items;
};
struct Cell {
    std::string text;
    bool number = false;  // a count or a rank: right-aligned, never neutralised in CSV
};
struct Table {
    std::string caption;              // what the table is, for screen readers too
    std::vector<std::string> header;  // column headings (th scope=col)
    std::vector<std::vector<Cell>> rows;
};
// Where the board image goes. Its text equivalent is the notes appendix (`alt` says so).
struct BoardFigure {
    std::string alt;
    std::string caption;
};
// The appendices start on a new page when printed.
struct PageBreak {};

using Block = std::variant<Heading, Paragraph, List, Table, BoardFigure, PageBreak>;

// ---- the board as arranged, for the PNG writer ----------------------------------------------

struct BoardCard {
    std::string text;
    std::string author;  // "" when authors are hidden or the export is anonymous
    std::string colour;  // a note colour name (core/board/colour.hpp)
    int dots = 0;        // revealed dots only
    double x = 0, y = 0;
    std::string theme_id;  // "" when in no theme
};
struct BoardTheme {
    std::string id, title, colour;
    double x = 0, y = 0;
    int note_count = 0;
    int dots = 0;
};
struct BoardPicture {
    std::string title;  // the session's title, drawn above the board
    std::vector<BoardTheme> themes;
    std::vector<BoardCard> notes;  // live notes in board order
};

// A table a CSV can hold: "notes" (one row per note), "actions", "votes", "principles".
struct DataTable {
    std::string name;
    std::vector<std::string> header;
    std::vector<std::vector<Cell>> rows;
};

struct HarvestDocument {
    std::string title;     // the session's title, or "Harvest" when it has none
    std::string language;  // BCP 47, "en-GB"
    std::string author;    // the hosts, for metadata ("" when anonymous)
    std::string date;      // the session's date as typed (YYYY-MM-DD or "")
    std::vector<Block> blocks;
    std::vector<DataTable> tables;
    BoardPicture board;  // always made: a PNG of the board may be asked for whatever the sections

    const DataTable* find_table(const std::string& name) const;
};

// Session + options -> document. Pure: no clock, no files. A section asked for that has no
// content says so in a sentence rather than vanishing.
HarvestDocument build_harvest_document(const Session& session, const ExportOptions& options);

// The sections that have something to show: the default set.
std::vector<Section> sections_with_content(const Session& session);

// "Board purpose 2026-12-04" -> "board-purpose-2026-12-04": a file name stem that any file
// system takes (letters of every script kept, separators and punctuation dropped).
std::string file_stem_for(const Session& session);

}  // namespace hostspace::doc
