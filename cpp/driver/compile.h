// The compiler's one entry point: Go source in, wasm bytes + manifest + diagnostics out.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "support/diagnostics.h"

namespace gm {

struct CompileOptions {
  std::string filename = "main.go";
  std::string target = "js";        // host interface: direct, js or wasi
  std::string gc = "conservative";  // memory model: conservative, leaking or none
  uint64_t memoryLimit = 0;         // bytes of linear memory at most; 0: no limit (4 GiB)
  int32_t gcPercent = 100;          // initial GOGC (-1: no automatic collection)
};

struct CompileResult {
  bool ok = false;
  std::vector<uint8_t> wasm;
  std::string manifestJson;  // empty when !ok
  std::vector<Diagnostic> diagnostics;
};

// Never throws and never aborts on bad input: every problem is a diagnostic.
CompileResult compile(std::string_view source, const CompileOptions& options);

// Parses and type-checks only (the CLI's `check`).
std::vector<Diagnostic> check(std::string_view source, const CompileOptions& options);

}  // namespace gm
