// Whole-program lowering: the function worklist, static data, package initialization, and the
// module's memory, globals and exports.
#include <algorithm>
#include <cstring>
#include <set>

#include "lower/lower_impl.h"
#include "syntax/directive.h"

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
      case BasicKind::UnsafePointer:
        return {ValType::I32};
      case BasicKind::Int64:
      case BasicKind::Int:
      case BasicKind::Uint64:
      case BasicKind::Uint:
        return {ValType::I64};
      case BasicKind::Float32:
        return {ValType::F32};
      case BasicKind::Float64:
        return {ValType::F64};
      case BasicKind::String:
        return {ValType::I32, ValType::I32};
      default:
        return {};
    }
  }
  if (isFlatStruct(u)) {
    std::vector<ValType> out;
    for (auto* f : u->as<types::Struct>()->fields) {
      auto vt = wasmTypes(f->type);
      out.insert(out.end(), vt.begin(), vt.end());
    }
    return out;
  }
  switch (u->kind) {
    case types::TypeKind::Pointer:
    case types::TypeKind::Map:        // the runtime's table
    case types::TypeKind::Signature:  // a closure object's address
    case types::TypeKind::Struct:
    case types::TypeKind::Array:
      return {ValType::I32};
    case types::TypeKind::Slice:
      return {ValType::I32, ValType::I32, ValType::I32};
    case types::TypeKind::Interface:
      return {ValType::I32, ValType::I32};  // (type code, data)
    default:
      return {};
  }
}

wasm::FuncType ProgramLowerer::signatureType(const types::Signature* sig, Pos at, bool* ok) {
  wasm::FuncType ft;
  auto add = [&](const types::Var* v, std::vector<ValType>& out) {
    auto vt = wasmTypes(v->type);
    if (vt.empty()) {
      *ok = false;
      diags_.error(v->pos.valid() ? v->pos : at, "gomethod cannot compile values of type " +
                                                     types::typeString(v->type, prog_.pkg) +
                                                     " yet");
    }
    out.insert(out.end(), vt.begin(), vt.end());
  };
  if (sig->recv) add(sig->recv, ft.params);
  for (auto* p : sig->params) add(p, ft.params);
  for (auto* r : sig->results) add(r, ft.results);
  return ft;
}

// The memory model's implementation of the runtime's allocator interface (alloc.go): with the
// collector, alloc, allocNoscan and free are gc.go's.
const types::Func* ProgramLowerer::modelFunc(const types::Func* f) const {
  if (prog_.gc != GcModel::Conservative || f->pkg != prog_.runtime || f->recvBase) return f;
  const char* gc = f->name == "alloc"         ? "gcalloc"
                   : f->name == "allocNoscan" ? "gcallocNoscan"
                   : f->name == "free"        ? "gcfree"
                                              : nullptr;
  if (const types::Func* g = gc ? runtimeFuncObject(gc) : nullptr) return g;
  return f;
}

wasm::FuncId ProgramLowerer::funcId(const types::Func* f) {
  f = modelFunc(f);
  if (auto it = ids_.find(f); it != ids_.end()) return it->second;
  bool ok = true;
  wasm::FuncType ft = signatureType(f->sig(), f->pos, &ok);
  std::string name = f->pkg && f->pkg != prog_.pkg ? f->pkg->name + "." : "";
  if (f->recvBase)
    name += (f->pointerRecv ? "(*" : "") + types::typeString(f->recvBase, prog_.pkg) +
            (f->pointerRecv ? ")" : "") + ".";
  name += f->name;
  if (const syntax::Directive* d = f->decl ? syntax::importDirective(f->decl) : nullptr) {
    syntax::ImportDirective imp = syntax::parseImportDirective(d->text);
    wasm::FuncId id = mod_.addImport(imp.module, imp.name, ft, name);
    ids_[f] = id;
    return id;
  }
  wasm::FuncId id = mod_.declareFunction(name, ft);
  ids_[f] = id;
  if (ok && f->decl && f->decl->body) pending_.push_back(f);
  return id;
}

const types::Func* ProgramLowerer::calleeFunc(const syntax::Expr* fun) const {
  while (auto* p = fun->as<syntax::Paren>()) fun = p->x;
  if (auto it = prog_.info->instances.find(fun); it != prog_.info->instances.end())
    return it->second;
  const types::Object* obj = nullptr;
  if (auto* n = fun->as<syntax::Name>()) obj = prog_.info->objectOf(n);
  if (auto* s = fun->as<syntax::Selector>(); s && !prog_.info->selections.count(s))
    obj = prog_.info->objectOf(s->sel);
  return obj ? obj->as<types::Func>() : nullptr;
}

const types::Func* ProgramLowerer::runtimeFuncObject(const std::string& name) const {
  if (!prog_.runtime) return nullptr;
  auto* obj = prog_.runtime->scope->lookupLocal(name);
  return obj ? obj->as<types::Func>() : nullptr;
}

wasm::FuncId ProgramLowerer::runtimeFunc(const std::string& name, Pos at) {
  useMemory();
  if (const types::Func* f = runtimeFuncObject(name)) return funcId(f);
  // A missing entry point is our bug, not the user's; say so instead of crashing.
  diags_.error(at, "internal compiler error: runtime function " + name + " is missing");
  return mod_.declareFunction("missing." + name, {});
}

uint32_t ProgramLowerer::stackPointer() {
  useMemory();
  if (!sp_) sp_ = mod_.addGlobal({"__stack_pointer", ValType::I32, true, kStackTop, 0});
  return *sp_;
}

uint32_t ProgramLowerer::heapBaseGlobal() {
  if (!heapBase_) heapBase_ = mod_.addGlobal({"__heap_base", ValType::I32, false, 0, 0});
  return *heapBase_;
}

uint32_t ProgramLowerer::globalRootsGlobal() {
  if (!globalRoots_) globalRoots_ = mod_.addGlobal({"__gc_roots", ValType::I32, false, 0, 0});
  return *globalRoots_;
}

void ProgramLowerer::putData32(uint32_t addr, uint32_t v) {
  for (int b = 0; b < 4; ++b) data_[addr - kStackTop + b] = static_cast<uint8_t>(v >> (8 * b));
}

// Globals are immutable-initialized: values known only at the end (addresses in static data) are
// patched in.
void ProgramLowerer::setGlobalInit(uint32_t global, uint32_t value) {
  const_cast<wasm::Global&>(mod_.globals()[global]).initInt = value;
}

uint32_t ProgramLowerer::allocStatic(uint32_t size, uint32_t align) {
  useMemory();
  align = std::max<uint32_t>(align, 1);
  while ((kStackTop + data_.size()) % align) data_.push_back(0);
  uint32_t addr = kStackTop + static_cast<uint32_t>(data_.size());
  data_.resize(data_.size() + std::max<uint32_t>(size, 1), 0);
  return addr;
}

uint32_t ProgramLowerer::stringData(const std::string& s) {
  if (auto it = strings_.find(s); it != strings_.end()) return it->second;
  uint32_t addr = allocStatic(static_cast<uint32_t>(s.size()), 1);
  std::copy(s.begin(), s.end(), data_.begin() + (addr - kStackTop));
  strings_[s] = addr;
  return addr;
}

uint32_t ProgramLowerer::globalAddress(const types::Var* v) {
  if (auto it = globals_.find(v); it != globals_.end()) return it->second;
  uint32_t addr = allocStatic(static_cast<uint32_t>(types::sizeOf(v->type)),
                              static_cast<uint32_t>(types::alignOf(v->type)));
  globals_[v] = addr;
  return addr;
}

// Writes a constant (or a composite literal of constants) straight into static data.
bool ProgramLowerer::staticInit(const syntax::Expr* e, const types::Type* t, uint32_t addr) {
  while (auto* p = e->as<syntax::Paren>()) e = p->x;
  const types::TypeAndValue* tv = prog_.info->typeOf(e);
  if (!tv) return false;
  auto put = [&](uint64_t bits, int64_t size, uint32_t off = 0) {
    for (int64_t i = 0; i < size; ++i)
      data_[addr + off - kStackTop + i] = static_cast<uint8_t>(bits >> (8 * i));
  };
  if (tv->mode == types::Mode::Constant) {
    const types::Basic* b = types::asBasic(t);
    if (!b) return false;
    const auto& v = tv->value;
    int64_t size = types::sizeOf(t);
    if (types::isString(b)) {
      const std::string& str = v.stringVal();
      uint32_t p = str.empty() ? 0 : stringData(str);
      put(p, 4);
      put(str.size(), 4, 4);
    } else if (types::isBoolean(b)) {
      put(v.boolVal() ? 1 : 0, 1);
    } else if (b->basic == BasicKind::Float64) {
      double d = v.float64Val();
      uint64_t bits;
      std::memcpy(&bits, &d, 8);
      put(bits, 8);
    } else if (b->basic == BasicKind::Float32) {
      float f = v.float32Val();
      uint32_t bits;
      std::memcpy(&bits, &f, 4);
      put(bits, 4);
    } else {
      auto iv = v.toInt();
      if (!iv) return false;
      uint64_t bits = 0;
      if (auto x = iv->int64Val())
        bits = static_cast<uint64_t>(*x);
      else if (auto u = iv->uint64Val())
        bits = *u;
      put(bits, size);
    }
    return true;
  }
  auto* lit = e->as<syntax::CompositeLit>();
  if (!lit) return false;
  const types::Type* u = types::under(t);
  if (auto* st = u->as<types::Struct>()) {
    auto offs = types::fieldOffsets(st);
    for (size_t i = 0; i < lit->elems.size(); ++i) {
      const syntax::Expr* el = lit->elems[i];
      size_t field = i;
      if (auto* kv = el->as<syntax::KeyValue>()) {
        for (size_t k = 0; k < st->fields.size(); ++k)
          if (st->fields[k]->name == kv->key->as<syntax::Name>()->value) field = k;
        el = kv->value;
      }
      if (!staticInit(el, st->fields[field]->type, addr + static_cast<uint32_t>(offs[field])))
        return false;
    }
    return true;
  }
  if (auto* a = u->as<types::Array>()) {
    auto size = static_cast<uint32_t>(types::sizeOf(a->elem));
    int64_t idx = 0;
    for (const syntax::Expr* el : lit->elems) {
      if (auto* kv = el->as<syntax::KeyValue>()) {
        idx = prog_.info->typeOf(kv->key)->value.int64Val().value_or(0);
        el = kv->value;
      }
      if (!staticInit(el, a->elem, addr + static_cast<uint32_t>(idx) * size)) return false;
      ++idx;
    }
    return true;
  }
  return false;
}

// Package initialization: initializers in dependency order (static ones become data), then init
// functions. Runtime variables must be static (checked in staticRuntimeInit).
void ProgramLowerer::lowerInit() {
  const types::Func* mainFunc = nullptr;
  if (prog_.pkg->name == "main")
    if (auto* o = prog_.pkg->scope->lookupLocal("main")) mainFunc = o->as<types::Func>();
  std::vector<types::Initializer> dynamic;
  for (const auto& in : prog_.info->initOrder) {
    // The runtime's variables: see staticRuntimeInit. Library packages (strconv, …) initialize
    // first, in the order they were checked, like the user's package after them.
    if (in.lhs.empty() || in.lhs[0]->pkg == prog_.runtime) continue;
    if (in.lhs.size() == 1 && staticInit(in.rhs, in.lhs[0]->type, globalAddress(in.lhs[0])))
      continue;
    dynamic.push_back(in);
  }
  std::vector<wasm::FuncId> initFuncs;
  for (const types::Func* f : prog_.info->funcs)
    if (f->name == "init" && !f->recvBase && f->pkg == prog_.pkg) initFuncs.push_back(funcId(f));
  // Not a wasm start function: initialization may print, and the host can only see the
  // module's memory once instantiation has returned. Programs initialize in _start (as WASI
  // commands do); other modules export _initialize (as WASI reactors do) for the host to call.
  std::optional<wasm::FuncId> initId;
  if (!dynamic.empty() || !initFuncs.empty()) {
    initId = mod_.declareFunction("package init", {});
    FuncLowerer(*this, mod_.function(*initId)).lowerInit(dynamic, initFuncs);
  }
  if (mainFunc) {
    wasm::FuncId mainId = funcId(mainFunc);
    wasm::FuncId startId = mod_.declareFunction("_start", {});
    auto& code = mod_.function(startId).body;
    if (prog_.target == Target::Wasi) {
      // A WASI command reports an uncaught panic itself (on fd 2, exit status 2).
      code.call(runtimeFunc("wasiStart", {}));
      start_ = {startId, initId, mainId};
    }
    if (initId) code.call(*initId);
    code.call(mainId);
    mod_.addExport(wasm::Export::Func, "_start", startId);
  } else if (initId) {
    mod_.addExport(wasm::Export::Func, "_initialize", *initId);
  }
}

// Runtime package variables the program reached get their (static) initial values.
void ProgramLowerer::staticRuntimeInit() {
  for (const auto& in : prog_.info->initOrder) {
    if (in.lhs.size() != 1 || in.lhs[0]->pkg != prog_.runtime) continue;
    auto it = globals_.find(in.lhs[0]);
    if (it == globals_.end()) continue;
    if (!staticInit(in.rhs, in.lhs[0]->type, it->second))
      diags_.error({}, "internal compiler error: runtime variable " + in.lhs[0]->name +
                           " needs a constant initializer");
  }
  // The initial GOGC (compile option gcPercent) replaces gc.go's default.
  if (auto* v = prog_.runtime ? prog_.runtime->scope->lookupLocal("gcPercent") : nullptr)
    if (auto it = globals_.find(v->as<types::Var>()); it != globals_.end())
      putData32(it->second, static_cast<uint32_t>(prog_.gcPercent));
}

// Exports for the host: the allocator (for the marshaller) and panic/reset helpers.
void ProgramLowerer::addHelperExports() {
  // The marshaller copies strings, slices and structs into the module through the runtime's
  // allocator when an export takes or returns them (even if the Go code never touches memory).
  bool marshals = false;
  std::function<bool(const types::Type*)> inMemory = [&](const types::Type* t) {
    if (isFlatStruct(t)) {
      for (auto* f : types::under(t)->as<types::Struct>()->fields)
        if (inMemory(f->type)) return true;
      return false;
    }
    return wasmTypes(t).size() > 1 || isAggregate(t) || types::isPointer(t);
  };
  for (const ExportSpec& e : prog_.exports) {
    const types::Signature* sig = e.func->sig();
    for (auto* v : sig->params) marshals |= inMemory(v->type);
    for (auto* v : sig->results) marshals |= inMemory(v->type);
  }
  marshals |= !prog_.classes.empty();  // objects of exported types live in the module's heap
  if (marshals) useMemory();
  // An export returning error: the host reads Error()'s text through gomethod_error_message.
  bool returnsError = false;
  for (const ExportSpec& e : prog_.exports)
    for (auto* v : e.func->sig()->results) returnsError |= v->type == prog_.errorType;
  if (returnsError) {
    const types::Func* errorMethod =
        types::under(prog_.errorType)->as<types::Interface>()->allMethods[0];
    wasm::FuncId f = mod_.declareFunction(
        "gomethod_error_message", {{ValType::I32, ValType::I32}, {ValType::I32, ValType::I32}});
    auto& code = mod_.function(f).body;
    code.localGet(0);
    code.localGet(1);
    code.call(methodDispatch(errorMethod));
    mod_.addExport(wasm::Export::Func, "gomethod_error_message", f);
    useMemory();
  }
  if (!usesMemory_) return;
  const bool collects = prog_.gc == GcModel::Conservative;
  if (marshals) {
    // With the collector, what the host allocates stays pinned until it frees it.
    mod_.addExport(wasm::Export::Func, "gomethod_alloc",
                   runtimeFunc(collects ? "allocPinned" : "alloc", {}));
    mod_.addExport(wasm::Export::Func, "gomethod_free",
                   runtimeFunc(collects ? "unpin" : "free", {}));
  }
  if (const types::Func* gcalloc = runtimeFuncObject("gcalloc");
      collects && (marshals || ids_.count(gcalloc))) {
    mod_.addExport(wasm::Export::Func, "gomethod_gc", runtimeFunc("GC", {}));
    mod_.addExport(wasm::Export::Func, "gomethod_gc_stats", runtimeFunc("gcStatsAddr", {}));
    mod_.addExport(wasm::Export::Func, "gomethod_set_gc_percent", runtimeFunc("setGCPercent", {}));
  }
  // The host reads panic messages and resets the stack after a trap through these.
  if (const types::Func* f = runtimeFuncObject("panicMessage"))
    mod_.addExport(wasm::Export::Func, "gomethod_panic_message", funcId(f));
  if (const types::Func* f = runtimeFuncObject("panicKind"))
    mod_.addExport(wasm::Export::Func, "gomethod_panic_kind", funcId(f));
  if (usesDefer_)
    if (const types::Func* f = runtimeFuncObject("panicChain"))
      mod_.addExport(wasm::Export::Func, "gomethod_panic_chain", funcId(f));
  wasm::FuncId reset = mod_.declareFunction("gomethod_reset", {});
  auto& code = mod_.function(reset).body;
  code.i32Const(static_cast<int32_t>(kStackTop));
  code.globalSet(stackPointer());
  if (const types::Func* f = runtimeFuncObject("hostReset")) code.call(funcId(f));
  mod_.addExport(wasm::Export::Func, "gomethod_reset", reset);
  if (!reentrantImports().empty())  // the host may call back into the module from an import
    if (const types::Func* f = runtimeFuncObject("panicClear"))
      mod_.addExport(wasm::Export::Func, "gomethod_panic_clear", funcId(f));
}

// Lays out linear memory once all static data is known (no code may be added after this).
void ProgramLowerer::finishMemory() {
  if (!usesMemory_) return;
  if (globalRoots_) {
    // (start, end) of each run of package variables that may hold pointers, then (0, 0).
    std::vector<std::pair<uint32_t, uint32_t>> ranges;
    std::vector<std::pair<uint32_t, uint32_t>> vars;
    for (const auto& [v, addr] : globals_)
      if (hasPointers(v->type)) vars.push_back({addr, addr + types::sizeOf(v->type)});
    std::sort(vars.begin(), vars.end());
    for (const auto& r : vars) {
      if (!ranges.empty() && r.first <= ranges.back().second + 8)
        ranges.back().second = std::max(ranges.back().second, r.second);
      else
        ranges.push_back(r);
    }
    ranges.push_back({0, 0});
    uint32_t table = allocStatic(static_cast<uint32_t>(8 * ranges.size()), 4);
    for (size_t i = 0; i < ranges.size(); ++i) {
      putData32(table + 8 * static_cast<uint32_t>(i), ranges[i].first);
      putData32(table + 8 * static_cast<uint32_t>(i) + 4, ranges[i].second);
    }
    setGlobalInit(*globalRoots_, table);
  }
  uint32_t heapBase = (kStackTop + static_cast<uint32_t>(data_.size()) + 7) / 8 * 8;
  if (heapBase_) setGlobalInit(*heapBase_, heapBase);
  uint32_t minPages = (heapBase + kPageSize - 1) / kPageSize + 1;
  std::optional<uint32_t> maxPages;
  if (prog_.maxMemoryPages) maxPages = std::max(prog_.maxMemoryPages, minPages);
  mod_.memory = wasm::Memory{minPages, maxPages};
  mod_.exportMemory = true;
  // Memory starts zeroed: emit only the nonzero runs (merging runs separated by short gaps).
  constexpr size_t kGap = 16;
  size_t i = 0;
  while (i < data_.size()) {
    if (data_[i] == 0) {
      ++i;
      continue;
    }
    size_t end = i, zeros = 0;
    for (size_t j = i; j < data_.size() && zeros <= kGap; ++j) {
      zeros = data_[j] == 0 ? zeros + 1 : 0;
      if (data_[j] != 0) end = j + 1;
    }
    mod_.addData(kStackTop + static_cast<uint32_t>(i),
                 {data_.begin() + static_cast<long>(i), data_.begin() + static_cast<long>(end)});
    i = end;
  }
}

uint32_t ProgramLowerer::tableSlot(wasm::FuncId f) {
  if (auto it = slots_.find(f); it != slots_.end()) return it->second;
  uint32_t slot = mod_.addTableElems({f});
  slots_[f] = slot;
  return slot;
}

wasm::TypeIdx ProgramLowerer::closureType(const types::Signature* sig, Pos at) {
  mod_.needsTable = true;
  bool ok = true;
  wasm::FuncType ft = signatureType(sig, at, &ok);
  ft.params.insert(ft.params.begin(), ValType::I32);
  return mod_.internType(ft);
}

// A plain function as a value: a static closure whose code drops the closure argument.
uint32_t ProgramLowerer::staticClosure(const types::Func* f, bool derefReceiver) {
  auto& closures = derefReceiver ? derefClosures_ : staticClosures_;
  if (auto it = closures.find(f); it != closures.end()) return it->second;
  wasm::FuncId target = funcId(f);
  wasm::FuncId wrapper;
  if (derefReceiver) {
    // (ctx, *T, params…): load the receiver value (nil check), then call the value method.
    bool ok = true;
    wasm::FuncType inner = signatureType(f->sig(), f->pos, &ok);
    size_t nrecv = wasmTypes(f->sig()->recv->type).size();
    wasm::FuncType ft;
    ft.params = {ValType::I32, ValType::I32};
    ft.params.insert(ft.params.end(), inner.params.begin() + static_cast<long>(nrecv),
                     inner.params.end());
    ft.results = inner.results;
    wrapper = mod_.declareFunction(mod_.function(target).name + "$deref", ft);
    FuncLowerer(*this, mod_.function(wrapper)).lowerDerefWrapper(f, target, 1);
  } else {
    wrapper = valueWrapper(f, target);
  }
  uint32_t addr = closureOf(wrapper);
  closures[f] = addr;
  return addr;
}

uint32_t ProgramLowerer::closureOf(wasm::FuncId f) {
  uint32_t addr = allocStatic(4, 4);
  uint32_t slot = tableSlot(f);
  putData32(addr, slot);
  return addr;
}

wasm::FuncId ProgramLowerer::valueWrapper(const types::Func* f, wasm::FuncId target) {
  auto& wrapper = valueWrappers_[f];
  if (!wrapper) {
    bool ok = true;
    wasm::FuncType ft = signatureType(f->sig(), f->pos, &ok);
    ft.params.insert(ft.params.begin(), ValType::I32);
    wrapper = mod_.declareFunction(mod_.function(target).name + "$value", ft);
    auto& code = mod_.function(wrapper).body;
    for (uint32_t i = 1; i < ft.params.size(); ++i) code.localGet(i);
    code.call(target);
  }
  return wrapper;
}

wasm::FuncId ProgramLowerer::funcLitFunction(const syntax::FuncLit* lit,
                                             const std::vector<const types::Var*>& captures) {
  if (auto it = lits_.find(lit); it != lits_.end()) return it->second;
  const types::Signature* sig = prog_.info->funcLitSigs.at(lit);
  bool ok = true;
  wasm::FuncType ft = signatureType(sig, lit->pos, &ok);
  ft.params.insert(ft.params.begin(), ValType::I32);
  wasm::FuncId id = mod_.declareFunction(
      "func" + std::to_string(lit->pos.line) + "." + std::to_string(lit->pos.col), ft);
  lits_[lit] = id;
  if (ok) pendingLits_.push_back({lit, captures, id});
  return id;
}

// x.M as a value: the closure holds the (already adjusted) receiver at offset 8.
wasm::FuncId ProgramLowerer::boundMethodFunction(const types::Func* m) {
  if (auto it = boundWrappers_.find(m); it != boundWrappers_.end()) return it->second;
  wasm::FuncId target = funcId(m);
  bool ok = true;
  wasm::FuncType inner = signatureType(m->sig(), m->pos, &ok);  // (recv, params…) → results
  const types::Type* recvType = m->sig()->recv->type;
  size_t nrecv = wasmTypes(recvType).size();
  wasm::FuncType ft;
  ft.params.push_back(ValType::I32);
  ft.params.insert(ft.params.end(), inner.params.begin() + static_cast<long>(nrecv),
                   inner.params.end());
  ft.results = inner.results;
  wasm::FuncId id = mod_.declareFunction(mod_.function(target).name + "$bound", ft);
  boundWrappers_[m] = id;
  // The receiver's values are loaded from the closure by a tiny generated body.
  wasm::Function& fn = mod_.function(id);
  auto& code = fn.body;
  if (isAggregate(recvType)) {
    code.localGet(0);
    code.i32Const(8);
    code.op(wasm::Op::I32Add);
  } else {
    loadLeaves(code, 0, recvType, 8);
  }
  for (uint32_t i = 1; i < ft.params.size(); ++i) code.localGet(i);
  code.call(target);
  return id;
}

void ProgramLowerer::drainFunctions() {
  while (!pending_.empty() || !pendingLits_.empty()) {
    if (!pending_.empty()) {
      const types::Func* f = pending_.front();
      pending_.pop_front();
      FuncLowerer(*this, f, mod_.function(ids_[f])).lower();
    } else {
      PendingLit p = pendingLits_.front();
      pendingLits_.pop_front();
      FuncLowerer(*this, p.lit, p.captures, mod_.function(p.id)).lower();
    }
  }
}

wasm::FuncId ProgramLowerer::boundInterfaceMethod(const types::Func* m) {
  if (auto it = boundWrappers_.find(m); it != boundWrappers_.end()) return it->second;
  bool ok = true;
  wasm::FuncType ft = signatureType(m->sig(), m->pos, &ok);
  ft.params.insert(ft.params.begin(), ValType::I32);
  wasm::FuncId id = mod_.declareFunction("dispatch." + m->name + "$bound", ft);
  boundWrappers_[m] = id;
  auto& code = mod_.function(id).body;
  code.localGet(0);
  code.mem(wasm::Op::I32Load, 2, 8);
  code.localGet(0);
  code.mem(wasm::Op::I32Load, 2, 12);
  for (uint32_t i = 1; i < ft.params.size(); ++i) code.localGet(i);
  code.call(methodDispatch(m));
  return id;
}

void ProgramLowerer::run() {
  collectDeferTargets();
  for (const ExportSpec& e : prog_.exports)
    mod_.addExport(wasm::Export::Func, e.name, funcId(e.func));
  for (const ClassSpec& cls : prog_.classes) {
    useMemory();
    for (const ClassSpec::Method& m : cls.methods) {
      bool ok = true;
      wasm::FuncType inner = signatureType(m.func->sig(), m.func->pos, &ok);
      size_t nrecv = wasmTypes(m.func->sig()->recv->type).size();
      wasm::FuncType ft;
      ft.params.push_back(ValType::I32);  // the object's address
      ft.params.insert(ft.params.end(), inner.params.begin() + static_cast<long>(nrecv),
                       inner.params.end());
      ft.results = inner.results;
      wasm::FuncId id = mod_.declareFunction(m.exportName, ft);
      FuncLowerer(*this, mod_.function(id)).lowerDerefWrapper(m.func, funcId(m.func), 0);
      mod_.addExport(wasm::Export::Func, m.exportName, id);
    }
  }
  drainFunctions();
  lowerInit();
  drainFunctions();
  finishDispatchers();
  addHelperExports();
  drainFunctions();
  finishDispatchers();
  // Bodies decided by whether the program defers (see throwPanicFunc, abortedPanicHookFunc).
  if (abortedPanicHook_ && usesDefer_) {
    auto& code = mod_.function(*abortedPanicHook_).body;
    code.i32Const(0);
    code.call(runtimeFunc("chainPush", {}));
    drainFunctions();
    finishDispatchers();
  }
  if (collectorReached()) {
    // Frames the collector's spills add check for stack overflow too.
    runtimeFunc("panicStackOverflow", {});
    drainFunctions();
    finishDispatchers();
  }
  if (start_ && usesDefer_) {
    // A panic thrown through main (functions with defer throw) is caught at the top.
    auto& code = mod_.function(start_->start).body;
    code = wasm::Code();
    code.call(runtimeFunc("wasiStart", {}));
    code.try_();
    if (start_->init) code.call(*start_->init);
    code.call(start_->main);
    code.catchAll();
    code.call(runtimeFunc("wasiUncaught", {}));
    code.end();
    drainFunctions();
    finishDispatchers();
  }
  // Host entry points that exist only when the program reaches what needs them.
  auto reached = [&](const char* name) {
    const types::Func* f = runtimeFuncObject(name);
    return f && ids_.count(f);
  };
  if (reached("directWrite"))  // output of a module without imports waits for the host
    mod_.addExport(wasm::Export::Func, "gomethod_output", runtimeFunc("directOutput", {}));
  if (reached("jsRegisterFunc"))  // syscall/js.FuncOf: JS calls Go functions
    mod_.addExport(wasm::Export::Func, "gomethod_js_callback", runtimeFunc("jsCallback", {}));
  // A js.Value argument is a handle object the host writes; the collector must know when it dies.
  bool passesJsValues = false;
  for (const ExportSpec& e : prog_.exports)
    for (auto* v : e.func->sig()->params) passesJsValues |= isJsValue(v->type);
  if (passesJsValues)
    mod_.addExport(wasm::Export::Func, "gomethod_js_register", runtimeFunc("weakRegister", {}));
  drainFunctions();
  finishDispatchers();
  writeTypeDescriptors();
  staticRuntimeInit();
  if (throwPanic_) {
    auto& code = mod_.function(*throwPanic_).body;
    if (usesDefer_)
      code.throw_(panicTag());
    else
      code.op(wasm::Op::Unreachable);
  }
  finishFunctions();
  finishMemory();
}

bool ProgramLowerer::collectorReached() const {
  const types::Func* gc = runtimeFuncObject("gcCollect");
  return prog_.gc == GcModel::Conservative && gc && ids_.count(gc);
}

// Imports through which the host may call back into the module: the output sinks, the js
// bridge (callbacks), WASI's fd_write (the host's stdout may be the caller's code) and whatever a
// //go:wasmimport names. Only gomethod's clocks are known to return without calling back.
std::vector<wasm::FuncId> ProgramLowerer::reentrantImports() const {
  std::vector<wasm::FuncId> out;
  const auto& funcs = mod_.functions();
  for (wasm::FuncId id = 0; id < funcs.size(); ++id) {
    const auto& imp = funcs[id].import;
    if (imp && !(imp->module == "gomethod" && (imp->name == "now" || imp->name == "walltime")))
      out.push_back(id);
  }
  return out;
}

void ProgramLowerer::finishFunctions() {
  std::vector<bool> may;
  if (collectorReached()) {
    may = mayCollect(mod_, {ids_.at(runtimeFuncObject("gcCollect"))}, reentrantImports());
  }
  std::optional<wasm::FuncId> overflow;
  if (const types::Func* f = runtimeFuncObject("panicStackOverflow"))
    if (auto it = ids_.find(f); it != ids_.end()) overflow = it->second;
  bool frames = !may.empty();
  for (const PendingFrame& f : frames_) frames = frames || f.size > 0;
  uint32_t sp = frames ? stackPointer() : 0;
  if (!finishFrames(mod_, frames_, may, sp, overflow))
    diags_.error({}, "internal compiler error: a function branches out of itself conditionally");
  if (prog_.gc == GcModel::None) reportAllocations();
}

// gc: none — every reached call that may allocate, in the user's code, is an error.
void ProgramLowerer::reportAllocations() {
  std::vector<wasm::FuncId> allocators;
  for (const char* name : {"alloc", "allocNoscan"})
    if (const types::Func* f = runtimeFuncObject(name))
      if (auto it = ids_.find(f); it != ids_.end()) allocators.push_back(it->second);
  if (allocators.empty()) return;
  std::vector<bool> allocates = mayCollect(mod_, allocators, {});
  std::set<std::pair<uint32_t, uint32_t>> seen;
  for (const AllocSite& site : allocSites_) {
    if (!allocates[site.callee] || !seen.insert({site.at.line, site.at.col}).second) continue;
    diags_.error(site.at, site.what + " allocates memory, which gc: \"none\" does not allow");
  }
}

void lowerProgram(const Program& prog, wasm::Module& out, Diagnostics& diags) {
  ProgramLowerer(prog, out, diags).run();
}

}  // namespace gm::lower
