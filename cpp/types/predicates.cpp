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
