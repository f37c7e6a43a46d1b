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

// An exported type (`//export Name` on a type declaration): a JS class over a heap object of the
// type, with one wasm export per exported method, named "Name.Method", taking the object's address
// first (value-receiver methods get a copy of the object, as in Go).
struct ClassSpec {
  std::string name;
  const types::Named* type;
  Pos pos;
  struct Method {
    std::string exportName;
    const types::Func* func;
  };
  std::vector<Method> methods;
};

// How the compiled program manages its heap (compile option `gc`).
enum class GcModel : uint8_t {
  Conservative,  // mark-sweep collection (runtime/gc.go)
  Leaking,       // allocation only: nothing the program allocates is ever freed
  None,          // the program may not allocate at run time: every allocation is a compile error
};

// What the compiled module expects of its host (compile option `target`).
enum class Target : uint8_t {
  Direct,  // no imports at all: print output is buffered in memory for the host to drain
  Js,      // gomethod's host imports (output, clocks) and the syscall/js bridge
  Wasi,    // wasi_snapshot_preview1 only: runs under node:wasi, a browser shim or any WASI runtime
};

struct Program {
  const types::Package* pkg;      // the user's package
  const types::Package* runtime;  // the embedded runtime (entry points looked up by name)
  const types::Info* info;        // shared by all packages
  std::vector<ExportSpec> exports;
  std::vector<ClassSpec> classes;
  const types::Type* boolType = nullptr;         // the predeclared bool (comma-ok results)
  const types::Type* anyType = nullptr;          // interface{} (panic values)
  const types::Type* errorType = nullptr;        // the predeclared error
  const types::Type* runtimeErrorPtr = nullptr;  // *runtime.runtimeError (recovered runtime panics)
  const types::Type* stringerType = nullptr;     // interface{ String() string } (panic messages)
  GcModel gc = GcModel::Conservative;
  Target target = Target::Js;
  uint32_t maxMemoryPages = 0;  // 0: linear memory may grow to 4 GiB
  int32_t gcPercent = 100;      // initial GOGC
};

// Finds //export, //go:export and //go:wasmexport directives and validates them.
std::vector<ExportSpec> collectExports(const syntax::File* file, const types::Info& info,
                                       Diagnostics& diags);

// Finds `//export` directives on type declarations.
std::vector<ClassSpec> collectClasses(const syntax::File* file, const types::Info& info,
                                      const std::vector<ExportSpec>& exports, Diagnostics& diags);

// Lowers the program into `out`. Constructs that the lowering does not support yet are reported
// as diagnostics at their position.
void lowerProgram(const Program& prog, wasm::Module& out, Diagnostics& diags);

// The wasm values a Go value lowers to: scalars one value; string (ptr, len); slice (ptr, len,
// cap); interface (type code, data); a flat struct its fields' values in order; other structs and
// arrays the address of their bytes in linear memory. Empty if unsupported.
std::vector<wasm::ValType> wasmTypes(const types::Type* t);

// A small struct of scalars (at most kMaxFlatValues wasm values, no arrays) is passed, returned
// and kept in wasm locals as its fields' values, so that a Vec{X, Y float64} never touches
// memory unless its address is taken.
inline constexpr size_t kMaxFlatValues = 4;
bool isFlatStruct(const types::Type* t);

// syscall/js.Value, which crosses the ABI as the JS value its handle stands for.
bool isJsValue(const types::Type* t);

// Structs and arrays that are not flat: values that live in linear memory and are copied with
// memory.copy.
bool isAggregate(const types::Type* t);

// One wasm value of a non-aggregate value and where it lives in the value's memory layout.
struct Leaf {
  wasm::ValType type;
  wasm::Op load, store;
  uint32_t alignLog2;
  uint32_t offset;
  const char* memKind;  // the manifest's name for the memory access: i8 u8 i16 u16 i32 i64 f32 f64
};
std::vector<Leaf> leaves(const types::Type* t);

}  // namespace gm::lower
