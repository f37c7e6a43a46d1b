// The ABI manifest: a JSON description of every export (Go signature and wasm lowering) that
// the JS marshaller reads to build typed wrappers without guessing.
#pragma once

#include <string>
#include <vector>

#include "lower/lower.h"

namespace gm::abi {

// JSON text of the manifest for the given exports of the lowered module `mod`: every export's Go
// signature, wasm lowering and type layout, plus the module's helper exports (allocator, panic
// message, reset) the marshaller uses.
std::string manifestJson(const std::vector<lower::ExportSpec>& exports,
                         const std::vector<lower::ClassSpec>& classes, const types::Package* pkg,
                         const wasm::Module& mod, std::string_view gcModel,
                         std::string_view target);

// Escapes s as a JSON string literal (with quotes).
std::string jsonString(const std::string& s);

}  // namespace gm::abi
