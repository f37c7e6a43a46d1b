// Memory layout of Go types on wasm32 (GOARCH=wasm semantics for int/uint: 64-bit; pointers,
// uintptr and unsafe.Pointer: 32-bit). Used by unsafe.Sizeof and by the lowering.
#pragma once

#include <cstdint>
#include <vector>

#include "types/type.h"

namespace gm::types {

int64_t sizeOf(const Type* t);
int64_t alignOf(const Type* t);
// The size Go itself gives t on its 64-bit targets (8-byte pointers): append's capacity growth
// is computed with it so that cap() agrees with go run.
int64_t goSizeOf(const Type* t);
// Byte offsets of a struct's fields.
std::vector<int64_t> fieldOffsets(const Struct* s);

inline constexpr int64_t kPtrSize = 4;
inline constexpr int64_t kStringSize = 8;     // {ptr, len}
inline constexpr int64_t kSliceSize = 12;     // {ptr, len, cap}
inline constexpr int64_t kInterfaceSize = 8;  // {type, data}

}  // namespace gm::types
