// The binary encoder: Module -> .wasm bytes, sections in the order the spec requires.
#include <cassert>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

#include "wasm/leb128.h"
#include "wasm/module.h"
#include "wasm/opcodes.h"

namespace gm::wasm {

namespace {

using Bytes = std::vector<uint8_t>;

enum SectionId : uint8_t {
  kCustomSection = 0,
  kTypeSection = 1,
  kImportSection = 2,
  kFunctionSection = 3,
  kTableSection = 4,
  kMemorySection = 5,
  kGlobalSection = 6,
  kExportSection = 7,
  kStartSection = 8,
  kElementSection = 9,
  kCodeSection = 10,
  kDataSection = 11,
};

enum NameSubsection : uint8_t { kModuleName = 0, kFunctionNames = 1, kLocalNames = 2 };

constexpr uint8_t kFuncTypeForm = 0x60;
constexpr uint8_t kEmptyBlockType = 0x40;
constexpr uint8_t kExternalFunc = 0x00;
constexpr uint8_t kExternalMemory = 0x02;

void appendByte(Bytes& out, uint8_t byte) {
  out.push_back(byte);
}

void appendBytes(Bytes& out, const Bytes& bytes) {
  out.insert(out.end(), bytes.begin(), bytes.end());
}

void appendName(Bytes& out, std::string_view name) {
  appendLebU32(out, static_cast<uint32_t>(name.size()));
  out.insert(out.end(), name.begin(), name.end());
}

void appendValType(Bytes& out, ValType t) {
  appendByte(out, static_cast<uint8_t>(t));
}

void appendValTypes(Bytes& out, const std::vector<ValType>& types) {
  appendLebU32(out, static_cast<uint32_t>(types.size()));
  for (ValType t : types) appendValType(out, t);
}

// Little-endian regardless of the host, as the format requires.
void appendLittleEndian(Bytes& out, uint64_t bits, int byteCount) {
  for (int i = 0; i < byteCount; ++i) appendByte(out, static_cast<uint8_t>(bits >> (8 * i)));
}

// memcpy rather than std::bit_cast, which Emscripten's libc++ lacks.
void appendF32(Bytes& out, float value) {
  uint32_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  appendLittleEndian(out, bits, 4);
}

void appendF64(Bytes& out, double value) {
  uint64_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  appendLittleEndian(out, bits, 8);
}

// A section: id, byte size, contents. Sections with nothing in them are left out by the callers.
void appendSection(Bytes& out, uint8_t id, const Bytes& contents) {
  appendByte(out, id);
  appendLebU32(out, static_cast<uint32_t>(contents.size()));
  appendBytes(out, contents);
}

void appendLimits(Bytes& out, uint32_t min, std::optional<uint32_t> max) {
  appendByte(out, max ? 0x01 : 0x00);
  appendLebU32(out, min);
  if (max) appendLebU32(out, *max);
}

// `i32.const offset; end`: the offset expression of active data and element segments.
void appendOffsetExpr(Bytes& out, uint32_t offset) {
  appendByte(out, static_cast<uint8_t>(opInfo(Op::I32Const).code));
  appendLebS32(out, static_cast<int32_t>(offset));  // the i32 bit pattern; wraps above 2^31
  appendByte(out, static_cast<uint8_t>(opInfo(Op::End).code));
}

void appendOpcode(Bytes& out, Op op) {
  const OpInfo& info = opInfo(op);
  if (info.prefix != 0) {
    appendByte(out, info.prefix);
    appendLebU32(out, info.code);
  } else {
    appendByte(out, static_cast<uint8_t>(info.code));
  }
}

void appendBlockType(Bytes& out, const BlockType& type) {
  switch (type.kind) {
    case BlockType::Empty:
      appendByte(out, kEmptyBlockType);
      return;
    case BlockType::Value:
      appendValType(out, type.value);
      return;
    case BlockType::Index:
      // A non-negative s33, so it never collides with the one-byte forms above.
      appendLebS64(out, static_cast<int64_t>(type.index));
      return;
  }
}

bool isMemoryAccess(Op op) {
  switch (op) {
    case Op::I32Load:
    case Op::I64Load:
    case Op::F32Load:
    case Op::F64Load:
    case Op::I32Load8S:
    case Op::I32Load8U:
    case Op::I32Load16S:
    case Op::I32Load16U:
    case Op::I64Load8S:
    case Op::I64Load8U:
    case Op::I64Load16S:
    case Op::I64Load16U:
    case Op::I64Load32S:
    case Op::I64Load32U:
    case Op::I32Store:
    case Op::I64Store:
    case Op::F32Store:
    case Op::F64Store:
    case Op::I32Store8:
    case Op::I32Store16:
    case Op::I64Store8:
    case Op::I64Store16:
    case Op::I64Store32:
      return true;
    default:
      return false;
  }
}

// Final function indices: the binary format numbers imports before definitions, while Module
// numbers all functions in declaration order.
class FunctionIndexSpace {
 public:
  explicit FunctionIndexSpace(const Module& m) {
    const auto& funcs = m.functions();
    indexOf_.resize(funcs.size());
    uint32_t next = 0;
    for (FuncId id = 0; id < funcs.size(); ++id) {
      if (funcs[id].import) indexOf_[id] = next++;
    }
    importCount_ = next;
    for (FuncId id = 0; id < funcs.size(); ++id) {
      if (!funcs[id].import) indexOf_[id] = next++;
    }
    order_.resize(funcs.size());
    for (FuncId id = 0; id < funcs.size(); ++id) order_[indexOf_[id]] = id;
  }

  uint32_t indexOf(FuncId id) const {
    assert(id < indexOf_.size());
    return id < indexOf_.size() ? indexOf_[id] : id;
  }
  // Function ids sorted by final index.
  const std::vector<FuncId>& order() const { return order_; }
  uint32_t importCount() const { return importCount_; }

 private:
  std::vector<uint32_t> indexOf_;
  std::vector<FuncId> order_;
  uint32_t importCount_ = 0;
};

void appendInstr(Bytes& out, const Instr& in, const FunctionIndexSpace& funcs) {
  appendOpcode(out, in.op);
  switch (in.op) {
    case Op::I32Const:
      // Keep the low 32 bits, so values built as uint32 encode as the same i32 bit pattern.
      appendLebS32(out, static_cast<int32_t>(static_cast<uint32_t>(in.i)));
      return;
    case Op::I64Const:
      appendLebS64(out, in.i);
      return;
    case Op::F32Const:
      appendF32(out, static_cast<float>(in.f));
      return;
    case Op::F64Const:
      appendF64(out, in.f);
      return;
    case Op::LocalGet:
    case Op::LocalSet:
    case Op::LocalTee:
    case Op::GlobalGet:
    case Op::GlobalSet:
    case Op::Br:
    case Op::BrIf:
      appendLebU32(out, in.a);
      return;
    case Op::Call:
      appendLebU32(out, funcs.indexOf(in.a));
      return;
    case Op::CallIndirect:
      appendLebU32(out, in.a);
      appendLebU32(out, in.b);
      return;
    case Op::Block:
    case Op::Loop:
    case Op::If:
    case Op::Try:
      appendBlockType(out, in.block);
      return;
    case Op::Catch:
    case Op::Throw:
    case Op::Rethrow:
      appendLebU32(out, in.a);  // tag index, or rethrow's label depth
      return;
    case Op::BrTable: {
      assert(!in.targets.empty());
      uint32_t labelCount = in.targets.empty() ? 0 : static_cast<uint32_t>(in.targets.size() - 1);
      appendLebU32(out, labelCount);
      for (uint32_t i = 0; i < labelCount; ++i) appendLebU32(out, in.targets[i]);
      appendLebU32(out, in.targets.empty() ? 0 : in.targets.back());
      return;
    }
    case Op::MemorySize:
    case Op::MemoryGrow:
    case Op::MemoryFill:
      appendByte(out, 0x00);  // memory 0
      return;
    case Op::MemoryCopy:
      appendByte(out, 0x00);  // destination memory
      appendByte(out, 0x00);  // source memory
      return;
    default:
      if (isMemoryAccess(in.op)) {
        appendLebU32(out, in.a);  // log2(alignment)
        appendLebU32(out, in.b);  // offset
      }
      return;
  }
}

// Locals are declared as (count, type) runs of consecutive equal types.
void appendLocals(Bytes& out, const std::vector<ValType>& locals) {
  Bytes runs;
  uint32_t runCount = 0;
  for (size_t i = 0; i < locals.size();) {
    size_t runEnd = i;
    while (runEnd < locals.size() && locals[runEnd] == locals[i]) ++runEnd;
    appendLebU32(runs, static_cast<uint32_t>(runEnd - i));
    appendValType(runs, locals[i]);
    ++runCount;
    i = runEnd;
  }
  appendLebU32(out, runCount);
  appendBytes(out, runs);
}

Bytes encodeBody(const Function& f, const FunctionIndexSpace& funcs) {
  Bytes body;
  appendLocals(body, f.locals);
  for (const Instr& in : f.body.list()) appendInstr(body, in, funcs);
  appendOpcode(body, Op::End);
  return body;
}

Bytes typeSection(const Module& m) {
  Bytes s;
  appendLebU32(s, static_cast<uint32_t>(m.types().size()));
  for (const FuncType& t : m.types()) {
    appendByte(s, kFuncTypeForm);
    appendValTypes(s, t.params);
    appendValTypes(s, t.results);
  }
  return s;
}

Bytes importSection(const Module& m, const FunctionIndexSpace& funcs) {
  Bytes s;
  appendLebU32(s, funcs.importCount());
  for (uint32_t index = 0; index < funcs.importCount(); ++index) {
    const Function& f = m.function(funcs.order()[index]);
    appendName(s, f.import->module);
    appendName(s, f.import->name);
    appendByte(s, kExternalFunc);
    appendLebU32(s, f.import->type);
  }
  return s;
}

Bytes functionSection(const Module& m, const FunctionIndexSpace& funcs) {
  Bytes s;
  const auto& order = funcs.order();
  appendLebU32(s, static_cast<uint32_t>(order.size() - funcs.importCount()));
  for (size_t index = funcs.importCount(); index < order.size(); ++index) {
    appendLebU32(s, m.function(order[index]).type);
  }
  return s;
}

Bytes tableSection(const Module& m) {
  Bytes s;
  appendLebU32(s, 1);
  appendValType(s, ValType::FuncRef);
  auto size = static_cast<uint32_t>(m.table().size());
  appendLimits(s, size, size);
  return s;
}

Bytes memorySection(const Memory& memory) {
  Bytes s;
  appendLebU32(s, 1);
  appendLimits(s, memory.minPages, memory.maxPages);
  return s;
}

Bytes globalSection(const Module& m) {
  Bytes s;
  appendLebU32(s, static_cast<uint32_t>(m.globals().size()));
  for (const Global& g : m.globals()) {
    appendValType(s, g.type);
    appendByte(s, g.mutable_ ? 0x01 : 0x00);
    switch (g.type) {
      case ValType::I32:
        appendOpcode(s, Op::I32Const);
        appendLebS32(s, static_cast<int32_t>(static_cast<uint32_t>(g.initInt)));
        break;
      case ValType::I64:
        appendOpcode(s, Op::I64Const);
        appendLebS64(s, g.initInt);
        break;
      case ValType::F32:
        appendOpcode(s, Op::F32Const);
        appendF32(s, static_cast<float>(g.initFloat));
        break;
      case ValType::F64:
        appendOpcode(s, Op::F64Const);
        appendF64(s, g.initFloat);
        break;
      case ValType::FuncRef:
        assert(false && "funcref globals are not supported");
        break;
    }
    appendOpcode(s, Op::End);
  }
  return s;
}

Bytes exportSection(const Module& m, const FunctionIndexSpace& funcs, bool withMemory) {
  Bytes s;
  appendLebU32(s, static_cast<uint32_t>(m.exports().size() + (withMemory ? 1 : 0)));
  if (withMemory) {
    appendName(s, "memory");
    appendByte(s, kExternalMemory);
    appendLebU32(s, 0);
  }
  for (const Export& e : m.exports()) {
    appendName(s, e.name);
    appendByte(s, static_cast<uint8_t>(e.kind));
    appendLebU32(s, e.kind == Export::Func ? funcs.indexOf(e.index) : e.index);
  }
  return s;
}

Bytes elementSection(const Module& m, const FunctionIndexSpace& funcs) {
  Bytes s;
  appendLebU32(s, 1);
  appendLebU32(s, 0);  // flags 0: active, table 0, function indices
  appendOffsetExpr(s, 0);
  appendLebU32(s, static_cast<uint32_t>(m.table().size()));
  for (FuncId id : m.table()) appendLebU32(s, funcs.indexOf(id));
  return s;
}

Bytes codeSection(const Module& m, const FunctionIndexSpace& funcs) {
  Bytes s;
  const auto& order = funcs.order();
  appendLebU32(s, static_cast<uint32_t>(order.size() - funcs.importCount()));
  for (size_t index = funcs.importCount(); index < order.size(); ++index) {
    Bytes body = encodeBody(m.function(order[index]), funcs);
    appendLebU32(s, static_cast<uint32_t>(body.size()));
    appendBytes(s, body);
  }
  return s;
}

Bytes dataSection(const Module& m) {
  Bytes s;
  appendLebU32(s, static_cast<uint32_t>(m.data().size()));
  for (const DataSegment& d : m.data()) {
    appendLebU32(s, 0);  // flags 0: active, memory 0
    appendOffsetExpr(s, d.offset);
    appendLebU32(s, static_cast<uint32_t>(d.bytes.size()));
    appendBytes(s, d.bytes);
  }
  return s;
}

// The contents of the "name" custom section after its name; empty when nothing has a name.
// Subsections must come in id order and list indices in ascending order.
Bytes nameSubsections(const Module& m, const FunctionIndexSpace& funcs) {
  Bytes s;

  if (!m.name.empty()) {
    Bytes sub;
    appendName(sub, m.name);
    appendSection(s, kModuleName, sub);
  }

  Bytes functionNames;
  uint32_t namedCount = 0;
  for (uint32_t index = 0; index < funcs.order().size(); ++index) {
    const Function& f = m.function(funcs.order()[index]);
    if (f.name.empty()) continue;
    appendLebU32(functionNames, index);
    appendName(functionNames, f.name);
    ++namedCount;
  }
  if (namedCount > 0) {
    Bytes sub;
    appendLebU32(sub, namedCount);
    appendBytes(sub, functionNames);
    appendSection(s, kFunctionNames, sub);
  }

  Bytes localNames;
  uint32_t functionsWithLocalNames = 0;
  for (uint32_t index = 0; index < funcs.order().size(); ++index) {
    const Function& f = m.function(funcs.order()[index]);
    Bytes names;
    uint32_t count = 0;
    for (uint32_t local = 0; local < f.localNames.size(); ++local) {
      if (f.localNames[local].empty()) continue;
      appendLebU32(names, local);
      appendName(names, f.localNames[local]);
      ++count;
    }
    if (count == 0) continue;
    assert(f.localNames.size() <= m.types()[f.type].params.size() + f.locals.size());
    appendLebU32(localNames, index);
    appendLebU32(localNames, count);
    appendBytes(localNames, names);
    ++functionsWithLocalNames;
  }
  if (functionsWithLocalNames > 0) {
    Bytes sub;
    appendLebU32(sub, functionsWithLocalNames);
    appendBytes(sub, localNames);
    appendSection(s, kLocalNames, sub);
  }
  return s;
}

#ifndef NDEBUG
// Cheap structural checks on the trusted module; debug builds only.
void checkModule(const Module& m) {
  for (const Function& f : m.functions()) {
    assert(f.type < m.types().size());
    if (f.import) {
      assert(f.import->type == f.type);
      assert(f.locals.empty() && f.body.empty());
    }
  }
  for (const Export& e : m.exports()) {
    if (e.kind == Export::Func) assert(e.index < m.functions().size());
  }
  if (m.start) assert(*m.start < m.functions().size());
  assert(!m.exportMemory || m.memory);
}
#endif

}  // namespace

std::vector<uint8_t> encode(const Module& m) {
#ifndef NDEBUG
  checkModule(m);
#endif
  FunctionIndexSpace funcs(m);
  const size_t definedCount = m.functions().size() - funcs.importCount();

  Bytes out = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};  // "\0asm", version 1
  if (!m.types().empty()) appendSection(out, kTypeSection, typeSection(m));
  if (funcs.importCount() > 0) appendSection(out, kImportSection, importSection(m, funcs));
  if (definedCount > 0) appendSection(out, kFunctionSection, functionSection(m, funcs));
  if (!m.table().empty() || m.needsTable) appendSection(out, kTableSection, tableSection(m));
  if (m.memory) appendSection(out, kMemorySection, memorySection(*m.memory));
  if (!m.tags().empty()) {
    Bytes s;
    appendLebU32(s, static_cast<uint32_t>(m.tags().size()));
    for (TypeIdx t : m.tags()) {
      appendByte(s, 0x00);  // attribute: exception
      appendLebU32(s, t);
    }
    appendSection(out, 13, s);  // the tag section sits between memory and global
  }
  if (!m.globals().empty()) appendSection(out, kGlobalSection, globalSection(m));
  bool exportMemory = m.exportMemory && m.memory;
  if (!m.exports().empty() || exportMemory) {
    appendSection(out, kExportSection, exportSection(m, funcs, exportMemory));
  }
  if (m.start) {
    Bytes s;
    appendLebU32(s, funcs.indexOf(*m.start));
    appendSection(out, kStartSection, s);
  }
  if (!m.table().empty()) appendSection(out, kElementSection, elementSection(m, funcs));
  // No datacount section: it is needed only by memory.init and data.drop, which we never emit.
  if (definedCount > 0) appendSection(out, kCodeSection, codeSection(m, funcs));
  if (!m.data().empty()) appendSection(out, kDataSection, dataSection(m));
  Bytes names = nameSubsections(m, funcs);
  if (!names.empty()) {
    Bytes custom;
    appendName(custom, "name");
    appendBytes(custom, names);
    appendSection(out, kCustomSection, custom);
  }
  return out;
}

}  // namespace gm::wasm
