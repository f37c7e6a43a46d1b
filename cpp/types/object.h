// Named language entities: variables, constants, type names, functions, packages, builtins.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "support/diagnostics.h"
#include "types/constant.h"
#include "types/type.h"

namespace gm::syntax {
struct Node;
struct FuncDecl;
struct Decl;
}  // namespace gm::syntax

namespace gm::types {

struct Scope;

enum class ObjKind : uint8_t { Var, Const, TypeName, Func, PkgName, Builtin, Nil, Label };

struct Object {
  const ObjKind kind;
  std::string name;
  Pos pos;
  const Type* type = nullptr;
  Package* pkg = nullptr;   // null for universe objects
  Scope* parent = nullptr;  // the scope it was declared in
  Object(ObjKind k, std::string n, Pos p) : kind(k), name(std::move(n)), pos(p) {}
  virtual ~Object() = default;
  bool exported() const { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }
  template <class T>
  T* as() {
    return kind == T::kKind ? static_cast<T*>(this) : nullptr;
  }
  template <class T>
  const T* as() const {
    return kind == T::kKind ? static_cast<const T*>(this) : nullptr;
  }
};

#define GM_OBJ(Name) static constexpr ObjKind kKind = ObjKind::Name;

struct Var : Object {
  GM_OBJ(Var)
  bool isField = false;
  bool embedded = false;      // embedded struct field
  bool isParam = false;       // parameter or result
  bool isGlobal = false;      // package-level variable
  bool used = false;          // for "declared and not used"
  bool addressTaken = false;  // &v, pointer-method call on v, or captured by a closure
  bool captured = false;      // referenced from a function literal other than its own
  const syntax::Node* declNode = nullptr;
  Var(std::string n, Pos p, const Type* t) : Object(kKind, std::move(n), p) { type = t; }
};

struct Const : Object {
  GM_OBJ(Const)
  constant::Value value;
  Const(std::string n, Pos p) : Object(kKind, std::move(n), p) {}
};

struct TypeName : Object {
  GM_OBJ(TypeName)
  bool alias = false;
  bool typeArg = false;  // a type parameter name bound to a type argument (an instance's alias)
  int localIndex = 0;    // a type declared in a function: its number in the package (Go's ·N)
  TypeName(std::string n, Pos p) : Object(kKind, std::move(n), p) {}
};

struct Func : Object {
  GM_OBJ(Func)
  const syntax::FuncDecl* decl = nullptr;  // null for interface methods
  // For methods: the receiver's base Named type; pointerRecv tells *T from T.
  const Named* recvBase = nullptr;
  bool pointerRecv = false;
  bool isInterfaceMethod = false;
  const Func* origin = nullptr;   // for instances: the generic function or method
  Scope* genericScope = nullptr;  // generic functions: the file scope they were declared in
  Func(std::string n, Pos p) : Object(kKind, std::move(n), p) {}
  const Signature* sig() const { return static_cast<const Signature*>(type); }
};

struct PkgName : Object {
  GM_OBJ(PkgName)
  Package* imported = nullptr;
  bool used = false;
  PkgName(std::string n, Pos p) : Object(kKind, std::move(n), p) {}
};

enum class BuiltinId : uint8_t {
  Append,
  Cap,
  Clear,
  Close,
  Complex,
  Copy,
  Delete,
  Imag,
  Len,
  Make,
  Max,
  Min,
  New,
  Panic,
  Print,
  Println,
  Real,
  Recover,
  // package unsafe
  Sizeof,
  Alignof,
  Offsetof,
  Add,
  Slice,
};

struct Builtin : Object {
  GM_OBJ(Builtin)
  BuiltinId id;
  Builtin(std::string n, BuiltinId b) : Object(kKind, std::move(n), {}), id(b) {}
};

struct Nil : Object {
  GM_OBJ(Nil)
  Nil() : Object(kKind, "nil", {}) {}
};

struct Label : Object {
  GM_OBJ(Label)
  bool used = false;
  Label(std::string n, Pos p) : Object(kKind, std::move(n), p) {}
};

#undef GM_OBJ

struct Scope {
  Scope* parent = nullptr;
  std::map<std::string, Object*, std::less<>> names;
  bool isFunc = false;  // a function's outermost scope (params live here)
  explicit Scope(Scope* p) : parent(p) {}
  Object* lookupLocal(std::string_view name) const {
    auto it = names.find(name);
    return it == names.end() ? nullptr : it->second;
  }
  // Returns the object and the scope it was found in.
  Object* lookup(std::string_view name, const Scope** where = nullptr) const;
  // Inserts obj unless the name is taken; returns the existing object in that case.
  Object* insert(Object* obj);
};

struct Package {
  std::string path;  // import path ("main", "errors", "runtime")
  std::string name;
  Scope* scope = nullptr;
  bool isRuntime = false;  // the runtime or an embedded library package: may declare intrinsics
};

}  // namespace gm::types
