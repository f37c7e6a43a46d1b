// gomethodc: the native developer CLI (the npm package's `gomethod` CLI runs the wasm build).
//   gomethodc build FILE.go [-o OUT.wasm] [--manifest OUT.json] [--target T] [--gc MODEL]
//   [--gc-percent N]
//   [--memory-limit BYTES] gomethodc check FILE.go
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "driver/compile.h"

namespace {

int usage() {
  std::cerr << "usage: gomethodc build FILE.go [-o OUT.wasm] [--manifest OUT.json] [--target "
               "direct|js|wasi] [--gc MODEL] "
               "[--gc-percent N] [--memory-limit BYTES]\n"
               "       gomethodc check FILE.go\n";
  return 2;
}

bool readFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

void printDiagnostics(const std::vector<gm::Diagnostic>& diags) {
  for (const auto& d : diags) std::cerr << d.format() << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) return usage();
  std::string cmd = argv[1];
  std::string input = argv[2];
  std::string output, manifest;
  gm::CompileOptions options;
  for (int i = 3; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-o" && i + 1 < argc)
      output = argv[++i];
    else if (a == "--manifest" && i + 1 < argc)
      manifest = argv[++i];
    else if (a == "--target" && i + 1 < argc)
      options.target = argv[++i];
    else if (a == "--gc" && i + 1 < argc)
      options.gc = argv[++i];
    else if (a == "--gc-percent" && i + 1 < argc)
      options.gcPercent = static_cast<int32_t>(std::strtol(argv[++i], nullptr, 10));
    else if (a == "--memory-limit" && i + 1 < argc)
      options.memoryLimit = std::strtoull(argv[++i], nullptr, 10);
    else
      return usage();
  }
  std::string source;
  if (!readFile(input, source)) {
    std::cerr << "gomethodc: cannot read " << input << "\n";
    return 2;
  }
  options.filename = input;
  if (cmd == "check") {
    auto diags = gm::check(source, options);
    printDiagnostics(diags);
    return diags.empty() ? 0 : 1;
  }
  if (cmd != "build") return usage();
  gm::CompileResult r = gm::compile(source, options);
  printDiagnostics(r.diagnostics);
  if (!r.ok) return 1;
  if (output.empty()) {
    output = input;
    if (output.size() > 3 && output.substr(output.size() - 3) == ".go")
      output.resize(output.size() - 3);
    output += ".wasm";
  }
  std::ofstream(output, std::ios::binary)
      .write(reinterpret_cast<const char*>(r.wasm.data()),
             static_cast<std::streamsize>(r.wasm.size()));
  if (!manifest.empty()) std::ofstream(manifest) << r.manifestJson << "\n";
  return 0;
}
