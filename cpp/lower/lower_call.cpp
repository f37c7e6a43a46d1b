// Calls: functions, methods (with automatic & and *, through embedded fields), runtime entry
// points, the runtime's intrinsics, and the builtins.
#include <algorithm>

#include "lower/lower_impl.h"
#include "syntax/directive.h"
#include "syntax/walk.h"

namespace gm::lower {

using namespace syntax;
using types::BasicKind;
using wasm::Op;
using wasm::ValType;

void FuncLowerer::callRuntime(const std::string& name, Pos at) {
  static const std::map<std::string, std::string> kinds = {
      {"concatstrings", "string concatenation"},
      {"concat3", "string concatenation"},
      {"slicebytetostring", "conversion to string"},
      {"slicerunetostring", "conversion to string"},
      {"intstring", "conversion to string"},
      {"stringtoslicebyte", "conversion to []byte"},
      {"stringtoslicerune", "conversion to []rune"},
      {"makemap", "make(map)"},
      {"mapassign", "map assignment"}};
  auto kind = kinds.find(name);
  wasm::FuncId f = prog_.runtimeFunc(name, at);
  allocSite(at, f, kind != kinds.end() ? kind->second : "runtime." + name);
  code_.call(f);
  if (const types::Func* f = prog_.runtimeFuncObject(name)) afterCall(f->sig());
}

void FuncLowerer::call(const Call* c) {
  const types::TypeAndValue* ftv = tv(c->fun);
  if (ftv && ftv->mode == types::Mode::TypeExpr) {
    expr(c->args[0]);
    conversion(typeOf(c->args[0]), ftv->type, c->pos);
    return;
  }
  Callee callee = resolveCallee(c);
  switch (callee.kind) {
    case Callee::Builtin:
      builtinCall(c, callee.builtin);
      return;
    case Callee::Method:
      if (callee.func->isInterfaceMethod)
        interfaceCall(c, callee.recv, callee.func, *callee.sel);
      else
        callFunc(callee.func, c, callee.recv, callee.sel);
      return;
    case Callee::Func:
      callFunc(callee.func, c, nullptr, nullptr);
      return;
    case Callee::Value:
      callValue(c);
      return;
  }
}

// What a call's function expression denotes: a builtin, a method of a receiver expression, a
// function (also a generic instance), or else a func value.
FuncLowerer::Callee FuncLowerer::resolveCallee(const Call* c) const {
  const Expr* fun = c->fun;
  while (auto* p = fun->as<Paren>()) fun = p->x;
  const types::Object* obj = nullptr;
  if (auto* n = fun->as<Name>()) obj = prog_.info().objectOf(n);
  if (auto* s = fun->as<Selector>()) {
    auto it = prog_.info().selections.find(s);
    if (it != prog_.info().selections.end()) {
      if (it->second.kind != types::Selection::MethodVal) return {};  // method expr, func field
      return {Callee::Method, {}, it->second.obj->as<types::Func>(), &it->second, s->x};
    }
    obj = prog_.info().objectOf(s->sel);  // pkg.F
  }
  if (auto* b = obj ? obj->as<types::Builtin>() : nullptr) return {Callee::Builtin, b->id};
  if (const types::Func* f = prog_.calleeFunc(fun)) return {Callee::Func, {}, f};
  return {};
}

// f(args) where f is a func value: the closure is the hidden first argument and holds the
// table slot of the code to call.
void FuncLowerer::callValue(const Call* c) {
  const types::Type* ft = typeOf(c->fun);
  auto* sig = types::under(ft)->as<types::Signature>();
  uint32_t closure = newLocal(ValType::I32);
  expr(c->fun);
  nilCheck();
  code_.localTee(closure);
  pushArgs(c, sig);
  code_.localGet(closure);
  code_.mem(Op::I32Load, 2, 0);
  code_.callIndirect(prog_.closureType(sig, c->pos));
  afterCall(sig);
}

void FuncLowerer::funcLit(const FuncLit* lit) {
  if (userCode_) prog_.markUserLit(lit);
  // Captures: variables used inside the literal but declared outside it (not package-level).
  std::vector<const types::Var*> declared, captures;
  syntax::walk(lit, [&](const Node* n) {
    if (auto* cc = n->as<CaseClause>()) {  // a type switch's per-clause binding
      if (auto it = prog_.info().implicits.find(cc); it != prog_.info().implicits.end())
        declared.push_back(it->second);
      return;
    }
    auto* name = n->as<Name>();
    if (!name) return;
    if (auto it = prog_.info().defs.find(name); it != prog_.info().defs.end() && it->second)
      if (auto* v = it->second->as<types::Var>()) declared.push_back(v);
  });
  syntax::walk(lit->body, [&](const Node* n) {
    auto* name = n->as<Name>();
    if (!name) return;
    auto it = prog_.info().uses.find(name);
    if (it == prog_.info().uses.end()) return;
    auto* v = it->second->as<types::Var>();
    if (!v || v->isGlobal || v->isField) return;
    if (std::find(declared.begin(), declared.end(), v) != declared.end()) return;
    if (std::find(captures.begin(), captures.end(), v) == captures.end()) captures.push_back(v);
  });
  wasm::FuncId id = prog_.funcLitFunction(lit, captures);
  uint32_t c = newLocal(ValType::I32);
  heapAlloc(static_cast<uint32_t>(4 + 4 * captures.size()), lit->pos, nullptr, "function literal");
  code_.localTee(c);
  code_.i32Const(static_cast<int32_t>(prog_.tableSlot(id)));
  code_.mem(Op::I32Store, 2, 0);
  for (size_t k = 0; k < captures.size(); ++k) {
    code_.localGet(c);
    varAddr(captures[k], lit->pos);  // the cell (captured variables live on the heap)
    code_.mem(Op::I32Store, 2, static_cast<uint32_t>(4 + 4 * k));
  }
  code_.localGet(c);
}

// x.M as a value: evaluate (and copy) the receiver now, bind it in a closure.
void FuncLowerer::methodValue(const Selector* s, const types::Selection& sel) {
  auto* m = sel.obj->as<types::Func>();
  if (m->isInterfaceMethod) {
    // i.M: a nil interface panics now (as in Go); the closure keeps (code, data) at 8 and 12.
    uint32_t c = newLocal(ValType::I32), data = newLocal(ValType::I32),
             code = newLocal(ValType::I32);
    pushReceiver(s->x, m, sel, s->pos);  // the interface, or the embedded one it is promoted from
    code_.localSet(data);
    code_.localTee(code);
    code_.op(Op::I32Eqz);
    code_.if_();
    callRuntime("panicNil", s->pos);
    code_.end();
    heapAlloc(16, s->pos, nullptr, "method value");
    code_.localTee(c);
    code_.i32Const(static_cast<int32_t>(prog_.tableSlot(prog_.boundInterfaceMethod(m))));
    code_.mem(Op::I32Store, 2, 0);
    code_.localGet(c);
    code_.localGet(code);
    code_.mem(Op::I32Store, 2, 8);
    code_.localGet(c);
    code_.localGet(data);
    code_.mem(Op::I32Store, 2, 12);
    code_.localGet(c);
    return;
  }
  const types::Type* recvType = m->sig()->recv->type;
  wasm::FuncId bound = prog_.boundMethodFunction(m);
  uint32_t c = newLocal(ValType::I32);
  heapAlloc(8 + static_cast<uint32_t>(types::sizeOf(recvType)), s->pos, nullptr, "method value");
  code_.localTee(c);
  code_.i32Const(static_cast<int32_t>(prog_.tableSlot(bound)));
  code_.mem(Op::I32Store, 2, 0);
  pushReceiver(s->x, m, sel, s->pos);
  storeAt(recvType, c, 8);
  code_.localGet(c);
}

void FuncLowerer::callFunc(const types::Func* f, const Call* c, const Expr* recv,
                           const types::Selection* sel) {
  if (f->pkg && f->pkg->isRuntime && f->decl && !f->decl->body && intrinsic(f, c)) return;
  const types::Signature* sig = f->sig();
  if (recv) pushReceiver(recv, f, *sel, c->pos);
  pushArgs(c, sig);
  wasm::FuncId id = prog_.funcId(f);
  if (f->pkg &&
      f->pkg != prog_.program().pkg)  // the user's own functions are checked where they allocate
    allocSite(c->pos, id, "call of " + f->pkg->name + "." + f->name);
  code_.call(id);
  afterCall(sig);
}

// The receiver for method f: walk embedded fields, then take the address or dereference as the
// method's receiver kind requires (Go's automatic &x and *p).
void FuncLowerer::pushReceiver(const Expr* recv, const types::Func* f, const types::Selection& sel,
                               Pos at) {
  const types::Type* t = typeOf(recv);
  auto* ptr = types::under(t)->as<types::Pointer>();
  if (sel.path.empty()) {
    if (f->pointerRecv) {
      if (ptr)
        expr(recv);
      else
        addr(recv);
    } else if (ptr) {
      expr(recv);
      nilCheck();
      load(ptr->elem);
    } else {
      expr(recv);
    }
    return;
  }
  // The address of the struct holding the embedded fields.
  if (ptr) {
    expr(recv);
    nilCheck();
  } else if (isAggregate(t)) {
    expr(recv);
  } else if (!inMemory(recv) && isFlatStruct(t)) {
    expr(recv);
    spill(t);
  } else {
    addr(recv);
  }
  embeddedReceiver(ptr ? ptr->elem : t, sel.path, f);
  (void)at;
}

void FuncLowerer::embeddedReceiver(const types::Type* base, const std::vector<int>& path,
                                   const types::Func* f) {
  const types::Type* cur = base;
  for (size_t i = 0; i < path.size(); ++i) {
    auto* st = types::under(cur)->as<types::Struct>();
    uint32_t off = static_cast<uint32_t>(types::fieldOffsets(st)[path[i]]);
    const types::Type* ft = st->fields[path[i]]->type;
    if (off) {
      code_.i32Const(static_cast<int32_t>(off));
      code_.op(Op::I32Add);
    }
    auto* fp = types::under(ft)->as<types::Pointer>();
    bool last = i + 1 == path.size();
    if (fp) {
      code_.mem(Op::I32Load, 2, 0);  // an embedded pointer: continue from its target
      if (last && f->pointerRecv) return;
      nilCheck();
      cur = fp->elem;
    } else {
      cur = ft;
      if (last && f->pointerRecv) return;
    }
  }
  if (types::isInterface(cur)) {
    load(cur);  // a method promoted from an embedded interface: the caller dispatches
    return;
  }
  load(cur);
}

// Arguments; extra variadic arguments are packed into a fresh slice.
// Whether e calls a function (not a conversion or a builtin): gc evaluates such arguments before
// the others, which Go's spec leaves unspecified but programs observe (println(x, f()) where f
// changes x).
bool FuncLowerer::hasCall(const Expr* e) const {
  bool found = false;
  syntax::walk(e, [&](const Node* n) {
    auto* c = n->as<Call>();
    if (found || !c) return;
    const types::TypeAndValue* ftv = tv(c->fun);
    if (ftv && (ftv->mode == types::Mode::TypeExpr || ftv->mode == types::Mode::Builtin)) return;
    found = true;
  });
  return found;
}

// Evaluates the expressions that contain calls into temporaries first (gc's order), returns a
// pusher that then pushes expression i converted to types[i].
std::function<void(size_t)> FuncLowerer::callsFirst(const std::vector<const Expr*>& es,
                                                    const std::vector<const types::Type*>& types) {
  std::vector<bool> early(es.size());
  size_t calls = 0;
  for (size_t i = 0; i < es.size(); ++i) calls += early[i] = hasCall(es[i]);
  auto direct = [this, es, types](size_t i) {
    expr(es[i]);
    conversion(typeOf(es[i]), types[i], es[i]->pos);
  };
  if (calls == 0 || calls == es.size()) return direct;
  std::vector<uint32_t> temps(es.size());
  for (size_t i = 0; i < es.size(); ++i) {
    if (!early[i]) continue;
    direct(i);
    temps[i] = newLocals(types[i]);
    popTo(types[i], temps[i]);
  }
  return [this, early, temps, types, direct](size_t i) {
    if (early[i])
      pushFrom(types[i], temps[i]);
    else
      direct(i);
  };
}

void FuncLowerer::pushArgs(const Call* c, const types::Signature* sig) {
  size_t nparams = sig->params.size();
  size_t fixed = sig->variadic && !c->hasDots ? nparams - 1 : nparams;
  const types::Tuple* multi =
      c->args.size() == 1 ? typeOf(c->args[0])->as<types::Tuple>() : nullptr;
  if (multi) {
    // f(g()) with g's results as the arguments: each converted to its parameter's type, the
    // tail packed into the variadic slice.
    expr(c->args[0]);
    std::vector<uint32_t> temps = popValues(multi->types);
    for (size_t i = 0; i < fixed && i < temps.size(); ++i) {
      pushFrom(multi->types[i], temps[i]);
      conversion(multi->types[i], sig->params[i]->type, c->pos);
    }
    if (sig->variadic && !c->hasDots) {
      const types::Type* elem = sig->params.back()->type->as<types::Slice>()->elem;
      auto n = static_cast<uint32_t>(temps.size() > fixed ? temps.size() - fixed : 0);
      auto size = static_cast<uint32_t>(types::sizeOf(elem));
      uint32_t base = newLocal(ValType::I32);
      if (n == 0) {
        code_.i32Const(0);
        code_.localSet(base);
      } else {
        heapAlloc(n * size, c->pos, elem, "variadic call");
        code_.localSet(base);
      }
      for (uint32_t i = 0; i < n; ++i) {
        pushFrom(multi->types[fixed + i], temps[fixed + i]);
        conversion(multi->types[fixed + i], elem, c->pos);
        storeAt(elem, base, i * size);
      }
      code_.localGet(base);
      code_.i32Const(static_cast<int32_t>(n));
      code_.i32Const(static_cast<int32_t>(n));
    }
  } else {
    std::vector<const Expr*> es;
    std::vector<const types::Type*> ts;
    for (size_t i = 0; i < fixed && i < c->args.size(); ++i) {
      es.push_back(c->args[i]);
      ts.push_back(sig->params[i]->type);
    }
    auto push = callsFirst(es, ts);
    for (size_t i = 0; i < es.size(); ++i) push(i);
    if (sig->variadic && !c->hasDots) {
      const types::Type* elem = sig->params.back()->type->as<types::Slice>()->elem;
      size_t n = c->args.size() > fixed ? c->args.size() - fixed : 0;
      if (n == 0) {
        code_.i32Const(0);
        code_.i32Const(0);
        code_.i32Const(0);
      } else {
        auto size = static_cast<uint32_t>(types::sizeOf(elem));
        uint32_t base = newLocal(ValType::I32);
        heapAlloc(static_cast<uint32_t>(n) * size, c->pos, elem, "variadic call");
        code_.localSet(base);
        for (size_t i = 0; i < n; ++i) {
          expr(c->args[fixed + i]);
          conversion(typeOf(c->args[fixed + i]), elem, c->pos);
          storeAt(elem, base, static_cast<uint32_t>(i) * size);
        }
        code_.localGet(base);
        code_.i32Const(static_cast<int32_t>(n));
        code_.i32Const(static_cast<int32_t>(n));
      }
    }
  }
}

// Aggregate results come back as addresses in the callee's (popped) frame: copy them into this
// frame before anything else can reuse that memory.
void FuncLowerer::afterCall(const types::Signature* sig) {
  bool any = false;
  for (auto* r : sig->results) any |= isAggregate(r->type);
  if (!any) return;
  std::vector<const types::Type*> types;
  for (auto* r : sig->results) types.push_back(r->type);
  std::vector<uint32_t> firsts = popValues(types);
  for (size_t i = 0; i < sig->results.size(); ++i) {
    pushFrom(sig->results[i]->type, firsts[i]);
    if (isAggregate(sig->results[i]->type)) copyToTemp(sig->results[i]->type);
  }
}

void FuncLowerer::lowerDerefWrapper(const types::Func* m, wasm::FuncId target, uint32_t ptrParam) {
  auto& ft = prog_.module().types()[out_.type];
  nparams_ = static_cast<uint32_t>(ft.params.size());
  code_.localGet(ptrParam);
  if (!m->pointerRecv) {  // a value method gets (a copy of) *p
    nilCheckValueMethod(m);
    load(m->sig()->recv->type);
  }
  for (uint32_t i = ptrParam + 1; i < nparams_; ++i) code_.localGet(i);
  code_.call(target);
  epilogue();
  finishFrame();
}

uint32_t ProgramLowerer::methodExprClosure(const types::Selection& sel, Pos at) {
  auto key = std::make_pair(sel.recv, static_cast<const types::Object*>(sel.obj));
  if (auto it = methodExprs_.find(key); it != methodExprs_.end()) return it->second;
  auto* m = sel.obj->as<types::Func>();
  bool ok = true;
  wasm::FuncType inner = signatureType(m->sig(), at, &ok);
  if (m->sig()->recv) {  // drop the method's own receiver values: the expression's receiver
                         // replaces them
    size_t n = wasmTypes(m->sig()->recv->type).size();
    inner.params.erase(inner.params.begin(), inner.params.begin() + static_cast<long>(n));
  }
  wasm::FuncType ft;
  ft.params.push_back(ValType::I32);  // the closure
  auto recv = wasmTypes(sel.recv);
  ft.params.insert(ft.params.end(), recv.begin(), recv.end());
  ft.params.insert(ft.params.end(), inner.params.begin(), inner.params.end());
  ft.results = inner.results;
  wasm::FuncId id =
      mod_.declareFunction(types::typeString(sel.recv, prog_.pkg) + "." + m->name + "$expr", ft);
  uint32_t addr = closureOf(id);
  methodExprs_[key] = addr;
  FuncLowerer(*this, mod_.function(id)).lowerMethodExpr(sel);
  return addr;
}

// (ctx, recv, params…) → recv.M(params…): through the embedded fields of sel.path to the method,
// dispatching when it is an interface's.
void FuncLowerer::lowerMethodExpr(const types::Selection& sel) {
  auto& ft = prog_.module().types()[out_.type];
  nparams_ = static_cast<uint32_t>(ft.params.size());
  auto* m = sel.obj->as<types::Func>();
  const types::Type* recvType = sel.recv;
  uint32_t nrecv = static_cast<uint32_t>(wasmTypes(recvType).size());
  auto* ptr = types::under(recvType)->as<types::Pointer>();
  if (sel.path.empty()) {
    pushFrom(recvType, 1);  // an interface value
  } else {
    // The address of the struct holding the embedded fields.
    if (ptr) {
      code_.localGet(1);
      nilCheck();
    } else if (isAggregate(recvType)) {
      code_.localGet(1);
    } else {
      pushFrom(recvType, 1);
      spill(recvType);
    }
    embeddedReceiver(ptr ? ptr->elem : recvType, sel.path, m);
  }
  if (m->isInterfaceMethod) {
    nilInterfaceCheck({});
    for (uint32_t i = 1 + nrecv; i < nparams_; ++i) code_.localGet(i);
    code_.call(prog_.methodDispatch(m));
  } else {
    for (uint32_t i = 1 + nrecv; i < nparams_; ++i) code_.localGet(i);
    code_.call(prog_.funcId(m));
  }
  epilogue();
  finishFrame();
}

// A value method called through a nil *T: Go's runtime.panicwrap message.
void FuncLowerer::nilCheckValueMethod(const types::Func* m) {
  std::string type = m->recvBase ? m->recvBase->obj->name : "?";
  std::string pkg = m->pkg ? m->pkg->name : "main";
  std::string msg = "value method " + pkg + "." + type + "." + m->name + " called using nil *" +
                    type + " pointer";
  uint32_t p = newLocal(ValType::I32);
  code_.localTee(p);
  code_.op(Op::I32Eqz);
  code_.if_();
  code_.i32Const(static_cast<int32_t>(prog_.stringData(msg)));
  code_.i32Const(static_cast<int32_t>(msg.size()));
  callRuntime("gopanic", {});
  code_.end();
  code_.localGet(p);
}

namespace {
std::optional<Op> mathInstruction(const std::string& name) {
  static const std::unordered_map<std::string, Op> ops = {
      {"Sqrt", Op::F64Sqrt},
      {"Abs", Op::F64Abs},
      {"Floor", Op::F64Floor},
      {"Ceil", Op::F64Ceil},
      {"Trunc", Op::F64Trunc},
      {"Copysign", Op::F64Copysign},
      {"fmin", Op::F64Min},
      {"fmax", Op::F64Max},
      {"Float64bits", Op::I64ReinterpretF64},
      {"Float64frombits", Op::F64ReinterpretI64},
      {"Float32bits", Op::I32ReinterpretF32},
      {"Float32frombits", Op::F32ReinterpretI32},
  };
  auto it = ops.find(name);
  return it == ops.end() ? std::nullopt : std::optional<Op>(it->second);
}
}  // namespace

// Runtime functions declared without a body are instructions, not calls.
bool FuncLowerer::intrinsic(const types::Func* f, const Call* c) {
  if (syntax::importDirective(f->decl)) return false;  // //go:wasmimport: a call of the import
  const std::string& n = f->name;
  auto args = [&]() {
    for (const Expr* a : c->args) expr(a);
  };
  prog_.useMemory();
  if (n == "memoryGrow") {
    args();
    code_.op(Op::MemoryGrow);
  } else if (n == "memorySize") {
    code_.op(Op::MemorySize);
  } else if (n == "memmove") {
    args();
    code_.op(Op::MemoryCopy);
  } else if (n == "memclr") {
    args();
    uint32_t len = newLocal(ValType::I32);
    code_.localSet(len);
    code_.i32Const(0);
    code_.localGet(len);
    code_.op(Op::MemoryFill);
  } else if (n == "heapBase") {
    code_.globalGet(prog_.heapBaseGlobal());
  } else if (n == "abort") {
    code_.op(Op::Unreachable);
  } else if (n == "throwPanic") {
    code_.call(prog_.throwPanicFunc());
  } else if (n == "abortedPanicHook") {
    code_.call(prog_.abortedPanicHookFunc());
  } else if (auto op = mathInstruction(n)) {  // package math: one instruction each
    args();
    code_.op(*op);
  } else if (n == "comparableType") {
    args();
    code_.op(Op::Drop);  // the data word
    code_.call(prog_.comparableDispatch());
  } else if (n == "asTarget") {
    args();
    code_.call(prog_.asTargetDispatch());
  } else if (n == "ctz32") {
    args();
    code_.op(Op::I32Ctz);
  } else if (n == "popcnt32") {
    args();
    code_.op(Op::I32Popcnt);
  } else if (n == "stackPointer") {
    code_.globalGet(prog_.stackPointer());
  } else if (n == "stackTop") {
    code_.i32Const(static_cast<int32_t>(kStackTop));
  } else if (n == "globalRoots") {
    code_.globalGet(prog_.globalRootsGlobal());
  } else if (n.starts_with("host") && n.size() > 4 && f->pkg == prog_.program().runtime) {
    hostService(f, c);
  } else if (n == "byCode" && f->pkg->path == "internal/rtype") {
    args();
    code_.call(prog_.typeDescriptorFunc());
  } else if (const types::Func* r = prog_.runtimeFuncObject(n);
             r && r != f && f->pkg != prog_.program().runtime) {
    // A library package's bodiless declaration of a runtime function: the runtime's (an
    // intrinsic, or a call).
    if (!r->decl || !r->decl->body) return intrinsic(r, c);
    pushArgs(c, r->sig());
    code_.call(prog_.funcId(r));
    afterCall(r->sig());
  } else {
    return false;
  }
  return true;
}

// A host service of the runtime (hostWrite, hostNow, hostArgs, …) as the target provides it:
// the runtime's function named for the target (jsWrite, wasiWrite, directNow), else the
// runtime's default (defaultArgs). See runtime/host.go.
void FuncLowerer::hostService(const types::Func* f, const Call* c) {
  static const char* const kPrefix[] = {"direct", "js", "wasi"};
  const std::string service = f->name.substr(4);
  const types::Func* impl =
      prog_.runtimeFuncObject(kPrefix[static_cast<int>(prog_.program().target)] + service);
  if (!impl) impl = prog_.runtimeFuncObject("default" + service);
  if (!impl) {
    prog_.diags().error(c->pos, "internal compiler error: no runtime function provides " + f->name);
    return;
  }
  pushArgs(c, impl->sig());
  code_.call(prog_.funcId(impl));
  afterCall(impl->sig());
}

// Prints the value of type t on the stack with the print builtin's formatting.
void FuncLowerer::printValue(const types::Type* t, Pos at) {
  const types::Type* u = types::under(t);
  if (types::isString(u)) {
    callRuntime("printstring", at);
  } else if (types::isBoolean(u)) {
    callRuntime("printbool", at);
  } else if (types::isFloat(u)) {
    if (valType(u) == ValType::F32) code_.op(Op::F64PromoteF32);
    callRuntime("printfloat", at);
  } else if (types::isInteger(u)) {
    widenToI64(u);
    callRuntime(types::isUnsigned(u) ? "printuint" : "printint", at);
  } else if (u->as<types::Pointer>() || u->as<types::Map>() || u->as<types::Signature>() ||
             (types::asBasic(u) && types::asBasic(u)->basic == BasicKind::UnsafePointer)) {
    callRuntime("printpointer", at);
  } else if (u->as<types::Slice>()) {
    // printslice(p unsafe.Pointer, len, cap int)
    uint32_t cap = newLocal(ValType::I32), len = newLocal(ValType::I32);
    code_.localSet(cap);
    code_.localSet(len);
    code_.localGet(len);
    code_.op(Op::I64ExtendI32U);
    code_.localGet(cap);
    code_.op(Op::I64ExtendI32U);
    callRuntime("printslice", at);
  } else if (u->as<types::Interface>()) {
    // Go prints (type word, data word) in hex.
    uint32_t data = newLocal(ValType::I32), code = newLocal(ValType::I32);
    code_.localSet(data);
    code_.localSet(code);
    auto text = [&](const char* s) {
      code_.i32Const(static_cast<int32_t>(prog_.stringData(s)));
      code_.i32Const(1);
      callRuntime("printstring", at);
    };
    text("(");
    code_.localGet(code);
    callRuntime("printpointer", at);
    text(",");
    code_.localGet(data);
    callRuntime("printpointer", at);
    text(")");
  } else {
    dropValues(t);
    unsupported(at, "printing values of type " + types::typeString(t));
  }
}

void FuncLowerer::printArgs(const Call* c, bool newline) {
  // The printed values: the arguments, or the results of println(f()).
  std::vector<const types::Type*> values;
  for (const Expr* a : c->args) {
    const types::Type* t = typeOf(a);
    if (auto* tu = t->as<types::Tuple>())
      values.insert(values.end(), tu->types.begin(), tu->types.end());
    else
      values.push_back(t);
  }
  std::vector<uint32_t> firsts;
  if (values.size() != c->args.size()) {  // a multi-value call: evaluate, then print each
    expr(c->args[0]);
    firsts = popValues(values);
  }
  std::function<void(size_t)> push;
  if (firsts.empty()) {
    std::vector<const Expr*> es(c->args.begin(), c->args.end());
    push = callsFirst(es, values);
  } else {
    push = [&](size_t i) { pushFrom(values[i], firsts[i]); };
  }
  for (size_t i = 0; i < values.size(); ++i) {
    if (newline && i > 0) callRuntime("printsp", c->pos);
    push(i);
    printValue(values[i], c->pos);
  }
  if (newline) callRuntime("printnl", c->pos);
  // One host write per print statement, so nothing is left buffered when a panic traps.
  callRuntime("printflush", c->pos);
}

// append(s, x...) / append(s, t...): grow through the runtime when the capacity is exceeded.
void FuncLowerer::appendCall(const Call* c) {
  const types::Type* st = typeOf(c);
  const types::Type* elem = types::under(st)->as<types::Slice>()->elem;
  auto size = static_cast<uint32_t>(types::sizeOf(elem));
  uint32_t p = newLocal(ValType::I32), len = newLocal(ValType::I32), cap = newLocal(ValType::I32);
  uint32_t n = newLocal(ValType::I32), newLen = newLocal(ValType::I32);
  expr(c->args[0]);
  code_.localSet(cap);
  code_.localSet(len);
  code_.localSet(p);
  uint32_t srcP = 0;
  if (c->hasDots) {
    srcP = newLocal(ValType::I32);
    const types::Type* tt = typeOf(c->args[1]);
    expr(c->args[1]);
    if (!types::isString(tt)) code_.op(Op::Drop);  // cap
    code_.localSet(n);
    code_.localSet(srcP);
  } else {
    code_.i32Const(static_cast<int32_t>(c->args.size() - 1));
    code_.localSet(n);
  }
  // The appended values are evaluated before anything is stored: one of them may read the slot
  // another is about to overwrite (append(s[:len(s)-1], x, s[len(s)-1])).
  std::vector<uint32_t> values;
  for (size_t i = 1; !c->hasDots && i < c->args.size(); ++i) {
    expr(c->args[i]);
    conversion(typeOf(c->args[i]), elem, c->args[i]->pos);
    if (isAggregate(elem)) copyToTemp(elem);
    values.push_back(newLocals(elem));
    popTo(elem, values.back());
  }
  code_.localGet(len);
  code_.localGet(n);
  code_.op(Op::I32Add);
  code_.localTee(newLen);
  code_.localGet(cap);
  code_.op(Op::I32GtU);
  code_.if_();
  // growslice(old unsafe.Pointer, oldLen, oldCap, newLen int, elemSize, goSize uintptr,
  //           noscan bool) (p, newCap)
  code_.localGet(p);
  code_.localGet(len);
  code_.op(Op::I64ExtendI32U);
  code_.localGet(cap);
  code_.op(Op::I64ExtendI32U);
  code_.localGet(newLen);
  code_.op(Op::I64ExtendI32U);
  code_.i32Const(static_cast<int32_t>(size));
  code_.i32Const(static_cast<int32_t>(types::goSizeOf(elem)));
  code_.i32Const(hasPointers(elem) ? 0 : 1);
  callAllocating("growslice", c->pos, "append");
  code_.op(Op::I32WrapI64);
  code_.localSet(cap);
  code_.localSet(p);
  code_.end();
  if (c->hasDots) {
    code_.localGet(p);
    code_.localGet(len);
    code_.i32Const(static_cast<int32_t>(size));
    code_.op(Op::I32Mul);
    code_.op(Op::I32Add);
    code_.localGet(srcP);
    code_.localGet(n);
    code_.i32Const(static_cast<int32_t>(size));
    code_.op(Op::I32Mul);
    code_.op(Op::MemoryCopy);
  } else {
    uint32_t slot = newLocal(ValType::I32);
    for (size_t i = 1; i < c->args.size(); ++i) {
      code_.localGet(p);
      code_.localGet(len);
      code_.i32Const(static_cast<int32_t>(i - 1));
      code_.op(Op::I32Add);
      code_.i32Const(static_cast<int32_t>(size));
      code_.op(Op::I32Mul);
      code_.op(Op::I32Add);
      code_.localSet(slot);
      pushFrom(elem, values[i - 1]);
      storeAt(elem, slot);
    }
  }
  code_.localGet(p);
  code_.localGet(newLen);
  code_.localGet(cap);
}

// copy(dst, src) with both values on the stack: moves min(len) elements, pushes that count.
void FuncLowerer::copyValues(const types::Type* dstType, const types::Type* srcType) {
  auto size = static_cast<uint32_t>(types::sizeOf(types::under(dstType)->as<types::Slice>()->elem));
  uint32_t dp = newLocal(ValType::I32), dl = newLocal(ValType::I32);
  uint32_t sp = newLocal(ValType::I32), sl = newLocal(ValType::I32), n = newLocal(ValType::I32);
  if (!types::isString(srcType)) code_.op(Op::Drop);
  code_.localSet(sl);
  code_.localSet(sp);
  code_.op(Op::Drop);
  code_.localSet(dl);
  code_.localSet(dp);
  code_.localGet(dl);
  code_.localGet(sl);
  code_.localGet(dl);
  code_.localGet(sl);
  code_.op(Op::I32LtU);
  code_.op(Op::Select);
  code_.localSet(n);
  code_.localGet(dp);
  code_.localGet(sp);
  code_.localGet(n);
  if (size != 1) {
    code_.i32Const(static_cast<int32_t>(size));
    code_.op(Op::I32Mul);
  }
  code_.op(Op::MemoryCopy);
  code_.localGet(n);
  code_.op(Op::I64ExtendI32U);
}

void FuncLowerer::builtinCall(const Call* c, types::BuiltinId id) {
  using types::BuiltinId;
  prog_.useMemory();
  const types::Type* t0 = c->args.empty() ? nullptr : typeOf(c->args[0]);
  switch (id) {
    case BuiltinId::Len:
    case BuiltinId::Cap: {
      const types::Type* u = types::under(t0);
      if (u->as<types::Map>()) {
        expr(c->args[0]);
        callRuntime("maplen", c->pos);
        return;
      }
      // len(a) of an array with a call in it, len(p) for *[N]T: N, the operand evaluated
      const types::Type* arr =
          u->as<types::Pointer>() ? types::under(u->as<types::Pointer>()->elem) : u;
      if (auto* a = arr->as<types::Array>()) {
        expr(c->args[0]);
        code_.op(Op::Drop);
        code_.i64Const(a->len);
        return;
      }
      expr(c->args[0]);
      uint32_t keep = newLocal(ValType::I32);
      if (types::isString(u)) {
        code_.localSet(keep);
        code_.op(Op::Drop);
      } else {  // slice: (p, len, cap)
        if (id == BuiltinId::Cap) {
          code_.localSet(keep);
          code_.op(Op::Drop);
        } else {
          code_.op(Op::Drop);
          code_.localSet(keep);
        }
        code_.op(Op::Drop);
      }
      code_.localGet(keep);
      code_.op(Op::I64ExtendI32U);
      return;
    }
    case BuiltinId::Append:
      appendCall(c);
      return;
    case BuiltinId::Add:  // unsafe.Add(p, n): p + n
      expr(c->args[0]);
      conversion(typeOf(c->args[0]), tv(c)->type, c->pos);
      exprInt64(c->args[1]);
      code_.op(Op::I32WrapI64);
      code_.op(Op::I32Add);
      return;
    case BuiltinId::Slice: {  // unsafe.Slice(p, n): (p, n, n)
      uint32_t n = newLocal(ValType::I32);
      expr(c->args[0]);
      exprInt64(c->args[1]);
      code_.op(Op::I32WrapI64);
      code_.localTee(n);
      code_.localGet(n);
      return;
    }
    case BuiltinId::Copy:
      expr(c->args[0]);
      expr(c->args[1]);
      copyValues(t0, typeOf(c->args[1]));
      return;
    case BuiltinId::Make: {
      const types::Type* mt = tv(c->args[0])->type;
      auto* sl = types::under(mt)->as<types::Slice>();
      if (types::under(mt)->as<types::Map>()) {
        makeMap(mt, c->args.size() > 1 ? c->args[1] : nullptr, c->pos);
        return;
      }
      if (!sl) {
        unsupported(c->pos, "make of channels");
        return;
      }
      // makeslice(elemSize uintptr, len, cap int, noscan bool) unsafe.Pointer
      uint32_t len = newLocal(ValType::I64), cap = newLocal(ValType::I64);
      exprInt64(c->args[1]);
      code_.localSet(len);
      if (c->args.size() > 2)
        exprInt64(c->args[2]);
      else
        code_.localGet(len);
      code_.localSet(cap);
      code_.i32Const(static_cast<int32_t>(types::sizeOf(sl->elem)));
      code_.localGet(len);
      code_.localGet(cap);
      code_.i32Const(hasPointers(sl->elem) ? 0 : 1);
      callAllocating("makeslice", c->pos, "make");
      code_.localGet(len);
      code_.op(Op::I32WrapI64);
      code_.localGet(cap);
      code_.op(Op::I32WrapI64);
      return;
    }
    case BuiltinId::New:
      heapAlloc(static_cast<uint32_t>(types::sizeOf(tv(c->args[0])->type)), c->pos,
                tv(c->args[0])->type, "new");
      return;
    case BuiltinId::Panic:
      panicCall(c);
      return;
    case BuiltinId::Recover:
      recoverCall(c);
      return;
    case BuiltinId::Print:
      printArgs(c, false);
      return;
    case BuiltinId::Println:
      printArgs(c, true);
      return;
    case BuiltinId::Min:
    case BuiltinId::Max: {
      const types::Type* t = typeOf(c);
      bool isMin = id == BuiltinId::Min;
      ValType vt = valType(t);
      if (types::isString(t)) {
        // Keep the smaller (larger) string: compare with cmpstring, select both words.
        uint32_t acc = newLocals(t), x = newLocals(t);
        expr(c->args[0]);
        popTo(t, acc);
        for (size_t i = 1; i < c->args.size(); ++i) {
          expr(c->args[i]);
          popTo(t, x);
          pushFrom(t, x);
          pushFrom(t, acc);
          compare(isMin ? syntax::Op::Lss : syntax::Op::Gtr, t, c->pos);
          uint32_t take = newLocal(ValType::I32);
          code_.localSet(take);
          for (uint32_t k = 0; k < 2; ++k) {
            code_.localGet(x + k);
            code_.localGet(acc + k);
            code_.localGet(take);
            code_.op(Op::Select);
            code_.localSet(acc + k);
          }
        }
        pushFrom(t, acc);
        return;
      }
      expr(c->args[0]);
      uint32_t acc = newLocal(vt), x = newLocal(vt);
      code_.localSet(acc);
      for (size_t i = 1; i < c->args.size(); ++i) {
        expr(c->args[i]);
        code_.localSet(x);
        if (vt == ValType::F32 || vt == ValType::F64) {
          code_.localGet(acc);
          code_.localGet(x);
          bool f32 = vt == ValType::F32;
          code_.op(isMin ? (f32 ? Op::F32Min : Op::F64Min) : (f32 ? Op::F32Max : Op::F64Max));
        } else {
          code_.localGet(x);
          code_.localGet(acc);
          code_.localGet(x);
          code_.localGet(acc);
          compare(isMin ? syntax::Op::Lss : syntax::Op::Gtr, t, c->pos);
          code_.op(Op::Select);
        }
        code_.localSet(acc);
      }
      code_.localGet(acc);
      return;
    }
    case BuiltinId::Clear: {
      auto* sl = types::under(t0)->as<types::Slice>();
      if (!sl) {  // a map
        expr(c->args[0]);
        callRuntime("mapclear", c->pos);
        return;
      }
      expr(c->args[0]);
      code_.op(Op::Drop);
      uint32_t len = newLocal(ValType::I32);
      code_.localSet(len);
      code_.i32Const(0);
      code_.localGet(len);
      code_.i32Const(static_cast<int32_t>(types::sizeOf(sl->elem)));
      code_.op(Op::I32Mul);
      code_.op(Op::MemoryFill);
      return;
    }
    case BuiltinId::Delete: {
      auto* mt = types::under(t0)->as<types::Map>();
      expr(c->args[0]);
      mapKey(c->args[1], mt->key);
      mapLookupCall("mapdelete", mt->key, c->pos);
      return;
    }
    default:
      unsupported(c->pos, "this built-in function");
      return;
  }
}

}  // namespace gm::lower
