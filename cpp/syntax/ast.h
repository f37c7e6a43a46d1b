// The syntax tree. Nodes are plain structs with a position, owned by an Arena; children are raw
// pointers into the same arena. The checker records types and constant values in side tables
// keyed by node pointer (types::Info), so the tree itself stays immutable after parsing.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "support/diagnostics.h"
#include "syntax/token.h"

namespace gm::syntax {

enum class Kind : uint8_t {
  // expressions
  BadExpr,
  Name,
  BasicLit,
  CompositeLit,
  KeyValue,
  FuncLit,
  Paren,
  Selector,
  Index,
  Slice,
  TypeAssert,
  Call,
  Unary,
  Binary,
  ListExpr,
  // type expressions (also expressions: they appear in conversions and composite literals)
  ArrayType,
  SliceType,
  MapType,
  ChanType,
  FuncType,
  StructType,
  InterfaceType,
  DotsType,
  // statements
  EmptyStmt,
  ExprStmt,
  SendStmt,
  IncDec,
  Assign,
  Block,
  If,
  For,
  Range,
  Switch,
  TypeSwitch,
  Return,
  Branch,
  Labeled,
  Go,
  Defer,
  DeclStmt,
  Select,
  // declarations
  ImportDecl,
  ConstDecl,
  VarDecl,
  TypeDecl,
  FuncDecl,
  // other
  Field,
  CaseClause,
  File,
};

struct Node {
  Kind kind;
  Pos pos;
  explicit Node(Kind k, Pos p = {}) : kind(k), pos(p) {}
  virtual ~Node() = default;
  template <class T>
  T* as() {
    return kind == T::kKind ? static_cast<T*>(this) : nullptr;
  }
  template <class T>
  const T* as() const {
    return kind == T::kKind ? static_cast<const T*>(this) : nullptr;
  }
};

struct Expr : Node {
  using Node::Node;
};
struct Stmt : Node {
  using Node::Node;
};
struct Decl : Node {
  using Node::Node;
};

#define GM_NODE(Name, Base)                 \
  static constexpr Kind kKind = Kind::Name; \
  explicit Name(Pos p = {}) : Base(Kind::Name, p) {}

// ---- expressions ----------------------------------------------------------------------------

struct BadExpr : Expr {
  GM_NODE(BadExpr, Expr)
};

struct Name : Expr {
  GM_NODE(Name, Expr)
  std::string value;  // "_" for the blank identifier
};

struct BasicLit : Expr {
  GM_NODE(BasicLit, Expr)
  LitKind litKind = LitKind::Int;
  std::string value;  // the literal's source text, quotes and prefixes included
  bool bad = false;   // the scanner reported an error for it
};

// Type{Elems}; Type is null for elided types inside another composite literal.
struct CompositeLit : Expr {
  GM_NODE(CompositeLit, Expr)
  Expr* type = nullptr;
  std::vector<Expr*> elems;  // KeyValue or plain expressions
  Pos rbrace;
};

struct KeyValue : Expr {
  GM_NODE(KeyValue, Expr)
  Expr* key = nullptr;
  Expr* value = nullptr;
};

struct FuncType;
struct Block;

struct FuncLit : Expr {
  GM_NODE(FuncLit, Expr)
  FuncType* type = nullptr;
  Block* body = nullptr;
};

struct Paren : Expr {
  GM_NODE(Paren, Expr)
  Expr* x = nullptr;
};

struct Selector : Expr {
  GM_NODE(Selector, Expr)
  Expr* x = nullptr;
  Name* sel = nullptr;
};

// x[i], or a generic instantiation x[T1, T2] (indices holds every index expression).
struct Index : Expr {
  GM_NODE(Index, Expr)
  Expr* x = nullptr;
  std::vector<Expr*> indices;
};

struct Slice : Expr {
  GM_NODE(Slice, Expr)
  Expr* x = nullptr;
  Expr* index[3] = {nullptr, nullptr, nullptr};
  bool full = false;  // x[i:j:k]
};

// x.(T); type is null for x.(type) in a type switch guard.
struct TypeAssert : Expr {
  GM_NODE(TypeAssert, Expr)
  Expr* x = nullptr;
  Expr* type = nullptr;
};

struct Call : Expr {
  GM_NODE(Call, Expr)
  Expr* fun = nullptr;
  std::vector<Expr*> args;
  bool hasDots = false;  // f(x...)
  Pos rparen;
};

// Unary operators: Op::Add, Sub, Xor, Not, Recv, Tilde, And (address-of) and Mul (dereference,
// or pointer type *T in a type context).
struct Unary : Expr {
  GM_NODE(Unary, Expr)
  Op op = Op::None;
  Expr* x = nullptr;
};

struct Binary : Expr {
  GM_NODE(Binary, Expr)
  Op op = Op::None;
  Expr* x = nullptr;
  Expr* y = nullptr;
};

// x, y, z on the left or right of assignments where one node is expected.
struct ListExpr : Expr {
  GM_NODE(ListExpr, Expr)
  std::vector<Expr*> list;
};

// ---- type expressions -----------------------------------------------------------------------

// [Len]Elem; len is null for [...]Elem (then dotsLen is set).
struct ArrayType : Expr {
  GM_NODE(ArrayType, Expr)
  Expr* len = nullptr;
  bool dotsLen = false;
  Expr* elem = nullptr;
};

struct SliceType : Expr {
  GM_NODE(SliceType, Expr)
  Expr* elem = nullptr;
};

struct MapType : Expr {
  GM_NODE(MapType, Expr)
  Expr* key = nullptr;
  Expr* value = nullptr;
};

struct ChanType : Expr {
  GM_NODE(ChanType, Expr)
  int dir = 0;  // 0 both, 1 send-only, 2 receive-only
  Expr* elem = nullptr;
};

// A parameter, result, struct field or interface method/element.
// - name is null for anonymous parameters, embedded fields and interface type-set elements.
// - in struct types, several names sharing one type are separate Fields with the same type node.
struct Field : Node {
  GM_NODE(Field, Node)
  Name* name = nullptr;
  Expr* type = nullptr;  // a FuncType for interface methods
  std::string tag;       // struct field tag, unquoted source text
};

struct FuncType : Expr {
  GM_NODE(FuncType, Expr)
  std::vector<Field*> params;
  std::vector<Field*> results;
  bool variadic = false;  // the last parameter's type is a DotsType
};

// ...T as the type of a final variadic parameter.
struct DotsType : Expr {
  GM_NODE(DotsType, Expr)
  Expr* elem = nullptr;
};

struct StructType : Expr {
  GM_NODE(StructType, Expr)
  std::vector<Field*> fields;  // an embedded field has name == null; type is T, *T or pkg.T
};

// Methods (name != null, type is FuncType) and embedded elements (name == null: an interface
// name, or a type-set union such as ~int | ~float64 built from Binary Or / Unary Tilde).
struct InterfaceType : Expr {
  GM_NODE(InterfaceType, Expr)
  std::vector<Field*> elems;
};

// ---- statements -----------------------------------------------------------------------------

struct EmptyStmt : Stmt {
  GM_NODE(EmptyStmt, Stmt)
};

struct ExprStmt : Stmt {
  GM_NODE(ExprStmt, Stmt)
  Expr* x = nullptr;
};

struct SendStmt : Stmt {
  GM_NODE(SendStmt, Stmt)
  Expr* chan = nullptr;
  Expr* value = nullptr;
};

struct IncDec : Stmt {
  GM_NODE(IncDec, Stmt)
  Expr* x = nullptr;
  bool inc = true;
};

// lhs op= rhs, lhs = rhs, lhs := rhs. op is None for plain assignment and define.
struct Assign : Stmt {
  GM_NODE(Assign, Stmt)
  Op op = Op::None;
  bool define = false;
  std::vector<Expr*> lhs;
  std::vector<Expr*> rhs;
};

struct Block : Stmt {
  GM_NODE(Block, Stmt)
  std::vector<Stmt*> stmts;
  Pos rbrace;
};

struct If : Stmt {
  GM_NODE(If, Stmt)
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Block* then = nullptr;
  Stmt* else_ = nullptr;  // If or Block
};

// for init; cond; post {}   (all optional)
struct For : Stmt {
  GM_NODE(For, Stmt)
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  Block* body = nullptr;
};

// for key, value := range x {}   (key/value optional; define tells := from =)
struct Range : Stmt {
  GM_NODE(Range, Stmt)
  Expr* key = nullptr;
  Expr* value = nullptr;
  bool define = false;
  Expr* x = nullptr;
  Block* body = nullptr;
};

struct CaseClause : Node {
  GM_NODE(CaseClause, Node)
  std::vector<Expr*> values;  // empty for default
  bool isDefault = false;
  std::vector<Stmt*> body;
  Pos colon;
};

struct Switch : Stmt {
  GM_NODE(Switch, Stmt)
  Stmt* init = nullptr;
  Expr* tag = nullptr;  // null for `switch {`
  std::vector<CaseClause*> clauses;
  Pos rbrace;
};

// switch init; [name :=] x.(type) { case T1, T2: … }
struct TypeSwitch : Stmt {
  GM_NODE(TypeSwitch, Stmt)
  Stmt* init = nullptr;
  Name* binding = nullptr;           // the v in v := x.(type), or null
  Expr* x = nullptr;                 // the operand of .(type)
  std::vector<CaseClause*> clauses;  // values are types (or the Name "nil")
  Pos rbrace;
};

struct Return : Stmt {
  GM_NODE(Return, Stmt)
  std::vector<Expr*> results;
};

// break, continue, goto, fallthrough; label optional.
struct Branch : Stmt {
  GM_NODE(Branch, Stmt)
  Tok tok = Tok::Break;
  Name* label = nullptr;
};

struct Labeled : Stmt {
  GM_NODE(Labeled, Stmt)
  Name* label = nullptr;
  Stmt* stmt = nullptr;
};

struct Go : Stmt {
  GM_NODE(Go, Stmt)
  Call* call = nullptr;
};

struct Defer : Stmt {
  GM_NODE(Defer, Stmt)
  Call* call = nullptr;
};

struct DeclStmt : Stmt {
  GM_NODE(DeclStmt, Stmt)
  std::vector<Decl*> decls;
};

struct Select : Stmt {
  GM_NODE(Select, Stmt)
};

// ---- declarations ---------------------------------------------------------------------------

struct ImportDecl : Decl {
  GM_NODE(ImportDecl, Decl)
  Name* localName = nullptr;  // import alias, "." or "_"; null if none
  std::string path;           // unquoted
  Pos pathPos;
};

// One ConstSpec. Within a parenthesized group, a spec without values repeats the type and values
// of the last spec that had them (the parser fills `type`/`values` in and sets `implicit`), and
// `iota` is the spec's index within the group.
struct ConstDecl : Decl {
  GM_NODE(ConstDecl, Decl)
  std::vector<Name*> names;
  Expr* type = nullptr;
  std::vector<Expr*> values;
  int iota = 0;
  bool implicit = false;
};

struct VarDecl : Decl {
  GM_NODE(VarDecl, Decl)
  std::vector<Name*> names;
  Expr* type = nullptr;
  std::vector<Expr*> values;
};

// A compiler directive comment attached to the following declaration, e.g. "//export add".
struct Directive {
  Pos pos;
  std::string text;  // the comment text after "//"
};

struct TypeDecl : Decl {
  GM_NODE(TypeDecl, Decl)
  Name* name = nullptr;
  std::vector<Field*> typeParams;  // name + constraint
  bool alias = false;
  Expr* type = nullptr;
  std::vector<Directive> directives;  // "//export T": the type's methods as a JS class
};

struct FuncDecl : Decl {
  GM_NODE(FuncDecl, Decl)
  Field* recv = nullptr;  // method receiver, or null
  Name* name = nullptr;
  std::vector<Field*> typeParams;
  FuncType* type = nullptr;
  Block* body = nullptr;  // null for a declaration without body
  std::vector<Directive> directives;
};

struct File : Node {
  GM_NODE(File, Node)
  std::string filename;
  Name* pkgName = nullptr;
  std::vector<Decl*> decls;  // imports first, as Go requires
  Pos eof;
};

#undef GM_NODE

// Node positions follow Go's syntax package: operations, assignments, calls, index and selector
// expressions sit at their operator token ('+', '=', '(', '[', '.'), composite literals at '{'.
// startPos returns the leftmost position of n (Go's syntax.StartPos), where Go's type checker
// reports most errors.
Pos startPos(const Node* n);

// Owns every node of one parse. Nodes never move, so raw pointers stay valid for its lifetime.
class Arena {
 public:
  template <class T>
  T* make(Pos pos) {
    auto node = std::make_unique<T>(pos);
    T* raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }
  size_t size() const { return nodes_.size(); }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

}  // namespace gm::syntax
