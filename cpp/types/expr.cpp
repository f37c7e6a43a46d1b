// Expressions: identifiers, literals, operators with exact constant folding, untyped conversion.
#include <cmath>

#include "types/checker.h"

namespace gm::types {

using namespace syntax;

namespace {

char constOp(Op op) {
  switch (op) {
    case Op::Add:
      return '+';
    case Op::Sub:
      return '-';
    case Op::Mul:
      return '*';
    case Op::Div:
      return '/';
    case Op::Rem:
      return '%';
    case Op::And:
      return '&';
    case Op::Or:
      return '|';
    case Op::Xor:
      return '^';
    case Op::AndNot:
      return 'a';
    case Op::AndAnd:
      return 'A';
    case Op::OrOr:
      return 'O';
    case Op::Eql:
      return '=';
    case Op::Neq:
      return '!';
    case Op::Lss:
      return '<';
    case Op::Leq:
      return 'l';
    case Op::Gtr:
      return '>';
    case Op::Geq:
      return 'g';
    default:
      return 0;
  }
}

bool isComparison(Op op) {
  return op == Op::Eql || op == Op::Neq || op == Op::Lss || op == Op::Leq || op == Op::Gtr ||
         op == Op::Geq;
}

// Size in bits of a sized integer type, 0 otherwise.
int intBits(BasicKind k) {
  switch (k) {
    case BasicKind::Int8:
    case BasicKind::Uint8:
      return 8;
    case BasicKind::Int16:
    case BasicKind::Uint16:
      return 16;
    case BasicKind::Int32:
    case BasicKind::Uint32:
    case BasicKind::Uintptr:
      return 32;
    case BasicKind::Int64:
    case BasicKind::Uint64:
    case BasicKind::Int:
    case BasicKind::Uint:
      return 64;
    default:
      return 0;
  }
}

// The rank of untyped kinds: mixing untyped operands yields the larger kind.
int untypedRank(BasicKind k) {
  switch (k) {
    case BasicKind::UntypedInt:
      return 1;
    case BasicKind::UntypedRune:
      return 2;
    case BasicKind::UntypedFloat:
      return 3;
    default:
      return 0;
  }
}

}  // namespace

void Checker::recordType(const Expr* e, Mode mode, const Type* t) {
  auto& tv = info_.types[e];
  tv.mode = mode;
  tv.type = t;
}

void Checker::record(const Operand& x) {
  if (!x.expr) return;
  auto& tv = info_.types[x.expr];
  tv.mode = x.mode;
  tv.type = x.type;
  tv.value = x.val;
}

Object* Checker::lookup(std::string_view name) const {
  return scope_->lookup(name);
}

void Checker::expr(Operand& x, const Expr* e) {
  rawExpr(x, e, nullptr);
  valueOnly(x, e);
  if (x.mode == Mode::Value && x.type && x.type->kind == TypeKind::Tuple) {
    errorAt(e, "multiple-value " + exprStr(e) + " (value of type " + str(x.type) +
                   ") in single-value context");
    x.mode = Mode::Invalid;
  }
}

// Rejects operands that are not values (types, calls without results, uncalled builtins).
void Checker::valueOnly(Operand& x, const Expr* e) {
  if (x.mode == Mode::TypeExpr) {
    errorAt(e, exprStr(e) + " (type) is not an expression");
    x.mode = Mode::Invalid;
  } else if (x.mode == Mode::NoValue) {
    errorAt(e, exprStr(e) + " (no value) used as value");
    x.mode = Mode::Invalid;
  } else if (x.mode == Mode::Builtin) {
    errorAt(e, exprStr(e) + " (built-in) must be called");
    x.mode = Mode::Invalid;
  } else if (x.generic) {
    errorAt(e, "cannot use generic function " + x.generic->name + " without instantiation");
    x.mode = Mode::Invalid;
  }
  if (x.mode == Mode::CommaOk) x.mode = Mode::Value;
}

void Checker::exprOrType(Operand& x, const Expr* e) {
  rawExpr(x, e, nullptr);
  if (x.mode == Mode::NoValue) {
    errorAt(e, exprStr(e) + " (no value) used as value");
    x.mode = Mode::Invalid;
  }
}

void Checker::multiExpr(std::vector<Operand>& out, const Expr* e, bool allowCommaOk) {
  Operand x;
  rawExpr(x, e, nullptr);
  out.clear();
  if (x.invalid()) {
    out.push_back(x);
    return;
  }
  if (auto* tuple = x.type ? x.type->as<Tuple>() : nullptr; tuple && x.mode == Mode::Value) {
    for (const Type* t : tuple->types) {
      Operand v;
      v.mode = Mode::Value;
      v.expr = e;
      v.type = t;
      out.push_back(v);
    }
    return;
  }
  if ((x.mode == Mode::CommaOk || x.mode == Mode::MapIndex) && allowCommaOk) {
    x.mode = Mode::Value;
    out.push_back(x);
    Operand ok;
    ok.mode = Mode::Value;
    ok.expr = e;
    ok.type = table_.basic(BasicKind::UntypedBool);
    out.push_back(ok);
    return;
  }
  valueOnly(x, e);
  out.push_back(x);
}

void Checker::rawExpr(Operand& x, const Expr* e, const Type* hint) {
  if (++depth_ > kMaxCheckDepth) {
    --depth_;
    errorAt(e, "expression nested too deeply");
    x.mode = Mode::Invalid;
    x.expr = e;
    return;
  }
  exprInternal(x, e, hint);
  --depth_;
  x.expr = e;
  if (x.invalid()) x.type = table_.invalid();
  record(x);
}

void Checker::exprInternal(Operand& x, const Expr* e, const Type* hint) {
  x = Operand{};
  x.expr = e;
  switch (e->kind) {
    case Kind::BadExpr:
      return;
    case Kind::Name:
      ident(x, e->as<Name>(), false);
      return;
    case Kind::BasicLit:
      basicLit(x, e->as<BasicLit>());
      return;
    case Kind::Paren: {
      rawExpr(x, e->as<Paren>()->x, hint);
      x.expr = e;
      return;
    }
    case Kind::Unary:
      unary(x, e->as<Unary>());
      return;
    case Kind::Binary: {
      auto* b = e->as<Binary>();
      binary(x, e, b->x, b->y, b->op, b->pos);
      return;
    }
    case Kind::Call:
      call(x, e->as<Call>());
      return;
    case Kind::Selector:
      selector(x, e->as<Selector>());
      return;
    case Kind::Index:
      indexExpr(x, e->as<Index>());
      return;
    case Kind::Slice:
      sliceExpr(x, e->as<syntax::Slice>());
      return;
    case Kind::CompositeLit:
      compositeLit(x, e->as<CompositeLit>(), hint);
      return;
    case Kind::FuncLit:
      funcLit(x, e->as<FuncLit>());
      return;
    case Kind::KeyValue:
      errorAt(e, "unexpected key:value expression");
      return;
    case Kind::TypeAssert:
      typeAssertion(x, e->as<TypeAssert>());
      return;
    case Kind::ArrayType:
    case Kind::SliceType:
    case Kind::MapType:
    case Kind::ChanType:
    case Kind::FuncType:
    case Kind::StructType:
    case Kind::InterfaceType: {
      const Type* t = typeExpr(e);
      x.mode = isInvalid(t) ? Mode::Invalid : Mode::TypeExpr;
      x.type = t;
      return;
    }
    case Kind::DotsType:
      errorAt(e, "invalid use of ...");
      return;
    case Kind::ListExpr:
      errorAt(e, "unexpected list of expressions");
      return;
    default:
      errorAt(e, "unexpected expression");
      return;
  }
}

void Checker::ident(Operand& x, const Name* n, bool wantType) {
  x.expr = n;
  if (n->value == "_") {
    // The one `_` that names something: a blank receiver type parameter (func (Box[_]) M()),
    // each its own (func (Pair[_, _]) M()): the receiver's names are declared themselves.
    Object* tn = nullptr;
    if (auto it = info_.defs.find(n); wantType && it != info_.defs.end()) tn = it->second;
    if (!tn && wantType) tn = scope_->lookup("_");
    if (tn && tn->as<TypeName>()) {
      info_.uses[n] = tn;
      x.mode = Mode::TypeExpr;
      x.type = tn->type;
      return;
    }
    error(n->pos, "cannot use _ as value");
    return;
  }
  const Scope* where = nullptr;
  Object* obj = scope_->lookup(n->value, &where);
  if (!obj) {
    error(n->pos, "undefined: " + n->value);
    return;
  }
  info_.uses[n] = obj;
  // Package-level objects referenced from a package-level declaration are its dependencies.
  if (obj->pkg == pkg_ && where == pkg_->scope) {
    if (currentDecl_ && !obj->as<TypeName>()) objDecls_[currentDecl_].deps.push_back(obj);
    if (!obj->type) resolveObject(obj);
  }
  switch (obj->kind) {
    case ObjKind::PkgName:
      error(n->pos, "use of package " + obj->name + " without selector");
      obj->as<PkgName>()->used = true;
      return;
    case ObjKind::Const: {
      auto* c = obj->as<Const>();
      if (isInvalid(c->type)) return;
      x.mode = Mode::Constant;
      x.type = c->type;
      if (c->name == "iota" && !c->pkg) {
        if (iota_ < 0) {
          error(n->pos, "cannot use iota outside constant declaration");
          x.mode = Mode::Invalid;
          return;
        }
        x.val = constant::Value::makeInt64(iota_);
      } else {
        x.val = c->value;
      }
      return;
    }
    case ObjKind::TypeName:
      x.mode = Mode::TypeExpr;
      x.type = obj->type ? obj->type : table_.invalid();
      if (isInvalid(x.type)) x.mode = Mode::Invalid;
      return;
    case ObjKind::Var: {
      auto* v = obj->as<Var>();
      // Uses from inside a nested function literal mark the variable captured.
      if (!v->isGlobal && fn_ && fn_->lit && where) {
        for (const Scope* s = scope_; s && s != where; s = s->parent)
          if (s == fn_->scope) {
            v->captured = true;
            break;
          }
      }
      v->used = true;
      x.mode = Mode::Variable;
      x.type = v->type ? v->type : table_.invalid();
      if (isInvalid(x.type)) x.mode = Mode::Invalid;
      return;
    }
    case ObjKind::Func: {
      x.mode = Mode::Value;
      auto* sig = obj->type ? obj->type->as<Signature>() : nullptr;
      if (sig && !sig->typeParams.empty()) x.generic = obj->as<Func>();
      // As a value, a function has the plain (interned) function type, names dropped.
      x.type =
          sig ? table_.signature(sig->paramTuple->types, sig->resultTuple->types, sig->variadic)
              : table_.invalid();
      if (isInvalid(x.type)) x.mode = Mode::Invalid;
      return;
    }
    case ObjKind::Builtin:
      x.mode = Mode::Builtin;
      x.builtin = obj->as<Builtin>()->id;
      x.type = table_.invalid();
      return;
    case ObjKind::Nil:
      x.mode = Mode::Value;
      x.type = table_.basic(BasicKind::UntypedNil);
      return;
    default:
      return;
  }
  (void)wantType;
}

void Checker::basicLit(Operand& x, const BasicLit* lit) {
  if (lit->bad) return;  // the scanner reported it
  static const BasicKind kinds[] = {BasicKind::UntypedInt, BasicKind::UntypedFloat,
                                    BasicKind::Invalid, BasicKind::UntypedRune,
                                    BasicKind::UntypedString};
  int k = static_cast<int>(lit->litKind);
  if (lit->litKind == LitKind::Imag) {
    error(lit->pos, "complex numbers are not supported");
    return;
  }
  std::string why;
  x.val = constant::Value::fromLiteral(lit->value, k, &why);
  if (x.val.isUnknown()) {
    error(lit->pos, why.empty() ? "malformed constant: " + lit->value : why);
    return;
  }
  x.mode = Mode::Constant;
  x.type = table_.basic(kinds[k]);
  // Go limits untyped float exponents; absurd literals like 1e1000000 are "too large".
  if (x.type == table_.basic(BasicKind::UntypedInt) && x.val.bitLen() > 512) {
    error(lit->pos, "integer constant too large");
    x.mode = Mode::Invalid;
  }
}

void Checker::unary(Operand& x, const Unary* u) {
  if (u->op == Op::And) {
    // &x: x must be addressable, or a composite literal.
    const Expr* inner = u->x;
    while (auto* p = inner->as<Paren>()) inner = p->x;
    if (auto* lit = inner->as<CompositeLit>()) {
      rawExpr(x, inner, nullptr);
      if (x.invalid()) return;
      x.mode = Mode::Value;
      x.type = table_.pointer(x.type);
      (void)lit;
      return;
    }
    expr(x, u->x);
    if (x.invalid()) return;
    if (x.mode != Mode::Variable) {
      errorAt(u, "invalid operation: cannot take address of " + describe(x));
      x.mode = Mode::Invalid;
      return;
    }
    markAddressTaken(u->x);
    x.mode = Mode::Value;
    x.type = table_.pointer(x.type);
    return;
  }
  if (u->op == Op::Mul) {
    exprOrType(x, u->x);
    if (x.invalid()) return;
    if (x.mode == Mode::TypeExpr) {
      x.type = table_.pointer(x.type);
      return;
    }
    if (x.mode == Mode::Builtin) {
      errorAt(u->x, exprStr(u->x) + " (built-in) must be called");
      x.mode = Mode::Invalid;
      return;
    }
    if (isUntypedNil(x.type)) {
      errorAt(u, "invalid operation: cannot indirect nil");
      x.mode = Mode::Invalid;
      return;
    }
    auto* p = under(x.type)->as<Pointer>();
    if (!p) {
      errorAt(u, "invalid operation: cannot indirect " + describe(x));
      x.mode = Mode::Invalid;
      return;
    }
    x.mode = Mode::Variable;
    x.type = p->elem;
    return;
  }
  if (u->op == Op::Recv) {
    errorAt(u, "channels are not supported");
    x.mode = Mode::Invalid;
    return;
  }
  expr(x, u->x);
  if (x.invalid()) return;
  bool ok = false;
  switch (u->op) {
    case Op::Add:
    case Op::Sub:
      ok = allTerms(x.type, isNumeric);
      break;
    case Op::Xor:
      ok = allTerms(x.type, isInteger);
      break;
    case Op::Not:
      ok = allTerms(x.type, isBoolean);
      break;
    default:
      break;
  }
  if (!ok) {
    errorAt(u, "invalid operation: operator " + std::string(opText(u->op)) + " not defined on " +
                   describe(x));
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant) {
    int prec = 0;
    if (isUnsigned(x.type)) prec = intBits(asBasic(x.type)->basic);
    char op = u->op == Op::Add ? '+' : u->op == Op::Sub ? '-' : u->op == Op::Xor ? '^' : '!';
    x.val = constant::unaryOp(op, x.val, prec);
    x.expr = u;
    overflowCheck(x, u->pos);
    return;
  }
  x.mode = Mode::Value;
}

void Checker::overflowCheck(Operand& x, Pos opPos) {
  if (x.mode != Mode::Constant || x.val.isUnknown()) return;
  if (isTyped(x.type)) {
    std::string why;
    if (!representable(x, asBasic(x.type), &why)) {
      error(opPos, "constant " + x.val.toString() + " overflows " + str(x.type));
      x.mode = Mode::Invalid;
    }
    return;
  }
  if (x.val.kind() == constant::Kind::Int && x.val.bitLen() > 512) {
    error(opPos,
          "constant " + std::string(x.val.sign() < 0 ? "subtraction" : "addition") + " overflow");
    x.mode = Mode::Invalid;
  }
}

void Checker::binary(Operand& x, const Expr* e, const Expr* lhs, const Expr* rhs, Op op,
                     Pos opPos) {
  Operand y;
  expr(x, lhs);
  expr(y, rhs);
  if (x.invalid()) return;
  if (y.invalid()) {
    x.mode = Mode::Invalid;
    return;
  }
  if (op == Op::Shl || op == Op::Shr) {
    shift(x, y, e, op);
    return;
  }
  // Bring untyped operands to a common type when they can mix (Go's canMix); when they cannot,
  // the comparison or the type check below reports the mismatch.
  auto canMix = [&]() {
    auto plainInterface = [](const Type* t) { return isInterface(t) && !t->as<TypeParam>(); };
    if (plainInterface(x.type) || plainInterface(y.type)) return true;
    if (allTerms(x.type, isBoolean) != allTerms(y.type, isBoolean)) return false;
    if (allTerms(x.type, isString) != allTerms(y.type, isString)) return false;
    if (isUntypedNil(x.type) && !hasNil(y.type)) return false;
    if (isUntypedNil(y.type) && !hasNil(x.type)) return false;
    return true;
  };
  bool nilCompare = isComparison(op) && (isUntypedNil(x.type) || isUntypedNil(y.type));
  if (!canMix()) {
  } else if (isUntyped(x.type) && !isUntyped(y.type)) {
    if (!nilCompare) convertUntyped(x, y.type);  // comparison() handles nil operands
  } else if (isUntyped(y.type) && !isUntyped(x.type)) {
    if (!nilCompare) convertUntyped(y, x.type);
  } else if (isUntyped(x.type) && isUntyped(y.type)) {
    auto kx = asBasic(x.type)->basic, ky = asBasic(y.type)->basic;
    if (untypedRank(kx) && untypedRank(ky)) {
      const Type* t = untypedRank(kx) >= untypedRank(ky) ? x.type : y.type;
      x.type = y.type = t;
    }
  }
  if (x.invalid() || y.invalid()) {
    x.mode = Mode::Invalid;
    return;
  }
  if (isComparison(op)) {
    comparison(x, y, op, opPos);
    x.expr = e;
    return;
  }
  if (x.type != y.type) {
    // Untyped nil against a typed operand was handled by comparison; here it is a mismatch.
    errorAt(e, "invalid operation: " + exprStr(e) + " (mismatched types " + str(x.type) + " and " +
                   str(y.type) + ")");
    x.mode = Mode::Invalid;
    return;
  }
  bool ok = false;
  switch (op) {
    case Op::Add:
      ok = allTerms(x.type, [](const Type* t) { return isNumeric(t) || isString(t); });
      break;
    case Op::Sub:
    case Op::Mul:
    case Op::Div:
      ok = allTerms(x.type, isNumeric);
      break;
    case Op::Rem:
    case Op::And:
    case Op::Or:
    case Op::Xor:
    case Op::AndNot:
      ok = allTerms(x.type, isInteger);
      break;
    case Op::AndAnd:
    case Op::OrOr:
      ok = allTerms(x.type, isBoolean);
      break;
    default:
      break;
  }
  if (!ok) {
    errorAt(e, "invalid operation: operator " + std::string(opText(op)) + " not defined on " +
                   describe(x));
    x.mode = Mode::Invalid;
    return;
  }
  if ((op == Op::Div || op == Op::Rem) && y.mode == Mode::Constant && y.val.sign() == 0 &&
      (x.mode == Mode::Constant || isInteger(x.type))) {
    errorAt(rhs, "invalid operation: division by zero");
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    bool intDiv = op == Op::Div && isInteger(x.type);
    x.val = constant::binaryOp(x.val, constOp(op), y.val, intDiv);
    x.expr = e;
    if (x.val.isUnknown()) {
      x.mode = Mode::Invalid;
      return;
    }
    overflowCheck(x, opPos);
    return;
  }
  x.mode = Mode::Value;
  x.expr = e;
}

void Checker::shift(Operand& x, Operand& y, const Expr* e, Op op) {
  // The right operand must be an integer (untyped constants must be representable as uint).
  if (y.mode == Mode::Constant) {
    auto iv = y.val.toInt();
    if (!iv && isUntyped(y.type)) {
      errorAt(y.expr, describe(y) + " truncated to uint");
      x.mode = Mode::Invalid;
      return;
    }
    if (!iv || iv->sign() < 0) {
      errorAt(y.expr, "invalid shift count " + describe(y));
      x.mode = Mode::Invalid;
      return;
    }
    if (isUntyped(y.type)) convertUntyped(y, table_.basic(BasicKind::Uint));
  } else if (!allTerms(y.type, isInteger)) {
    errorAt(y.expr, "invalid operation: shift count " + describe(y) + " must be integer");
    x.mode = Mode::Invalid;
    return;
  } else if (isUntyped(y.type)) {
    // A non-constant untyped count (1 << s used as a count) has nothing to take a type from: it
    // ends up with its default type, as Go's remaining untyped expressions do.
    updateExprType(y.expr, table_.basic(BasicKind::Int), true);
    y.type = table_.basic(BasicKind::Int);
  }
  if (x.mode == Mode::Constant && isUntyped(x.type)) {
    if (!x.val.toInt()) {
      errorAt(x.expr, "invalid operation: shifted operand " + describe(x) + " must be integer");
      x.mode = Mode::Invalid;
      return;
    }
    // A constant shift of 2.0 is an untyped int; 'a' << 1 stays an untyped rune.
    if (y.mode == Mode::Constant && !isInteger(x.type))
      x.type = table_.basic(BasicKind::UntypedInt);
  }
  if (!allTerms(x.type, isInteger) && !(isUntyped(x.type) && x.mode == Mode::Constant)) {
    errorAt(x.expr, "invalid operation: shifted operand " + describe(x) + " must be integer");
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    auto s = y.val.toInt()->uint64Val();
    if (!s || *s > 10000) {
      errorAt(y.expr, "invalid shift count " + describe(y));
      x.mode = Mode::Invalid;
      return;
    }
    x.val = constant::shift(*x.val.toInt(), op == Op::Shl, *s);
    x.expr = e;
    overflowCheck(x, e->pos);
    return;
  }
  // A non-constant shift of an untyped constant: the constant takes the type it would have
  // without the shift (the context decides; default to int here, as Go does for `1 << s` alone).
  if (isUntyped(x.type)) {
    x.mode = Mode::Value;
    x.expr = e;
    return;
  }
  x.mode = Mode::Value;
  x.expr = e;
}

// Why a struct or array type is not comparable, in Go's words ("struct containing []int cannot
// be compared"); empty when there is no such element.
std::string Checker::incomparableReason(const Type* t) {
  const Type* u = under(t);
  if (auto* st = u->as<Struct>()) {
    for (const Var* f : st->fields)
      if (!comparable(f->type)) {
        const Type* fu = under(f->type);
        if (fu->as<Struct>() || fu->as<Array>()) return incomparableReason(f->type);
        return "struct containing " + str(f->type) + " cannot be compared";
      }
  }
  if (auto* a = u->as<Array>()) {
    if (!comparable(a->elem)) {
      const Type* eu = under(a->elem);
      if (eu->as<Struct>() || eu->as<Array>()) return incomparableReason(a->elem);
      return str(t) + " cannot be compared";
    }
  }
  return "";
}

// Go's catch-all cause for an operator not defined on an operand of type t.
std::string Checker::operatorCause(const Type* t, Op op) {
  if (t->as<TypeParam>())
    return "type parameter " + str(t) + " is not comparable with " + std::string(opText(op));
  const Type* u = under(t);
  const char* kind = u->kind == TypeKind::Array       ? "array"
                     : u->kind == TypeKind::Slice     ? "slice"
                     : u->kind == TypeKind::Struct    ? "struct"
                     : u->kind == TypeKind::Pointer   ? "pointer"
                     : u->kind == TypeKind::Signature ? "func"
                     : u->kind == TypeKind::Interface ? "interface"
                     : u->kind == TypeKind::Map       ? "map"
                     : u->kind == TypeKind::Chan      ? "chan"
                                                      : nullptr;
  return "operator " + std::string(opText(op)) + " not defined on " +
         (kind ? std::string(kind) : str(t));
}

// Go's incomparableCause: why == is not defined on t (empty if there is nothing specific).
std::string Checker::incomparableCause(const Type* t) {
  const Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Slice:
      return "slice can only be compared to nil";
    case TypeKind::Map:
      return "map can only be compared to nil";
    case TypeKind::Signature:
      return "func can only be compared to nil";
    default:
      break;
  }
  return incomparableReason(t);
}

// Go compares two operands when either is assignable to the other's type (an interface and a
// value of a type implementing it, a named type and an unnamed one with its underlying type).
bool Checker::assignableEither(const Operand& x, const Operand& y) {
  std::string why;
  Operand px = x, py = y;
  return assignableTo(px, y.type, &why) || assignableTo(py, x.type, &why);
}

void Checker::comparison(Operand& x, Operand& y, Op op, Pos opPos) {
  std::string why;
  bool ok = true;
  bool xNil = isUntypedNil(x.type);
  bool yNil = isUntypedNil(y.type);
  const Expr* e = x.expr;
  const Operand* errOp = &x;
  if (xNil || yNil) {
    const Operand& other = xNil ? y : x;
    if (!(xNil && yNil) && !hasNil(other.type)) {
      ok = false;
      errOp = &y;
      why = "mismatched types " + str(x.type) + " and " + str(y.type);
    } else if (op == Op::Eql || op == Op::Neq) {
      ok = !(xNil && yNil);  // nil == nil: == is not defined on untyped nil
      errOp = &y;
    } else {
      // No order on nil or on the types that have it (nil takes the other operand's type).
      ok = false;
      errOp = &x;
      why = operatorCause(xNil && !yNil ? y.type : x.type, op);
    }
  } else if (x.type != y.type && !assignableEither(x, y)) {
    // Go: either operand must be assignable to the other's type.
    ok = false;
    errOp = &y;
    why = "mismatched types " + str(x.type) + " and " + str(y.type);
  } else if (op == Op::Eql || op == Op::Neq) {
    if (!comparable(x.type) || !comparable(y.type)) {
      ok = false;
      if (comparable(x.type)) errOp = &y;
      why = incomparableCause(errOp->type);
    }
  } else {
    auto ordered = [](const Type* t) {
      return allTerms(t, [](const Type* u) { return isNumeric(u) || isString(u); });
    };
    if (!ordered(x.type) || !ordered(y.type)) {
      ok = false;
      if (ordered(x.type)) errOp = &y;
    }
  }
  if (!ok) {
    if (why.empty()) why = operatorCause(errOp->type, op);
    // Go names the whole comparison: "invalid operation: a == b (mismatched types …)", at the
    // operand at fault.
    error(startPos(errOp->expr), "invalid operation: " + exprStr(e) + " " +
                                     std::string(opText(op)) + " " + exprStr(y.expr) + " (" + why +
                                     ")");
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    x.val = constant::Value::makeBool(constant::compare(x.val, constOp(op), y.val));
  } else {
    x.mode = Mode::Value;
    // Operand types are final now; record them so the lowering sees e.g. int for 1 in x == 1.
    if (isUntyped(x.type) && !xNil) defaultType(x);
    if (isUntyped(y.type) && !yNil) defaultType(y);
  }
  x.type = table_.basic(BasicKind::UntypedBool);
  (void)opPos;
}

bool Checker::representable(Operand& x, const Basic* t, std::string* why) {
  const constant::Value& v = x.val;
  BasicKind k = t->basic;
  if (k == BasicKind::Bool || k == BasicKind::UntypedBool) return v.kind() == constant::Kind::Bool;
  if (k == BasicKind::String || k == BasicKind::UntypedString)
    return v.kind() == constant::Kind::String;
  if (v.kind() != constant::Kind::Int && v.kind() != constant::Kind::Float) return false;
  if (int bits = intBits(k)) {
    auto iv = v.toInt();
    if (!iv) {
      *why = "truncated";
      return false;
    }
    bool isU = k >= BasicKind::Uint8 && k <= BasicKind::Uintptr;
    if (isU) {
      auto u = iv->uint64Val();
      if (!u || (bits < 64 && *u >= (uint64_t(1) << bits))) {
        *why = "overflows";
        return false;
      }
    } else {
      auto s = iv->int64Val();
      if (!s ||
          (bits < 64 && (*s < -(int64_t(1) << (bits - 1)) || *s >= (int64_t(1) << (bits - 1))))) {
        *why = "overflows";
        return false;
      }
    }
    if (v.kind() == constant::Kind::Float) x.val = *iv;
    return true;
  }
  if (k == BasicKind::Float64 || k == BasicKind::Float32) {
    double d = k == BasicKind::Float64 ? v.float64Val() : double(v.float32Val());
    if (std::isinf(d)) {
      *why = "overflows";
      return false;
    }
    x.val = constant::Value::makeFloat64(d);
    return true;
  }
  if (k == BasicKind::UntypedInt || k == BasicKind::UntypedRune) {
    if (!v.toInt()) {
      *why = "truncated";
      return false;
    }
    return true;
  }
  if (k == BasicKind::UntypedFloat) return true;
  return false;
}

void Checker::defaultType(Operand& x) {
  auto* b = x.type ? x.type->as<Basic>() : nullptr;
  if (!b) return;
  const Type* t = nullptr;
  switch (b->basic) {
    case BasicKind::UntypedBool:
      t = table_.basic(BasicKind::Bool);
      break;
    case BasicKind::UntypedInt:
      t = table_.basic(BasicKind::Int);
      break;
    case BasicKind::UntypedRune:
      t = table_.basic(BasicKind::Int32);
      break;
    case BasicKind::UntypedFloat:
      t = table_.basic(BasicKind::Float64);
      break;
    case BasicKind::UntypedString:
      t = table_.basic(BasicKind::String);
      break;
    default:
      return;
  }
  convertUntyped(x, t);
}

void Checker::convertUntyped(Operand& x, const Type* target) {
  if (x.invalid() || !isUntyped(x.type) || isInvalid(target)) return;
  auto kind = asBasic(x.type)->basic;
  const Type* tu = under(target);
  auto fail = [&](const std::string&) {
    errorAt(x.expr, "cannot convert " + describe(x) + " to " + str(target));
    x.mode = Mode::Invalid;
  };
  if (kind == BasicKind::UntypedNil) {
    if (!hasNil(target)) {
      fail("");
      return;
    }
    x.type = target;
    updateExprType(x.expr, target, true);
    return;
  }
  if (auto* b = tu->as<Basic>()) {
    if (isUntyped(b)) {
      // untyped → another untyped kind (in mixed untyped expressions)
      x.type = target;
      return;
    }
    if (x.mode == Mode::Constant) {
      std::string why;
      if (!representable(x, b, &why)) {
        if (why.empty()) {
          fail("");
        } else {
          errorAt(x.expr, describe(x) + (why == "truncated" ? " truncated to " : " overflows ") +
                              str(target));
          x.mode = Mode::Invalid;
        }
        return;
      }
    } else {
      bool ok = (kind == BasicKind::UntypedBool && isBoolean(b)) ||
                ((kind == BasicKind::UntypedInt || kind == BasicKind::UntypedRune ||
                  kind == BasicKind::UntypedFloat) &&
                 isNumeric(b)) ||
                (kind == BasicKind::UntypedString && isString(b));
      if (!ok) {
        fail("");
        return;
      }
    }
    x.type = target;
    updateExprType(x.expr, target, true);
    return;
  }
  if (tu->as<Interface>()) {
    defaultType(x);  // an untyped value in an interface takes its default type
    return;
  }
  if (auto* tp = target->as<TypeParam>()) {
    // Must fit every type in the type set; the result is a value of type T, not a constant.
    auto* c = constraintOf(tp);
    if (!c || !c->hasTerms || c->terms.empty()) {
      fail("");
      return;
    }
    // (Go reports the conversion to T, whichever term it does not fit.)
    auto fits = [&](const Type* t) {
      const Type* u = under(t);
      if (u->as<Interface>()) return true;
      auto* b = u->as<Basic>();
      if (!b) return false;
      Operand tmp = x;
      std::string why;
      if (x.mode == Mode::Constant) return representable(tmp, b, &why);
      return (kind == BasicKind::UntypedBool && isBoolean(b)) ||
             ((kind == BasicKind::UntypedInt || kind == BasicKind::UntypedRune) && isNumeric(b)) ||
             (kind == BasicKind::UntypedFloat && isNumeric(b)) ||
             (kind == BasicKind::UntypedString && isString(b));
    };
    for (const auto& term : c->terms)
      if (!fits(term.type)) {
        fail("");
        return;
      }
    x.mode = x.mode == Mode::Constant ? Mode::Value : x.mode;
    x.type = target;
    updateExprType(x.expr, target, true);
    return;
  }
  fail("");
}

void Checker::typeAssertion(Operand& x, const TypeAssert* e) {
  expr(x, e->x);
  if (x.invalid()) return;
  if (!e->type) {
    errorAt(e, "invalid syntax tree: use of .(type) outside type switch");
    x.mode = Mode::Invalid;
    return;
  }
  if (!isInterface(x.type)) {
    errorAt(e->x,
            "invalid operation: " + exprStr(e->x) + " (" + operandStr(x) + ") is not an interface");
    x.mode = Mode::Invalid;
    return;
  }
  const Type* t = typeExpr(e->type);
  if (isInvalid(t)) {
    x.mode = Mode::Invalid;
    return;
  }
  checkAssertable(x.type, t, e);
  x.mode = Mode::CommaOk;
  x.type = t;
}

// A concrete type in x.(T) or a type switch case must implement the interface.
bool Checker::checkAssertable(const Type* iface, const Type* t, const Expr* at) {
  // A type parameter counts as an interface here, as in go/types (its under is its constraint).
  if (isInterface(t) || t->as<TypeParam>() || inInstance_) return true;
  std::string why;
  if (implements(t, iface, &why)) return true;
  // Go: "impossible type assertion: x.(T)\n\tT does not implement I (missing method M)"
  if (auto* ta = at->as<TypeAssert>())
    errorAt(ta->type, "impossible type assertion: " + exprStr(at) + "\n\t" + why);
  else
    errorAt(at, "impossible type switch case: " + exprStr(at) + "\n\t" + why);
  return false;
}

void Checker::updateExprType(const Expr* e, const Type* t, bool final) {
  if (!e) return;
  auto it = info_.types.find(e);
  if (it == info_.types.end()) return;
  if (!isUntyped(it->second.type)) return;
  switch (e->kind) {
    case Kind::Paren:
      updateExprType(e->as<Paren>()->x, t, final);
      break;
    case Kind::Unary:
      updateExprType(e->as<Unary>()->x, t, final);
      break;
    case Kind::Binary: {
      auto* b = e->as<Binary>();
      if (isComparison(b->op)) break;  // operands keep their own (already final) types
      if ((b->op == Op::Shl || b->op == Op::Shr) && final && it->second.mode != Mode::Constant &&
          !isUntyped(t) && !isInteger(t)) {
        // 1 << n takes the type of its context, which must be an integer type.
        errorAt(e, "invalid operation: " + exprStr(e) + " (shift of type " + str(t) + ")");
        it->second.type = t;
        return;
      }
      updateExprType(b->x, t, final);
      if (b->op != Op::Shl && b->op != Op::Shr) updateExprType(b->y, t, final);
      break;
    }
    default:
      break;
  }
  it->second.type = t;
  if (it->second.mode == Mode::Constant && !it->second.value.isUnknown()) {
    Operand tmp;
    tmp.mode = Mode::Constant;
    tmp.val = it->second.value;
    tmp.type = t;
    std::string why;
    if (auto* b = asBasic(t); b && !isUntyped(b) && representable(tmp, b, &why))
      it->second.value = tmp.val;
  }
}

}  // namespace gm::types
