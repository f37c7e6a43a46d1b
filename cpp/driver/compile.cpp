#include "driver/compile.h"

#include "abi/manifest.h"
#include "lower/lower.h"
#include "syntax/parser.h"
#include "types/checker.h"
#include "wasm/module.h"

namespace gm {

namespace {

// Everything one compile owns; the phases share it and stop at the first phase with errors.
struct Session {
  Diagnostics diags;
  syntax::Arena arena;
  types::TypeTable table;
  types::Info info;
  syntax::File* file = nullptr;
  types::Package* pkg = nullptr;
  explicit Session(const std::string& filename) : diags(filename) {}
};

bool frontEnd(Session& s, std::string_view source, const CompileOptions& options) {
  s.file = syntax::parseFile(options.filename, source, s.arena, s.diags);
  if (s.diags.hasErrors()) return false;
  std::string name = s.file->pkgName ? s.file->pkgName->value : "main";
  s.pkg = s.table.newPackage(name, name);
  types::Checker checker(s.table, s.pkg, s.info, s.diags);
  checker.checkFiles({s.file}, {});
  return !s.diags.hasErrors();
}

std::vector<Diagnostic> finish(Diagnostics& diags) {
  diags.finish();
  return diags.list();
}

}  // namespace

CompileResult compile(std::string_view source, const CompileOptions& options) {
  Session s(options.filename);
  CompileResult result;
  if (frontEnd(s, source, options)) {
    lower::Program prog{s.pkg, &s.info, lower::collectExports(s.file, s.info, s.diags)};
    wasm::Module mod;
    if (!s.diags.hasErrors()) lower::lowerProgram(prog, mod, s.diags);
    if (!s.diags.hasErrors()) {
      result.ok = true;
      result.wasm = wasm::encode(mod);
      result.manifestJson = abi::manifestJson(prog.exports, s.pkg);
    }
  }
  result.diagnostics = finish(s.diags);
  return result;
}

std::vector<Diagnostic> check(std::string_view source, const CompileOptions& options) {
  Session s(options.filename);
  frontEnd(s, source, options);
  return finish(s.diags);
}

}  // namespace gm
