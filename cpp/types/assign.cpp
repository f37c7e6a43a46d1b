// Assignability (Go spec "Assignability") and assignments, := declarations, initializers.
#include "types/checker.h"

namespace gm::types {

using namespace syntax;

bool Checker::assignableTo(Operand& x, const Type* t, std::string* why) {
  const Type* v = x.type;
  if (v == t || isInvalid(v) || isInvalid(t)) return true;
  // A value of an unnamed type (or untyped) to a type parameter: assignable to every type in its
  // type set.
  if (auto* tp = t->as<TypeParam>(); tp && (!isNamed(v) || isUntyped(v))) {
    auto* c = constraintOf(tp);
    if (!c || !c->hasTerms || c->terms.empty()) return false;
    for (const auto& term : c->terms) {
      Operand tmp = x;
      if (!assignableTo(tmp, term.type, why)) return false;
    }
    return true;
  }
  const Type* vu = under(v);
  const Type* tu = under(t);
  if (isUntyped(v)) {
    if (auto* tb = tu->as<Basic>()) {
      if (x.mode == Mode::Constant) {
        Operand tmp = x;
        return representable(tmp, tb, why);
      }
      auto k = asBasic(v)->basic;
      if (k == BasicKind::UntypedBool) return isBoolean(tb);
      if (k == BasicKind::UntypedNil) return tb->basic == BasicKind::UnsafePointer;
      // A non-constant untyped number: a shift of an untyped constant (1 << n) takes the type
      // it is assigned to (convertUntyped then checks the shift).
      if (k == BasicKind::UntypedInt || k == BasicKind::UntypedRune) return isNumeric(tb);
      // (1.0 << s takes an integer type: updateExprType checks the shift.)
      if (k == BasicKind::UntypedFloat) return isNumeric(tb);
      return false;
    }
    if (asBasic(v)->basic == BasicKind::UntypedNil) return hasNil(t);
    if (auto* iface = tu->as<Interface>()) return iface->allMethods.empty() && !iface->hasTerms;
    return false;
  }
  // Identical underlying types and at least one of them not a named type.
  if (vu == tu && (!isNamed(v) || !isNamed(t)) && v->kind != TypeKind::TypeParam &&
      t->kind != TypeKind::TypeParam)
    return true;
  if (tu->kind == TypeKind::Interface && t->kind != TypeKind::TypeParam)
    return implements(v, t, why);
  // An interface value where a concrete type that implements it is wanted.
  if (vu->kind == TypeKind::Interface && tu->kind != TypeKind::Interface && why &&
      implements(t, v, nullptr)) {
    *why = "need type assertion";
    return false;
  }
  // A bidirectional channel to a channel type with the same element type.
  if (auto* vc = vu->as<Chan>(); vc && vc->dir == 0)
    if (auto* tc = tu->as<Chan>(); tc && tc->elem == vc->elem) return !isNamed(v) || !isNamed(t);
  // A value of a type parameter to an unnamed type: each type in its type set must be assignable.
  if (auto* vp = v->as<TypeParam>(); vp && !isNamed(t)) {
    auto* c = constraintOf(vp);
    if (!c || !c->hasTerms || c->terms.empty()) return false;
    for (const auto& term : c->terms) {
      Operand tmp = x;
      tmp.type = term.type;
      if (!assignableTo(tmp, t, why)) return false;
    }
    return true;
  }
  return false;
}

void Checker::assignment(Operand& x, const Type* t, const char* context) {
  if (x.invalid() || isInvalid(t)) return;
  if (x.mode == Mode::TypeExpr || x.mode == Mode::Builtin || x.mode == Mode::NoValue) {
    errorAt(x.expr, exprStr(x.expr) + " (" + operandStr(x) + ") is not an expression");
    x.mode = Mode::Invalid;
    return;
  }
  if (t->kind == TypeKind::Tuple) return;
  std::string why;
  if (isUntyped(x.type)) {
    const Type* target = t;
    if (isInterface(t) && asBasic(x.type)->basic != BasicKind::UntypedNil) target = nullptr;
    if (target) {
      Operand probe = x;
      if (!assignableTo(probe, t, &why)) {
        std::string reason = why.empty() ? "" : " (" + why + ")";
        errorAt(x.expr,
                "cannot use " + describe(x) + " as " + str(t) + " value in " + context + reason);
        x.mode = Mode::Invalid;
        return;
      }
      convertUntyped(x, t);
      return;
    }
    defaultType(x);
    if (x.invalid()) return;
  }
  if (!assignableTo(x, t, &why)) {
    // Go 1.19 wording for typed operands: "as type T in …" (constants say "as T value in").
    errorAt(x.expr, "cannot use " + describe(x) + " as type " + str(t) + " in " + context +
                        (why.empty() ? "" : ":\n\t" + why));
    x.mode = Mode::Invalid;
  }
}

void Checker::assignMismatch(const Node* at, size_t nvars, const std::vector<Expr*>& rhs,
                             size_t nvals) {
  std::string msg = "assignment mismatch: " + std::to_string(nvars) + " variable" +
                    (nvars != 1 ? "s" : "") + " but ";
  if (rhs.size() == 1 && rhs[0]->kind == Kind::Call)
    msg += exprStr(rhs[0]->as<Call>()->fun) + " returns ";
  msg += std::to_string(nvals) + " value" + (nvals != 1 ? "s" : "");
  errorAt(at, msg);
}

void Checker::initVars(const std::vector<Var*>& lhs, const std::vector<Expr*>& rhs, const Node* at,
                       bool returnStmt) {
  // Go 1.19 words := as an assignment and var as a variable declaration.
  const char* context = returnStmt                       ? "return statement"
                        : at && at->kind == Kind::Assign ? "assignment"
                                                         : "variable declaration";
  auto setTypes = [&](std::vector<Operand>& vals) {
    for (size_t i = 0; i < lhs.size(); ++i) {
      Operand& x = vals[i];
      if (x.invalid()) {
        if (!lhs[i]->type) lhs[i]->type = table_.invalid();
        lhs[i]->used = true;  // no follow-on "declared but not used"
        continue;
      }
      if (!lhs[i]->type) {
        if (isUntyped(x.type)) {
          if (isUntypedNil(x.type)) {
            errorAt(x.expr, "use of untyped nil in " + std::string(context));
            lhs[i]->type = table_.invalid();
            continue;
          }
          defaultType(x);
        }
        lhs[i]->type = x.invalid() ? table_.invalid() : x.type;
        continue;
      }
      assignment(x, lhs[i]->type, context);
      if (x.invalid()) lhs[i]->used = true;
    }
  };
  if (lhs.size() == rhs.size() && rhs.size() != 1) {
    std::vector<Operand> vals(rhs.size());
    for (size_t i = 0; i < rhs.size(); ++i) expr(vals[i], rhs[i]);
    setTypes(vals);
    return;
  }
  if (rhs.size() == 1) {
    std::vector<Operand> vals;
    multiExpr(vals, rhs[0], lhs.size() == 2);
    if (vals.size() == lhs.size()) {
      setTypes(vals);
      return;
    }
    if (!vals.empty() && vals[0].invalid()) {
      for (Var* v : lhs)
        if (!v->type) v->type = table_.invalid();
      return;
    }
    assignMismatch(rhs[0], lhs.size(), rhs, vals.size());
  } else {
    for (const Expr* e : rhs) {
      Operand tmp;
      expr(tmp, e);
    }
    assignMismatch(at, lhs.size(), rhs, rhs.size());
  }
  for (Var* v : lhs)
    if (!v->type) v->type = table_.invalid();
}

void Checker::assignVar(const Expr* lhs, Operand& x) {
  if (x.invalid()) return;
  if (auto* n = lhs->as<Name>(); n && n->value == "_") {
    info_.defs[n] = nullptr;
    if (isUntyped(x.type)) {
      if (isUntypedNil(x.type)) {
        errorAt(x.expr, "use of untyped nil in assignment");
        return;
      }
      defaultType(x);
    }
    return;
  }
  Operand z;
  // Assigning to a variable is not a use of it.
  Var* v = nullptr;
  bool wasUsed = false;
  if (auto* n = lhs->as<Name>()) {
    if (Object* o = lookup(n->value)) {
      v = o->as<Var>();
      if (v) wasUsed = v->used;
    }
  }
  expr(z, lhs);
  if (v) v->used = wasUsed;
  if (z.invalid()) return;
  if (z.mode != Mode::Variable && z.mode != Mode::MapIndex) {
    const Expr* inner = lhs;
    while (auto* p = inner->as<Paren>()) inner = p->x;
    if (auto* sel = inner->as<Selector>()) {
      auto it = info_.types.find(sel->x);
      if (it != info_.types.end() && it->second.mode == Mode::MapIndex) {
        errorAt(lhs, "cannot assign to struct field " + exprStr(lhs) + " in map");
        return;
      }
    }
    errorAt(lhs, "cannot assign to " + exprStr(lhs) +
                     " (neither addressable nor a map index expression)");
    return;
  }
  assignment(x, z.type, "assignment");
}

void Checker::assignVars(const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs) {
  if (lhs.size() == rhs.size() && rhs.size() != 1) {
    std::vector<Operand> vals(rhs.size());
    for (size_t i = 0; i < rhs.size(); ++i) expr(vals[i], rhs[i]);
    for (size_t i = 0; i < lhs.size(); ++i) assignVar(lhs[i], vals[i]);
    return;
  }
  if (rhs.size() == 1) {
    std::vector<Operand> vals;
    multiExpr(vals, rhs[0], lhs.size() == 2);
    if (vals.size() == lhs.size()) {
      for (size_t i = 0; i < lhs.size(); ++i) assignVar(lhs[i], vals[i]);
      return;
    }
    if (!vals.empty() && vals[0].invalid()) return;
    assignMismatch(rhs[0], lhs.size(), rhs, vals.size());
    return;
  }
  assignMismatch(lhs[0], lhs.size(), rhs, rhs.size());
}

void Checker::shortVarDecl(const Assign* s) {
  std::vector<Var*> lhsVars;
  std::vector<Var*> newVars;
  std::vector<const Name*> newNames;
  bool anyNew = false;
  for (const Expr* e : s->lhs) {
    auto* n = e->as<Name>();
    if (!n) {
      errorAt(e, "non-name " + exprStr(e) + " on left side of :=");
      Operand tmp;
      expr(tmp, e);
      lhsVars.push_back(table_.newObject<Var>("_", e->pos, nullptr));
      continue;
    }
    Object* existing = scope_->lookupLocal(n->value);
    if (existing && n->value != "_") {
      info_.uses[n] = existing;
      auto* v = existing->as<Var>();
      if (!v) {
        errorAt(e, "cannot assign to " + n->value);
        v = table_.newObject<Var>("_", n->pos, table_.invalid());
      }
      lhsVars.push_back(v);
      continue;
    }
    for (const Name* prev : newNames)
      if (prev->value == n->value && n->value != "_")
        error(n->pos, n->value + " repeated on left side of :=");
    auto* v = table_.newObject<Var>(n->value, n->pos, nullptr);
    v->pkg = pkg_;
    v->declNode = s;
    info_.defs[n] = v;
    lhsVars.push_back(v);
    newVars.push_back(v);
    newNames.push_back(n);
    anyNew = anyNew || n->value != "_";
  }
  // Existing variables on the left take assignments; new ones take the initializer's types.
  initVars(lhsVars, s->rhs, s);
  for (size_t i = 0; i < newVars.size(); ++i) {
    if (newNames[i]->value == "_") continue;
    declareLocal(newVars[i], newNames[i]);
  }
  if (!anyNew) error(s->pos, "no new variables on left side of :=");
}

}  // namespace gm::types
