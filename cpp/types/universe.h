// Owner of all types and objects of one compile, with the interning tables that make identical
// unnamed types the same pointer, and the universe scope (predeclared identifiers).
#pragma once

#include <map>
#include <memory>
#include <vector>

#include "types/object.h"

namespace gm::types {

class TypeTable {
 public:
  TypeTable();
  TypeTable(const TypeTable&) = delete;

  const Basic* basic(BasicKind k) const { return basics_[static_cast<int>(k)]; }
  const Type* invalid() const { return basic(BasicKind::Invalid); }
  const Pointer* pointer(const Type* elem);
  const Slice* slice(const Type* elem);
  const Array* array(const Type* elem, int64_t len);
  const Map* map(const Type* key, const Type* elem);
  const Chan* chan(int dir, const Type* elem);
  const Tuple* tuple(const std::vector<const Type*>& types);
  // Interns a signature without receiver or type parameters; params/results are fresh Vars.
  const Signature* signature(const std::vector<const Type*>& params,
                             const std::vector<const Type*>& results, bool variadic);
  // Interns a struct by its fields (name, type, embedded, tag, package for unexported names).
  const Struct* structType(std::vector<Var*> fields, std::vector<std::string> tags);
  // Interns an interface by its complete method set and type-set terms.
  const Interface* interfaceType(Interface* fresh);
  const Interface* emptyInterface() const { return emptyInterface_; }

  // The signature's interned tuples; call once its params/results are final.
  void finishSignature(Signature* sig);

  template <class T, class... Args>
  T* make(Args&&... args) {
    auto p = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = p.get();
    types_.push_back(std::move(p));
    return raw;
  }
  template <class T, class... Args>
  T* newObject(Args&&... args) {
    auto p = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = p.get();
    objects_.push_back(std::move(p));
    return raw;
  }
  Scope* newScope(Scope* parent) {
    scopes_.push_back(std::make_unique<Scope>(parent));
    return scopes_.back().get();
  }
  Package* newPackage(std::string path, std::string name);
  // The predeclared package "unsafe": Pointer, Sizeof, Alignof, Offsetof.
  Package* unsafePackage();

  Scope* universe() const { return universe_; }
  const Named* errorType() const { return error_; }
  const Interface* comparableIface() const { return comparable_; }
  Func* errorMethod() const { return errorMethod_; }

 private:
  void buildUniverse();
  std::vector<std::unique_ptr<Type>> types_;
  std::vector<std::unique_ptr<Object>> objects_;
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::vector<std::unique_ptr<Package>> packages_;
  std::vector<const Basic*> basics_;
  std::map<const Type*, const Pointer*> pointers_;
  std::map<const Type*, const Slice*> slices_;
  std::map<std::pair<const Type*, int64_t>, const Array*> arrays_;
  std::map<std::pair<const Type*, const Type*>, const Map*> maps_;
  std::map<std::pair<int, const Type*>, const Chan*> chans_;
  std::map<std::vector<const Type*>, const Tuple*> tuples_;
  std::map<std::tuple<const Tuple*, const Tuple*, bool>, const Signature*> signatures_;
  std::map<std::string, const Struct*> structs_;
  std::map<std::string, const Interface*> interfaces_;
  const Interface* emptyInterface_ = nullptr;
  const Interface* comparable_ = nullptr;
  const Named* error_ = nullptr;
  Func* errorMethod_ = nullptr;
  Scope* universe_ = nullptr;
  Package* unsafe_ = nullptr;
};

}  // namespace gm::types
