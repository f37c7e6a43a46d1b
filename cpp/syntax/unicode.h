// Unicode classification for the scanner: the subset of Go's unicode/strconv predicates it uses.
#pragma once

#include <cstdint>

namespace gm::syntax {

bool isUnicodeLetter(uint32_t cp);  // unicode.IsLetter
bool isUnicodeDigit(uint32_t cp);   // unicode.IsDigit
bool isUnicodePrint(uint32_t cp);   // strconv.IsPrint

}  // namespace gm::syntax
