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
constexpr int32_t kKeyMemory = 0, kKeyCustom = 4;
std::optional<int32_t> mapKeyKind(const types::Type* t) {
  const types::Type* u = types::under(t);
  if (auto* b = u->as<types::Basic>()) {
    if (b->basic == BasicKind::String) return 1;
    if (b->basic == BasicKind::Float32) return 2;
    if (b->basic == BasicKind::Float64) return 3;
    return kKeyMemory;
  }
  if (u->as<types::Pointer>() || u->as<types::Chan>()) return kKeyMemory;
  if (u->as<types::Interface>()) return kKeyCustom;
  auto composite = [](std::vector<const types::Type*> parts) -> std::optional<int32_t> {
    int32_t kind = kKeyMemory;
    for (const types::Type* p : parts) {
      auto k = mapKeyKind(p);
      if (!k) return std::nullopt;
      if (*k != kKeyMemory) kind = kKeyCustom;  // bytes alone no longer decide equality
    }
    return kind;
  };
  if (auto* a = u->as<types::Array>()) return composite({a->elem});
  if (auto* st = u->as<types::Struct>()) {
    std::vector<const types::Type*> parts;
    auto offs = types::fieldOffsets(st);
    int64_t end = 0;
    bool padded = false;
    for (size_t i = 0; i < st->fields.size(); ++i) {
      const types::Var* f = st->fields[i];
      // A blank field takes no part in ==, so its bytes must not either.
      if (f->name == "_") return kKeyCustom;
      padded = padded || offs[i] != end;
      end = offs[i] + types::sizeOf(f->type);
      parts.push_back(f->type);
    }
    auto kind = composite(parts);
    // Padding bytes may hold anything (a key copied from memory written through unsafe).
    if (kind && (padded || end != types::sizeOf(u))) return kKeyCustom;
    return kind;
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

// Whether hashing a key of type t can panic (an interface holding an unhashable value).
static bool hashMightPanic(const types::Type* t) {
  const types::Type* u = types::under(t);
  if (u->as<types::Interface>()) return true;
  if (auto* a = u->as<types::Array>()) return hashMightPanic(a->elem);
  if (auto* st = u->as<types::Struct>())
    for (const types::Var* f : st->fields)
      if (hashMightPanic(f->type)) return true;
  return false;
}

// [m, key address] → a lookup or delete. Go hashes the key even when the map is nil or empty,
// so an unhashable key panics there too: a nil map has no table to ask, so the key type's hash
// function is passed along (map.go: mapHashNil).
void FuncLowerer::mapLookupCall(const char* fn, const types::Type* keyType, Pos at) {
  if (hashMightPanic(keyType)) {
    uint32_t m = newLocal(ValType::I32), key = newLocal(ValType::I32);
    code_.localSet(key);
    code_.localTee(m);
    code_.localGet(key);
    code_.i32Const(static_cast<int32_t>(prog_.keyFunctions(keyType).first));
    callRuntime("mapHashNil", at);
    code_.localGet(m);
    code_.localGet(key);
  }
  callRuntime(fn, at);
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
  if (*kind == kKeyCustom) {
    auto [hash, equal] = prog_.keyFunctions(mt->key);
    uint32_t m = newLocal(ValType::I32);
    code_.localTee(m);
    code_.i32Const(static_cast<int32_t>(hash));
    code_.i32Const(static_cast<int32_t>(equal));
    callRuntime("mapSetKeyFuncs", at);
    code_.localGet(m);
  }
}

// ---- generated hash and equality of keys the runtime cannot compare byte-wise -------------

std::pair<uint32_t, uint32_t> ProgramLowerer::keyFunctions(const types::Type* key) {
  if (auto it = keyFuncs_.find(key); it != keyFuncs_.end()) return it->second;
  std::string name = types::typeString(key, prog_.pkg);
  wasm::FuncId hash =
      mod_.declareFunction("hash." + name, {{ValType::I32, ValType::I32}, {ValType::I32}});
  wasm::FuncId equal = mod_.declareFunction(
      "equal." + name, {{ValType::I32, ValType::I32, ValType::I32}, {ValType::I32}});
  // In sequence: the order of function arguments' evaluation is unspecified, and the output must
  // not depend on the C++ compiler that built this one.
  uint32_t hashClosure = closureOf(hash);
  uint32_t equalClosure = closureOf(equal);
  std::pair<uint32_t, uint32_t> closures{hashClosure, equalClosure};
  keyFuncs_[key] = closures;
  FuncLowerer(*this, mod_.function(hash)).lowerKeyHash(key);
  FuncLowerer(*this, mod_.function(equal)).lowerKeyEqual(key);
  return closures;
}

// (closure, key address) → uint32: equal keys (Go's ==) hash alike.
void FuncLowerer::lowerKeyHash(const types::Type* key) {
  nparams_ = 2;
  uint32_t acc = newLocal(ValType::I64);
  code_.i64Const(0);
  code_.localSet(acc);
  hashInto(key, 1, 0, acc);
  code_.localGet(acc);
  callRuntime("hashFinish", {});
  epilogue();
  finishFrame();
}

// (closure, a, b) → a == b.
void FuncLowerer::lowerKeyEqual(const types::Type* key) {
  nparams_ = 3;
  code_.localGet(1);
  load(key);
  code_.localGet(2);
  load(key);
  compare(syntax::Op::Eql, key, {});
  epilogue();
  finishFrame();
}

// acc = hashMix(acc, h) for every part of the value of type t at addr + off.
void FuncLowerer::hashInto(const types::Type* t, uint32_t addr, uint32_t off, uint32_t acc) {
  const types::Type* u = types::under(t);
  auto mix = [&]() {  // the part's 64-bit hash is on the stack
    uint32_t part = newLocal(ValType::I64);
    code_.localSet(part);
    code_.localGet(acc);
    code_.localGet(part);
    callRuntime("hashMix", {});
    code_.localSet(acc);
  };
  if (auto* st = u->as<types::Struct>()) {
    auto offs = types::fieldOffsets(st);
    for (size_t i = 0; i < st->fields.size(); ++i)
      if (st->fields[i]->name != "_")
        hashInto(st->fields[i]->type, addr, off + static_cast<uint32_t>(offs[i]), acc);
    return;
  }
  if (auto* a = u->as<types::Array>()) {
    auto size = static_cast<uint32_t>(types::sizeOf(a->elem));
    if (a->len > 64) {
      unsupported({}, "map keys with arrays longer than 64 elements");
      return;
    }
    for (int64_t i = 0; i < a->len; ++i)
      hashInto(a->elem, addr, off + static_cast<uint32_t>(i) * size, acc);
    return;
  }
  code_.localGet(addr);
  if (types::isString(u)) {
    load(t, off);
    callRuntime("strhash", {});
    code_.op(Op::I64ExtendI32U);
  } else if (types::isFloat(u)) {
    load(t, off);
    if (valType(t) == ValType::F32) code_.op(Op::F64PromoteF32);
    callRuntime("f64hash", {});
    code_.op(Op::I64ExtendI32U);
  } else if (u->as<types::Interface>()) {
    load(t, off);
    code_.call(prog_.hashDispatch());
    code_.op(Op::I64ExtendI32U);
  } else {
    load(t, off);
    widenToI64(t);
  }
  mix();
}

// m[k] as a value (commaOk: also the ok flag).
void FuncLowerer::mapIndex(const Index* ix, bool commaOk) {
  auto* mt = types::under(typeOf(ix->x))->as<types::Map>();
  expr(ix->x);
  mapKey(ix->indices[0], mt->key);
  mapLookupCall(commaOk ? "mapaccess2" : "mapaccess1", mt->key, ix->pos);
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

// m[k] op= v and m[k]++: m and k evaluated once; update turns the old value into the new one.
void FuncLowerer::mapUpdate(const Expr* lhs, const std::function<void()>& update) {
  while (auto* p = lhs->as<Paren>()) lhs = p->x;
  auto* ix = lhs->as<Index>();
  auto* mt = types::under(typeOf(ix->x))->as<types::Map>();
  uint32_t m = newLocal(ValType::I32), key = newLocal(ValType::I32), slot = newLocal(ValType::I32);
  expr(ix->x);
  code_.localSet(m);
  mapKey(ix->indices[0], mt->key);
  code_.localSet(key);
  code_.localGet(m);
  code_.localGet(key);
  mapLookupCall("mapaccess1", mt->key, ix->pos);
  load(mt->elem);
  update();
  uint32_t first = newLocals(mt->elem);
  popTo(mt->elem, first);
  code_.localGet(m);
  code_.localGet(key);
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
