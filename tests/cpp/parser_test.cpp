#include "syntax/parser.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "syntax/dump.h"

namespace gm::syntax {
namespace {

using Strings = std::vector<std::string>;
using namespace std::string_view_literals;

struct Parsed {
  std::unique_ptr<Arena> arena = std::make_unique<Arena>();
  std::string source;
  File* file = nullptr;
  Strings errors;  // "line:col: message", in the order the Go compiler prints them
  size_t errorCount = 0;
};

// Like the Go compiler's error output: sorted stably by position, adjacent duplicates dropped.
Parsed parse(std::string src) {
  Parsed p;
  p.source = std::move(src);
  Diagnostics diags("x.go", 1000);
  p.file = parseFile("x.go", p.source, *p.arena, diags);
  std::vector<Diagnostic> list = diags.list();
  std::stable_sort(list.begin(), list.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.pos.line, a.pos.col) < std::tie(b.pos.line, b.pos.col);
  });
  for (const Diagnostic& d : list) {
    std::string s = std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.message;
    if (p.errors.empty() || p.errors.back() != s) p.errors.push_back(s);
  }
  p.errorCount = diags.count();
  return p;
}

// The dump of the declarations of "package p\n" + decls.
std::string dumpDecls(const std::string& decls) {
  Parsed p = parse("package p\n" + decls + "\n");
  EXPECT_EQ(p.errors, Strings{}) << decls;
  std::string d = dump(p.file);
  const std::string prefix = "(File p ";
  if (d.rfind(prefix, 0) != 0) return d;
  return d.substr(prefix.size(), d.size() - prefix.size() - 1);
}

const char* const kCorpus = R"go(// Package corpus exercises every construct the parser supports.
package corpus

import (
	"fmt"
	m "math"
	. "strings"
	_ "os"
)

import "errors"

const Pi = 3.14159

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	A, B = iota, iota * 10
	C, D
	_, _
	E    = "e"
	F
	G int = iota
	H
)

type (
	Celsius float64
	Point   struct{ X, Y int }
	Alias   = Point
)

type List[T any] struct {
	head *node[T]
	size int `json:"size"`
}

type node[T any] struct {
	val  T
	next *node[T]
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Number interface {
	~int | ~int64 | ~float64
}

type Stringer interface {
	String() string
}

type ReadWriter interface {
	Stringer
	fmt.Formatter
	Read(p []byte) (n int, err error)
	Write([]byte) (int, error)
}

type Embedding struct {
	Point
	*List[int]
	fmt.Stringer
	name, tag string "raw tag"
	f         func(int) (int, error)
	ch        <-chan []map[string]*Point
	arr       [4][2]float32
	anon      struct {
		a int
		b []string
	}
}

type Matrix [3][3]float64
type Handler func(w Writer, r *Request) error
type Chans struct {
	a chan int
	b chan<- int
	c <-chan int
	d chan<- <-chan int
	e chan (<-chan int)
}
type Writer interface{ Write([]byte) (int, error) }
type Request struct{}

var (
	x, y int = 1, 2
	z        = []string{"a", "b"}
	errBad   = errors.New("bad")
)

var matrix = Matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
var points = []Point{{1, 2}, {X: 3, Y: 4}, Point{5, 6}}
var ptrs = []*Point{{1, 2}, &Point{3, 4}}
var lookup = map[string][]int{"a": {1, 2}, "b": nil}
var keyed = map[Point]string{{1, 2}: "p"}
var arr = [...]string{2: "c", 0: "a"}
var pair = Pair[string, int]{"one", 1}
var nested = [][]Pair[int, string]{{{1, "a"}}}

//export add
func add(a, b int32) int32 { return a + b }

//go:wasmexport mul
func mul(a, b int32) int32 { return a * b }

func MapOf[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func Sum[T Number](xs ...T) (total T) {
	for i := range xs {
		total += xs[i]
	}
	return
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(int, T) bool) {
	i := 0
	for n := l.head; n != nil; n = n.next {
		if !f(i, n.val) {
			break
		}
		i++
	}
}

func (p Point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }

func (Celsius) Unit() string { return "C" }

func divmod(a, b int) (q, r int, err error) {
	if b == 0 {
		err = errBad
		return
	}
	return a / b, a % b, nil
}

func control(n int, ch chan int, done chan struct{}) (result int) {
	defer func() {
		if r := recover(); r != nil {
			result = -1
		}
	}()
outer:
	for i := 0; i < n; i++ {
		for j := range n {
			switch {
			case i == j:
				continue outer
			case i > j && j%2 == 0:
				break
			default:
				if j > 10 {
					break outer
				}
			}
		}
	}
	switch k := n % 3; k {
	case 0, 1:
		result++
		fallthrough
	case 2:
		result--
	}
	var v any = n
	switch t := v.(type) {
	case int, int64:
		_ = t
	case nil:
	case *Point, []Point, map[string]int, func() error:
	default:
		_ = t
	}
	switch v.(type) {
	}
	select {
	case x := <-ch:
		result += x
	case ch <- 1:
	case <-done:
		return
	default:
	}
	go func(c chan int) { c <- n }(ch)
	for {
		break
	}
	for range ch {
	}
	for x = range ch {
	}
	for n > 0 {
		n--
	}
	if n := 2; n > 1 {
	} else if n < 0 {
	} else {
	}
	goto end
end:
	return result
}

func exprs() {
	a, b := 1, 2
	a, b = b, a
	a += b
	a <<= 2
	a &^= 1
	c := -a + ^b*3 - (a|b)&^4
	ok := !(a == b) && a != 0 || b >= 1
	p := &Point{1, 2}
	q := *p
	pp := &p
	(*pp).X = 3
	f := (*Point).String
	g := Point.String
	s := []int{1, 2, 3, 4, 5}
	_ = s[1:3]
	_ = s[:2]
	_ = s[2:]
	_ = s[:]
	_ = s[1:2:3]
	_ = s[:2:4]
	var i interface{} = s
	t, isSlice := i.([]int)
	u := i.(fmt.Stringer)
	str := "hello" + `raw
string` + "\n\t\x41\u00e9\U0001F600"
	r := 'x' + '\'' + '\n'
	fl := 1.5e3 + 0x1p-2 + .5 + 1_000.000_1 + 0o17 + 0b1010 + 0xFF + 017
	im := 2i + 1.5i
	fn := func(x int) int { return x * x }(3)
	ch := make(chan int, 10)
	ch <- 1
	v := <-ch
	conv := []byte(str)
	conv2 := (func())(nil)
	conv3 := (<-chan int)(ch)
	m2 := map[string]struct{}{}
	ml := m.MaxInt64
	tl := ToLower("X")
	inst := MapOf[int, string]
	var fi func(int) string = inst(nil, nil) == nil
	anon := struct {
		a int
		b string
	}{1, "x"}
	arr2 := [2]struct{ x int }{{1}, {2}}
	_, _, _, _, _, _, _, _, _, _ = c, ok, q, f, g, t, isSlice, u, r, fl
	_, _, _, _, _, _, _, _, _, _ = im, fn, v, conv, conv2, conv3, m2, ml, tl, fi
	_, _ = anon, arr2
	if (Point{}) == q {
	}
	for _, pt := range []Point{{1, 2}} {
		_ = pt
	}
	switch (Point{}) {
	}
	{
		nestedBlock := true
		_ = nestedBlock
	}
	;
	type local[T any] struct{ v T }
	const lc = iota
	var lv local[int]
	_ = lv
}
)go";

TEST(Parser, CorpusParsesWithoutErrors) {
  Parsed p = parse(kCorpus);
  EXPECT_EQ(p.errors, Strings{});
  ASSERT_NE(p.file, nullptr);
  ASSERT_NE(p.file->pkgName, nullptr);
  EXPECT_EQ(p.file->pkgName->value, "corpus");
  // imports come first
  ASSERT_GE(p.file->decls.size(), 5u);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(p.file->decls[i]->kind, Kind::ImportDecl);
  EXPECT_FALSE(p.file->decls[5]->kind == Kind::ImportDecl);
  EXPECT_GT(p.arena->size(), 1000u);
}

TEST(Parser, EmptyAndMinimalFiles) {
  Parsed p = parse("package main");
  EXPECT_EQ(p.errors, Strings{});
  EXPECT_EQ(dump(p.file), "(File main)");
  EXPECT_EQ(p.file->eof, (Pos{1, 13}));
  Parsed q = parse("package main\n\n// comment\n");
  EXPECT_EQ(q.errors, Strings{});
  EXPECT_EQ(q.file->eof, (Pos{4, 1}));
}

TEST(Parser, Imports) {
  Parsed p = parse(
      "package p\nimport \"fmt\"\nimport (\n\tm \"math\"\n\t. \"strings\"\n\t_ \"os\"\n"
      "\t`raw/path`\n\t\"esc\\x61ped\"\n)\n");
  EXPECT_EQ(p.errors, Strings{});
  EXPECT_EQ(dump(p.file),
            "(File p (ImportDecl \"fmt\") (ImportDecl m \"math\") (ImportDecl . \"strings\") "
            "(ImportDecl _ \"os\") (ImportDecl \"raw/path\") (ImportDecl \"escaped\"))");
  auto* imp = p.file->decls[1]->as<ImportDecl>();
  ASSERT_NE(imp, nullptr);
  EXPECT_EQ(imp->pos, (Pos{4, 2}));
  EXPECT_EQ(imp->pathPos, (Pos{4, 4}));
  EXPECT_EQ(imp->localName->pos, (Pos{4, 2}));
}

TEST(Parser, ConstGroupsWithIotaAndImplicitRepetition) {
  EXPECT_EQ(dumpDecls("const (\n\tA = iota * 10\n\tB\n\tC, D = 1, 2\n\tE, F\n)"),
            "(ConstDecl [A] _ [(Binary * (Name iota) (BasicLit 10))] iota=0) "
            "(ConstDecl [B] _ [(Binary * (Name iota) (BasicLit 10))] iota=1 implicit) "
            "(ConstDecl [C D] _ [(BasicLit 1) (BasicLit 2)] iota=2) "
            "(ConstDecl [E F] _ [(BasicLit 1) (BasicLit 2)] iota=3 implicit)");
  EXPECT_EQ(dumpDecls("const (\n\tG int = iota\n\tH\n)\nconst I = iota"),
            "(ConstDecl [G] (Name int) [(Name iota)] iota=0) "
            "(ConstDecl [H] (Name int) [(Name iota)] iota=1 implicit) "
            "(ConstDecl [I] _ [(Name iota)] iota=0)");
  // A first spec without values repeats nothing (the checker reports it).
  EXPECT_EQ(dumpDecls("const (\n\tX\n\tY\n)"),
            "(ConstDecl [X] _ [] iota=0) (ConstDecl [Y] _ [] iota=1)");

  // The repeated expressions are copies: no node appears twice in the tree.
  Parsed p = parse("package p\nconst (\n\tA = iota + 1\n\tB\n)\n");
  auto* a = p.file->decls[0]->as<ConstDecl>();
  auto* b = p.file->decls[1]->as<ConstDecl>();
  ASSERT_TRUE(a && b);
  ASSERT_EQ(b->values.size(), 1u);
  EXPECT_NE(a->values[0], b->values[0]);
  EXPECT_EQ(a->values[0]->pos, b->values[0]->pos);
  EXPECT_EQ(dump(a->values[0]), dump(b->values[0]));
}

TEST(Parser, VarAndTypeDecls) {
  EXPECT_EQ(dumpDecls("var (\n\tx, y int = 1, 2\n\tz = \"s\"\n)"),
            "(VarDecl [x y] (Name int) [(BasicLit 1) (BasicLit 2)]) "
            "(VarDecl [z] _ [(BasicLit \"s\")])");
  EXPECT_EQ(dumpDecls("type A = B"), "(TypeDecl A alias (Name B))");
  EXPECT_EQ(dumpDecls("type (\n\tC float64\n\tP struct{ X, Y int }\n)"),
            "(TypeDecl C (Name float64)) (TypeDecl P (StructType (Field X (Name int)) "
            "(Field Y (Name int))))");
  EXPECT_EQ(dumpDecls("type List[T any] struct { head *node[T]; size int `json:\"size\"` }"),
            "(TypeDecl List [(Field T (Name any))] (StructType (Field head (Unary * (Index "
            "(Name node) (Name T)))) (Field size (Name int) \"json:\\\"size\\\"\")))");
  EXPECT_EQ(dumpDecls("type M[K comparable, V any] map[K]V"),
            "(TypeDecl M [(Field K (Name comparable)) (Field V (Name any))] (MapType (Name K) "
            "(Name V)))");
  // Array length or type parameter: Go's disambiguation.
  EXPECT_EQ(dumpDecls("type T[P *C,] int"),
            "(TypeDecl T [(Field P (Unary * (Name C)))] (Name int))");
  EXPECT_EQ(dumpDecls("type T [N*C]int"),
            "(TypeDecl T (ArrayType (Binary * (Name N) (Name C)) (Name int)))");
  EXPECT_EQ(dumpDecls("type T[P []E] int"),
            "(TypeDecl T [(Field P (SliceType (Name E)))] (Name int))");
  EXPECT_EQ(dumpDecls("type T[P ~int | string] int"),
            "(TypeDecl T [(Field P (Binary | (Unary ~ (Name int)) (Name string)))] (Name int))");
  EXPECT_EQ(dumpDecls("type T [N]int"), "(TypeDecl T (ArrayType (Name N) (Name int)))");
  EXPECT_EQ(dumpDecls("type T []int"), "(TypeDecl T (SliceType (Name int)))");
  EXPECT_EQ(dumpDecls("type T [...]int"), "(TypeDecl T (ArrayType ... (Name int)))");
}

TEST(Parser, StructAndInterfaceTypes) {
  EXPECT_EQ(dumpDecls("type S struct {\n\tPoint\n\t*List[int]\n\tfmt.Stringer\n\ta, b []int "
                      "`tag`\n\tP[int, string]\n}"),
            "(TypeDecl S (StructType (Field (Name Point)) (Field (Unary * (Index (Name List) "
            "(Name int)))) (Field (Selector (Name fmt) Stringer)) (Field a (SliceType (Name int)) "
            "\"tag\") (Field b (SliceType (Name int)) \"tag\") (Field (Index (Name P) (Name int) "
            "(Name string)))))");
  EXPECT_EQ(dumpDecls("type N interface {\n\t~int | ~float64\n\tString() string\n\tio.Reader\n"
                      "\tC[int]\n}"),
            "(TypeDecl N (InterfaceType (Field (Binary | (Unary ~ (Name int)) (Unary ~ (Name "
            "float64)))) (Field String (FuncType [] [(Field (Name string))])) (Field (Selector "
            "(Name io) Reader)) (Field (Index (Name C) (Name int)))))");
  EXPECT_EQ(dumpDecls("type E interface{}"), "(TypeDecl E (InterfaceType))");

  // Several names share one type node.
  Parsed p = parse("package p\ntype S struct{ a, b int }\n");
  auto* s = p.file->decls[0]->as<TypeDecl>()->type->as<StructType>();
  ASSERT_EQ(s->fields.size(), 2u);
  EXPECT_EQ(s->fields[0]->type, s->fields[1]->type);
}

TEST(Parser, TypeExpressions) {
  EXPECT_EQ(dumpDecls("var x <-chan chan<- int"),
            "(VarDecl [x] (ChanType recv (ChanType send (Name int))) [])");
  EXPECT_EQ(dumpDecls("var x chan (<-chan int)"),
            "(VarDecl [x] (ChanType (ChanType recv (Name int))) [])");
  EXPECT_EQ(dumpDecls("var x map[string][]*[4]func(int, ...string) (bool, error)"),
            "(VarDecl [x] (MapType (Name string) (SliceType (Unary * (ArrayType (BasicLit 4) "
            "(FuncType [(Field (Name int)) (Field (DotsType (Name string)))] [(Field (Name "
            "bool)) (Field (Name error))]))))) [])");
  EXPECT_EQ(dumpDecls("var x struct{ a struct{ b int } }"),
            "(VarDecl [x] (StructType (Field a (StructType (Field b (Name int))))) [])");
  EXPECT_EQ(dumpDecls("var x pkg.T[int]"),
            "(VarDecl [x] (Index (Selector (Name pkg) T) (Name int)) [])");
}

TEST(Parser, FuncDecls) {
  EXPECT_EQ(dumpDecls("func add(a, b int32) int32 { return a + b }"),
            "(FuncDecl add (FuncType [(Field a (Name int32)) (Field b (Name int32))] [(Field "
            "(Name int32))]) (Block (Return (Binary + (Name a) (Name b)))))");
  EXPECT_EQ(dumpDecls("func (l *List[T]) Push(v T) {}"),
            "(FuncDecl (Field l (Unary * (Index (Name List) (Name T)))) Push (FuncType [(Field v "
            "(Name T))] []) (Block))");
  EXPECT_EQ(dumpDecls("func (Celsius) Unit() string"),
            "(FuncDecl (Field (Name Celsius)) Unit (FuncType [] [(Field (Name string))]) _)");
  EXPECT_EQ(dumpDecls("func Map[T, U any](s []T, f func(T) U) []U"),
            "(FuncDecl Map [(Field T (Name any)) (Field U (Name any))] (FuncType [(Field s "
            "(SliceType (Name T))) (Field f (FuncType [(Field (Name T))] [(Field (Name U))]))] "
            "[(Field (SliceType (Name U)))]) _)");
  EXPECT_EQ(dumpDecls("func f(int, string) (x, y int)"),
            "(FuncDecl f (FuncType [(Field (Name int)) (Field (Name string))] [(Field x (Name "
            "int)) (Field y (Name int))]) _)");
  Parsed p = parse("package p\nfunc f(a int, b ...string) {}\nfunc g(a []int) {}\n");
  auto* f = p.file->decls[0]->as<FuncDecl>();
  auto* g = p.file->decls[1]->as<FuncDecl>();
  EXPECT_TRUE(f->type->variadic);
  EXPECT_FALSE(g->type->variadic);
}

TEST(Parser, Expressions) {
  EXPECT_EQ(dumpDecls("var x = -a + b*c - ^d"),
            "(VarDecl [x] _ [(Binary - (Binary + (Unary - (Name a)) (Binary * (Name b) (Name "
            "c))) (Unary ^ (Name d)))])");
  EXPECT_EQ(dumpDecls("var x = a || b && c == d+e*f<<g"),
            "(VarDecl [x] _ [(Binary || (Name a) (Binary && (Name b) (Binary == (Name c) "
            "(Binary + (Name d) (Binary << (Binary * (Name e) (Name f)) (Name g))))))])");
  EXPECT_EQ(dumpDecls("var x = (*T).M"),
            "(VarDecl [x] _ [(Selector (Paren (Unary * (Name T))) M)])");
  EXPECT_EQ(dumpDecls("var x = f[int]"), "(VarDecl [x] _ [(Index (Name f) (Name int))])");
  EXPECT_EQ(dumpDecls("var x = f[int, string](1)"),
            "(VarDecl [x] _ [(Call (Index (Name f) (Name int) (Name string)) (BasicLit 1))])");
  EXPECT_EQ(dumpDecls("var x = s[1:2:3]"),
            "(VarDecl [x] _ [(Slice (Name s) (BasicLit 1) (BasicLit 2) (BasicLit 3))])");
  EXPECT_EQ(dumpDecls("var x = s[:]"), "(VarDecl [x] _ [(Slice (Name s) _ _)])");
  EXPECT_EQ(dumpDecls("var x = s[i:]"), "(VarDecl [x] _ [(Slice (Name s) (Name i) _)])");
  EXPECT_EQ(dumpDecls("var x = y.(T)"), "(VarDecl [x] _ [(TypeAssert (Name y) (Name T))])");
  EXPECT_EQ(dumpDecls("var x = f(a, b...)"),
            "(VarDecl [x] _ [(Call (Name f) (Name a) (Name b) ...)])");
  EXPECT_EQ(dumpDecls("var x = <-ch"), "(VarDecl [x] _ [(Unary <- (Name ch))])");
  EXPECT_EQ(dumpDecls("var x = (<-chan int)(ch)"),
            "(VarDecl [x] _ [(Call (Paren (ChanType recv (Name int))) (Name ch))])");
  EXPECT_EQ(dumpDecls("var x = []byte(\"s\")"),
            "(VarDecl [x] _ [(Call (SliceType (Name byte)) (BasicLit \"s\"))])");
  EXPECT_EQ(dumpDecls("var x = &(T{})"), "(VarDecl [x] _ [(Unary & (CompositeLit (Name T)))])");
  EXPECT_EQ(dumpDecls("var x = func(a ...int) (r int) { return }"),
            "(VarDecl [x] _ [(FuncLit (FuncType [(Field a (DotsType (Name int)))] [(Field r "
            "(Name int))]) (Block (Return)))])");
  EXPECT_EQ(dumpDecls("var x = 'a' + 1.5 + 2i + `raw`"),
            "(VarDecl [x] _ [(Binary + (Binary + (Binary + (BasicLit 'a') (BasicLit 1.5)) "
            "(BasicLit 2i)) (BasicLit `raw`))])");
}

TEST(Parser, CompositeLiterals) {
  EXPECT_EQ(dumpDecls("var x = []Point{{1, 2}, {X: 3}, Point{}}"),
            "(VarDecl [x] _ [(CompositeLit (SliceType (Name Point)) (CompositeLit _ (BasicLit 1) "
            "(BasicLit 2)) (CompositeLit _ (KeyValue (Name X) (BasicLit 3))) (CompositeLit (Name "
            "Point)))])");
  EXPECT_EQ(dumpDecls("var x = map[string][]int{\"a\": {1}, \"b\": nil,}"),
            "(VarDecl [x] _ [(CompositeLit (MapType (Name string) (SliceType (Name int))) "
            "(KeyValue (BasicLit \"a\") (CompositeLit _ (BasicLit 1))) (KeyValue (BasicLit \"b\") "
            "(Name nil)))])");
  EXPECT_EQ(dumpDecls("var x = map[Point]int{{1, 2}: 3}"),
            "(VarDecl [x] _ [(CompositeLit (MapType (Name Point) (Name int)) (KeyValue "
            "(CompositeLit _ (BasicLit 1) (BasicLit 2)) (BasicLit 3)))])");
  EXPECT_EQ(dumpDecls("var x = [...]string{2: \"c\", 0: \"a\"}"),
            "(VarDecl [x] _ [(CompositeLit (ArrayType ... (Name string)) (KeyValue (BasicLit 2) "
            "(BasicLit \"c\")) (KeyValue (BasicLit 0) (BasicLit \"a\")))])");
  EXPECT_EQ(dumpDecls("var x = Pair[K, V]{k, v}"),
            "(VarDecl [x] _ [(CompositeLit (Index (Name Pair) (Name K) (Name V)) (Name k) (Name "
            "v))])");
  EXPECT_EQ(dumpDecls("var x = pkg.T{A: 1}"),
            "(VarDecl [x] _ [(CompositeLit (Selector (Name pkg) T) (KeyValue (Name A) (BasicLit "
            "1)))])");
  EXPECT_EQ(dumpDecls("var x = &struct{ a int }{1}"),
            "(VarDecl [x] _ [(Unary & (CompositeLit (StructType (Field a (Name int))) (BasicLit "
            "1)))])");
  EXPECT_EQ(dumpDecls("var x = [][]int{{}, {1}}"),
            "(VarDecl [x] _ [(CompositeLit (SliceType (SliceType (Name int))) (CompositeLit _) "
            "(CompositeLit _ (BasicLit 1)))])");
}

// In if/for/switch headers a bare type name followed by '{' starts the block (Go's xnest).
TEST(Parser, CompositeLiteralsInStatementHeaders) {
  EXPECT_EQ(dumpDecls("func f() { if (T{}) == x {} }"),
            "(FuncDecl f (FuncType [] []) (Block (If _ (Binary == (Paren (CompositeLit (Name "
            "T))) (Name x)) (Block) _)))");
  EXPECT_EQ(dumpDecls("func f() { if x == y {} }"),
            "(FuncDecl f (FuncType [] []) (Block (If _ (Binary == (Name x) (Name y)) (Block) "
            "_)))");
  EXPECT_EQ(dumpDecls("func f() { for _, p := range []T{{1}} {} }"),
            "(FuncDecl f (FuncType [] []) (Block (Range (Name _) (Name p) := (CompositeLit "
            "(SliceType (Name T)) (CompositeLit _ (BasicLit 1))) (Block))))");
  EXPECT_EQ(dumpDecls("func f() { switch (S{a: 1}) {} }"),
            "(FuncDecl f (FuncType [] []) (Block (Switch _ (Paren (CompositeLit (Name S) "
            "(KeyValue (Name a) (BasicLit 1)))))))");
  EXPECT_EQ(dumpDecls("func f() { if f(T{}) {} }"),
            "(FuncDecl f (FuncType [] []) (Block (If _ (Call (Name f) (CompositeLit (Name T))) "
            "(Block) _)))");
}

TEST(Parser, Statements) {
  EXPECT_EQ(dumpDecls("func f() { x, y := 1, 2; x += 1; x++; y--; c <- v; var z int; const k = 1; "
                      "type t int; ; {} }"),
            "(FuncDecl f (FuncType [] []) (Block (Assign [(Name x) (Name y)] := [(BasicLit 1) "
            "(BasicLit 2)]) (Assign [(Name x)] += [(BasicLit 1)]) (IncDec (Name x) ++) (IncDec "
            "(Name y) --) (SendStmt (Name c) (Name v)) (DeclStmt (VarDecl [z] (Name int) [])) "
            "(DeclStmt (ConstDecl [k] _ [(BasicLit 1)] iota=0)) (DeclStmt (TypeDecl t (Name "
            "int))) (EmptyStmt) (Block)))");
  EXPECT_EQ(dumpDecls("func f() { if x := 1; x > 0 {} else if y {} else {} }"),
            "(FuncDecl f (FuncType [] []) (Block (If (Assign [(Name x)] := [(BasicLit 1)]) "
            "(Binary > (Name x) (BasicLit 0)) (Block) (If _ (Name y) (Block) (Block)))))");
  EXPECT_EQ(dumpDecls("func f() { for i := 0; i < n; i++ {}; for {}; for c {}; for ; ; {} }"),
            "(FuncDecl f (FuncType [] []) (Block (For (Assign [(Name i)] := [(BasicLit 0)]) "
            "(Binary < (Name i) (Name n)) (IncDec (Name i) ++) (Block)) (For _ _ _ (Block)) "
            "(For _ (Name c) _ (Block)) (For _ _ _ (Block))))");
  EXPECT_EQ(dumpDecls("func f() { for i, v := range x {}; for k = range m {}; for range 10 {} }"),
            "(FuncDecl f (FuncType [] []) (Block (Range (Name i) (Name v) := (Name x) (Block)) "
            "(Range (Name k) _ = (Name m) (Block)) (Range (BasicLit 10) (Block))))");
  EXPECT_EQ(dumpDecls("func f() { switch x := 1; x { case 1, 2: fallthrough; default: } }"),
            "(FuncDecl f (FuncType [] []) (Block (Switch (Assign [(Name x)] := [(BasicLit 1)]) "
            "(Name x) (Case [(BasicLit 1) (BasicLit 2)] (Branch fallthrough)) (Default))))");
  EXPECT_EQ(dumpDecls("func f() { switch { case x > 1: } }"),
            "(FuncDecl f (FuncType [] []) (Block (Switch _ _ (Case [(Binary > (Name x) "
            "(BasicLit 1))]))))");
  EXPECT_EQ(dumpDecls("func f() { L: for { break L; continue L }; goto L }"),
            "(FuncDecl f (FuncType [] []) (Block (Labeled L (For _ _ _ (Block (Branch break L) "
            "(Branch continue L)))) (Branch goto L)))");
  EXPECT_EQ(dumpDecls("func f() { L: }"),
            "(FuncDecl f (FuncType [] []) (Block (Labeled L (EmptyStmt))))");
  EXPECT_EQ(dumpDecls("func f() { go g(); defer func() {}(); select { case <-c: default: } }"),
            "(FuncDecl f (FuncType [] []) (Block (Go (Call (Name g))) (Defer (Call (FuncLit "
            "(FuncType [] []) (Block)))) (Select)))");
  EXPECT_EQ(dumpDecls("func f() (int, error) { return 1, nil }"),
            "(FuncDecl f (FuncType [] [(Field (Name int)) (Field (Name error))]) (Block (Return "
            "(BasicLit 1) (Name nil))))");
}

TEST(Parser, TypeSwitches) {
  EXPECT_EQ(dumpDecls("func f() { switch y := x.(type) { case int, nil: case *T, []U: default: } "
                      "}"),
            "(FuncDecl f (FuncType [] []) (Block (TypeSwitch _ y (Name x) (Case [(Name int) "
            "(Name nil)]) (Case [(Unary * (Name T)) (SliceType (Name U))]) (Default))))");
  EXPECT_EQ(dumpDecls("func f() { switch a := g(); a.b.(type) {} }"),
            "(FuncDecl f (FuncType [] []) (Block (TypeSwitch (Assign [(Name a)] := [(Call (Name "
            "g))]) _ (Selector (Name a) b))))");
  Parsed p = parse("package p\nfunc f() {\n\tswitch v := x.(type) {\n\t}\n}\n");
  auto* body = p.file->decls[0]->as<FuncDecl>()->body;
  auto* ts = body->stmts[0]->as<TypeSwitch>();
  ASSERT_NE(ts, nullptr);
  EXPECT_EQ(ts->pos, (Pos{3, 2}));
  EXPECT_EQ(ts->binding->pos, (Pos{3, 9}));
  EXPECT_EQ(ts->rbrace, (Pos{4, 2}));
}

TEST(Parser, Closures) {
  EXPECT_EQ(dumpDecls("var f = func(x int) func() int { return func() int { return x } }"),
            "(VarDecl [f] _ [(FuncLit (FuncType [(Field x (Name int))] [(Field (FuncType [] "
            "[(Field (Name int))]))]) (Block (Return (FuncLit (FuncType [] [(Field (Name "
            "int))]) (Block (Return (Name x)))))))])");
}

TEST(Parser, DirectivesAttachToTheNextFuncDecl) {
  Parsed p = parse(
      "package p\n"
      "\n"
      "//export add\n"
      "func add(a, b int32) int32 { return a + b }\n"
      "\n"
      "//go:wasmexport mul\n"
      "//go:export mul2\n"
      "\n"
      "func mul(a, b int32) int32 { return a * b }\n"
      "\n"
      "//export skipped\n"
      "var x int\n"
      "\n"
      "func skipped() {}\n"
      "\n"
      "// export notADirective\n"
      "//exportNoSpace\n"
      "func plain() {}\n"
      "\n"
      "//export method\n"
      "func (T) method() {}\n"
      "\n"
      "func inner() {\n"
      "\t//export insideBody\n"
      "}\n"
      "\n"
      "func after() {} //export trailing\n"
      "\n"
      "func next() {}\n"
      "\n"
      "//export typed\n"
      "type T int\n"
      "\n"
      "func afterType() {}\n"
      "\n"
      "//export grouped\n"
      "const (\n"
      "\tc = 1\n"
      ")\n"
      "\n"
      "func afterConst() {}\n");
  EXPECT_EQ(p.errors, Strings{});
  std::vector<std::pair<std::string, Strings>> got;
  for (Decl* d : p.file->decls) {
    auto* f = d->as<FuncDecl>();
    if (!f) continue;
    Strings texts;
    for (const Directive& dir : f->directives) texts.push_back(dir.text);
    got.emplace_back(f->name->value, texts);
  }
  const std::vector<std::pair<std::string, Strings>> want = {
      {"add", {"export add"}},
      {"mul", {"go:wasmexport mul", "go:export mul2"}},
      {"skipped", {}},
      {"plain", {}},
      {"method", {"export method"}},
      {"inner", {}},
      {"after", {}},
      {"next", {}},
      {"afterType", {}},
      {"afterConst", {}},
  };
  EXPECT_EQ(got, want);
  auto* add = p.file->decls[0]->as<FuncDecl>();
  ASSERT_EQ(add->directives.size(), 1u);
  EXPECT_EQ(add->directives[0].pos, (Pos{3, 3}));
}

// Positions follow Go's syntax package; startPos gives the leftmost token.
TEST(Parser, Positions) {
  Parsed p = parse("package p\nvar x = a.b + f(1)[2]\nfunc (r T) m() {\n\tx, y = 1, 2\n}\n");
  EXPECT_EQ(p.errors, Strings{});
  auto* v = p.file->decls[0]->as<VarDecl>();
  auto* sum = v->values[0]->as<Binary>();
  ASSERT_NE(sum, nullptr);
  EXPECT_EQ(sum->pos, (Pos{2, 13}));  // the operator
  EXPECT_EQ(startPos(sum), (Pos{2, 9}));
  auto* index = sum->y->as<Index>();
  ASSERT_NE(index, nullptr);
  EXPECT_EQ(index->pos, (Pos{2, 19}));  // '['
  EXPECT_EQ(startPos(index), (Pos{2, 15}));
  auto* call = index->x->as<Call>();
  EXPECT_EQ(call->pos, (Pos{2, 16}));  // '('
  EXPECT_EQ(call->rparen, (Pos{2, 18}));
  EXPECT_EQ(sum->x->pos, (Pos{2, 10}));  // the selector's '.'
  auto* m = p.file->decls[1]->as<FuncDecl>();
  EXPECT_EQ(m->pos, (Pos{3, 6}));  // the token after 'func'
  EXPECT_EQ(m->name->pos, (Pos{3, 12}));
  EXPECT_EQ(m->body->pos, (Pos{3, 16}));
  EXPECT_EQ(m->body->rbrace, (Pos{5, 1}));
  auto* assign = m->body->stmts[0]->as<Assign>();
  EXPECT_EQ(assign->pos, (Pos{4, 7}));
  EXPECT_EQ(startPos(assign), (Pos{4, 2}));
  EXPECT_EQ(startPos(p.file), (Pos{1, 1}));
}

TEST(Parser, TagsAreUnquoted) {
  Parsed p = parse("package p\ntype S struct {\n\ta int \"x:\\\"1\\\"\"\n\tb int `y:\"2\"`\n}\n");
  auto* s = p.file->decls[0]->as<TypeDecl>()->type->as<StructType>();
  ASSERT_EQ(s->fields.size(), 2u);
  EXPECT_EQ(s->fields[0]->tag, "x:\"1\"");
  EXPECT_EQ(s->fields[1]->tag, "y:\"2\"");
}

// Each case: the source and the errors the Go 1.19 compiler (go build) reports for it.
struct ErrorCase {
  std::string_view src;
  Strings errors;
};

const ErrorCase kErrorCases[] = {
    {"package p\nfunc f() {\n\tg(1,\n\t2\n\t)\n}\n"sv,
     {"4:3: syntax error: unexpected newline in argument list; possibly missing comma or )"}},
    {"x := 1\n"sv, {"1:1: syntax error: package statement must be first"}},
    {"package p\nx := 1\n"sv,
     {"2:1: syntax error: non-declaration statement outside function body"}},
    {"package p\nfunc f() {\n\tx := 1 y := 2\n}\n"sv,
     {"3:9: syntax error: unexpected y at end of statement"}},
    {"package p\nfunc f() {\n\ts := \"abc\n}\n"sv, {"3:11: newline in string"}},
    {"package p\nvar s = \"abc"sv, {"2:9: string not terminated"}},
    {"package p\nvar s = `abc"sv, {"2:9: string not terminated"}},
    {"package p\n/* abc"sv, {"2:1: comment not terminated"}},
    {"package p\nvar c = @\n"sv, {"2:9: invalid character U+0040 '@'"}},
    {"package p\nvar x = 08\n"sv, {"2:10: invalid digit '8' in octal literal"}},
    {"package p\nvar r = 'a\n"sv, {"2:11: newline in rune literal"}},
    {"package p\nvar r = 'ab'\n"sv, {"2:9: more than one character in rune literal"}},
    {"package p\nvar r = '"sv, {"2:9: rune literal not terminated"}},
    {"package p\nfunc f() {\n\tif x\n\t{\n\t}\n}\n"sv,
     {"3:6: syntax error: unexpected newline, expecting { after if clause"}},
    {"package p\nfunc f() {\n\tif x {\n\t} else return\n}\n"sv,
     {"4:9: syntax error: else must be followed by if or statement block"}},
    {"package p\nfunc f() {\n\tfor i := 0; i < 3; j := 1 {\n\t}\n}\n"sv,
     {"3:23: syntax error: cannot declare in post statement of for loop"}},
    {"package p\nfunc f() {\n\tfor var i = 0; i < 3; i++ {\n\t}\n}\n"sv,
     {"3:10: syntax error: var declaration not allowed in for initializer"}},
    {"package p\nfunc f() {\n\tif var x = 1; x {\n\t}\n}\n"sv,
     {"3:9: syntax error: var declaration not allowed in if initializer"}},
    {"package p\nfunc f() {\n\tif x = 1 {\n\t}\n}\n"sv,
     {"3:7: syntax error: cannot use assignment (x) = (1) as value"}},
    {"package p\nfunc f() {\n\tif x := 1 {\n\t}\n}\n"sv,
     {"3:7: syntax error: cannot use x := 1 as value"}},
    {"package p\nfunc f() {\n\tif {\n\t}\n}\n"sv,
     {"3:5: syntax error: missing condition in if statement"}},
    {"package p\nfunc f() {\n\tif x; {\n\t}\n}\n"sv,
     {"3:6: syntax error: missing condition in if statement"}},
    {"package p\nfunc f() {\n\tswitch x++ {\n\t}\n}\n"sv,
     {"3:10: syntax error: cannot use x++ as value"}},
    {"package p\nfunc f() {\n\tfor x := range y; {\n\t}\n}\n"sv,
     {"3:18: syntax error: unexpected semicolon, expecting { after for clause"}},
    {"package p\nfunc f() {\n\tfor ; ; {\n\t}\n\tfor i := 0; i < 1 {\n\t}\n}\n"sv,
     {"5:20: syntax error: unexpected {, expecting semicolon or newline",
      "6:2: syntax error: unexpected }, expecting expression"}},
    {"package p\nfunc f()\n{\n}\n"sv,
     {"3:1: syntax error: unexpected semicolon or newline before {"}},
    {"package p\nfunc f() {\n\t_ = x[1:2:]\n\t_ = y[1::3]\n\t_ = z[]\n}\n"sv,
     {"3:12: final index required in 3-index slice", "4:10: middle index required in 3-index slice",
      "5:8: syntax error: unexpected ], expecting operand"}},
    {"package p\nfunc f() {\n\tswitch {\n\tcase 1\n\t}\n}\n"sv,
     {"4:8: syntax error: unexpected newline, expecting :"}},
    {"package p\nfunc f() {\n\tswitch x {\n\t5\n\t}\n}\n"sv,
     {"4:2: syntax error: unexpected literal 5, expecting case or default or }",
      "5:2: syntax error: unexpected }, expecting :"}},
    {"package p\nfunc f() {\n\tselect {\n\tcase x:\n\tfoo\n\t}\n\tselect x\n}\n"sv,
     {"7:9: syntax error: missing { after select clause"}},
    {"package p\nfunc f(a int, b) {}\n"sv,
     {"2:15: syntax error: mixed named and unnamed parameters"}},
    {"package p\nfunc f(a, b) (c int, d) {}\n"sv,
     {"2:22: syntax error: mixed named and unnamed parameters"}},
    {"package p\nfunc f(...) {}\n"sv, {"2:11: syntax error: ... is missing type"}},
    {"package p\nfunc () m() {}\n"sv, {"2:9: method has no receiver"}},
    {"package p\nfunc f[]() {}\n"sv, {"2:8: syntax error: empty type parameter list"}},
    {"package p\nfunc (T) m[P any]() {}\n"sv,
     {"2:11: syntax error: method must have no type parameters"}},
    {"package p\nvar f = func[T any]() {}\n"sv,
     {"2:13: syntax error: function type must have no type parameters"}},
    {"package p\ntype T[P any, Q] struct{}\n"sv, {"2:16: syntax error: missing type constraint"}},
    {"package p\ntype T[P *int, Q] struct{}\n"sv, {"2:17: syntax error: missing type constraint"}},
    {"package p\ntype T [1,]int\n"sv, {"2:10: syntax error: unexpected comma; expecting ]"}},
    {"package p\ntype I interface {\n\t~\n\t1\n}\n"sv,
     {"4:2: syntax error: unexpected literal 1, expecting type"}},
    {"package p\ntype S struct {\n\t(T)\n\t*(U)\n\t(*V)\n\t1\n}\n"sv,
     {"3:2: syntax error: cannot parenthesize embedded type",
      "4:3: syntax error: cannot parenthesize embedded type",
      "5:2: syntax error: cannot parenthesize embedded type",
      "6:2: syntax error: unexpected literal 1, expecting field name or embedded type"}},
    {"package p\ntype S struct {\n\ta int b int\n}\n"sv,
     {"3:8: syntax error: unexpected b in struct type; possibly missing semicolon or newline or "
      "}"}},
    {"package p\ntype T chan\n"sv, {"3:1: syntax error: missing channel element type"}},
    {"package p\ntype T map[int\n"sv, {"2:15: syntax error: unexpected newline, expecting ]"}},
    {"package p\nimport\n"sv, {"3:1: syntax error: missing import path"}},
    {"package p\nimport 5\n"sv, {"2:9: syntax error: import path must be a string"}},
    {"package p\nimport x\n"sv, {"2:9: syntax error: missing import path"}},
    {"package p\nimport (\n\t\"a\"\n\tb\n)\n"sv, {"4:3: syntax error: missing import path"}},
    {"package p\nimport \"a\" \"b\"\n"sv,
     {"2:12: syntax error: unexpected literal \"b\", expecting semicolon or newline"}},
    {"package\n"sv, {"2:1: syntax error: unexpected EOF, expecting name"}},
    {"package 1\n"sv, {"1:9: syntax error: unexpected literal 1, expecting name"}},
    {"packag p\n"sv, {"1:1: syntax error: package statement must be first"}},
    {""sv, {"1:1: syntax error: package statement must be first"}},
    {"package p;"sv, {}},
    {"package p\nvar x int = \n"sv, {"3:1: syntax error: unexpected EOF, expecting expression"}},
    {"package p\nvar x, y\n"sv, {"2:9: syntax error: unexpected newline, expecting type"}},
    {"package p\nvar x := 1\n"sv, {"2:7: syntax error: unexpected :=, expecting ="}},
    {"package p\nconst x := 1\n"sv, {"2:9: syntax error: unexpected :=, expecting ="}},
    {"package p\ntype T = \n"sv, {"3:1: syntax error: unexpected EOF in type declaration"}},
    {"package p\ntype\n"sv, {"3:1: syntax error: unexpected EOF, expecting name"}},
    {"package p\nfunc\n"sv, {"3:1: syntax error: unexpected EOF, expecting name or ("}},
    {"package p\nfunc f\n"sv, {"2:7: syntax error: unexpected newline, expecting ("}},
    {"package p\nfunc f() {\n\tvar x = struct{}{\n}\n"sv,
     {"5:1: syntax error: unexpected EOF, expecting }"}},
    {"package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n"sv,
     {"3:14: syntax error: unexpected { at end of statement",
      "5:1: syntax error: non-declaration statement outside function body"}},
    {"package p\nfunc f() {\n\tfor _, x := range []T{} {\n\t}\n\tfor x := range T{} {\n\t}\n}\n"sv,
     {"5:21: syntax error: unexpected { at end of statement",
      "7:1: syntax error: non-declaration statement outside function body"}},
    {"package p\nfunc f() {\n\tx := (T){}\n}\n"sv,
     {"3:10: syntax error: cannot parenthesize type in composite literal"}},
    {"package p\nfunc f() {\n\tx := [...]int{1, 2, 3\n\t}\n}\n"sv,
     {"3:23: syntax error: unexpected newline in composite literal; possibly missing comma or }"}},
    {"package p\nfunc f() {\n\tx := map[string]int{\"a\": 1 \"b\": 2}\n}\n"sv,
     {"3:29: syntax error: unexpected literal \"b\" in composite literal; possibly missing comma "
      "or }"}},
    {"package p\nfunc f() {\n\tx.(\n}\n"sv, {"4:1: syntax error: unexpected }, expecting type"}},
    {"package p\nfunc f() {\n\tx.5\n}\n"sv,
     {"3:3: syntax error: unexpected literal .5 at end of statement"}},
    {"package p\nfunc f() {\n\tx++ = 5\n\ty := z++\n}\n"sv,
     {"3:6: syntax error: unexpected = at end of statement",
      "4:8: syntax error: unexpected ++ at end of statement"}},
    {"package p\nfunc f() {\n\ta, b += 1, 2\n}\n"sv,
     {"3:7: syntax error: unexpected +=, expecting := or = or comma"}},
    {"package p\nfunc f() {\n\tx := 1;;\n\tbreak 5\n}\n"sv,
     {"4:8: syntax error: unexpected literal 5 at end of statement"}},
    {"package p\nfunc f() {\n\treturn return\n}\n"sv,
     {"3:9: syntax error: unexpected return, expecting expression"}},
    {"package p\nfunc f() {\n\tfallthrough x\n}\n"sv,
     {"3:14: syntax error: unexpected x at end of statement"}},
    {"package p\nfunc f() {\n\tx := func() {\n\ty\n}\n"sv,
     {"6:1: syntax error: unexpected EOF, expecting }"}},
    {"package p\nfunc f() {\n\t}\n}\n"sv,
     {"4:1: syntax error: non-declaration statement outside function body"}},
    {"package p\nfunc f() {\n\tvar (\n\t\tx = 1\n\t\ty 2\n\t)\n}\n"sv,
     {"5:5: syntax error: unexpected literal 2, expecting type"}},
    {"package p\nvar x = []int{1, 2, 3}[\n"sv,
     {"3:1: syntax error: unexpected EOF, expecting expression"}},
    {"package p\nvar x = a..b\nvar y = 1\n"sv,
     {"2:11: syntax error: unexpected ., expecting name or ("}},
    {"package p\nvar x = ~1\nvar y = !*&^x\n"sv,
     {"3:11: syntax error: unexpected &^, expecting expression"}},
    {"package p\nfunc f() {\n\t~x\n\t*x = 1\n}\n"sv,
     {"3:2: syntax error: unexpected ~, expecting }"}},
    {"package p\nvar x = f(a...,b)\nvar y = f(a..., )\n"sv,
     {"2:16: syntax error: unexpected b, expecting )"}},
    {"package p\nvar x = f(,)\n"sv, {"2:11: syntax error: unexpected comma, expecting expression"}},
    {"package p\nfunc f() {\n\tif x {\n\t} else {\n\t} else {\n\t}\n}\n"sv,
     {"5:4: syntax error: unexpected else at end of statement",
      "7:1: syntax error: non-declaration statement outside function body"}},
    {"package p\nfunc f() {\n\tfor {\n\t}}\n"sv, {}},
    {"package p\nfunc f() { x := 1 }; y := 2\n"sv,
     {"2:22: syntax error: non-declaration statement outside function body"}},
    {"package p\nfunc f(a int b int) {}\n"sv,
     {"2:14: syntax error: unexpected b in parameter list; possibly missing comma or )"}},
    {"package p\nfunc f() (a int b int) {}\n"sv,
     {"2:17: syntax error: unexpected b in parameter list; possibly missing comma or )"}},
    {"package p\nvar x = struct { a int }{a: 1, b 2}\n"sv,
     {"2:34: syntax error: unexpected literal 2 in composite literal; possibly missing comma or "
      "}"}},
    {"package p\nvar x = 1e\nvar y = 0x1.5\nvar z = 0b2\n"sv,
     {"2:11: exponent has no digits", "3:14: hexadecimal mantissa requires a 'p' exponent",
      "4:11: invalid digit '2' in binary literal"}},
    {"package p\nvar s = \"\\q\"\nvar t = '\\400'\n"sv,
     {"2:11: unknown escape", "3:14: octal escape value 256 > 255"}},
    {"package p\nvar \303\242\302\202\302\254 = 1\nvar a\303\242\302\202\302\254 = 2\n"sv,
     {"2:7: invalid character U+0082 in identifier",
      "2:9: invalid character U+00AC '\302\254' in identifier",
      "3:8: invalid character U+0082 in identifier",
      "3:10: invalid character U+00AC '\302\254' in identifier"}},
    {"package p\nvar x = \000\n"sv, {"2:9: invalid NUL character"}},
    {"package p\nvar x = \"\303\277\"\n"sv, {}},
    {"package p\n\303\257\302\273\302\277var x = 1\n"sv,
     {"2:3: invalid character U+00BB '\302\273' in identifier",
      "2:5: invalid character U+00BF '\302\277' in identifier"}},
    {"\303\257\302\273\302\277package p\nvar x = @\n"sv,
     {"1:1: syntax error: package statement must be first",
      "1:3: invalid character U+00BB '\302\273' in identifier",
      "1:5: invalid character U+00BF '\302\277' in identifier"}},
    {"package p\nfunc f() {\n\tx := 1 // comment\n\t/* multi\n\tline */ y := 2\n\tz := 3 /* inline */ w\n}\n"sv,
     {"6:22: syntax error: unexpected w at end of statement"}},
    {"package p\nfunc f() {\n\tdefer\n}\n"sv,
     {"4:1: syntax error: unexpected }, expecting expression",
      "4:1: expression in defer must be function call"}},
    {"package p\nfunc f() {\n\tgo func() {}\n}\n"sv,
     {"3:5: expression in go must be function call"}},
    {"package p\nfunc f() {\n\ttype T[P any] int\n\tvar x T[int\n}\n"sv,
     {"4:13: syntax error: unexpected newline, expecting ]"}},
    {"package p\nfunc f() {\n\tswitch x := y.(type) {\n\tcase int\n\t}\n}\n"sv,
     {"4:10: syntax error: unexpected newline, expecting :"}},
    {"package p\nfunc f() {\n\tswitch a, b := x.(type) {\n\t}\n}\n"sv,
     {"3:14: syntax error: cannot use a, b := x.(type) as value"}},
    {"package p\nfunc f() {\n\tif x := y.(type) {\n\t}\n}\n"sv,
     {"3:7: syntax error: cannot use x := y.(type) as value"}},
    {"package p\nfunc f() {\n\tswitch x = y.(type) {\n\t}\n}\n"sv,
     {"3:11: syntax error: cannot use assignment (x) = (y.(type)) as value"}},
    {"package p\nfunc f() {\n\tx <- \n}\n"sv,
     {"4:1: syntax error: unexpected }, expecting expression"}},
    {"package p\nfunc f() {\n\tc <- 1, 2\n}\n"sv,
     {"3:8: syntax error: unexpected comma at end of statement"}},
    {"package p\nvar x = interface{ m() int; n( }\n"sv,
     {"2:32: syntax error: unexpected }, expecting )"}},
    {"package p\nfunc f[P any, Q](x P) {}\n"sv, {"2:16: syntax error: missing type constraint"}},
    {"package p\nfunc f[P, Q any, R](x P) {}\n"sv, {"2:19: syntax error: missing type constraint"}},
    {"package p\nfunc f(x int, ...int) {}\n"sv,
     {"2:15: syntax error: mixed named and unnamed parameters"}},
    {"package p\nfunc f(x ...) {}\n"sv, {"2:13: syntax error: ... is missing type"}},
    {"package p\ntype T struct{ f func(a, b int, c) }\n"sv,
     {"2:33: syntax error: mixed named and unnamed parameters"}},
};

TEST(Parser, SyntaxErrorsMatchGo) {
  for (const ErrorCase& c : kErrorCases) {
    Parsed p = parse(std::string(c.src));
    EXPECT_EQ(p.errors, c.errors) << "source:\n" << c.src;
    EXPECT_NE(p.file, nullptr);
  }
}

TEST(Parser, OneSyntaxErrorPerLine) {
  Parsed p = parse("package p\nfunc f() {\n\tx := ) ) ) ]\n\ty := 1\n}\n");
  EXPECT_EQ(p.errors, (Strings{"3:7: syntax error: unexpected ), expecting expression"}));
}

// ---- robustness ----------------------------------------------------------------------------

size_t countMessage(const Parsed& p, const std::string& msg) {
  return std::count_if(p.errors.begin(), p.errors.end(),
                       [&](const std::string& e) { return e.find(msg) != std::string::npos; });
}

TEST(Parser, DeepNestingIsAnErrorNotACrash) {
  const std::string n(100000, 'x');
  const std::vector<std::pair<std::string, std::string>> shapes = {
      {"var x = ", "("},        {"func f() ", "{"},
      {"var x = ", "["},        {"var x = ", "!"},
      {"var x = ", "<-"},       {"var x = T", "{"},
      {"type T ", "*"},         {"type T ", "[]"},
      {"var x = ", "f("},       {"var x = ", "func() {"},
      {"type T ", "struct{a "}, {"type T ", "interface{m("},
      {"type T ", "func(a "},   {"type T ", "map[int]"},
      {"type T ", "chan "},     {"func f() {", "if x {} else "},
      {"func f() {", "L: "},    {"var x = a", "+a"},
      {"var x = a", ".b"},      {"var x = a", "()"},
      {"var x = a", "[0]"},     {"type I interface{ a", "|a"},
      {"func f() {", "for {"},  {"func f() {", "switch {case 1:"},
  };
  for (const auto& [prefix, unit] : shapes) {
    std::string src = "package p\n" + prefix;
    for (int i = 0; i < 100000; ++i) src += unit;
    Parsed p = parse(src);
    EXPECT_EQ(countMessage(p, "syntax error: nesting too deep"), 1u) << prefix << unit;
  }
}

TEST(Parser, ModerateNestingIsFine) {
  std::string src = "package p\nvar x = ";
  for (int i = 0; i < 100; ++i) src += "(";
  src += "1";
  for (int i = 0; i < 100; ++i) src += ")";
  src += "\nfunc f() {\n";
  for (int i = 0; i < 60; ++i) src += "if x {\n";
  for (int i = 0; i < 60; ++i) src += "}\n";
  src += "}\n";
  EXPECT_EQ(parse(src).errors, Strings{});
}

TEST(Parser, RandomBytes) {
  std::mt19937 rng(20240229);
  std::string bytes(1 << 20, '\0');
  for (char& c : bytes) c = static_cast<char>(rng());
  EXPECT_GT(parse(bytes).errorCount, 0u);
  // Past a valid package clause, so that the parser proper sees the garbage.
  EXPECT_GT(parse("package p\n" + bytes).errorCount, 0u);
}

// Random token sequences reach much deeper into the parser than random bytes.
TEST(Parser, RandomTokenSoup) {
  const std::vector<std::string> vocab = {
      "x",
      "y",
      "T",
      "1",
      "\"s\"",
      "'c'",
      "(",
      ")",
      "[",
      "]",
      "{",
      "}",
      ",",
      ";",
      "\n",
      ":",
      ".",
      "...",
      "=",
      ":=",
      "+",
      "-",
      "*",
      "&",
      "|",
      "^",
      "!",
      "<-",
      "~",
      "==",
      "+=",
      "++",
      "&&",
      "break",
      "case",
      "chan",
      "const",
      "continue",
      "default",
      "defer",
      "else",
      "fallthrough",
      "for",
      "func",
      "go",
      "goto",
      "if",
      "import",
      "interface",
      "map",
      "package",
      "range",
      "return",
      "select",
      "struct",
      "switch",
      "type",
      "var",
      "//export f\n",
      "/* c */",
      "`raw`",
      "0x1p3",
      "1e",
  };
  std::mt19937 rng(7);
  for (int round = 0; round < 30; ++round) {
    std::string src = "package p\n";
    const int n = 2000 + static_cast<int>(rng() % 20000);
    for (int i = 0; i < n; ++i) {
      src += vocab[rng() % vocab.size()];
      src += ' ';
    }
    Parsed p = parse(src);
    EXPECT_NE(p.file, nullptr);
  }
}

TEST(Parser, EveryPrefixOfAValidProgram) {
  const std::string program =
      "package main\n"
      "\n"
      "func main() {\n"
      "\ttype P[T any] struct{ v T; n *P[T] }\n"
      "\tconst (\n\t\ta = iota\n\t\tb\n\t)\n"
      "\tvar m = map[string][]int{\"k\": {1, 2}}\n"
      "\tf := func(xs ...int) (s int) {\n\t\tfor _, x := range xs {\n\t\t\ts += x\n\t\t}\n"
      "\t\treturn\n\t}\n"
      "\tswitch v := any(m).(type) {\n\tcase nil:\n\tdefault:\n\t\t_ = v\n\t}\n"
      "\tif x := f(1, 2); x > 0 && !false {\n\t\tprintln(`raw`, 'r', 1.5e3, 0x1F)\n"
      "\t} else if x < 0 {\n\t} else {\n\t}\n"
      "L:\n\tfor i := 0; i < 10; i++ {\n\t\tif i%2 == 0 {\n\t\t\tcontinue L\n\t\t}\n"
      "\t\tbreak\n\t}\n"
      "\ts := []P[int]{{v: 1}}\n\t_ = s[0:1:1]\n\t_ = (*P[int]).v\n"
      "\tgo func() {}()\n\tdefer println()\n"
      "}\n";
  ASSERT_EQ(parse(program).errors, Strings{});
  const size_t bodyStart = program.find('{') + 1;
  const size_t bodyEnd = program.rfind('}');
  for (size_t n = 0; n <= program.size(); ++n) {
    Parsed p = parse(program.substr(0, n));
    ASSERT_NE(p.file, nullptr);
    if (n < 7 || (n > bodyStart && n <= bodyEnd)) {
      EXPECT_GT(p.errorCount, 0u) << "prefix of " << n << " bytes";
    }
  }
}

TEST(Parser, UnterminatedEverything) {
  const char* const sources[] = {
      "package p\nfunc f() {",
      "package p\nfunc f() { x := \"abc",
      "package p\nvar x = `abc",
      "package p\nvar x = 'a",
      "package p\n/* comment",
      "package p\nvar x = (1 + 2",
      "package p\nvar x = []int{1, 2",
      "package p\nvar x = a[1:",
      "package p\nvar x = f(1, 2",
      "package p\ntype T struct { a int",
      "package p\ntype I interface { m(",
      "package p\nimport (\n\"fmt\"",
      "package p\nconst (\na = iota",
      "package p\nfunc f[T any",
      "package p\nfunc (r *T",
      "package p\nfunc f() { switch x { case 1:",
      "package p\nfunc f() { select { case <-c:",
      "package p\nfunc f() { if x {} else",
      "package p\nfunc f() { for i := 0; i < 10;",
      "package p\nfunc f() { L:",
      "package p\nvar x = map[string]",
      "package p\nvar x = func() {",
      "package p\nvar x = y.(",
      "package",
      "pack",
  };
  for (const char* src : sources) {
    Parsed p = parse(src);
    EXPECT_GT(p.errorCount, 0u) << src;
  }
}

TEST(Parser, LargeInputIsLinear) {
  std::string src = "package p\n";
  for (int i = 0; i < 20000; ++i) {
    src += "func f" + std::to_string(i) +
           "(a, b int) int { if a > b { return a - b }; return "
           "a + b*2 }\n";
  }
  const auto start = std::chrono::steady_clock::now();
  Parsed p = parse(src);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(p.errors, Strings{});
  EXPECT_EQ(p.file->decls.size(), 20000u);
  EXPECT_LT(std::chrono::duration_cast<std::chrono::seconds>(elapsed).count(), 20);
}

}  // namespace
}  // namespace gm::syntax
