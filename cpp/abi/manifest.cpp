#include "abi/manifest.h"

#include <algorithm>
#include <cstdio>

#include "types/sizes.h"

namespace gm::abi {

std::string jsonString(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

namespace {

const char* valTypeName(wasm::ValType t) {
  switch (t) {
    case wasm::ValType::I32:
      return "i32";
    case wasm::ValType::I64:
      return "i64";
    case wasm::ValType::F32:
      return "f32";
    case wasm::ValType::F64:
      return "f64";
    default:
      return "funcref";
  }
}

// A type's shape for the marshaller: kind, and element/field layout where it has one. A named
// type met again inside itself (a linked list, a tree) is cut as {"name", "kind":"recursive"}:
// expanding it would never end (or grow exponentially for several self-references).
std::string wasmJson(const types::Type* t) {
  std::string out = "[";
  auto vts = lower::wasmTypes(t);
  for (size_t i = 0; i < vts.size(); ++i) {
    if (i) out += ",";
    out += jsonString(valTypeName(vts[i]));
  }
  return out + "]";
}

std::string typeJson(const types::Type* t, const types::Package* pkg, int depth = 0,
                     std::vector<const types::Type*>* path = nullptr) {
  std::vector<const types::Type*> localPath;
  if (!path) path = &localPath;
  if (depth > 32) return "{\"kind\":\"unsupported\"}";
  if (t->as<types::Named>() && std::find(path->begin(), path->end(), t) != path->end())
    return "{\"name\":" + jsonString(types::typeString(t, pkg)) + ",\"kind\":\"recursive\"}";
  path->push_back(t);
  struct Pop {
    std::vector<const types::Type*>* p;
    ~Pop() { p->pop_back(); }
  } pop{path};
  const types::Type* u = types::under(t);
  std::string out = "{";
  if (auto* n = t->as<types::Named>(); n && !n->obj->pkg && n->obj->name == "error")
    return "{\"name\":\"error\",\"kind\":\"error\",\"size\":8,\"align\":4}";
  if (lower::isJsValue(t))  // the address of its handle object (web/marshal/jsvalues.js)
    return "{\"name\":\"js.Value\",\"kind\":\"jsvalue\",\"size\":4,\"align\":4}";
  if (auto* n = t->as<types::Named>())
    out += "\"name\":" + jsonString(types::typeString(n, pkg)) + ",";
  auto layout = [&]() {
    return ",\"size\":" + std::to_string(types::sizeOf(t)) +
           ",\"align\":" + std::to_string(types::alignOf(t));
  };
  if (auto* b = u->as<types::Basic>()) {
    std::string kind = b->basic == types::BasicKind::UnsafePointer ? "pointer" : b->name;
    return out + "\"kind\":" + jsonString(kind) + layout() + "}";
  }
  if (auto* p = u->as<types::Pointer>())
    return out + "\"kind\":\"pointer\",\"elem\":" + typeJson(p->elem, pkg, depth + 1, path) +
           layout() + "}";
  if (auto* s = u->as<types::Slice>())
    return out + "\"kind\":\"slice\",\"elem\":" + typeJson(s->elem, pkg, depth + 1, path) +
           layout() + "}";
  if (auto* a = u->as<types::Array>())
    return out + "\"kind\":\"array\",\"len\":" + std::to_string(a->len) +
           ",\"elem\":" + typeJson(a->elem, pkg, depth + 1, path) + layout() + "}";
  if (auto* st = u->as<types::Struct>()) {
    // A flat struct crosses as its fields' wasm values (see lower::isFlatStruct).
    bool flat = lower::isFlatStruct(t);
    out += std::string("\"kind\":\"struct\",") + (flat ? "\"flat\":true," : "") + "\"fields\":[";
    auto offs = types::fieldOffsets(st);
    for (size_t i = 0; i < st->fields.size(); ++i) {
      if (i) out += ",";
      out += "{\"name\":" + jsonString(st->fields[i]->name) +
             ",\"offset\":" + std::to_string(offs[i]) +
             ",\"exported\":" + (st->fields[i]->exported() ? "true" : "false") +
             (flat ? ",\"wasm\":" + wasmJson(st->fields[i]->type) : "") +
             ",\"type\":" + typeJson(st->fields[i]->type, pkg, depth + 1, path) + "}";
    }
    return out + "]" + layout() + "}";
  }
  return out + "\"kind\":\"unsupported\"}";
}

std::string valueJson(const types::Var* v, const types::Package* pkg) {
  std::string out = "{";
  if (!v->name.empty()) out += "\"name\":" + jsonString(v->name) + ",";
  out += "\"go\":" + jsonString(types::typeString(v->type, pkg)) + ",\"wasm\":" + wasmJson(v->type);
  return out + ",\"type\":" + typeJson(v->type, pkg) + "}";
}

}  // namespace

std::string manifestJson(const std::vector<lower::ExportSpec>& exports,
                         const std::vector<lower::ClassSpec>& classes, const types::Package* pkg,
                         const wasm::Module& mod, std::string_view gcModel,
                         std::string_view target) {
  bool hasMemory = mod.memory.has_value();
  auto exported = [&](const char* name) {
    for (const auto& e : mod.exports())
      if (e.name == name) return true;
    return false;
  };
  std::string out =
      "{\"version\":1,\"target\":" + jsonString(std::string(target)) +
      ",\"package\":" + jsonString(pkg->name) + ",\"memory\":" + (hasMemory ? "true" : "false") +
      ",\"alloc\":" + (exported("gomethod_alloc") ? "\"gomethod_alloc\"" : "null") +
      ",\"free\":" + (exported("gomethod_free") ? "\"gomethod_free\"" : "null") +
      ",\"initialize\":" + (exported("_initialize") ? "\"_initialize\"" : "null") +
      ",\"panicMessage\":" +
      (exported("gomethod_panic_message") ? "\"gomethod_panic_message\"" : "null") +
      ",\"reset\":" + (exported("gomethod_reset") ? "\"gomethod_reset\"" : "null") +
      ",\"errorMessage\":" +
      (exported("gomethod_error_message") ? "\"gomethod_error_message\"" : "null") +
      ",\"output\":" + (exported("gomethod_output") ? "\"gomethod_output\"" : "null") +
      ",\"gc\":" + jsonString(std::string(gcModel)) +
      ",\"collect\":" + (exported("gomethod_gc") ? "\"gomethod_gc\"" : "null") +
      ",\"gcStats\":" + (exported("gomethod_gc_stats") ? "\"gomethod_gc_stats\"" : "null") +
      ",\"exports\":[";
  // One export: its wasm name, Go function and lowering (a method's receiver is not listed).
  auto function = [&](const std::string& name, const types::Func* f, const std::string& go) {
    const types::Signature* sig = f->sig();
    std::string o = "{\"name\":" + jsonString(name) + ",\"func\":" + jsonString(f->name) +
                    ",\"go\":" + jsonString(go) + ",\"params\":[";
    for (size_t k = 0; k < sig->params.size(); ++k) {
      if (k) o += ",";
      o += valueJson(sig->params[k], pkg);
    }
    o += "],\"results\":[";
    for (size_t k = 0; k < sig->results.size(); ++k) {
      if (k) o += ",";
      o += valueJson(sig->results[k], pkg);
    }
    return o + "],\"variadic\":" + std::string(sig->variadic ? "true" : "false");
  };
  for (size_t i = 0; i < exports.size(); ++i) {
    const auto& e = exports[i];
    if (i) out += ",";
    out += function(e.name, e.func,
                    "func " + e.func->name + types::typeString(e.func->sig(), pkg).substr(4)) +
           "}";
  }
  out += "],\"classes\":[";
  for (size_t i = 0; i < classes.size(); ++i) {
    const auto& c = classes[i];
    if (i) out += ",";
    out += "{\"name\":" + jsonString(c.name) +
           ",\"go\":" + jsonString(types::typeString(c.type, pkg)) +
           ",\"type\":" + typeJson(c.type, pkg) + ",\"methods\":[";
    for (size_t k = 0; k < c.methods.size(); ++k) {
      const auto& m = c.methods[k];
      const types::Var* recv = m.func->sig()->recv;
      std::string go = "func (" + (recv->name.empty() ? "" : recv->name + " ") +
                       types::typeString(recv->type, pkg) + ") " + m.func->name +
                       types::typeString(m.func->sig(), pkg).substr(4);
      if (k) out += ",";
      out += function(m.exportName, m.func, go) + ",\"method\":" + jsonString(m.func->name) +
             ",\"pointerReceiver\":" + (m.func->pointerRecv ? "true" : "false") + "}";
    }
    out += "]}";
  }
  return out + "]}";
}

}  // namespace gm::abi
