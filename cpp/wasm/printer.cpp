#include "wasm/printer.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "wasm/opcodes.h"

namespace gm::wasm {

namespace {

const char* valTypeText(ValType t) {
  switch (t) {
    case ValType::I32:
      return "i32";
    case ValType::I64:
      return "i64";
    case ValType::F32:
      return "f32";
    case ValType::F64:
      return "f64";
    case ValType::FuncRef:
      return "funcref";
  }
  return "?";
}

// How an index space prints its entries: `$name` for a unique non-empty name, else the index.
class Names {
 public:
  explicit Names(std::vector<std::string> byIndex) : byIndex_(std::move(byIndex)) {
    for (const std::string& name : byIndex_) {
      if (!name.empty()) ++uses_[name];
    }
  }
  std::string ref(uint32_t index) const {
    if (hasName(index)) return "$" + byIndex_[index];
    return std::to_string(index);
  }
  // The name part of a definition: `$name` or `(;index;)`.
  std::string def(uint32_t index) const {
    if (hasName(index)) return "$" + byIndex_[index];
    return "(;" + std::to_string(index) + ";)";
  }
  bool hasName(uint32_t index) const {
    if (index >= byIndex_.size() || byIndex_[index].empty()) return false;
    auto uses = uses_.find(byIndex_[index]);
    return uses != uses_.end() && uses->second == 1;
  }

 private:
  std::vector<std::string> byIndex_;
  std::map<std::string, int> uses_;
};

std::string floatText(double value, bool isF32) {
  if (std::isnan(value)) {
    std::string text = std::signbit(value) ? "-nan" : "nan";
    uint64_t payload;
    uint64_t canonical;
    if (isF32) {
      float narrow = static_cast<float>(value);
      uint32_t bits;
      std::memcpy(&bits, &narrow, sizeof bits);
      payload = bits & 0x7fffffu;
      canonical = 0x400000u;
    } else {
      uint64_t bits;
      std::memcpy(&bits, &value, sizeof bits);
      payload = bits & 0xfffffffffffffull;
      canonical = 0x8000000000000ull;
    }
    if (payload != canonical) {
      char hex[32];
      std::snprintf(hex, sizeof hex, ":0x%llx", static_cast<unsigned long long>(payload));
      text += hex;
    }
    return text;
  }
  if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
  // The shortest text that reads back as the same value (std::to_chars would do, but
  // Emscripten's libc++ lacks it for floating point).
  char buffer[64];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
    bool roundTrips = isF32 ? std::strtof(buffer, nullptr) == static_cast<float>(value)
                            : std::strtod(buffer, nullptr) == value;
    if (roundTrips) break;
  }
  return buffer;
}

// log2 of the access size, the alignment WAT leaves unwritten; -1 for other ops.
int naturalAlignLog2(Op op) {
  switch (op) {
    case Op::I32Load8S:
    case Op::I32Load8U:
    case Op::I64Load8S:
    case Op::I64Load8U:
    case Op::I32Store8:
    case Op::I64Store8:
      return 0;
    case Op::I32Load16S:
    case Op::I32Load16U:
    case Op::I64Load16S:
    case Op::I64Load16U:
    case Op::I32Store16:
    case Op::I64Store16:
      return 1;
    case Op::I32Load:
    case Op::F32Load:
    case Op::I64Load32S:
    case Op::I64Load32U:
    case Op::I32Store:
    case Op::F32Store:
    case Op::I64Store32:
      return 2;
    case Op::I64Load:
    case Op::F64Load:
    case Op::I64Store:
    case Op::F64Store:
      return 3;
    default:
      return -1;
  }
}

std::string dataText(const std::vector<uint8_t>& bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string text = "\"";
  for (uint8_t b : bytes) {
    if (b >= 0x20 && b < 0x7f && b != '"' && b != '\\') {
      text += static_cast<char>(b);
    } else {
      text += '\\';
      text += kHex[b >> 4];
      text += kHex[b & 0xf];
    }
  }
  return text + "\"";
}

class Printer {
 public:
  explicit Printer(const Module& m)
      : m_(m), funcNames_(functionNamesByIndex()), globalNames_(globalNamesByIndex()) {}

  std::string run() {
    out_ = m_.name.empty() ? "(module" : "(module $" + m_.name;
    out_ += "\n";
    for (uint32_t i = 0; i < m_.types().size(); ++i) {
      out_ += "  (type (;" + std::to_string(i) + ";) (func" + signature(m_.types()[i]) + "))\n";
    }
    for (uint32_t index = 0; index < order_.size(); ++index) {
      const Function& f = m_.function(order_[index]);
      if (f.import) {
        out_ += "  (import \"" + f.import->module + "\" \"" + f.import->name + "\" (func " +
                funcHeader(index, f) + "))\n";
      }
    }
    for (uint32_t index = 0; index < order_.size(); ++index) {
      const Function& f = m_.function(order_[index]);
      if (!f.import) printFunction(index, f);
    }
    if (!m_.table().empty()) {
      std::string size = std::to_string(m_.table().size());
      out_ += "  (table " + size + " " + size + " funcref)\n";
    }
    if (m_.memory) {
      out_ += "  (memory " + std::to_string(m_.memory->minPages);
      if (m_.memory->maxPages) out_ += " " + std::to_string(*m_.memory->maxPages);
      out_ += ")\n";
    }
    for (uint32_t i = 0; i < m_.globals().size(); ++i) printGlobal(i, m_.globals()[i]);
    if (m_.exportMemory && m_.memory) out_ += "  (export \"memory\" (memory 0))\n";
    for (const Export& e : m_.exports()) printExport(e);
    if (m_.start) out_ += "  (start " + funcRef(*m_.start) + ")\n";
    if (!m_.table().empty()) {
      out_ += "  (elem (i32.const 0) func";
      for (FuncId id : m_.table()) out_ += " " + funcRef(id);
      out_ += ")\n";
    }
    for (const DataSegment& d : m_.data()) {
      out_ += "  (data (i32.const " + std::to_string(static_cast<int32_t>(d.offset)) + ") " +
              dataText(d.bytes) + ")\n";
    }
    out_ += ")\n";
    return std::move(out_);
  }

 private:
  // Final indices: imports first, then definitions, each in declaration order.
  std::vector<std::string> functionNamesByIndex() {
    const auto& funcs = m_.functions();
    indexOf_.resize(funcs.size());
    for (bool imports : {true, false}) {
      for (FuncId id = 0; id < funcs.size(); ++id) {
        if (funcs[id].import.has_value() != imports) continue;
        indexOf_[id] = static_cast<uint32_t>(order_.size());
        order_.push_back(id);
      }
    }
    std::vector<std::string> names;
    for (FuncId id : order_) names.push_back(funcs[id].name);
    return names;
  }

  std::vector<std::string> globalNamesByIndex() const {
    std::vector<std::string> names;
    for (const Global& g : m_.globals()) names.push_back(g.name);
    return names;
  }

  std::string funcRef(FuncId id) const {
    return id < indexOf_.size() ? funcNames_.ref(indexOf_[id])
                                : "<bad func " + std::to_string(id) + ">";
  }

  static std::string typeList(const char* keyword, const std::vector<ValType>& types) {
    if (types.empty()) return "";
    std::string text = std::string(" (") + keyword;
    for (ValType t : types) text += std::string(" ") + valTypeText(t);
    return text + ")";
  }

  static std::string signature(const FuncType& t) {
    return typeList("param", t.params) + typeList("result", t.results);
  }

  // Parameters or locals starting at local index `first`: named ones alone as in
  // `(param $x i32)`, runs of unnamed ones grouped as in `(param i32 i32)`.
  static std::string localDecls(const char* keyword, const std::vector<ValType>& types,
                                uint32_t first, const Names& localNames) {
    std::string text;
    std::vector<ValType> unnamedRun;
    auto flush = [&] {
      text += typeList(keyword, unnamedRun);
      unnamedRun.clear();
    };
    for (uint32_t i = 0; i < types.size(); ++i) {
      if (localNames.hasName(first + i)) {
        flush();
        text += std::string(" (") + keyword + " " + localNames.def(first + i) + " " +
                valTypeText(types[i]) + ")";
      } else {
        unnamedRun.push_back(types[i]);
      }
    }
    flush();
    return text;
  }

  const FuncType* typeOf(TypeIdx index) const {
    return index < m_.types().size() ? &m_.types()[index] : nullptr;
  }

  std::string funcHeader(uint32_t index, const Function& f) const {
    std::string text = funcNames_.def(index);
    if (funcNames_.hasName(index)) text += " (;" + std::to_string(index) + ";)";
    text += " (type " + std::to_string(f.type) + ")";
    if (const FuncType* t = typeOf(f.type)) {
      text += localDecls("param", t->params, 0, Names(f.localNames));
      text += typeList("result", t->results);
    }
    return text;
  }

  void printFunction(uint32_t index, const Function& f) {
    out_ += "  (func " + funcHeader(index, f) + "\n";
    Names localNames(f.localNames);
    const FuncType* t = typeOf(f.type);
    auto paramCount = static_cast<uint32_t>(t ? t->params.size() : 0);
    if (!f.locals.empty()) {
      out_ += "    " + localDecls("local", f.locals, paramCount, localNames).substr(1) + "\n";
    }
    int depth = 2;
    for (const Instr& in : f.body.list()) {
      if ((in.op == Op::End || in.op == Op::Else || in.op == Op::CatchAll || in.op == Op::Catch) &&
          depth > 2)
        --depth;
      out_ += std::string(2 * depth, ' ') + instrText(in, localNames) + "\n";
      if (in.op == Op::Block || in.op == Op::Loop || in.op == Op::If || in.op == Op::Else ||
          in.op == Op::Try || in.op == Op::CatchAll || in.op == Op::Catch)
        ++depth;
    }
    out_ += "  )\n";
  }

  std::string blockTypeText(const BlockType& b) const {
    switch (b.kind) {
      case BlockType::Empty:
        return "";
      case BlockType::Value:
        return std::string(" (result ") + valTypeText(b.value) + ")";
      case BlockType::Index: {
        std::string text = " (type " + std::to_string(b.index) + ")";
        if (const FuncType* t = typeOf(b.index)) text += signature(*t);
        return text;
      }
    }
    return "";
  }

  std::string instrText(const Instr& in, const Names& localNames) const {
    std::string text = opInfo(in.op).text;
    switch (in.op) {
      case Op::I32Const:
        return text + " " + std::to_string(static_cast<int32_t>(static_cast<uint32_t>(in.i)));
      case Op::I64Const:
        return text + " " + std::to_string(in.i);
      case Op::F32Const:
        return text + " " + floatText(in.f, true);
      case Op::F64Const:
        return text + " " + floatText(in.f, false);
      case Op::LocalGet:
      case Op::LocalSet:
      case Op::LocalTee:
        return text + " " + localNames.ref(in.a);
      case Op::GlobalGet:
      case Op::GlobalSet:
        return text + " " + globalNames_.ref(in.a);
      case Op::Br:
      case Op::BrIf:
        return text + " " + std::to_string(in.a);
      case Op::BrTable:
        for (uint32_t target : in.targets) text += " " + std::to_string(target);
        return text;
      case Op::Call:
        return text + " " + funcRef(in.a);
      case Op::CallIndirect:
        if (in.b != 0) text += " " + std::to_string(in.b);
        return text + " (type " + std::to_string(in.a) + ")";
      case Op::Block:
      case Op::Loop:
      case Op::If:
      case Op::Try:
        return text + blockTypeText(in.block);
      case Op::Catch:
      case Op::Throw:
      case Op::Rethrow:
        return text + " " + std::to_string(in.a);
      default:
        break;
    }
    if (int natural = naturalAlignLog2(in.op); natural >= 0) {
      if (in.b != 0) text += " offset=" + std::to_string(in.b);
      if (static_cast<int>(in.a) != natural && in.a < 32) {
        text += " align=" + std::to_string(uint64_t{1} << in.a);
      }
    }
    return text;
  }

  void printGlobal(uint32_t index, const Global& g) {
    std::string type = valTypeText(g.type);
    out_ += "  (global " + globalNames_.def(index) + " ";
    out_ += g.mutable_ ? "(mut " + type + ")" : type;
    out_ += " (" + type + ".const ";
    switch (g.type) {
      case ValType::I32:
        out_ += std::to_string(static_cast<int32_t>(static_cast<uint32_t>(g.initInt)));
        break;
      case ValType::I64:
        out_ += std::to_string(g.initInt);
        break;
      case ValType::F32:
        out_ += floatText(g.initFloat, true);
        break;
      case ValType::F64:
        out_ += floatText(g.initFloat, false);
        break;
      case ValType::FuncRef:
        out_ += "?";
        break;
    }
    out_ += "))\n";
  }

  void printExport(const Export& e) {
    out_ += "  (export \"" + e.name + "\" (";
    switch (e.kind) {
      case Export::Func:
        out_ += "func " + funcRef(e.index);
        break;
      case Export::Table:
        out_ += "table " + std::to_string(e.index);
        break;
      case Export::Memory:
        out_ += "memory " + std::to_string(e.index);
        break;
      case Export::Global:
        out_ += "global " + globalNames_.ref(e.index);
        break;
    }
    out_ += "))\n";
  }

  const Module& m_;
  std::vector<uint32_t> indexOf_;  // FuncId -> final index
  std::vector<FuncId> order_;      // final index -> FuncId
  Names funcNames_;                // by final index
  Names globalNames_;
  std::string out_;
};

}  // namespace

std::string printText(const Module& m) {
  return Printer(m).run();
}

}  // namespace gm::wasm
