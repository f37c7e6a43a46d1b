// Expression lowering: constants, operators with Go's integer semantics, calls, conversions.
#include "lower/lower_impl.h"

namespace gm::lower {

using namespace syntax;
using types::BasicKind;
using wasm::Op;
using wasm::ValType;

namespace {

// Width in bits of a sized integer below 32, else 0.
int narrowBits(const types::Type* t, bool* isSigned) {
  auto* b = types::asBasic(t);
  if (!b) return 0;
  switch (b->basic) {
    case BasicKind::Int8:
      *isSigned = true;
      return 8;
    case BasicKind::Int16:
      *isSigned = true;
      return 16;
    case BasicKind::Uint8:
      *isSigned = false;
      return 8;
    case BasicKind::Uint16:
      *isSigned = false;
      return 16;
    default:
      return 0;
  }
}

}  // namespace

void FuncLowerer::expr(const Expr* e) {
  const types::TypeAndValue* info = tv(e);
  if (!info) {
    unsupported(e->pos, "this expression");
    return;
  }
  if (info->mode == types::Mode::Constant) {
    constant(info->type, info->value, types::startPos(e));
    return;
  }
  if (types::isUntypedNil(info->type)) {
    code_.i32Const(0);
    return;
  }
  switch (e->kind) {
    case Kind::Paren:
      expr(e->as<Paren>()->x);
      return;
    case Kind::Name: {
      auto* obj = prog_.info().objectOf(e->as<Name>());
      if (auto* v = obj ? obj->as<types::Var>() : nullptr) {
        loadVar(v, e->pos);
        return;
      }
      if (obj && obj->as<types::Nil>()) {  // nil converted to a pointer, slice, … type
        zeroValue(info->type);
        return;
      }
      if (auto* f = obj ? obj->as<types::Func>() : nullptr) {  // a function as a value
        code_.i32Const(static_cast<int32_t>(prog_.staticClosure(f)));
        return;
      }
      unsupported(e->pos, "using " + e->as<Name>()->value + " as a value");
      return;
    }
    case Kind::Binary:
      binary(e->as<Binary>());
      return;
    case Kind::Unary:
      unary(e->as<Unary>());
      return;
    case Kind::Call:
      call(e->as<Call>());
      return;
    case Kind::CompositeLit:
      compositeLit(e->as<CompositeLit>(), info->type);
      return;
    case Kind::FuncLit:
      funcLit(e->as<FuncLit>());
      return;
    case Kind::TypeAssert:
      typeAssert(e->as<TypeAssert>(), false);
      return;
    case Kind::Slice:
      sliceExpr(e->as<syntax::Slice>());
      return;
    case Kind::Index:
      if (const types::Func* f = prog_.calleeFunc(e)) {  // an instance of a generic function
        code_.i32Const(static_cast<int32_t>(prog_.staticClosure(f)));
        return;
      }
      indexValue(e->as<syntax::Index>());
      return;
    case Kind::Selector: {
      auto* s = e->as<Selector>();
      auto it = prog_.info().selections.find(s);
      if (it != prog_.info().selections.end()) {
        switch (it->second.kind) {
          case types::Selection::FieldVal: {
            uint32_t first = 0;
            if (localLeaves(e, &first)) {
              pushFrom(info->type, first);
            } else if (inMemory(e)) {
              fieldAddr(s->x, it->second, s->sel->pos);
              load(info->type);
            } else {  // a field of a flat struct value (a call result, a literal)
              expr(s->x);
              extractField(typeOf(s->x), it->second.path);
            }
            return;
          }
          case types::Selection::MethodVal:
            methodValue(s, it->second);
            return;
          case types::Selection::MethodExpr: {
            auto* m = it->second.obj->as<types::Func>();
            bool viaPointer = types::under(it->second.recv)->as<types::Pointer>() != nullptr;
            if (!it->second.path.empty() || m->isInterfaceMethod) {  // I.M, Outer.M (promoted)
              code_.i32Const(static_cast<int32_t>(prog_.methodExprClosure(it->second, s->pos)));
              return;
            }
            if (m->pointerRecv == viaPointer) {
              code_.i32Const(static_cast<int32_t>(prog_.staticClosure(m)));
            } else {  // (*T).M for a value method: the code dereferences the receiver first
              code_.i32Const(static_cast<int32_t>(prog_.staticClosure(m, true)));
            }
            return;
          }
        }
      } else if (auto* v = prog_.info().objectOf(s->sel)
                               ? prog_.info().objectOf(s->sel)->as<types::Var>()
                               : nullptr) {
        loadVar(v, s->sel->pos);  // pkg.V
        return;
      } else if (auto* f = prog_.info().objectOf(s->sel)
                               ? prog_.info().objectOf(s->sel)->as<types::Func>()
                               : nullptr) {
        code_.i32Const(static_cast<int32_t>(prog_.staticClosure(f)));  // pkg.F as a value
        return;
      }
      unsupported(types::startPos(e), "this selector expression");
      return;
    }
    default:
      unsupported(types::startPos(e), "this expression");
      return;
  }
}

void FuncLowerer::widenToI64(const types::Type* t) {
  if (valType(t) == ValType::I32)
    code_.op(types::isUnsigned(t) ? Op::I64ExtendI32U : Op::I64ExtendI32S);
}

void FuncLowerer::exprInt64(const Expr* e) {
  expr(e);
  widenToI64(typeOf(e));
}

void FuncLowerer::indexValue(const syntax::Index* ix) {
  const types::Type* bt = types::under(typeOf(ix->x));
  if (bt->as<types::Map>()) {
    mapIndex(ix, false);
    return;
  }
  elemAddr(ix);
  if (types::isString(bt))
    code_.mem(Op::I32Load8U, 0, 0);  // a byte
  else
    load(typeOf(ix));
}

void FuncLowerer::constant(const types::Type* t, const gm::constant::Value& v, Pos at) {
  auto* b = types::asBasic(t);
  if (!b) {
    unsupported(at, "constants of type " + types::typeString(t));
    return;
  }
  switch (b->basic) {
    case BasicKind::Bool:
    case BasicKind::UntypedBool:
      code_.i32Const(v.boolVal() ? 1 : 0);
      return;
    case BasicKind::Float32:
      code_.f32Const(v.float32Val());
      return;
    case BasicKind::Float64:
    case BasicKind::UntypedFloat:
      code_.f64Const(v.float64Val());
      return;
    case BasicKind::String:
    case BasicKind::UntypedString: {
      const std::string& s = v.stringVal();
      code_.i32Const(s.empty() ? 0 : static_cast<int32_t>(prog_.stringData(s)));
      code_.i32Const(static_cast<int32_t>(s.size()));
      return;
    }
    default:
      break;
  }
  auto iv = v.toInt();
  int64_t bits = 0;
  if (iv) {
    if (auto s = iv->int64Val())
      bits = *s;
    else if (auto u = iv->uint64Val())
      bits = static_cast<int64_t>(*u);
  }
  if (valType(t) == ValType::I64 || b->basic == BasicKind::UntypedInt ||
      b->basic == BasicKind::UntypedRune)
    code_.i64Const(bits);
  else
    code_.i32Const(static_cast<int32_t>(bits));
}

void FuncLowerer::zeroValue(const types::Type* t) {
  if (isAggregate(t)) {
    uint32_t size = static_cast<uint32_t>(types::sizeOf(t));
    uint32_t slot = frameSlot(size, static_cast<uint32_t>(types::alignOf(t)));
    framePtr();
    code_.i32Const(static_cast<int32_t>(slot));
    code_.op(Op::I32Add);
    code_.i32Const(0);
    code_.i32Const(static_cast<int32_t>(size));
    code_.op(Op::MemoryFill);
    framePtr();
    code_.i32Const(static_cast<int32_t>(slot));
    code_.op(Op::I32Add);
    return;
  }
  for (ValType vt : wasmTypes(t)) {
    switch (vt) {
      case ValType::I64:
        code_.i64Const(0);
        break;
      case ValType::F32:
        code_.f32Const(0);
        break;
      case ValType::F64:
        code_.f64Const(0);
        break;
      default:
        code_.i32Const(0);
        break;
    }
  }
}

void FuncLowerer::normalize(const types::Type* t) {
  bool isSigned = false;
  int bits = narrowBits(t, &isSigned);
  if (!bits) return;
  if (isSigned) {
    code_.op(bits == 8 ? Op::I32Extend8S : Op::I32Extend16S);
  } else {
    code_.i32Const(bits == 8 ? 0xFF : 0xFFFF);
    code_.op(Op::I32And);
  }
}

void FuncLowerer::arith(syntax::Op op, const types::Type* t, Pos at) {
  if (types::isString(t)) {
    if (op == syntax::Op::Add) {
      callRuntime("concatstrings", at);
      return;
    }
    unsupported(at, "this string operator");
    return;
  }
  ValType vt = valType(t);
  bool isU = types::isUnsigned(t);
  bool isF = types::isFloat(t);
  bool i64 = vt == ValType::I64;
  auto pick = [&](Op i32op, Op i64op, Op f32op, Op f64op) {
    if (vt == ValType::F32) return f32op;
    if (vt == ValType::F64) return f64op;
    return i64 ? i64op : i32op;
  };
  switch (op) {
    case syntax::Op::Add:
      code_.op(pick(Op::I32Add, Op::I64Add, Op::F32Add, Op::F64Add));
      break;
    case syntax::Op::Sub:
      code_.op(pick(Op::I32Sub, Op::I64Sub, Op::F32Sub, Op::F64Sub));
      break;
    case syntax::Op::Mul:
      code_.op(pick(Op::I32Mul, Op::I64Mul, Op::F32Mul, Op::F64Mul));
      break;
    case syntax::Op::Div:
    case syntax::Op::Rem: {
      if (isF) {
        code_.op(vt == ValType::F32 ? Op::F32Div : Op::F64Div);
        break;
      }
      // Go: x / 0 panics ("integer divide by zero"); MinInt / -1 == MinInt (wasm would trap).
      uint32_t y = newLocal(vt), x = newLocal(vt);
      code_.localSet(y);
      code_.localSet(x);
      code_.localGet(y);
      code_.op(i64 ? Op::I64Eqz : Op::I32Eqz);
      code_.if_();
      callRuntime("panicDivide", at);
      code_.end();
      bool div = op == syntax::Op::Div;
      if (isU) {
        code_.localGet(x);
        code_.localGet(y);
        code_.op(div ? (i64 ? Op::I64DivU : Op::I32DivU) : (i64 ? Op::I64RemU : Op::I32RemU));
        break;
      }
      if (div) {
        code_.localGet(y);
        if (i64)
          code_.i64Const(-1);
        else
          code_.i32Const(-1);
        code_.op(i64 ? Op::I64Eq : Op::I32Eq);
        code_.if_(wasm::BlockType::of(vt));
        if (i64)
          code_.i64Const(0);
        else
          code_.i32Const(0);
        code_.localGet(x);
        code_.op(i64 ? Op::I64Sub : Op::I32Sub);
        code_.else_();
        code_.localGet(x);
        code_.localGet(y);
        code_.op(i64 ? Op::I64DivS : Op::I32DivS);
        code_.end();
      } else {
        code_.localGet(x);
        code_.localGet(y);
        code_.op(i64 ? Op::I64RemS : Op::I32RemS);
      }
      break;
    }
    case syntax::Op::And:
      code_.op(i64 ? Op::I64And : Op::I32And);
      break;
    case syntax::Op::Or:
      code_.op(i64 ? Op::I64Or : Op::I32Or);
      break;
    case syntax::Op::Xor:
      code_.op(i64 ? Op::I64Xor : Op::I32Xor);
      break;
    case syntax::Op::AndNot:
      if (i64)
        code_.i64Const(-1);
      else
        code_.i32Const(-1);
      code_.op(i64 ? Op::I64Xor : Op::I32Xor);
      code_.op(i64 ? Op::I64And : Op::I32And);
      break;
    default:
      unsupported(at, "operator " + std::string(syntax::opText(op)));
      return;
  }
  normalize(t);
}

void FuncLowerer::compare(syntax::Op op, const types::Type* t, Pos at) {
  const types::Type* u = types::under(t);
  if (types::isString(u)) {
    if (op == syntax::Op::Eql || op == syntax::Op::Neq) {
      callRuntime("eqstring", at);
      if (op == syntax::Op::Neq) code_.op(Op::I32Eqz);
      return;
    }
    callRuntime("cmpstring", at);  // -1, 0, +1 as int
    code_.i64Const(0);
    code_.op(op == syntax::Op::Lss   ? Op::I64LtS
             : op == syntax::Op::Leq ? Op::I64LeS
             : op == syntax::Op::Gtr ? Op::I64GtS
                                     : Op::I64GeS);
    return;
  }
  if (isAggregate(u)) {
    compareMemory(t, at);
    if (op == syntax::Op::Neq) code_.op(Op::I32Eqz);
    return;
  }
  if (auto* st = u->as<types::Struct>()) {  // flat: field by field from locals
    uint32_t b = newLocals(t), a = newLocals(t);
    popTo(t, b);
    popTo(t, a);
    code_.i32Const(1);
    uint32_t leaf = 0;
    for (auto* f : st->fields) {
      if (f->name != "_") {
        pushFrom(f->type, a + leaf);
        pushFrom(f->type, b + leaf);
        compare(syntax::Op::Eql, f->type, at);
        code_.op(Op::I32And);
      }
      leaf += static_cast<uint32_t>(wasmTypes(f->type).size());
    }
    if (op == syntax::Op::Neq) code_.op(Op::I32Eqz);
    return;
  }
  if (u->as<types::Interface>()) {
    // Equal codes and (both nil, or equal values of that dynamic type).
    uint32_t db = newLocal(ValType::I32), cb = newLocal(ValType::I32);
    uint32_t da = newLocal(ValType::I32), ca = newLocal(ValType::I32);
    code_.localSet(db);
    code_.localSet(cb);
    code_.localSet(da);
    code_.localSet(ca);
    code_.localGet(ca);
    code_.localGet(cb);
    code_.op(Op::I32Eq);
    code_.if_(wasm::BlockType::of(ValType::I32));
    code_.localGet(ca);
    code_.localGet(da);
    code_.localGet(db);
    code_.call(prog_.equalDispatch());
    code_.else_();
    code_.i32Const(0);
    code_.end();
    if (op == syntax::Op::Neq) code_.op(Op::I32Eqz);
    return;
  }
  if (u->as<types::Slice>() || u->as<types::Map>() || u->as<types::Signature>()) {
    unsupported(at, "this comparison");
    return;
  }
  ValType vt = valType(t);
  bool isU = types::isUnsigned(t) || types::isBoolean(t) || types::isPointer(t);
  struct Ops {
    Op eq, ne, lt, le, gt, ge;
  };
  Ops ops;
  switch (vt) {
    case ValType::I64:
      ops = isU ? Ops{Op::I64Eq, Op::I64Ne, Op::I64LtU, Op::I64LeU, Op::I64GtU, Op::I64GeU}
                : Ops{Op::I64Eq, Op::I64Ne, Op::I64LtS, Op::I64LeS, Op::I64GtS, Op::I64GeS};
      break;
    case ValType::F32:
      ops = {Op::F32Eq, Op::F32Ne, Op::F32Lt, Op::F32Le, Op::F32Gt, Op::F32Ge};
      break;
    case ValType::F64:
      ops = {Op::F64Eq, Op::F64Ne, Op::F64Lt, Op::F64Le, Op::F64Gt, Op::F64Ge};
      break;
    default:
      ops = isU ? Ops{Op::I32Eq, Op::I32Ne, Op::I32LtU, Op::I32LeU, Op::I32GtU, Op::I32GeU}
                : Ops{Op::I32Eq, Op::I32Ne, Op::I32LtS, Op::I32LeS, Op::I32GtS, Op::I32GeS};
  }
  switch (op) {
    case syntax::Op::Eql:
      code_.op(ops.eq);
      return;
    case syntax::Op::Neq:
      code_.op(ops.ne);
      return;
    case syntax::Op::Lss:
      code_.op(ops.lt);
      return;
    case syntax::Op::Leq:
      code_.op(ops.le);
      return;
    case syntax::Op::Gtr:
      code_.op(ops.gt);
      return;
    case syntax::Op::Geq:
      code_.op(ops.ge);
      return;
    default:
      unsupported(at, "this comparison");
      return;
  }
}

// Two addresses of values of struct/array type t → i32 1 when equal field by field (Go's ==:
// floats compare by value, strings by content, padding ignored).
void FuncLowerer::compareMemory(const types::Type* t, Pos at) {
  uint32_t b = newLocal(ValType::I32), a = newLocal(ValType::I32);
  code_.localSet(b);
  code_.localSet(a);
  const types::Type* u = types::under(t);
  std::vector<std::pair<const types::Type*, uint32_t>> parts;
  if (auto* st = u->as<types::Struct>()) {
    auto offs = types::fieldOffsets(st);
    for (size_t i = 0; i < st->fields.size(); ++i)
      if (st->fields[i]->name != "_")
        parts.push_back({st->fields[i]->type, static_cast<uint32_t>(offs[i])});
  } else if (auto* arr = u->as<types::Array>()) {
    if (arr->len > 64) {
      unsupported(at, "comparing arrays longer than 64 elements");
      return;
    }
    auto size = static_cast<uint32_t>(types::sizeOf(arr->elem));
    for (int64_t i = 0; i < arr->len; ++i)
      parts.push_back({arr->elem, static_cast<uint32_t>(i) * size});
  }
  code_.i32Const(1);
  for (auto& [ft, off] : parts) {
    code_.localGet(a);
    load(ft, off);
    code_.localGet(b);
    load(ft, off);
    compare(syntax::Op::Eql, ft, at);
    code_.op(Op::I32And);
  }
}

void FuncLowerer::binary(const Binary* b) {
  if (b->op == syntax::Op::AndAnd || b->op == syntax::Op::OrOr) {
    expr(b->x);
    code_.if_(wasm::BlockType::of(ValType::I32));
    if (b->op == syntax::Op::AndAnd) {
      expr(b->y);
      code_.else_();
      code_.i32Const(0);
    } else {
      code_.i32Const(1);
      code_.else_();
      expr(b->y);
    }
    code_.end();
    return;
  }
  if (b->op == syntax::Op::Shl || b->op == syntax::Op::Shr) {
    shift(b);
    return;
  }
  const types::Type* operandType = typeOf(b->x);
  switch (b->op) {
    case syntax::Op::Eql:
    case syntax::Op::Neq:
    case syntax::Op::Lss:
    case syntax::Op::Leq:
    case syntax::Op::Gtr:
    case syntax::Op::Geq: {
      // x == nil for slices: compare the data pointer only.
      const types::Type* yt = typeOf(b->y);
      if (types::isUntypedNil(yt) || types::isUntypedNil(operandType)) {
        const Expr* val = types::isUntypedNil(yt) ? b->x : b->y;
        const types::Type* vt = typeOf(val);
        expr(val);
        size_t n = wasmTypes(vt).size();
        for (size_t i = 1; i < n; ++i) code_.op(Op::Drop);
        code_.op(Op::I32Eqz);
        if (b->op == syntax::Op::Neq) code_.op(Op::I32Eqz);
        return;
      }
      // An interface against a concrete value: compare as interfaces.
      const types::Type* cmpType = operandType;
      bool xi = types::isInterface(operandType), yi = types::isInterface(yt);
      if (xi != yi) cmpType = xi ? operandType : yt;
      expr(b->x);
      conversion(operandType, cmpType, b->pos);
      expr(b->y);
      conversion(yt, cmpType, b->pos);
      compare(b->op, cmpType, b->pos);
      return;
    }
    default:
      expr(b->x);
      expr(b->y);
      arith(b->op, typeOf(b), b->pos);
  }
}

void FuncLowerer::shift(const Binary* b) {
  expr(b->x);
  expr(b->y);
  shiftValues(b->op, typeOf(b), typeOf(b->y), tv(b->y) && tv(b->y)->mode == types::Mode::Constant,
              b->pos);
}

// [x, count] → x << count or x >> count with Go's semantics: counts >= width give 0 (or all sign
// bits for signed >>), where wasm would mask the count; a negative count panics.
void FuncLowerer::shiftValues(syntax::Op op, const types::Type* t, const types::Type* ct,
                              bool constCount, Pos at) {
  ValType vt = valType(t);
  bool i64 = vt == ValType::I64;
  bool isU = types::isUnsigned(t);
  bool isSigned = false;
  int width = narrowBits(t, &isSigned);
  if (!width) width = i64 ? 64 : 32;
  // Bring the count to i64 (unsigned view), so one comparison handles every count type.
  widenToI64(ct);
  uint32_t c = newLocal(ValType::I64);
  code_.localSet(c);
  uint32_t x = newLocal(vt);
  code_.localSet(x);
  if (!types::isUnsigned(ct) && !constCount) {
    code_.localGet(c);
    code_.i64Const(0);
    code_.op(Op::I64LtS);
    code_.if_();
    callRuntime("panicShift", at);
    code_.end();
  }
  bool left = op == syntax::Op::Shl;
  code_.localGet(c);
  code_.i64Const(width);
  code_.op(Op::I64GeU);
  code_.if_(wasm::BlockType::of(vt));
  if (left || isU) {
    if (i64)
      code_.i64Const(0);
    else
      code_.i32Const(0);
  } else {
    code_.localGet(x);
    if (i64)
      code_.i64Const(63);
    else
      code_.i32Const(31);
    code_.op(i64 ? Op::I64ShrS : Op::I32ShrS);
  }
  code_.else_();
  code_.localGet(x);
  code_.localGet(c);
  if (!i64) code_.op(Op::I32WrapI64);
  code_.op(left  ? (i64 ? Op::I64Shl : Op::I32Shl)
           : isU ? (i64 ? Op::I64ShrU : Op::I32ShrU)
                 : (i64 ? Op::I64ShrS : Op::I32ShrS));
  code_.end();
  normalize(t);
}

void FuncLowerer::unary(const Unary* u) {
  const types::Type* t = typeOf(u);
  ValType vt = valType(t);
  switch (u->op) {
    case syntax::Op::Add:
      expr(u->x);
      return;
    case syntax::Op::Sub:
      if (vt == ValType::F32 || vt == ValType::F64) {
        expr(u->x);
        code_.op(vt == ValType::F32 ? Op::F32Neg : Op::F64Neg);
        return;
      }
      if (vt == ValType::I64)
        code_.i64Const(0);
      else
        code_.i32Const(0);
      expr(u->x);
      code_.op(vt == ValType::I64 ? Op::I64Sub : Op::I32Sub);
      normalize(t);
      return;
    case syntax::Op::Xor:
      expr(u->x);
      if (vt == ValType::I64)
        code_.i64Const(-1);
      else
        code_.i32Const(-1);
      code_.op(vt == ValType::I64 ? Op::I64Xor : Op::I32Xor);
      normalize(t);
      return;
    case syntax::Op::Not:
      expr(u->x);
      code_.op(Op::I32Eqz);
      return;
    case syntax::Op::And: {
      const Expr* inner = u->x;
      while (auto* p = inner->as<Paren>()) inner = p->x;
      if (auto* lit = inner->as<CompositeLit>()) {
        heapLiteral(lit, typeOf(lit));  // &T{…}: a fresh heap object
        return;
      }
      addr(u->x);
      return;
    }
    case syntax::Op::Mul:
      expr(u->x);
      nilCheck();
      load(t);
      return;
    default:
      unsupported(u->pos, "operator " + std::string(syntax::opText(u->op)));
      return;
  }
}

// Elements are evaluated in source order. Keys in field order (or none) push straight onto the
// stack; otherwise the values go through locals and are pushed in field order.
void FuncLowerer::flatLiteral(
    const CompositeLit* lit, const types::Struct* st,
    const std::function<void(const Expr*, const types::Type*)>& elemValue) {
  std::vector<const Expr*> byField(st->fields.size(), nullptr);
  bool inOrder = true;
  int last = -1;
  for (size_t i = 0; i < lit->elems.size(); ++i) {
    const Expr* e = lit->elems[i];
    int field = static_cast<int>(i);
    if (auto* kv = e->as<KeyValue>()) {
      for (size_t k = 0; k < st->fields.size(); ++k)
        if (st->fields[k]->name == kv->key->as<Name>()->value) field = static_cast<int>(k);
      e = kv->value;
    }
    inOrder &= field > last;
    last = field;
    byField[static_cast<size_t>(field)] = e;
  }
  if (inOrder) {
    for (size_t k = 0; k < st->fields.size(); ++k) {
      if (byField[k])
        elemValue(byField[k], st->fields[k]->type);
      else
        zeroValue(st->fields[k]->type);
    }
    return;
  }
  std::vector<uint32_t> firsts(st->fields.size());
  for (size_t k = 0; k < st->fields.size(); ++k) firsts[k] = newLocals(st->fields[k]->type);
  for (const Expr* e : lit->elems) {
    size_t k = 0;
    while (byField[k] != (e->as<KeyValue>() ? e->as<KeyValue>()->value : e)) ++k;
    elemValue(byField[k], st->fields[k]->type);
    popTo(st->fields[k]->type, firsts[k]);
  }
  for (size_t k = 0; k < st->fields.size(); ++k) {
    if (byField[k])
      pushFrom(st->fields[k]->type, firsts[k]);
    else
      zeroValue(st->fields[k]->type);
  }
}

// Value conversion between representations (identity when the wasm types agree).
void FuncLowerer::conversion(const types::Type* from, const types::Type* to, Pos at) {
  if (!from || !to || from == to) return;
  if (types::isUntyped(from)) return;  // constants were emitted in the target type already
  const types::Type* fu = types::under(from);
  const types::Type* tu = types::under(to);
  if (tu->as<types::Interface>()) {
    if (!fu->as<types::Interface>()) toInterface(from, at);
    return;
  }
  if (types::isString(tu) && !types::isString(fu)) {
    if (types::isInteger(fu)) {
      widenToI64(fu);
      callRuntime("intstring", at);
      return;
    }
    auto* sl = fu->as<types::Slice>();
    auto* eb = sl ? types::asBasic(sl->elem) : nullptr;
    code_.op(Op::Drop);  // cap
    code_.op(Op::I64ExtendI32U);
    callRuntime(eb && eb->basic == BasicKind::Int32 ? "slicerunetostring" : "slicebytetostring",
                at);
    return;
  }
  if (types::isString(fu) && tu->as<types::Slice>()) {
    auto* eb = types::asBasic(tu->as<types::Slice>()->elem);
    callRuntime(eb && eb->basic == BasicKind::Int32 ? "stringtoslicerune" : "stringtoslicebyte",
                at);
    return;
  }
  if (auto* p = tu->as<types::Pointer>(); p && fu->as<types::Slice>()) {
    // Slice to array pointer (Go 1.17): the slice's array, if it is long enough.
    auto n = types::under(p->elem)->as<types::Array>()->len;
    uint32_t len = newLocal(ValType::I32);
    code_.op(Op::Drop);  // cap
    code_.localSet(len);
    code_.localGet(len);
    code_.i32Const(static_cast<int32_t>(n));
    code_.op(Op::I32LtU);
    code_.if_();
    code_.i64Const(n);
    code_.localGet(len);
    code_.op(Op::I64ExtendI32U);
    callRuntime("panicSliceConvert", at);
    code_.end();
    return;
  }
  auto fv = wasmTypes(fu), tvt = wasmTypes(tu);
  if (fv.size() != 1 || tvt.size() != 1 || fu->as<types::Struct>())
    return;  // same representation (named ↔ underlying)
  ValType a = fv[0], b = tvt[0];
  bool fromU = types::isUnsigned(from);
  bool fromF = types::isFloat(from), toF = types::isFloat(to);
  if (a == b) {
    if (!fromF && !toF) normalize(to);
    return;
  }
  if (!fromF && !toF) {
    if (a == ValType::I32 && b == ValType::I64)
      code_.op(fromU ? Op::I64ExtendI32U : Op::I64ExtendI32S);
    else if (a == ValType::I64 && b == ValType::I32)
      code_.op(Op::I32WrapI64);
    normalize(to);
    return;
  }
  if (fromF && toF) {
    code_.op(b == ValType::F64 ? Op::F64PromoteF32 : Op::F32DemoteF64);
    return;
  }
  if (toF) {
    bool src64 = a == ValType::I64;
    if (b == ValType::F64)
      code_.op(src64 ? (fromU ? Op::F64ConvertI64U : Op::F64ConvertI64S)
                     : (fromU ? Op::F64ConvertI32U : Op::F64ConvertI32S));
    else
      code_.op(src64 ? (fromU ? Op::F32ConvertI64U : Op::F32ConvertI64S)
                     : (fromU ? Op::F32ConvertI32U : Op::F32ConvertI32S));
    return;
  }
  // float → integer: Go leaves out-of-range results implementation-defined; saturate (no trap).
  bool toU = types::isUnsigned(to);
  bool dst64 = b == ValType::I64;
  if (a == ValType::F64)
    code_.op(dst64 ? (toU ? Op::I64TruncSatF64U : Op::I64TruncSatF64S)
                   : (toU ? Op::I32TruncSatF64U : Op::I32TruncSatF64S));
  else
    code_.op(dst64 ? (toU ? Op::I64TruncSatF32U : Op::I64TruncSatF32S)
                   : (toU ? Op::I32TruncSatF32U : Op::I32TruncSatF32S));
  normalize(to);
}

// A composite literal of type t built on the heap; pushes its address.
void FuncLowerer::heapLiteral(const CompositeLit* lit, const types::Type* t) {
  auto size = static_cast<uint32_t>(types::sizeOf(t));
  uint32_t p = newLocal(ValType::I32);
  heapAlloc(size, lit->pos, t, "composite literal");
  code_.localSet(p);
  compositeLit(lit, t);
  storeAt(t, p);
  code_.localGet(p);
}

// Flat struct literals push their fields' values; other struct and array literals build in a
// zeroed frame temp (value: its address); slice literals in a fresh heap array.
void FuncLowerer::compositeLit(const CompositeLit* lit, const types::Type* t) {
  const types::Type* u = types::under(t);
  if (auto* pt = u->as<types::Pointer>()) {  // elided &T in []*T{{…}}
    heapLiteral(lit, pt->elem);
    return;
  }
  auto elemValue = [&](const Expr* e, const types::Type* et) {
    if (auto* cl = e->as<CompositeLit>(); cl && !cl->type) {
      compositeLit(cl, et);
      return;
    }
    expr(e);
    conversion(typeOf(e), et, e->pos);
  };
  if (auto* st = u->as<types::Struct>(); st && isFlatStruct(t)) {
    flatLiteral(lit, st, elemValue);
    return;
  }
  uint32_t base = newLocal(ValType::I32);
  if (auto* st = u->as<types::Struct>()) {
    zeroValue(t);
    code_.localSet(base);
    auto offs = types::fieldOffsets(st);
    for (size_t i = 0; i < lit->elems.size(); ++i) {
      const Expr* e = lit->elems[i];
      size_t field = i;
      if (auto* kv = e->as<KeyValue>()) {
        auto* key = kv->key->as<Name>();
        for (size_t k = 0; k < st->fields.size(); ++k)
          if (st->fields[k]->name == key->value) field = k;
        e = kv->value;
      }
      elemValue(e, st->fields[field]->type);
      storeAt(st->fields[field]->type, base, static_cast<uint32_t>(offs[field]));
    }
    code_.localGet(base);
    return;
  }
  if (auto* mt = u->as<types::Map>()) {
    uint32_t m = newLocal(ValType::I32);
    makeMap(t, nullptr, lit->pos);
    code_.localSet(m);
    for (const Expr* e : lit->elems) {
      auto* kv = e->as<KeyValue>();
      uint32_t slot = newLocal(ValType::I32);
      elemValue(kv->value, mt->elem);
      uint32_t first = newLocals(mt->elem);
      popTo(mt->elem, first);
      code_.localGet(m);
      mapKey(kv->key, mt->key);
      callRuntime("mapassign", lit->pos);
      code_.localSet(slot);
      pushFrom(mt->elem, first);
      storeAt(mt->elem, slot);
    }
    code_.localGet(m);
    return;
  }
  const types::Type* elem = nullptr;
  int64_t count = 0;
  if (auto* a = u->as<types::Array>()) {
    elem = a->elem;
    count = a->len;
    zeroValue(t);
    code_.localSet(base);
  } else if (auto* sl = u->as<types::Slice>()) {
    elem = sl->elem;
    int64_t idx = 0;
    for (const Expr* e : lit->elems) {
      if (auto* kv = e->as<KeyValue>()) idx = tv(kv->key)->value.int64Val().value_or(0);
      count = std::max(count, ++idx);
    }
    heapAlloc(static_cast<uint32_t>(count * types::sizeOf(elem)), lit->pos, elem,
              "composite literal");
    if (count == 0) {
      code_.op(Op::Drop);
      code_.i32Const(8);  // zerobase: empty but non-nil
    }
    code_.localSet(base);
  } else {
    unsupported(lit->pos, "composite literals of type " + types::typeString(t));
    return;
  }
  auto size = static_cast<uint32_t>(types::sizeOf(elem));
  int64_t idx = 0;
  for (const Expr* e : lit->elems) {
    if (auto* kv = e->as<KeyValue>()) {
      idx = tv(kv->key)->value.int64Val().value_or(0);
      e = kv->value;
    }
    elemValue(e, elem);
    storeAt(elem, base, static_cast<uint32_t>(idx) * size);
    ++idx;
  }
  code_.localGet(base);
  if (u->as<types::Slice>()) {
    code_.i32Const(static_cast<int32_t>(count));
    code_.i32Const(static_cast<int32_t>(count));
  }
}

// s[lo:hi:max] for strings, slices, arrays (addressable) and pointers to arrays.
void FuncLowerer::sliceExpr(const syntax::Slice* s) {
  const types::Type* bt = types::under(typeOf(s->x));
  uint32_t base = newLocal(ValType::I32), len = newLocal(ValType::I32),
           cap = newLocal(ValType::I32);
  uint32_t elemSize = 1;
  bool isStr = types::isString(bt);
  if (isStr) {
    expr(s->x);
    code_.localSet(len);
    code_.localSet(base);
    code_.localGet(len);
    code_.localSet(cap);
  } else if (auto* sl = bt->as<types::Slice>()) {
    elemSize = static_cast<uint32_t>(types::sizeOf(sl->elem));
    expr(s->x);
    code_.localSet(cap);
    code_.localSet(len);
    code_.localSet(base);
  } else {
    const types::Array* a = bt->as<types::Array>();
    if (a) {
      addr(s->x);
    } else {
      a = types::under(bt->as<types::Pointer>()->elem)->as<types::Array>();
      expr(s->x);
      nilCheck();
    }
    elemSize = static_cast<uint32_t>(types::sizeOf(a->elem));
    code_.localSet(base);
    code_.i32Const(static_cast<int32_t>(a->len));
    code_.localTee(len);
    code_.localSet(cap);
  }
  // Indices as i64 locals; missing ones default to 0, len, cap.
  auto index = [&](const Expr* e, uint32_t dflt) {
    uint32_t l = newLocal(ValType::I64);
    if (e) {
      exprInt64(e);
    } else {
      code_.localGet(dflt);
      code_.op(Op::I64ExtendI32U);
    }
    code_.localSet(l);
    return l;
  };
  uint32_t lo = newLocal(ValType::I64), hi = 0, mx = 0;
  if (s->index[0]) {
    lo = index(s->index[0], 0);
  }  // else lo stays 0
  hi = index(s->index[1], isStr ? len : len);
  mx = s->full ? index(s->index[2], cap) : 0;
  // Go's order of checks: max against cap, hi against max (or cap/len), lo against hi.
  auto fail = [&](uint32_t a, uint32_t b, bool bIs64, const char* fn) {
    code_.localGet(a);
    code_.localGet(b);
    if (!bIs64) code_.op(Op::I64ExtendI32U);
    callRuntime(fn, s->pos);
  };
  auto check = [&](uint32_t x, uint32_t limit, bool limit64) {
    code_.localGet(x);
    code_.localGet(limit);
    if (!limit64) code_.op(Op::I64ExtendI32U);
    code_.op(Op::I64GtU);
  };
  if (s->full) {
    check(mx, cap, false);
    code_.if_();
    fail(mx, cap, false, "panicSlice3Acap");
    code_.end();
    check(hi, mx, true);
    code_.if_();
    fail(hi, mx, true, "panicSlice3B");
    code_.end();
    check(lo, hi, true);
    code_.if_();
    fail(lo, hi, true, "panicSlice3C");
    code_.end();
  } else {
    uint32_t limit = isStr ? len : cap;
    check(hi, limit, false);
    code_.if_();
    fail(hi, limit, false, isStr ? "panicSliceAlen" : "panicSliceAcap");
    code_.end();
    check(lo, hi, true);
    code_.if_();
    fail(lo, hi, true, "panicSliceB");
    code_.end();
  }
  // Result: (base + lo*size, hi - lo[, max - lo]). As in Go, a result with nothing left (length
  // 0 for a string, capacity 0 for a slice) keeps the base pointer rather than pointing past the
  // end, into whatever object follows.
  uint32_t newLen = newLocal(ValType::I32), newCap = newLocal(ValType::I32);
  code_.localGet(hi);
  code_.localGet(lo);
  code_.op(Op::I64Sub);
  code_.op(Op::I32WrapI64);
  code_.localSet(newLen);
  if (!isStr) {
    if (s->full) {
      code_.localGet(mx);
    } else {
      code_.localGet(cap);
      code_.op(Op::I64ExtendI32U);
    }
    code_.localGet(lo);
    code_.op(Op::I64Sub);
    code_.op(Op::I32WrapI64);
    code_.localSet(newCap);
  }
  code_.localGet(base);
  code_.localGet(lo);
  code_.op(Op::I32WrapI64);
  if (elemSize != 1) {
    code_.i32Const(static_cast<int32_t>(elemSize));
    code_.op(Op::I32Mul);
  }
  code_.i32Const(0);
  code_.localGet(isStr ? newLen : newCap);
  code_.op(Op::Select);
  code_.op(Op::I32Add);
  code_.localGet(newLen);
  if (!isStr) code_.localGet(newCap);
}

}  // namespace gm::lower
