// Lowering: checked Go (syntax tree + types::Info) to a wasm::Module. Whole-program: functions
// are declared on first reference, starting from the exports (and main/init), so unreachable
// code never reaches the output.
#pragma once

#include <string>
#include <vector>

#include "support/diagnostics.h"
#include "syntax/ast.h"
#include "types/info.h"
#include "wasm/module.h"

namespace gm::lower {

// One exported function: its wasm name, the Go function, and where the directive was.
struct ExportSpec {
  std::string name;
  const types::Func* func;
  Pos pos;
};

struct Program {
  const types::Package* pkg;
  const types::Info* info;
  std::vector<ExportSpec> exports;
};

// Finds //export, //go:export and //go:wasmexport directives and validates them.
std::vector<ExportSpec> collectExports(const syntax::File* file, const types::Info& info,
                                       Diagnostics& diags);

// Lowers the program into `out`. Constructs that the lowering does not support yet are reported
// as diagnostics at their position.
void lowerProgram(const Program& prog, wasm::Module& out, Diagnostics& diags);

// The wasm value types a Go type lowers to (empty if unsupported).
std::vector<wasm::ValType> wasmTypes(const types::Type* t);

}  // namespace gm::lower
