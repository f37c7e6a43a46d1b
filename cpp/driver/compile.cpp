#include "driver/compile.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <unordered_map>

#include "abi/manifest.h"
#include "driver/runtime_sources.h"
#include "lower/lower.h"
#include "syntax/parser.h"
#include "types/checker.h"
#include "wasm/module.h"

namespace gm {

namespace {

// Everything one compile owns. The user's file and the embedded runtime/standard-library
// packages share one type table and one Info; the phases stop at the first one with errors.
struct Session {
  Diagnostics diags;
  syntax::Arena arena;
  types::TypeTable table;
  types::Info info;
  syntax::File* file = nullptr;
  types::Package* pkg = nullptr;
  types::Package* runtime = nullptr;
  explicit Session(const std::string& filename) : diags(filename) {}
};

// An embedded source file, parsed once per process: its syntax tree never changes, and every
// compile's checker keeps what it learns in its own Info, so the trees can be shared.
struct ParsedSource {
  syntax::File* file;
  std::vector<Diagnostic> diagnostics;
};

const ParsedSource& parsedRuntimeSource(const RuntimeSource& src) {
  static std::mutex mutex;
  static syntax::Arena arena;
  static std::unordered_map<const void*, ParsedSource> cache;  // keyed by the static text
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(src.text.data());
  if (it != cache.end()) return it->second;
  Diagnostics diags{std::string(src.path)};
  syntax::File* file = syntax::parseFile(src.path, src.text, arena, diags);
  return cache.emplace(src.text.data(), ParsedSource{file, diags.list()}).first->second;
}

// Parses and checks embedded package `path` (e.g. "runtime", "strings") after the embedded
// packages it imports, and adds it to `imports`; null when no embedded package has that path. Its
// sources are ours, so any error is an internal compiler error, reported against the user's file.
types::Package* loadEmbeddedPackage(Session& s, const std::string& path,
                                    std::unordered_map<std::string, types::Package*>& imports) {
  if (auto it = imports.find(path); it != imports.end()) return it->second;
  std::vector<syntax::File*> files;
  Diagnostics pkgDiags(path);
  for (const RuntimeSource& src : runtimeSources()) {
    std::string_view p = src.path;
    if (p.substr(0, path.size() + 1) != path + "/" ||
        p.find('/', path.size() + 1) != std::string_view::npos)
      continue;
    const ParsedSource& parsed = parsedRuntimeSource(src);
    files.push_back(parsed.file);
    for (const auto& d : parsed.diagnostics) pkgDiags.error(d.pos, d.format());
  }
  if (files.empty()) return nullptr;
  auto* pkg = s.table.newPackage(path, path.substr(path.rfind('/') + 1));
  pkg->isRuntime = true;  // ours: may declare intrinsics (functions without a body)
  imports[path] = pkg;    // (our packages import no cycles; this also ends a mistaken one)
  for (const syntax::File* f : files)
    for (const syntax::Decl* d : f->decls)
      if (auto* imp = d->as<syntax::ImportDecl>()) loadEmbeddedPackage(s, imp->path, imports);
  if (!pkgDiags.hasErrors()) {
    types::Checker checker(s.table, pkg, s.info, pkgDiags);
    checker.checkFiles(files, imports);
  }
  for (const auto& d : pkgDiags.list())
    s.diags.error({}, "internal compiler error in package " + path + ": " + d.format());
  return pkg;
}

bool frontEnd(Session& s, std::string_view source, const CompileOptions& options) {
  s.file = syntax::parseFile(options.filename, source, s.arena, s.diags);
  // Like go build: only syntax errors stop before type checking (a bad literal or character
  // is reported and checking goes on).
  for (const Diagnostic& d : s.diags.list())
    if (d.message.rfind("syntax error", 0) == 0) return false;
  if (s.diags.full()) return false;
  const size_t userErrors = s.diags.count();
  std::unordered_map<std::string, types::Package*> imports = {{"unsafe", s.table.unsafePackage()}};
  s.runtime = loadEmbeddedPackage(s, "runtime", imports);
  // The standard-library packages the user imports, and theirs (an unknown path stays out of
  // `imports`: the checker reports it). The runtime is importable for its exported API (GC,
  // MemStats, Error); everything else in it is unexported.
  for (const syntax::Decl* d : s.file->decls)
    if (auto* imp = d->as<syntax::ImportDecl>()) {
      // The JS bridge exists only where the host is gomethod's JS API.
      if (imp->path == "syscall/js" && options.target != "js") {
        s.diags.error(imp->pathPos, "package syscall/js needs the js target (compiling for \"" +
                                        options.target + "\")");
        return false;
      }
      loadEmbeddedPackage(s, imp->path, imports);
    }
  if (s.diags.count() > userErrors) return false;  // an internal error in an embedded package
  std::string name = s.file->pkgName ? s.file->pkgName->value : "main";
  s.pkg = s.table.newPackage(name, name);
  types::Checker checker(s.table, s.pkg, s.info, s.diags);
  checker.checkFiles({s.file}, imports);
  return !s.diags.hasErrors();
}

std::vector<Diagnostic> finish(Diagnostics& diags) {
  diags.finish();
  return diags.list();
}

}  // namespace

// interface{ String() string }: how an uncaught panic prints a value that is not an error.
const types::Type* stringerType(types::TypeTable& table) {
  auto* string = table.newObject<types::Func>("String", Pos{});
  string->isInterfaceMethod = true;
  string->type = table.signature({}, {table.basic(types::BasicKind::String)}, false);
  auto* iface = table.make<types::Interface>();
  iface->methods = iface->allMethods = {string};
  iface->complete = true;
  return table.interfaceType(iface);
}

CompileResult compile(std::string_view source, const CompileOptions& options) {
  Session s(options.filename);
  CompileResult result;
  if (frontEnd(s, source, options)) {
    const types::Type* runtimeErrorPtr = nullptr;
    if (auto* o = s.runtime->scope->lookupLocal("runtimeError"); o && o->type)
      runtimeErrorPtr = s.table.pointer(o->type);
    lower::Program prog{s.pkg,
                        s.runtime,
                        &s.info,
                        lower::collectExports(s.file, s.info, s.diags),
                        {},
                        s.table.basic(types::BasicKind::Bool),
                        s.table.emptyInterface(),
                        s.table.errorType(),
                        runtimeErrorPtr,
                        stringerType(s.table)};
    prog.classes = lower::collectClasses(s.file, s.info, prog.exports, s.diags);
    prog.gc = options.gc == "leaking" ? lower::GcModel::Leaking
              : options.gc == "none"  ? lower::GcModel::None
                                      : lower::GcModel::Conservative;
    if (options.gc != "conservative" && options.gc != "leaking" && options.gc != "none")
      s.diags.error({}, "unknown memory model gc: \"" + options.gc +
                            "\" (want conservative, leaking or none)");
    if (options.target == "direct")
      prog.target = lower::Target::Direct;
    else if (options.target == "wasi")
      prog.target = lower::Target::Wasi;
    else if (options.target != "js")
      s.diags.error({}, "unknown target \"" + options.target + "\" (want direct, js or wasi)");
    prog.gcPercent = options.gcPercent;
    if (options.memoryLimit)
      prog.maxMemoryPages =
          static_cast<uint32_t>(std::min<uint64_t>((options.memoryLimit + 65535) / 65536, 65536));
    wasm::Module mod;
    if (!s.diags.hasErrors()) lower::lowerProgram(prog, mod, s.diags);
    if (!s.diags.hasErrors()) {
      result.ok = true;
      result.wasm = wasm::encode(mod);
      result.manifestJson =
          abi::manifestJson(prog.exports, prog.classes, s.pkg, mod, options.gc, options.target);
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
