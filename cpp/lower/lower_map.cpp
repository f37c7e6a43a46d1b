// Maps: a map value is a pointer to the runtime's table (cpp/runtime/runtime/map.go). Keys go to
// the runtime by address (a zeroed frame temporary), values come back as addresses that stay
// valid only until the map is next changed, so they are used at once.
#include "lower/lower_impl.h"

namespace gm::lower {

using namespace syntax;
using types::BasicKind;
using wasm::Op;
using wasm::ValType;

namespace {

// The runtime's key kinds: how it hashes and compares a key (map.go: mapKey*).
std::optional<int32_t> mapKeyKind(const types::Type* t) {
  const types::Type* u = types::under(t);
  if (auto* b = u->as<types::Basic>()) {
    if (b->basic == BasicKind::String) return 1;
    if (b->basic == BasicKind::Float32) return 2;
    if (b->basic == BasicKind::Float64) return 3;
    return 0;
  }
  if (u->as<types::Pointer>()) return 0;
  if (auto* a = u->as<types::Array>()) {
    auto k = mapKeyKind(a->elem);
    return k && *k == 0 ? k : std::nullopt;
  }
  if (auto* st = u->as<types::Struct>()) {
    for (const types::Var* f : st->fields) {
      auto k = mapKeyKind(f->type);
      if (!k || *k != 0) return std::nullopt;  // strings/floats inside a key: no kind yet
    }
    return 0;
  }
  return std::nullopt;
}

}  // namespace

// Pushes the address of a zeroed frame temporary holding the key (padding stays zero, which
// byte-wise comparison of struct keys relies on).
void FuncLowerer::mapKey(const Expr* key, const types::Type* keyType) {
  auto size = static_cast<uint32_t>(types::sizeOf(keyType));
  uint32_t slot = frameSlot(size, 8);
  uint32_t a = newLocal(ValType::I32);
  framePtr();
  code_.i32Const(static_cast<int32_t>(slot));
  code_.op(Op::I32Add);
  code_.localTee(a);
  code_.i32Const(0);
  code_.i32Const(static_cast<int32_t>(size));
  code_.op(Op::MemoryFill);
  expr(key);
  conversion(typeOf(key), keyType, key->pos);
  storeAt(keyType, a);
  code_.localGet(a);
}

void FuncLowerer::makeMap(const types::Type* mapType, const Expr* hint, Pos at) {
  auto* mt = types::under(mapType)->as<types::Map>();
  auto kind = mapKeyKind(mt->key);
  if (!kind) {
    unsupported(at, "maps with key type " + types::typeString(mt->key));
    return;
  }
  code_.i32Const(static_cast<int32_t>(types::sizeOf(mt->key)));
  code_.i32Const(static_cast<int32_t>(types::sizeOf(mt->elem)));
  code_.i32Const(*kind);
  if (hint) {
    exprInt64(hint);
  } else {
    code_.i64Const(0);
  }
  callRuntime("makemap", at);
}

// m[k] as a value (commaOk: also the ok flag).
void FuncLowerer::mapIndex(const Index* ix, bool commaOk) {
  auto* mt = types::under(typeOf(ix->x))->as<types::Map>();
  expr(ix->x);
  mapKey(ix->indices[0], mt->key);
  callRuntime(commaOk ? "mapaccess2" : "mapaccess1", ix->pos);
  uint32_t ok = 0;
  if (commaOk) {
    ok = newLocal(ValType::I32);
    code_.localSet(ok);
  }
  load(mt->elem);
  if (isAggregate(mt->elem)) copyToTemp(mt->elem);
  if (commaOk) code_.localGet(ok);
}

// m[k] = value, with the value already on the stack (evaluated before the map is touched).
void FuncLowerer::mapStore(const Index* ix) {
  auto* mt = types::under(typeOf(ix->x))->as<types::Map>();
  uint32_t first = newLocals(mt->elem);
  popTo(mt->elem, first);
  uint32_t slot = newLocal(ValType::I32);
  expr(ix->x);
  mapKey(ix->indices[0], mt->key);
  callRuntime("mapassign", ix->pos);
  code_.localSet(slot);
  pushFrom(mt->elem, first);
  storeAt(mt->elem, slot);
}

bool FuncLowerer::isMapIndex(const Expr* e) const {
  while (auto* p = e->as<Paren>()) e = p->x;
  auto* ix = e->as<Index>();
  return ix && types::under(typeOf(ix->x))->as<types::Map>();
}

// for k, v := range m: the runtime's iterator lives in a frame slot.
void FuncLowerer::mapRange(
    const Range* s, const std::string& label,
    const std::function<void(uint32_t keyAddr, uint32_t elemAddr)>& assignIter) {
  const types::Object* sizeObj = prog_.program().runtime->scope->lookupLocal("mapIterSize");
  uint32_t iterSize = 32;
  if (auto* c = sizeObj ? sizeObj->as<types::Const>() : nullptr)
    iterSize = static_cast<uint32_t>(c->value.int64Val().value_or(32));
  uint32_t it = newLocal(ValType::I32), key = newLocal(ValType::I32), elem = newLocal(ValType::I32);
  uint32_t slot = frameSlot(iterSize, 8);
  framePtr();
  code_.i32Const(static_cast<int32_t>(slot));
  code_.op(Op::I32Add);
  code_.localSet(it);
  expr(s->x);
  code_.localGet(it);
  callRuntime("mapiterinit", s->pos);
  auto [breakDepth, loopDepth] = beginLoop();
  code_.localGet(it);
  code_.mem(Op::I32Load, 2, 0);
  code_.localTee(key);
  code_.op(Op::I32Eqz);
  code_.brIf(depthTo(breakDepth));
  code_.localGet(it);
  code_.mem(Op::I32Load, 2, 4);
  code_.localSet(elem);
  assignIter(key, elem);
  loopBody(s->body, label, breakDepth);
  code_.localGet(it);
  callRuntime("mapiternext", s->pos);
  endLoop({breakDepth, loopDepth});
}

}  // namespace gm::lower
