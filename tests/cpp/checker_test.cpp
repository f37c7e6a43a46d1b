// Type checker units: what it records in Info (types, constants, selections, init order, the
// flags the lowering relies on) — diagnostics themselves are compared with go build by
// tests/js/diagnostics.test.js.
#include "types/checker.h"

#include <gtest/gtest.h>

#include "syntax/parser.h"
#include "syntax/walk.h"

namespace {

using namespace gm;

struct Checked {
  Diagnostics diags{"t.go"};
  syntax::Arena arena;
  types::TypeTable table;
  types::Info info;
  types::Package* pkg = nullptr;
  syntax::File* file = nullptr;

  explicit Checked(const std::string& src) {
    file = syntax::parseFile("t.go", src, arena, diags);
    pkg = table.newPackage("main", "main");
    types::Checker(table, pkg, info, diags).checkFiles({file}, {{"unsafe", table.unsafePackage()}});
  }
  types::Object* obj(const std::string& name) const { return pkg->scope->lookupLocal(name); }
  // The recorded type/value of the first expression whose text is `text`.
  const types::TypeAndValue* find(const std::string& name) const {
    const types::TypeAndValue* found = nullptr;
    syntax::walk(file, [&](const syntax::Node* n) {
      auto* nm = n->as<syntax::Name>();
      if (!found && nm && nm->value == name) {
        auto it = info.types.find(nm);
        if (it != info.types.end()) found = &it->second;
      }
    });
    return found;
  }
};

TEST(Checker, ConstantsKeepExactValuesAndTakeTypes) {
  Checked c(
      "package main\nconst big = 1 << 100\nconst x = big >> 98\nconst f float32 = 0.1\n"
      "type W int8\nconst (A W = iota * 10; B; C)\n");
  ASSERT_FALSE(c.diags.hasErrors()) << c.diags.list()[0].format();
  auto* x = c.obj("x")->as<types::Const>();
  EXPECT_EQ(x->value.int64Val().value_or(-1), 4);
  EXPECT_EQ(types::typeString(x->type), "untyped int");
  auto* cc = c.obj("C")->as<types::Const>();
  EXPECT_EQ(cc->value.int64Val().value_or(-1), 20);
  EXPECT_EQ(types::typeString(cc->type, c.pkg), "W");
  EXPECT_EQ(types::typeString(c.obj("f")->type), "float32");
}

TEST(Checker, IdenticalUnnamedTypesAreOnePointer) {
  Checked c(
      "package main\nvar a []map[string]*int\nvar b []map[string]*int\n"
      "var f func(x int) string\nvar g func(int) string\n");
  ASSERT_FALSE(c.diags.hasErrors());
  EXPECT_EQ(c.obj("a")->type, c.obj("b")->type);
  EXPECT_EQ(c.obj("f")->type, c.obj("g")->type);  // parameter names are not identity
}

TEST(Checker, MethodSetsDecideInterfaceSatisfaction) {
  Checked c(R"(package main
type I interface{ M() }
type T struct{}
func (t *T) M() {}
var _ I = &T{}
var _ I = T{}
)");
  ASSERT_EQ(c.diags.list().size(), 1u);
  EXPECT_NE(c.diags.list()[0].message.find("(method M has pointer receiver)"), std::string::npos);
  EXPECT_EQ(c.diags.list()[0].pos.line, 6u);
}

TEST(Checker, InitOrderFollowsDependencies) {
  Checked c("package main\nvar a = b + c\nvar b = f()\nvar c = 1\nfunc f() int { return c }\n");
  ASSERT_FALSE(c.diags.hasErrors());
  std::vector<std::string> order;
  for (const auto& in : c.info.initOrder) order.push_back(in.lhs[0]->name);
  EXPECT_EQ(order, (std::vector<std::string>{"c", "b", "a"}));
}

TEST(Checker, MarksVariablesThatMustLiveInMemory) {
  Checked c(R"(package main
type P struct{ X int }
func (p *P) Inc() { p.X++ }
func f() int {
	a, b, d, e := 1, 2, P{}, [3]int{}
	p := &a
	d.Inc()
	q := &e[1]
	g := func() int { return b }
	return *p + g() + *q + d.X
}
)");
  ASSERT_FALSE(c.diags.hasErrors()) << c.diags.list()[0].format();
  std::map<std::string, const types::Var*> vars;
  for (auto& [name, o] : c.info.defs)
    if (auto* v = o ? o->as<types::Var>() : nullptr) vars[name->value] = v;
  EXPECT_TRUE(vars["a"]->addressTaken);
  EXPECT_TRUE(vars["b"]->captured);
  EXPECT_TRUE(vars["d"]->addressTaken);  // pointer method on an addressable value
  EXPECT_TRUE(vars["e"]->addressTaken);  // &e[1] addresses the array
  EXPECT_FALSE(vars["p"]->addressTaken);
}

TEST(Checker, SelectionsRecordEmbeddingPaths) {
  Checked c(R"(package main
type Inner struct{ V int }
type Mid struct{ *Inner }
type Outer struct{ Mid }
func f(o Outer) int { return o.V }
)");
  ASSERT_FALSE(c.diags.hasErrors());
  ASSERT_EQ(c.info.selections.size(), 1u);
  const types::Selection& s = c.info.selections.begin()->second;
  EXPECT_EQ(s.kind, types::Selection::FieldVal);
  EXPECT_EQ(s.path, (std::vector<int>{0, 0, 0}));
  EXPECT_TRUE(s.indirect);  // through *Inner
}

TEST(Checker, UntypedOperandsTakeTheOtherOperandsType) {
  Checked c("package main\nfunc f(x int8) bool { return x+1 > 2 }\n");
  ASSERT_FALSE(c.diags.hasErrors());
  bool sawInt8Literal = false;
  for (auto& [e, tv] : c.info.types)
    if (auto* lit = e->as<syntax::BasicLit>(); lit && lit->value == "1")
      sawInt8Literal = types::typeString(tv.type) == "int8";
  EXPECT_TRUE(sawInt8Literal);
}

}  // namespace
