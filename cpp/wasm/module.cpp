#include "wasm/module.h"

#include <cassert>
#include <utility>

namespace gm::wasm {

TypeIdx Module::internType(const FuncType& t) {
  // Linear search: modules have few distinct signatures, and the order of first use stays the
  // order in the type section, which keeps the output deterministic.
  for (TypeIdx i = 0; i < types_.size(); ++i) {
    if (types_[i] == t) return i;
  }
  types_.push_back(t);
  return static_cast<TypeIdx>(types_.size() - 1);
}

FuncId Module::addImport(std::string module, std::string field, const FuncType& t,
                         std::string funcName) {
  TypeIdx type = internType(t);
  Function f;
  f.name = std::move(funcName);
  f.type = type;
  f.import = Import{std::move(module), std::move(field), type};
  funcs_.push_back(std::move(f));
  return static_cast<FuncId>(funcs_.size() - 1);
}

FuncId Module::declareFunction(std::string funcName, const FuncType& t) {
  Function f;
  f.name = std::move(funcName);
  f.type = internType(t);
  funcs_.push_back(std::move(f));
  return static_cast<FuncId>(funcs_.size() - 1);
}

uint32_t Module::addGlobal(Global g) {
  globals_.push_back(std::move(g));
  return static_cast<uint32_t>(globals_.size() - 1);
}

void Module::addExport(Export::Kind kind, std::string exportName, uint32_t index) {
  exports_.push_back(Export{kind, std::move(exportName), index});
}

void Module::addData(uint32_t offset, std::vector<uint8_t> bytes) {
  data_.push_back(DataSegment{offset, std::move(bytes)});
}

uint32_t Module::addTableElems(const std::vector<FuncId>& funcs) {
  auto first = static_cast<uint32_t>(table_.size());
  for (FuncId f : funcs) {
    assert(f < funcs_.size());
    table_.push_back(f);
  }
  return first;
}

}  // namespace gm::wasm
