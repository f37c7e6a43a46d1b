// What the checker learned about a package, for the lowering: every expression's type and
// constant value, what each name denotes, how selectors resolve, and package init order.
#pragma once

#include <map>
#include <unordered_map>
#include <vector>

#include "syntax/ast.h"
#include "types/object.h"

namespace gm::types {

enum class Mode : uint8_t {
  Invalid,   // an error was reported
  NoValue,   // a call without results
  Builtin,   // a builtin function name (only valid as a call's fun)
  TypeExpr,  // the expression denotes a type
  Constant,  // a constant value (value is set)
  Variable,  // an addressable value
  MapIndex,  // m[k]: assignable, not addressable
  Value,     // a computed value
  CommaOk,   // a value that may also be used as v, ok (type assertion, map index, receive)
};

struct TypeAndValue {
  Mode mode = Mode::Invalid;
  const Type* type = nullptr;
  constant::Value value;
};

struct Selection {
  enum Kind : uint8_t { FieldVal, MethodVal, MethodExpr } kind = FieldVal;
  Object* obj = nullptr;       // the field (Var) or method (Func)
  const Type* recv = nullptr;  // type of x in x.f
  std::vector<int> path;       // field indices through embedded fields; last is obj's index
  bool indirect = false;       // a pointer was followed on the way
};

// A package-level variable initialization: lhs = rhs (several lhs for a multi-value rhs).
struct Initializer {
  std::vector<Var*> lhs;
  const syntax::Expr* rhs;
};

struct Info {
  std::unordered_map<const syntax::Expr*, TypeAndValue> types;
  std::unordered_map<const syntax::Name*, Object*> defs;
  std::unordered_map<const syntax::Name*, Object*> uses;
  std::unordered_map<const syntax::Selector*, Selection> selections;
  std::unordered_map<const syntax::Node*, Scope*> scopes;
  // Implicitly declared objects: the per-clause variable of a type switch with a binding.
  std::unordered_map<const syntax::CaseClause*, Var*> implicits;
  // A function literal's signature with its parameter objects (its expression type is the plain
  // function type).
  std::unordered_map<const syntax::FuncLit*, const Signature*> funcLitSigs;
  // Generic functions used in calls or as values: the callee expression (a name, selector or
  // explicit instantiation f[T]) → the instance.
  std::unordered_map<const syntax::Expr*, Func*> instances;
  // `//export Name F[T1, T2]` directives: the directive's position → the instance.
  std::unordered_map<uint32_t, Func*> exportInstances;
  // Copies of generic declarations, one per instantiation, and the instances (shared by the
  // packages of a compile, so that List[int] is one type whichever package instantiates it).
  syntax::Arena clones;
  std::map<std::pair<const Named*, std::vector<const Type*>>, Named*> namedInstances;
  std::map<std::pair<const Func*, std::vector<const Type*>>, Func*> funcInstances;
  std::vector<Initializer> initOrder;
  std::vector<Func*> funcs;  // every function and method declared with a body, in source order

  const TypeAndValue* typeOf(const syntax::Expr* e) const {
    auto it = types.find(e);
    return it == types.end() ? nullptr : &it->second;
  }
  Object* objectOf(const syntax::Name* n) const {
    if (auto it = uses.find(n); it != uses.end()) return it->second;
    if (auto it = defs.find(n); it != defs.end()) return it->second;
    return nullptr;
  }
};

}  // namespace gm::types
