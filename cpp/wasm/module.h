// An in-memory WebAssembly module: what the lowering produces and the encoder serializes.
// Function bodies are instruction lists (not bytes) so that functions can refer to each other by
// FuncId before the final index space (imports first, then definitions) is known.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "wasm/opcodes.h"

namespace gm::wasm {

enum class ValType : uint8_t { I32 = 0x7f, I64 = 0x7e, F32 = 0x7d, F64 = 0x7c, FuncRef = 0x70 };

struct FuncType {
  std::vector<ValType> params;
  std::vector<ValType> results;
  friend bool operator==(const FuncType&, const FuncType&) = default;
};

// Identifies a function: imports and definitions share one id space in declaration order; the
// encoder renumbers so that imports come first, as the binary format requires.
using FuncId = uint32_t;
using TypeIdx = uint32_t;

// Block signature: empty, one value type, or a type index (multi-value blocks).
struct BlockType {
  enum Kind : uint8_t { Empty, Value, Index } kind = Empty;
  ValType value = ValType::I32;
  TypeIdx index = 0;
  static BlockType empty() { return {}; }
  static BlockType of(ValType v) { return {Value, v, 0}; }
  static BlockType type(TypeIdx i) { return {Index, ValType::I32, i}; }
};

// One instruction. Immediates by opcode class:
//  - const: i (i32/i64) or f (f32/f64)
//  - local/global get/set/tee, br, br_if: a = index or depth
//  - call: a = FuncId; call_indirect: a = TypeIdx, b = table
//  - load/store: a = log2(align), b = offset
//  - block/loop/if: block
//  - br_table: targets (last one is the default)
//  - memory.size/grow/fill/copy: no immediates (memory 0)
struct Instr {
  Op op;
  uint32_t a = 0;
  uint32_t b = 0;
  int64_t i = 0;
  double f = 0;
  BlockType block{};  // `{}` keeps -Wextra quiet about `{op}` initializers
  std::vector<uint32_t> targets{};
};

// Appends instructions; the lowering's only way to write code.
class Code {
 public:
  void op(Op o) { list_.push_back({o}); }
  void i32Const(int32_t v) { push(Op::I32Const).i = v; }
  void i64Const(int64_t v) { push(Op::I64Const).i = v; }
  void f32Const(float v) { push(Op::F32Const).f = v; }
  void f64Const(double v) { push(Op::F64Const).f = v; }
  void localGet(uint32_t i) { push(Op::LocalGet).a = i; }
  void localSet(uint32_t i) { push(Op::LocalSet).a = i; }
  void localTee(uint32_t i) { push(Op::LocalTee).a = i; }
  void globalGet(uint32_t i) { push(Op::GlobalGet).a = i; }
  void globalSet(uint32_t i) { push(Op::GlobalSet).a = i; }
  void call(FuncId f) { push(Op::Call).a = f; }
  void callIndirect(TypeIdx t, uint32_t table = 0) {
    auto& in = push(Op::CallIndirect);
    in.a = t;
    in.b = table;
  }
  void mem(Op o, uint32_t alignLog2, uint32_t offset) {
    auto& in = push(o);
    in.a = alignLog2;
    in.b = offset;
  }
  void block(BlockType t = {}) { push(Op::Block).block = t; }
  void loop(BlockType t = {}) { push(Op::Loop).block = t; }
  void if_(BlockType t = {}) { push(Op::If).block = t; }
  void else_() { op(Op::Else); }
  void try_(BlockType t = {}) { push(Op::Try).block = t; }
  void catchAll() { op(Op::CatchAll); }
  void throw_(uint32_t tag) { push(Op::Throw).a = tag; }
  void rethrow(uint32_t depth) { push(Op::Rethrow).a = depth; }
  void end() { op(Op::End); }
  void br(uint32_t depth) { push(Op::Br).a = depth; }
  void brIf(uint32_t depth) { push(Op::BrIf).a = depth; }
  void brTable(std::vector<uint32_t> targets) { push(Op::BrTable).targets = std::move(targets); }

  const std::vector<Instr>& list() const { return list_; }
  std::vector<Instr>& list() { return list_; }
  bool empty() const { return list_.empty(); }

 private:
  Instr& push(Op o) {
    list_.push_back({o});
    return list_.back();
  }
  std::vector<Instr> list_;
};

struct Import {
  std::string module;
  std::string name;
  TypeIdx type;
};

struct Function {
  std::string name;  // for the name section
  TypeIdx type;
  std::optional<Import> import;         // set: an imported function (no locals, no body)
  std::vector<ValType> locals;          // beyond the parameters
  std::vector<std::string> localNames;  // parameters then locals; may be shorter
  // Locals (parameters first) known never to hold a pointer, so the collector need not see them;
  // may be shorter.
  std::vector<bool> scalar;
  Code body;  // without the final `end`; the encoder adds it
};

struct Global {
  std::string name;
  ValType type;
  bool mutable_ = true;
  int64_t initInt = 0;   // i32/i64 init
  double initFloat = 0;  // f32/f64 init
};

struct Export {
  enum Kind : uint8_t { Func = 0, Table = 1, Memory = 2, Global = 3 } kind;
  std::string name;
  uint32_t index;  // FuncId for functions, else the table/memory/global index
};

struct DataSegment {
  uint32_t offset;
  std::vector<uint8_t> bytes;
};

struct Memory {
  uint32_t minPages = 1;
  std::optional<uint32_t> maxPages;
};

class Module {
 public:
  std::string name;  // module name in the name section

  // Interns a function type and returns its index.
  TypeIdx internType(const FuncType& t);
  FuncId addImport(std::string module, std::string field, const FuncType& t, std::string name = {});
  // Declares a function; fill in its body later through function(id).
  FuncId declareFunction(std::string name, const FuncType& t);
  Function& function(FuncId id) { return funcs_[id]; }
  const Function& function(FuncId id) const { return funcs_[id]; }
  uint32_t addGlobal(Global g);
  void addExport(Export::Kind kind, std::string name, uint32_t index);
  void addData(uint32_t offset, std::vector<uint8_t> bytes);
  // Declares an exception tag of the given (param-only) function type; returns its index.
  uint32_t addTag(TypeIdx type) {
    tags_.push_back(type);
    return static_cast<uint32_t>(tags_.size() - 1);
  }
  const std::vector<TypeIdx>& tags() const { return tags_; }
  // Appends functions to the (single) funcref table; returns the first table slot.
  uint32_t addTableElems(const std::vector<FuncId>& funcs);

  std::optional<Memory> memory;
  bool exportMemory = false;  // exported as "memory" when set
  bool needsTable = false;    // emit the table even when empty (call_indirect needs one)
  std::optional<FuncId> start;

  const std::vector<FuncType>& types() const { return types_; }
  const std::deque<Function>& functions() const { return funcs_; }
  const std::vector<Global>& globals() const { return globals_; }
  const std::vector<Export>& exports() const { return exports_; }
  const std::vector<DataSegment>& data() const { return data_; }
  const std::vector<FuncId>& table() const { return table_; }

 private:
  std::vector<FuncType> types_;
  std::deque<Function> funcs_;  // a deque: references stay valid while functions are added
  std::vector<Global> globals_;
  std::vector<Export> exports_;
  std::vector<DataSegment> data_;
  std::vector<FuncId> table_;
  std::vector<TypeIdx> tags_;
};

// Serializes to the binary format (with a name section). Pure: same module, same bytes.
std::vector<uint8_t> encode(const Module& m);

}  // namespace gm::wasm
