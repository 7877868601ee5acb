// libFuzzer target: any bytes as a journal line. decode_op_line either throws hostspace::Error
// or returns ops that encode and decode back to the same line.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/session/op_json.hpp"
#include "core/util/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view line(reinterpret_cast<const char*>(data), size);
    std::vector<hostspace::Op> ops;
    try {
        ops = hostspace::decode_op_line(line);
    } catch (const hostspace::Error&) {
        return 0;  // refused with a reason: what a damaged line should get
    }
    const std::string encoded = hostspace::encode_op_line(ops);
    if (hostspace::encode_op_line(hostspace::decode_op_line(encoded)) != encoded) std::abort();
    return 0;
}
