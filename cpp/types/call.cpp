// Calls of functions and methods, and conversions T(x).
#include "types/checker.h"

namespace gm::types {

using namespace syntax;

void Checker::call(Operand& x, const Call* c) {
  exprOrType(x, c->fun);
  if (x.invalid()) {
    for (const Expr* a : c->args) {
      Operand tmp;
      rawExpr(tmp, a, nullptr);
    }
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::TypeExpr) {
    const Type* t = x.type;
    if (c->args.size() != 1) {
      errorAt(c, c->args.empty() ? "missing argument in conversion to " + str(t)
                                 : "too many arguments in conversion to " + str(t));
      x.mode = Mode::Invalid;
      return;
    }
    if (c->hasDots) {
      errorAt(c->args[0], "invalid use of ... in conversion to " + str(t));
      x.mode = Mode::Invalid;
      return;
    }
    expr(x, c->args[0]);
    if (x.invalid()) return;
    conversion(x, t, c);
    x.expr = c;
    return;
  }
  if (x.mode == Mode::Builtin) {
    builtinCall(x, c, x.builtin);
    x.expr = c;
    return;
  }
  auto* sig = coreOf(x.type)->as<Signature>();
  if (!sig) {
    errorAt(c, "invalid operation: cannot call non-function " + describe(x));
    x.mode = Mode::Invalid;
    return;
  }
  std::vector<Operand> args;
  if (c->args.size() == 1 && !c->hasDots) {
    multiExpr(args, c->args[0], false);
  } else {
    for (const Expr* a : c->args) {
      Operand v;
      expr(v, a);
      args.push_back(v);
    }
  }
  if (x.generic) {
    for (auto& a : args)
      if (a.invalid()) {
        x.mode = Mode::Invalid;
        return;
      }
    if (!instantiateForCall(x, args, c)) {
      x.mode = Mode::Invalid;
      return;
    }
    sig = x.type->as<Signature>();
  }
  arguments(c, sig, args, exprStr(c->fun));
  x.expr = c;
  if (sig->results.empty()) {
    x.mode = Mode::NoValue;
    x.type = sig->resultTuple;
  } else if (sig->results.size() == 1) {
    x.mode = Mode::Value;
    x.type = sig->results[0]->type;
  } else {
    x.mode = Mode::Value;
    x.type = sig->resultTuple;
  }
}

void Checker::arguments(const Call* c, const Signature* sig, const std::vector<Operand>& argsIn,
                        const std::string& calleeName) {
  std::vector<Operand> args = argsIn;
  for (auto& a : args)
    if (a.invalid()) return;
  const std::string context = "argument to " + calleeName;
  size_t nparams = sig->params.size();
  size_t nargs = args.size();
  auto haveWant = [&]() {
    std::string have = "(";
    for (size_t i = 0; i < args.size(); ++i) {
      if (i) have += ", ";
      // Go names untyped numeric constants "number"; other untyped ones by their kind.
      bool number =
          isUntyped(args[i].type) && args[i].mode == Mode::Constant && isNumeric(args[i].type);
      const Type* t = args[i].type;
      have += number                         ? "number"
              : isUntyped(t) && isString(t)  ? "string"
              : isUntyped(t) && isBoolean(t) ? "bool"
                                             : str(t);
    }
    have += ")";
    std::string want = "(";
    for (size_t i = 0; i < nparams; ++i) {
      if (i) want += ", ";
      if (sig->variadic && i + 1 == nparams)
        want += "..." + str(sig->params[i]->type->as<Slice>()->elem);
      else
        want += str(sig->params[i]->type);
    }
    want += ")";
    return "\n\thave " + have + "\n\twant " + want;
  };
  if (c->hasDots) {
    if (!sig->variadic) {
      errorAt(c->args.back(), "have (...) but function is not variadic: " + calleeName);
      return;
    }
    if (nargs != nparams) {
      error(nargs < nparams ? (c->args.empty() ? startPos(c) : startPos(c->args.back()))
                            : startPos(c->args[nparams]),
            std::string(nargs < nparams ? "not enough" : "too many") + " arguments in call to " +
                calleeName + haveWant());
      return;
    }
    for (size_t i = 0; i < nargs; ++i) assignment(args[i], sig->params[i]->type, context.c_str());
    return;
  }
  size_t fixed = sig->variadic ? nparams - 1 : nparams;
  if (nargs < fixed || (!sig->variadic && nargs > nparams)) {
    bool tooFew = nargs < fixed;
    // Go reports at the first extra argument, else the last argument, else the call.
    Pos at = !tooFew           ? startPos(c->args[sig->variadic ? nparams : nparams])
             : c->args.empty() ? startPos(c)
                               : startPos(c->args.back());
    error(at, std::string(tooFew ? "not enough" : "too many") + " arguments in call to " +
                  calleeName + haveWant());
    return;
  }
  for (size_t i = 0; i < nargs; ++i) {
    const Type* pt = i < fixed ? sig->params[i]->type : sig->params.back()->type->as<Slice>()->elem;
    assignment(args[i], pt, context.c_str());
  }
}

bool Checker::convertibleTo(const Operand& x, const Type* t) {
  // With type parameters: convertible for every pair of types in the two type sets.
  // (A type parameter without specific types stands for itself: then the ordinary rules apply,
  // e.g. any(v) through its constraint's method set.)
  auto terms = [](const Type* u) -> std::vector<const Type*> {
    auto* tp = u->as<TypeParam>();
    auto* c = tp ? constraintOf(tp) : nullptr;
    if (!c || !c->hasTerms || c->terms.empty()) return {u};
    std::vector<const Type*> out;
    for (const auto& term : c->terms) out.push_back(term.type);
    return out;
  };
  auto from = terms(x.type), to = terms(t);
  if (from != std::vector<const Type*>{x.type} || to != std::vector<const Type*>{t}) {
    for (const Type* f : from)
      for (const Type* g : to) {
        Operand tmp = x;
        tmp.type = f;
        if (x.type->as<TypeParam>()) tmp.mode = Mode::Value;
        if (!convertibleTo(tmp, g)) return false;
        if (tmp.mode == Mode::Constant && isConstType(g)) {  // e.g. T(300) with T ~int8
          std::string why;
          if (!isString(g) && !representable(tmp, asBasic(g), &why)) return false;
        }
      }
    return true;
  }
  Operand tmp = x;
  std::string why;
  if (assignableTo(tmp, t, &why)) return true;
  const Type* vu = under(x.type);
  const Type* tu = under(t);
  if (identicalIgnoreTags(vu, tu)) return true;
  if (auto* vp = x.type->as<Pointer>()) {
    if (auto* tp = t->as<Pointer>()) {
      if (identicalIgnoreTags(under(vp->elem), under(tp->elem)) && !vp->elem->as<TypeParam>() &&
          !tp->elem->as<TypeParam>())
        return true;
    }
  }
  // A slice to a pointer to an array of the same element type (Go 1.17).
  if (auto* s = vu->as<Slice>())
    if (auto* p = tu->as<Pointer>())
      if (auto* a = under(p->elem)->as<Array>(); a && a->elem == s->elem) return true;
  if (isNumeric(vu) && isNumeric(tu)) return true;
  // unsafe.Pointer converts to and from any pointer type and uintptr.
  auto isUnsafePtr = [](const Type* u) {
    auto* b = u->as<Basic>();
    return b && b->basic == BasicKind::UnsafePointer;
  };
  auto isUintptr = [](const Type* u) {
    auto* b = u->as<Basic>();
    return b && b->basic == BasicKind::Uintptr;
  };
  if (isUnsafePtr(vu) && (tu->as<Pointer>() || isUintptr(tu))) return true;
  if (isUnsafePtr(tu) && (vu->as<Pointer>() || isUintptr(vu))) return true;
  if (isString(tu)) {
    if (isInteger(vu)) return true;
    if (auto* s = vu->as<Slice>()) {
      auto* eb = asBasic(s->elem);
      return eb && (eb->basic == BasicKind::Uint8 || eb->basic == BasicKind::Int32);
    }
  }
  if (isString(vu)) {
    if (auto* s = tu->as<Slice>()) {
      auto* eb = asBasic(s->elem);
      return eb && (eb->basic == BasicKind::Uint8 || eb->basic == BasicKind::Int32);
    }
  }
  return false;
}

void Checker::conversion(Operand& x, const Type* t, const Call* c) {
  bool constArg = x.mode == Mode::Constant;
  if (x.type->as<TypeParam>() || t->as<TypeParam>()) {
    // Never a constant: the result's type is only known per instantiation.
    if (!convertibleTo(x, t)) {
      errorAt(x.expr, "cannot convert " + describe(x) + " to type " + str(t));
      x.mode = Mode::Invalid;
      return;
    }
    if (isUntyped(x.type) && !t->as<TypeParam>()) convertUntyped(x, t);
    x.mode = Mode::Value;
    x.type = t;
    return;
  }
  if (constArg && isConstType(t)) {
    // Constant conversions yield constants and must be representable (ints truncate-check).
    const Basic* tb = asBasic(t);
    if (isString(tb) && isInteger(x.type)) {
      // string(rune constant): the UTF-8 encoding, or "\uFFFD" when out of range.
      auto iv = x.val.int64Val();
      int64_t r = iv ? *iv : 0xFFFD;
      if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
      std::string s;
      auto u = static_cast<uint32_t>(r);
      if (u < 0x80)
        s += char(u);
      else if (u < 0x800) {
        s += char(0xC0 | (u >> 6));
        s += char(0x80 | (u & 0x3F));
      } else if (u < 0x10000) {
        s += char(0xE0 | (u >> 12));
        s += char(0x80 | ((u >> 6) & 0x3F));
        s += char(0x80 | (u & 0x3F));
      } else {
        s += char(0xF0 | (u >> 18));
        s += char(0x80 | ((u >> 12) & 0x3F));
        s += char(0x80 | ((u >> 6) & 0x3F));
        s += char(0x80 | (u & 0x3F));
      }
      x.val = constant::Value::makeString(s);
      x.type = t;
      return;
    }
    bool kindsOk = (isNumeric(tb) && isNumeric(x.type)) || (isString(tb) && isString(x.type)) ||
                   (isBoolean(tb) && isBoolean(x.type));
    if (kindsOk) {
      std::string why;
      Operand tmp = x;
      if (isInteger(tb) && x.val.kind() == constant::Kind::Float && !x.val.toInt()) {
        errorAt(x.expr, "cannot convert " + describe(x) + " to type " + str(t));
        x.mode = Mode::Invalid;
        return;
      }
      if (!representable(tmp, tb, &why)) {
        errorAt(x.expr, "cannot convert " + describe(x) + " to type " + str(t));
        x.mode = Mode::Invalid;
        return;
      }
      x.val = tmp.val;
      x.type = t;
      if (isUntyped(c->args[0] ? info_.types[c->args[0]].type : t))
        updateExprType(c->args[0], t, true);
      return;
    }
  }
  if (!convertibleTo(x, t)) {
    errorAt(x.expr, "cannot convert " + describe(x) + " to type " + str(t));
    x.mode = Mode::Invalid;
    return;
  }
  if (isUntypedNil(x.type)) {
    convertUntyped(x, t);  // []int(nil): the nil has the target type
  } else if (isUntyped(x.type)) {
    // e.g. float64(1 << s), []byte("lit"): the operand takes the target (or default) type.
    if (isConstType(under(t)) && !isString(under(t)))
      convertUntyped(x, t);
    else
      defaultType(x);
  }
  x.mode = Mode::Value;
  x.type = t;
}

}  // namespace gm::types
