// Interfaces: boxing into (type code, data), method dispatch, assertions, type switches and
// comparisons. Dispatch functions are generated after the rest of the program, as switches over
// the dynamic types that really occur.
#include <algorithm>

#include "lower/lower_impl.h"

namespace gm::lower {

using namespace syntax;
using wasm::Op;
using wasm::ValType;

// Values of these types are stored directly in an interface's data word (no box).
bool pointerShaped(const types::Type* t) {
  const types::Type* u = types::under(t);
  if (auto* b = u->as<types::Basic>()) return b->basic == types::BasicKind::UnsafePointer;
  return u->kind == types::TypeKind::Pointer || u->kind == types::TypeKind::Signature ||
         u->kind == types::TypeKind::Map;
}

// Type names as Go's runtime prints them in conversion panics.
// Type names as Go's runtime prints them (reflect's String): package-qualified, "interface {}",
// "struct { a int }", type arguments joined by ",", local types numbered "·N".
std::string runtimeTypeName(const types::Type* t, int depth) {
  if (depth > 32) return "…";
  auto name = [&](const types::Type* u) { return runtimeTypeName(u, depth + 1); };
  auto list = [&](const std::vector<types::Var*>& vars, bool variadic) {
    std::string out;
    for (size_t i = 0; i < vars.size(); ++i) {
      if (i) out += ", ";
      const types::Type* vt = vars[i]->type;
      if (variadic && i + 1 == vars.size())
        out += "..." + name(vt->as<types::Slice>()->elem);
      else
        out += name(vt);
    }
    return out;
  };
  switch (t->kind) {
    case types::TypeKind::Named: {
      auto* n = t->as<types::Named>();
      std::string out = (n->obj->pkg ? n->obj->pkg->name + "." : "") + n->obj->name;
      if (n->obj->localIndex) out += "\u00b7" + std::to_string(n->obj->localIndex);
      if (!n->typeArgs.empty()) {
        out += "[";
        for (size_t i = 0; i < n->typeArgs.size(); ++i)
          out += (i ? "," : "") + name(n->typeArgs[i]);
        out += "]";
      }
      return out;
    }
    case types::TypeKind::Pointer:
      return "*" + name(t->as<types::Pointer>()->elem);
    case types::TypeKind::Slice:
      return "[]" + name(t->as<types::Slice>()->elem);
    case types::TypeKind::Array:
      return "[" + std::to_string(t->as<types::Array>()->len) + "]" +
             name(t->as<types::Array>()->elem);
    case types::TypeKind::Map:
      return "map[" + name(t->as<types::Map>()->key) + "]" + name(t->as<types::Map>()->elem);
    case types::TypeKind::Signature: {
      auto* sig = t->as<types::Signature>();
      std::string out = "func(" + list(sig->params, sig->variadic) + ")";
      if (sig->results.size() == 1)
        out += " " + name(sig->results[0]->type);
      else if (!sig->results.empty())
        out += " (" + list(sig->results, false) + ")";
      return out;
    }
    case types::TypeKind::Struct: {
      auto* st = t->as<types::Struct>();
      if (st->fields.empty()) return "struct {}";
      std::string out = "struct {";
      for (size_t i = 0; i < st->fields.size(); ++i) {
        out += i ? "; " : " ";
        if (!st->fields[i]->embedded) out += st->fields[i]->name + " ";
        out += name(st->fields[i]->type);
        if (!st->tags[i].empty()) {  // quoted as strconv.Quote would
          out += " \"";
          for (char c : st->tags[i])
            out += c == '"' || c == '\\' ? std::string("\\") + c : std::string(1, c);
          out += "\"";
        }
      }
      return out + " }";
    }
    case types::TypeKind::Interface: {
      auto* it = t->as<types::Interface>();
      if (it->allMethods.empty()) return "interface {}";
      std::string out = "interface {";
      for (size_t i = 0; i < it->allMethods.size(); ++i) {
        auto* sig = it->allMethods[i]->sig();
        out += (i ? "; " : " ") + it->allMethods[i]->name + "(" + list(sig->params, sig->variadic) +
               ")";
        if (sig->results.size() == 1)
          out += " " + name(sig->results[0]->type);
        else if (!sig->results.empty())
          out += " (" + list(sig->results, false) + ")";
      }
      return out + " }";
    }
    default:
      return types::typeString(t, nullptr);
  }
}

namespace {

std::string methodKey(const types::Func* m) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", static_cast<const void*>(m->type));
  return "method:" + m->name + (m->exported() ? "" : "@" + (m->pkg ? m->pkg->path : "")) + ":" +
         buf;
}

// The method m (of an interface) in t's method set, with the path to it, or null.
const types::Func* methodInSet(const types::Type* t, const types::Func* m,
                               types::LookupResult* out) {
  types::LookupResult r;
  if (types::matchMethod(t, m, &r) != types::MethodMatch::Found) return nullptr;
  if (out) *out = r;
  return r.obj->as<types::Func>();
}

const types::Func* firstMissingMethod(const types::Type* t, const types::Type* iface) {
  for (const types::Func* m : types::under(iface)->as<types::Interface>()->allMethods)
    if (!methodInSet(t, m, nullptr)) return m;
  return nullptr;
}

}  // namespace

// ---- program-wide -----------------------------------------------------------------------

uint32_t ProgramLowerer::typeCode(const types::Type* t) {
  if (auto it = codes_.find(t); it != codes_.end()) return it->second;
  dynTypes_.push_back(t);
  auto code = static_cast<uint32_t>(dynTypes_.size());
  codes_[t] = code;
  return code;
}

wasm::FuncId ProgramLowerer::methodDispatch(const types::Func* m) {
  std::string key = methodKey(m);
  if (auto it = dispatchers_.find(key); it != dispatchers_.end()) return it->second.id;
  bool ok = true;
  wasm::FuncType ft = signatureType(m->sig(), m->pos, &ok);
  ft.params.insert(ft.params.begin(), {ValType::I32, ValType::I32});
  wasm::FuncId id = mod_.declareFunction("dispatch." + m->name, ft);
  dispatchers_[key] = {Dispatcher::Method, id, m, nullptr, {}};
  return id;
}

wasm::FuncId ProgramLowerer::equalDispatch() {
  if (auto it = dispatchers_.find("equal"); it != dispatchers_.end()) return it->second.id;
  wasm::FuncId id = mod_.declareFunction(
      "dispatch.equal", {{ValType::I32, ValType::I32, ValType::I32}, {ValType::I32}});
  dispatchers_["equal"] = {Dispatcher::Equal, id, nullptr, nullptr, {}};
  return id;
}

wasm::FuncId ProgramLowerer::implementsDispatch(const types::Type* iface) {
  std::string key = "implements:" + types::typeString(iface, nullptr);
  if (auto it = dispatchers_.find(key); it != dispatchers_.end()) return it->second.id;
  wasm::FuncId id = mod_.declareFunction("implements." + types::typeString(iface, nullptr),
                                         {{ValType::I32}, {ValType::I32}});
  dispatchers_[key] = {Dispatcher::Implements, id, nullptr, iface, {}};
  return id;
}

wasm::FuncId ProgramLowerer::comparableDispatch() {
  if (auto it = dispatchers_.find("comparable"); it != dispatchers_.end()) return it->second.id;
  wasm::FuncId id = mod_.declareFunction("dispatch.comparable", {{ValType::I32}, {ValType::I32}});
  dispatchers_["comparable"] = {Dispatcher::Comparable, id, nullptr, nullptr, {}};
  return id;
}

wasm::FuncId ProgramLowerer::asTargetDispatch() {
  if (auto it = dispatchers_.find("as"); it != dispatchers_.end()) return it->second.id;
  wasm::FuncId id = mod_.declareFunction(
      "dispatch.as", {{ValType::I32, ValType::I32, ValType::I32, ValType::I32}, {ValType::I32}});
  dispatchers_["as"] = {Dispatcher::AsTarget, id, nullptr, nullptr, {}};
  return id;
}

wasm::FuncId ProgramLowerer::hashDispatch() {
  if (auto it = dispatchers_.find("hash"); it != dispatchers_.end()) return it->second.id;
  wasm::FuncId id =
      mod_.declareFunction("dispatch.hash", {{ValType::I32, ValType::I32}, {ValType::I32}});
  dispatchers_["hash"] = {Dispatcher::Hash, id, nullptr, nullptr, {}};
  return id;
}

wasm::FuncId ProgramLowerer::codeStrings(const std::string& key,
                                         std::function<std::string(const types::Type*)> text) {
  if (auto it = dispatchers_.find("strings:" + key); it != dispatchers_.end()) return it->second.id;
  wasm::FuncId id =
      mod_.declareFunction("typestrings", {{ValType::I32}, {ValType::I32, ValType::I32}});
  dispatchers_["strings:" + key] = {Dispatcher::Strings, id, nullptr, nullptr, std::move(text)};
  return id;
}

// Generates every dispatcher's body for the dynamic types known so far, until lowering them
// (and the methods they reach) discovers no new types or dispatchers.
void ProgramLowerer::finishDispatchers() {
  size_t types = SIZE_MAX, count = SIZE_MAX;
  while (types != dynTypes_.size() || count != dispatchers_.size()) {
    types = dynTypes_.size();
    count = dispatchers_.size();
    std::vector<Dispatcher> all;
    for (auto& [key, d] : dispatchers_) all.push_back(d);
    // In the order they were declared: some keys hold addresses, whose order would make the
    // output depend on the allocator (and on the C++ compiler that built this one).
    std::sort(all.begin(), all.end(),
              [](const Dispatcher& a, const Dispatcher& b) { return a.id < b.id; });
    for (const Dispatcher& d : all) {
      wasm::Function& fn = mod_.function(d.id);
      fn.body = {};
      fn.locals.clear();
      fn.localNames.clear();
      std::vector<const types::Type*> snapshot = dynTypes_;
      FuncLowerer lowerer(*this, fn);
      switch (d.kind) {
        case Dispatcher::Method:
          lowerer.lowerMethodDispatch(d.method, snapshot);
          break;
        case Dispatcher::Equal:
          lowerer.lowerEqualDispatch(snapshot);
          break;
        case Dispatcher::Implements:
          lowerer.lowerImplementsDispatch(d.iface, snapshot);
          break;
        case Dispatcher::Strings:
          lowerer.lowerCodeStrings(d.text, snapshot);
          break;
        case Dispatcher::AsTarget:
          lowerer.lowerAsTargetDispatch(snapshot);
          break;
        case Dispatcher::Hash:
          lowerer.lowerHashDispatch(snapshot);
          break;
        case Dispatcher::TypeTable:
          lowerer.lowerTypeTable(snapshot);
          break;
        case Dispatcher::Comparable: {
          std::vector<const types::Type*> yes;
          for (const types::Type* t : snapshot)
            if (types::comparable(t)) yes.push_back(t);
          lowerer.lowerCodeSet(yes);
          break;
        }
      }
    }
    drainFunctions();
  }
}

// ---- generated dispatch bodies ------------------------------------------------------------

void FuncLowerer::switchOnCode(uint32_t codeLocal, const std::vector<const types::Type*>& types,
                               const std::function<void(const types::Type*)>& each,
                               const std::function<void()>& fallback) {
  for (const types::Type* t : types) {
    code_.localGet(codeLocal);
    code_.i32Const(static_cast<int32_t>(prog_.typeCode(t)));
    code_.op(Op::I32Eq);
    code_.if_();
    each(t);
    code_.end();
  }
  fallback();
}

void FuncLowerer::lowerMethodDispatch(const types::Func* m,
                                      const std::vector<const types::Type*>& types) {
  auto& ft = prog_.module().types()[out_.type];
  nparams_ = static_cast<uint32_t>(ft.params.size());
  std::vector<std::pair<const types::Type*, const types::Func*>> impls;
  std::vector<types::LookupResult> paths;
  for (const types::Type* t : types) {
    types::LookupResult r;
    if (const types::Func* f = methodInSet(t, m, &r)) {
      impls.push_back({t, f});
      paths.push_back(r);
    }
  }
  auto callCase = [&](size_t i) {
    const types::Type* t = impls[i].first;
    const types::Func* f = impls[i].second;
    // The receiver, from the data word: a pointer, or the address of the boxed value.
    code_.localGet(1);
    const types::Type* base = t;
    if (auto* p = types::under(t)->as<types::Pointer>()) base = p->elem;
    bool viaPointer = base != t;
    if (paths[i].path.empty()) {
      if (!f->pointerRecv) {
        if (viaPointer) nilCheckValueMethod(f);
        // A func or map value is the data word itself; other values are boxed.
        if (viaPointer || !pointerShaped(t)) load(base);
      }
    } else {
      if (viaPointer) nilCheck();
      embeddedReceiver(base, paths[i].path, f);
    }
    if (f->isInterfaceMethod) {  // promoted from an embedded interface: dispatch again
      nilInterfaceCheck({});
      for (uint32_t k = 2; k < nparams_; ++k) code_.localGet(k);
      code_.call(prog_.methodDispatch(f));
    } else {
      for (uint32_t k = 2; k < nparams_; ++k) code_.localGet(k);
      code_.call(prog_.funcId(f));
    }
    code_.op(Op::Return);
  };
  if (impls.size() == 1) {  // one implementation in the program: a direct call
    callCase(0);
    return;
  }
  std::vector<const types::Type*> implTypes;
  for (auto& [t, f] : impls) implTypes.push_back(t);
  size_t i = 0;
  switchOnCode(
      0, implTypes, [&](const types::Type*) { callCase(i++); },
      [&]() {
        code_.call(prog_.runtimeFunc("panicNil", {}));
        code_.op(Op::Unreachable);
      });
}

void FuncLowerer::lowerEqualDispatch(const std::vector<const types::Type*>& types) {
  nparams_ = 3;
  switchOnCode(
      0, types,
      [&](const types::Type* t) {
        if (!types::comparable(t)) {
          std::string msg = "runtime error: comparing uncomparable type " + runtimeTypeName(t);
          code_.i32Const(static_cast<int32_t>(prog_.stringData(msg)));
          code_.i32Const(static_cast<int32_t>(msg.size()));
          code_.call(prog_.runtimeFunc("gopanic", {}));
          code_.op(Op::Unreachable);
          return;
        }
        code_.localGet(1);
        fromInterfaceData(t);
        code_.localGet(2);
        fromInterfaceData(t);
        compare(syntax::Op::Eql, t, {});
        code_.op(Op::Return);
      },
      [&]() { code_.i32Const(1); });  // both nil
}

void FuncLowerer::lowerImplementsDispatch(const types::Type* iface,
                                          const std::vector<const types::Type*>& types) {
  std::vector<const types::Type*> yes;
  for (const types::Type* t : types)
    if (!types::isInterface(t) && !firstMissingMethod(t, iface)) yes.push_back(t);
  lowerCodeSet(yes);
}

void FuncLowerer::lowerCodeSet(const std::vector<const types::Type*>& yes) {
  nparams_ = 1;
  switchOnCode(
      0, yes,
      [&](const types::Type*) {
        code_.i32Const(1);
        code_.op(Op::Return);
      },
      [&]() { code_.i32Const(0); });
}

// Params: err (code 0, data 1), target (code 2, data 3). A target of dynamic type *T receives err
// when err's dynamic type is T (or implements T, for an interface T), as reflect's AssignableTo.
void FuncLowerer::lowerAsTargetDispatch(const std::vector<const types::Type*>& types) {
  nparams_ = 4;
  auto ret = [&](int32_t v) {
    code_.i32Const(v);
    code_.op(Op::Return);
  };
  const types::Func* errorMethod =
      types::under(prog_.program().errorType)->as<types::Interface>()->allMethods[0];
  switchOnCode(
      2, types,
      [&](const types::Type* d) {
        auto* p = types::under(d)->as<types::Pointer>();
        if (!p) return ret(2);
        const types::Type* t = p->elem;
        code_.localGet(3);
        code_.op(Op::I32Eqz);
        code_.if_();
        ret(2);
        code_.end();
        if (types::isInterface(t)) {
          code_.localGet(0);
          code_.call(prog_.implementsDispatch(t));
          code_.if_();
          code_.localGet(3);
          code_.localGet(0);
          code_.mem(Op::I32Store, 2, 0);
          code_.localGet(3);
          code_.localGet(1);
          code_.mem(Op::I32Store, 2, 4);
          ret(1);
          code_.end();
          return ret(0);
        }
        if (!methodInSet(t, errorMethod, nullptr)) return ret(3);
        if (!prog_.hasTypeCode(t)) return ret(0);  // no error of that type exists
        code_.localGet(0);
        code_.i32Const(static_cast<int32_t>(prog_.typeCode(t)));
        code_.op(Op::I32Eq);
        code_.if_();
        code_.localGet(3);
        code_.localGet(1);
        if (pointerShaped(t))
          code_.mem(Op::I32Store, 2, 0);
        else
          memCopy(static_cast<uint32_t>(types::sizeOf(t)));
        ret(1);
        code_.end();
        ret(0);
      },
      [&]() { code_.i32Const(2); });
}

// (code, data) → hash of the dynamic value: the data word itself for pointer-shaped types, else
// the boxed value's parts; nil hashes to 0.
void FuncLowerer::lowerHashDispatch(const std::vector<const types::Type*>& types) {
  nparams_ = 2;
  uint32_t acc = newLocal(ValType::I64);
  switchOnCode(
      0, types,
      [&](const types::Type* t) {
        if (!types::comparable(t)) {
          std::string name = runtimeTypeName(t);
          code_.i32Const(static_cast<int32_t>(prog_.stringData(name)));
          code_.i32Const(static_cast<int32_t>(name.size()));
          callRuntime("panicUnhashable", {});
          code_.i32Const(0);
          code_.op(Op::Return);
          return;
        }
        code_.i64Const(static_cast<int64_t>(prog_.typeCode(t)));
        code_.localSet(acc);
        if (pointerShaped(t)) {
          code_.localGet(acc);
          code_.localGet(1);
          code_.op(Op::I64ExtendI32U);
          callRuntime("hashMix", {});
          code_.localSet(acc);
        } else {
          hashInto(t, 1, 0, acc);
        }
        code_.localGet(acc);
        callRuntime("hashFinish", {});
        code_.op(Op::Return);
      },
      [&]() { code_.i32Const(0); });
  finishFrame();
}

void FuncLowerer::lowerCodeStrings(const std::function<std::string(const types::Type*)>& text,
                                   const std::vector<const types::Type*>& types) {
  nparams_ = 1;
  auto push = [&](const std::string& s) {
    code_.i32Const(s.empty() ? 0 : static_cast<int32_t>(prog_.stringData(s)));
    code_.i32Const(static_cast<int32_t>(s.size()));
  };
  switchOnCode(
      0, types,
      [&](const types::Type* t) {
        push(text(t));
        code_.op(Op::Return);
      },
      [&]() { push(text(nullptr)); });
}

// ---- in function bodies -----------------------------------------------------------------

void FuncLowerer::toInterface(const types::Type* from, Pos at) {
  uint32_t code = prog_.typeCode(from);
  if (pointerShaped(from)) {
    uint32_t v = newLocal(ValType::I32);
    code_.localSet(v);
    code_.i32Const(static_cast<int32_t>(code));
    code_.localGet(v);
    return;
  }
  // Box a copy: Go's interfaces hold their own copy of the value.
  uint32_t box = newLocal(ValType::I32);
  heapAlloc(static_cast<uint32_t>(std::max<int64_t>(types::sizeOf(from), 1)), at, from,
            "conversion to interface");
  code_.localSet(box);
  storeAt(from, box);
  code_.i32Const(static_cast<int32_t>(code));
  code_.localGet(box);
}

void FuncLowerer::fromInterfaceData(const types::Type* t) {
  if (pointerShaped(t)) return;
  load(t);
}

// The string on the stack becomes the panic message.
void FuncLowerer::panicWithString(const std::string& staticPrefix) {
  if (!staticPrefix.empty()) {
    uint32_t len = newLocal(ValType::I32), ptr = newLocal(ValType::I32);
    code_.localSet(len);
    code_.localSet(ptr);
    code_.i32Const(static_cast<int32_t>(prog_.stringData(staticPrefix)));
    code_.i32Const(static_cast<int32_t>(staticPrefix.size()));
    code_.localGet(ptr);
    code_.localGet(len);
    callRuntime("concatstrings", {});
  }
  callRuntime("gopanic", {});
  code_.op(Op::Unreachable);
}

// x.(T): value (and ok) on the stack.
void FuncLowerer::typeAssert(const TypeAssert* e, bool commaOk) {
  const types::Type* ifaceType = typeOf(e->x);
  const types::Type* t = tv(e)->type;
  uint32_t c = newLocal(ValType::I32), d = newLocal(ValType::I32), ok = newLocal(ValType::I32);
  expr(e->x);
  code_.localSet(d);
  code_.localSet(c);
  std::string iname = runtimeTypeName(ifaceType), tname = runtimeTypeName(t);
  if (types::isInterface(t)) {
    code_.localGet(c);
    code_.call(prog_.implementsDispatch(t));
    code_.localSet(ok);
  } else {
    code_.localGet(c);
    code_.i32Const(static_cast<int32_t>(prog_.typeCode(t)));
    code_.op(Op::I32Eq);
    code_.localSet(ok);
  }
  if (!commaOk) {
    code_.localGet(ok);
    code_.op(Op::I32Eqz);
    code_.if_();
    code_.localGet(c);
    const types::Type* target = t;
    bool toIface = types::isInterface(t);
    code_.call(prog_.codeStrings("assert:" + iname + "|" + tname, [=](const types::Type* dyn) {
      if (!dyn)
        return "interface conversion: " + std::string(toIface ? "interface" : iname) +
               " is nil, not " + tname;
      if (!toIface)
        return "interface conversion: " + iname + " is " + runtimeTypeName(dyn) + ", not " + tname;
      const types::Func* miss = firstMissingMethod(dyn, target);
      return "interface conversion: " + runtimeTypeName(dyn) + " is not " + tname +
             ": missing method " + (miss ? miss->name : "?");
    }));
    panicWithString("");
    code_.end();
  }
  if (types::isInterface(t)) {
    // The same (code, data) pair, or nil when the assertion failed.
    code_.localGet(c);
    code_.i32Const(0);
    code_.localGet(ok);
    code_.op(Op::Select);
    code_.localGet(d);
    code_.i32Const(0);
    code_.localGet(ok);
    code_.op(Op::Select);
  } else {
    uint32_t result = newLocals(t);
    zeroValue(t);
    popTo(t, result);
    code_.localGet(ok);
    code_.if_();
    code_.localGet(d);
    fromInterfaceData(t);
    if (isAggregate(t)) copyToTemp(t);
    popTo(t, result);
    code_.end();
    pushFrom(t, result);
  }
  if (commaOk) code_.localGet(ok);
}

// With an interface value (code, data) on the stack: panics (Go's nil dereference) when it is nil.
void FuncLowerer::nilInterfaceCheck(Pos at) {
  uint32_t data = newLocal(ValType::I32), code = newLocal(ValType::I32);
  code_.localSet(data);
  code_.localTee(code);
  code_.op(Op::I32Eqz);
  code_.if_();
  callRuntime("panicNil", at);
  code_.end();
  code_.localGet(code);
  code_.localGet(data);
}

void FuncLowerer::interfaceCall(const Call* c, const Expr* recv, const types::Func* m,
                                const types::Selection& sel) {
  pushReceiver(recv, m, sel, c->pos);  // the interface, or the embedded one it is promoted from
  nilInterfaceCheck(c->pos);
  pushArgs(c, m->sig());
  code_.call(prog_.methodDispatch(m));
  afterCall(m->sig());
}

// switch [v :=] x.(type) { case T1, T2: … case nil: … default: … }
void FuncLowerer::typeSwitch(const TypeSwitch* s, std::string label) {
  if (s->init) stmt(s->init);
  uint32_t c = newLocal(ValType::I32), d = newLocal(ValType::I32);
  expr(s->x);
  code_.localSet(d);
  code_.localSet(c);
  code_.block();  // $end
  enter();
  uint32_t endDepth = controlDepth_ - 1;
  const CaseClause* dflt = nullptr;
  auto body = [&](const CaseClause* cc) {
    auto it = prog_.info().implicits.find(cc);
    if (it != prog_.info().implicits.end()) {
      const types::Var* v = it->second;
      code_.localGet(c);
      code_.localGet(d);
      if (!types::isInterface(v->type)) {
        code_.op(Op::Drop);
        code_.op(Op::Drop);
        code_.localGet(d);
        fromInterfaceData(v->type);
        if (isAggregate(v->type)) copyToTemp(v->type);
      }
      defineVar(v, cc->pos);
      storeVar(v, cc->pos);
    }
    targets_.push_back({label, endDepth, -1});
    stmts(cc->body);
    targets_.pop_back();
    code_.br(depthTo(endDepth));
  };
  for (const CaseClause* cc : s->clauses) {
    if (cc->isDefault) {
      dflt = cc;
      continue;
    }
    code_.block();  // $next
    enter();
    uint32_t nextDepth = controlDepth_ - 1;
    code_.i32Const(0);
    for (const Expr* v : cc->values) {
      const types::TypeAndValue* vtv = tv(v);
      code_.localGet(c);
      if (vtv && types::isUntypedNil(vtv->type)) {
        code_.op(Op::I32Eqz);
      } else if (types::isInterface(vtv->type)) {
        code_.call(prog_.implementsDispatch(vtv->type));
      } else {
        code_.i32Const(static_cast<int32_t>(prog_.typeCode(vtv->type)));
        code_.op(Op::I32Eq);
      }
      code_.op(Op::I32Or);
    }
    code_.op(Op::I32Eqz);
    code_.brIf(depthTo(nextDepth));
    body(cc);
    leave();
    code_.end();
  }
  if (dflt) body(dflt);
  leave();
  code_.end();
}

}  // namespace gm::lower
