#include "types/universe.h"

#include <algorithm>
#include <cstdio>

namespace gm::types {

namespace {

std::string pointerKey(const void* p) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

struct BasicSpec {
  BasicKind kind;
  const char* name;
};

constexpr BasicSpec kBasics[] = {
    {BasicKind::Invalid, "invalid type"},
    {BasicKind::Bool, "bool"},
    {BasicKind::Int8, "int8"},
    {BasicKind::Int16, "int16"},
    {BasicKind::Int32, "int32"},
    {BasicKind::Int64, "int64"},
    {BasicKind::Int, "int"},
    {BasicKind::Uint8, "uint8"},
    {BasicKind::Uint16, "uint16"},
    {BasicKind::Uint32, "uint32"},
    {BasicKind::Uint64, "uint64"},
    {BasicKind::Uint, "uint"},
    {BasicKind::Uintptr, "uintptr"},
    {BasicKind::Float32, "float32"},
    {BasicKind::Float64, "float64"},
    {BasicKind::String, "string"},
    {BasicKind::UnsafePointer, "unsafe.Pointer"},
    {BasicKind::UntypedBool, "untyped bool"},
    {BasicKind::UntypedInt, "untyped int"},
    {BasicKind::UntypedRune, "untyped rune"},
    {BasicKind::UntypedFloat, "untyped float"},
    {BasicKind::UntypedString, "untyped string"},
    {BasicKind::UntypedNil, "untyped nil"},
};

}  // namespace

TypeTable::TypeTable() {
  for (const auto& b : kBasics) basics_.push_back(make<Basic>(b.kind, b.name));
  buildUniverse();
}

const Pointer* TypeTable::pointer(const Type* elem) {
  auto& slot = pointers_[elem];
  if (!slot) slot = make<Pointer>(elem);
  return slot;
}

const Slice* TypeTable::slice(const Type* elem) {
  auto& slot = slices_[elem];
  if (!slot) slot = make<Slice>(elem);
  return slot;
}

const Array* TypeTable::array(const Type* elem, int64_t len) {
  auto& slot = arrays_[{elem, len}];
  if (!slot) slot = make<Array>(elem, len);
  return slot;
}

const Map* TypeTable::map(const Type* key, const Type* elem) {
  auto& slot = maps_[{key, elem}];
  if (!slot) slot = make<Map>(key, elem);
  return slot;
}

const Chan* TypeTable::chan(int dir, const Type* elem) {
  auto& slot = chans_[{dir, elem}];
  if (!slot) slot = make<Chan>(dir, elem);
  return slot;
}

const Tuple* TypeTable::tuple(const std::vector<const Type*>& types) {
  auto& slot = tuples_[types];
  if (!slot) {
    auto* t = make<Tuple>();
    t->types = types;
    slot = t;
  }
  return slot;
}

const Signature* TypeTable::signature(const std::vector<const Type*>& params,
                                      const std::vector<const Type*>& results, bool variadic) {
  auto key = std::make_tuple(tuple(params), tuple(results), variadic);
  auto& slot = signatures_[key];
  if (!slot) {
    auto* sig = make<Signature>();
    for (auto* t : params) sig->params.push_back(newObject<Var>("", Pos{}, t));
    for (auto* t : results) sig->results.push_back(newObject<Var>("", Pos{}, t));
    for (auto* v : sig->params) v->isParam = true;
    for (auto* v : sig->results) v->isParam = true;
    sig->variadic = variadic;
    sig->paramTuple = std::get<0>(key);
    sig->resultTuple = std::get<1>(key);
    slot = sig;
  }
  return slot;
}

void TypeTable::finishSignature(Signature* sig) {
  std::vector<const Type*> ps, rs;
  for (auto* v : sig->params) ps.push_back(v->type);
  for (auto* v : sig->results) rs.push_back(v->type);
  sig->paramTuple = tuple(ps);
  sig->resultTuple = tuple(rs);
}

const Struct* TypeTable::structType(std::vector<Var*> fields, std::vector<std::string> tags) {
  std::string key;
  for (size_t i = 0; i < fields.size(); ++i) {
    const Var* f = fields[i];
    key += f->name;
    if (!f->exported()) key += "@" + pointerKey(f->pkg);
    key += ":" + pointerKey(f->type) + (f->embedded ? "E" : "") + "`" + tags[i] + "`;";
  }
  auto& slot = structs_[key];
  if (!slot) {
    auto* s = make<Struct>();
    s->fields = std::move(fields);
    s->tags = std::move(tags);
    slot = s;
  }
  return slot;
}

const Interface* TypeTable::interfaceType(Interface* fresh) {
  std::string key;
  for (const Func* m : fresh->allMethods) {
    key += m->name;
    if (!m->exported()) key += "@" + pointerKey(m->pkg);
    key += ":" + pointerKey(m->type) + ";";
  }
  if (fresh->hasTerms) {
    key += "|";
    for (const auto& t : fresh->terms) key += (t.tilde ? "~" : "") + pointerKey(t.type) + ",";
  }
  if (fresh->comparable) key += "#comparable";
  auto& slot = interfaces_[key];
  if (!slot) slot = fresh;
  return slot;
}

Package* TypeTable::newPackage(std::string path, std::string name) {
  auto p = std::make_unique<Package>();
  p->path = std::move(path);
  p->name = std::move(name);
  p->scope = newScope(universe_);
  packages_.push_back(std::move(p));
  return packages_.back().get();
}

Package* TypeTable::unsafePackage() {
  if (unsafe_) return unsafe_;
  unsafe_ = newPackage("unsafe", "unsafe");
  auto* pointer = newObject<TypeName>("Pointer", Pos{});
  pointer->type = basic(BasicKind::UnsafePointer);
  pointer->pkg = unsafe_;
  unsafe_->scope->insert(pointer);
  const std::pair<const char*, BuiltinId> builtins[] = {{"Sizeof", BuiltinId::Sizeof},
                                                        {"Alignof", BuiltinId::Alignof},
                                                        {"Offsetof", BuiltinId::Offsetof},
                                                        {"Add", BuiltinId::Add},
                                                        {"Slice", BuiltinId::Slice}};
  for (const auto& [name, id] : builtins) {
    auto* b = newObject<Builtin>(name, id);
    b->type = basic(BasicKind::Invalid);
    b->pkg = unsafe_;
    unsafe_->scope->insert(b);
  }
  return unsafe_;
}

void TypeTable::buildUniverse() {
  universe_ = newScope(nullptr);
  auto defineType = [&](const std::string& name, const Type* t) {
    auto* obj = newObject<TypeName>(name, Pos{});
    obj->type = t;
    universe_->insert(obj);
    return obj;
  };
  for (int k = static_cast<int>(BasicKind::Bool); k <= static_cast<int>(BasicKind::String); ++k)
    defineType(basics_[k]->name, basics_[k]);
  // byte and rune are aliases.
  defineType("byte", basic(BasicKind::Uint8))->alias = true;
  defineType("rune", basic(BasicKind::Int32))->alias = true;

  auto* empty = make<Interface>();
  empty->complete = true;
  emptyInterface_ = interfaceType(empty);
  defineType("any", emptyInterface_)->alias = true;

  // type error interface { Error() string }
  auto* errorObj = newObject<TypeName>("error", Pos{});
  auto* errorNamed = make<Named>(errorObj);
  errorObj->type = errorNamed;
  errorMethod_ = newObject<Func>("Error", Pos{});
  errorMethod_->type = signature({}, {basic(BasicKind::String)}, false);
  errorMethod_->isInterfaceMethod = true;
  auto* errorIface = make<Interface>();
  errorIface->methods = {errorMethod_};
  errorIface->allMethods = {errorMethod_};
  errorIface->complete = true;
  errorNamed->underlying = interfaceType(errorIface);
  error_ = errorNamed;
  universe_->insert(errorObj);

  auto* comparableObj = newObject<TypeName>("comparable", Pos{});
  auto* comparableNamed = make<Named>(comparableObj);
  comparableObj->type = comparableNamed;
  auto* cmp = make<Interface>();
  cmp->comparable = true;
  cmp->complete = true;
  comparable_ = interfaceType(cmp);
  comparableNamed->underlying = comparable_;
  universe_->insert(comparableObj);

  auto defineConst = [&](const std::string& name, const Type* t, constant::Value v) {
    auto* c = newObject<Const>(name, Pos{});
    c->type = t;
    c->value = std::move(v);
    universe_->insert(c);
  };
  defineConst("true", basic(BasicKind::UntypedBool), constant::Value::makeBool(true));
  defineConst("false", basic(BasicKind::UntypedBool), constant::Value::makeBool(false));
  defineConst("iota", basic(BasicKind::UntypedInt), constant::Value::makeInt64(0));

  auto* nil = newObject<Nil>();
  nil->type = basic(BasicKind::UntypedNil);
  universe_->insert(nil);

  const std::pair<const char*, BuiltinId> builtins[] = {
      {"append", BuiltinId::Append},   {"cap", BuiltinId::Cap},
      {"clear", BuiltinId::Clear},     {"close", BuiltinId::Close},
      {"complex", BuiltinId::Complex}, {"copy", BuiltinId::Copy},
      {"delete", BuiltinId::Delete},   {"imag", BuiltinId::Imag},
      {"len", BuiltinId::Len},         {"make", BuiltinId::Make},
      {"max", BuiltinId::Max},         {"min", BuiltinId::Min},
      {"new", BuiltinId::New},         {"panic", BuiltinId::Panic},
      {"print", BuiltinId::Print},     {"println", BuiltinId::Println},
      {"real", BuiltinId::Real},       {"recover", BuiltinId::Recover},
  };
  for (const auto& [name, id] : builtins) {
    auto* b = newObject<Builtin>(name, id);
    b->type = basic(BasicKind::Invalid);
    universe_->insert(b);
  }
}

Object* Scope::lookup(std::string_view name, const Scope** where) const {
  for (const Scope* s = this; s; s = s->parent) {
    if (Object* o = s->lookupLocal(name)) {
      if (where) *where = s;
      return o;
    }
  }
  return nullptr;
}

Object* Scope::insert(Object* obj) {
  auto [it, inserted] = names.emplace(obj->name, obj);
  if (!inserted) return it->second;
  obj->parent = this;
  return nullptr;
}

}  // namespace gm::types
