// The whole pipeline: the walking skeleton's module, every test program compiling to a valid
// module, and robustness: mutated and hostile sources give diagnostics, never a crash or a hang.
#include "driver/compile.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace {

namespace fs = std::filesystem;

const char* kSkeleton =
    "package main\n\n//export add\nfunc add(a, b int32) int32 { return a + b }\n";

std::string readFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// wasm-validate from wabt, when installed (the bootstrap installs it).
bool validates(const std::vector<uint8_t>& wasm, const std::string& name) {
  if (!fs::exists("/usr/bin/wasm-validate")) return true;
  fs::path tmp =
      fs::temp_directory_path() / ("gomethod-" + name + "-" + std::to_string(getpid()) + ".wasm");
  std::ofstream(tmp, std::ios::binary)
      .write(reinterpret_cast<const char*>(wasm.data()), static_cast<long>(wasm.size()));
  int rc = std::system(
      ("/usr/bin/wasm-validate --enable-exceptions " + tmp.string() + " >/dev/null 2>&1").c_str());
  fs::remove(tmp);
  return rc == 0;
}

// Section ids present in a module (custom sections as 0 with their name).
std::vector<std::pair<int, std::string>> sections(const std::vector<uint8_t>& w) {
  std::vector<std::pair<int, std::string>> out;
  size_t i = 8;
  auto leb = [&]() {
    uint32_t v = 0;
    for (int shift = 0; i < w.size(); shift += 7) {
      uint8_t b = w[i++];
      v |= uint32_t(b & 0x7f) << shift;
      if (!(b & 0x80)) break;
    }
    return v;
  };
  while (i < w.size()) {
    int id = w[i++];
    uint32_t size = leb();
    size_t end = i + size;
    std::string name;
    if (id == 0) {
      uint32_t n = leb();
      name.assign(w.begin() + static_cast<long>(i), w.begin() + static_cast<long>(i + n));
    }
    out.push_back({id, name});
    i = end;
  }
  return out;
}

std::vector<fs::path> corpus() {
  std::vector<fs::path> files;
  for (const char* dir : {"tests/diff", "tests/programs", "tests/programs/go1.22", "tests/errors",
                          "tests/conformance/run", "tests/conformance/reject"})
    for (const auto& e : fs::directory_iterator(fs::path(GOMETHOD_SOURCE_DIR) / dir))
      if (e.path().extension() == ".go") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

void expectDiagnosticsWellFormed(const gm::CompileResult& r) {
  if (r.ok) return;
  ASSERT_FALSE(r.diagnostics.empty());
  for (const auto& d : r.diagnostics) EXPECT_FALSE(d.message.empty());
}

TEST(Compile, SkeletonIsTinyImportFreeAndNamed) {
  gm::CompileResult r = gm::compile(kSkeleton, {"add.go"});
  ASSERT_TRUE(r.ok);
  EXPECT_TRUE(r.diagnostics.empty());
  EXPECT_LT(r.wasm.size(), 100u);
  bool hasName = false;
  for (auto& [id, name] : sections(r.wasm)) {
    EXPECT_NE(id, 2) << "the skeleton must import nothing";
    EXPECT_NE(id, 5) << "the skeleton needs no memory";
    hasName |= id == 0 && name == "name";
  }
  EXPECT_TRUE(hasName);
  EXPECT_TRUE(validates(r.wasm, "skeleton"));
  EXPECT_NE(r.manifestJson.find("\"name\":\"add\""), std::string::npos);
}

TEST(Compile, SameInputSameBytes) {
  EXPECT_EQ(gm::compile(kSkeleton, {"add.go"}).wasm, gm::compile(kSkeleton, {"add.go"}).wasm);
}

TEST(Compile, EveryTestProgramCompilesToAValidModule) {
  // Programs listed as known failures of the conformance suite may be rejected for now.
  const std::string known =
      readFile(fs::path(GOMETHOD_SOURCE_DIR) / "tests/conformance/known-failures.txt");
  for (const fs::path& p : corpus()) {
    if (p.parent_path().filename() == "errors" || p.parent_path().filename() == "reject") continue;
    if (known.find("\n" + p.filename().string() + ":") != std::string::npos) continue;
    gm::CompileResult r = gm::compile(readFile(p), {p.filename().string()});
    EXPECT_TRUE(r.ok) << p << ": " << (r.diagnostics.empty() ? "" : r.diagnostics[0].format());
    if (r.ok) EXPECT_TRUE(validates(r.wasm, p.stem().string())) << p;
  }
}

// Deterministic mutations of every corpus file: truncations, deleted ranges, swapped and
// replaced bytes. Each must give a module or diagnostics; a sample of the modules must validate.
TEST(Compile, MutatedSourcesNeverCrash) {
  std::mt19937 rng(20261129);
  int validated = 0;
  for (const fs::path& p : corpus()) {
    const std::string src = readFile(p);
    // Fewer mutations per file for the large conformance corpus keep the test around a second.
    const int mutations = p.string().find("conformance") != std::string::npos ? 8 : 40;
    for (int k = 0; k < mutations; ++k) {
      std::string m = src;
      size_t a = rng() % (m.size() + 1), b = rng() % (m.size() + 1);
      if (a > b) std::swap(a, b);
      switch (k % 4) {
        case 0:
          m.resize(a);
          break;
        case 1:
          m.erase(a, std::min<size_t>(b - a, 12));
          break;
        case 2:
          if (b < m.size() && a < m.size()) std::swap(m[a], m[b]);
          break;
        case 3:
          if (a < m.size()) m[a] = "(){}[];,.:=+-*/&|^!<>\"'`x0 \n"[rng() % 29];
          break;
      }
      gm::CompileResult r = gm::compile(m, {"mutant.go"});
      expectDiagnosticsWellFormed(r);
      if (r.ok && validated < 25 && k % 8 == 0) {
        ++validated;
        EXPECT_TRUE(validates(r.wasm, "mutant")) << p << " mutation " << k;
      }
    }
  }
}

TEST(Compile, HostileNestingGivesDiagnostics) {
  const std::string cases[] = {
      "package p\nvar x = " + std::string(100000, '('),
      "package p\nfunc f() {" + std::string(100000, '{'),
      "package p\nvar x = 1" +
          [] {
            std::string s;
            for (int i = 0; i < 50000; ++i) s += "+1";
            return s;
          }(),
      "package p\nvar x = " + std::string(50000, '-') + "1",
      "package p\ntype T " + std::string(50000, '*') + "int",
      "package p\nvar x " +
          [] {
            std::string s;
            for (int i = 0; i < 20000; ++i) s += "[]";
            return s;
          }() +
          "int",
  };
  for (const std::string& src : cases) {
    gm::CompileResult r = gm::compile(src, {"deep.go"});
    EXPECT_FALSE(r.ok);
    expectDiagnosticsWellFormed(r);
  }
}

TEST(Compile, LongFlatProgramsStillCompile) {
  std::string src = "package main\n\n//export f\nfunc f(x int) int {\n";
  for (int i = 0; i < 3000; ++i) src += "\tx = x*3 + " + std::to_string(i) + "\n";
  src += "\treturn x\n}\n";
  gm::CompileResult r = gm::compile(src, {"long.go"});
  ASSERT_TRUE(r.ok) << (r.diagnostics.empty() ? "" : r.diagnostics[0].format());
  EXPECT_TRUE(validates(r.wasm, "long"));
}

}  // namespace
