// Memory: where variables live, addresses of addressable expressions, loads and stores of every
// value representation, the shadow-stack frame, nil and bounds checks.
#include "lower/lower_impl.h"

namespace gm::lower {

using namespace syntax;
using types::BasicKind;
using wasm::Op;
using wasm::ValType;

namespace {

constexpr Leaf kWord{ValType::I32, Op::I32Load, Op::I32Store, 2, 0, "i32"};

// The memory access of a single-value type.
Leaf scalarLeaf(const types::Type* t) {
  if (auto* b = types::asBasic(t)) {
    switch (b->basic) {
      case BasicKind::Bool:
      case BasicKind::Uint8:
        return {ValType::I32, Op::I32Load8U, Op::I32Store8, 0, 0, "u8"};
      case BasicKind::Int8:
        return {ValType::I32, Op::I32Load8S, Op::I32Store8, 0, 0, "i8"};
      case BasicKind::Int16:
        return {ValType::I32, Op::I32Load16S, Op::I32Store16, 1, 0, "i16"};
      case BasicKind::Uint16:
        return {ValType::I32, Op::I32Load16U, Op::I32Store16, 1, 0, "u16"};
      case BasicKind::Int64:
      case BasicKind::Uint64:
      case BasicKind::Int:
      case BasicKind::Uint:
        return {ValType::I64, Op::I64Load, Op::I64Store, 3, 0, "i64"};
      case BasicKind::Float32:
        return {ValType::F32, Op::F32Load, Op::F32Store, 2, 0, "f32"};
      case BasicKind::Float64:
        return {ValType::F64, Op::F64Load, Op::F64Store, 3, 0, "f64"};
      default:
        break;
    }
  }
  return kWord;
}

void appendLeaves(const types::Type* t, uint32_t base, std::vector<Leaf>& out) {
  if (auto* st = types::under(t)->as<types::Struct>()) {
    auto offs = types::fieldOffsets(st);
    for (size_t i = 0; i < st->fields.size(); ++i)
      appendLeaves(st->fields[i]->type, base + static_cast<uint32_t>(offs[i]), out);
    return;
  }
  auto n = wasmTypes(t).size();
  if (n == 1) {
    Leaf l = scalarLeaf(t);
    l.offset = base;
    out.push_back(l);
    return;
  }
  for (uint32_t i = 0; i < n; ++i) {  // string, slice, interface: consecutive words
    Leaf l = kWord;
    l.offset = base + 4 * i;
    out.push_back(l);
  }
}

}  // namespace

bool isFlatStruct(const types::Type* t) {
  auto* st = types::under(t)->as<types::Struct>();
  if (!st || st->fields.empty()) return false;
  size_t n = 0;
  for (auto* f : st->fields) {
    auto k = types::under(f->type)->kind;
    if (k == types::TypeKind::Array || (k == types::TypeKind::Struct && !isFlatStruct(f->type)))
      return false;
    size_t fn = wasmTypes(f->type).size();
    if (fn == 0) return false;
    n += fn;
  }
  return n <= kMaxFlatValues;
}

bool isAggregate(const types::Type* t) {
  auto k = types::under(t)->kind;
  return k == types::TypeKind::Array || (k == types::TypeKind::Struct && !isFlatStruct(t));
}

std::vector<Leaf> leaves(const types::Type* t) {
  std::vector<Leaf> out;
  appendLeaves(t, 0, out);
  return out;
}

uint32_t FuncLowerer::newLocal(ValType t, std::string name) {
  out_.locals.push_back(t);
  uint32_t idx = nparams_ + static_cast<uint32_t>(out_.locals.size()) - 1;
  if (!name.empty()) {
    if (out_.localNames.size() <= idx) out_.localNames.resize(idx + 1);
    out_.localNames[idx] = std::move(name);
  }
  return idx;
}

uint32_t FuncLowerer::newLocals(const types::Type* t, const std::string& name) {
  auto vts = wasmTypes(t);
  uint32_t first = 0;
  for (size_t i = 0; i < vts.size(); ++i) {
    uint32_t idx = newLocal(vts[i], i == 0 ? name : std::string());
    if (i == 0) first = idx;
  }
  if (!hasPointers(t)) markScalar(first, static_cast<uint32_t>(vts.size()));
  return first;
}

void FuncLowerer::markScalar(uint32_t first, uint32_t n) {
  if (out_.scalar.size() < first + n) out_.scalar.resize(first + n, false);
  for (uint32_t i = first; i < first + n; ++i) out_.scalar[i] = true;
}

void FuncLowerer::popTo(const types::Type* t, uint32_t first) {
  auto n = static_cast<uint32_t>(wasmTypes(t).size());
  for (uint32_t i = n; i-- > 0;) code_.localSet(first + i);
}

std::vector<uint32_t> FuncLowerer::popValues(const std::vector<const types::Type*>& ts) {
  std::vector<uint32_t> firsts;
  for (const types::Type* t : ts) firsts.push_back(newLocals(t));
  for (size_t i = ts.size(); i-- > 0;) popTo(ts[i], firsts[i]);
  return firsts;
}

void FuncLowerer::pushFrom(const types::Type* t, uint32_t first) {
  auto n = static_cast<uint32_t>(wasmTypes(t).size());
  for (uint32_t i = 0; i < n; ++i) code_.localGet(first + i);
}

// ---- the frame ---------------------------------------------------------------------------

uint32_t FuncLowerer::frameSlot(uint32_t size, uint32_t align) {
  if (!fp_) fp_ = newLocal(ValType::I32, "fp");
  prog_.useMemory();
  align = std::max<uint32_t>(align, 1);
  frameSize_ = (frameSize_ + align - 1) / align * align;
  uint32_t off = frameSize_;
  frameSize_ += std::max<uint32_t>(size, 1);
  return off;
}

void FuncLowerer::framePtr() {
  if (!fp_) fp_ = newLocal(ValType::I32, "fp");
  code_.localGet(*fp_);
}

// sp += frame size. Emitted before every return; dropped by finishFrame if there is no frame.
void FuncLowerer::epilogue() {
  code_.localGet(0);  // fp, patched by finishFrame (there may be no frame at all)
  frameOps_.push_back(code_.list().size() - 1);
  fpPatches_.push_back(code_.list().size() - 1);
  code_.i32Const(0);
  frameOps_.push_back(code_.list().size() - 1);
  frameSizePatches_.push_back(code_.list().size() - 1);
  code_.op(Op::I32Add);
  frameOps_.push_back(code_.list().size() - 1);
  code_.globalSet(0);  // the stack pointer global, patched by finishFrame
  frameOps_.push_back(code_.list().size() - 1);
  spPatches_.push_back(code_.list().size() - 1);
}

// Hands the frame to the program: its final size (and the prologue) is known only once the whole
// module is lowered and the collector's spill area is added (frames.cpp).
void FuncLowerer::finishFrame() {
  if (frameSize_ > 0) prog_.runtimeFunc("panicStackOverflow", fn_ ? fn_->pos : Pos{});
  prog_.addFrame({&out_, frameSize_, fp_, std::move(frameOps_), std::move(frameSizePatches_),
                  std::move(spPatches_), std::move(fpPatches_)});
}

void FuncLowerer::heapAlloc(uint32_t size, Pos at, const types::Type* contents,
                            const std::string& what) {
  code_.i32Const(static_cast<int32_t>(size));
  callAllocating(contents && !hasPointers(contents) ? "allocNoscan" : "alloc", at, what);
}

void FuncLowerer::callAllocating(const std::string& name, Pos at, const std::string& what) {
  wasm::FuncId f = prog_.runtimeFunc(name, at);
  allocSite(at, f, what);
  code_.call(f);
}

bool hasPointers(const types::Type* t) {
  const types::Type* u = types::under(t);
  if (auto* b = types::asBasic(u))
    return b->basic == BasicKind::String || b->basic == BasicKind::UnsafePointer ||
           b->basic == BasicKind::UntypedNil;
  if (auto* a = u->as<types::Array>()) return a->len > 0 && hasPointers(a->elem);
  if (auto* st = u->as<types::Struct>()) {
    for (auto* f : st->fields)
      if (hasPointers(f->type)) return true;
    return false;
  }
  return true;  // pointers, slices, maps, channels, functions, interfaces
}

// ---- variables ---------------------------------------------------------------------------

const Storage& FuncLowerer::storage(const types::Var* v, Pos at) {
  if (auto it = vars_.find(v); it != vars_.end()) return it->second;
  defineVar(v, at);
  return vars_[v];
}

// A variable whose address is taken (or that a closure captures) lives in a fresh heap cell
// per declaration, which is also what gives Go 1.22 loops their per-iteration variables.
void FuncLowerer::defineVar(const types::Var* v, Pos at) {
  if (v->isGlobal) {
    vars_[v] = {Storage::Global, 0, prog_.globalAddress(v)};
    return;
  }
  auto vts = wasmTypes(v->type);
  if (vts.empty()) {
    unsupported(at, "variables of type " + types::typeString(v->type));
    vars_[v] = {Storage::Locals, newLocal(ValType::I32), 0};
    return;
  }
  uint32_t size = static_cast<uint32_t>(types::sizeOf(v->type));
  if (v->addressTaken || v->captured) {
    auto it = vars_.find(v);
    uint32_t cell = it != vars_.end() ? it->second.local : newLocal(ValType::I32, v->name);
    heapAlloc(size, at, v->type, ("variable " + v->name + " (moved to the heap)").c_str());
    code_.localSet(cell);
    vars_[v] = {Storage::Heap, cell, 0};
    return;
  }
  if (isAggregate(v->type)) {
    if (vars_.find(v) == vars_.end())
      vars_[v] = {Storage::Frame, 0,
                  frameSlot(size, static_cast<uint32_t>(types::alignOf(v->type)))};
    return;
  }
  if (vars_.find(v) == vars_.end()) vars_[v] = {Storage::Locals, newLocals(v->type, v->name), 0};
}

void FuncLowerer::varAddr(const types::Var* v, Pos at) {
  const Storage& s = storage(v, at);
  switch (s.kind) {
    case Storage::Frame:
      framePtr();
      if (s.offset) {
        code_.i32Const(static_cast<int32_t>(s.offset));
        code_.op(Op::I32Add);
      }
      return;
    case Storage::Heap:
      code_.localGet(s.local);
      return;
    case Storage::Global:
      code_.i32Const(static_cast<int32_t>(s.offset));
      return;
    case Storage::Locals:
      unsupported(at, "taking the address of a register variable");
      return;
  }
}

void FuncLowerer::loadVar(const types::Var* v, Pos at) {
  const Storage& s = storage(v, at);
  if (s.kind == Storage::Locals) {
    pushFrom(v->type, s.local);
    return;
  }
  varAddr(v, at);
  load(v->type);
}

void FuncLowerer::storeVar(const types::Var* v, Pos at) {
  const Storage& s = storage(v, at);
  if (s.kind == Storage::Locals) {
    popTo(v->type, s.local);
    return;
  }
  uint32_t a = newLocal(ValType::I32);
  varAddr(v, at);
  code_.localSet(a);
  storeAt(v->type, a);
}

// ---- loads and stores --------------------------------------------------------------------

void FuncLowerer::load(const types::Type* t, uint32_t offset) {
  prog_.useMemory();
  if (isAggregate(t)) {
    if (offset) {
      code_.i32Const(static_cast<int32_t>(offset));
      code_.op(Op::I32Add);
    }
    return;
  }
  auto ls = leaves(t);
  if (ls.size() == 1) {
    code_.mem(ls[0].load, ls[0].alignLog2, offset + ls[0].offset);
    return;
  }
  uint32_t a = newLocal(ValType::I32);
  code_.localSet(a);
  loadLeaves(code_, a, t, offset);
}

void loadLeaves(wasm::Code& code, uint32_t addrLocal, const types::Type* t, uint32_t offset) {
  for (const Leaf& l : leaves(t)) {
    code.localGet(addrLocal);
    code.mem(l.load, l.alignLog2, offset + l.offset);
  }
}

void FuncLowerer::storeAt(const types::Type* t, uint32_t addrLocal, uint32_t offset) {
  prog_.useMemory();
  if (isAggregate(t)) {
    uint32_t src = newLocal(ValType::I32);
    code_.localSet(src);
    code_.localGet(addrLocal);
    if (offset) {
      code_.i32Const(static_cast<int32_t>(offset));
      code_.op(Op::I32Add);
    }
    code_.localGet(src);
    memCopy(static_cast<uint32_t>(types::sizeOf(t)));
    return;
  }
  auto ls = leaves(t);
  uint32_t first = newLocals(t);
  popTo(t, first);
  for (uint32_t i = 0; i < ls.size(); ++i) {
    code_.localGet(addrLocal);
    code_.localGet(first + i);
    code_.mem(ls[i].store, ls[i].alignLog2, offset + ls[i].offset);
  }
}

void FuncLowerer::spill(const types::Type* t) {
  uint32_t slot =
      frameSlot(static_cast<uint32_t>(types::sizeOf(t)), static_cast<uint32_t>(types::alignOf(t)));
  uint32_t a = newLocal(ValType::I32);
  framePtr();
  code_.i32Const(static_cast<int32_t>(slot));
  code_.op(Op::I32Add);
  code_.localSet(a);
  storeAt(t, a);
  code_.localGet(a);
}

// The leaf index of the field at `path` inside flat struct type t; t becomes the field's type.
static uint32_t flatFieldLeaf(const types::Type*& t, const std::vector<int>& path) {
  uint32_t leaf = 0;
  for (int idx : path) {
    auto* st = types::under(t)->as<types::Struct>();
    for (int k = 0; k < idx; ++k)
      leaf += static_cast<uint32_t>(wasmTypes(st->fields[k]->type).size());
    t = st->fields[idx]->type;
  }
  return leaf;
}

void FuncLowerer::extractField(const types::Type* base, const std::vector<int>& path) {
  uint32_t first = newLocals(base);
  popTo(base, first);
  const types::Type* t = base;
  uint32_t leaf = flatFieldLeaf(t, path);
  pushFrom(t, first + leaf);
}

bool FuncLowerer::localLeaves(const Expr* e, uint32_t* first) {
  while (auto* p = e->as<Paren>()) e = p->x;
  if (auto* n = e->as<Name>()) {
    auto* v = prog_.info().objectOf(n) ? prog_.info().objectOf(n)->as<types::Var>() : nullptr;
    if (!v || v->isGlobal || v->addressTaken || v->captured || !isFlatStruct(v->type)) return false;
    const Storage& s = storage(v, n->pos);
    *first = s.local;
    return s.kind == Storage::Locals;
  }
  auto* s = e->as<Selector>();
  if (!s) return false;
  auto it = prog_.info().selections.find(s);
  if (it == prog_.info().selections.end() || it->second.kind != types::Selection::FieldVal ||
      it->second.indirect || !localLeaves(s->x, first))
    return false;
  const types::Type* t = typeOf(s->x);
  *first += flatFieldLeaf(t, it->second.path);
  return true;
}

void FuncLowerer::memCopy(uint32_t size) {
  code_.i32Const(static_cast<int32_t>(size));
  code_.op(Op::MemoryCopy);
}

void FuncLowerer::copyToTemp(const types::Type* t) {
  uint32_t size = static_cast<uint32_t>(types::sizeOf(t));
  uint32_t slot = frameSlot(size, static_cast<uint32_t>(types::alignOf(t)));
  uint32_t src = newLocal(ValType::I32);
  code_.localSet(src);
  framePtr();
  code_.i32Const(static_cast<int32_t>(slot));
  code_.op(Op::I32Add);
  code_.localGet(src);
  memCopy(size);
  framePtr();
  code_.i32Const(static_cast<int32_t>(slot));
  code_.op(Op::I32Add);
}

void FuncLowerer::nilCheck() {
  uint32_t p = newLocal(ValType::I32);
  code_.localTee(p);
  code_.op(Op::I32Eqz);
  code_.if_();
  code_.call(prog_.runtimeFunc("panicNil", {}));
  code_.end();
  code_.localGet(p);
}

// Panics unless 0 <= index < len; index is an i64 local, len an i32 local.
void FuncLowerer::boundsCheck(uint32_t index, uint32_t len, const char* panicFn, Pos at) {
  code_.localGet(index);
  code_.localGet(len);
  code_.op(Op::I64ExtendI32U);
  code_.op(Op::I64GeU);
  code_.if_();
  code_.localGet(index);
  code_.localGet(len);
  code_.op(Op::I64ExtendI32U);
  code_.call(prog_.runtimeFunc(panicFn, at));
  code_.end();
}

// ---- addresses ---------------------------------------------------------------------------

bool FuncLowerer::inMemory(const Expr* e) const {
  while (auto* p = e->as<Paren>()) e = p->x;
  if (auto* n = e->as<Name>()) {
    auto* v = prog_.info().objectOf(n) ? prog_.info().objectOf(n)->as<types::Var>() : nullptr;
    if (!v) return false;
    if (v->isGlobal || v->addressTaken || v->captured || isAggregate(v->type)) return true;
    return false;
  }
  if (auto* u = e->as<Unary>()) return u->op == syntax::Op::Mul;
  if (auto* s = e->as<Selector>()) {
    auto it = prog_.info().selections.find(s);
    if (it == prog_.info().selections.end() || it->second.kind != types::Selection::FieldVal)
      return false;
    return it->second.indirect || inMemory(s->x) || isAggregate(typeOf(s->x));
  }
  if (auto* ix = e->as<syntax::Index>()) {
    const types::Type* bt = types::under(typeOf(ix->x));
    if (bt->as<types::Slice>() || bt->as<types::Pointer>()) return true;
    if (bt->as<types::Array>()) return true;  // arrays are aggregates: always in memory
    return false;
  }
  if (e->kind == Kind::CompositeLit || e->kind == Kind::Call) return isAggregate(typeOf(e));
  return false;
}

void FuncLowerer::addr(const Expr* e) {
  prog_.useMemory();
  while (auto* p = e->as<Paren>()) e = p->x;
  if (auto* n = e->as<Name>()) {
    auto* v = prog_.info().objectOf(n) ? prog_.info().objectOf(n)->as<types::Var>() : nullptr;
    if (v) {
      varAddr(v, n->pos);
      return;
    }
  }
  if (auto* u = e->as<Unary>(); u && u->op == syntax::Op::Mul) {
    expr(u->x);
    nilCheck();
    return;
  }
  if (auto* s = e->as<Selector>()) {
    auto it = prog_.info().selections.find(s);
    if (it != prog_.info().selections.end() && it->second.kind == types::Selection::FieldVal) {
      fieldAddr(s->x, it->second, s->sel->pos);
      return;
    }
    auto* obj = prog_.info().objectOf(s->sel);
    if (auto* v = obj && it == prog_.info().selections.end() ? obj->as<types::Var>() : nullptr) {
      varAddr(v, s->sel->pos);  // pkg.V
      return;
    }
  }
  if (auto* ix = e->as<syntax::Index>()) {
    elemAddr(ix);
    return;
  }
  if (isAggregate(typeOf(e))) {  // a composite literal or call result: already a fresh copy
    expr(e);
    return;
  }
  if (isFlatStruct(typeOf(e))) {
    expr(e);
    spill(typeOf(e));
    return;
  }
  unsupported(types::startPos(e), "taking the address of this expression");
}

// base.f through the selection's path of (possibly embedded, possibly pointer) fields.
void FuncLowerer::fieldAddr(const Expr* base, const types::Selection& sel, Pos at) {
  const types::Type* t = typeOf(base);
  if (auto* p = types::under(t)->as<types::Pointer>()) {
    expr(base);
    nilCheck();
    t = p->elem;
  } else if (inMemory(base) || isAggregate(t)) {
    if (isAggregate(t))
      expr(base);
    else
      addr(base);
  } else if (isFlatStruct(t)) {  // a flat value in locals, needed in memory (an embedded pointer)
    expr(base);
    spill(t);
  } else {
    unsupported(at, "selecting a field of this operand");
    return;
  }
  uint32_t off = 0;
  for (size_t i = 0; i < sel.path.size(); ++i) {
    auto* st = types::under(t)->as<types::Struct>();
    int idx = sel.path[i];
    off += static_cast<uint32_t>(types::fieldOffsets(st)[idx]);
    const types::Type* ft = st->fields[idx]->type;
    if (i + 1 < sel.path.size()) {
      if (auto* p = types::under(ft)->as<types::Pointer>()) {
        // An embedded pointer: load it, nil-check, continue from its target.
        if (off) {
          code_.i32Const(static_cast<int32_t>(off));
          code_.op(Op::I32Add);
        }
        code_.mem(Op::I32Load, 2, 0);
        nilCheck();
        off = 0;
        t = p->elem;
        continue;
      }
    }
    t = ft;
  }
  if (off) {
    code_.i32Const(static_cast<int32_t>(off));
    code_.op(Op::I32Add);
  }
}

// &x[i] for arrays (in memory), pointers to arrays, slices and strings, with Go's bounds check.
void FuncLowerer::elemAddr(const Index* ix) {
  const types::Type* bt = types::under(typeOf(ix->x));
  uint32_t size = 1;  // strings: bytes
  uint32_t base = newLocal(ValType::I32), len = newLocal(ValType::I32);
  if (auto* a = bt->as<types::Array>()) {
    size = static_cast<uint32_t>(types::sizeOf(a->elem));
    expr(ix->x);  // an array value is its address: in place, or a copy (a map element, a result)
    code_.localSet(base);
    code_.i32Const(static_cast<int32_t>(a->len));
    code_.localSet(len);
  } else if (auto* p = bt->as<types::Pointer>()) {
    auto* a = types::under(p->elem)->as<types::Array>();
    size = static_cast<uint32_t>(types::sizeOf(a->elem));
    expr(ix->x);
    nilCheck();
    code_.localSet(base);
    code_.i32Const(static_cast<int32_t>(a->len));
    code_.localSet(len);
  } else if (auto* s = bt->as<types::Slice>()) {
    size = static_cast<uint32_t>(types::sizeOf(s->elem));
    expr(ix->x);
    code_.op(Op::Drop);  // cap
    code_.localSet(len);
    code_.localSet(base);
  } else if (types::isString(bt)) {
    expr(ix->x);
    code_.localSet(len);
    code_.localSet(base);
  } else {
    unsupported(ix->pos, "indexing this type");
    return;
  }
  uint32_t i = newLocal(ValType::I64);
  exprInt64(ix->indices[0]);
  code_.localSet(i);
  boundsCheck(i, len, "panicIndex", ix->pos);
  code_.localGet(base);
  code_.localGet(i);
  code_.op(Op::I32WrapI64);
  if (size != 1) {
    code_.i32Const(static_cast<int32_t>(size));
    code_.op(Op::I32Mul);
  }
  code_.op(Op::I32Add);
}

void FuncLowerer::storeTo(const Expr* lhs) {
  while (auto* p = lhs->as<Paren>()) lhs = p->x;
  const types::Type* t = typeOf(lhs);
  if (isMapIndex(lhs)) {
    mapStore(lhs->as<Index>());
    return;
  }
  if (auto* n = lhs->as<Name>()) {
    if (n->value == "_") {
      for (size_t i = 0; i < wasmTypes(t).size(); ++i) code_.op(Op::Drop);
      return;
    }
    auto* obj = prog_.info().objectOf(n);
    if (auto* v = obj ? obj->as<types::Var>() : nullptr) {
      storeVar(v, n->pos);
      return;
    }
  }
  if (uint32_t first = 0; localLeaves(lhs, &first)) {
    popTo(t, first);
    return;
  }
  // Values are on the stack; compute the address after them, then store.
  uint32_t first = newLocals(t);
  popTo(t, first);
  uint32_t a = newLocal(ValType::I32);
  addr(lhs);
  code_.localSet(a);
  pushFrom(t, first);
  storeAt(t, a);
}

}  // namespace gm::lower
