#include "abi/manifest.h"

#include <cstdio>

namespace gm::abi {

std::string jsonString(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
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
    case wasm::ValType::I32: return "i32";
    case wasm::ValType::I64: return "i64";
    case wasm::ValType::F32: return "f32";
    case wasm::ValType::F64: return "f64";
    default: return "funcref";
  }
}

std::string valueJson(const types::Var* v, const types::Package* pkg) {
  std::string out = "{";
  if (!v->name.empty()) out += "\"name\":" + jsonString(v->name) + ",";
  out += "\"go\":" + jsonString(types::typeString(v->type, pkg)) + ",\"wasm\":[";
  auto vts = lower::wasmTypes(v->type);
  for (size_t i = 0; i < vts.size(); ++i) {
    if (i) out += ",";
    out += jsonString(valTypeName(vts[i]));
  }
  return out + "]}";
}

}  // namespace

std::string manifestJson(const std::vector<lower::ExportSpec>& exports, const types::Package* pkg) {
  std::string out = "{\"version\":1,\"target\":\"direct\",\"package\":" + jsonString(pkg->name) +
                    ",\"exports\":[";
  for (size_t i = 0; i < exports.size(); ++i) {
    const auto& e = exports[i];
    const types::Signature* sig = e.func->sig();
    if (i) out += ",";
    out += "{\"name\":" + jsonString(e.name) + ",\"func\":" + jsonString(e.func->name) +
           ",\"go\":" + jsonString("func " + e.func->name +
                                   types::typeString(sig, pkg).substr(4)) +
           ",\"params\":[";
    for (size_t k = 0; k < sig->params.size(); ++k) {
      if (k) out += ",";
      out += valueJson(sig->params[k], pkg);
    }
    out += "],\"results\":[";
    for (size_t k = 0; k < sig->results.size(); ++k) {
      if (k) out += ",";
      out += valueJson(sig->results[k], pkg);
    }
    out += "],\"variadic\":" + std::string(sig->variadic ? "true" : "false") + "}";
  }
  return out + "]}";
}

}  // namespace gm::abi
