#pragma once
// Text as every document format can hold it: valid UTF-8 with no control characters but tab and
// line feed. XML (Word), HTML and PDF cannot carry a NUL or a stray control byte, and a
// spreadsheet shows one as garbage; each becomes U+FFFD, a visible mark, and the rest of the
// text is kept whole. Each writer escapes for its own format after this.
#include <string>
#include <string_view>

namespace hostspace::doc {

// CR LF and a lone CR become LF; invalid UTF-8 bytes, C0 controls but tab and LF, DEL and the
// C1 controls become U+FFFD.
std::string printable_text(std::string_view text);

}  // namespace hostspace::doc
