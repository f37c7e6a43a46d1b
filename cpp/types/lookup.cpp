// Selectors: fields and methods through embedding (Go's depth and ambiguity rules), packages,
// and method-set based interface satisfaction with Go's reasons.
#include <algorithm>
#include <functional>

#include "types/checker.h"

namespace gm::types {

using namespace syntax;

LookupResult lookupFieldOrMethod(const Type* t, std::string_view name) {
  // A named pointer type has no methods (none can be declared on it), but x.f is (*x).f for the
  // fields of its base type (Go's LookupFieldOrMethod).
  if (auto* n = t->as<Named>(); n && n->underlying && n->underlying->as<Pointer>()) {
    LookupResult r = lookupFieldOrMethod(n->underlying, name);
    if (r.obj && r.obj->as<Func>()) return {};
    return r;
  }
  LookupResult res;
  bool ptrRecv = false;
  if (auto* p = t->as<Pointer>()) {
    t = p->elem;
    ptrRecv = true;
  } else if (auto* p2 = under(t)->as<Pointer>(); p2 && !t->as<Named>()) {
    t = p2->elem;
    ptrRecv = true;
  }
  struct Entry {
    const Type* type;
    std::vector<int> path;
    bool indirect;
  };
  // A type parameter has the methods of its constraint.
  if (auto* tp = t->as<TypeParam>(); tp && !ptrRecv && tp->constraint) t = under(tp->constraint);
  std::vector<Entry> current = {{t, {}, ptrRecv}};
  std::vector<const Named*> seen;
  for (int depth = 0; !current.empty() && depth < 32; ++depth) {
    std::vector<Entry> next;
    int found = 0;
    for (const Entry& e : current) {
      const Type* typ = e.type;
      if (auto* n = typ->as<Named>()) {
        if (std::find(seen.begin(), seen.end(), n) != seen.end()) continue;
        seen.push_back(n);
        for (Func* m : n->methods) {
          if (m->name != name) continue;
          if (++found == 1) {
            res.obj = m;
            res.path = e.path;
            res.indirect = e.indirect;
          }
        }
        typ = n->underlying ? n->underlying : typ;
      }
      if (auto* st = typ->as<Struct>()) {
        for (size_t i = 0; i < st->fields.size(); ++i) {
          Var* f = st->fields[i];
          if (f->name == name) {
            if (++found == 1) {
              res.obj = f;
              res.path = e.path;
              res.path.push_back(static_cast<int>(i));
              res.indirect = e.indirect;
            }
            continue;
          }
          if (f->embedded) {
            const Type* ft = f->type;
            bool ind = e.indirect;
            if (auto* p = ft->as<Pointer>()) {
              ft = p->elem;
              ind = true;
            }
            auto path = e.path;
            path.push_back(static_cast<int>(i));
            next.push_back({ft, path, ind});
          }
        }
      } else if (auto* it = typ->as<Interface>(); it && !(depth == 0 && ptrRecv)) {
        // (A pointer to an interface has no methods.)
        for (Func* m : it->allMethods)
          if (m->name == name && ++found == 1) {
            res.obj = m;
            res.path = e.path;
            res.indirect = e.indirect;
          }
      }
    }
    if (found > 1) {
      res.obj = nullptr;
      res.ambiguous = true;
      return res;
    }
    if (found == 1) return res;
    current = std::move(next);
  }
  return res;
}

bool Checker::implements(const Type* t, const Type* ifaceType, std::string* why) {
  auto* iface = under(ifaceType)->as<Interface>();
  if (!iface) return false;
  if (isInterface(t)) {
    auto* ti = under(t)->as<Interface>();
    for (Func* m : iface->allMethods) {
      bool ok = false;
      for (Func* tm : ti->allMethods)
        if (tm->name == m->name && tm->type == m->type) ok = true;
      if (!ok) {
        if (why)
          *why = str(t) + " does not implement " + str(ifaceType) + " (missing method " + m->name +
                 ")";
        return false;
      }
    }
    return true;
  }
  for (Func* m : iface->allMethods) {
    const char* reason = nullptr;
    switch (matchMethod(t, m)) {
      case MethodMatch::Found:
        continue;
      case MethodMatch::Missing:
        reason = "missing method ";
        break;
      case MethodMatch::WrongType:
        reason = "wrong type for method ";
        break;
      case MethodMatch::PointerReceiver:
        break;
    }
    if (why) {
      *why = str(t) + " does not implement " + str(ifaceType) + " (" +
             (reason ? reason + m->name : "method " + m->name + " has pointer receiver") + ")";
    }
    return false;
  }
  return true;
}

MethodMatch matchMethod(const Type* t, const Func* m, LookupResult* found) {
  LookupResult r = lookupFieldOrMethod(t, m->name);
  auto* f = r.obj ? r.obj->as<Func>() : nullptr;
  if (!f || r.ambiguous) return MethodMatch::Missing;
  const Signature* fs = f->sig();
  const Signature* ms = m->sig();
  if (fs->paramTuple != ms->paramTuple || fs->resultTuple != ms->resultTuple ||
      fs->variadic != ms->variadic)
    return MethodMatch::WrongType;
  // A pointer-receiver method is in the method set of T only through an embedded pointer.
  if (f->pointerRecv && !r.indirect && !under(t)->as<Pointer>())
    return MethodMatch::PointerReceiver;
  if (found) *found = r;
  return MethodMatch::Found;
}

void Checker::markAddressTaken(const Expr* e) {
  while (e) {
    if (auto* p = e->as<Paren>()) {
      e = p->x;
    } else if (auto* s = e->as<Selector>()) {
      auto it = info_.selections.find(s);
      if (it == info_.selections.end() || it->second.indirect ||
          it->second.kind != Selection::FieldVal)
        return;  // through a pointer: the variable itself is not addressed
      e = s->x;
    } else if (auto* ix = e->as<syntax::Index>()) {
      const TypeAndValue* tv = info_.typeOf(ix->x);
      if (!tv || !under(tv->type)->as<Array>()) return;
      e = ix->x;
    } else if (auto* n = e->as<Name>()) {
      if (auto* v = info_.objectOf(n) ? info_.objectOf(n)->as<Var>() : nullptr)
        v->addressTaken = true;
      return;
    } else {
      return;
    }
  }
}

void Checker::selector(Operand& x, const Selector* e) {
  // Qualified identifier pkg.Name.
  if (auto* n = e->x->as<Name>()) {
    if (Object* o = lookup(n->value); o && o->as<PkgName>()) {
      auto* pn = o->as<PkgName>();
      pn->used = true;
      info_.uses[n] = pn;
      Object* member = pn->imported->scope->lookupLocal(e->sel->value);
      if (!member || !member->exported()) {
        error(e->sel->pos,
              member ? "name " + e->sel->value + " not exported by package " + pn->imported->name
                     : "undefined: " + n->value + "." + e->sel->value);
        x.mode = Mode::Invalid;
        return;
      }
      info_.uses[e->sel] = member;
      Scope* savedScope = scope_;
      scope_ = pn->imported->scope;
      ident(x, e->sel, false);
      scope_ = savedScope;
      x.expr = e;
      return;
    }
  }
  exprOrType(x, e->x);
  if (x.invalid()) return;
  if (x.mode == Mode::Builtin) {
    errorAt(e->x, exprStr(e->x) + " (built-in) must be called");
    x.mode = Mode::Invalid;
    return;
  }
  const std::string& name = e->sel->value;
  if (x.mode == Mode::TypeExpr) {
    // Method expression T.M / (*T).M.
    LookupResult r = lookupFieldOrMethod(x.type, name);
    if (r.ambiguous) {
      errorAt(e->sel, "ambiguous selector " + exprStr(e));
      x.mode = Mode::Invalid;
      return;
    }
    auto* m = r.obj ? r.obj->as<Func>() : nullptr;
    if (!m) {
      errorAt(e, exprStr(e) + " undefined (type " + str(x.type) + " has no method " + name + ")");
      x.mode = Mode::Invalid;
      return;
    }
    if (m->pointerRecv && !x.type->as<Pointer>() && !r.indirect) {
      errorAt(e, "invalid method expression " + exprStr(e) + " (needs pointer receiver (*" +
                     str(x.type) + ")." + name + ")");
      x.mode = Mode::Invalid;
      return;
    }
    const Signature* ms = m->sig();
    std::vector<const Type*> params = {x.type};
    for (Var* p : ms->params) params.push_back(p->type);
    std::vector<const Type*> results;
    for (Var* r2 : ms->results) results.push_back(r2->type);
    info_.selections[e] = {Selection::MethodExpr, m, x.type, r.path, r.indirect};
    info_.uses[e->sel] = m;
    x.mode = Mode::Value;
    x.type = table_.signature(params, results, ms->variadic);
    x.expr = e;
    return;
  }
  if (isUntypedNil(x.type)) {
    errorAt(e, "use of untyped nil");
    x.mode = Mode::Invalid;
    return;
  }
  LookupResult r = lookupFieldOrMethod(x.type, name);
  if (r.ambiguous) {
    errorAt(e->sel, "ambiguous selector " + exprStr(e));
    x.mode = Mode::Invalid;
    return;
  }
  if (!r.obj) {
    if (auto* p = under(x.type)->as<Pointer>(); p && isInterface(p->elem))
      errorAt(e->sel, exprStr(e) + " undefined (type " + str(x.type) +
                          " is pointer to interface, not interface)");
    else
      errorAt(e->sel, exprStr(e) + " undefined (type " + str(x.type) + " has no field or method " +
                          name + ")");
    x.mode = Mode::Invalid;
    return;
  }
  info_.uses[e->sel] = r.obj;
  if (auto* f = r.obj->as<Var>()) {
    info_.selections[e] = {Selection::FieldVal, f, x.type, r.path, r.indirect};
    // x.f is addressable if x is, or if a pointer was followed.
    x.mode = (x.mode == Mode::Variable || r.indirect) ? Mode::Variable : Mode::Value;
    x.type = f->type;
    x.expr = e;
    return;
  }
  auto* m = r.obj->as<Func>();
  if (m->pointerRecv && !r.indirect && !x.type->as<Pointer>() && x.mode != Mode::Variable) {
    error(e->sel->pos, "cannot call pointer method " + name + " on " + str(x.type));
    x.mode = Mode::Invalid;
    return;
  }
  // x.M() with a pointer method on an addressable x means (&x).M(): x's address is taken.
  if (m->pointerRecv && !r.indirect && !x.type->as<Pointer>()) markAddressTaken(e->x);
  info_.selections[e] = {Selection::MethodVal, m, x.type, r.path, r.indirect};
  x.mode = Mode::Value;
  x.type = table_.signature(m->sig()->paramTuple->types, m->sig()->resultTuple->types,
                            m->sig()->variadic);
  x.expr = e;
}

}  // namespace gm::types
