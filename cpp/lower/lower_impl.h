// Private to the lowering: the per-program and per-function state shared by the statement and
// expression lowering units.
#pragma once

#include <deque>
#include <unordered_map>

#include "lower/lower.h"
#include "types/checker.h"

namespace gm::lower {

class ProgramLowerer;

// Lowers one Go function body into a wasm::Function.
class FuncLowerer {
 public:
  FuncLowerer(ProgramLowerer& prog, const types::Func* fn, wasm::Function& out);
  void lower();

 private:
  // statements (lower_stmt.cpp)
  void stmts(const std::vector<syntax::Stmt*>& list);
  void stmt(const syntax::Stmt* s);
  void assign(const syntax::Assign* s);
  void storeTo(const syntax::Expr* lhs);  // pops the value on the stack into lhs
  void ifStmt(const syntax::If* s);
  void forStmt(const syntax::For* s, std::string label);
  void switchStmt(const syntax::Switch* s, std::string label);
  void returnStmt(const syntax::Return* s);
  void returnValues(const syntax::Return* s);  // pushes the results without returning
  void branch(const syntax::Branch* s);
  void varDecl(const syntax::VarDecl* d);
  void zeroValue(const types::Type* t, Pos at);

  // expressions (lower_expr.cpp): each pushes the value(s) of e
  void expr(const syntax::Expr* e);
  void constant(const types::Type* t, const gm::constant::Value& v, Pos at);
  void binary(const syntax::Binary* b);
  void arith(syntax::Op op, const types::Type* t, Pos at);
  void compare(syntax::Op op, const types::Type* t, Pos at);
  void shift(const syntax::Binary* b);
  void unary(const syntax::Unary* u);
  void call(const syntax::Call* c);
  void conversion(const types::Type* from, const types::Type* to, Pos at);
  void normalize(const types::Type* t);  // wrap sub-32-bit integer results

  // locals and labels
  uint32_t localFor(const types::Var* v, Pos at);
  uint32_t newLocal(wasm::ValType t, std::string name = {});
  struct Target {
    std::string label;
    uint32_t breakDepth;     // control depth of the block a break leaves
    int64_t continueDepth;   // -1 when continue is not allowed (switch)
  };
  uint32_t depthTo(uint32_t absolute) const { return controlDepth_ - 1 - absolute; }
  void enter() { ++controlDepth_; }
  void leave() { --controlDepth_; }
  void unsupported(Pos at, const std::string& what);
  const types::TypeAndValue* tv(const syntax::Expr* e) const;
  const types::Type* typeOf(const syntax::Expr* e) const;

  ProgramLowerer& prog_;
  const types::Func* fn_;
  wasm::Function& out_;
  wasm::Code& code_;
  uint32_t nparams_ = 0;
  std::unordered_map<const types::Var*, uint32_t> locals_;
  std::vector<Target> targets_;
  uint32_t controlDepth_ = 0;
  std::string pendingLabel_;
};

class ProgramLowerer {
 public:
  ProgramLowerer(const Program& prog, wasm::Module& mod, Diagnostics& diags)
      : prog_(prog), mod_(mod), diags_(diags) {}
  void run();
  wasm::FuncId funcId(const types::Func* f);
  const types::Info& info() const { return *prog_.info; }
  Diagnostics& diags() { return diags_; }
  wasm::Module& module() { return mod_; }
  wasm::FuncType signatureType(const types::Signature* sig, Pos at, bool* ok);

 private:
  const Program& prog_;
  wasm::Module& mod_;
  Diagnostics& diags_;
  std::unordered_map<const types::Func*, wasm::FuncId> ids_;
  std::deque<const types::Func*> pending_;
};

}  // namespace gm::lower
