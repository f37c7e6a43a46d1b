#include "lower/lower_impl.h"

namespace gm::lower {

using types::BasicKind;
using wasm::ValType;

std::vector<ValType> wasmTypes(const types::Type* t) {
  const types::Type* u = types::under(t);
  if (auto* b = u->as<types::Basic>()) {
    switch (b->basic) {
      case BasicKind::Bool:
      case BasicKind::Int8:
      case BasicKind::Int16:
      case BasicKind::Int32:
      case BasicKind::Uint8:
      case BasicKind::Uint16:
      case BasicKind::Uint32:
      case BasicKind::Uintptr:
      case BasicKind::UnsafePointer: return {ValType::I32};
      case BasicKind::Int64:
      case BasicKind::Int:
      case BasicKind::Uint64:
      case BasicKind::Uint: return {ValType::I64};
      case BasicKind::Float32: return {ValType::F32};
      case BasicKind::Float64: return {ValType::F64};
      default: return {};
    }
  }
  if (u->kind == types::TypeKind::Pointer) return {ValType::I32};
  return {};
}

wasm::FuncType ProgramLowerer::signatureType(const types::Signature* sig, Pos at, bool* ok) {
  wasm::FuncType ft;
  auto add = [&](const types::Var* v, std::vector<ValType>& out) {
    auto vt = wasmTypes(v->type);
    if (vt.empty()) {
      *ok = false;
      diags_.error(v->pos.valid() ? v->pos : at,
                   "gomethod cannot lower values of type " + types::typeString(v->type, prog_.pkg) +
                       " yet");
    }
    out.insert(out.end(), vt.begin(), vt.end());
  };
  if (sig->recv) add(sig->recv, ft.params);
  for (auto* p : sig->params) add(p, ft.params);
  for (auto* r : sig->results) add(r, ft.results);
  return ft;
}

wasm::FuncId ProgramLowerer::funcId(const types::Func* f) {
  if (auto it = ids_.find(f); it != ids_.end()) return it->second;
  bool ok = true;
  wasm::FuncType ft = signatureType(f->sig(), f->pos, &ok);
  std::string name = f->name;
  if (f->recvBase) name = f->recvBase->obj->name + "." + name;
  wasm::FuncId id = mod_.declareFunction(name, ft);
  ids_[f] = id;
  if (ok) pending_.push_back(f);
  return id;
}

void ProgramLowerer::run() {
  for (const ExportSpec& e : prog_.exports) {
    wasm::FuncId id = funcId(e.func);
    mod_.addExport(wasm::Export::Func, e.name, id);
  }
  while (!pending_.empty()) {
    const types::Func* f = pending_.front();
    pending_.pop_front();
    FuncLowerer(*this, f, mod_.function(ids_[f])).lower();
  }
}

void lowerProgram(const Program& prog, wasm::Module& out, Diagnostics& diags) {
  ProgramLowerer(prog, out, diags).run();
}

}  // namespace gm::lower
