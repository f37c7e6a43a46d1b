// The type checker: resolves names, computes types and constant values, and reports Go's
// diagnostics. Split by construct like go/types: decl.cpp (package-level objects and init order),
// typexpr.cpp (type expressions), expr.cpp (operands and operators), call.cpp (calls, conversions,
// builtins), stmt.cpp (statements), assign.cpp (assignability and assignments).
#pragma once

#include <deque>
#include <functional>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "support/diagnostics.h"
#include "syntax/ast.h"
#include "types/info.h"
#include "types/universe.h"

namespace gm::types {

// Nested function literals and expressions are bounded by the parser, but the checker has its own
// recursion (e.g. through type declarations); this bounds it.
inline constexpr int kMaxCheckDepth = 600;

// An expression's classification while it is being checked.
struct Operand {
  Mode mode = Mode::Invalid;
  const syntax::Expr* expr = nullptr;
  const Type* type = nullptr;
  constant::Value val;
  BuiltinId builtin = BuiltinId::Len;
  // A generic function not yet instantiated, with the type arguments given so far.
  Func* generic = nullptr;
  std::vector<const Type*> targs;
  bool invalid() const { return mode == Mode::Invalid; }
};

// Generics helpers (generics.cpp).
const Interface* constraintOf(const TypeParam* tp);
// pred(t), or for a type parameter: pred holds for every type in its (restricted) type set.
bool allTerms(const Type* t, bool (*pred)(const Type*));
// under(t), or for a type parameter the single underlying type of its type set (null if none).
const Type* coreType(const Type* t);
// A type parameter whose type set holds only strings and byte slices (indexable, len, slicing).
bool isByteString(const Type* t);
// The core type, or t itself (a type parameter without one: operations on it are errors).
inline const Type* coreOf(const Type* t) {
  const Type* c = coreType(t);
  return c ? c : t;
}

// A field or method found by name in t (through embedded fields, Go's depth and ambiguity
// rules): path holds the field indices leading to it (for a field, its own index last).
struct LookupResult {
  Object* obj = nullptr;
  std::vector<int> path;
  bool indirect = false;  // a pointer was followed on the way
  bool ambiguous = false;
};
LookupResult lookupFieldOrMethod(const Type* t, std::string_view name);

// Whether t's method set has interface method m (same name and signature), and why not.
enum class MethodMatch : uint8_t { Found, Missing, WrongType, PointerReceiver };
MethodMatch matchMethod(const Type* t, const Func* m, LookupResult* found = nullptr);

class Checker {
 public:
  Checker(TypeTable& table, Package* pkg, Info& info, Diagnostics& diags);

  // Checks one package made of files. Imports resolve through `imports` (path → package).
  void checkFiles(const std::vector<syntax::File*>& files,
                  const std::unordered_map<std::string, Package*>& imports);

 private:
  // ---- declarations (decl.cpp)
  struct DeclInfo {
    const syntax::Decl* decl = nullptr;
    const syntax::File* file = nullptr;
    std::vector<Object*> deps;  // package-level objects referenced by its initializer
    enum Color : uint8_t { White, Grey, Black } color = White;
  };
  void collectObjects(const std::vector<syntax::File*>& files,
                      const std::unordered_map<std::string, Package*>& imports);
  void declarePackageObject(Object* obj, const syntax::Name* name, const syntax::Decl* d,
                            const syntax::File* file);
  void resolveObject(Object* obj);
  void constDecl(Const* obj, const syntax::ConstDecl* d, int index);
  void varDecl(Var* obj, const syntax::VarDecl* d);
  void typeDecl(TypeName* obj, const syntax::TypeDecl* d);
  void funcDecl(Func* obj, const syntax::FuncDecl* d);
  void checkWasmImport(const syntax::FuncDecl* d, const syntax::Directive& dir, const Func* fn);
  // Sets a defined type's underlying type (reporting invalid recursion by value) and resolves
  // its methods.
  void finishNamed(Named* named, const Type* u, const Named* via = nullptr);
  void cycleError(const std::vector<Object*>& cycle);
  void collectMethods(const std::vector<syntax::File*>& files);
  void computeInitOrder();
  void checkFuncBodies();
  void checkBody(Func* f, const syntax::FuncDecl* d);
  void checkUnusedImports();
  void localDecl(const syntax::Decl* d);
  bool valueOnlyBuiltin(const syntax::Call* call) const;

  // ---- types (typexpr.cpp)
  const Type* typeExpr(const syntax::Expr* e);
  const Type* definedType(const syntax::Expr* e, Named* def);
  const Signature* funcType(const syntax::FuncType* ft, const syntax::Field* recv, Scope* scope,
                            Func* method);
  const Type* structType(const syntax::StructType* st);
  const Type* interfaceType(const syntax::InterfaceType* it, Named* def);
  std::optional<int64_t> arrayLength(const syntax::Expr* e);
  std::string typeParamList(const std::vector<const TypeParam*>& tparams) const;
  bool aliasDecl_ = false;  // resolving the right-hand side of an alias declaration

  // ---- generics (generics.cpp)
  std::vector<const TypeParam*> declareTypeParams(const std::vector<syntax::Field*>& fields,
                                                  Scope* scope);
  void unionTerms(const syntax::Expr* e, std::vector<Interface::Term>& out);
  bool unionTermsFlat(const syntax::Expr* e, std::vector<Interface::Term>& out);
  const Type* constraintType(const syntax::Expr* e);
  bool satisfies(const Type* t, const Type* constraint, std::string* why);
  Scope* bindTypeArgs(const std::vector<syntax::Field*>& params,
                      const std::vector<const Type*>& args, Scope* parent);
  bool checkTypeArgs(const std::vector<syntax::Field*>& params,
                     const std::vector<const Type*>& args, Scope* bound,
                     const std::function<Pos(size_t)>& at);
  const Type* instantiateNamed(const Named* origin, const std::vector<const Type*>& args,
                               const std::function<Pos(size_t)>& at);
  Func* instantiateFunc(Func* generic, const std::vector<const Type*>& args,
                        const std::function<Pos(size_t)>& at);
  void checkInstanceBodies();
  void exportInstances(const std::vector<syntax::File*>& files);
  static std::vector<syntax::Expr*> receiverTypeParams(const syntax::Field* recv);
  static std::string receiverBase(const syntax::Field* recv);
  std::vector<const Type*> typeArgList(const std::vector<syntax::Expr*>& exprs);
  bool inferTypeArgs(const Func* g, std::vector<const Type*>& targs, std::vector<Operand>& args,
                     const syntax::Call* c);
  bool instantiateForCall(Operand& x, std::vector<Operand>& args, const syntax::Call* c);
  void recordInstance(Operand& x, Func* inst, const syntax::Expr* at);
  void funcInstance(Operand& x, const syntax::Index* e);
  const Type* typeInstance(const syntax::Index* e, const Operand& base);
  std::deque<std::pair<Func*, const syntax::FuncDecl*>> pendingBodies_;
  // Checking an instance's copy of a generic body. Its type arguments make some things constant
  // or identical that Go checks only in the generic form (T(0), `case T, int`, x.(T)), so the
  // checks that depend on them are left to the generic declaration: duplicate switch cases and
  // map keys, impossible type assertions.
  bool inInstance_ = false;
  bool inConstraint_ = false;
  // Instantiations of each generic type under way (nested: a method mentioning Box[Box[T]]), and
  // the generic types found to instantiate themselves without end.
  std::unordered_map<const Named*, int> instantiating_;
  std::unordered_map<const Named*, bool>
      instantiationCycle_;  // resolving a constraint: constraint-only interfaces are fine

  // ---- expressions (expr.cpp)
  void expr(Operand& x, const syntax::Expr* e);  // single value
  void exprOrType(Operand& x, const syntax::Expr* e);
  void valueOnly(Operand& x, const syntax::Expr* e);
  void multiExpr(std::vector<Operand>& out, const syntax::Expr* e, bool allowCommaOk);
  void rawExpr(Operand& x, const syntax::Expr* e, const Type* hint);
  void exprInternal(Operand& x, const syntax::Expr* e, const Type* hint);
  void ident(Operand& x, const syntax::Name* n, bool wantType);
  void basicLit(Operand& x, const syntax::BasicLit* lit);
  void unary(Operand& x, const syntax::Unary* u);
  void binary(Operand& x, const syntax::Expr* e, const syntax::Expr* lhs, const syntax::Expr* rhs,
              syntax::Op op, Pos opPos);
  void shift(Operand& x, Operand& y, const syntax::Expr* e, syntax::Op op);
  void comparison(Operand& x, Operand& y, syntax::Op op, Pos opPos);
  bool assignableEither(const Operand& x, const Operand& y);
  std::string incomparableReason(const Type* t);
  std::string incomparableCause(const Type* t);  // why == is not defined on t, in Go's words
  std::string operatorCause(const Type* t, syntax::Op op);
  void compositeLit(Operand& x, const syntax::CompositeLit* lit, const Type* hint);
  void indexExpr(Operand& x, const syntax::Index* e);
  bool typeParamIndex(Operand& x, const syntax::Expr* index);
  void sliceExpr(Operand& x, const syntax::Slice* e);
  void selector(Operand& x, const syntax::Selector* e);
  void funcLit(Operand& x, const syntax::FuncLit* e);
  void typeAssertion(Operand& x, const syntax::TypeAssert* e);
  bool checkAssertable(const Type* iface, const Type* t, const syntax::Expr* at);
  // The variable under x, x.f, x[i] (arrays) has its address taken: it must live in memory.
  void markAddressTaken(const syntax::Expr* e);
  std::optional<int64_t> index(const syntax::Expr* e, int64_t max, bool allowNegative = false);
  void record(const Operand& x);
  void recordType(const syntax::Expr* e, Mode mode, const Type* t);

  // Untyped operands: conversion to a target type, with representability checks.
  void convertUntyped(Operand& x, const Type* target);
  void defaultType(Operand& x);  // untyped → its default type
  bool representable(Operand& x, const Basic* target, std::string* why);
  void updateExprType(const syntax::Expr* e, const Type* t, bool final);
  void overflowCheck(Operand& x, Pos opPos);

  // ---- calls (call.cpp, builtins.cpp, conversions.cpp)
  void call(Operand& x, const syntax::Call* c);
  void arguments(const syntax::Call* c, const Signature* sig, const std::vector<Operand>& args,
                 const std::string& calleeName);
  void builtinCall(Operand& x, const syntax::Call* c, BuiltinId id);
  void conversion(Operand& x, const Type* t, const syntax::Call* c);
  bool convertibleTo(const Operand& x, const Type* t);

  // ---- lookup (lookup.cpp)
  // Method set membership for interface satisfaction; sets *why to Go's reason.
  bool implements(const Type* t, const Type* iface, std::string* why);

  // ---- assignments (assign.cpp)
  bool assignableTo(Operand& x, const Type* t, std::string* why);
  void assignment(Operand& x, const Type* t, const char* context);
  void assignVar(const syntax::Expr* lhs, Operand& x);
  void initVars(const std::vector<Var*>& lhs, const std::vector<syntax::Expr*>& rhs,
                const syntax::Node* at, bool returnStmt = false);
  void assignVars(const std::vector<syntax::Expr*>& lhs, const std::vector<syntax::Expr*>& rhs);
  void shortVarDecl(const syntax::Assign* s);
  void assignMismatch(const syntax::Node* at, size_t nvars, const std::vector<syntax::Expr*>& rhs,
                      size_t nvals);
  bool identical(const Type* a, const Type* b) const { return a == b; }

  // ---- statements (stmt.cpp)
  struct FuncContext {
    const Signature* sig = nullptr;
    Func* func = nullptr;  // null for function literals
    const syntax::FuncLit* lit = nullptr;
    Scope* scope = nullptr;         // the function's outermost scope
    std::vector<Label*> labels;     // every label declared so far
    std::vector<Label*> enclosing;  // labels of the statements being checked
  };
  void funcBody(Func* f, const syntax::FuncDecl* d, const Signature* sig);
  void funcBodyInContext(const syntax::Block* body, const Signature* sig, Scope* scope);
  void stmtList(const std::vector<syntax::Stmt*>& list, bool inSwitchClause = false);
  void stmt(const syntax::Stmt* s, bool lastInClause = false);
  void simpleStmt(const syntax::Stmt* s);
  void ifStmt(const syntax::If* s);
  void forStmt(const syntax::For* s);
  void rangeStmt(const syntax::Range* s);
  void switchStmt(const syntax::Switch* s);
  void typeSwitchStmt(const syntax::TypeSwitch* s);
  void returnStmt(const syntax::Return* s);
  void branchStmt(const syntax::Branch* s);
  void incDec(const syntax::IncDec* s);
  void assignStmt(const syntax::Assign* s);
  void openScope(const syntax::Node* n);
  void closeScope();
  void declareLocal(Object* obj, const syntax::Name* name);
  void reportUnused(Scope* s);
  bool isTerminating(const syntax::Stmt* s, const std::string& label = {});
  bool isTerminatingList(const std::vector<syntax::Stmt*>& list);
  bool hasBreak(const syntax::Stmt* s, const std::string& label, bool implicit);

  // ---- diagnostics and helpers
  void error(Pos pos, std::string msg);
  // "x redeclared in this block" with the other declaration's position, as Go prints it.
  void redeclared(const Object* obj, const Object* prev);
  void errorAt(const syntax::Node* n, std::string msg);
  std::string str(const Type* t) const { return typeString(t, pkg_); }
  std::string exprStr(const syntax::Expr* e) const;
  std::string operandStr(const Operand& x) const;
  std::string constrainedBy(const Type* t) const;
  // "x (variable of type int)": an operand as Go's messages show it (untyped nil is just "nil").
  std::string describe(const Operand& x) const {
    if (!x.invalid() && x.type && isUntypedNil(x.type)) return "nil";
    return exprStr(x.expr) + " (" + operandStr(x) + ")";
  }
  Pos exprPos(const syntax::Expr* e) const;
  Object* lookup(std::string_view name) const;

  TypeTable& table_;
  Package* pkg_;
  Info& info_;
  Diagnostics& diags_;
  Scope* scope_ = nullptr;
  FuncContext* fn_ = nullptr;
  int depth_ = 0;
  int iota_ = -1;                  // current iota while checking a const spec, else -1
  Object* currentDecl_ = nullptr;  // package-level object whose initializer is being checked
  std::unordered_map<Object*, DeclInfo> objDecls_;
  // Defined types whose definition is a type still being declared (type T2 T1 met while
  // declaring T1) → that type.
  std::map<const Named*, const Named*> pendingUnderlying_;
  std::vector<Object*> pkgObjects_;  // package-level objects in source order
  std::vector<std::pair<Func*, const syntax::FuncDecl*>> methodDecls_;
  std::vector<PkgName*> importNames_;
  std::unordered_map<const syntax::File*, Scope*> fileScopes_;
  Scope* fileScope(const syntax::File* file);
  int breakOk_ = 0, continueOk_ = 0;
  int localTypes_ = 0;  // types declared in function bodies so far (TypeName::localIndex)
  bool fallthroughOk_ = false;
};

// Convenience: the position of any expression's first token, as Go reports errors.
Pos startPos(const syntax::Expr* e);

}  // namespace gm::types
