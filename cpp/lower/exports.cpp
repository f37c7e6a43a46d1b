#include <set>

#include "lower/lower.h"
#include "syntax/directive.h"

namespace gm::lower {

namespace {

bool validExportName(const std::string& s) {
  if (s.empty()) return false;
  for (unsigned char c : s)
    if (c <= ' ' || c >= 0x7f) return false;
  return true;
}

// Why a value of type t cannot cross the JS boundary (empty when it can). Struct fields are the
// marshaller's business: one it cannot carry is hidden from JS (and must be zero coming out).
std::string uncrossable(const types::Type* t, bool result) {
  if (result && t->as<types::Named>() && t->as<types::Named>()->obj->name == "error" &&
      !t->as<types::Named>()->obj->pkg)
    return "";
  const types::Type* u = types::under(t);
  if (u->as<types::Basic>() || u->as<types::Struct>()) return "";
  if (auto* p = u->as<types::Pointer>()) return uncrossable(p->elem, result);
  if (auto* s = u->as<types::Slice>()) return uncrossable(s->elem, result);
  if (auto* a = u->as<types::Array>()) return uncrossable(a->elem, result);
  if (u->as<types::Map>()) return "maps";
  if (u->as<types::Signature>()) return "functions";
  if (u->as<types::Chan>()) return "channels";
  if (u->as<types::Interface>()) return result ? "interfaces other than error" : "interfaces";
  return "this type";
}

}  // namespace

bool isJsValue(const types::Type* t) {
  auto* n = t->as<types::Named>();
  return n && n->obj->name == "Value" && n->obj->pkg && n->obj->pkg->path == "syscall/js";
}

std::vector<ExportSpec> collectExports(const syntax::File* file, const types::Info& info,
                                       Diagnostics& diags) {
  std::vector<ExportSpec> out;
  std::set<std::string> names;
  for (const syntax::Decl* d : file->decls) {
    auto* fd = d->as<syntax::FuncDecl>();
    if (!fd) continue;
    for (const syntax::Directive& dir : fd->directives) {
      if (syntax::isImportDirective(dir.text)) continue;
      // A generic function's instance follows the name (`Sum[int32]`); the checker resolved it
      // (types::Info::exportInstances).
      std::string name = syntax::parseExportDirective(dir.text).name;
      if (!validExportName(name)) {
        diags.error(dir.pos, "invalid export directive: missing or malformed export name");
        continue;
      }
      if (fd->recv) {
        diags.error(dir.pos, "export directive on method " + fd->name->value +
                                 ": only package-level functions can be exported");
        continue;
      }
      auto* obj = info.objectOf(fd->name);
      auto* fn = obj ? obj->as<types::Func>() : nullptr;
      if (!fn || !fn->type) continue;
      if (auto it = info.exportInstances.find(dir.pos.line); it != info.exportInstances.end())
        fn = it->second;
      else if (!fn->sig()->typeParams.empty())
        continue;  // reported by the checker
      if (!names.insert(name).second) {
        diags.error(dir.pos, "duplicate export name " + name);
        continue;
      }
      bool ok = true;
      auto check = [&](const types::Var* v, bool result, size_t i) {
        std::string why = uncrossable(v->type, result);
        if (why.empty()) return;
        ok = false;
        std::string what =
            result ? (v->name.empty() ? "result " + std::to_string(i + 1) : "result " + v->name)
                   : "parameter " +
                         (v->name.empty() || v->name == "_" ? std::to_string(i + 1) : v->name);
        diags.error(v->pos.valid() ? v->pos : dir.pos,
                    "cannot export " + fn->name + ": " + what + " has type " +
                        types::typeString(v->type, fn->pkg) + "; " + why +
                        " cannot cross the JS boundary");
      };
      for (size_t i = 0; i < fn->sig()->params.size(); ++i) check(fn->sig()->params[i], false, i);
      for (size_t i = 0; i < fn->sig()->results.size(); ++i) check(fn->sig()->results[i], true, i);
      if (ok) out.push_back({name, fn, dir.pos});
    }
  }
  return out;
}

std::vector<ClassSpec> collectClasses(const syntax::File* file, const types::Info& info,
                                      const std::vector<ExportSpec>& exports, Diagnostics& diags) {
  std::vector<ClassSpec> out;
  std::set<std::string> names;
  for (const ExportSpec& e : exports) names.insert(e.name);
  for (const syntax::Decl* d : file->decls) {
    auto* td = d->as<syntax::TypeDecl>();
    if (!td) continue;
    for (const syntax::Directive& dir : td->directives) {
      std::string name = syntax::parseExportDirective(dir.text).name;
      if (!validExportName(name) || name.find('.') != std::string::npos) {
        diags.error(dir.pos, "invalid export directive: missing or malformed class name");
        continue;
      }
      auto* obj = info.objectOf(td->name);
      auto* named = obj && obj->type ? obj->type->as<types::Named>() : nullptr;
      if (!named || td->alias || !named->typeParams.empty()) {
        diags.error(dir.pos, "export directive on type " + td->name->value +
                                 ": only non-generic defined types can be exported as classes");
        continue;
      }
      if (types::isInterface(named)) {
        diags.error(dir.pos, "export directive on interface type " + td->name->value +
                                 ": only concrete types can be exported as classes");
        continue;
      }
      if (!names.insert(name).second) {
        diags.error(dir.pos, "duplicate export name " + name);
        continue;
      }
      ClassSpec cls{name, named, dir.pos, {}};
      for (const types::Func* m : named->methods)
        if (m->exported() && m->decl && m->decl->body)
          cls.methods.push_back({name + "." + m->name, m});
      out.push_back(std::move(cls));
    }
  }
  return out;
}

}  // namespace gm::lower
