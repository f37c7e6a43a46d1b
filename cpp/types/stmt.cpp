// Statements and function bodies: scopes, control flow, labels, terminating statements.
#include <algorithm>
#include <functional>

#include "types/checker.h"

namespace gm::types {

using namespace syntax;

void Checker::openScope(const Node* n) {
  scope_ = table_.newScope(scope_);
  if (n) info_.scopes[n] = scope_;
}

void Checker::reportUnused(Scope* s) {
  std::vector<Var*> unused;
  for (auto& [name, obj] : s->names)
    if (auto* v = obj->as<Var>(); v && !v->used && !v->isParam && name != "_") unused.push_back(v);
  std::sort(unused.begin(), unused.end(), [](const Var* a, const Var* b) {
    return std::tie(a->pos.line, a->pos.col) < std::tie(b->pos.line, b->pos.col);
  });
  for (Var* v : unused) error(v->pos, v->name + " declared but not used");
}

void Checker::closeScope() {
  reportUnused(scope_);
  scope_ = scope_->parent;
}

void Checker::declareLocal(Object* obj, const Name* name) {
  obj->pkg = pkg_;
  if (name) info_.defs[name] = obj;
  if (obj->name == "_") return;
  if (Object* prev = scope_->insert(obj)) redeclared(obj, prev);
}

void Checker::funcBody(Func* f, const FuncDecl* d, const Signature* sig) {
  Scope* fscope = info_.scopes[d->type];
  FuncContext ctx;
  ctx.sig = sig;
  ctx.func = f;
  ctx.scope = fscope;
  FuncContext* saved = fn_;
  fn_ = &ctx;
  Scope* savedScope = scope_;
  scope_ = fscope;
  funcBodyInContext(d->body, sig, fscope);
  scope_ = savedScope;
  fn_ = saved;
}

void Checker::funcBodyInContext(const Block* body, const Signature* sig, Scope* scope) {
  info_.scopes[body] = scope;
  int savedBreak = breakOk_, savedCont = continueOk_;
  breakOk_ = continueOk_ = 0;
  stmtList(body->stmts);
  breakOk_ = savedBreak;
  continueOk_ = savedCont;
  if (!sig->results.empty() && !isTerminatingList(body->stmts))
    error(body->rbrace, "missing return");
  reportUnused(scope);
  if (fn_)
    for (Label* l : fn_->labels)
      if (!l->used && l->name != "_") error(l->pos, "label " + l->name + " defined and not used");
}

void Checker::stmtList(const std::vector<Stmt*>& list, bool inSwitchClause) {
  for (size_t i = 0; i < list.size(); ++i) {
    bool last = inSwitchClause && i + 1 == list.size();
    stmt(list[i], last);
  }
}

void Checker::simpleStmt(const Stmt* s) {
  if (s) stmt(s);
}

void Checker::stmt(const Stmt* s, bool lastInClause) {
  if (++depth_ > kMaxCheckDepth) {
    --depth_;
    error(s->pos, "statements nested too deeply");
    return;
  }
  struct DepthGuard {
    int& d;
    ~DepthGuard() { --d; }
  } guard{depth_};
  switch (s->kind) {
    case Kind::EmptyStmt:
      return;
    case Kind::ExprStmt: {
      auto* es = s->as<ExprStmt>();
      Operand x;
      rawExpr(x, es->x, nullptr);
      if (x.invalid()) return;
      const Expr* inner = es->x;
      while (auto* p = inner->as<Paren>()) inner = p->x;
      auto* call = inner->as<Call>();
      bool isCall = call && x.mode != Mode::TypeExpr;
      if (isCall) {
        // Calls of these builtins are not allowed as statements.
        if (valueOnlyBuiltin(call)) {
          errorAt(es->x, exprStr(es->x) + " (" + operandStr(x) + ") is not used");
          return;
        }
        auto fit = info_.types.find(call->fun);
        if (fit != info_.types.end() && fit->second.mode == Mode::TypeExpr) isCall = false;
      }
      if (!isCall) errorAt(es->x, exprStr(es->x) + " (" + operandStr(x) + ") is not used");
      return;
    }
    case Kind::IncDec:
      incDec(s->as<IncDec>());
      return;
    case Kind::Assign:
      assignStmt(s->as<Assign>());
      return;
    case Kind::Block:
      openScope(s);
      stmtList(s->as<Block>()->stmts);
      closeScope();
      return;
    case Kind::If:
      ifStmt(s->as<If>());
      return;
    case Kind::For:
      forStmt(s->as<For>());
      return;
    case Kind::Range:
      rangeStmt(s->as<Range>());
      return;
    case Kind::Switch:
      switchStmt(s->as<Switch>());
      return;
    case Kind::TypeSwitch:
      typeSwitchStmt(s->as<TypeSwitch>());
      return;
    case Kind::Return:
      returnStmt(s->as<Return>());
      return;
    case Kind::Branch: {
      auto* b = s->as<Branch>();
      if (b->tok == Tok::Fallthrough) {
        if (!fallthroughOk_ || !lastInClause) error(s->pos, "fallthrough statement out of place");
        return;
      }
      branchStmt(b);
      return;
    }
    case Kind::Labeled: {
      auto* l = s->as<Labeled>();
      auto* label = table_.newObject<Label>(l->label->value, l->label->pos);
      info_.defs[l->label] = label;
      if (!fn_) return;
      for (Label* prev : fn_->labels)
        if (prev->name == label->name && label->name != "_") redeclared(label, prev);
      fn_->labels.push_back(label);
      fn_->enclosing.push_back(label);
      stmt(l->stmt, lastInClause);
      fn_->enclosing.pop_back();
      return;
    }
    case Kind::DeclStmt:
      for (const Decl* d : s->as<DeclStmt>()->decls) localDecl(d);
      return;
    case Kind::Go:
      error(s->pos, "go statements are not supported (no goroutines in gomethod)");
      return;
    case Kind::Defer: {
      // Go checks the deferred call like an expression statement (builtins like len excluded).
      auto* d = s->as<syntax::Defer>();
      Operand x;
      rawExpr(x, d->call, nullptr);
      if (x.mode == Mode::TypeExpr) {
        errorAt(d->call, "defer requires function call, not conversion");
      } else if (!x.invalid() && valueOnlyBuiltin(d->call)) {
        errorAt(d->call, "defer discards result of " + exprStr(d->call));
      }
      return;
    }
    case Kind::Select:
      error(s->pos, "select statements are not supported");
      return;
    case Kind::SendStmt:
      error(s->pos, "channels are not supported");
      return;
    default:
      error(s->pos, "unexpected statement");
      return;
  }
}

// A call of a builtin that only computes a value (len, append, …): not allowed as a statement.
bool Checker::valueOnlyBuiltin(const Call* call) const {
  const TypeAndValue* ftv = info_.typeOf(call->fun);
  auto* n = call->fun->as<Name>();
  if (!ftv || ftv->mode != Mode::Builtin || !n) return false;
  static const char* pure[] = {"append", "cap", "complex", "imag", "len",
                               "make",   "max", "min",     "new",  "real"};
  for (const char* p : pure)
    if (n->value == p) return true;
  return false;
}

void Checker::localDecl(const Decl* d) {
  if (auto* c = d->as<ConstDecl>()) {
    std::vector<Const*> objs;
    for (size_t i = 0; i < c->names.size(); ++i) {
      auto* obj = table_.newObject<Const>(c->names[i]->value, c->names[i]->pos);
      int savedIota = iota_;
      constDecl(obj, c, static_cast<int>(i));
      iota_ = savedIota;
      objs.push_back(obj);
    }
    // Constants come into scope after the whole spec.
    for (size_t i = 0; i < objs.size(); ++i) declareLocal(objs[i], c->names[i]);
    return;
  }
  if (auto* v = d->as<VarDecl>()) {
    std::vector<Var*> vars;
    for (const Name* n : v->names) {
      auto* obj = table_.newObject<Var>(n->value, n->pos, nullptr);
      obj->declNode = d;
      vars.push_back(obj);
    }
    const Type* t = v->type ? typeExpr(v->type) : nullptr;
    for (Var* obj : vars) obj->type = t;
    if (!v->values.empty()) initVars(vars, v->values, d);
    for (Var* obj : vars)
      if (!obj->type) obj->type = table_.invalid();
    for (size_t i = 0; i < vars.size(); ++i) declareLocal(vars[i], v->names[i]);
    return;
  }
  if (auto* t = d->as<TypeDecl>()) {
    auto* obj = table_.newObject<TypeName>(t->name->value, t->name->pos);
    obj->alias = t->alias;
    if (!t->alias) obj->localIndex = ++localTypes_;
    declareLocal(obj, t->name);
    typeDecl(obj, t);
    return;
  }
  error(d->pos, "unexpected declaration in function body");
}

void Checker::incDec(const IncDec* s) {
  Operand x;
  expr(x, s->x);
  if (x.invalid()) return;
  if (!allTerms(x.type, isNumeric)) {
    errorAt(s->x, "invalid operation: " + exprStr(s->x) + (s->inc ? "++" : "--") +
                      " (non-numeric type " + str(x.type) + ")");
    return;
  }
  Operand one;
  one.mode = Mode::Constant;
  one.type = x.type;
  one.val = constant::Value::makeInt64(1);
  one.expr = s->x;
  assignVar(s->x, one);
}

void Checker::assignStmt(const Assign* s) {
  if (s->define) {
    shortVarDecl(s);
    return;
  }
  if (s->op != Op::None) {
    if (s->lhs.size() != 1 || s->rhs.size() != 1) {
      error(s->pos, "assignment operation " + std::string(opText(s->op)) +
                        "= requires single-valued expressions");
      return;
    }
    Operand x;
    binary(x, s->lhs[0], s->lhs[0], s->rhs[0], s->op, s->pos);
    if (x.invalid()) return;
    x.expr = s->rhs[0];
    assignVar(s->lhs[0], x);
    return;
  }
  assignVars(s->lhs, s->rhs);
}

void Checker::ifStmt(const If* s) {
  openScope(s);
  simpleStmt(s->init);
  Operand x;
  expr(x, s->cond);
  if (!x.invalid() && !isBoolean(x.type)) errorAt(s->cond, "non-boolean condition in if statement");
  stmt(s->then);
  if (s->else_) stmt(s->else_);
  closeScope();
}

void Checker::forStmt(const For* s) {
  openScope(s);
  simpleStmt(s->init);
  if (s->cond) {
    Operand x;
    expr(x, s->cond);
    if (!x.invalid() && !isBoolean(x.type))
      errorAt(s->cond, "non-boolean condition in for statement");
  }
  if (s->post) {
    if (auto* a = s->post->as<Assign>(); a && a->define)
      error(s->post->pos, "cannot declare in post statement of for loop");
    else
      simpleStmt(s->post);
  }
  ++breakOk_;
  ++continueOk_;
  stmt(s->body);
  --breakOk_;
  --continueOk_;
  closeScope();
}

void Checker::rangeStmt(const Range* s) {
  openScope(s);
  Operand x;
  expr(x, s->x);
  const Type* keyT = nullptr;
  const Type* valT = nullptr;
  if (!x.invalid()) {
    const Type* u = coreOf(x.type);
    if (auto* b = u->as<Basic>(); b && isString(b)) {
      keyT = table_.basic(BasicKind::Int);
      valT = table_.basic(BasicKind::Int32);
      if (isUntyped(x.type)) defaultType(x);
    } else if (auto* a = u->as<Array>()) {
      keyT = table_.basic(BasicKind::Int);
      valT = a->elem;
    } else if (auto* p = u->as<Pointer>(); p && under(p->elem)->as<Array>()) {
      keyT = table_.basic(BasicKind::Int);
      valT = under(p->elem)->as<Array>()->elem;
    } else if (auto* sl = u->as<Slice>()) {
      keyT = table_.basic(BasicKind::Int);
      valT = sl->elem;
    } else if (auto* m = u->as<Map>()) {
      keyT = m->key;
      valT = m->elem;
    } else if (isInteger(u)) {
      // Go 1.22 range over int: the iteration variable has the operand's type.
      if (isUntyped(x.type)) defaultType(x);
      keyT = x.type;
      if (s->value)
        errorAt(s->value, "range over " + describe(x) + " permits only one iteration variable");
    } else {
      errorAt(s->x, "cannot range over " + describe(x));
    }
  }
  const Expr* lhs[2] = {s->key, s->value};
  const Type* types[2] = {keyT, valT};
  if (s->define) {
    std::vector<std::pair<Var*, const Name*>> vars;
    for (int i = 0; i < 2; ++i) {
      if (!lhs[i]) continue;
      auto* n = lhs[i]->as<Name>();
      if (!n) {
        errorAt(lhs[i], "non-name " + exprStr(lhs[i]) + " on left side of :=");
        continue;
      }
      auto* v = table_.newObject<Var>(n->value, n->pos, types[i] ? types[i] : table_.invalid());
      v->declNode = s;
      info_.defs[n] = v;
      vars.push_back({v, n});
    }
    for (auto& [v, n] : vars) declareLocal(v, n);
  } else {
    for (int i = 0; i < 2; ++i) {
      if (!lhs[i] || !types[i]) continue;
      Operand val;
      val.mode = Mode::Value;
      val.type = types[i];
      val.expr = lhs[i];
      assignVar(lhs[i], val);
    }
  }
  ++breakOk_;
  ++continueOk_;
  stmt(s->body);
  --breakOk_;
  --continueOk_;
  closeScope();
}

void Checker::switchStmt(const Switch* s) {
  openScope(s);
  simpleStmt(s->init);
  Operand tag;
  if (s->tag) {
    expr(tag, s->tag);
    if (!tag.invalid()) defaultType(tag);
    // Go: a tag is compared with ==, or only with nil (a slice, map or func).
    if (!tag.invalid() && !comparable(tag.type) && !hasNil(tag.type)) {
      errorAt(s->tag,
              "cannot switch on " + describe(tag) + " (" + str(tag.type) + " is not comparable)");
      tag.mode = Mode::Invalid;
    }
  } else {
    // A missing tag is the boolean value true: cases are compared with it.
    tag.mode = Mode::Constant;
    tag.type = table_.basic(BasicKind::Bool);
    tag.val = constant::Value::makeBool(true);
  }
  const std::string tagText = s->tag ? exprStr(s->tag) : "true";
  bool seenDefault = false;
  std::vector<std::pair<Operand, Pos>> seenConsts;  // constant case values, for duplicates
  ++breakOk_;
  for (size_t ci = 0; ci < s->clauses.size(); ++ci) {
    const CaseClause* cc = s->clauses[ci];
    if (cc->isDefault) {
      if (seenDefault) error(cc->pos, "multiple defaults in switch");
      seenDefault = true;
    }
    for (const Expr* v : cc->values) {
      Operand x;
      expr(x, v);
      if (x.invalid() || tag.invalid()) continue;
      Operand t = tag;
      bool isNil = isUntypedNil(x.type);
      if (isUntyped(x.type)) convertUntyped(x, t.type);
      if (x.invalid()) continue;
      // Go's comparison x == tag: either must be assignable to the other's type (a case of a
      // type that implements the tag's interface type compares as that interface), and both
      // comparable, or one of them nil.
      std::string why;
      Operand probeX = x, probeT = t;
      if (x.type != t.type && !assignableTo(probeX, t.type, &why) &&
          !assignableTo(probeT, x.type, &why)) {
        errorAt(v, "invalid case " + exprStr(v) + " in switch on " + tagText +
                       " (mismatched types " + str(x.type) + " and " + str(t.type) + ")");
        continue;
      }
      const Type* bad = isNil                 ? nullptr
                        : !comparable(x.type) ? x.type
                        : !comparable(t.type) ? t.type
                                              : nullptr;
      if (bad) {
        std::string cause = incomparableCause(bad);
        if (cause.empty()) cause = operatorCause(bad, Op::Eql);
        errorAt(v, "invalid case " + exprStr(v) + " in switch on " + tagText + " (" + cause + ")");
        continue;
      }
      // Like gc, Go reports duplicates of integer, floating-point and string constants only.
      auto kind = x.val.kind();
      bool checked = kind == constant::Kind::Int || kind == constant::Kind::Float ||
                     kind == constant::Kind::String;
      if (x.mode == Mode::Constant && checked && !inInstance_) {
        for (auto& [prev, at] : seenConsts)
          if (prev.type == x.type && constant::compare(prev.val, '=', x.val)) {
            errorAt(v, "duplicate case " + describe(x) + " in expression switch\n\t" +
                           diags_.file() + ":" + std::to_string(at.line) + ":" +
                           std::to_string(at.col) + ": previous case");
            break;
          }
        seenConsts.push_back({x, startPos(v)});
      }
    }
    openScope(cc);
    bool savedFall = fallthroughOk_;
    fallthroughOk_ = ci + 1 < s->clauses.size();
    stmtList(cc->body, true);
    fallthroughOk_ = savedFall;
    closeScope();
  }
  --breakOk_;
  closeScope();
}

void Checker::typeSwitchStmt(const TypeSwitch* s) {
  openScope(s);
  simpleStmt(s->init);
  Operand x;
  expr(x, s->x);
  bool ok = !x.invalid();
  if (ok && !isInterface(x.type)) {
    errorAt(s->x, exprStr(s->x) + " (" + operandStr(x) + ") is not an interface");
    ok = false;
  }
  bool seenDefault = false;
  std::vector<Var*> bindings;
  std::vector<std::pair<const Type*, Pos>> seen;  // null: the nil case
  auto duplicate = [&](const Type* t, const Expr* v) {
    if (inInstance_) return;  // T and int may be one type in an instance, never in Go's check
    for (auto& [prev, at] : seen)
      if (prev == t) {
        errorAt(v, "duplicate case " + (t ? str(t) : std::string("nil")) + " in type switch\n\t" +
                       diags_.file() + ":" + std::to_string(at.line) + ":" +
                       std::to_string(at.col) + ": previous case");
        return;
      }
    seen.push_back({t, startPos(v)});
  };
  ++breakOk_;
  for (const CaseClause* cc : s->clauses) {
    if (cc->isDefault) {
      if (seenDefault) error(cc->pos, "multiple defaults in switch");
      seenDefault = true;
    }
    const Type* single = nullptr;
    for (const Expr* v : cc->values) {
      if (auto* n = v->as<Name>();
          n && n->value == "nil" && lookup("nil") && lookup("nil")->as<Nil>()) {
        recordType(v, Mode::Value, table_.basic(BasicKind::UntypedNil));
        single = nullptr;
        duplicate(nullptr, v);
        continue;
      }
      const Type* t = typeExpr(v);
      if (!isInvalid(t)) duplicate(t, v);
      if (ok && !isInvalid(t)) checkAssertable(x.type, t, v);
      single = cc->values.size() == 1 ? t : nullptr;
    }
    openScope(cc);
    if (s->binding) {
      // The binding has the case's type when the clause names exactly one type, else x's type.
      const Type* vt = single && !isInvalid(single) ? single : (ok ? x.type : table_.invalid());
      auto* v = table_.newObject<Var>(s->binding->value, s->binding->pos, vt);
      v->declNode = cc;
      info_.implicits[cc] = v;
      declareLocal(v, nullptr);
      bindings.push_back(v);
    }
    stmtList(cc->body);
    // Unused bindings are reported once, for the switch, below; keep them quiet here.
    if (s->binding) scope_->names.erase(s->binding->value);
    closeScope();
  }
  --breakOk_;
  if (s->binding) {
    bool used = false;
    for (Var* v : bindings) used |= v->used;
    if (!used) error(s->binding->pos, s->binding->value + " declared but not used");
    info_.defs[s->binding] = nullptr;
  }
  closeScope();
}

void Checker::returnStmt(const Return* s) {
  const Signature* sig = fn_ ? fn_->sig : nullptr;
  if (!sig) return;
  if (s->results.empty()) {
    if (!sig->results.empty() && sig->results[0]->name.empty()) {
      error(s->pos, "not enough return values\n\thave ()\n\twant " + str(sig->resultTuple));
    } else if (!sig->results.empty()) {
      // Naked return with named results: each must not be shadowed.
      for (Var* r : sig->results) {
        Object* o = lookup(r->name);
        if (o && o != r)
          error(s->pos, "result parameter " + r->name +
                            " not in scope at return\n\tinner declaration of " + r->name);
      }
    }
    return;
  }
  if (sig->results.empty()) {
    errorAt(
        s->results[0], "too many return values\n\thave (" + [&] {
          std::string h;
          for (size_t i = 0; i < s->results.size(); ++i) {
            Operand x;
            expr(x, s->results[i]);
            if (i) h += ", ";
            h += x.invalid()                                       ? "invalid type"
                 : (x.mode == Mode::Constant && isUntyped(x.type)) ? "number"
                                                                   : str(x.type);
          }
          return h;
        }() + ")\n\twant ()");
    return;
  }
  std::vector<Var*> targets;
  for (Var* r : sig->results) {
    auto* copy = table_.newObject<Var>(r->name, r->pos, r->type);
    targets.push_back(copy);
  }
  if (s->results.size() != targets.size() && !(s->results.size() == 1)) {
    std::string have;
    for (size_t i = 0; i < s->results.size(); ++i) {
      Operand x;
      expr(x, s->results[i]);
      if (i) have += ", ";
      have += x.invalid()                                       ? "invalid type"
              : (x.mode == Mode::Constant && isUntyped(x.type)) ? "number"
                                                                : str(x.type);
    }
    errorAt(s->results[0],
            std::string(s->results.size() < targets.size() ? "not enough" : "too many") +
                " return values\n\thave (" + have + ")\n\twant " + str(sig->resultTuple));
    return;
  }
  if (s->results.size() == 1 && targets.size() > 1) {
    std::vector<Operand> vals;
    multiExpr(vals, s->results[0], false);
    if (vals.size() != targets.size()) {
      if (!vals.empty() && vals[0].invalid()) return;
      errorAt(s->results[0], "not enough return values\n\thave (" +
                                 (vals.size() == 1 ? str(vals[0].type) : std::string()) +
                                 ")\n\twant " + str(sig->resultTuple));
      return;
    }
    for (size_t i = 0; i < vals.size(); ++i)
      assignment(vals[i], targets[i]->type, "return statement");
    return;
  }
  initVars(targets, s->results, s, true);
}

void Checker::branchStmt(const Branch* b) {
  if (b->tok == Tok::Goto) {
    error(b->pos, "goto is not supported");
    return;
  }
  if (b->label) {
    const std::string& name = b->label->value;
    const char* what = b->tok == Tok::Break ? "break" : "continue";
    Label* declared = nullptr;
    for (Label* l : fn_ ? fn_->labels : std::vector<Label*>{})
      if (l->name == name) declared = l;
    if (!declared) {
      error(b->label->pos, std::string(what) + " label not defined: " + name);
      return;
    }
    declared->used = true;
    info_.uses[b->label] = declared;
    bool enclosing = false;
    for (Label* l : fn_->enclosing) enclosing |= l == declared;
    if (!enclosing) error(b->label->pos, "invalid " + std::string(what) + " label " + name);
    return;
  }
  if (b->tok == Tok::Break && breakOk_ == 0)
    error(b->pos, "break is not in a loop, switch, or select");
  if (b->tok == Tok::Continue && continueOk_ == 0) error(b->pos, "continue is not in a loop");
}

bool Checker::isTerminatingList(const std::vector<Stmt*>& list) {
  // Trailing empty statements are ignored, as in Go.
  for (size_t i = list.size(); i-- > 0;) {
    if (list[i]->kind == Kind::EmptyStmt) continue;
    return isTerminating(list[i]);
  }
  return false;
}

bool Checker::isTerminating(const Stmt* s, const std::string& label) {
  switch (s->kind) {
    case Kind::Return:
      return true;
    case Kind::Branch:
      return s->as<Branch>()->tok == Tok::Goto || s->as<Branch>()->tok == Tok::Fallthrough;
    case Kind::ExprStmt: {
      auto* call = s->as<ExprStmt>()->x->as<Call>();
      if (!call) return false;
      auto* n = call->fun->as<Name>();
      return n && n->value == "panic" && info_.objectOf(n) && info_.objectOf(n)->as<Builtin>();
    }
    case Kind::Block:
      return isTerminatingList(s->as<Block>()->stmts);
    case Kind::If: {
      auto* i = s->as<If>();
      return i->else_ && isTerminating(i->then) && isTerminating(i->else_);
    }
    case Kind::Labeled: {
      auto* l = s->as<Labeled>();
      return isTerminating(l->stmt, l->label->value);
    }
    case Kind::For: {
      auto* f = s->as<For>();
      return !f->cond && !hasBreak(f->body, label, true);
    }
    case Kind::Switch:
    case Kind::TypeSwitch: {
      const auto& clauses =
          s->kind == Kind::Switch ? s->as<Switch>()->clauses : s->as<TypeSwitch>()->clauses;
      bool hasDefault = false;
      for (const CaseClause* cc : clauses) {
        hasDefault |= cc->isDefault;
        if (!isTerminatingList(cc->body)) {
          // A clause ending in fallthrough counts.
          bool fall = false;
          for (size_t i = cc->body.size(); i-- > 0;) {
            if (cc->body[i]->kind == Kind::EmptyStmt) continue;
            auto* br = cc->body[i]->as<Branch>();
            fall = br && br->tok == Tok::Fallthrough;
            break;
          }
          if (!fall) return false;
        }
        for (const Stmt* st : cc->body)
          if (hasBreak(st, label, true)) return false;
      }
      return hasDefault;
    }
    default:
      return false;
  }
}

// Whether s contains a break that targets the enclosing statement (unlabeled, when `implicit`,
// stops at nested breakable statements) or the given label.
bool Checker::hasBreak(const Stmt* s, const std::string& label, bool implicit) {
  if (!s) return false;
  switch (s->kind) {
    case Kind::Branch: {
      auto* b = s->as<Branch>();
      if (b->tok != Tok::Break) return false;
      if (!b->label) return implicit;
      return b->label->value == label;
    }
    case Kind::Block:
      for (const Stmt* st : s->as<Block>()->stmts)
        if (hasBreak(st, label, implicit)) return true;
      return false;
    case Kind::If: {
      auto* i = s->as<If>();
      return hasBreak(i->then, label, implicit) || hasBreak(i->else_, label, implicit);
    }
    case Kind::Labeled:
      return hasBreak(s->as<Labeled>()->stmt, label, implicit);
    case Kind::For:
      return !label.empty() && hasBreak(s->as<For>()->body, label, false);
    case Kind::Range:
      return !label.empty() && hasBreak(s->as<Range>()->body, label, false);
    case Kind::Switch:
    case Kind::TypeSwitch: {
      if (label.empty()) return false;
      const auto& clauses =
          s->kind == Kind::Switch ? s->as<Switch>()->clauses : s->as<TypeSwitch>()->clauses;
      for (const CaseClause* cc : clauses)
        for (const Stmt* st : cc->body)
          if (hasBreak(st, label, false)) return true;
      return false;
    }
    default:
      return false;
  }
}

}  // namespace gm::types
