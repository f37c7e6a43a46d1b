// defer, panic and recover. A function with defer keeps a list of pending calls (records
// {thunk slot, next, evaluated values…} on the heap, run last-in first-out) and wraps its body in
// try/catch_all: a Go panic inside throws (tag 0), the handler runs the deferred calls and
// rethrows unless one of them recovered. Functions without defer pay nothing; a panic with no
// function with defer active traps instead of throwing.
#include "lower/lower_impl.h"
#include "syntax/walk.h"

namespace gm::lower {

using namespace syntax;
using wasm::Op;
using wasm::ValType;

struct FuncLowerer::DeferredCall {
  enum Kind {
    Direct,
    Method,
    Closure,
    Interface,
    Print,
    Panic,
    Delete,
    Copy,
    Recover,  // defer recover(): runs, but recovers nothing (it is not called by a deferred call)
    Unsupported
  } kind = Unsupported;
  bool newline = false;  // Print: println
  const types::Func* func = nullptr;
  const types::Selection* sel = nullptr;
  const Expr* target = nullptr;  // receiver, closure or interface expression
  const types::Signature* sig = nullptr;
  std::vector<const types::Type*> values;  // stored after the 8-byte header
  std::vector<uint32_t> offsets;
  uint32_t size = 8;
};

uint32_t ProgramLowerer::panicTag() {
  if (!panicTag_) panicTag_ = mod_.addTag(mod_.internType({}));
  return *panicTag_;
}

// Functions and literals a defer statement calls directly get a frame (see deferCallBegin in the
// runtime): recover() inside them must see a stack pointer distinct from their callees'.
void ProgramLowerer::collectDeferTargets() {
  for (const types::Func* f : prog_.info->funcs) {
    if (!f->decl || !f->decl->body) continue;
    syntax::walk(f->decl->body, [&](const Node* n) {
      auto* d = n->as<Defer>();
      if (!d) return;
      const Expr* fun = d->call->fun;
      while (auto* p = fun->as<Paren>()) fun = p->x;
      if (auto* lit = fun->as<FuncLit>()) deferTargets_.insert(lit);
      if (const types::Func* target = calleeFunc(fun)) deferTargets_.insert(target->decl);
    });
  }
}

wasm::FuncId ProgramLowerer::abortedPanicHookFunc() {
  if (!abortedPanicHook_) abortedPanicHook_ = mod_.declareFunction("runtime.abortedPanicHook", {});
  return *abortedPanicHook_;
}

wasm::FuncId ProgramLowerer::throwPanicFunc() {
  if (!throwPanic_) throwPanic_ = mod_.declareFunction("runtime.throwPanic", {});
  return *throwPanic_;
}

wasm::FuncId ProgramLowerer::deferThunk(const Defer* d) {
  if (auto it = deferThunks_.find(d); it != deferThunks_.end()) return it->second;
  wasm::FuncId id =
      mod_.declareFunction("defer" + std::to_string(d->pos.line) + "." + std::to_string(d->pos.col),
                           {{ValType::I32}, {}});
  deferThunks_[d] = id;
  FuncLowerer(*this, mod_.function(id)).lowerDeferThunk(d);
  return id;
}

FuncLowerer::DeferredCall FuncLowerer::describeDefer(const Defer* d) {
  DeferredCall dc;
  const Call* c = d->call;
  Callee callee = resolveCallee(c);
  switch (callee.kind) {
    case Callee::Method: {
      const types::Func* m = callee.func;
      dc.func = m;
      dc.sel = callee.sel;
      dc.target = callee.recv;
      dc.sig = m->sig();
      if (m->isInterfaceMethod) {
        dc.kind = DeferredCall::Interface;
        // The receiver is stored as an interface value (code, data), whichever interface it is.
        dc.values.push_back(callee.sel->path.empty() ? typeOf(callee.recv)
                                                     : prog_.program().anyType);
      } else {
        dc.kind = DeferredCall::Method;
        dc.values.push_back(m->sig()->recv->type);
      }
      break;
    }
    case Callee::Builtin:
      switch (callee.builtin) {
        case types::BuiltinId::Print:
        case types::BuiltinId::Println:
          dc.kind = DeferredCall::Print;
          dc.newline = callee.builtin == types::BuiltinId::Println;
          for (const Expr* a : c->args) {
            const types::Type* t = typeOf(a);
            if (auto* tu = t->as<types::Tuple>())
              dc.values.insert(dc.values.end(), tu->types.begin(), tu->types.end());
            else
              dc.values.push_back(t);
          }
          break;
        case types::BuiltinId::Panic:
          dc.kind = DeferredCall::Panic;
          dc.values.push_back(typeOf(c->args[0]));
          break;
        case types::BuiltinId::Delete:
          dc.kind = DeferredCall::Delete;
          dc.values.push_back(typeOf(c->args[0]));
          dc.values.push_back(types::under(typeOf(c->args[0]))->as<types::Map>()->key);
          break;
        case types::BuiltinId::Copy:
        case types::BuiltinId::Recover:
          dc.kind =
              callee.builtin == types::BuiltinId::Copy ? DeferredCall::Copy : DeferredCall::Recover;
          for (const Expr* a : c->args) dc.values.push_back(typeOf(a));
          break;
        default:
          break;  // Unsupported
      }
      break;
    case Callee::Func:
      dc.kind = DeferredCall::Direct;
      dc.func = callee.func;
      dc.sig = callee.func->sig();
      break;
    case Callee::Value:
      dc.kind = DeferredCall::Closure;
      dc.target = c->fun;
      dc.sig = types::under(typeOf(c->fun))->as<types::Signature>();
      dc.values.push_back(typeOf(c->fun));
      break;
  }
  if (dc.kind == DeferredCall::Unsupported) return dc;
  if (dc.sig)
    for (const types::Var* p : dc.sig->params) dc.values.push_back(p->type);
  for (const types::Type* t : dc.values) {
    auto align = static_cast<uint32_t>(types::alignOf(t));
    dc.size = (dc.size + align - 1) / align * align;
    dc.offsets.push_back(dc.size);
    dc.size += static_cast<uint32_t>(types::sizeOf(t));
  }
  return dc;
}

void FuncLowerer::deferStmt(const Defer* d) {
  DeferredCall dc = describeDefer(d);
  if (dc.kind == DeferredCall::Unsupported) {
    unsupported(d->pos, "deferring a built-in function");
    return;
  }
  uint32_t rec = newLocal(ValType::I32);
  heapAlloc(dc.size, d->pos, nullptr, "defer");
  code_.localTee(rec);
  code_.i32Const(static_cast<int32_t>(prog_.tableSlot(prog_.deferThunk(d))));
  code_.mem(Op::I32Store, 2, 0);
  code_.localGet(rec);
  code_.localGet(deferHead_);
  code_.mem(Op::I32Store, 2, 4);
  // The function value, receiver and arguments are evaluated now, as Go requires.
  switch (dc.kind) {
    case DeferredCall::Method:
      pushReceiver(dc.target, dc.func, *dc.sel, d->pos);
      break;
    case DeferredCall::Interface: {
      pushReceiver(dc.target, dc.func, *dc.sel, d->pos);
      // The method value i.M is evaluated now: a nil interface panics at the defer statement.
      nilInterfaceCheck(d->pos);
      break;
    }
    case DeferredCall::Closure:
      expr(dc.target);
      break;
    case DeferredCall::Print:
    case DeferredCall::Panic:
    case DeferredCall::Copy:
      for (const Expr* a : d->call->args) expr(a);
      break;
    case DeferredCall::Delete:
      expr(d->call->args[0]);
      expr(d->call->args[1]);
      conversion(typeOf(d->call->args[1]), dc.values[1], d->pos);
      break;
    default:
      break;
  }
  if (dc.sig) pushArgs(d->call, dc.sig);
  for (size_t i = dc.values.size(); i-- > 0;) storeAt(dc.values[i], rec, dc.offsets[i]);
  code_.localGet(rec);
  code_.localSet(deferHead_);
}

void FuncLowerer::lowerDeferThunk(const Defer* d) {
  nparams_ = 1;
  DeferredCall dc = describeDefer(d);
  // The deferred function is called with the current stack pointer: recover() compares it with
  // its own entry stack pointer (a recover in a helper it calls does not match).
  uint32_t oldSp = newLocal(ValType::I32);
  auto begin = [&]() {
    code_.globalGet(prog_.stackPointer());
    callRuntime("deferCallBegin", d->pos);
    code_.localSet(oldSp);
  };
  auto endCall = [&]() {
    code_.localGet(oldSp);
    callRuntime("deferCallEnd", d->pos);
  };
  auto value = [&](size_t i) {
    code_.localGet(0);
    load(dc.values[i], dc.offsets[i]);
  };
  switch (dc.kind) {
    case DeferredCall::Direct:
    case DeferredCall::Method:
      for (size_t i = 0; i < dc.values.size(); ++i) value(i);
      begin();
      code_.call(prog_.funcId(dc.func));
      endCall();
      break;
    case DeferredCall::Interface: {
      value(0);
      nilInterfaceCheck(d->pos);
      for (size_t i = 1; i < dc.values.size(); ++i) value(i);
      begin();
      code_.call(prog_.methodDispatch(dc.func));
      endCall();
      break;
    }
    case DeferredCall::Closure: {
      uint32_t closure = newLocal(ValType::I32);
      value(0);
      nilCheck();
      code_.localTee(closure);
      for (size_t i = 1; i < dc.values.size(); ++i) value(i);
      code_.localGet(closure);
      code_.mem(Op::I32Load, 2, 0);
      begin();
      code_.callIndirect(prog_.closureType(dc.sig, d->pos));
      endCall();
      break;
    }
    case DeferredCall::Print:
      for (size_t i = 0; i < dc.values.size(); ++i) {
        if (dc.newline && i > 0) callRuntime("printsp", d->pos);
        value(i);
        printValue(dc.values[i], d->pos);
      }
      if (dc.newline) callRuntime("printnl", d->pos);
      callRuntime("printflush", d->pos);
      break;
    case DeferredCall::Panic:
      value(0);
      panicValue(dc.values[0], d->call);
      break;
    case DeferredCall::Copy:
      value(0);
      value(1);
      copyValues(dc.values[0], dc.values[1]);
      code_.op(Op::Drop);
      break;
    case DeferredCall::Delete: {
      // The key goes to the runtime by address: a zeroed frame temporary, as for m[k].
      auto size = static_cast<uint32_t>(types::sizeOf(dc.values[1]));
      uint32_t key = newLocal(ValType::I32);
      framePtr();
      code_.i32Const(static_cast<int32_t>(frameSlot(size, 8)));
      code_.op(Op::I32Add);
      code_.localTee(key);
      code_.i32Const(0);
      code_.i32Const(static_cast<int32_t>(size));
      code_.op(Op::MemoryFill);
      value(1);
      storeAt(dc.values[1], key);
      value(0);
      code_.localGet(key);
      mapLookupCall("mapdelete", dc.values[1], d->pos);
      break;
    }
    default:
      break;
  }
  if (dc.sig)
    for (const types::Var* r : dc.sig->results) dropValues(r->type);
  callRuntime("deferCallDone", d->pos);
  epilogue();
  finishFrame();
}

// Pops and calls every pending deferred call, last first.
void FuncLowerer::runDefers() {
  uint32_t rec = newLocal(ValType::I32);
  code_.block();
  code_.loop();
  code_.localGet(deferHead_);
  code_.op(Op::I32Eqz);
  code_.brIf(1);
  code_.localGet(deferHead_);
  code_.localTee(rec);
  code_.mem(Op::I32Load, 2, 4);
  code_.localSet(deferHead_);
  code_.localGet(rec);
  code_.localGet(rec);
  code_.mem(Op::I32Load, 2, 0);
  code_.callIndirect(prog_.module().internType({{ValType::I32}, {}}));
  prog_.module().needsTable = true;
  code_.br(0);
  code_.end();
  code_.end();
}

// panic(v): records v (as an interface, for recover) and its message, then panics.
void FuncLowerer::panicCall(const Call* c) {
  expr(c->args[0]);
  panicValue(typeOf(c->args[0]), c);
}

// panic with the value of type t on the stack.
void FuncLowerer::panicValue(const types::Type* t, const Call* c) {
  uint32_t code = newLocal(ValType::I32), data = newLocal(ValType::I32);
  uint32_t mptr = newLocal(ValType::I32), mlen = newLocal(ValType::I32);
  const types::Type* anyType = prog_.program().anyType;
  if (types::isString(t)) {
    code_.localSet(mlen);
    code_.localSet(mptr);
    code_.localGet(mptr);
    code_.localGet(mlen);
  }
  conversion(t, anyType, c->pos);
  code_.localSet(data);
  code_.localSet(code);
  code_.localGet(code);
  code_.localGet(data);
  callRuntime("setPanicValue", c->pos);
  const types::Type* u = types::under(t);
  // Go prints values of named basic types as main.Code(7) and main.Msg("text").
  auto wrapNamed = [&](const std::string& open, const std::string& close) {
    if (!t->as<types::Named>()) return;
    std::string prefix = types::typeString(t, nullptr) + open;
    code_.i32Const(static_cast<int32_t>(prog_.stringData(prefix)));
    code_.i32Const(static_cast<int32_t>(prefix.size()));
    code_.localGet(mptr);
    code_.localGet(mlen);
    callRuntime("concatstrings", c->pos);
    code_.i32Const(static_cast<int32_t>(prog_.stringData(close)));
    code_.i32Const(static_cast<int32_t>(close.size()));
    callRuntime("concatstrings", c->pos);
    code_.localSet(mlen);
    code_.localSet(mptr);
  };
  // A value whose type has Error() string (in its method set) prints as that.
  bool isError = false;
  if (!types::isInterface(t)) {
    types::LookupResult r = types::lookupFieldOrMethod(t, "Error");
    if (auto* f = r.obj ? r.obj->as<types::Func>() : nullptr)
      isError = f->sig()->params.empty() && f->sig()->results.size() == 1 &&
                types::isString(f->sig()->results[0]->type) &&
                (!f->pointerRecv || r.indirect || types::isPointer(t));
  }
  if (types::isString(t) && !isError) {
    wrapNamed("(\"", "\")");  // otherwise the message is the string itself
  } else if (types::isInteger(u) && !isError) {
    code_.localGet(data);
    load(t);
    widenToI64(u);
    code_.i32Const(types::isUnsigned(u) ? 0 : 1);
    callRuntime("intPanicMessage", c->pos);
    code_.localSet(mlen);
    code_.localSet(mptr);
    wrapNamed("(", ")");
  } else {
    // An error's Error(), a string's text, else the dynamic type in parentheses.
    const types::Type* errType = prog_.program().errorType;
    const types::Func* errorMethod = types::under(errType)->as<types::Interface>()->allMethods[0];
    code_.localGet(code);
    code_.call(prog_.implementsDispatch(errType));
    code_.if_();
    code_.localGet(code);
    code_.localGet(data);
    code_.call(prog_.methodDispatch(errorMethod));
    code_.localSet(mlen);
    code_.localSet(mptr);
    code_.else_();
    const types::Type* stringer = prog_.program().stringerType;
    code_.localGet(code);
    code_.call(prog_.implementsDispatch(stringer));
    code_.if_();  // a fmt.Stringer prints as String(), as Go's printpanicval does
    code_.localGet(code);
    code_.localGet(data);
    code_.call(prog_.methodDispatch(types::under(stringer)->as<types::Interface>()->allMethods[0]));
    code_.localSet(mlen);
    code_.localSet(mptr);
    code_.else_();
    code_.localGet(code);
    code_.call(prog_.codeStrings("panicvalue", [](const types::Type* dyn) {
      return dyn ? "(" + types::typeString(dyn, nullptr) + ") value" : std::string("nil");
    }));
    code_.localSet(mlen);
    code_.localSet(mptr);
    code_.end();
    code_.end();
  }
  code_.localGet(mptr);
  code_.localGet(mlen);
  callRuntime("gopanic", c->pos);
  code_.op(Op::Unreachable);
}

// recover(): the panic's value when called while deferred calls run for a panic, else nil. The
// runtime's own panics come back as a *runtime.runtimeError holding the message.
void FuncLowerer::recoverCall(const Call* c) {
  uint32_t code = newLocal(ValType::I32), data = newLocal(ValType::I32);
  uint32_t mptr = newLocal(ValType::I32), mlen = newLocal(ValType::I32);
  // This function's stack pointer on entry: fp + frame size (the size is patched at the end).
  frameSlot(8, 8);
  framePtr();
  code_.i32Const(0);
  frameSizePatches_.push_back(code_.list().size() - 1);
  code_.op(Op::I32Add);
  callRuntime("canRecoverAt", c->pos);
  code_.if_();
  callRuntime("recoveredMessage", c->pos);
  code_.localSet(mlen);
  code_.localSet(mptr);
  callRuntime("recovered", c->pos);
  code_.localSet(data);
  code_.localSet(code);
  code_.localGet(code);
  code_.op(Op::I32Eqz);
  code_.if_();
  const types::Type* errPtr = prog_.program().runtimeErrorPtr;
  if (errPtr) {
    heapAlloc(8, c->pos, nullptr, "recover");
    code_.localTee(data);
    code_.localGet(mptr);
    code_.mem(Op::I32Store, 2, 0);
    code_.localGet(data);
    code_.localGet(mlen);
    code_.mem(Op::I32Store, 2, 4);
    code_.i32Const(static_cast<int32_t>(prog_.typeCode(errPtr)));
    code_.localSet(code);
  }
  code_.end();
  code_.end();
  code_.localGet(code);
  code_.localGet(data);
}

}  // namespace gm::lower
