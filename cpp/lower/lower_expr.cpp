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
    case BasicKind::Int8: *isSigned = true; return 8;
    case BasicKind::Int16: *isSigned = true; return 16;
    case BasicKind::Uint8: *isSigned = false; return 8;
    case BasicKind::Uint16: *isSigned = false; return 16;
    default: return 0;
  }
}

ValType valType(const types::Type* t) {
  auto vt = wasmTypes(t);
  return vt.size() == 1 ? vt[0] : ValType::I32;
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
  switch (e->kind) {
    case Kind::Paren: expr(e->as<Paren>()->x); return;
    case Kind::Name: {
      auto* obj = prog_.info().objectOf(e->as<Name>());
      if (auto* v = obj ? obj->as<types::Var>() : nullptr; v && !v->isGlobal) {
        code_.localGet(localFor(v, e->pos));
        return;
      }
      unsupported(e->pos, "references to " + e->as<Name>()->value);
      return;
    }
    case Kind::Binary: binary(e->as<Binary>()); return;
    case Kind::Unary: unary(e->as<Unary>()); return;
    case Kind::Call: call(e->as<Call>()); return;
    default: unsupported(types::startPos(e), "this expression"); return;
  }
}

void FuncLowerer::constant(const types::Type* t, const gm::constant::Value& v, Pos at) {
  auto* b = types::asBasic(t);
  if (!b) {
    unsupported(at, "constants of type " + types::typeString(t));
    return;
  }
  switch (b->basic) {
    case BasicKind::Bool:
    case BasicKind::UntypedBool: code_.i32Const(v.boolVal() ? 1 : 0); return;
    case BasicKind::Float32: code_.f32Const(v.float32Val()); return;
    case BasicKind::Float64:
    case BasicKind::UntypedFloat: code_.f64Const(v.float64Val()); return;
    case BasicKind::String:
    case BasicKind::UntypedString: unsupported(at, "strings"); return;
    default: break;
  }
  auto iv = v.toInt();
  int64_t bits = 0;
  if (iv) {
    if (auto s = iv->int64Val()) bits = *s;
    else if (auto u = iv->uint64Val()) bits = static_cast<int64_t>(*u);
  }
  if (valType(t) == ValType::I64 || b->basic == BasicKind::UntypedInt)
    code_.i64Const(bits);
  else
    code_.i32Const(static_cast<int32_t>(bits));
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
    case syntax::Op::Add: code_.op(pick(Op::I32Add, Op::I64Add, Op::F32Add, Op::F64Add)); break;
    case syntax::Op::Sub: code_.op(pick(Op::I32Sub, Op::I64Sub, Op::F32Sub, Op::F64Sub)); break;
    case syntax::Op::Mul: code_.op(pick(Op::I32Mul, Op::I64Mul, Op::F32Mul, Op::F64Mul)); break;
    case syntax::Op::Div:
    case syntax::Op::Rem: {
      if (isF) {
        if (op == syntax::Op::Rem) {
          unsupported(at, "% on floats");
          return;
        }
        code_.op(pick(Op::F32Div, Op::F64Div, Op::F32Div, Op::F64Div));
        break;
      }
      // Go: x / 0 panics ("integer divide by zero"); MinInt / -1 == MinInt (wasm would trap).
      uint32_t y = newLocal(vt), x = newLocal(vt);
      code_.localSet(y);
      code_.localSet(x);
      code_.localGet(y);
      code_.op(i64 ? Op::I64Eqz : Op::I32Eqz);
      code_.if_();
      code_.op(Op::Unreachable);  // TODO(runtime issue): call the runtime's divide panic
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
        if (i64) code_.i64Const(-1); else code_.i32Const(-1);
        code_.op(i64 ? Op::I64Eq : Op::I32Eq);
        code_.if_(wasm::BlockType::of(vt));
        if (i64) code_.i64Const(0); else code_.i32Const(0);
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
    case syntax::Op::And: code_.op(i64 ? Op::I64And : Op::I32And); break;
    case syntax::Op::Or: code_.op(i64 ? Op::I64Or : Op::I32Or); break;
    case syntax::Op::Xor: code_.op(i64 ? Op::I64Xor : Op::I32Xor); break;
    case syntax::Op::AndNot:
      if (i64) code_.i64Const(-1); else code_.i32Const(-1);
      code_.op(i64 ? Op::I64Xor : Op::I32Xor);
      code_.op(i64 ? Op::I64And : Op::I32And);
      break;
    default: unsupported(at, "operator " + std::string(syntax::opText(op))); return;
  }
  normalize(t);
}

void FuncLowerer::compare(syntax::Op op, const types::Type* t, Pos at) {
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
    case ValType::F32: ops = {Op::F32Eq, Op::F32Ne, Op::F32Lt, Op::F32Le, Op::F32Gt, Op::F32Ge}; break;
    case ValType::F64: ops = {Op::F64Eq, Op::F64Ne, Op::F64Lt, Op::F64Le, Op::F64Gt, Op::F64Ge}; break;
    default:
      ops = isU ? Ops{Op::I32Eq, Op::I32Ne, Op::I32LtU, Op::I32LeU, Op::I32GtU, Op::I32GeU}
                : Ops{Op::I32Eq, Op::I32Ne, Op::I32LtS, Op::I32LeS, Op::I32GtS, Op::I32GeS};
  }
  switch (op) {
    case syntax::Op::Eql: code_.op(ops.eq); return;
    case syntax::Op::Neq: code_.op(ops.ne); return;
    case syntax::Op::Lss: code_.op(ops.lt); return;
    case syntax::Op::Leq: code_.op(ops.le); return;
    case syntax::Op::Gtr: code_.op(ops.gt); return;
    case syntax::Op::Geq: code_.op(ops.ge); return;
    default: unsupported(at, "this comparison"); return;
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
  expr(b->x);
  expr(b->y);
  switch (b->op) {
    case syntax::Op::Eql:
    case syntax::Op::Neq:
    case syntax::Op::Lss:
    case syntax::Op::Leq:
    case syntax::Op::Gtr:
    case syntax::Op::Geq:
      if (types::isString(operandType)) {
        unsupported(b->pos, "string comparison");
        return;
      }
      compare(b->op, operandType, b->pos);
      return;
    default: arith(b->op, typeOf(b), b->pos);
  }
}

// Go shifts: counts >= width give 0 (or all sign bits for signed >>); wasm masks the count.
void FuncLowerer::shift(const Binary* b) {
  const types::Type* t = typeOf(b);
  const types::Type* ct = typeOf(b->y);
  ValType vt = valType(t);
  bool i64 = vt == ValType::I64;
  bool isU = types::isUnsigned(t);
  bool isSigned = false;
  int width = narrowBits(t, &isSigned);
  if (!width) width = i64 ? 64 : 32;
  expr(b->x);
  uint32_t x = newLocal(vt);
  code_.localSet(x);
  expr(b->y);
  // Bring the count to i64 (unsigned view), so one comparison handles every count type.
  if (valType(ct) == ValType::I32) code_.op(types::isUnsigned(ct) ? Op::I64ExtendI32U : Op::I64ExtendI32S);
  uint32_t c = newLocal(ValType::I64);
  code_.localSet(c);
  if (!types::isUnsigned(ct)) {
    code_.localGet(c);
    code_.i64Const(0);
    code_.op(Op::I64LtS);
    code_.if_();
    code_.op(Op::Unreachable);  // TODO(runtime issue): panic "negative shift amount"
    code_.end();
  }
  bool left = b->op == syntax::Op::Shl;
  code_.localGet(c);
  code_.i64Const(width);
  code_.op(Op::I64GeU);
  code_.if_(wasm::BlockType::of(vt));
  if (left || isU) {
    if (i64) code_.i64Const(0); else code_.i32Const(0);
  } else {
    code_.localGet(x);
    if (i64) code_.i64Const(63); else code_.i32Const(31);
    code_.op(i64 ? Op::I64ShrS : Op::I32ShrS);
  }
  code_.else_();
  code_.localGet(x);
  code_.localGet(c);
  if (!i64) code_.op(Op::I32WrapI64);
  code_.op(left ? (i64 ? Op::I64Shl : Op::I32Shl)
                : isU ? (i64 ? Op::I64ShrU : Op::I32ShrU) : (i64 ? Op::I64ShrS : Op::I32ShrS));
  code_.end();
  normalize(t);
}

void FuncLowerer::unary(const Unary* u) {
  const types::Type* t = typeOf(u);
  ValType vt = valType(t);
  switch (u->op) {
    case syntax::Op::Add: expr(u->x); return;
    case syntax::Op::Sub:
      if (vt == ValType::F32 || vt == ValType::F64) {
        expr(u->x);
        code_.op(vt == ValType::F32 ? Op::F32Neg : Op::F64Neg);
        return;
      }
      if (vt == ValType::I64) code_.i64Const(0); else code_.i32Const(0);
      expr(u->x);
      code_.op(vt == ValType::I64 ? Op::I64Sub : Op::I32Sub);
      normalize(t);
      return;
    case syntax::Op::Xor:
      expr(u->x);
      if (vt == ValType::I64) code_.i64Const(-1); else code_.i32Const(-1);
      code_.op(vt == ValType::I64 ? Op::I64Xor : Op::I32Xor);
      normalize(t);
      return;
    case syntax::Op::Not:
      expr(u->x);
      code_.op(Op::I32Eqz);
      return;
    default: unsupported(u->pos, "operator " + std::string(syntax::opText(u->op))); return;
  }
}

void FuncLowerer::call(const Call* c) {
  const types::TypeAndValue* ftv = tv(c->fun);
  if (ftv && ftv->mode == types::Mode::TypeExpr) {
    expr(c->args[0]);
    conversion(typeOf(c->args[0]), ftv->type, c->pos);
    return;
  }
  if (ftv && ftv->mode == types::Mode::Builtin) {
    unsupported(types::startPos(c), "this built-in function");
    return;
  }
  const Expr* fun = c->fun;
  while (auto* p = fun->as<Paren>()) fun = p->x;
  auto* name = fun->as<Name>();
  auto* obj = name ? prog_.info().objectOf(name) : nullptr;
  auto* f = obj ? obj->as<types::Func>() : nullptr;
  if (!f) {
    unsupported(types::startPos(c), "calls of function values and methods");
    return;
  }
  const types::Signature* sig = f->sig();
  if (sig->variadic) {
    unsupported(types::startPos(c), "calls of variadic functions");
    return;
  }
  for (size_t i = 0; i < c->args.size(); ++i) {
    expr(c->args[i]);
    if (i < sig->params.size() && c->args.size() == sig->params.size())
      conversion(typeOf(c->args[i]), sig->params[i]->type, c->args[i]->pos);
  }
  code_.call(prog_.funcId(f));
}

// Value conversion between numeric representations (identity when the wasm types agree).
void FuncLowerer::conversion(const types::Type* from, const types::Type* to, Pos at) {
  if (!from || !to || from == to) return;
  ValType a = valType(from), b = valType(to);
  bool fromU = types::isUnsigned(from);
  bool fromF = types::isFloat(from), toF = types::isFloat(to);
  if (types::isUntyped(from)) return;  // constants were emitted in the target type already
  if (a == b) {
    if (!fromF && !toF) normalize(to);
    return;
  }
  if (!fromF && !toF) {
    if (a == ValType::I32 && b == ValType::I64) code_.op(fromU ? Op::I64ExtendI32U : Op::I64ExtendI32S);
    else if (a == ValType::I64 && b == ValType::I32) code_.op(Op::I32WrapI64);
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
  (void)at;
}

}  // namespace gm::lower
