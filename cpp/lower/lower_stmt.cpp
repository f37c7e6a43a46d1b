// Statement lowering: function entry and exit, assignments, structured control flow.
#include <utility>

#include "lower/lower_impl.h"
#include "syntax/walk.h"

namespace gm::lower {

using namespace syntax;
using wasm::BlockType;
using wasm::Op;
using wasm::ValType;

FuncLowerer::FuncLowerer(ProgramLowerer& prog, const types::Func* fn, wasm::Function& out)
    : prog_(prog),
      fn_(fn),
      sig_(fn->sig()),
      body_(fn->decl->body),
      out_(out),
      code_(out.body),
      userCode_(fn->pkg == prog.program().pkg) {}

FuncLowerer::FuncLowerer(ProgramLowerer& prog, const FuncLit* lit,
                         const std::vector<const types::Var*>& captures, wasm::Function& out)
    : prog_(prog),
      lit_(lit),
      captures_(captures),
      sig_(prog.info().funcLitSigs.at(lit)),
      body_(lit->body),
      out_(out),
      code_(out.body),
      userCode_(prog.isUserLit(lit)) {}

FuncLowerer::FuncLowerer(ProgramLowerer& prog, wasm::Function& out)
    : prog_(prog), out_(out), code_(out.body) {}

void FuncLowerer::unsupported(Pos at, const std::string& what) {
  if (fn_ && fn_->pkg != prog_.program().pkg) {
    // Positions inside embedded packages mean nothing in the user's file.
    prog_.diags().error({}, "internal compiler error: package " + fn_->pkg->path + ", function " +
                                fn_->name + ", line " + std::to_string(at.line) +
                                ": cannot compile " + what);
  } else {
    prog_.diags().error(at, "gomethod cannot compile " + what + " yet");
  }
  code_.op(Op::Unreachable);
}

const types::TypeAndValue* FuncLowerer::tv(const Expr* e) const {
  return prog_.info().typeOf(e);
}

const types::Type* FuncLowerer::typeOf(const Expr* e) const {
  auto* t = tv(e);
  return t ? t->type : nullptr;
}

void FuncLowerer::lower() {
  const types::Signature* sig = sig_;
  if (lit_) {
    // The closure: captured variables are heap cells whose addresses it holds.
    out_.localNames.push_back("closure");
    nparams_ = 1;
  }
  std::vector<const types::Var*> params;
  if (sig->recv) params.push_back(sig->recv);
  for (auto* p : sig->params) params.push_back(p);
  // Parameters arrive in wasm locals; the ones that must live in memory are moved there.
  std::vector<std::pair<const types::Var*, uint32_t>> moves;
  for (auto* p : params) {
    auto n = static_cast<uint32_t>(wasmTypes(p->type).size());
    for (uint32_t i = 0; i < n; ++i) out_.localNames.push_back(i == 0 ? p->name : "");
    bool memory = p->addressTaken || p->captured || isAggregate(p->type);
    if (!memory) {
      vars_[p] = {Storage::Locals, nparams_, 0};
      if (!hasPointers(p->type)) markScalar(nparams_, n);
    } else
      moves.push_back({p, nparams_});
    nparams_ += n;
  }
  for (size_t k = 0; k < captures_.size(); ++k) {
    uint32_t cell = newLocal(ValType::I32, captures_[k]->name);
    code_.localGet(0);
    code_.mem(Op::I32Load, 2, static_cast<uint32_t>(4 + 4 * k));
    code_.localSet(cell);
    vars_[captures_[k]] = {Storage::Heap, cell, 0};
  }
  for (auto& [p, first] : moves) {
    pushFrom(p->type, first);  // an aggregate arrives as the caller's address: copy it
    defineVar(p, p->pos);
    storeVar(p, p->pos);
  }
  for (auto* r : sig->results)
    if (!r->name.empty()) {
      defineVar(r, r->pos);
      if (vars_[r].kind == Storage::Locals && isAggregate(r->type)) zeroValue(r->type);
    }
  const auto& body = body_->stmts;
  if (prog_.isDeferTarget(lit_ ? static_cast<const Node*>(lit_) : fn_->decl)) frameSlot(8, 8);
  syntax::walk(body_, [&](const Node* n) {
    if (n->kind == Kind::Defer) hasDefer_ = true;
  });
  // (walk also visits function literals; a literal's defer makes this frame defer-aware too,
  // which is harmless.)
  if (hasDefer_) {
    lowerBodyWithDefers(sig);
    finishFrame();
    return;
  }
  // A final `return x` leaves x as the function's value: no return opcode, no unreachable tail.
  if (!body.empty() && body.back()->kind == Kind::Return) {
    stmts({body.begin(), body.end() - 1});
    returnValues(body.back()->as<Return>());
    epilogue();
  } else {
    stmts(body);
    if (sig->results.empty())
      epilogue();
    else
      code_.op(Op::Unreachable);  // a terminating body never gets here
  }
  finishFrame();
}

// The start function: dynamic package variable initializers in order, then init functions.
void FuncLowerer::lowerInit(const std::vector<types::Initializer>& inits,
                            const std::vector<wasm::FuncId>& initFuncs) {
  for (const auto& in : inits) {
    // One value, a call's results, or a comma-ok form (var v, ok = m[k]).
    std::vector<const types::Type*> ts = values({const_cast<Expr*>(in.rhs)}, in.lhs.size(), false);
    for (size_t i = in.lhs.size(); i-- > 0;) {
      if (in.lhs[i]->name == "_") {
        dropValues(ts[i]);
        continue;
      }
      conversion(ts[i], in.lhs[i]->type, in.rhs->pos);
      storeVar(in.lhs[i], in.rhs->pos);
    }
  }
  for (wasm::FuncId f : initFuncs) code_.call(f);
  epilogue();
  finishFrame();
}

// Pushes the values of the right-hand side of an n-way assignment and returns their types:
// one per expression, a call's results, or a comma-ok pair (v, ok).
std::vector<const types::Type*> FuncLowerer::values(const std::vector<Expr*>& rhs, size_t n,
                                                    bool copyAggregates) {
  std::vector<const types::Type*> out;
  auto mode = tv(rhs[0])->mode;
  if (rhs.size() == 1 && n == 2 &&
      (mode == types::Mode::CommaOk || mode == types::Mode::MapIndex)) {
    const Expr* e = rhs[0];
    while (auto* p = e->as<Paren>()) e = p->x;
    if (auto* ta = e->as<TypeAssert>())
      typeAssert(ta, true);
    else if (isMapIndex(e))
      mapIndex(e->as<Index>(), true);
    else
      unsupported(e->pos, "this comma-ok expression");
    return {typeOf(rhs[0]), prog_.program().boolType};
  }
  for (const Expr* r : rhs) {
    expr(r);
    const types::Type* t = typeOf(r);
    if (auto* tu = t->as<types::Tuple>()) {
      out.insert(out.end(), tu->types.begin(), tu->types.end());
    } else {
      if (copyAggregates && isAggregate(t) && rhs.size() > 1) copyToTemp(t);
      out.push_back(t);
    }
  }
  return out;
}

bool FuncLowerer::isNilName(const Expr* e) const {
  while (auto* p = e->as<Paren>()) e = p->x;
  auto* n = e->as<Name>();
  if (!n) return false;
  auto it = prog_.info().uses.find(n);
  return it != prog_.info().uses.end() && it->second->as<types::Nil>();
}

bool FuncLowerer::isBlank(const Expr* e) {
  auto* n = e ? e->as<Name>() : nullptr;
  return n && n->value == "_";
}

void FuncLowerer::dropValues(const types::Type* t) {
  size_t n = 0;
  if (auto* tu = t ? t->as<types::Tuple>() : nullptr)
    for (auto* et : tu->types) n += wasmTypes(et).size();
  else if (t)
    n = wasmTypes(t).size();
  for (size_t i = 0; i < n; ++i) code_.op(Op::Drop);
}

void FuncLowerer::stmts(const std::vector<Stmt*>& list) {
  for (const Stmt* s : list) stmt(s);
}

void FuncLowerer::stmt(const Stmt* s) {
  switch (s->kind) {
    case Kind::EmptyStmt:
      return;
    case Kind::Block:
      stmts(s->as<Block>()->stmts);
      return;
    case Kind::ExprStmt: {
      const Expr* e = s->as<ExprStmt>()->x;
      expr(e);
      dropValues(typeOf(e));
      return;
    }
    case Kind::Assign:
      assign(s->as<Assign>());
      return;
    case Kind::IncDec: {
      auto* id = s->as<IncDec>();
      const types::Type* t = typeOf(id->x);
      auto apply = [&]() {
        constant(t, gm::constant::Value::makeInt64(1), id->pos);
        if (types::isFloat(t)) {
          code_.op(Op::Drop);
          if (wasmTypes(t)[0] == ValType::F32)
            code_.f32Const(1);
          else
            code_.f64Const(1);
        }
        arith(id->inc ? syntax::Op::Add : syntax::Op::Sub, t, id->pos);
      };
      if (isMapIndex(id->x)) {
        mapUpdate(id->x, apply);
      } else if (inMemory(id->x)) {
        uint32_t a = newLocal(ValType::I32);
        addr(id->x);
        code_.localTee(a);
        load(t);
        apply();
        storeAt(t, a);
      } else {
        expr(id->x);
        apply();
        storeTo(id->x);
      }
      return;
    }
    case Kind::If:
      ifStmt(s->as<If>());
      return;
    case Kind::For:
      forStmt(s->as<For>(), std::exchange(pendingLabel_, {}));
      return;
    case Kind::Range:
      rangeStmt(s->as<Range>(), std::exchange(pendingLabel_, {}));
      return;
    case Kind::Switch:
      switchStmt(s->as<Switch>(), std::exchange(pendingLabel_, {}));
      return;
    case Kind::TypeSwitch:
      typeSwitch(s->as<TypeSwitch>(), std::exchange(pendingLabel_, {}));
      return;
    case Kind::Return:
      returnStmt(s->as<Return>());
      return;
    case Kind::Branch:
      branch(s->as<Branch>());
      return;
    case Kind::Labeled: {
      auto* l = s->as<Labeled>();
      pendingLabel_ = l->label->value;
      stmt(l->stmt);
      pendingLabel_.clear();
      return;
    }
    case Kind::DeclStmt:
      for (const Decl* d : s->as<DeclStmt>()->decls)
        if (auto* v = d->as<VarDecl>()) varDecl(v);
      return;
    case Kind::Defer:
      deferStmt(s->as<Defer>());
      return;
    default:
      unsupported(s->pos, "this statement");
      return;
  }
}

void FuncLowerer::varDecl(const VarDecl* d) {
  std::vector<const types::Var*> vars;
  for (const Name* n : d->names)
    vars.push_back(prog_.info().objectOf(n) ? prog_.info().objectOf(n)->as<types::Var>() : nullptr);
  if (d->values.empty()) {
    for (size_t i = 0; i < vars.size(); ++i) {
      if (!vars[i]) continue;
      zeroValue(vars[i]->type);
      defineVar(vars[i], d->names[i]->pos);
      storeVar(vars[i], d->names[i]->pos);
    }
    return;
  }
  std::vector<const types::Type*> rtypes = values(d->values, vars.size(), false);
  // Convert each value to its variable's type (e.g. into an interface), last to first.
  if (rtypes.size() == vars.size()) {
    std::vector<uint32_t> firsts(vars.size());
    for (size_t i = vars.size(); i-- > 0;) {
      firsts[i] = newLocals(rtypes[i]);
      popTo(rtypes[i], firsts[i]);
    }
    for (size_t i = 0; i < vars.size(); ++i) {
      pushFrom(rtypes[i], firsts[i]);
      if (vars[i])
        conversion(rtypes[i], vars[i]->type, d->pos);
      else
        dropValues(rtypes[i]);
    }
  }
  // Multi-value initializers: aggregates are already fresh copies; store last to first.
  for (size_t i = vars.size(); i-- > 0;) {
    if (!vars[i]) continue;  // a blank: already dropped
    uint32_t first = newLocals(vars[i]->type);
    popTo(vars[i]->type, first);
    defineVar(vars[i], d->names[i]->pos);
    pushFrom(vars[i]->type, first);
    storeVar(vars[i], d->names[i]->pos);
  }
}

void FuncLowerer::assign(const Assign* s) {
  if (s->op != syntax::Op::None) {
    const Expr* lhs = s->lhs[0];
    const types::Type* t = typeOf(lhs);
    auto rhsAndOp = [&]() {
      expr(s->rhs[0]);
      if (s->op == syntax::Op::Shl || s->op == syntax::Op::Shr) {
        const types::TypeAndValue* rtv = tv(s->rhs[0]);
        shiftValues(s->op, t, rtv->type, rtv->mode == types::Mode::Constant, s->pos);
        return;
      }
      arith(s->op, t, s->pos);
    };
    if (isMapIndex(lhs)) {  // the map and key are evaluated once
      mapUpdate(lhs, rhsAndOp);
    } else if (inMemory(lhs)) {  // the address is computed once
      uint32_t a = newLocal(ValType::I32);
      addr(lhs);
      code_.localTee(a);
      load(t);
      rhsAndOp();
      storeAt(t, a);
    } else {
      expr(lhs);
      rhsAndOp();
      storeTo(lhs);
    }
    return;
  }
  if (s->define) {
    // New variables get fresh storage (a new heap cell per execution for escaping ones).
    std::vector<const types::Type*> rtypes = values(s->rhs, s->lhs.size(), false);
    for (size_t i = s->lhs.size(); i-- > 0;) {
      auto* n = s->lhs[i]->as<Name>();
      auto* obj = n ? prog_.info().defs.count(n) ? prog_.info().defs.at(n) : nullptr : nullptr;
      auto* v = obj ? obj->as<types::Var>() : nullptr;
      if (v && v->declNode == s) {
        uint32_t first = newLocals(v->type);
        conversion(rtypes[i], v->type, s->pos);
        popTo(v->type, first);
        defineVar(v, n->pos);
        pushFrom(v->type, first);
        storeVar(v, n->pos);
      } else if (isBlank(s->lhs[i])) {
        dropValues(rtypes[i]);
      } else {
        conversion(rtypes[i], typeOf(s->lhs[i]), s->pos);
        storeTo(s->lhs[i]);
      }
    }
    return;
  }
  if (s->lhs.size() == 1) {
    const Expr* lhs = s->lhs[0];
    const types::Type* t = typeOf(lhs);
    if (isMapIndex(lhs)) {
      expr(s->rhs[0]);
      conversion(typeOf(s->rhs[0]), t, s->pos);
      while (auto* p = lhs->as<Paren>()) lhs = p->x;
      mapStore(lhs->as<Index>());
      return;
    }
    if (inMemory(lhs) && !(lhs->as<Name>() && lhs->as<Name>()->value == "_")) {
      uint32_t a = newLocal(ValType::I32);
      addr(lhs);
      code_.localSet(a);
      expr(s->rhs[0]);
      conversion(typeOf(s->rhs[0]), t, s->pos);
      storeAt(t, a);
      return;
    }
    expr(s->rhs[0]);
    if (isBlank(lhs)) {
      dropValues(typeOf(s->rhs[0]));
      return;
    }
    conversion(typeOf(s->rhs[0]), t, s->pos);
    storeTo(lhs);
    return;
  }
  // Tuple assignment: addresses of memory operands first, then every value (aggregates copied,
  // so a, b = b, a swaps), then the stores left to right.
  std::vector<std::optional<uint32_t>> addrs;
  for (const Expr* l : s->lhs) {
    bool blank = l->as<Name>() && l->as<Name>()->value == "_";
    if (!blank && inMemory(l)) {
      uint32_t a = newLocal(ValType::I32);
      addr(l);
      code_.localSet(a);
      addrs.push_back(a);
    } else {
      addrs.push_back(std::nullopt);
    }
  }
  std::vector<const types::Type*> rtypes = values(s->rhs, s->lhs.size(), true);
  std::vector<uint32_t> firsts(s->lhs.size());
  for (size_t i = s->lhs.size(); i-- > 0;) {
    firsts[i] = newLocals(rtypes[i]);
    popTo(rtypes[i], firsts[i]);
  }
  for (size_t i = 0; i < s->lhs.size(); ++i) {
    if (isBlank(s->lhs[i])) continue;
    const types::Type* lt = typeOf(s->lhs[i]);
    pushFrom(rtypes[i], firsts[i]);
    if (lt) conversion(rtypes[i], lt, s->pos);
    if (addrs[i])
      storeAt(lt, *addrs[i]);
    else
      storeTo(s->lhs[i]);
  }
}

void FuncLowerer::ifStmt(const If* s) {
  if (s->init) stmt(s->init);
  expr(s->cond);
  code_.if_();
  enter();
  stmts(s->then->stmts);
  if (s->else_) {
    code_.else_();
    stmt(s->else_);
  }
  leave();
  code_.end();
}

FuncLowerer::LoopDepths FuncLowerer::beginLoop() {
  code_.block();
  enter();
  uint32_t breakDepth = controlDepth_ - 1;
  code_.loop();
  enter();
  return {breakDepth, controlDepth_ - 1};
}

void FuncLowerer::endLoop(const LoopDepths& loop) {
  code_.br(depthTo(loop.loopDepth));
  leave();
  code_.end();
  leave();
  code_.end();
}

// Body of a loop: `block $continue { body }`; breaks go to breakDepth.
void FuncLowerer::loopBody(const Block* body, const std::string& label, uint32_t breakDepth) {
  code_.block();
  enter();
  targets_.push_back({label, breakDepth, controlDepth_ - 1});
  stmts(body->stmts);
  targets_.pop_back();
  leave();
  code_.end();
}

// block $break { loop $top { [cond; br_if $break] block $continue { body } post; br $top } }
void FuncLowerer::forStmt(const For* s, std::string label) {
  if (s->init) stmt(s->init);
  auto [breakDepth, loopDepth] = beginLoop();
  if (s->cond) {
    expr(s->cond);
    code_.op(Op::I32Eqz);
    code_.brIf(depthTo(breakDepth));
  }
  loopBody(s->body, label, breakDepth);
  // Go 1.22: each iteration has its own loop variables. Ones in heap cells (captured or
  // address-taken) move to a fresh cell holding the current value before the post statement.
  if (auto* a = s->init ? s->init->as<Assign>() : nullptr; a && a->define) {
    for (const Expr* l : a->lhs) {
      auto* n = l->as<Name>();
      auto* o = n && prog_.info().defs.count(n) ? prog_.info().defs.at(n) : nullptr;
      auto* v = o ? o->as<types::Var>() : nullptr;
      auto it = v ? vars_.find(v) : vars_.end();
      if (it == vars_.end() || it->second.kind != Storage::Heap) continue;
      uint32_t size = static_cast<uint32_t>(types::sizeOf(v->type));
      uint32_t fresh = newLocal(ValType::I32);
      heapAlloc(size, s->pos, v->type,
                ("loop variable " + v->name + " (moved to the heap)").c_str());
      code_.localTee(fresh);
      code_.localGet(it->second.local);
      memCopy(size);
      code_.localGet(fresh);
      code_.localSet(it->second.local);
    }
  }
  if (s->post) stmt(s->post);
  endLoop({breakDepth, loopDepth});
}

// for k, v := range x over integers, strings (runes), arrays, pointers to arrays and slices.
void FuncLowerer::rangeStmt(const Range* s, std::string label) {
  const types::Type* xt = typeOf(s->x);
  const types::Type* u = types::under(xt);
  auto varOf = [&](const Expr* e) -> const types::Var* {
    auto* n = e ? e->as<Name>() : nullptr;
    if (!n || n->value == "_") return nullptr;
    auto* o = prog_.info().objectOf(n);
    return o ? o->as<types::Var>() : nullptr;
  };
  const types::Var* kv = s->define ? varOf(s->key) : nullptr;
  const types::Var* vv = s->define ? varOf(s->value) : nullptr;
  // Assign the iteration values (key: an i64 local, value: pushed by pushValue).
  auto assignIter = [&](uint32_t idx, const types::Type* keyType, auto pushValue) {
    auto setKey = [&]() {
      code_.localGet(idx);
      if (wasmTypes(keyType)[0] == ValType::I32) code_.op(Op::I32WrapI64);
    };
    if (s->key && !(s->key->as<Name>() && s->key->as<Name>()->value == "_")) {
      setKey();
      if (kv) {
        defineVar(kv, s->key->pos);
        storeVar(kv, s->key->pos);
      } else {
        storeTo(s->key);
      }
    }
    if (s->value && !(s->value->as<Name>() && s->value->as<Name>()->value == "_")) {
      pushValue();
      if (vv) {
        defineVar(vv, s->value->pos);
        storeVar(vv, s->value->pos);
      } else {
        storeTo(s->value);
      }
    }
  };
  if (auto* mt = u->as<types::Map>()) {
    auto assign = [&](const Expr* target, const types::Var* v, const types::Type* t,
                      uint32_t addr) {
      if (!target || isBlank(target)) return;
      code_.localGet(addr);
      load(t);
      if (isAggregate(t)) copyToTemp(t);
      if (v) {
        defineVar(v, target->pos);
        storeVar(v, target->pos);
      } else {
        storeTo(target);
      }
    };
    mapRange(s, label, [&](uint32_t keyAddr, uint32_t elemAddr) {
      assign(s->key, kv, mt->key, keyAddr);
      assign(s->value, vv, mt->elem, elemAddr);
    });
    return;
  }
  uint32_t idx = newLocal(ValType::I64), n = newLocal(ValType::I64);
  // The loop may run many times in this call (nested loops): start each run from 0.
  code_.i64Const(0);
  code_.localSet(idx);
  if (types::isString(u)) {
    uint32_t sp = newLocal(ValType::I32), sl = newLocal(ValType::I32);
    uint32_t r = newLocal(ValType::I32), next = newLocal(ValType::I64);
    expr(s->x);
    code_.localSet(sl);
    code_.localSet(sp);
    auto [breakDepth, loopDepth] = beginLoop();
    code_.localGet(idx);
    code_.localGet(sl);
    code_.op(Op::I64ExtendI32U);
    code_.op(Op::I64GeS);
    code_.brIf(depthTo(breakDepth));
    // decoderune(s string, k int) (rune, int); ASCII fast path inline.
    code_.localGet(sp);
    code_.localGet(idx);
    code_.op(Op::I32WrapI64);
    code_.op(Op::I32Add);
    code_.mem(Op::I32Load8U, 0, 0);
    code_.localTee(r);
    code_.i32Const(0x80);
    code_.op(Op::I32LtU);
    code_.if_();
    code_.localGet(idx);
    code_.i64Const(1);
    code_.op(Op::I64Add);
    code_.localSet(next);
    code_.else_();
    code_.localGet(sp);
    code_.localGet(sl);
    code_.localGet(idx);
    code_.call(prog_.runtimeFunc("decoderune", s->pos));
    code_.localSet(next);
    code_.localSet(r);
    code_.end();
    const types::Type* keyType = kv ? kv->type : nullptr;
    if (!keyType && s->key) keyType = typeOf(s->key);
    assignIter(idx, keyType ? keyType : xt, [&]() { code_.localGet(r); });
    loopBody(s->body, label, breakDepth);
    code_.localGet(next);
    code_.localSet(idx);
    endLoop({breakDepth, loopDepth});
    return;
  }
  const types::Type* elem = nullptr;
  uint32_t base = newLocal(ValType::I32);
  if (types::isInteger(u)) {
    exprInt64(s->x);
    code_.localSet(n);
  } else if (auto* sl = u->as<types::Slice>()) {
    elem = sl->elem;
    expr(s->x);
    code_.op(Op::Drop);
    code_.op(Op::I64ExtendI32U);
    code_.localSet(n);
    code_.localSet(base);
  } else {
    const types::Array* a = u->as<types::Array>();
    if (a) {
      // Go ranges over a copy of the array when the value is used.
      expr(s->x);
      if (s->value) copyToTemp(xt);
    } else {
      a = types::under(u->as<types::Pointer>()->elem)->as<types::Array>();
      expr(s->x);
    }
    elem = a->elem;
    code_.localSet(base);
    code_.i64Const(a->len);
    code_.localSet(n);
  }
  auto [breakDepth, loopDepth] = beginLoop();
  code_.localGet(idx);
  code_.localGet(n);
  code_.op(Op::I64GeS);
  code_.brIf(depthTo(breakDepth));
  const types::Type* keyType = types::isInteger(u) ? xt : nullptr;
  if (!keyType) keyType = kv ? kv->type : s->key ? typeOf(s->key) : xt;
  assignIter(idx, keyType, [&]() {
    if (!elem) return;
    code_.localGet(base);
    code_.localGet(idx);
    code_.op(Op::I32WrapI64);
    auto size = static_cast<int32_t>(types::sizeOf(elem));
    if (size != 1) {
      code_.i32Const(size);
      code_.op(Op::I32Mul);
    }
    code_.op(Op::I32Add);
    load(elem);
    if (isAggregate(elem)) copyToTemp(elem);
  });
  loopBody(s->body, label, breakDepth);
  code_.localGet(idx);
  code_.i64Const(1);
  code_.op(Op::I64Add);
  code_.localSet(idx);
  endLoop({breakDepth, loopDepth});
}

// block $end { block $cN … { block $c0 { block $dispatch { tests; br $default/$end } body0 } … } }
void FuncLowerer::switchStmt(const Switch* s, std::string label) {
  if (s->init) stmt(s->init);
  uint32_t tagLocal = 0;
  const types::Type* tagType = nullptr;
  if (s->tag) {
    tagType = typeOf(s->tag);
    expr(s->tag);
    tagLocal = newLocals(tagType);
    popTo(tagType, tagLocal);
  }
  size_t n = s->clauses.size();
  code_.block();  // $end
  enter();
  uint32_t endDepth = controlDepth_ - 1;
  for (size_t i = 0; i < n; ++i) {
    code_.block();
    enter();
  }
  code_.block();  // $dispatch
  enter();
  // Breaking out of the block at absolute depth endDepth + n + 1 - i lands on clause i's body
  // (the dispatch block itself is clause 0's).
  size_t defaultIndex = n;
  for (size_t i = 0; i < n; ++i) {
    const CaseClause* cc = s->clauses[i];
    if (cc->isDefault) defaultIndex = i;
    for (const Expr* v : cc->values) {
      if (s->tag && isNilName(v)) {
        pushFrom(tagType, tagLocal);  // nil: the first word (pointer, data pointer, type code)
        for (size_t k = 1; k < wasmTypes(tagType).size(); ++k) code_.op(Op::Drop);
        code_.op(Op::I32Eqz);
      } else if (s->tag) {
        // As ==: a concrete tag against an interface case compares as interfaces.
        const types::Type* vt = typeOf(v);
        const types::Type* cmpType =
            types::isInterface(vt) && !types::isInterface(tagType) ? vt : tagType;
        pushFrom(tagType, tagLocal);
        conversion(tagType, cmpType, v->pos);
        expr(v);
        conversion(vt, cmpType, v->pos);
        compare(syntax::Op::Eql, cmpType, v->pos);
      } else if (const types::Type* vt = typeOf(v); types::isInterface(vt)) {
        code_.i32Const(1);  // no tag is `true`, compared with an interface case as ==
        conversion(prog_.program().boolType, vt, v->pos);
        expr(v);
        compare(syntax::Op::Eql, vt, v->pos);
      } else {
        expr(v);
      }
      code_.brIf(depthTo(static_cast<uint32_t>(endDepth + n + 1 - i)));
    }
  }
  code_.br(depthTo(defaultIndex < n ? static_cast<uint32_t>(endDepth + n + 1 - defaultIndex)
                                    : endDepth));
  leave();
  code_.end();
  for (size_t i = 0; i < n; ++i) {
    const CaseClause* cc = s->clauses[i];
    targets_.push_back({label, endDepth, -1});
    stmts(cc->body);
    targets_.pop_back();
    bool falls = false;
    for (size_t k = cc->body.size(); k-- > 0;) {
      if (cc->body[k]->kind == Kind::EmptyStmt) continue;
      auto* br = cc->body[k]->as<Branch>();
      falls = br && br->tok == Tok::Fallthrough;
      break;
    }
    if (!falls) code_.br(depthTo(endDepth));
    leave();
    code_.end();
  }
  leave();
  code_.end();
}

void FuncLowerer::returnStmt(const Return* s) {
  returnValues(s);
  if (hasDefer_) {
    // Results go to their variables; the exit path runs the deferred calls, then returns them.
    const types::Signature* sig = sig_;
    if (!s->results.empty() || sig->results.empty() || sig->results[0]->name.empty()) {
      for (size_t i = sig->results.size(); i-- > 0;) {
        if (!sig->results[i]->name.empty())
          storeVar(sig->results[i], s->pos);
        else
          popTo(sig->results[i]->type, resultLocals_[i]);
      }
    } else {
      for (size_t i = sig->results.size(); i-- > 0;) dropValues(sig->results[i]->type);
    }
    code_.br(depthTo(exitDepth_));
    return;
  }
  epilogue();
  code_.op(Op::Return);
}

// block $exit { try { body } catch_all { sp = fp } }
// then, on both paths: run the deferred calls — a deferred call that panics replaces the panic
// and the remaining ones still run — and throw again unless one of them recovered.
void FuncLowerer::lowerBodyWithDefers(const types::Signature* sig) {
  prog_.usesDefer();
  frameSlot(8, 8);  // a frame, so that the handler can restore the stack pointer
  deferHead_ = newLocal(ValType::I32, "defers");
  uint32_t panicking = newLocal(ValType::I32, "panicking"), oldMode = newLocal(ValType::I32);
  for (const types::Var* r : sig->results)
    resultLocals_.push_back(r->name.empty() ? newLocals(r->type) : 0);
  callRuntime("deferEnter", body_->pos);
  code_.block();
  enter();
  exitDepth_ = controlDepth_ - 1;
  code_.try_();
  enter();
  stmts(body_->stmts);
  code_.catchAll();
  framePtr();
  code_.globalSet(prog_.stackPointer());
  code_.i32Const(1);
  code_.localSet(panicking);
  leave();
  code_.end();
  leave();
  code_.end();
  code_.localGet(panicking);
  callRuntime("deferModeBegin", body_->pos);
  code_.localSet(oldMode);
  callRuntime("panicBeginDefers", body_->pos);
  code_.loop();  // until every deferred call ran, whether or not some panicked
  code_.try_();
  runDefers();
  code_.catchAll();
  framePtr();
  code_.globalSet(prog_.stackPointer());
  code_.i32Const(1);  // a deferred call panicked: the rest run for that panic
  callRuntime("deferModeBegin", body_->pos);
  code_.op(Op::Drop);
  code_.br(1);
  code_.end();
  code_.end();
  code_.localGet(oldMode);
  callRuntime("deferModeEnd", body_->pos);
  callRuntime("panicEndDefers", body_->pos);
  callRuntime("deferLeave", body_->pos);
  code_.if_();  // still panicking: on to the caller's deferred calls (or the host)
  code_.call(prog_.throwPanicFunc());
  code_.op(Op::Unreachable);
  code_.end();
  for (size_t i = 0; i < sig->results.size(); ++i) {
    if (!sig->results[i]->name.empty())
      loadVar(sig->results[i], body_->pos);
    else
      pushFrom(sig->results[i]->type, resultLocals_[i]);
  }
  epilogue();
}

void FuncLowerer::returnValues(const Return* s) {
  const types::Signature* sig = sig_;
  if (s->results.empty()) {
    for (auto* r : sig->results) loadVar(r, s->pos);
    return;
  }
  for (size_t i = 0; i < s->results.size(); ++i) {
    expr(s->results[i]);
    if (s->results.size() == sig->results.size())
      conversion(typeOf(s->results[i]), sig->results[i]->type, s->pos);
  }
  if (s->results.size() == 1 && sig->results.size() > 1) {  // return g(): convert each result
    const types::Tuple* from = typeOf(s->results[0])->as<types::Tuple>();
    bool same = true;
    for (size_t i = 0; i < sig->results.size(); ++i)
      same = same && from->types[i] == sig->results[i]->type;
    if (same) return;
    std::vector<uint32_t> temps = popValues(from->types);
    for (size_t i = 0; i < temps.size(); ++i) {
      pushFrom(from->types[i], temps[i]);
      conversion(from->types[i], sig->results[i]->type, s->pos);
    }
  }
}

void FuncLowerer::branch(const Branch* s) {
  if (s->tok == Tok::Fallthrough) return;  // handled by switchStmt
  for (size_t i = targets_.size(); i-- > 0;) {
    const Target& t = targets_[i];
    if (s->label && t.label != s->label->value) continue;
    if (s->tok == Tok::Continue) {
      if (t.continueDepth < 0) continue;
      code_.br(depthTo(static_cast<uint32_t>(t.continueDepth)));
      return;
    }
    code_.br(depthTo(t.breakDepth));
    return;
  }
  unsupported(s->pos, "this branch statement");
}

}  // namespace gm::lower
