// Type expressions: names, pointers, arrays, slices, maps, funcs, structs, interfaces.
#include <algorithm>
#include <functional>
#include <set>

#include "types/checker.h"

namespace gm::types {

using namespace syntax;

const Type* Checker::typeExpr(const Expr* e) {
  return definedType(e, nullptr);
}

const Type* Checker::definedType(const Expr* e, Named* def) {
  if (++depth_ > kMaxCheckDepth) {
    --depth_;
    errorAt(e, "type nested too deeply");
    return table_.invalid();
  }
  struct DepthGuard {
    int& d;
    ~DepthGuard() { --d; }
  } guard{depth_};
  const Type* t = table_.invalid();
  switch (e->kind) {
    case Kind::Name:
    case Kind::Selector: {
      Operand x;
      if (auto* n = e->as<Name>())
        ident(x, n, true);
      else
        selector(x, e->as<Selector>());
      if (x.invalid()) return table_.invalid();
      if (x.mode != Mode::TypeExpr) {
        errorAt(e, exprStr(e) + " is not a type");
        return table_.invalid();
      }
      t = x.type;
      // An alias stands for a type checked where the alias was declared; a type argument bound
      // to a type parameter name was checked where it was written (Nil[a] in Nil's own methods
      // is the generic Nil itself).
      auto it = info_.uses.find(e->as<Name>() ? e->as<Name>() : e->as<Selector>()->sel);
      auto* use = it != info_.uses.end() && it->second ? it->second->as<TypeName>() : nullptr;
      if (auto* n = t->as<Named>();
          n && !n->typeParams.empty() && !n->origin && !(use && use->alias)) {
        errorAt(e, "cannot use generic type " + n->obj->name + typeParamList(n->typeParams) +
                       " without instantiation");
        return table_.invalid();
      }
      // (A constraint may be given a name: type C comparable, type D = comparable.)
      if (auto* iface = under(t)->as<Interface>(); iface && iface->isConstraintOnly() &&
                                                   !inConstraint_ && !(use && use->typeArg) &&
                                                   !def && !aliasDecl_) {
        errorAt(
            e, "cannot use type " + str(t) + " outside a type constraint: interface " +
                   (iface->comparable ? "is (or embeds) comparable" : "contains type constraints"));
        return table_.invalid();
      }
      break;
    }
    case Kind::Paren:
      return definedType(e->as<Paren>()->x, def);
    case Kind::Unary: {
      auto* u = e->as<Unary>();
      if (u->op != Op::Mul) break;
      t = table_.pointer(typeExpr(u->x));
      break;
    }
    case Kind::ArrayType: {
      auto* a = e->as<ArrayType>();
      if (a->dotsLen) {
        errorAt(e, "invalid use of [...] array (outside a composite literal)");
        typeExpr(a->elem);
        return table_.invalid();
      }
      auto len = arrayLength(a->len);
      const Type* elem = typeExpr(a->elem);
      if (!len) return table_.invalid();
      t = table_.array(elem, *len);
      break;
    }
    case Kind::SliceType:
      t = table_.slice(typeExpr(e->as<SliceType>()->elem));
      break;
    case Kind::MapType: {
      auto* m = e->as<MapType>();
      const Type* k = typeExpr(m->key);
      const Type* v = typeExpr(m->value);
      if (!isInvalid(k) && k->kind != TypeKind::TypeParam && !comparable(k)) {
        // A Named type still being defined is checked later (Go delays this too).
        if (!(k->kind == TypeKind::Named && !k->as<Named>()->underlying)) {
          errorAt(m->key, "invalid map key type " + str(k));
          return table_.invalid();
        }
      }
      t = table_.map(k, v);
      break;
    }
    case Kind::ChanType: {
      auto* c = e->as<ChanType>();
      t = table_.chan(c->dir, typeExpr(c->elem));
      break;
    }
    case Kind::FuncType: {
      Scope* s = table_.newScope(scope_);
      Scope* saved = scope_;
      scope_ = s;
      auto* sig = funcType(e->as<FuncType>(), nullptr, s, nullptr);
      scope_ = saved;
      // Parameter names are not part of a function type's identity.
      t = table_.signature(sig->paramTuple->types, sig->resultTuple->types, sig->variadic);
      break;
    }
    case Kind::StructType:
      t = structType(e->as<StructType>());
      break;
    case Kind::InterfaceType:
      t = interfaceType(e->as<InterfaceType>(), def);
      break;
    case Kind::Index: {
      Operand base;
      exprOrType(base, e->as<syntax::Index>()->x);
      t = typeInstance(e->as<syntax::Index>(), base);
      if (isInvalid(t)) return t;
      break;
    }
    default:
      break;
  }
  if (isInvalid(t) && e->kind != Kind::Name && e->kind != Kind::Selector &&
      e->kind != Kind::Paren && e->kind != Kind::ArrayType && e->kind != Kind::MapType) {
    if (e->kind == Kind::Unary || e->kind == Kind::BadExpr || e->kind == Kind::Call ||
        e->kind == Kind::BasicLit || e->kind == Kind::Binary) {
      errorAt(e, exprStr(e) + " is not a type");
      return t;
    }
  }
  recordType(e, Mode::TypeExpr, t);
  return t;
}

std::optional<int64_t> Checker::arrayLength(const Expr* e) {
  Operand x;
  expr(x, e);
  if (x.invalid()) return std::nullopt;
  if (x.mode != Mode::Constant) {
    errorAt(e, "array length " + exprStr(e) + " (" + operandStr(x) + ") must be constant");
    return std::nullopt;
  }
  if (isUntyped(x.type) || isInteger(x.type)) {
    if (auto iv = x.val.toInt()) {
      if (auto n = iv->int64Val(); n && *n >= 0) return *n;
    }
  }
  if (isInteger(x.type) || (isUntyped(x.type) && x.val.toInt()))
    errorAt(e, "invalid array length " + exprStr(e) + " (" + operandStr(x) + ")");
  else
    errorAt(e, "array length " + exprStr(e) + " (" + operandStr(x) + ") must be integer");
  return std::nullopt;
}

const Signature* Checker::funcType(const FuncType* ft, const Field* recv, Scope* scope,
                                   Func* method) {
  auto* sig = table_.make<Signature>();
  auto declareParams = [&](const std::vector<Field*>& fields, std::vector<Var*>& out,
                           bool results) {
    bool named = false, anon = false;
    for (size_t i = 0; i < fields.size(); ++i) {
      const Field* f = fields[i];
      const Expr* texpr = f->type;
      bool dots = false;
      if (auto* d = texpr->as<DotsType>()) {
        if (results || i + 1 != fields.size()) {
          errorAt(texpr, results ? "cannot use ... in receiver or result parameter list"
                                 : "can only use ... with final parameter in list");
        } else {
          sig->variadic = true;
        }
        dots = true;
        texpr = d->elem;
      }
      const Type* t = typeExpr(texpr);
      if (dots) t = table_.slice(t);
      std::string name = f->name ? f->name->value : "";
      (f->name ? named : anon) = true;
      auto* v = table_.newObject<Var>(name, f->name ? f->name->pos : startPos(f->type), t);
      v->isParam = true;
      v->pkg = pkg_;
      if (f->name) {
        info_.defs[f->name] = v;
        if (name != "_") {
          if (Object* prev = scope->insert(v)) redeclared(v, prev);
        }
        v->used = true;  // parameters are never "declared and not used"
      }
      out.push_back(v);
    }
    if (named && anon) error(ft->pos, "syntax error: mixed named and unnamed parameters");
  };
  if (recv) {
    std::vector<Var*> rv;
    declareParams({const_cast<Field*>(recv)}, rv, false);
    sig->recv = rv[0];
    const Type* rt = rv[0]->type;
    bool ptr = false;
    if (auto* p = rt->as<Pointer>()) {
      rt = p->elem;
      ptr = true;
    }
    auto* named = rt->as<Named>();
    std::string why;
    if (isInvalid(rt)) {
      // reported already
    } else if (!named) {
      why = rt->kind == TypeKind::Basic ? "cannot define new methods on non-local type " + str(rt)
                                        : "invalid receiver type " + str(rv[0]->type);
    } else if (named->obj->pkg != pkg_) {
      why = "cannot define new methods on non-local type " + str(rt);
    } else if (named->underlying && (named->underlying->kind == TypeKind::Pointer ||
                                     named->underlying->kind == TypeKind::Interface)) {
      why = "invalid receiver type " + str(rt) + " (pointer or interface type)";
    }
    if (!why.empty()) {
      if (recv->name)
        error(recv->name->pos, why);
      else
        errorAt(recv->type, why);
    } else if (named && method) {
      method->recvBase = named;
      method->pointerRecv = ptr;
    }
  }
  declareParams(ft->params, sig->params, false);
  declareParams(ft->results, sig->results, true);
  table_.finishSignature(sig);
  return sig;
}

// Go's type parameter list as types print it: [K comparable, V any], [A, B any].
std::string Checker::typeParamList(const std::vector<const TypeParam*>& tparams) const {
  auto bound = [&](const TypeParam* tp) {
    std::string c = tp->constraint ? str(tp->constraint) : "";
    return c == "interface{}" ? std::string("any") : c;
  };
  std::string out = "[";
  for (size_t i = 0; i < tparams.size(); ++i) {
    if (i > 0) {
      if (tparams[i]->constraint != tparams[i - 1]->constraint) out += " " + bound(tparams[i - 1]);
      out += ", ";
    }
    out += tparams[i]->obj->name;
  }
  if (!tparams.empty()) out += " " + bound(tparams.back());
  return out + "]";
}

namespace {
// The name of an embedded field: T, *T, pkg.T, T[args] or *pkg.T[args] name it T.
const Name* embeddedFieldIdent(const Expr* e) {
  if (auto* n = e->as<Name>()) return n;
  if (auto* u = e->as<Unary>(); u && u->op == Op::Mul) {
    auto* inner = u->x->as<Unary>();
    if (!inner || inner->op != Op::Mul) return embeddedFieldIdent(u->x);  // *T, but not **T
    return nullptr;
  }
  if (auto* s = e->as<Selector>()) return s->sel;
  if (auto* i = e->as<Index>()) return embeddedFieldIdent(i->x);
  return nullptr;
}
}  // namespace

const Type* Checker::structType(const StructType* st) {
  std::vector<Var*> fields;
  std::vector<std::string> tags;
  std::set<std::string> seen;
  for (const Field* f : st->fields) {
    const Type* t = typeExpr(f->type);
    std::string name;
    Pos pos;
    bool embedded = !f->name;
    if (embedded) {
      const Type* base = t;
      if (auto* p = t->as<Pointer>()) base = p->elem;
      if (base->as<TypeParam>())
        errorAt(f->type, "embedded field type cannot be a (pointer to a) type parameter");
      // The field is named after the type name as written (an alias keeps its own name: Go's
      // embeddedFieldIdent), so struct{ Int } is not struct{ int } even when Int = int.
      if (const Name* id = embeddedFieldIdent(f->type))
        name = id->value;
      else if (auto* n = base->as<Named>())
        name = n->obj->name;
      else if (auto* b = base->as<Basic>())
        name = b->name;
      pos = startPos(f->type);
      if (t->kind == TypeKind::Pointer && base->kind == TypeKind::Named &&
          base->as<Named>()->underlying &&
          (isPointer(base->as<Named>()->underlying) || isInterface(base->as<Named>()->underlying)))
        errorAt(f->type, "embedded field type cannot be a pointer to an interface");
    } else {
      name = f->name->value;
      pos = f->name->pos;
    }
    auto* v = table_.newObject<Var>(name, pos, t);
    v->isField = true;
    v->embedded = embedded;
    v->pkg = pkg_;
    if (f->name) info_.defs[f->name] = v;
    if (name != "_" && !seen.insert(name).second) error(pos, name + " redeclared");
    fields.push_back(v);
    tags.push_back(f->tag);
  }
  return table_.structType(std::move(fields), std::move(tags));
}

const Type* Checker::interfaceType(const InterfaceType* it, Named* def) {
  auto* iface = table_.make<Interface>();
  std::set<std::string> names;
  for (const Field* f : it->elems) {
    if (f->name) {
      auto* m = table_.newObject<Func>(f->name->value, f->name->pos);
      m->isInterfaceMethod = true;
      m->pkg = pkg_;
      Scope* s = table_.newScope(scope_);
      Scope* saved = scope_;
      scope_ = s;
      auto* sig = funcType(f->type->as<FuncType>(), nullptr, s, nullptr);
      m->type = table_.signature(sig->paramTuple->types, sig->resultTuple->types, sig->variadic);
      scope_ = saved;
      info_.defs[f->name] = m;
      if (!names.insert(m->name).second) error(m->pos, "duplicate method " + m->name);
      iface->methods.push_back(m);
      iface->allMethods.push_back(m);
      continue;
    }
    // Embedded interface or type-set term(s).
    std::vector<Interface::Term> terms;
    if (!unionTermsFlat(f->type, terms)) continue;  // any | int: all types
    if (terms.size() == 1 && !terms[0].tilde) {
      if (auto* emb = under(terms[0].type)->as<Interface>()) {
        for (Func* m : emb->allMethods) {
          if (!names.insert(m->name).second) {
            // Overlapping embedded interfaces (Go 1.14): the same method twice is one method.
            auto same = std::find_if(iface->allMethods.begin(), iface->allMethods.end(),
                                     [&](const Func* o) { return o->name == m->name; });
            if (same == iface->allMethods.end() || (*same)->type != m->type)
              error(startPos(f->type), "duplicate method " + m->name);
            continue;
          }
          iface->allMethods.push_back(m);
        }
        if (emb->comparable) iface->comparable = true;
        if (emb->hasTerms) {
          iface->hasTerms = true;
          iface->terms = emb->terms;
        }
        iface->embedded.push_back(terms[0].type);
        continue;
      }
    }
    iface->hasTerms = true;
    iface->terms.insert(iface->terms.end(), terms.begin(), terms.end());
  }
  std::sort(iface->allMethods.begin(), iface->allMethods.end(),
            [](const Func* a, const Func* b) { return a->name < b->name; });
  iface->complete = true;
  (void)def;
  return table_.interfaceType(iface);
}

}  // namespace gm::types
