#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "wasm/leb128.h"
#include "wasm/module.h"
#include "wasm/opcodes.h"
#include "wasm/printer.h"

namespace gm::wasm {
namespace {

using Bytes = std::vector<uint8_t>;

constexpr const char* kValidator = "/usr/bin/wasm-validate";
constexpr const char* kDisassembler = "/usr/bin/wasm2wat";

const Op kAllOps[] = {
#define GM_X(name, text, prefix, code) Op::name,
    GM_WASM_OPCODES(GM_X)
#undef GM_X
};

Bytes lebU32(uint32_t v) {
  Bytes out;
  appendLebU32(out, v);
  return out;
}

Bytes lebS32(int32_t v) {
  Bytes out;
  appendLebS32(out, v);
  return out;
}

Bytes lebS64(int64_t v) {
  Bytes out;
  appendLebS64(out, v);
  return out;
}

uint32_t readLebU32(const Bytes& bytes, size_t& pos) {
  uint32_t value = 0;
  for (int shift = 0; pos < bytes.size(); shift += 7) {
    uint8_t byte = bytes[pos++];
    value |= uint32_t{byte & 0x7fu} << shift;
    if ((byte & 0x80) == 0) break;
  }
  return value;
}

struct Section {
  uint8_t id;
  std::string customName;  // custom sections only
  Bytes contents;          // after the custom name, for custom sections
};

// Splits an encoded module into its sections; fails the test on a malformed layout.
std::vector<Section> parseSections(const Bytes& module) {
  std::vector<Section> sections;
  size_t pos = 8;
  while (pos < module.size()) {
    Section s;
    s.id = module[pos++];
    uint32_t size = readLebU32(module, pos);
    size_t end = pos + size;
    EXPECT_LE(end, module.size());
    if (end > module.size()) break;
    if (s.id == 0) {
      uint32_t nameLength = readLebU32(module, pos);
      s.customName.assign(module.begin() + pos, module.begin() + pos + nameLength);
      pos += nameLength;
    }
    s.contents.assign(module.begin() + pos, module.begin() + end);
    pos = end;
    sections.push_back(std::move(s));
  }
  return sections;
}

std::optional<Section> findSection(const Bytes& module, uint8_t id) {
  for (Section& s : parseSections(module)) {
    if (s.id == id) return s;
  }
  return std::nullopt;
}

// The function bodies of the code section, each without its size prefix.
std::vector<Bytes> codeBodies(const Bytes& module) {
  std::vector<Bytes> bodies;
  std::optional<Section> code = findSection(module, 10);
  if (!code) return bodies;
  size_t pos = 0;
  uint32_t count = readLebU32(code->contents, pos);
  for (uint32_t i = 0; i < count; ++i) {
    uint32_t size = readLebU32(code->contents, pos);
    bodies.emplace_back(code->contents.begin() + pos, code->contents.begin() + pos + size);
    pos += size;
  }
  return bodies;
}

bool fileExists(const char* path) {
  return std::filesystem::exists(path);
}

std::string tempPath(const std::string& suffix) {
  const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
  return ::testing::TempDir() + "gm_wasm_" + test->name() + "_" + std::to_string(getpid()) + suffix;
}

void writeFile(const std::string& path, const Bytes& bytes) {
  std::ofstream file(path, std::ios::binary);
  file.write(reinterpret_cast<const char*>(bytes.data()),
             static_cast<std::streamsize>(bytes.size()));
}

int exitStatus(const std::string& command) {
  int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Returns wasm-validate's exit status; its errors go to stderr unless `quiet`.
int validate(const Bytes& module, bool quiet = false) {
  std::string path = tempPath(".wasm");
  writeFile(path, module);
  int status =
      exitStatus(std::string(kValidator) + " --enable-all " + path + (quiet ? " 2>/dev/null" : ""));
  std::filesystem::remove(path);
  return status;
}

// Ends the test: skips when the validator is missing, else expects the module to validate.
#define EXPECT_VALID_WASM(module)                                                               \
  do {                                                                                          \
    if (!fileExists(kValidator)) GTEST_SKIP() << kValidator << " is not installed";             \
    EXPECT_EQ(validate(encode(module)), 0) << "wasm-validate rejected:\n" << printText(module); \
  } while (0)

FuncType sig(std::vector<ValType> params, std::vector<ValType> results) {
  return FuncType{std::move(params), std::move(results)};
}

constexpr ValType I32 = ValType::I32;
constexpr ValType I64 = ValType::I64;
constexpr ValType F32 = ValType::F32;
constexpr ValType F64 = ValType::F64;

TEST(Leb128, UnsignedEdgeCases) {
  EXPECT_EQ(lebU32(0), (Bytes{0x00}));
  EXPECT_EQ(lebU32(127), (Bytes{0x7f}));
  EXPECT_EQ(lebU32(128), (Bytes{0x80, 0x01}));
  EXPECT_EQ(lebU32(624485), (Bytes{0xe5, 0x8e, 0x26}));
  EXPECT_EQ(lebU32(UINT32_MAX), (Bytes{0xff, 0xff, 0xff, 0xff, 0x0f}));
}

TEST(Leb128, SignedEdgeCases) {
  EXPECT_EQ(lebS32(0), (Bytes{0x00}));
  EXPECT_EQ(lebS32(127), (Bytes{0xff, 0x00}));
  EXPECT_EQ(lebS32(128), (Bytes{0x80, 0x01}));
  EXPECT_EQ(lebS32(63), (Bytes{0x3f}));
  EXPECT_EQ(lebS32(64), (Bytes{0xc0, 0x00}));
  EXPECT_EQ(lebS32(-1), (Bytes{0x7f}));
  EXPECT_EQ(lebS32(-64), (Bytes{0x40}));
  EXPECT_EQ(lebS32(-65), (Bytes{0xbf, 0x7f}));
  EXPECT_EQ(lebS32(-123456), (Bytes{0xc0, 0xbb, 0x78}));
  EXPECT_EQ(lebS32(INT32_MIN), (Bytes{0x80, 0x80, 0x80, 0x80, 0x78}));
  EXPECT_EQ(lebS32(INT32_MAX), (Bytes{0xff, 0xff, 0xff, 0xff, 0x07}));
  EXPECT_EQ(lebS64(-1), (Bytes{0x7f}));
  EXPECT_EQ(lebS64(INT64_MIN), (Bytes{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7f}));
  EXPECT_EQ(lebS64(INT64_MAX), (Bytes{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00}));
  EXPECT_EQ(lebS64(int64_t{INT32_MIN}), lebS32(INT32_MIN));
}

TEST(Encoder, ValidatorHarnessRejectsInvalidModules) {
  if (!fileExists(kValidator)) GTEST_SKIP() << kValidator << " is not installed";
  Module module;
  module.function(module.declareFunction("bad", sig({}, {}))).body.op(Op::I32Add);
  EXPECT_NE(validate(encode(module), /*quiet=*/true), 0);
}

TEST(Opcodes, TableDrivesInfo) {
  EXPECT_STREQ(opInfo(Op::Unreachable).text, "unreachable");
  EXPECT_EQ(opInfo(Op::I32Add).prefix, 0);
  EXPECT_EQ(opInfo(Op::I32Add).code, 0x6Au);
  EXPECT_STREQ(opInfo(Op::I64Extend32S).text, "i64.extend32_s");
  EXPECT_EQ(opInfo(Op::MemoryFill).prefix, 0xFC);
  EXPECT_EQ(opInfo(Op::MemoryFill).code, 11u);
  std::set<std::string> texts;
  std::set<std::pair<int, uint32_t>> codes;
  for (Op op : kAllOps) {
    EXPECT_TRUE(texts.insert(opInfo(op).text).second) << opInfo(op).text;
    EXPECT_TRUE(codes.insert({opInfo(op).prefix, opInfo(op).code}).second) << opInfo(op).text;
  }
}

Module addModule() {
  Module module;
  FuncId add = module.declareFunction("add", sig({I32, I32}, {I32}));
  Function& f = module.function(add);
  f.localNames = {"a", "b"};
  f.body.localGet(0);
  f.body.localGet(1);
  f.body.op(Op::I32Add);
  module.addExport(Export::Func, "add", add);
  return module;
}

TEST(Encoder, AddModule) {
  Module module = addModule();
  Bytes bytes = encode(module);

  ASSERT_GE(bytes.size(), 8u);
  EXPECT_EQ(Bytes(bytes.begin(), bytes.begin() + 8),
            (Bytes{0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00}));
  EXPECT_LT(bytes.size(), 100u);
  bool hasNameSection = false;
  for (const Section& s : parseSections(bytes)) {
    if (s.id == 0 && s.customName == "name") hasNameSection = true;
  }
  EXPECT_TRUE(hasNameSection);

  const Bytes expected = {
      0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,                    // header
      0x01, 0x07, 0x01, 0x60, 0x02, 0x7f, 0x7f, 0x01, 0x7f,              // type
      0x03, 0x02, 0x01, 0x00,                                            // function
      0x07, 0x07, 0x01, 0x03, 'a',  'd',  'd',  0x00, 0x00,              // export
      0x0a, 0x09, 0x01, 0x07, 0x00, 0x20, 0x00, 0x20, 0x01, 0x6a, 0x0b,  // code
      0x00, 0x18, 0x04, 'n',  'a',  'm',  'e',                           // custom "name"
      0x01, 0x06, 0x01, 0x00, 0x03, 'a',  'd',  'd',                     //   function names
      0x02, 0x09, 0x01, 0x00, 0x02, 0x00, 0x01, 'a',  0x01, 0x01, 'b',   //   local names
  };
  EXPECT_EQ(bytes, expected);
  EXPECT_EQ(encode(module), bytes) << "encoding must be deterministic";
  EXPECT_VALID_WASM(module);
}

TEST(Encoder, ModuleNameAndNoNameSectionWhenNothingIsNamed) {
  Module module;
  module.declareFunction("", sig({}, {}));
  EXPECT_FALSE(findSection(encode(module), 0).has_value());

  module.name = "main";
  std::optional<Section> names = findSection(encode(module), 0);
  ASSERT_TRUE(names.has_value());
  EXPECT_EQ(names->customName, "name");
  EXPECT_EQ(names->contents, (Bytes{0x00, 0x05, 0x04, 'm', 'a', 'i', 'n'}));
  EXPECT_VALID_WASM(module);
}

TEST(Encoder, ImportsComeFirstInTheFunctionIndexSpace) {
  Module module;
  FuncId helper = module.declareFunction("helper", sig({}, {I32}));         // FuncId 0
  FuncId imported = module.addImport("env", "log", sig({I32}, {}), "log");  // FuncId 1
  FuncId caller = module.declareFunction("caller", sig({}, {}));            // FuncId 2
  ASSERT_EQ(helper, 0u);
  ASSERT_EQ(imported, 1u);
  module.function(helper).body.i32Const(7);
  module.function(caller).body.call(helper);
  module.function(caller).body.call(imported);
  module.addExport(Export::Func, "caller", caller);
  module.addTableElems({caller, helper, imported});
  module.start = caller;

  Bytes bytes = encode(module);
  std::vector<Bytes> bodies = codeBodies(bytes);
  ASSERT_EQ(bodies.size(), 2u);
  // Final indices: log = 0, helper = 1, caller = 2.
  EXPECT_EQ(bodies[0], (Bytes{0x00, 0x41, 0x07, 0x0b}));
  EXPECT_EQ(bodies[1], (Bytes{0x00, 0x10, 0x01, 0x10, 0x00, 0x0b}));

  std::optional<Section> start = findSection(bytes, 8);
  ASSERT_TRUE(start.has_value());
  EXPECT_EQ(start->contents, (Bytes{0x02}));
  std::optional<Section> exports = findSection(bytes, 7);
  ASSERT_TRUE(exports.has_value());
  EXPECT_EQ(exports->contents, (Bytes{0x01, 0x06, 'c', 'a', 'l', 'l', 'e', 'r', 0x00, 0x02}));
  std::optional<Section> elements = findSection(bytes, 9);
  ASSERT_TRUE(elements.has_value());
  EXPECT_EQ(elements->contents, (Bytes{0x01, 0x00, 0x41, 0x00, 0x0b, 0x03, 0x02, 0x01, 0x00}));
  std::optional<Section> names = findSection(bytes, 0);
  ASSERT_TRUE(names.has_value());
  EXPECT_EQ(names->contents, (Bytes{0x01, 0x16, 0x03,                           //
                                    0x00, 0x03, 'l',  'o', 'g',                 //
                                    0x01, 0x06, 'h',  'e', 'l', 'p', 'e', 'r',  //
                                    0x02, 0x06, 'c',  'a', 'l', 'l', 'e', 'r'}));

  std::string text = printText(module);
  EXPECT_NE(text.find("(import \"env\" \"log\" (func $log (;0;) (type 1) (param i32)))"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("(elem (i32.const 0) func $caller $helper $log)"), std::string::npos) << text;
  EXPECT_VALID_WASM(module);
}

TEST(Encoder, TypesAreDeduplicated) {
  Module module;
  TypeIdx binary = module.internType(sig({I32, I32}, {I32}));
  TypeIdx unary = module.internType(sig({I32}, {I32}));
  EXPECT_EQ(module.internType(sig({I32, I32}, {I32})), binary);
  EXPECT_NE(unary, binary);
  EXPECT_NE(module.internType(sig({I32, I32}, {I64})), binary);
  EXPECT_EQ(module.types().size(), 3u);

  FuncId f = module.declareFunction("f", sig({I32, I32}, {I32}));
  FuncId g = module.declareFunction("g", sig({I32, I32}, {I32}));
  FuncId h = module.addImport("env", "h", sig({I32}, {I32}));
  EXPECT_EQ(module.function(f).type, binary);
  EXPECT_EQ(module.function(g).type, binary);
  EXPECT_EQ(module.function(h).type, unary);
  EXPECT_EQ(module.types().size(), 3u);
  for (FuncId id : {f, g}) {
    module.function(id).body.localGet(0);
  }

  std::optional<Section> types = findSection(encode(module), 1);
  ASSERT_TRUE(types.has_value());
  EXPECT_EQ(types->contents[0], 3u);
  EXPECT_VALID_WASM(module);
}

TEST(Encoder, LocalsAreRunLengthCompressed) {
  Module module;
  FuncId f = module.declareFunction("f", sig({I32}, {}));
  module.function(f).locals = {I32, I32, I64, I32, F64, F64, F64};
  std::vector<Bytes> bodies = codeBodies(encode(module));
  ASSERT_EQ(bodies.size(), 1u);
  EXPECT_EQ(bodies[0], (Bytes{0x04, 0x02, 0x7f, 0x01, 0x7e, 0x01, 0x7f, 0x03, 0x7c, 0x0b}));
  EXPECT_VALID_WASM(module);
}

TEST(Encoder, MultiValueBlockType) {
  Module module;
  TypeIdx pair = module.internType(sig({I32}, {I32, I64}));
  FuncId f = module.declareFunction("pair", sig({}, {I32, I64}));
  Code& code = module.function(f).body;
  code.i32Const(1);
  code.block(BlockType::type(pair));
  code.i64Const(2);
  code.end();

  std::vector<Bytes> bodies = codeBodies(encode(module));
  ASSERT_EQ(bodies.size(), 1u);
  EXPECT_EQ(bodies[0],
            (Bytes{0x00, 0x41, 0x01, 0x02, static_cast<uint8_t>(pair), 0x42, 0x02, 0x0b, 0x0b}));
  EXPECT_NE(printText(module).find("block (type 0) (param i32) (result i32 i64)"),
            std::string::npos)
      << printText(module);
  EXPECT_VALID_WASM(module);
}

TEST(Encoder, ConstantImmediates) {
  Module module;
  FuncId f = module.declareFunction("consts", sig({}, {}));
  Code& code = module.function(f).body;
  code.list().push_back({Op::I32Const});
  code.list().back().i = 0xffffffff;  // an unsigned bit pattern encodes as i32 -1
  code.op(Op::Drop);
  code.f32Const(1.0f);
  code.op(Op::Drop);
  code.f64Const(-2.5);
  code.op(Op::Drop);
  code.i64Const(INT64_MIN);
  code.op(Op::Drop);

  std::vector<Bytes> bodies = codeBodies(encode(module));
  ASSERT_EQ(bodies.size(), 1u);
  EXPECT_EQ(bodies[0], (Bytes{0x00,                                                  //
                              0x41, 0x7f, 0x1a,                                      //
                              0x43, 0x00, 0x00, 0x80, 0x3f, 0x1a,                    //
                              0x44, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0xc0,  //
                              0x1a,                                                  //
                              0x42, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80,  //
                              0x80, 0x7f, 0x1a, 0x0b}));
  EXPECT_VALID_WASM(module);
}

// Exercises every opcode class: memory access, control flow, br_table, calls (direct and
// through the table), globals of every type, data, the memory export and 0xFC-prefixed ops.
Module everyClassModule() {
  Module module;
  module.name = "every";
  module.memory = Memory{2, 16};
  module.exportMemory = true;
  FuncId print = module.addImport("env", "print", sig({I32}, {}), "print");
  uint32_t counter = module.addGlobal({"counter", I32, true, -5, 0});
  uint32_t big = module.addGlobal({"big", I64, false, INT64_MIN, 0});
  module.addGlobal({"half", F32, true, 0, 0.5});
  module.addGlobal({"pi", F64, false, 0, 3.141592653589793});
  module.addData(16, {'h', 'i', '\0', 0xff});
  module.addData(0x80000000u, {1, 2, 3});

  FuncId square = module.declareFunction("square", sig({I32}, {I32}));
  {
    Code& c = module.function(square).body;
    c.localGet(0);
    c.localGet(0);
    c.op(Op::I32Mul);
  }

  FuncType squareType = sig({I32}, {I32});
  FuncId run = module.declareFunction("run", sig({I32, I32}, {I32}));
  Function& f = module.function(run);
  f.locals = {I32, I64, F32, F64, F64};
  f.localNames = {"x", "y", "i", "wide"};
  Code& c = f.body;
  // Loads and stores, with and without natural alignment and offsets.
  c.i32Const(16);
  c.mem(Op::I32Load8U, 0, 0);
  c.localSet(2);
  c.i32Const(0);
  c.mem(Op::I64Load, 3, 8);
  c.localSet(3);
  c.i32Const(0);
  c.mem(Op::F32Load, 2, 4);
  c.localSet(4);
  c.i32Const(0);
  c.mem(Op::F64Load, 1, 1 << 20);
  c.localSet(5);
  c.i32Const(32);
  c.localGet(3);
  c.mem(Op::I64Store32, 2, 0);
  c.i32Const(32);
  c.localGet(5);
  c.mem(Op::F64Store, 3, 8);
  c.i32Const(48);
  c.mem(Op::I32Load16S, 1, 0);
  c.mem(Op::I64Load32S, 0, 2);
  c.op(Op::I32WrapI64);
  c.localTee(2);
  c.op(Op::Drop);
  // Globals.
  c.globalGet(counter);
  c.i32Const(1);
  c.op(Op::I32Add);
  c.globalSet(counter);
  c.globalGet(big);
  c.i64Const(-1);
  c.op(Op::I64Add);
  c.op(Op::Drop);
  // Structured control flow with br, br_if and br_table.
  c.block();
  c.block(BlockType::of(I32));
  c.loop();
  c.localGet(0);
  c.brIf(0);
  c.localGet(1);
  c.brTable({0, 2, 0, 2});
  c.end();
  c.i32Const(3);
  c.end();
  c.if_(BlockType::of(I64));
  c.i64Const(1);
  c.else_();
  c.i64Const(2);
  c.end();
  c.op(Op::Drop);
  c.br(0);
  c.end();
  // Calls: direct, imported and indirect through the table.
  uint32_t slot = module.addTableElems({square, print});
  c.i32Const(9);
  c.call(square);
  c.i32Const(static_cast<int32_t>(slot));
  c.callIndirect(module.internType(squareType));
  c.call(print);
  // Memory size/grow and the 0xFC ops.
  c.op(Op::MemorySize);
  c.op(Op::MemoryGrow);
  c.op(Op::Drop);
  c.i32Const(64);
  c.i32Const(16);
  c.i32Const(4);
  c.op(Op::MemoryCopy);
  c.i32Const(64);
  c.i32Const(0);
  c.i32Const(4);
  c.op(Op::MemoryFill);
  c.f64Const(1e300);
  c.op(Op::I32TruncSatF64S);
  c.localGet(4);
  c.op(Op::I64TruncSatF32U);
  c.op(Op::I32WrapI64);
  c.op(Op::I32Add);
  c.localGet(0);
  c.localGet(1);
  c.op(Op::Select);
  c.op(Op::I32Extend8S);
  c.op(Op::Return);

  FuncId init = module.declareFunction("init", sig({}, {}));
  module.function(init).body.op(Op::Nop);
  module.start = init;
  module.addExport(Export::Func, "run", run);
  module.addExport(Export::Global, "counter", counter);
  return module;
}

TEST(Encoder, EveryOpClass) {
  Module module = everyClassModule();
  Bytes bytes = encode(module);
  EXPECT_EQ(encode(module), bytes);

  std::vector<uint8_t> ids;
  for (const Section& s : parseSections(bytes)) ids.push_back(s.id);
  EXPECT_EQ(ids, (std::vector<uint8_t>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0}));

  std::optional<Section> memory = findSection(bytes, 5);
  ASSERT_TRUE(memory.has_value());
  EXPECT_EQ(memory->contents, (Bytes{0x01, 0x01, 0x02, 0x10}));
  std::optional<Section> table = findSection(bytes, 4);
  ASSERT_TRUE(table.has_value());
  EXPECT_EQ(table->contents, (Bytes{0x01, 0x70, 0x01, 0x02, 0x02}));
  std::optional<Section> data = findSection(bytes, 11);
  ASSERT_TRUE(data.has_value());
  EXPECT_EQ(data->contents, (Bytes{0x02,                                                  //
                                   0x00, 0x41, 0x10, 0x0b, 0x04, 'h',  'i',  0,    0xff,  //
                                   0x00, 0x41, 0x80, 0x80, 0x80, 0x80, 0x78, 0x0b,        //
                                   0x03, 1,    2,    3}));

  std::vector<Bytes> bodies = codeBodies(bytes);
  ASSERT_EQ(bodies.size(), 3u);
  auto contains = [](const Bytes& haystack, const Bytes& needle) {
    return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end()) !=
           haystack.end();
  };
  const Bytes& run = bodies[1];
  EXPECT_TRUE(contains(run, {0x2b, 0x01, 0x80, 0x80, 0x40})) << "f64.load align=2 offset=2^20";
  EXPECT_TRUE(contains(run, {0x0e, 0x03, 0x00, 0x02, 0x00, 0x02})) << "br_table";
  EXPECT_TRUE(contains(run, {0x11, 0x01, 0x00})) << "call_indirect type 1 table 0";
  EXPECT_TRUE(contains(run, {0x3f, 0x00, 0x40, 0x00})) << "memory.size, memory.grow";
  EXPECT_TRUE(contains(run, {0xfc, 0x0a, 0x00, 0x00})) << "memory.copy";
  EXPECT_TRUE(contains(run, {0xfc, 0x0b, 0x00})) << "memory.fill";
  EXPECT_TRUE(contains(run, {0xfc, 0x02})) << "i32.trunc_sat_f64_s";
  EXPECT_TRUE(contains(run, {0x04, 0x7e})) << "if (result i64)";

  std::string text = printText(module);
  for (const char* line : {
           "(module $every",
           "  (func $run (;2;) (type 2) (param $x i32) (param $y i32) (result i32)",
           "    (local $i i32) (local $wide i64) (local f32 f64 f64)",
           "    f64.load offset=1048576 align=2",
           "    i64.load offset=8",
           "    global.set $counter",
           "        loop",
           "          br_table 0 2 0 2",
           "      if (result i64)",
           "      else",
           "    call_indirect (type 1)",
           "    call $print",
           "  (global $big i64 (i64.const -9223372036854775808))",
           "  (global $half (mut f32) (f32.const 0.5))",
           "  (export \"memory\" (memory 0))",
           "  (export \"counter\" (global $counter))",
           "  (start $init)",
           "  (data (i32.const 16) \"hi\\00\\ff\")",
       }) {
    EXPECT_NE(text.find(std::string(line) + "\n"), std::string::npos) << line << "\n" << text;
  }
  EXPECT_VALID_WASM(module);
}

// One function holding every opcode, each between `unreachable`s so that any operand types
// validate. The disassembler must read back the same mnemonics the printer prints.
TEST(Encoder, EveryOpcodeRoundTripsThroughTheDisassembler) {
  Module module;
  module.memory = Memory{1, std::nullopt};
  module.addGlobal({"g", I32, true, 0, 0});
  FuncId f = module.declareFunction("all", sig({}, {}));
  module.addTableElems({f});
  module.function(f).locals = {I32};
  module.addTag(module.internType(sig({}, {})));
  Code& c = module.function(f).body;
  for (Op op : kAllOps) {
    // else/end close blocks; catch, catch_all and rethrow only exist inside a try (below).
    if (op == Op::Else || op == Op::End || op == Op::Catch || op == Op::CatchAll ||
        op == Op::Rethrow)
      continue;
    if (op == Op::Try) {
      c.op(Op::Unreachable);
      c.try_();
      c.op(Op::Nop);
      c.list().push_back({Op::Catch});  // tag 0
      c.op(Op::Nop);
      c.catchAll();
      c.rethrow(0);
      c.end();
      continue;
    }
    c.op(Op::Unreachable);
    Instr in{op};
    in.targets = {0, 0};
    in.a = op == Op::CallIndirect ? module.internType(sig({}, {})) : 0;
    c.list().push_back(in);
    if (op == Op::If) {
      c.else_();
      c.op(Op::Nop);  // the disassembler drops an empty else
    }
    if (op == Op::Block || op == Op::Loop || op == Op::If) c.end();
  }
  Bytes bytes = encode(module);
  if (!fileExists(kDisassembler)) GTEST_SKIP() << kDisassembler << " is not installed";
  std::string wasmPath = tempPath(".wasm");
  std::string watPath = tempPath(".wat");
  writeFile(wasmPath, bytes);
  ASSERT_EQ(exitStatus(std::string(kDisassembler) + " --enable-all " + wasmPath + " -o " + watPath),
            0);
  std::ifstream wat(watPath);
  std::string disassembled((std::istreambuf_iterator<char>(wat)), std::istreambuf_iterator<char>());
  std::filesystem::remove(wasmPath);
  std::filesystem::remove(watPath);

  // First word of each instruction line inside the function, in order.
  auto mnemonics = [](const std::string& text, const std::string& funcPrefix) {
    std::vector<std::string> words;
    std::istringstream lines(text);
    std::string line;
    bool inFunc = false;
    while (std::getline(lines, line)) {
      size_t first = line.find_first_not_of(' ');
      if (first == std::string::npos) continue;
      std::string rest = line.substr(first);
      if (rest.rfind(funcPrefix, 0) == 0) {
        inFunc = true;
        continue;
      }
      if (!inFunc || rest[0] == '(') continue;
      if (rest[0] == ')') break;
      std::string word = rest.substr(0, rest.find_first_of(" )"));
      words.push_back(word);
      if (rest.find(')') != std::string::npos && rest.find('(') == std::string::npos) break;
    }
    return words;
  };
  std::vector<std::string> expected;
  for (const Instr& in : c.list()) expected.push_back(opInfo(in.op).text);
  EXPECT_EQ(mnemonics(disassembled, "(func $all"), expected) << disassembled;
  EXPECT_EQ(mnemonics(printText(module), "(func $all"), expected) << printText(module);
  EXPECT_VALID_WASM(module);
}

TEST(Printer, SmallModuleGolden) {
  Module module = addModule();
  module.name = "demo";
  FuncId main = module.declareFunction("main", sig({}, {}));
  Function& f = module.function(main);
  f.locals = {I32};
  f.body.i32Const(1);
  f.body.i32Const(2);
  f.body.call(0);
  f.body.localSet(0);
  f.body.block();
  f.body.loop();
  f.body.br(1);
  f.body.end();
  f.body.end();
  f.body.f64Const(0.1);
  f.body.op(Op::Drop);
  module.memory = Memory{1, std::nullopt};
  module.addData(8, {'o', 'k', '"', '\n'});
  EXPECT_EQ(printText(module),
            "(module $demo\n"
            "  (type (;0;) (func (param i32 i32) (result i32)))\n"
            "  (type (;1;) (func))\n"
            "  (func $add (;0;) (type 0) (param $a i32) (param $b i32) (result i32)\n"
            "    local.get $a\n"
            "    local.get $b\n"
            "    i32.add\n"
            "  )\n"
            "  (func $main (;1;) (type 1)\n"
            "    (local i32)\n"
            "    i32.const 1\n"
            "    i32.const 2\n"
            "    call $add\n"
            "    local.set 0\n"
            "    block\n"
            "      loop\n"
            "        br 1\n"
            "      end\n"
            "    end\n"
            "    f64.const 0.1\n"
            "    drop\n"
            "  )\n"
            "  (memory 1)\n"
            "  (export \"add\" (func $add))\n"
            "  (data (i32.const 8) \"ok\\22\\0a\")\n"
            ")\n");
}

}  // namespace
}  // namespace gm::wasm
