#include "types/sizes.h"

#include <algorithm>

#include "types/object.h"

namespace gm::types {

namespace {
int64_t alignUp(int64_t x, int64_t a) {
  return (x + a - 1) / a * a;
}
}  // namespace

int64_t alignOf(const Type* t) {
  const Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Basic: {
      if (u->as<Basic>()->basic == BasicKind::String) return kPtrSize;
      int64_t s = sizeOf(u);
      return s == 0 ? 1 : (s > 8 ? 8 : s);
    }
    case TypeKind::Array:
      return alignOf(u->as<Array>()->elem);
    case TypeKind::Struct: {
      int64_t a = 1;
      for (const Var* f : u->as<Struct>()->fields) a = std::max(a, alignOf(f->type));
      return a;
    }
    default:
      return kPtrSize;
  }
}

int64_t sizeOf(const Type* t) {
  const Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Basic:
      switch (u->as<Basic>()->basic) {
        case BasicKind::Bool:
        case BasicKind::Int8:
        case BasicKind::Uint8:
          return 1;
        case BasicKind::Int16:
        case BasicKind::Uint16:
          return 2;
        case BasicKind::Int32:
        case BasicKind::Uint32:
        case BasicKind::Float32:
        case BasicKind::Uintptr:
        case BasicKind::UnsafePointer:
          return 4;
        case BasicKind::Int64:
        case BasicKind::Uint64:
        case BasicKind::Int:
        case BasicKind::Uint:
        case BasicKind::Float64:
          return 8;
        case BasicKind::String:
          return kStringSize;
        default:
          return 0;
      }
    case TypeKind::Pointer:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature:
      return kPtrSize;
    case TypeKind::Slice:
      return kSliceSize;
    case TypeKind::Interface:
      return kInterfaceSize;
    case TypeKind::Array: {
      auto* a = u->as<Array>();
      return a->len * alignUp(sizeOf(a->elem), alignOf(a->elem));
    }
    case TypeKind::Struct: {
      auto* s = u->as<Struct>();
      auto offs = fieldOffsets(s);
      int64_t end = s->fields.empty() ? 0 : offs.back() + sizeOf(s->fields.back()->type);
      return alignUp(end, alignOf(u));
    }
    default:
      return 0;
  }
}

namespace {
int64_t goAlignOf(const Type* t);
}  // namespace

int64_t goSizeOf(const Type* t) {
  const Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Basic: {
      auto k = u->as<Basic>()->basic;
      if (k == BasicKind::String) return 16;
      if (k == BasicKind::Uintptr || k == BasicKind::UnsafePointer) return 8;
      return sizeOf(u);
    }
    case TypeKind::Pointer:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature:
      return 8;
    case TypeKind::Slice:
      return 24;
    case TypeKind::Interface:
      return 16;
    case TypeKind::Array:
      return u->as<Array>()->len * goSizeOf(u->as<Array>()->elem);
    case TypeKind::Struct: {
      int64_t off = 0;
      for (const Var* f : u->as<Struct>()->fields)
        off = alignUp(off, goAlignOf(f->type)) + goSizeOf(f->type);
      return alignUp(off, goAlignOf(u));
    }
    default:
      return sizeOf(u);
  }
}

namespace {
int64_t goAlignOf(const Type* t) {
  const Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Array:
      return goAlignOf(u->as<Array>()->elem);
    case TypeKind::Struct: {
      int64_t a = 1;
      for (const Var* f : u->as<Struct>()->fields) a = std::max(a, goAlignOf(f->type));
      return a;
    }
    case TypeKind::Basic: {
      int64_t s = goSizeOf(u);
      return s >= 8 ? 8 : std::max<int64_t>(s, 1);
    }
    default:
      return 8;
  }
}
}  // namespace

std::vector<int64_t> fieldOffsets(const Struct* s) {
  std::vector<int64_t> out;
  int64_t off = 0;
  for (const Var* f : s->fields) {
    off = alignUp(off, alignOf(f->type));
    out.push_back(off);
    off += sizeOf(f->type);
  }
  return out;
}

}  // namespace gm::types
