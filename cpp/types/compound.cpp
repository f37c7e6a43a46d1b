// Composite literals, index and slice expressions, function literals.
#include <set>

#include "types/checker.h"

namespace gm::types {

using namespace syntax;

std::optional<int64_t> Checker::index(const Expr* e, int64_t max, bool allowNegative) {
  Operand x;
  expr(x, e);
  if (x.invalid()) return std::nullopt;
  if (isUntyped(x.type) && x.mode == Mode::Constant) {
    if (!x.val.toInt()) {
      errorAt(e, "invalid argument: index " + describe(x) + " must be integer");
      return std::nullopt;
    }
    convertUntyped(x, table_.basic(BasicKind::Int));
    if (x.invalid()) return std::nullopt;
  } else if (isUntyped(x.type)) {
    convertUntyped(x, table_.basic(BasicKind::Int));
  }
  if (!allTerms(x.type, isInteger)) {  // a type parameter: every type in its type set
    errorAt(e, "invalid argument: index " + describe(x) + " must be integer");
    return std::nullopt;
  }
  if (x.mode != Mode::Constant) return std::nullopt;
  auto v = x.val.int64Val();
  if (!v) return std::nullopt;
  if (*v < 0 && !allowNegative) {
    errorAt(e, "invalid argument: index " + exprStr(e) +
                   " (constant of type int) must not be negative");
    return std::nullopt;
  }
  if (max >= 0 && *v >= max) {
    errorAt(e, "invalid argument: index " + exprStr(e) +
                   " out of bounds [0:" + std::to_string(max) + "]");
    return std::nullopt;
  }
  return v;
}

// x[i] for a type parameter without a core type (Go's indexExpr): every type in its type set must
// be indexable with the same element type (and, for maps, the same key type; maps do not mix
// with other types). Returns false when they are not.
bool Checker::typeParamIndex(Operand& x, const Expr* ie) {
  auto* tp = x.type->as<TypeParam>();
  auto* c = tp ? constraintOf(tp) : nullptr;
  if (!c || !c->hasTerms || c->terms.empty()) return false;
  const Type* key = nullptr;
  const Type* elem = nullptr;
  int64_t length = -1;
  Mode mode = Mode::Variable;
  for (const auto& term : c->terms) {
    const Type* u = under(term.type);
    int64_t l = -1;
    const Type* k = nullptr;
    const Type* el = nullptr;
    if (isString(u)) {
      el = table_.basic(BasicKind::Uint8);
      mode = Mode::Value;
    } else if (auto* a = u->as<Array>()) {
      l = a->len;
      el = a->elem;
      if (x.mode != Mode::Variable) mode = Mode::Value;
    } else if (auto* p = u->as<Pointer>()) {
      if (auto* pa = under(p->elem)->as<Array>()) {
        l = pa->len;
        el = pa->elem;
      }
    } else if (auto* s = u->as<types::Slice>()) {
      el = s->elem;
    } else if (auto* m = u->as<Map>()) {
      k = m->key;
      el = m->elem;
    }
    if (!el) return false;
    if (!elem) {
      length = l;
      key = k;
      elem = el;
      continue;
    }
    if (k != key || el != elem) return false;
    if (l >= 0 && l < length) length = l;
  }
  if (key) {
    Operand k;
    expr(k, ie);
    assignment(k, key, "map index");
    x.mode = Mode::MapIndex;
    x.type = elem;
    return true;
  }
  index(ie, length);
  x.mode = mode;
  x.type = elem;
  return true;
}

void Checker::indexExpr(Operand& x, const Index* e) {
  exprOrType(x, e->x);
  if (x.invalid()) return;
  if (x.mode == Mode::TypeExpr) {
    const Type* t = typeInstance(e, x);
    x = Operand{};
    x.expr = e;
    x.mode = isInvalid(t) ? Mode::Invalid : Mode::TypeExpr;
    x.type = t;
    return;
  }
  if (x.generic) {
    funcInstance(x, e);
    return;
  }
  if (e->indices.size() != 1) {
    errorAt(e, "unexpected comma; expecting ]");
    x.mode = Mode::Invalid;
    return;
  }
  const Expr* ie = e->indices[0];
  const Type* u = coreOf(x.type);
  if (isString(u) || isByteString(u)) {
    // A constant index must be in range of a constant string; the byte is not a constant.
    int64_t max = x.mode == Mode::Constant ? static_cast<int64_t>(x.val.stringVal().size()) : -1;
    if (x.mode == Mode::Constant && isUntyped(x.type)) {
      x.type = table_.basic(BasicKind::String);
      updateExprType(e->x, x.type, true);
    }
    index(ie, max);
    x.mode = Mode::Value;
    x.type = table_.basic(BasicKind::Uint8);
    return;
  }
  if (auto* a = u->as<Array>()) {
    index(ie, a->len);
    x.mode = x.mode == Mode::Variable ? Mode::Variable : Mode::Value;
    x.type = a->elem;
    return;
  }
  if (auto* p = u->as<Pointer>(); p && under(p->elem)->as<Array>()) {
    auto* a = under(p->elem)->as<Array>();
    index(ie, a->len);
    x.mode = Mode::Variable;
    x.type = a->elem;
    return;
  }
  if (auto* s = u->as<Slice>()) {
    index(ie, -1);
    x.mode = Mode::Variable;
    x.type = s->elem;
    return;
  }
  if (auto* m = u->as<Map>()) {
    Operand k;
    expr(k, ie);
    assignment(k, m->key, "map index");
    x.mode = Mode::MapIndex;
    x.type = m->elem;
    return;
  }
  if (typeParamIndex(x, ie)) return;
  errorAt(e, "invalid operation: cannot index " + describe(x));
  x.mode = Mode::Invalid;
}

void Checker::sliceExpr(Operand& x, const syntax::Slice* e) {
  expr(x, e->x);
  if (x.invalid()) return;
  const Type* u = coreOf(x.type);
  int64_t length = -1;
  if (isString(u)) {
    if (e->full) {
      errorAt(e, "invalid operation: 3-index slice of string");
      x.mode = Mode::Invalid;
      return;
    }
    if (x.mode == Mode::Constant) length = static_cast<int64_t>(x.val.stringVal().size());
    if (isUntyped(x.type)) x.type = table_.basic(BasicKind::String);
    x.mode = Mode::Value;
  } else if (auto* a = u->as<Array>()) {
    if (x.mode != Mode::Variable) {
      errorAt(e, "invalid operation: " + exprStr(e->x) + " (slice of unaddressable value)");
      x.mode = Mode::Invalid;
      return;
    }
    length = a->len;
    markAddressTaken(e->x);
    x.type = table_.slice(a->elem);
    x.mode = Mode::Value;
  } else if (auto* p = u->as<Pointer>(); p && under(p->elem)->as<Array>()) {
    auto* a = under(p->elem)->as<Array>();
    length = a->len;
    x.type = table_.slice(a->elem);
    x.mode = Mode::Value;
  } else if (u->as<types::Slice>()) {
    x.mode = Mode::Value;
  } else {
    errorAt(e, "cannot slice " + describe(x));
    x.mode = Mode::Invalid;
    return;
  }
  if (e->full && (!e->index[1] || !e->index[2])) {
    errorAt(e, e->index[1] ? "final index required in 3-index slice"
                           : "middle index required in 3-index slice");
  }
  std::optional<int64_t> prev;
  for (int i = 0; i < 3; ++i) {
    if (!e->index[i]) continue;
    auto v = index(e->index[i], length >= 0 ? length + 1 : -1);
    if (v && prev && *v < *prev) {
      errorAt(e->index[i],
              "invalid slice indices: " + std::to_string(*v) + " < " + std::to_string(*prev));
    }
    if (v) prev = v;
  }
}

void Checker::compositeLit(Operand& x, const CompositeLit* lit, const Type* hint) {
  const Type* t = nullptr;
  if (lit->type) {
    if (auto* a = lit->type->as<ArrayType>(); a && a->dotsLen) {
      const Type* elem = typeExpr(a->elem);
      // Length from the largest index.
      int64_t n = 0, idx = 0;
      for (const Expr* el : lit->elems) {
        if (auto* kv = el->as<KeyValue>()) {
          if (auto v = index(kv->key, -1)) idx = *v;
        }
        n = std::max(n, ++idx);
      }
      t = table_.array(elem, n);
      recordType(lit->type, Mode::TypeExpr, t);
    } else {
      t = typeExpr(lit->type);
    }
  } else if (hint) {
    // The element type of the enclosing literal; &T elided in []*T{{...}}, also for a type
    // parameter whose core type is *T.
    const Type* core = coreType(hint);
    if (!core) {
      errorAt(lit, "invalid composite literal element type " + str(hint) + ": no core type");
      x.mode = Mode::Invalid;
      return;
    }
    t = hint;
    if (auto* p = core->as<Pointer>()) t = p->elem;
  } else {
    errorAt(lit, "invalid composite literal type: missing type");
    x.mode = Mode::Invalid;
    return;
  }
  if (isInvalid(t)) {
    x.mode = Mode::Invalid;
    return;
  }
  const Type* u = coreOf(t);
  auto elemValue = [&](const Expr* e, const Type* et, const char* ctx) {
    Operand v;
    if (auto* cl = e->as<CompositeLit>(); cl && !cl->type) {
      rawExpr(v, e, et);
      const Type* core = coreType(et);
      if (!v.invalid() && core && core->as<Pointer>()) v.type = et;  // elided &T{}
      if (!v.invalid()) {
        v.mode = Mode::Value;
        info_.types[e].type = v.type;
      }
    } else {
      expr(v, e);
    }
    assignment(v, et, ctx);
    return v;
  };
  if (auto* st = u->as<Struct>()) {
    if (lit->elems.empty()) {
    } else if (lit->elems[0]->as<KeyValue>()) {
      std::set<std::string> seen;
      for (const Expr* el : lit->elems) {
        auto* kv = el->as<KeyValue>();
        if (!kv) {
          errorAt(el, "mixture of field:value and value elements in struct literal");
          continue;
        }
        auto* key = kv->key->as<Name>();
        if (!key) {
          errorAt(kv->key, "invalid field name " + exprStr(kv->key) + " in struct literal");
          continue;
        }
        Var* field = nullptr;
        for (Var* f : st->fields)
          if (f->name == key->value) field = f;
        if (!field) {
          error(key->pos, "unknown field " + key->value + " in struct literal of type " + str(t));
          Operand tmp;
          expr(tmp, kv->value);
          continue;
        }
        info_.uses[key] = field;
        if (!seen.insert(key->value).second)
          error(key->pos, "duplicate field name " + key->value + " in struct literal");
        elemValue(kv->value, field->type, "struct literal");
      }
    } else {
      for (size_t i = 0; i < lit->elems.size(); ++i) {
        const Expr* el = lit->elems[i];
        if (el->as<KeyValue>()) {
          errorAt(el, "mixture of field:value and value elements in struct literal");
          continue;
        }
        if (i >= st->fields.size()) {
          errorAt(el, "too many values in struct literal of type " + str(t));
          break;
        }
        elemValue(el, st->fields[i]->type, "struct literal");
      }
      if (lit->elems.size() < st->fields.size() && !lit->elems.empty())
        error(lit->rbrace, "too few values in struct literal of type " + str(t));
    }
  } else if (u->as<Array>() || u->as<types::Slice>()) {
    const Type* et = u->as<Array>() ? u->as<Array>()->elem : u->as<types::Slice>()->elem;
    int64_t max = u->as<Array>() ? u->as<Array>()->len : -1;
    int64_t idx = 0;
    std::set<int64_t> seen;
    for (const Expr* el : lit->elems) {
      const Expr* v = el;
      if (auto* kv = el->as<KeyValue>()) {
        if (auto k = index(kv->key, max)) idx = *k;
        v = kv->value;
      } else if (max >= 0 && idx >= max) {
        errorAt(el,
                "index " + std::to_string(idx) + " out of bounds [0:" + std::to_string(max) + "]");
      }
      if (!seen.insert(idx).second)
        errorAt(el, "duplicate index " + std::to_string(idx) + " in array or slice literal");
      ++idx;
      elemValue(v, et, "array or slice literal");
    }
  } else if (auto* m = u->as<Map>()) {
    std::vector<Operand> constKeys;
    for (const Expr* el : lit->elems) {
      auto* kv = el->as<KeyValue>();
      if (!kv) {
        errorAt(el, "missing key in map literal");
        continue;
      }
      Operand k = elemValue(kv->key, m->key, "map literal");
      if (k.mode == Mode::Constant && !k.val.isUnknown() && !inInstance_) {
        for (const Operand& prev : constKeys)
          if (prev.type == k.type && constant::compare(prev.val, '=', k.val)) {
            errorAt(kv->key, "duplicate key " + k.val.toString() + " in map literal");
            break;
          }
        constKeys.push_back(k);
      }
      elemValue(kv->value, m->elem, "map literal");
    }
  } else {
    errorAt(lit, "invalid composite literal type " + str(t));
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Value;
  x.type = t;
}

void Checker::funcLit(Operand& x, const FuncLit* e) {
  Scope* fscope = table_.newScope(scope_);
  fscope->isFunc = true;
  info_.scopes[e->type] = fscope;
  Scope* saved = scope_;
  scope_ = fscope;
  const Signature* sig = funcType(e->type, nullptr, fscope, nullptr);
  FuncContext ctx;
  ctx.sig = sig;
  ctx.lit = e;
  ctx.scope = fscope;
  FuncContext* savedFn = fn_;
  fn_ = &ctx;
  funcBodyInContext(e->body, sig, fscope);
  fn_ = savedFn;
  scope_ = saved;
  info_.funcLitSigs[e] = sig;
  x.mode = Mode::Value;
  x.type = table_.signature(sig->paramTuple->types, sig->resultTuple->types, sig->variadic);
}

}  // namespace gm::types
