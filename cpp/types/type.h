// Go types. Unnamed composite types are interned by TypeTable, so two identical unnamed types
// are the same pointer: identity is pointer equality everywhere downstream (checker, lowering,
// type codes). Named types and type parameters are distinct objects by construction.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gm::syntax {
struct TypeDecl;
struct FuncDecl;
}  // namespace gm::syntax

namespace gm::types {

struct Object;
struct Func;
struct Scope;
struct TypeName;
struct Package;

enum class TypeKind : uint8_t {
  Basic,
  Pointer,
  Array,
  Slice,
  Map,
  Chan,
  Struct,
  Tuple,
  Signature,
  Interface,
  Named,
  TypeParam
};

enum class BasicKind : uint8_t {
  Invalid,
  Bool,
  Int8,
  Int16,
  Int32,
  Int64,
  Int,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uint,
  Uintptr,
  Float32,
  Float64,
  String,
  UnsafePointer,
  UntypedBool,
  UntypedInt,
  UntypedRune,
  UntypedFloat,
  UntypedString,
  UntypedNil,
};

struct Type {
  const TypeKind kind;
  explicit Type(TypeKind k) : kind(k) {}
  virtual ~Type() = default;
  template <class T>
  const T* as() const {
    return kind == T::kKind ? static_cast<const T*>(this) : nullptr;
  }
};

#define GM_TYPE(Name) static constexpr TypeKind kKind = TypeKind::Name;

struct Basic : Type {
  GM_TYPE(Basic)
  BasicKind basic;
  std::string name;
  Basic(BasicKind b, std::string n) : Type(kKind), basic(b), name(std::move(n)) {}
};

struct Pointer : Type {
  GM_TYPE(Pointer)
  const Type* elem;
  explicit Pointer(const Type* e) : Type(kKind), elem(e) {}
};

struct Array : Type {
  GM_TYPE(Array)
  const Type* elem;
  int64_t len;
  Array(const Type* e, int64_t n) : Type(kKind), elem(e), len(n) {}
};

struct Slice : Type {
  GM_TYPE(Slice)
  const Type* elem;
  explicit Slice(const Type* e) : Type(kKind), elem(e) {}
};

struct Map : Type {
  GM_TYPE(Map)
  const Type* key;
  const Type* elem;
  Map(const Type* k, const Type* v) : Type(kKind), key(k), elem(v) {}
};

struct Chan : Type {
  GM_TYPE(Chan)
  int dir;  // 0 both, 1 send, 2 receive
  const Type* elem;
  Chan(int d, const Type* e) : Type(kKind), dir(d), elem(e) {}
};

struct Var;

struct Struct : Type {
  GM_TYPE(Struct)
  std::vector<Var*> fields;
  std::vector<std::string> tags;
  Struct() : Type(kKind) {}
};

struct Tuple : Type {
  GM_TYPE(Tuple)
  std::vector<const Type*> types;
  Tuple() : Type(kKind) {}
};

struct Signature : Type {
  GM_TYPE(Signature)
  Var* recv = nullptr;  // methods only (such signatures are not interned)
  std::vector<Var*> params;
  std::vector<Var*> results;
  bool variadic = false;                            // the last param is a slice ...T
  const Tuple* paramTuple = nullptr;                // interned tuple of param types
  const Tuple* resultTuple = nullptr;               // interned tuple of result types
  std::vector<const struct TypeParam*> typeParams;  // generic functions
  Signature() : Type(kKind) {}
};

struct Interface : Type {
  GM_TYPE(Interface)
  std::vector<Func*> methods;         // explicitly declared
  std::vector<const Type*> embedded;  // embedded interfaces and type-set terms
  // Computed: the full method set sorted by name (including embedded ones), and the type set
  // terms for constraint interfaces (empty = all types).
  std::vector<Func*> allMethods;
  struct Term {
    bool tilde;
    const Type* type;
  };
  std::vector<Term> terms;
  bool hasTerms = false;    // a union/term element restricts the type set
  bool comparable = false;  // embeds `comparable`
  bool complete = false;
  Interface() : Type(kKind) {}
  bool isEmpty() const { return allMethods.empty() && !hasTerms && !comparable; }
  bool isConstraintOnly() const { return hasTerms || comparable; }
};

struct Named : Type {
  GM_TYPE(Named)
  TypeName* obj;
  const Type* underlying = nullptr;  // never a Named; null while being resolved
  std::vector<Func*> methods;
  // Generic types: the type parameters (origin) or the type arguments (instance).
  std::vector<const struct TypeParam*> typeParams;
  const Named* origin = nullptr;  // set on instances
  std::vector<const Type*> typeArgs;
  // Generic types: the declaration, the file scope it was declared in, and the generic methods
  // (instantiation copies them; they may live in another package than the instantiation).
  const syntax::TypeDecl* genericDecl = nullptr;
  Scope* genericScope = nullptr;
  std::vector<std::pair<Func*, const syntax::FuncDecl*>> genericMethods;
  Named(TypeName* o) : Type(kKind), obj(o) {}
};

struct TypeParam : Type {
  GM_TYPE(TypeParam)
  TypeName* obj;
  int index;
  const Type* constraint = nullptr;  // an Interface (possibly via Named)
  TypeParam(TypeName* o, int i) : Type(kKind), obj(o), index(i) {}
};

#undef GM_TYPE

// The underlying type: itself for everything but Named (and a type parameter's is itself).
const Type* under(const Type* t);
const Basic* asBasic(const Type* t);  // under(t) as Basic, or null

bool isNamed(const Type* t);  // Named, Basic (predeclared names) or TypeParam
bool isBoolean(const Type* t);
bool isInteger(const Type* t);
bool isUnsigned(const Type* t);
bool isFloat(const Type* t);
bool isNumeric(const Type* t);
bool isString(const Type* t);
bool isUntyped(const Type* t);
bool isTyped(const Type* t);
bool isUntypedNil(const Type* t);
bool isConstType(const Type* t);  // boolean, numeric or string
bool isInterface(const Type* t);
bool isPointer(const Type* t);
bool isInvalid(const Type* t);
bool comparable(const Type* t);
bool hasNil(const Type* t);  // pointer, slice, map, chan, func, interface, unsafe.Pointer
// Identity with struct tags ignored (conversions between struct types differing only in tags).
bool identicalIgnoreTags(const Type* a, const Type* b);

// Type text as Go prints it in messages: qualified by package name except for the package being
// compiled (e.g. "Rect", "*Rect", "[]int", "map[string]int", "func(int) string", "errors.error").
std::string typeString(const Type* t, const Package* relativeTo = nullptr);

}  // namespace gm::types
