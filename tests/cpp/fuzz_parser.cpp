// libFuzzer entry point for the scanner, parser and tree dump. Deliberately not named *_test.cpp,
// so the GoogleTest binary does not pick it up. Build, e.g.:
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -Icpp \
//     cpp/support/*.cpp cpp/syntax/*.cpp tests/cpp/fuzz_parser.cpp -o fuzz_parser
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "syntax/dump.h"
#include "syntax/parser.h"

namespace {

void parseOnce(std::string_view src) {
  gm::syntax::Arena arena;
  gm::Diagnostics diags("fuzz.go");
  gm::syntax::File* file = gm::syntax::parseFile("fuzz.go", src, arena, diags);
  if (!file) __builtin_trap();  // parseFile always returns a File
  (void)gm::syntax::dump(file);
  diags.finish();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view src(reinterpret_cast<const char*>(data), size);
  parseOnce(src);
  // Most inputs fail at the package clause; also feed them to the parser proper.
  parseOnce("package p\n" + std::string(src));
  return 0;
}
