#include "core/util/exact_json.hpp"

#include <charconv>
#include <cmath>

namespace hostspace {
namespace {

// Forwards every SAX event to the document, turning the raw text of each number into an
// integer or a double itself.
struct ExactNumbers {
    rapidjson::Document& doc;
    bool number_out_of_range = false;

    bool Null() { return doc.Null(); }
    bool Bool(bool b) { return doc.Bool(b); }
    bool Int(int i) { return doc.Int(i); }
    bool Uint(unsigned u) { return doc.Uint(u); }
    bool Int64(std::int64_t i) { return doc.Int64(i); }
    bool Uint64(std::uint64_t u) { return doc.Uint64(u); }
    bool Double(double d) { return doc.Double(d); }
    bool String(const char* s, rapidjson::SizeType n, bool copy) { return doc.String(s, n, copy); }
    bool StartObject() { return doc.StartObject(); }
    bool Key(const char* s, rapidjson::SizeType n, bool copy) { return doc.Key(s, n, copy); }
    bool EndObject(rapidjson::SizeType n) { return doc.EndObject(n); }
    bool StartArray() { return doc.StartArray(); }
    bool EndArray(rapidjson::SizeType n) { return doc.EndArray(n); }

    bool RawNumber(const char* s, rapidjson::SizeType n, bool) {
        const char* end = s + n;
        const bool integral = std::string_view(s, n).find_first_of(".eE") == std::string_view::npos;
        if (integral) {
            if (*s == '-') {
                std::int64_t value = 0;
                if (std::from_chars(s, end, value).ec == std::errc()) return doc.Int64(value);
            } else {
                std::uint64_t value = 0;
                if (std::from_chars(s, end, value).ec == std::errc()) return doc.Uint64(value);
            }
        }
        double value = 0;
        const auto result = std::from_chars(s, end, value);
        if (result.ec != std::errc() || result.ptr != end || !std::isfinite(value)) {
            number_out_of_range = true;
            return false;
        }
        return doc.Double(value);
    }
};

}  // namespace

std::string parse_json_exact(rapidjson::Document& doc, std::string_view text) {
    ExactNumbers handler{doc};
    rapidjson::ParseResult result;
    auto generate = [&](rapidjson::Document&) {
        rapidjson::MemoryStream memory(text.data(), text.size());
        rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> in(memory);
        rapidjson::Reader reader;
        result = reader.Parse<rapidjson::kParseNumbersAsStringsFlag>(in, handler);
        return !result.IsError();
    };
    doc.Populate(generate);
    if (!result.IsError()) return "";
    const std::string what = handler.number_out_of_range
                                 ? "a number is out of range"
                                 : rapidjson::GetParseError_En(result.Code());
    return what + " at byte " + std::to_string(result.Offset());
}

}  // namespace hostspace
