// Generics: type parameter lists, constraints and type sets, instantiation and inference.
//
// A generic declaration is checked once with its type parameters as opaque types (that is where
// Go's errors come from). Each instantiation — Sum[int32], List[string] — is a fresh copy of the
// declaration's syntax checked with the type parameter names bound to the type arguments, so the
// lowering only ever sees concrete code (monomorphization) and needs no substitution of its own.
// Identical instantiations are one object (type identity stays pointer equality).
#include <algorithm>
#include <functional>

#include "syntax/clone.h"
#include "syntax/directive.h"
#include "syntax/parser.h"
#include "types/checker.h"

namespace gm::types {

using namespace syntax;

const Interface* constraintOf(const TypeParam* tp) {
  return tp->constraint ? under(tp->constraint)->as<Interface>() : nullptr;
}

bool allTerms(const Type* t, bool (*pred)(const Type*)) {
  auto* tp = t->as<TypeParam>();
  if (!tp) return pred(t);
  auto* c = constraintOf(tp);
  if (!c || !c->hasTerms || c->terms.empty()) return false;
  for (const auto& term : c->terms)
    if (!allTerms(term.type, pred)) return false;
  return true;
}

bool isByteString(const Type* t) {
  return t->as<TypeParam>() && allTerms(t, [](const Type* u) {
           auto* s = under(u)->as<Slice>();
           auto* b = s ? asBasic(s->elem) : nullptr;
           return isString(u) || (b && b->basic == BasicKind::Uint8);
         });
}

const Type* coreType(const Type* t) {
  auto* tp = t->as<TypeParam>();
  if (!tp) return under(t);
  auto* c = constraintOf(tp);
  if (!c || !c->hasTerms || c->terms.empty()) return nullptr;
  const Type* core = nullptr;
  for (const auto& term : c->terms) {
    const Type* u = coreType(term.type);
    if (!u || (core && core != u)) return nullptr;
    core = u;
  }
  return core;
}

void Checker::unionTerms(const Expr* e, std::vector<Interface::Term>& out) {
  if (auto* b = e->as<Binary>(); b && b->op == Op::Or) {
    unionTerms(b->x, out);
    unionTerms(b->y, out);
    return;
  }
  bool tilde = false;
  if (auto* u = e->as<Unary>(); u && u->op == Op::Tilde) {
    tilde = true;
    e = u->x;
  }
  bool saved = inConstraint_;
  inConstraint_ = true;
  const Type* t = typeExpr(e);
  inConstraint_ = saved;
  if (tilde && under(t) != t)
    errorAt(e, "invalid use of ~ (underlying type of " + str(t) + " is " + str(under(t)) + ")");
  out.push_back({tilde, t});
}

// The terms of a union: an interface among them contributes its own type set (Signed | Unsigned).
// Returns false when the union is all types (any | int): it then restricts nothing.
bool Checker::unionTermsFlat(const Expr* e, std::vector<Interface::Term>& out) {
  std::vector<Interface::Term> terms;
  unionTerms(e, terms);
  if (terms.size() == 1) {
    out.push_back(terms[0]);
    return true;
  }
  bool restricts = true;
  for (const auto& term : terms) {
    auto* iface = term.tilde ? nullptr : under(term.type)->as<Interface>();
    if (!iface) {
      out.push_back(term);
      continue;
    }
    if (!iface->allMethods.empty())
      errorAt(e, "cannot use " + str(term.type) + " in union (" + str(term.type) +
                     " contains methods)");
    else if (iface->comparable)
      errorAt(e, "cannot use comparable in union");
    else if (!iface->hasTerms)
      restricts = false;
    out.insert(out.end(), iface->terms.begin(), iface->terms.end());
  }
  return restricts;
}

// A constraint: an interface, or a type-set expression (`~int | ~float64`, `int`) standing for
// interface{ that }.
const Type* Checker::constraintType(const Expr* e) {
  while (auto* p = e->as<Paren>()) e = p->x;
  std::vector<Interface::Term> terms;
  if (!unionTermsFlat(e, terms)) return table_.emptyInterface();
  if (terms.size() == 1 && !terms[0].tilde &&
      (isInterface(terms[0].type) || isInvalid(terms[0].type)))
    return terms[0].type;
  auto* iface = table_.make<Interface>();
  iface->hasTerms = true;
  iface->terms = std::move(terms);
  iface->complete = true;
  return table_.interfaceType(iface);
}

std::vector<const TypeParam*> Checker::declareTypeParams(const std::vector<Field*>& fields,
                                                         Scope* scope) {
  std::vector<TypeParam*> tps;
  for (size_t i = 0; i < fields.size(); ++i) {
    const Field* f = fields[i];
    auto* tn = table_.newObject<TypeName>(f->name->value, f->name->pos);
    tn->pkg = pkg_;
    auto* tp = table_.make<TypeParam>(tn, static_cast<int>(i));
    tn->type = tp;
    info_.defs[f->name] = tn;
    if (tn->name != "_")
      if (Object* prev = scope->insert(tn)) redeclared(tn, prev);
    tps.push_back(tp);
  }
  Scope* saved = scope_;
  scope_ = scope;
  for (size_t i = 0; i < fields.size(); ++i) tps[i]->constraint = constraintType(fields[i]->type);
  scope_ = saved;
  return {tps.begin(), tps.end()};
}

// ---- satisfaction ------------------------------------------------------------------------

// Whether type argument t satisfies constraint c; *why gets Go's reason.
bool Checker::satisfies(const Type* t, const Type* c, std::string* why) {
  auto* iface = under(c)->as<Interface>();
  if (!iface) return true;  // reported where the constraint was declared
  if (iface->hasTerms) {
    auto inSet = [&](const Type* x) {
      for (const auto& term : iface->terms)
        if (term.type == x || (term.tilde && under(x) == under(term.type))) return true;
      return false;
    };
    bool ok;
    if (auto* tp = t->as<TypeParam>()) {
      auto* tc = constraintOf(tp);
      ok = tc && tc->hasTerms && !tc->terms.empty();
      if (ok)
        for (const auto& term : tc->terms)
          ok = ok && (inSet(term.type) ||
                      std::any_of(iface->terms.begin(), iface->terms.end(), [&](auto& u) {
                        return u.tilde && term.tilde && under(u.type) == under(term.type);
                      }));
    } else {
      ok = inSet(t);
    }
    if (!ok) {
      std::string set;
      for (size_t i = 0; i < iface->terms.size(); ++i) {
        if (i) set += " | ";
        set += (iface->terms[i].tilde ? "~" : "") + str(iface->terms[i].type);
      }
      *why = str(t) + " does not implement " + str(c) + " (" + str(t) + " missing in " + set + ")";
      return false;
    }
  }
  if (iface->comparable && !comparable(t)) {
    *why = str(t) + " does not implement comparable";
    return false;
  }
  if (!iface->allMethods.empty()) {
    auto* plain = table_.make<Interface>();
    plain->allMethods = iface->allMethods;
    plain->methods = iface->allMethods;
    plain->complete = true;
    std::string reason;
    if (!implements(t, table_.interfaceType(plain), &reason)) {
      // implements() names the method-only interface; Go names the constraint.
      auto open = reason.find(" (");
      *why = str(t) + " does not implement " + str(c) +
             (open == std::string::npos ? "" : reason.substr(open));
      return false;
    }
  }
  return true;
}

// ---- instantiation -----------------------------------------------------------------------

// A scope below the declaration's file scope where each type parameter name denotes its argument.
Scope* Checker::bindTypeArgs(const std::vector<Field*>& params,
                             const std::vector<const Type*>& args, Scope* parent) {
  Scope* s = table_.newScope(parent);
  for (size_t i = 0; i < params.size() && i < args.size(); ++i) {
    auto* tn = table_.newObject<TypeName>(params[i]->name->value, params[i]->name->pos);
    tn->pkg = pkg_;
    tn->alias = true;
    tn->typeArg = true;
    tn->type = args[i];
    info_.defs[params[i]->name] = tn;
    s->insert(tn);
  }
  return s;
}

// Checks each argument against its constraint (evaluated with the arguments bound, so that
// constraints may mention other type parameters); reports at `at(i)`.
bool Checker::checkTypeArgs(const std::vector<Field*>& params, const std::vector<const Type*>& args,
                            Scope* bound, const std::function<Pos(size_t)>& at) {
  Scope* saved = scope_;
  scope_ = bound;
  bool ok = true;
  for (size_t i = 0; i < params.size() && i < args.size(); ++i) {
    auto* copy = cloneAs(params[i]->type, info_.clones);
    const Type* c = constraintType(copy);
    std::string why;
    if (!isInvalid(args[i]) && !satisfies(args[i], c, &why)) {
      error(at(i), why);
      ok = false;
    }
  }
  scope_ = saved;
  return ok;
}

const Type* Checker::instantiateNamed(const Named* origin, const std::vector<const Type*>& args,
                                      const std::function<Pos(size_t)>& at) {
  if (args.size() == origin->typeParams.size() &&
      std::equal(args.begin(), args.end(), origin->typeParams.begin()))
    return origin;  // the generic type itself, as its own methods see it
  auto key = std::make_pair(origin, args);
  if (auto it = info_.namedInstances.find(key); it != info_.namedInstances.end()) return it->second;
  // Box[T]'s method mentioning Box[Box[T]] instantiates Box[Box[Box[…]]] without end: Go rejects
  // the declaration. A nesting this deep can only come from such a chain.
  if (instantiationCycle_[origin]) return table_.invalid();
  if (instantiating_[origin] >= 16) {
    instantiationCycle_[origin] = true;
    error(origin->obj->pos, "instantiation cycle: " + origin->obj->name +
                                " instantiates itself with ever larger type arguments");
    return table_.invalid();
  }
  ++instantiating_[origin];
  struct Done {
    int& n;
    ~Done() { --n; }
  } done{instantiating_[origin]};
  const TypeDecl* d = origin->genericDecl;
  auto* inst = table_.make<Named>(origin->obj);
  inst->origin = origin;
  inst->typeArgs = args;
  info_.namedInstances[key] = inst;
  // Checked as the declaring package would (its scope, its methods' rules).
  Package* savedPkg = pkg_;
  pkg_ = origin->obj->pkg;
  Scope* bound = bindTypeArgs(d->typeParams, args, origin->genericScope);
  checkTypeArgs(d->typeParams, args, bound, at);
  Scope* saved = scope_;
  scope_ = bound;
  const Type* u = under(definedType(cloneAs(d->type, info_.clones), inst));
  scope_ = saved;
  inst->underlying = u->kind == TypeKind::Named ? table_.invalid() : u;
  // The methods, each a copy of the generic method checked with the receiver's type parameter
  // names bound to the arguments; bodies are checked once the package's own are done.
  for (auto& [m, md] : origin->genericMethods) {
    auto* copy = cloneAs(md, info_.clones);
    auto* im = table_.newObject<Func>(m->name, m->pos);
    im->decl = copy;
    im->pkg = m->pkg;
    im->origin = m;
    std::vector<Field*> recvParams;
    for (Expr* e : receiverTypeParams(copy->recv))
      if (auto* n = e->as<Name>()) {
        auto* f = info_.clones.make<Field>(n->pos);
        f->name = n;
        recvParams.push_back(f);
      }
    Scope* rs = bindTypeArgs(recvParams, args, origin->genericScope);
    Scope* fscope = table_.newScope(rs);
    fscope->isFunc = true;
    info_.scopes[copy->type] = fscope;
    Scope* s2 = scope_;
    scope_ = fscope;
    im->type = funcType(copy->type, copy->recv, fscope, im);
    scope_ = s2;
    im->recvBase = inst;
    inst->methods.push_back(im);
    pendingBodies_.push_back({im, copy});
  }
  pkg_ = savedPkg;
  return inst;
}

Func* Checker::instantiateFunc(Func* generic, const std::vector<const Type*>& args,
                               const std::function<Pos(size_t)>& argPos) {
  auto key = std::make_pair(static_cast<const Func*>(generic), args);
  if (auto it = info_.funcInstances.find(key); it != info_.funcInstances.end()) return it->second;
  const FuncDecl* d = generic->decl;
  Package* savedPkg = pkg_;
  pkg_ = generic->pkg;  // checked as its own package would
  struct Restore {
    Package*& p;
    Package* v;
    ~Restore() { p = v; }
  } restore{pkg_, savedPkg};
  Scope* bound = bindTypeArgs(d->typeParams, args, generic->genericScope);
  if (!checkTypeArgs(d->typeParams, args, bound, argPos)) return nullptr;
  std::string name = generic->name + "[";
  for (size_t i = 0; i < args.size(); ++i) name += (i ? "," : "") + str(args[i]);
  auto* inst = table_.newObject<Func>(name + "]", generic->pos);
  inst->pkg = generic->pkg;
  inst->origin = generic;
  auto* copy = cloneAs(d, info_.clones);
  inst->decl = copy;
  Scope* fscope = table_.newScope(bound);
  fscope->isFunc = true;
  info_.scopes[copy->type] = fscope;
  Scope* saved = scope_;
  scope_ = fscope;
  inst->type = funcType(copy->type, nullptr, fscope, nullptr);
  scope_ = saved;
  info_.funcInstances[key] = inst;
  pendingBodies_.push_back({inst, copy});
  return inst;
}

void Checker::checkInstanceBodies() {
  // Bodies may instantiate more generics: a worklist. With errors already reported the program
  // will not be lowered, and an instance would only repeat them in concrete terms.
  while (!pendingBodies_.empty() && !diags_.hasErrors()) {
    auto [f, d] = pendingBodies_.front();
    pendingBodies_.pop_front();
    Package* savedPkg = pkg_;
    pkg_ = f->pkg;  // an instance of another package's generic is checked as that package would
    inInstance_ = true;
    checkBody(f, d);
    inInstance_ = false;
    pkg_ = savedPkg;
  }
}

namespace {
// A receiver's type without * and parentheses: T or T[A, B].
const Expr* receiverType(const Field* recv) {
  const Expr* e = recv ? recv->type : nullptr;
  while (e) {
    if (auto* u = e->as<Unary>(); u && u->op == Op::Mul)
      e = u->x;
    else if (auto* p = e->as<Paren>())
      e = p->x;
    else
      break;
  }
  return e;
}
}  // namespace

std::string Checker::receiverBase(const Field* recv) {
  const Expr* e = receiverType(recv);
  if (auto* ix = e ? e->as<syntax::Index>() : nullptr) e = ix->x;
  auto* n = e ? e->as<Name>() : nullptr;
  return n ? n->value : "";
}

std::vector<Expr*> Checker::receiverTypeParams(const Field* recv) {
  const Expr* e = receiverType(recv);
  auto* ix = e ? e->as<syntax::Index>() : nullptr;
  return ix ? ix->indices : std::vector<Expr*>{};
}

// ---- type arguments and inference --------------------------------------------------------

std::vector<const Type*> Checker::typeArgList(const std::vector<Expr*>& exprs) {
  std::vector<const Type*> out;
  for (const Expr* e : exprs) out.push_back(typeExpr(e));
  return out;
}

namespace {

// Binds type parameters of `tps` in p to the matching parts of a.
bool unify(const Type* p, const Type* a, const std::vector<const TypeParam*>& tps,
           std::vector<const Type*>& bound, int depth = 0) {
  if (depth > 64 || !p || !a) return true;
  if (auto* tp = p->as<TypeParam>()) {
    auto it = std::find(tps.begin(), tps.end(), tp);
    if (it != tps.end()) {
      size_t i = static_cast<size_t>(it - tps.begin());
      if (!bound[i]) {
        bound[i] = a;
        return true;
      }
      return bound[i] == a;
    }
    if (!isNamed(a))
      if (const Type* core = coreType(tp)) return unify(core, a, tps, bound, depth + 1);
    return true;
  }
  // A type parameter from outside (the caller's) against an unnamed type: through its core type.
  if (auto* tp = a->as<TypeParam>(); tp && !isNamed(p))
    if (const Type* core = coreType(tp)) a = core;
  // A named type against an unnamed one unifies through its underlying type (either side: an
  // argument func(int) int for a parameter of type Func[A]).
  if (a->kind == TypeKind::Named && p->kind != TypeKind::Named) a = under(a);
  if (p->kind == TypeKind::Named && a->kind != TypeKind::Named && a->kind != TypeKind::TypeParam)
    p = under(p);
  if (p->kind != a->kind) return true;  // assignability decides later
  switch (p->kind) {
    case TypeKind::Pointer:
      return unify(p->as<Pointer>()->elem, a->as<Pointer>()->elem, tps, bound, depth + 1);
    case TypeKind::Slice:
      return unify(p->as<Slice>()->elem, a->as<Slice>()->elem, tps, bound, depth + 1);
    case TypeKind::Array:
      return unify(p->as<Array>()->elem, a->as<Array>()->elem, tps, bound, depth + 1);
    case TypeKind::Chan:
      return unify(p->as<Chan>()->elem, a->as<Chan>()->elem, tps, bound, depth + 1);
    case TypeKind::Map:
      return unify(p->as<Map>()->key, a->as<Map>()->key, tps, bound, depth + 1) &&
             unify(p->as<Map>()->elem, a->as<Map>()->elem, tps, bound, depth + 1);
    case TypeKind::Signature: {
      auto *ps = p->as<Signature>(), *as = a->as<Signature>();
      if (ps->params.size() != as->params.size() || ps->results.size() != as->results.size())
        return true;
      for (size_t i = 0; i < ps->params.size(); ++i)
        if (!unify(ps->params[i]->type, as->params[i]->type, tps, bound, depth + 1)) return false;
      for (size_t i = 0; i < ps->results.size(); ++i)
        if (!unify(ps->results[i]->type, as->results[i]->type, tps, bound, depth + 1)) return false;
      return true;
    }
    case TypeKind::Struct: {
      auto *ps = p->as<Struct>(), *as = a->as<Struct>();
      if (ps->fields.size() != as->fields.size()) return true;
      for (size_t i = 0; i < ps->fields.size(); ++i)
        if (!unify(ps->fields[i]->type, as->fields[i]->type, tps, bound, depth + 1)) return false;
      return true;
    }
    case TypeKind::Named: {
      auto *pn = p->as<Named>(), *an = a->as<Named>();
      const Named* po = pn->origin ? pn->origin : pn;
      const Named* ao = an->origin ? an->origin : an;
      if (po != ao || pn->typeArgs.size() != an->typeArgs.size()) return true;
      for (size_t i = 0; i < pn->typeArgs.size(); ++i)
        if (!unify(pn->typeArgs[i], an->typeArgs[i], tps, bound, depth + 1)) return false;
      return true;
    }
    default:
      return true;
  }
}

// Whether t refers to any of tps.
bool mentions(const Type* t, const std::vector<const TypeParam*>& tps, int depth = 0) {
  if (depth > 64) return false;
  if (auto* tp = t->as<TypeParam>()) return std::find(tps.begin(), tps.end(), tp) != tps.end();
  auto in = [&](const Type* u) { return mentions(u, tps, depth + 1); };
  switch (t->kind) {
    case TypeKind::Pointer:
      return in(t->as<Pointer>()->elem);
    case TypeKind::Slice:
      return in(t->as<Slice>()->elem);
    case TypeKind::Array:
      return in(t->as<Array>()->elem);
    case TypeKind::Chan:
      return in(t->as<Chan>()->elem);
    case TypeKind::Map:
      return in(t->as<Map>()->key) || in(t->as<Map>()->elem);
    case TypeKind::Signature:
      for (auto* v : t->as<Signature>()->params)
        if (in(v->type)) return true;
      for (auto* v : t->as<Signature>()->results)
        if (in(v->type)) return true;
      return false;
    case TypeKind::Struct:
      for (auto* f : t->as<Struct>()->fields)
        if (in(f->type)) return true;
      return false;
    case TypeKind::Named:
      for (auto* a : t->as<Named>()->typeArgs)
        if (in(a)) return true;
      return false;
    default:
      return false;
  }
}

// The parameter type argument i is passed to (the variadic element for extra arguments).
const Type* paramTypeFor(const Signature* sig, size_t i, bool dots) {
  size_t n = sig->params.size();
  if (n == 0) return nullptr;
  if (sig->variadic && i >= n - 1) {
    const Type* last = sig->params.back()->type;
    if (dots) return last;
    auto* s = last->as<Slice>();
    return s ? s->elem : nullptr;
  }
  return i < n ? sig->params[i]->type : nullptr;
}

}  // namespace

// Infers the missing type arguments of generic function `g` (explicit ones given) from the call's
// arguments: typed arguments first, then the core types of constraints, then untyped constants'
// default types (Go's order). Returns false after reporting.
bool Checker::inferTypeArgs(const Func* g, std::vector<const Type*>& targs,
                            std::vector<Operand>& args, const Call* c) {
  const Signature* sig = g->sig();
  const auto& tps = sig->typeParams;
  std::vector<const Type*> bound(tps.size(), nullptr);
  for (size_t i = 0; i < targs.size() && i < tps.size(); ++i) bound[i] = targs[i];
  auto mismatch = [&](size_t i, const Type* p) {
    error(startPos(args[i].expr), "type " + str(args[i].type) + " of " + exprStr(args[i].expr) +
                                      " does not match " + str(p));
    return false;
  };
  for (size_t i = 0; i < args.size(); ++i) {
    const Type* p = paramTypeFor(sig, i, c->hasDots);
    if (!p || isUntyped(args[i].type)) continue;
    std::vector<const Type*> before = bound;
    if (!unify(p, args[i].type, tps, bound)) {
      bound = before;
      // Name the inferred type in place of the parameter, as Go does.
      for (size_t k = 0; k < tps.size(); ++k)
        if (p == tps[k] && bound[k]) return mismatch(i, bound[k]);
      return mismatch(i, p);
    }
  }
  // Constraint type inference: a bound parameter's argument against its constraint's core type.
  for (size_t k = 0; k < tps.size(); ++k) {
    auto* cons = constraintOf(tps[k]);
    if (!cons || !cons->hasTerms || cons->terms.size() != 1) continue;
    if (bound[k]) unify(cons->terms[0].type, under(bound[k]), tps, bound);
  }
  // An unbound parameter whose constraint is one exact type (interface{ *T; M() }): that type,
  // once the parameters it mentions are known.
  for (bool progress = true; progress;) {
    progress = false;
    for (size_t k = 0; k < tps.size(); ++k) {
      auto* cons = constraintOf(tps[k]);
      if (bound[k] || !cons || cons->terms.size() != 1 || cons->terms[0].tilde) continue;
      std::vector<const Type*> known(tps.begin(), tps.end());
      for (size_t i = 0; i < tps.size(); ++i)
        if (bound[i]) known[i] = bound[i];
      const FuncDecl* d = g->decl;
      Scope* scope = bindTypeArgs(d->typeParams, known, g->genericScope);
      Scope* saved = scope_;
      scope_ = scope;
      const Type* c = constraintType(cloneAs(d->typeParams[k]->type, info_.clones));
      scope_ = saved;
      auto* ci = under(c)->as<Interface>();
      if (!ci || ci->terms.size() != 1 || mentions(ci->terms[0].type, tps)) continue;
      bound[k] = ci->terms[0].type;
      progress = true;
    }
  }
  for (size_t k = 0; k < tps.size(); ++k) {
    if (bound[k]) continue;
    // Untyped constant arguments for a parameter of exactly this type: the default type of the
    // largest kind among them.
    Operand* pick = nullptr;
    for (size_t i = 0; i < args.size(); ++i) {
      if (paramTypeFor(sig, i, c->hasDots) != tps[k] || !isUntyped(args[i].type) ||
          isUntypedNil(args[i].type))
        continue;
      if (!pick || asBasic(args[i].type)->basic > asBasic(pick->type)->basic) pick = &args[i];
    }
    if (pick) {
      Operand tmp = *pick;
      defaultType(tmp);
      bound[k] = tmp.type;
    }
  }
  for (size_t k = 0; k < tps.size(); ++k) {
    if (!bound[k]) {
      Pos p = tps[k]->obj->pos;
      error(c->pos, "cannot infer " + tps[k]->obj->name + " (" + diags_.file() + ":" +
                        std::to_string(p.line) + ":" + std::to_string(p.col) + ")");
      return false;
    }
  }
  targs = bound;
  return true;
}

// x is a generic function (possibly with some explicit type arguments); instantiate it for this
// call and make x the instance.
bool Checker::instantiateForCall(Operand& x, std::vector<Operand>& args, const Call* c) {
  std::vector<const Type*> targs = x.targs;
  if (!inferTypeArgs(x.generic, targs, args, c)) return false;
  Func* inst = instantiateFunc(x.generic, targs, [&](size_t) { return c->pos; });
  if (!inst) return false;
  recordInstance(x, inst, c->fun);
  return true;
}

void Checker::recordInstance(Operand& x, Func* inst, const Expr* at) {
  while (auto* p = at->as<Paren>()) at = p->x;
  info_.instances[at] = inst;
  auto* sig = inst->sig();
  x.type = table_.signature(sig->paramTuple->types, sig->resultTuple->types, sig->variadic);
  x.generic = nullptr;
  x.targs.clear();
  record(x);
  if (auto* tv = info_.types.find(at) != info_.types.end() ? &info_.types[at] : nullptr)
    tv->type = x.type;
}

// f[T1, T2] for a generic function: explicit type arguments (the rest inferred at the call).
void Checker::funcInstance(Operand& x, const syntax::Index* e) {
  const auto& tps = x.generic->sig()->typeParams;
  std::vector<const Type*> targs = typeArgList(e->indices);
  for (const Type* t : targs)
    if (isInvalid(t)) {
      x.mode = Mode::Invalid;
      return;
    }
  if (targs.size() > tps.size()) {
    errorAt(e->indices[tps.size()], "got " + std::to_string(targs.size()) +
                                        " type arguments but want " + std::to_string(tps.size()));
    x.mode = Mode::Invalid;
    return;
  }
  x.expr = e;
  if (targs.size() < tps.size()) {  // partial: the call infers the rest
    x.targs = targs;
    return;
  }
  Func* inst = instantiateFunc(x.generic, targs, [&](size_t i) { return startPos(e->indices[i]); });
  if (!inst) {
    x.mode = Mode::Invalid;
    return;
  }
  recordInstance(x, inst, e);
}

// T[A, B] for a generic type.
const Type* Checker::typeInstance(const syntax::Index* e, const Operand& x) {
  if (x.invalid()) return table_.invalid();
  auto* origin = x.mode == Mode::TypeExpr ? x.type->as<Named>() : nullptr;
  if (!origin || origin->typeParams.empty() || origin->origin) {
    errorAt(e->x, exprStr(e->x) + " is not a generic type");
    return table_.invalid();
  }
  std::vector<const Type*> targs = typeArgList(e->indices);
  for (const Type* t : targs)
    if (isInvalid(t)) return table_.invalid();
  if (targs.size() != origin->typeParams.size()) {
    if (targs.size() > origin->typeParams.size())
      errorAt(e->indices[origin->typeParams.size()],
              "got " + std::to_string(targs.size()) + " arguments but " +
                  std::to_string(origin->typeParams.size()) + " type parameters");
    else
      errorAt(e, "not enough type arguments for type " + origin->obj->name + ": have " +
                     std::to_string(targs.size()) + ", want " +
                     std::to_string(origin->typeParams.size()));
    return table_.invalid();
  }
  const Type* t =
      instantiateNamed(origin, targs, [&](size_t i) { return startPos(e->indices[i]); });
  recordType(e, Mode::TypeExpr, t);
  return t;
}

}  // namespace gm::types

namespace gm::types {

// `//export SumInt32 Sum[int32]` on a generic function: the instance the export names.
void Checker::exportInstances(const std::vector<File*>& files) {
  for (const File* file : files) {
    for (const Decl* d : file->decls) {
      auto* fd = d->as<FuncDecl>();
      if (!fd || fd->recv) continue;
      auto* fn = info_.defs[fd->name] ? info_.defs[fd->name]->as<Func>() : nullptr;
      if (!fn || !fn->type || isInvalid(fn->type)) continue;
      bool generic = !fn->sig()->typeParams.empty();
      for (const Directive& dir : fd->directives) {
        if (syntax::isImportDirective(dir.text)) continue;
        std::string target = syntax::parseExportDirective(dir.text).target;
        if (target.empty()) {
          if (generic)
            error(dir.pos, "cannot export generic function " + fn->name +
                               " without instantiation: write //export Name " + fn->name + "[T…]");
          continue;
        }
        auto* ix = syntax::parseExpr(target, dir.pos, info_.clones);
        auto* ixn = ix ? ix->as<syntax::Index>() : nullptr;
        auto* base = ixn ? ixn->x->as<Name>() : nullptr;
        if (!base || base->value != fn->name) {
          error(dir.pos, "invalid export directive: expected " + fn->name +
                             "[type arguments] after the export name, found " + target);
          continue;
        }
        if (!generic) {
          error(dir.pos, fn->name + " is not a generic function");
          continue;
        }
        Scope* saved = scope_;
        scope_ = fileScope(file);
        Operand x;
        x.mode = Mode::Value;
        x.generic = fn;
        x.type = fn->type;
        funcInstance(x, ixn);
        scope_ = saved;
        if (x.invalid()) continue;
        if (x.generic) {
          error(dir.pos, "cannot infer type arguments of an export: " + target + " needs all " +
                             std::to_string(fn->sig()->typeParams.size()));
          continue;
        }
        info_.exportInstances[dir.pos.line] = info_.instances[ixn];
      }
    }
  }
}

}  // namespace gm::types
