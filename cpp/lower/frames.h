// Shadow-stack frames and the collector's view of wasm locals, decided once the whole module is
// lowered (frames.cpp, gc_roots.cpp).
#pragma once

#include <optional>
#include <vector>

#include "wasm/module.h"

namespace gm::lower {

// What a FuncLowerer leaves for the end of the lowering: its frame's size so far and the
// instructions that depend on the final size (the lowerer emits epilogues before every return
// and patches them here, or removes them if the function ends up with no frame).
struct PendingFrame {
  wasm::Function* fn = nullptr;
  uint32_t size = 0;
  std::optional<uint32_t> fp;       // the frame-pointer local, if the lowerer made one
  std::vector<size_t> frameOps;     // epilogue instructions (removed when there is no frame)
  std::vector<size_t> sizePatches;  // i32.const instructions that hold the frame size
  std::vector<size_t> spPatches;    // global.set of the stack pointer
  std::vector<size_t> fpPatches;    // local.get of the frame pointer
};

// The stack shape the collector needs from one function: before each call that may collect
// (`calls`), store the i32 locals live after it and the values the operand stack holds across it
// into the frame. Those values are first copied into new locals right after the instruction that
// produced them (`saveAfter`).
struct RootPlan {
  struct Call {
    size_t at;                      // the call instruction
    std::vector<size_t> producers;  // instructions whose i32 results are on the stack across it
    std::vector<uint32_t> locals;   // locals whose values are on the stack across it
  };
  std::vector<Call> calls;
  std::vector<size_t> saveAfter;
  std::vector<size_t> exits;  // `return` and `br` out of the function (functions without a record)
  bool ok = true;             // false: a branch shape the pass does not handle (internal error)
};

// For each function: whether calling it may run a collection (it reaches one of `collectors`
// or a `reentrant` import, directly or through call_indirect).
std::vector<bool> mayCollect(const wasm::Module& m, const std::vector<wasm::FuncId>& collectors,
                             const std::vector<wasm::FuncId>& reentrant);

RootPlan planRoots(const wasm::Module& m, const wasm::Function& fn, const std::vector<bool>& may);

// For each instruction index in `at`, the locals (of the first `nlocals`) that may be read after
// it runs: backward liveness over the function's control flow.
std::vector<std::vector<uint32_t>> liveAfter(const wasm::Function& fn, uint32_t nlocals,
                                             const std::vector<size_t>& at);

// Finishes every function's frame: sizes patched, spill area and spills added where `may` (empty
// for memory models without a collector) says a call may collect, prologues prepended.
// `stackPointer` is the global, `overflow` the function called when a frame does not fit.
// Returns false if some function has a shape planRoots cannot handle.
bool finishFrames(wasm::Module& m, std::vector<PendingFrame>& frames, const std::vector<bool>& may,
                  uint32_t stackPointer, std::optional<wasm::FuncId> overflow);

}  // namespace gm::lower
