// Run-time type descriptors (package internal/rtype): static records describing every dynamic
// type of a program that reads them (fmt printing structs and maps, sort.Slice swapping
// elements), indexed by type code. Only programs that reach rtype's byCode get any.
#include "lower/lower_impl.h"

namespace gm::lower {

using wasm::Op;
using wasm::ValType;

namespace {

// Layout of rtype.Type and rtype.Field (cpp/runtime/internal/rtype/rtype.go) on wasm32.
constexpr uint32_t kTypeSize = 44;
constexpr uint32_t kFieldSize = 24;

// reflect.Kind numbering.
uint32_t kindOf(const types::Type* t) {
  const types::Type* u = types::under(t);
  if (auto* b = types::asBasic(u)) {
    switch (b->basic) {
      case types::BasicKind::Bool:
        return 1;
      case types::BasicKind::Int:
        return 2;
      case types::BasicKind::Int8:
        return 3;
      case types::BasicKind::Int16:
        return 4;
      case types::BasicKind::Int32:
        return 5;
      case types::BasicKind::Int64:
        return 6;
      case types::BasicKind::Uint:
        return 7;
      case types::BasicKind::Uint8:
        return 8;
      case types::BasicKind::Uint16:
        return 9;
      case types::BasicKind::Uint32:
        return 10;
      case types::BasicKind::Uint64:
        return 11;
      case types::BasicKind::Uintptr:
        return 12;
      case types::BasicKind::Float32:
        return 13;
      case types::BasicKind::Float64:
        return 14;
      case types::BasicKind::String:
        return 24;
      case types::BasicKind::UnsafePointer:
        return 26;
      default:
        return 0;
    }
  }
  switch (u->kind) {
    case types::TypeKind::Array:
      return 17;
    case types::TypeKind::Signature:
      return 19;
    case types::TypeKind::Interface:
      return 20;
    case types::TypeKind::Map:
      return 21;
    case types::TypeKind::Pointer:
      return 22;
    case types::TypeKind::Slice:
      return 23;
    case types::TypeKind::Struct:
      return 25;
    default:
      return 0;
  }
}

// The types a descriptor of t refers to.
std::vector<const types::Type*> components(const types::Type* t) {
  const types::Type* u = types::under(t);
  if (auto* p = u->as<types::Pointer>()) return {p->elem};
  if (auto* s = u->as<types::Slice>()) return {s->elem};
  if (auto* a = u->as<types::Array>()) return {a->elem};
  if (auto* m = u->as<types::Map>()) return {m->key, m->elem};
  std::vector<const types::Type*> out;
  if (auto* st = u->as<types::Struct>())
    for (auto* f : st->fields) out.push_back(f->type);
  return out;
}

// reflect's String(): runtimeTypeName without the "·N" of local types.
std::string reflectName(const types::Type* t) {
  std::string s = runtimeTypeName(t), out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 2, "\u00b7") == 0) {
      i += 2;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
      --i;
      continue;
    }
    out += s[i];
  }
  return out;
}

}  // namespace

wasm::FuncId ProgramLowerer::typeDescriptorFunc() {
  const std::string key = "rtype.byCode";
  if (auto it = dispatchers_.find(key); it != dispatchers_.end()) return it->second.id;
  wasm::FuncId id = mod_.declareFunction("rtype.byCode", {{ValType::I32}, {ValType::I32}});
  dispatchers_[key] = {Dispatcher::TypeTable, id, nullptr, nullptr, {}};
  useMemory();
  return id;
}

// Part of the dispatcher fixpoint: every type a descriptor refers to needs one too, and its
// concrete types need codes (fmt turns a struct field back into an interface value), which may
// make more methods reachable.
void FuncLowerer::lowerTypeTable(const std::vector<const types::Type*>& types) {
  nparams_ = 1;
  for (const types::Type* t : types)
    for (const types::Type* c : components(t))
      if (!isInterface(c)) prog_.typeCode(c);
  code_.globalGet(prog_.typeTableGlobal());
  code_.localGet(0);
  code_.i32Const(2);
  code_.op(Op::I32Shl);
  code_.op(Op::I32Add);
  code_.mem(Op::I32Load, 2, 0);
}

uint32_t ProgramLowerer::typeTableGlobal() {
  if (!typeTable_) typeTable_ = mod_.addGlobal({"__type_table", ValType::I32, false, 0, 0});
  return *typeTable_;
}

// Lays out the descriptors and the table once every code is known.
void ProgramLowerer::writeTypeDescriptors() {
  if (!typeTable_) return;
  std::unordered_map<const types::Type*, uint32_t> addr;
  std::vector<const types::Type*> order;
  std::function<void(const types::Type*)> visit = [&](const types::Type* t) {
    if (addr.count(t)) return;
    addr[t] = allocStatic(kTypeSize, 4);
    order.push_back(t);
    for (const types::Type* c : components(t)) visit(c);
  };
  for (const types::Type* t : dynTypes_) visit(t);

  auto putString = [&](uint32_t at, const std::string& s) {
    putData32(at, s.empty() ? 0 : stringData(s));
    putData32(at + 4, static_cast<uint32_t>(s.size()));
  };
  for (const types::Type* t : order) {
    uint32_t a = addr[t];
    const types::Type* u = types::under(t);
    putData32(a, kindOf(t));
    putData32(a + 4, (pointerShaped(t) ? 1 : 0) | (t->kind == types::TypeKind::Named ? 2 : 0));
    putData32(a + 8, static_cast<uint32_t>(types::sizeOf(t)));
    putData32(a + 12, isInterface(t) || !hasTypeCode(t) ? 0 : typeCode(t));
    putString(a + 16, reflectName(t));
    if (auto* m = u->as<types::Map>()) {
      putData32(a + 24, addr[m->elem]);
      putData32(a + 28, addr[m->key]);
    } else if (auto cs = components(t); !cs.empty() && !u->as<types::Struct>()) {
      putData32(a + 24, addr[cs[0]]);
    }
    if (auto* arr = u->as<types::Array>()) putData32(a + 32, static_cast<uint32_t>(arr->len));
    if (auto* st = u->as<types::Struct>(); st && !st->fields.empty()) {
      uint32_t fields = allocStatic(kFieldSize * static_cast<uint32_t>(st->fields.size()), 4);
      auto offs = types::fieldOffsets(st);
      for (size_t i = 0; i < st->fields.size(); ++i) {
        uint32_t f = fields + kFieldSize * static_cast<uint32_t>(i);
        const types::Var* v = st->fields[i];
        putString(f, v->name);
        putData32(f + 8, addr[v->type]);
        putData32(f + 12, static_cast<uint32_t>(offs[i]));
        putData32(f + 16, v->embedded ? 1 : 0);
        putData32(f + 20, !v->name.empty() && v->name[0] >= 'A' && v->name[0] <= 'Z' ? 1 : 0);
      }
      putData32(a + 36, fields);
      putData32(a + 40, static_cast<uint32_t>(st->fields.size()));
    }
  }
  uint32_t table = allocStatic(4 * static_cast<uint32_t>(dynTypes_.size() + 1), 4);
  for (size_t i = 0; i < dynTypes_.size(); ++i)
    putData32(table + 4 * static_cast<uint32_t>(i + 1), addr[dynTypes_[i]]);
  setGlobalInit(*typeTable_, table);
}

}  // namespace gm::lower
