// LEB128 encoding as the WebAssembly binary format uses it: shortest form, little-endian groups
// of seven bits.
#pragma once

#include <cstdint>
#include <vector>

namespace gm::wasm {

inline void appendLebU32(std::vector<uint8_t>& out, uint32_t value) {
  do {
    uint8_t byte = value & 0x7f;
    value >>= 7;
    if (value != 0) byte |= 0x80;
    out.push_back(byte);
  } while (value != 0);
}

inline void appendLebS64(std::vector<uint8_t>& out, int64_t value) {
  while (true) {
    uint8_t byte = value & 0x7f;
    value >>= 7;  // arithmetic shift (guaranteed since C++20)
    // Done once the remaining bits are all copies of the sign bit just written.
    bool signBitSet = (byte & 0x40) != 0;
    if ((value == 0 && !signBitSet) || (value == -1 && signBitSet)) {
      out.push_back(byte);
      return;
    }
    out.push_back(byte | 0x80);
  }
}

// The shortest signed encoding depends only on the value, so s32 shares the s64 encoder.
inline void appendLebS32(std::vector<uint8_t>& out, int32_t value) {
  appendLebS64(out, value);
}

}  // namespace gm::wasm
