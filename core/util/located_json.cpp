#include "core/util/located_json.hpp"

#include <algorithm>
#include <vector>

#include "core/util/error.hpp"

namespace hostspace {
namespace {

// rapidjson parses numbers and strings on a local copy of a StringStream and only writes the
// position back afterwards, so a handler would see the position before the token. A stream
// type of our own has no such copy: Tell() in a handler is just past the token.
class TextStream {
  public:
    using Ch = char;
    explicit TextStream(const char* text) : inner_(text) {}
    Ch Peek() const { return inner_.Peek(); }
    Ch Take() { return inner_.Take(); }
    std::size_t Tell() const { return inner_.Tell(); }
    // Writing is only for in-situ parsing, which this never does.
    Ch* PutBegin() { return nullptr; }
    void Put(Ch) {}
    void Flush() {}
    std::size_t PutEnd(Ch*) { return 0; }

  private:
    rapidjson::StringStream inner_;
};

// Forwards every SAX event to the document being built and notes where each value is. A
// token never spans a line, so its last byte (just before Tell()) is on the token's own line.
class LocatingHandler {
  public:
    LocatingHandler(rapidjson::Document& document, const TextStream& stream, std::string_view text,
                    std::map<std::string, std::size_t>& lines)
        : doc_(document), stream_(stream), text_(text), lines_(lines) {}

    bool Null() { return scalar(), doc_.Null(); }
    bool Bool(bool b) { return scalar(), doc_.Bool(b); }
    bool Int(int i) { return scalar(), doc_.Int(i); }
    bool Uint(unsigned u) { return scalar(), doc_.Uint(u); }
    bool Int64(std::int64_t i) { return scalar(), doc_.Int64(i); }
    bool Uint64(std::uint64_t u) { return scalar(), doc_.Uint64(u); }
    bool Double(double d) { return scalar(), doc_.Double(d); }
    bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) {
        return scalar(), doc_.RawNumber(s, n, copy);
    }
    bool String(const char* s, rapidjson::SizeType n, bool copy) {
        return scalar(), doc_.String(s, n, copy);
    }
    bool StartObject() {
        record();
        frames_.push_back({true, {}, 0});
        return doc_.StartObject();
    }
    bool Key(const char* s, rapidjson::SizeType n, bool copy) {
        frames_.back().key.assign(s, n);
        return doc_.Key(s, n, copy);
    }
    bool EndObject(rapidjson::SizeType members) {
        frames_.pop_back();
        finished();
        return doc_.EndObject(members);
    }
    bool StartArray() {
        record();
        frames_.push_back({false, {}, 0});
        return doc_.StartArray();
    }
    bool EndArray(rapidjson::SizeType elements) {
        frames_.pop_back();
        finished();
        return doc_.EndArray(elements);
    }

  private:
    struct Frame {
        bool object;
        std::string key;    // the member being read, in an object
        std::size_t index;  // the element being read, in an array
    };

    std::string path() const {
        std::string out;
        for (const auto& frame : frames_) {
            out += '/';
            out += frame.object ? frame.key : std::to_string(frame.index);
        }
        return out;
    }
    void record() {
        const std::size_t end = stream_.Tell();
        lines_[path()] = line_at_offset(text_, end == 0 ? 0 : end - 1);
    }
    void finished() {
        if (!frames_.empty() && !frames_.back().object) ++frames_.back().index;
    }
    void scalar() {
        record();
        finished();
    }

    rapidjson::Document& doc_;
    const TextStream& stream_;
    std::string_view text_;
    std::map<std::string, std::size_t>& lines_;
    std::vector<Frame> frames_;
};

}  // namespace

std::size_t line_at_offset(std::string_view text, std::size_t offset) {
    const auto end = text.begin() + static_cast<std::ptrdiff_t>(std::min(offset, text.size()));
    return 1 + static_cast<std::size_t>(std::count(text.begin(), end, '\n'));
}

std::size_t LocatedJson::line_of(const std::string& path) const {
    std::string at = path;
    for (;;) {
        if (const auto it = lines.find(at); it != lines.end()) return it->second;
        if (at.empty()) return 1;
        at.erase(at.rfind('/'));
    }
}

LocatedJson parse_located_json(std::string_view text, const std::string& file) {
    const std::string terminated(text);  // rapidjson's StringStream reads up to a NUL
    LocatedJson out;
    TextStream stream(terminated.c_str());
    rapidjson::ParseResult result;
    auto generate = [&](rapidjson::Document& document) {
        LocatingHandler handler(document, stream, text, out.lines);
        rapidjson::Reader reader;
        // Not cereal's default flags: files written by hand need no NaN or Infinity, and the
        // full-precision number path of rapidjson 1.1.0 shifts by garbage amounts on input
        // like 0E222 (undefined behaviour found by fuzzing); normal precision has no such path.
        result = reader.Parse<rapidjson::kParseNoFlags>(stream, handler);
        return !result.IsError();
    };
    out.document.Populate(generate);
    if (result.IsError()) {
        throw Error(file, line_at_offset(text, result.Offset()),
                    std::string("not valid JSON: ") + rapidjson::GetParseError_En(result.Code()));
    }
    if (terminated.size() != std::char_traits<char>::length(terminated.c_str())) {
        // A NUL byte inside the text ends the StringStream early; say so instead of ignoring
        // the rest.
        throw Error(file, line_at_offset(text, std::char_traits<char>::length(terminated.c_str())),
                    "not valid JSON: a NUL byte in the text");
    }
    return out;
}

}  // namespace hostspace
