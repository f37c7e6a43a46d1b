// Package-level declarations: collecting objects, resolving them lazily in dependency order
// (cycles are errors), methods, and the initialization order of package variables.
#include <algorithm>
#include <functional>
#include <set>

#include "syntax/directive.h"
#include "types/checker.h"

namespace gm::types {

using namespace syntax;

namespace {
// The receiver's base type name, read syntactically: T, *T, (T), T[P].
}  // namespace

Checker::Checker(TypeTable& table, Package* pkg, Info& info, Diagnostics& diags)
    : table_(table), pkg_(pkg), info_(info), diags_(diags), scope_(pkg->scope) {}

void Checker::error(Pos pos, std::string msg) {
  diags_.error(pos, std::move(msg));
}

// Imports are visible only in their file: each file's scope sits between the package scope and
// the file's function scopes.
Scope* Checker::fileScope(const File* file) {
  if (!file) return pkg_->scope;
  Scope*& s = fileScopes_[file];
  if (!s) s = table_.newScope(pkg_->scope);
  return s;
}

void Checker::redeclared(const Object* obj, const Object* prev) {
  std::string msg = obj->name + " redeclared in this block";
  if (prev && prev->pos.valid())
    msg += "\n\t" + diags_.file() + ":" + std::to_string(prev->pos.line) + ":" +
           std::to_string(prev->pos.col) + ": other declaration of " + prev->name;
  error(obj->pos, msg);
}
void Checker::errorAt(const Node* n, std::string msg) {
  Pos p = n->pos;
  if (auto* e = dynamic_cast<const Expr*>(n)) p = startPos(e);
  error(p, std::move(msg));
}

void Checker::checkFiles(const std::vector<File*>& files,
                         const std::unordered_map<std::string, Package*>& imports) {
  collectObjects(files, imports);
  collectMethods(files);
  for (Object* obj : pkgObjects_) resolveObject(obj);
  for (auto& [m, d] : methodDecls_) resolveObject(m);
  checkFuncBodies();
  exportInstances(files);
  checkInstanceBodies();
  computeInitOrder();
  checkUnusedImports();
}

void Checker::declarePackageObject(Object* obj, const Name* name, const Decl* d, const File* file) {
  obj->pkg = pkg_;
  if (name) info_.defs[name] = obj;
  if (obj->name == "_") {
    objDecls_[obj] = {d, file};
    pkgObjects_.push_back(obj);
    return;
  }
  if (obj->name == "init" && !obj->as<Func>()) {
    error(obj->pos, "cannot declare init - must be func");
    return;
  }
  if (obj->name == "main" && pkg_->name == "main" && !obj->as<Func>()) {
    error(obj->pos, "cannot declare main - must be func");
    return;
  }
  if (Object* prev = pkg_->scope->insert(obj)) {
    redeclared(obj, prev);
    return;
  }
  objDecls_[obj] = {d, file};
  pkgObjects_.push_back(obj);
}

void Checker::collectObjects(const std::vector<File*>& files,
                             const std::unordered_map<std::string, Package*>& imports) {
  for (const File* file : files) {
    for (const Decl* d : file->decls) {
      if (auto* imp = d->as<ImportDecl>()) {
        auto it = imports.find(imp->path);
        if (it == imports.end()) {
          error(imp->pathPos, "package " + imp->path + " is not in std");
          continue;
        }
        std::string local = imp->localName ? imp->localName->value : it->second->name;
        if (local == "_") continue;
        if (local == ".") {
          error(imp->pos, "dot imports are not supported");
          continue;
        }
        auto* pn =
            table_.newObject<PkgName>(local, imp->localName ? imp->localName->pos : imp->pathPos);
        pn->imported = it->second;
        pn->pkg = pkg_;
        if (Object* prev = fileScope(file)->insert(pn)) {
          redeclared(pn, prev);
          continue;
        }
        importNames_.push_back(pn);
      } else if (auto* c = d->as<ConstDecl>()) {
        for (const Name* n : c->names) {
          auto* obj = table_.newObject<Const>(n->value, n->pos);
          declarePackageObject(obj, n, d, file);
        }
      } else if (auto* v = d->as<VarDecl>()) {
        for (const Name* n : v->names) {
          auto* obj = table_.newObject<Var>(n->value, n->pos, nullptr);
          obj->isGlobal = true;
          obj->declNode = d;
          declarePackageObject(obj, n, d, file);
        }
      } else if (auto* t = d->as<TypeDecl>()) {
        auto* obj = table_.newObject<TypeName>(t->name->value, t->name->pos);
        obj->alias = t->alias;
        declarePackageObject(obj, t->name, d, file);
      } else if (auto* f = d->as<FuncDecl>()) {
        if (f->recv) continue;  // methods: collectMethods
        auto* obj = table_.newObject<Func>(f->name->value, f->name->pos);
        obj->decl = f;
        obj->pkg = pkg_;
        info_.defs[f->name] = obj;
        if (f->name->value == "init" || (f->name->value == "_")) {
          if (f->name->value == "init" && (!f->type->params.empty() || !f->type->results.empty()))
            error(f->name->pos, "func init must have no arguments and no return values");
          objDecls_[obj] = {d, file};
          pkgObjects_.push_back(obj);
          continue;
        }
        if (f->name->value == "main" && pkg_->name == "main" &&
            (!f->type->params.empty() || !f->type->results.empty()))
          error(f->name->pos, "func main must have no arguments and no return values");
        declarePackageObject(obj, f->name, d, file);
      }
    }
  }
}

void Checker::collectMethods(const std::vector<File*>& files) {
  for (const File* file : files) {
    for (const Decl* d : file->decls) {
      auto* f = d->as<FuncDecl>();
      if (!f || !f->recv) continue;
      auto* m = table_.newObject<Func>(f->name->value, f->name->pos);
      m->decl = f;
      m->pkg = pkg_;
      info_.defs[f->name] = m;
      objDecls_[m] = {d, file};
      methodDecls_.push_back({m, f});
    }
  }
}

void Checker::resolveObject(Object* obj) {
  auto it = objDecls_.find(obj);
  if (it == objDecls_.end()) return;
  DeclInfo& di = it->second;
  if (di.color == DeclInfo::Black) return;
  if (di.color == DeclInfo::Grey) {
    // A cycle. Types may refer to themselves through pointers, slices, etc.; that case never gets
    // here because a Named type is usable before its underlying type is known.
    if (obj->as<TypeName>()) {
      error(obj->pos, "invalid recursive type " + obj->name);
    } else if (obj->as<Func>()) {
      return;  // recursive functions are fine
    } else {
      error(obj->pos, "initialization cycle or invalid recursive reference to " + obj->name);
    }
    if (!obj->type) obj->type = table_.invalid();
    return;
  }
  if (++depth_ > kMaxCheckDepth) {
    --depth_;
    error(obj->pos, "declarations nested too deeply");
    obj->type = table_.invalid();
    return;
  }
  di.color = DeclInfo::Grey;
  Scope* savedScope = scope_;
  FuncContext* savedFn = fn_;
  Object* savedDecl = currentDecl_;
  int savedIota = iota_;
  scope_ = fileScope(di.file);
  fn_ = nullptr;
  currentDecl_ = obj;
  if (auto* c = obj->as<Const>()) {
    auto* d = di.decl->as<ConstDecl>();
    int index = 0;
    for (size_t i = 0; i < d->names.size(); ++i)
      if (info_.defs[d->names[i]] == obj) index = static_cast<int>(i);
    constDecl(c, d, index);
  } else if (auto* v = obj->as<Var>()) {
    varDecl(v, di.decl->as<VarDecl>());
  } else if (auto* t = obj->as<TypeName>()) {
    typeDecl(t, di.decl->as<TypeDecl>());
  } else if (auto* f = obj->as<Func>()) {
    funcDecl(f, di.decl->as<FuncDecl>());
  }
  scope_ = savedScope;
  fn_ = savedFn;
  currentDecl_ = savedDecl;
  iota_ = savedIota;
  di.color = DeclInfo::Black;
  --depth_;
}

void Checker::constDecl(Const* obj, const ConstDecl* d, int index) {
  iota_ = d->iota;
  const Type* t = d->type ? typeExpr(d->type) : nullptr;
  if (t && !isInvalid(t) && !isConstType(t)) {
    errorAt(d->type, "invalid constant type " + str(t));
    obj->type = table_.invalid();
    return;
  }
  if (index >= static_cast<int>(d->values.size())) {
    error(obj->pos, "missing init expr for const declaration");
    obj->type = table_.invalid();
    return;
  }
  if (index == static_cast<int>(d->names.size()) - 1 && d->values.size() > d->names.size())
    errorAt(d->values[d->names.size()], "extra init expr");
  Operand x;
  expr(x, d->values[index]);
  if (x.invalid()) {
    obj->type = table_.invalid();
    return;
  }
  if (x.mode != Mode::Constant) {
    errorAt(d->values[index],
            exprStr(d->values[index]) + " (" + operandStr(x) + ") is not constant");
    obj->type = table_.invalid();
    return;
  }
  if (t) assignment(x, t, "constant declaration");
  if (x.invalid()) {
    obj->type = table_.invalid();
    return;
  }
  obj->type = x.type;
  obj->value = x.val;
}

void Checker::varDecl(Var* obj, const VarDecl* d) {
  const Type* t = d->type ? typeExpr(d->type) : nullptr;
  if (d->values.empty()) {
    obj->type = t ? t : table_.invalid();
    return;
  }
  // Several variables initialized together (var a, b = f()) are checked once, by the first.
  std::vector<Var*> lhs;
  for (const Name* n : d->names) {
    auto* v = info_.defs[n] ? info_.defs[n]->as<Var>() : nullptr;
    if (!v) return;
    lhs.push_back(v);
  }
  if (t)
    for (Var* v : lhs) v->type = t;
  for (Var* v : lhs) objDecls_[v].color = DeclInfo::Grey;
  initVars(lhs, d->values, d);
  for (Var* v : lhs) {
    if (!v->type) v->type = table_.invalid();
    if (v != obj) {
      objDecls_[v].color = DeclInfo::Black;
      objDecls_[v].deps = objDecls_[obj].deps;
    }
  }
}

void Checker::typeDecl(TypeName* obj, const TypeDecl* d) {
  if (d->alias) {
    if (!d->typeParams.empty()) error(d->pos, "generic type cannot be alias");
    obj->type = table_.invalid();  // guards against self-reference while resolving
    const Expr* rhs = d->type;
    while (auto* p = rhs->as<Paren>()) rhs = p->x;
    // type D = comparable names a constraint; its uses are checked.
    aliasDecl_ = rhs->as<Name>() || rhs->as<Selector>();
    obj->type = typeExpr(d->type);
    aliasDecl_ = false;
    return;
  }
  auto* named = table_.make<Named>(obj);
  obj->type = named;
  const Type* u;
  if (!d->typeParams.empty()) {
    Scope* tscope = table_.newScope(fileScope(objDecls_[obj].file));
    named->typeParams = declareTypeParams(d->typeParams, tscope);
    named->genericDecl = d;
    named->genericScope = fileScope(objDecls_[obj].file);
    // Known before the underlying type: instances made while resolving it (mutually recursive
    // generic types) need them too.
    for (auto& [m, md] : methodDecls_)
      if (receiverBase(md->recv) == obj->name && !receiverTypeParams(md->recv).empty())
        named->genericMethods.push_back({m, md});
    Scope* saved = scope_;
    scope_ = tscope;
    u = definedType(d->type, named);
    scope_ = saved;
  } else {
    u = definedType(d->type, named);
  }
  // The underlying type of a defined type is the underlying type of its definition. That may be a
  // type still being declared (type T2 T1 while checking T1 = struct{ Next *T2 }): then it is
  // known once that declaration completes.
  if (auto* n = u->as<Named>(); n && !n->underlying) {
    // Following the definitions back to this type is a cycle (type A B; type B A).
    std::vector<Object*> cycle = {obj};
    const Named* t = n;
    for (; t && t != named; t = pendingUnderlying_.count(t) ? pendingUnderlying_[t] : nullptr)
      cycle.push_back(t->obj);
    if (!t) {
      pendingUnderlying_[named] = n;
      return;
    }
    cycleError(cycle);
    for (Object* o : cycle) {
      pendingUnderlying_.erase(o->type->as<Named>());
      finishNamed(const_cast<Named*>(o->type->as<Named>()), table_.invalid());
    }
    return;
  }
  finishNamed(named, under(u));
}

// Go's cycleError: the cycle reported from its object first in the source.
void Checker::cycleError(const std::vector<Object*>& cycle) {
  size_t first = 0;
  for (size_t i = 1; i < cycle.size(); ++i)
    if (cycle[i]->pos.line < cycle[first]->pos.line ||
        (cycle[i]->pos.line == cycle[first]->pos.line && cycle[i]->pos.col < cycle[first]->pos.col))
      first = i;
  auto at = [&](const Object* o) {
    return diags_.file() + ":" + std::to_string(o->pos.line) + ":" + std::to_string(o->pos.col);
  };
  const Object* o = cycle[first];
  std::string msg = "invalid recursive type " + o->name;
  for (size_t k = 0; k < cycle.size(); ++k) {
    msg += "\n\t" + at(o) + ": " + o->name + " refers to";
    o = cycle[(first + k + 1) % cycle.size()];
  }
  msg += "\n\t" + at(o) + ": " + o->name;
  error(cycle[first]->pos, msg);
}

void Checker::finishNamed(Named* named, const Type* u, const Named* via) {
  // A type may refer to itself through pointers, slices, maps, funcs; not by value. The cycle
  // goes through the type it was defined as (via), then the named types holding it by value.
  std::vector<Object*> cycle = {named->obj};
  if (via) cycle.push_back(via->obj);
  std::function<bool(const Type*, int)> containsSelf = [&](const Type* t, int depth) {
    if (depth > 100) return true;
    if (t == named) return true;
    if (auto* n = t->as<Named>()) {
      if (!n->underlying || n->obj->pkg != pkg_) return false;
      cycle.push_back(n->obj);
      if (containsSelf(n->underlying, depth + 1)) return true;
      cycle.pop_back();
      return false;
    }
    if (auto* a = t->as<Array>()) return containsSelf(a->elem, depth + 1);
    if (auto* st = t->as<Struct>()) {
      for (const Var* f : st->fields)
        if (containsSelf(f->type, depth + 1)) return true;
    }
    return false;
  };
  if (containsSelf(u, 0)) {
    cycleError(cycle);
    u = table_.invalid();
  }
  named->underlying = u;
  // Types defined as this one while it was being declared have their underlying type now.
  for (auto it = pendingUnderlying_.begin(); it != pendingUnderlying_.end();) {
    if (it->second != named) {
      ++it;
      continue;
    }
    auto* waiting = const_cast<Named*>(it->first);
    pendingUnderlying_.erase(it);
    finishNamed(waiting, u, named);
    it = pendingUnderlying_.begin();
  }
  // Resolve this type's methods now: its method set may be needed before the methods' turn.
  for (auto& [m, md] : methodDecls_)
    if (receiverBase(md->recv) == named->obj->name) resolveObject(m);
}

void Checker::funcDecl(Func* obj, const FuncDecl* d) {
  Scope* fscope = table_.newScope(fileScope(objDecls_[obj].file));
  fscope->isFunc = true;
  info_.scopes[d->type] = fscope;
  std::vector<const TypeParam*> tparams;
  if (!d->typeParams.empty()) {
    if (d->recv) error(d->name->pos, "methods cannot have type parameters");
    tparams = declareTypeParams(d->typeParams, fscope);
    obj->genericScope = fileScope(objDecls_[obj].file);
  }
  if (auto rparams = receiverTypeParams(d->recv); !rparams.empty()) {
    // func (l *List[T]) M(): T names the generic type's own type parameter here.
    Object* base = pkg_->scope->lookupLocal(receiverBase(d->recv));
    if (base && !base->type) resolveObject(base);
    auto* origin = base && base->type ? base->type->as<Named>() : nullptr;
    if (origin && !origin->typeParams.empty()) {
      if (rparams.size() != origin->typeParams.size()) {
        errorAt(rparams.front(), "got " + std::to_string(rparams.size()) +
                                     " type parameters, but receiver base type declares " +
                                     std::to_string(origin->typeParams.size()));
      } else {
        for (size_t i = 0; i < rparams.size(); ++i) {
          auto* n = rparams[i]->as<Name>();
          if (!n) {
            errorAt(rparams[i],
                    "receiver type parameter " + exprStr(rparams[i]) + " must be an identifier");
            continue;
          }
          auto* tn = table_.newObject<TypeName>(n->value, n->pos);
          tn->pkg = pkg_;
          tn->alias = true;
          tn->type = origin->typeParams[i];
          info_.defs[n] = tn;
          fscope->insert(tn);  // `_` too: see Checker::ident
        }
      }
    }
  }
  Scope* saved = scope_;
  scope_ = fscope;
  obj->type = funcType(d->type, d->recv, fscope, d->recv ? obj : nullptr);
  scope_ = saved;
  if (!tparams.empty()) const_cast<Signature*>(obj->sig())->typeParams = tparams;
  if (const Directive* imp = syntax::importDirective(d))
    checkWasmImport(d, *imp, obj);
  else if (!d->body && !pkg_->isRuntime)
    error(d->name->pos, "missing function body");
  // A blank method is checked but belongs to no method set (nor clashes with blank fields).
  if (d->recv && obj->recvBase && obj->name != "_") {
    auto* base = const_cast<Named*>(obj->recvBase);
    for (Func* m : base->methods) {
      if (m->name == obj->name) {
        error(obj->pos, base->obj->name + "." + obj->name + " redeclared in this block\n\t" +
                            diags_.file() + ":" + std::to_string(m->pos.line) + ":" +
                            std::to_string(m->pos.col) + ": other declaration of " + m->name);
        return;
      }
    }
    if (auto* st = under(base)->as<Struct>()) {
      for (Var* f : st->fields)
        if (f->name == obj->name) {
          error(obj->pos, "field and method with the same name " + obj->name);
          return;
        }
    }
    base->methods.push_back(obj);
  }
}

void Checker::checkFuncBodies() {
  std::vector<std::pair<Func*, const FuncDecl*>> all;
  for (Object* o : pkgObjects_)
    if (auto* f = o->as<Func>()) all.push_back({f, f->decl});
  for (auto& md : methodDecls_) all.push_back(md);
  std::sort(all.begin(), all.end(), [](auto& a, auto& b) {
    return std::tie(a.second->pos.line, a.second->pos.col) <
           std::tie(b.second->pos.line, b.second->pos.col);
  });
  for (auto& [f, d] : all) checkBody(f, d);
}

void Checker::checkBody(Func* f, const FuncDecl* d) {
  if (!d->body || !f->type || isInvalid(f->type)) return;
  Object* saved = currentDecl_;
  currentDecl_ = f;
  funcBody(f, d, f->sig());
  currentDecl_ = saved;
  info_.funcs.push_back(f);
}

// Go's rule: repeatedly pick the earliest variable in declaration order that has no
// uninitialized dependencies; dependencies through functions count.
void Checker::computeInitOrder() {
  std::unordered_map<Object*, std::set<Object*>> varDeps;
  std::function<void(Object*, std::set<Object*>&, std::set<Object*>&)> collect =
      [&](Object* o, std::set<Object*>& out, std::set<Object*>& seen) {
        if (!seen.insert(o).second) return;
        for (Object* dep : objDecls_[o].deps) {
          if (dep->as<Var>()) out.insert(dep);
          if (dep->as<Func>()) collect(dep, out, seen);
        }
      };
  std::vector<Var*> vars;
  for (Object* o : pkgObjects_)
    if (auto* v = o->as<Var>()) {
      vars.push_back(v);
      std::set<Object*> seen;
      collect(v, varDeps[v], seen);
      if (varDeps[v].count(v)) {
        error(v->pos, "initialization cycle: " + v->name + " refers to itself");
        varDeps[v].erase(v);
      }
    }
  std::set<const Node*> emitted;
  std::set<Object*> done;
  while (done.size() < vars.size()) {
    Var* pick = nullptr;
    for (Var* v : vars) {
      if (done.count(v)) continue;
      bool ready = true;
      for (Object* dep : varDeps[v])
        if (!done.count(dep) && dep != v) ready = false;
      if (ready) {
        pick = v;
        break;
      }
    }
    if (!pick) {  // a cycle was reported (or will be); keep source order
      for (Var* v : vars)
        if (!done.count(v)) pick = v;
    }
    auto* d = pick->declNode->as<VarDecl>();
    std::vector<Var*> group;
    for (const Name* n : d->names)
      if (auto* v = info_.defs[n] ? info_.defs[n]->as<Var>() : nullptr) group.push_back(v);
    if (d->values.size() == 1 && d->names.size() > 1) {
      for (Var* v : group) done.insert(v);
      if (emitted.insert(d).second) info_.initOrder.push_back({group, d->values[0]});
      continue;
    }
    done.insert(pick);
    for (size_t i = 0; i < group.size(); ++i)
      if (group[i] == pick && i < d->values.size())
        info_.initOrder.push_back({{pick}, d->values[i]});
  }
}

void Checker::checkUnusedImports() {
  for (PkgName* p : importNames_)
    if (!p->used) error(p->pos, "\"" + p->imported->path + "\" imported and not used");
}

// //go:wasmimport module name: the function is the host's import of that name. As in Go, only
// a package-level function without a body, whose parameters and result are numbers of a fixed
// size, bools, pointers, unsafe.Pointer or uintptr.
void Checker::checkWasmImport(const FuncDecl* d, const Directive& dir, const Func* fn) {
  auto imp = syntax::parseImportDirective(dir.text);
  if (imp.module.empty()) {
    error(dir.pos, "usage: //go:wasmimport importmodule importname");
    return;
  }
  if (d->body || d->recv || !d->typeParams.empty()) {
    error(dir.pos, "can only use //go:wasmimport with external func implementations");
    return;
  }
  const Signature* sig = fn->sig();
  if (!sig) return;
  auto allowed = [](const Type* t) {
    const Type* u = under(t);
    if (u->as<Pointer>()) return true;
    const Basic* b = asBasic(u);
    if (!b) return false;
    switch (b->basic) {
      case BasicKind::Bool:
      case BasicKind::Int32:
      case BasicKind::Uint32:
      case BasicKind::Int64:
      case BasicKind::Uint64:
      case BasicKind::Float32:
      case BasicKind::Float64:
      case BasicKind::Uintptr:
      case BasicKind::UnsafePointer:
        return true;
      default:
        return false;
    }
  };
  for (const Var* p : sig->params)
    if (!allowed(p->type))
      error(p->pos, "go:wasmimport: unsupported parameter type " + typeString(p->type, pkg_));
  if (sig->results.size() > 1) error(dir.pos, "go:wasmimport: too many return values");
  for (const Var* r : sig->results)
    if (!allowed(r->type))
      error(r->pos, "go:wasmimport: unsupported result type " + typeString(r->type, pkg_));
  if (sig->variadic) error(dir.pos, "go:wasmimport: variadic functions are not supported");
}

}  // namespace gm::types
