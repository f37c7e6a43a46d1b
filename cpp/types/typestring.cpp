#include <string>

#include "types/object.h"
#include "types/type.h"

namespace gm::types {

namespace {

void write(std::string& out, const Type* t, const Package* rel, int depth);

void writeParams(std::string& out, const std::vector<Var*>& vars, bool variadic, const Package* rel,
                 int depth) {
  out += "(";
  for (size_t i = 0; i < vars.size(); ++i) {
    if (i) out += ", ";
    if (!vars[i]->name.empty()) out += vars[i]->name + " ";
    if (variadic && i + 1 == vars.size()) {
      out += "...";
      const Type* elem = vars[i]->type;
      if (auto* s = elem->as<Slice>()) elem = s->elem;
      write(out, elem, rel, depth);
    } else {
      write(out, vars[i]->type, rel, depth);
    }
  }
  out += ")";
}

void writeSignature(std::string& out, const Signature* sig, const Package* rel, int depth) {
  writeParams(out, sig->params, sig->variadic, rel, depth);
  if (sig->results.empty()) return;
  out += " ";
  if (sig->results.size() == 1 && sig->results[0]->name.empty()) {
    write(out, sig->results[0]->type, rel, depth);
    return;
  }
  writeParams(out, sig->results, false, rel, depth);
}

void write(std::string& out, const Type* t, const Package* rel, int depth) {
  if (depth > 64) {
    out += "…";
    return;
  }
  ++depth;
  switch (t->kind) {
    case TypeKind::Basic:
      out += t->as<Basic>()->name;
      return;
    case TypeKind::Pointer:
      out += "*";
      write(out, t->as<Pointer>()->elem, rel, depth);
      return;
    case TypeKind::Array:
      out += "[" + std::to_string(t->as<Array>()->len) + "]";
      write(out, t->as<Array>()->elem, rel, depth);
      return;
    case TypeKind::Slice:
      out += "[]";
      write(out, t->as<Slice>()->elem, rel, depth);
      return;
    case TypeKind::Map:
      out += "map[";
      write(out, t->as<Map>()->key, rel, depth);
      out += "]";
      write(out, t->as<Map>()->elem, rel, depth);
      return;
    case TypeKind::Chan: {
      auto* c = t->as<Chan>();
      out += c->dir == 2 ? "<-chan " : c->dir == 1 ? "chan<- " : "chan ";
      write(out, c->elem, rel, depth);
      return;
    }
    case TypeKind::Struct: {
      auto* s = t->as<Struct>();
      out += "struct{";
      for (size_t i = 0; i < s->fields.size(); ++i) {
        if (i) out += "; ";
        if (!s->fields[i]->embedded) out += s->fields[i]->name + " ";
        write(out, s->fields[i]->type, rel, depth);
        if (!s->tags[i].empty()) out += " \"" + s->tags[i] + "\"";
      }
      out += "}";
      return;
    }
    case TypeKind::Tuple: {
      auto* tu = t->as<Tuple>();
      out += "(";
      for (size_t i = 0; i < tu->types.size(); ++i) {
        if (i) out += ", ";
        write(out, tu->types[i], rel, depth);
      }
      out += ")";
      return;
    }
    case TypeKind::Signature:
      out += "func";
      writeSignature(out, t->as<Signature>(), rel, depth);
      return;
    case TypeKind::Interface: {
      auto* it = t->as<Interface>();
      if (it->allMethods.empty() && !it->hasTerms && !it->comparable) {
        out += "interface{}";
        return;
      }
      out += "interface{";
      bool first = true;
      if (it->comparable) {
        out += "comparable";
        first = false;
      }
      for (const Func* m : it->allMethods) {
        if (!first) out += "; ";
        first = false;
        out += m->name;
        writeSignature(out, m->sig(), rel, depth);
      }
      if (it->hasTerms) {
        if (!first) out += "; ";
        for (size_t i = 0; i < it->terms.size(); ++i) {
          if (i) out += " | ";
          if (it->terms[i].tilde) out += "~";
          write(out, it->terms[i].type, rel, depth);
        }
      }
      out += "}";
      return;
    }
    case TypeKind::Named: {
      auto* n = t->as<Named>();
      if (n->obj->pkg && n->obj->pkg != rel) out += n->obj->pkg->name + ".";
      out += n->obj->name;
      if (!n->typeArgs.empty()) {
        out += "[";
        for (size_t i = 0; i < n->typeArgs.size(); ++i) {
          if (i) out += ",";
          write(out, n->typeArgs[i], rel, depth);
        }
        out += "]";
      }
      return;
    }
    case TypeKind::TypeParam:
      out += t->as<TypeParam>()->obj->name;
      return;
  }
}

}  // namespace

std::string typeString(const Type* t, const Package* relativeTo) {
  if (!t) return "<nil>";
  std::string out;
  write(out, t, relativeTo, 0);
  return out;
}

}  // namespace gm::types
