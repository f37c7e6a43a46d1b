// The Emscripten module's JS surface: compile(source, options) and version(). The JS API in
// web/compiler.js wraps this; nothing else should call it directly.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include "driver/compile.h"

namespace {

using emscripten::val;

val compileForJs(std::string source, val options) {
  gm::CompileOptions opts;
  if (options.typeOf().as<std::string>() == "object" && !options.isNull()) {
    val filename = options["filename"];
    if (filename.typeOf().as<std::string>() == "string") opts.filename = filename.as<std::string>();
    val target = options["target"];
    if (target.typeOf().as<std::string>() == "string") opts.target = target.as<std::string>();
    val gc = options["gc"];
    if (gc.typeOf().as<std::string>() == "string") opts.gc = gc.as<std::string>();
    val percent = options["gcPercent"];
    if (percent.typeOf().as<std::string>() == "number") opts.gcPercent = percent.as<int32_t>();
    val limit = options["memoryLimit"];
    if (limit.typeOf().as<std::string>() == "number")
      opts.memoryLimit = static_cast<uint64_t>(limit.as<double>());
  }
  gm::CompileResult r = gm::compile(source, opts);
  val out = val::object();
  out.set("ok", r.ok);
  if (r.ok) {
    // Copy out of the compiler's heap: the view would dangle after `r` is destroyed.
    val view = val(emscripten::typed_memory_view(r.wasm.size(), r.wasm.data()));
    out.set("wasm", val::global("Uint8Array").new_(view));
  } else {
    out.set("wasm", val::null());
  }
  val diags = val::array();
  for (const auto& d : r.diagnostics) {
    val o = val::object();
    o.set("file", d.file);
    o.set("line", d.pos.line);
    o.set("column", d.pos.col);
    o.set("message", d.message);
    diags.call<void>("push", o);
  }
  out.set("diagnostics", diags);
  out.set("manifest", r.manifestJson);
  return out;
}

std::string version() {
  return "gomethod 0.1.0";
}

}  // namespace

EMSCRIPTEN_BINDINGS(gomethod) {
  emscripten::function("compile", &compileForJs);
  emscripten::function("version", &version);
}
