// The Emscripten + embind anchor for bench/abi.bench.js: the same functions as the Go module,
// bound with embind (std::string and a typed-array view for bytes), built with emcc -O2 --bind.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstdint>
#include <string>
#include <vector>

namespace {

int32_t add(int32_t a, int32_t b) { return a + b; }

std::string echo(const std::string& s) { return s; }

// []byte in and out: embind's idiom is a JS typed array converted to a vector and back.
emscripten::val echoBytes(const emscripten::val& bytes) {
  std::vector<uint8_t> v = emscripten::convertJSArrayToNumberVector<uint8_t>(bytes);
  emscripten::val out = emscripten::val::global("Uint8Array").new_(v.size());
  out.call<void>("set", emscripten::val(emscripten::typed_memory_view(v.size(), v.data())));
  return out;
}

int32_t byteLen(const emscripten::val& bytes) {
  return static_cast<int32_t>(emscripten::convertJSArrayToNumberVector<uint8_t>(bytes).size());
}

}  // namespace

EMSCRIPTEN_BINDINGS(anchor) {
  emscripten::function("add", &add);
  emscripten::function("echo", &echo);
  emscripten::function("echoBytes", &echoBytes);
  emscripten::function("byteLen", &byteLen);
}
