#include <set>

#include "types/object.h"
#include "types/type.h"

namespace gm::types {

const Type* under(const Type* t) {
  if (auto* n = t->as<Named>()) return n->underlying ? n->underlying : t;
  return t;
}

const Basic* asBasic(const Type* t) {
  return under(t)->as<Basic>();
}

namespace {
bool basicIn(const Type* t, BasicKind lo, BasicKind hi) {
  auto* b = asBasic(t);
  return b && b->basic >= lo && b->basic <= hi;
}
}  // namespace

bool isNamed(const Type* t) {
  return t->kind == TypeKind::Named || t->kind == TypeKind::Basic || t->kind == TypeKind::TypeParam;
}
bool isBoolean(const Type* t) {
  auto* b = asBasic(t);
  return b && (b->basic == BasicKind::Bool || b->basic == BasicKind::UntypedBool);
}
bool isInteger(const Type* t) {
  return basicIn(t, BasicKind::Int8, BasicKind::Uintptr) ||
         basicIn(t, BasicKind::UntypedInt, BasicKind::UntypedRune);
}
bool isUnsigned(const Type* t) {
  return basicIn(t, BasicKind::Uint8, BasicKind::Uintptr);
}
bool isFloat(const Type* t) {
  return basicIn(t, BasicKind::Float32, BasicKind::Float64) ||
         basicIn(t, BasicKind::UntypedFloat, BasicKind::UntypedFloat);
}
bool isNumeric(const Type* t) {
  return isInteger(t) || isFloat(t);
}
bool isString(const Type* t) {
  auto* b = asBasic(t);
  return b && (b->basic == BasicKind::String || b->basic == BasicKind::UntypedString);
}
bool isUntyped(const Type* t) {
  auto* b = t->as<Basic>();
  return b && b->basic >= BasicKind::UntypedBool;
}
bool isTyped(const Type* t) {
  return !isUntyped(t);
}
bool isUntypedNil(const Type* t) {
  auto* b = t->as<Basic>();
  return b && b->basic == BasicKind::UntypedNil;
}
bool isConstType(const Type* t) {
  return isBoolean(t) || isNumeric(t) || isString(t);
}
bool isInterface(const Type* t) {
  return under(t)->kind == TypeKind::Interface;
}
bool isPointer(const Type* t) {
  return under(t)->kind == TypeKind::Pointer;
}
bool isInvalid(const Type* t) {
  auto* b = t->as<Basic>();
  return b && b->basic == BasicKind::Invalid;
}

namespace {
bool comparableRec(const Type* t, std::set<const Type*>& seen) {
  if (!seen.insert(t).second) return true;
  const Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Basic:
      return u->as<Basic>()->basic != BasicKind::UntypedNil;
    case TypeKind::Pointer:
    case TypeKind::Chan:
    case TypeKind::Interface:
      return true;
    case TypeKind::Struct:
      for (auto* f : u->as<Struct>()->fields)
        if (!comparableRec(f->type, seen)) return false;
      return true;
    case TypeKind::Array:
      return comparableRec(u->as<Array>()->elem, seen);
    case TypeKind::TypeParam: {
      auto* c = under(u->as<TypeParam>()->constraint);
      auto* iface = c ? c->as<Interface>() : nullptr;
      if (!iface) return false;
      if (iface->comparable) return true;
      if (!iface->hasTerms || iface->terms.empty()) return false;
      for (const auto& term : iface->terms)
        if (!comparableRec(term.type, seen)) return false;
      return true;
    }
    default:
      return false;
  }
}
}  // namespace

bool comparable(const Type* t) {
  std::set<const Type*> seen;
  return comparableRec(t, seen);
}

bool identicalIgnoreTags(const Type* a, const Type* b) {
  if (a == b) return true;
  if (a->kind != b->kind) return false;
  switch (a->kind) {
    case TypeKind::Pointer:
      return identicalIgnoreTags(a->as<Pointer>()->elem, b->as<Pointer>()->elem);
    case TypeKind::Slice:
      return identicalIgnoreTags(a->as<Slice>()->elem, b->as<Slice>()->elem);
    case TypeKind::Array:
      return a->as<Array>()->len == b->as<Array>()->len &&
             identicalIgnoreTags(a->as<Array>()->elem, b->as<Array>()->elem);
    case TypeKind::Map:
      return identicalIgnoreTags(a->as<Map>()->key, b->as<Map>()->key) &&
             identicalIgnoreTags(a->as<Map>()->elem, b->as<Map>()->elem);
    case TypeKind::Chan:
      return a->as<Chan>()->dir == b->as<Chan>()->dir &&
             identicalIgnoreTags(a->as<Chan>()->elem, b->as<Chan>()->elem);
    case TypeKind::Struct: {
      const auto& fa = a->as<Struct>()->fields;
      const auto& fb = b->as<Struct>()->fields;
      if (fa.size() != fb.size()) return false;
      for (size_t i = 0; i < fa.size(); ++i) {
        if (fa[i]->name != fb[i]->name || fa[i]->embedded != fb[i]->embedded ||
            (!fa[i]->exported() && fa[i]->pkg != fb[i]->pkg) ||
            !identicalIgnoreTags(fa[i]->type, fb[i]->type))
          return false;
      }
      return true;
    }
    case TypeKind::Signature: {
      auto* sa = a->as<Signature>();
      auto* sb = b->as<Signature>();
      if (sa->variadic != sb->variadic || sa->params.size() != sb->params.size() ||
          sa->results.size() != sb->results.size() || !sa->typeParams.empty() ||
          !sb->typeParams.empty())
        return false;
      for (size_t i = 0; i < sa->params.size(); ++i)
        if (!identicalIgnoreTags(sa->params[i]->type, sb->params[i]->type)) return false;
      for (size_t i = 0; i < sa->results.size(); ++i)
        if (!identicalIgnoreTags(sa->results[i]->type, sb->results[i]->type)) return false;
      return true;
    }
    default:  // Basic, Named, TypeParam, Interface, Tuple: interned or distinct by construction
      return false;
  }
}

bool hasNil(const Type* t) {
  const Type* u = under(t);
  if (auto* tp = u->as<TypeParam>()) {  // every type in the type set
    auto* c = tp->constraint ? under(tp->constraint)->as<Interface>() : nullptr;
    if (!c || !c->hasTerms || c->terms.empty()) return false;
    for (const auto& term : c->terms)
      if (!hasNil(term.type)) return false;
    return true;
  }
  switch (u->kind) {
    case TypeKind::Pointer:
    case TypeKind::Slice:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature:
    case TypeKind::Interface:
      return true;
    case TypeKind::Basic:
      return u->as<Basic>()->basic == BasicKind::UnsafePointer;
    default:
      return false;
  }
}

}  // namespace gm::types
