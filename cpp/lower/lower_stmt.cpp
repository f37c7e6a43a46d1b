// Statement lowering: locals, assignments, structured control flow (if, for, switch, labels).
#include "lower/lower_impl.h"

namespace gm::lower {

using namespace syntax;
using wasm::BlockType;
using wasm::Op;
using wasm::ValType;

FuncLowerer::FuncLowerer(ProgramLowerer& prog, const types::Func* fn, wasm::Function& out)
    : prog_(prog), fn_(fn), out_(out), code_(out.body) {}

void FuncLowerer::unsupported(Pos at, const std::string& what) {
  prog_.diags().error(at, "gomethod cannot compile " + what + " yet");
  code_.op(Op::Unreachable);
}

const types::TypeAndValue* FuncLowerer::tv(const Expr* e) const { return prog_.info().typeOf(e); }

const types::Type* FuncLowerer::typeOf(const Expr* e) const {
  auto* t = tv(e);
  return t ? t->type : nullptr;
}

uint32_t FuncLowerer::newLocal(ValType t, std::string name) {
  out_.locals.push_back(t);
  uint32_t idx = nparams_ + static_cast<uint32_t>(out_.locals.size()) - 1;
  if (out_.localNames.size() <= idx) out_.localNames.resize(idx + 1);
  out_.localNames[idx] = std::move(name);
  return idx;
}

uint32_t FuncLowerer::localFor(const types::Var* v, Pos at) {
  if (auto it = locals_.find(v); it != locals_.end()) return it->second;
  auto vt = wasmTypes(v->type);
  if (vt.size() != 1) {
    unsupported(at, "variables of type " + types::typeString(v->type));
    uint32_t idx = newLocal(ValType::I32, v->name);
    locals_[v] = idx;
    return idx;
  }
  if (v->addressTaken || v->captured)
    prog_.diags().error(at, "gomethod cannot compile variables whose address is taken yet");
  uint32_t idx = newLocal(vt[0], v->name);
  locals_[v] = idx;
  return idx;
}

void FuncLowerer::lower() {
  const types::Signature* sig = fn_->sig();
  std::vector<const types::Var*> params;
  if (sig->recv) params.push_back(sig->recv);
  for (auto* p : sig->params) params.push_back(p);
  for (auto* p : params) {
    locals_[p] = nparams_;
    out_.localNames.push_back(p->name);
    ++nparams_;
  }
  // Named results are ordinary locals, zeroed on entry (wasm locals start at zero).
  for (auto* r : sig->results)
    if (!r->name.empty()) localFor(r, r->pos);
  const auto& body = fn_->decl->body->stmts;
  // A final `return x` leaves x as the function's value: no return opcode, no unreachable tail.
  if (!body.empty() && body.back()->kind == Kind::Return) {
    stmts({body.begin(), body.end() - 1});
    returnValues(body.back()->as<Return>());
    return;
  }
  stmts(body);
  if (!sig->results.empty()) code_.op(Op::Unreachable);  // a terminating body never gets here
}

void FuncLowerer::stmts(const std::vector<Stmt*>& list) {
  for (const Stmt* s : list) stmt(s);
}

void FuncLowerer::stmt(const Stmt* s) {
  switch (s->kind) {
    case Kind::EmptyStmt: return;
    case Kind::Block: stmts(s->as<Block>()->stmts); return;
    case Kind::ExprStmt: {
      const Expr* e = s->as<ExprStmt>()->x;
      expr(e);
      const types::Type* t = typeOf(e);
      size_t n = 0;
      if (t && t->as<types::Tuple>())
        for (auto* et : t->as<types::Tuple>()->types) n += wasmTypes(et).size();
      else if (t)
        n = wasmTypes(t).size();
      for (size_t i = 0; i < n; ++i) code_.op(Op::Drop);
      return;
    }
    case Kind::Assign: assign(s->as<Assign>()); return;
    case Kind::IncDec: {
      auto* id = s->as<IncDec>();
      const types::Type* t = typeOf(id->x);
      expr(id->x);
      constant(t, gm::constant::Value::makeInt64(1), id->pos);
      arith(id->inc ? syntax::Op::Add : syntax::Op::Sub, t, id->pos);
      storeTo(id->x);
      return;
    }
    case Kind::If: ifStmt(s->as<If>()); return;
    case Kind::For: forStmt(s->as<For>(), pendingLabel_); return;
    case Kind::Switch: switchStmt(s->as<Switch>(), pendingLabel_); return;
    case Kind::Return: returnStmt(s->as<Return>()); return;
    case Kind::Branch: branch(s->as<Branch>()); return;
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
    default: unsupported(s->pos, "this statement"); return;
  }
}

void FuncLowerer::varDecl(const VarDecl* d) {
  std::vector<const types::Var*> vars;
  for (const Name* n : d->names)
    vars.push_back(prog_.info().objectOf(n) ? prog_.info().objectOf(n)->as<types::Var>() : nullptr);
  if (d->values.empty()) {
    for (size_t i = 0; i < vars.size(); ++i) {
      if (!vars[i]) continue;
      zeroValue(vars[i]->type, d->pos);
      code_.localSet(localFor(vars[i], d->names[i]->pos));
    }
    return;
  }
  for (const Expr* v : d->values) expr(v);
  for (size_t i = vars.size(); i-- > 0;) {
    if (!vars[i]) {
      code_.op(Op::Drop);
      continue;
    }
    code_.localSet(localFor(vars[i], d->names[i]->pos));
  }
}

void FuncLowerer::zeroValue(const types::Type* t, Pos at) {
  auto vt = wasmTypes(t);
  if (vt.size() != 1) {
    unsupported(at, "zero values of type " + types::typeString(t));
    return;
  }
  switch (vt[0]) {
    case ValType::I64: code_.i64Const(0); break;
    case ValType::F32: code_.f32Const(0); break;
    case ValType::F64: code_.f64Const(0); break;
    default: code_.i32Const(0); break;
  }
}

void FuncLowerer::storeTo(const Expr* lhs) {
  while (auto* p = lhs->as<Paren>()) lhs = p->x;
  if (auto* n = lhs->as<Name>()) {
    if (n->value == "_") {
      code_.op(Op::Drop);
      return;
    }
    auto* obj = prog_.info().objectOf(n);
    auto* v = obj ? obj->as<types::Var>() : nullptr;
    if (v && !v->isGlobal) {
      code_.localSet(localFor(v, n->pos));
      return;
    }
  }
  unsupported(types::startPos(lhs), "assignment to " + std::string("this operand"));
}

void FuncLowerer::assign(const Assign* s) {
  if (s->op != syntax::Op::None) {
    const types::Type* t = typeOf(s->lhs[0]);
    expr(s->lhs[0]);
    expr(s->rhs[0]);
    if (s->op == syntax::Op::Shl || s->op == syntax::Op::Shr) {
      unsupported(s->pos, "shift assignments");
      return;
    }
    arith(s->op, t, s->pos);
    storeTo(s->lhs[0]);
    return;
  }
  // All right-hand values are computed before any is stored, then stored last to first.
  for (const Expr* e : s->rhs) expr(e);
  for (size_t i = s->lhs.size(); i-- > 0;) storeTo(s->lhs[i]);
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

// block $break { loop $top { [cond; br_if $break] block $continue { body } post; br $top } }
void FuncLowerer::forStmt(const For* s, std::string label) {
  pendingLabel_.clear();
  if (s->init) stmt(s->init);
  code_.block();
  enter();
  uint32_t breakDepth = controlDepth_ - 1;
  code_.loop();
  enter();
  uint32_t loopDepth = controlDepth_ - 1;
  if (s->cond) {
    expr(s->cond);
    code_.op(Op::I32Eqz);
    code_.brIf(depthTo(breakDepth));
  }
  code_.block();
  enter();
  targets_.push_back({label, breakDepth, controlDepth_ - 1});
  stmts(s->body->stmts);
  targets_.pop_back();
  leave();
  code_.end();
  if (s->post) stmt(s->post);
  code_.br(depthTo(loopDepth));
  leave();
  code_.end();
  leave();
  code_.end();
}

// block $end { block $cN … { block $c0 { block $dispatch { tests; br $default/$end } body0 } … } }
void FuncLowerer::switchStmt(const Switch* s, std::string label) {
  pendingLabel_.clear();
  if (s->init) stmt(s->init);
  uint32_t tagLocal = 0;
  const types::Type* tagType = nullptr;
  if (s->tag) {
    tagType = typeOf(s->tag);
    auto vt = wasmTypes(tagType);
    if (vt.size() != 1) {
      unsupported(s->tag->pos, "switch on this type");
      return;
    }
    expr(s->tag);
    tagLocal = newLocal(vt[0]);
    code_.localSet(tagLocal);
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
      if (s->tag) {
        code_.localGet(tagLocal);
        expr(v);
        compare(syntax::Op::Eql, tagType, v->pos);
      } else {
        expr(v);
      }
      code_.brIf(depthTo(static_cast<uint32_t>(endDepth + n + 1 - i)));
    }
  }
  code_.br(depthTo(defaultIndex < n ? static_cast<uint32_t>(endDepth + n + 1 - defaultIndex) : endDepth));
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
  code_.op(Op::Return);
}

void FuncLowerer::returnValues(const Return* s) {
  const types::Signature* sig = fn_->sig();
  if (s->results.empty()) {
    for (auto* r : sig->results) code_.localGet(localFor(r, s->pos));
  } else {
    for (size_t i = 0; i < s->results.size(); ++i) {
      expr(s->results[i]);
      if (s->results.size() == sig->results.size())
        conversion(typeOf(s->results[i]), sig->results[i]->type, s->pos);
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
