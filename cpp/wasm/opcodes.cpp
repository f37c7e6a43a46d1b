#include "wasm/opcodes.h"

#include <cassert>
#include <cstddef>
#include <iterator>

namespace gm::wasm {

namespace {

// Indexed by Op: the enum is generated from the same table in the same order.
constexpr OpInfo kOpInfos[] = {
#define GM_X(name, text, prefix, code) {text, prefix, code},
    GM_WASM_OPCODES(GM_X)
#undef GM_X
};

}  // namespace

const OpInfo& opInfo(Op op) {
  auto index = static_cast<size_t>(op);
  assert(index < std::size(kOpInfos));
  return kOpInfos[index];
}

}  // namespace gm::wasm
