// Private to the parser: the Parser class shared by parser*.cpp. A port of the Go compiler's
// cmd/compile/internal/syntax parser, adapted to this project's syntax tree.
//
// Positions follow Go's syntax package: a binary expression, assignment, call, index or selector
// is positioned at its operator ('+', '=', '(', '[', '.'), a composite literal at '{', a
// key-value pair at ':', a labeled statement at ':', a FuncDecl at the token after 'func'.
// startPos() gives the leftmost position.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "support/diagnostics.h"
#include "syntax/ast.h"
#include "syntax/parser.h"
#include "syntax/scanner.h"

namespace gm::syntax {

// Go-syntax text of a node as Go's syntax.String prints it (short form), for error messages.
std::string shortString(const Node* n);
// The value of a string literal (interpreted or raw) that the scanner accepted.
std::string unquoteString(std::string_view lit);

class Parser {
 public:
  Parser(std::string_view filename, std::string_view src, Arena& arena, Diagnostics& diags);
  File* parseFile();

 private:
  using TokSet = uint64_t;
  static constexpr TokSet bit(Tok t) { return TokSet{1} << static_cast<unsigned>(t); }

  // A parenthesized const group: the spec index is iota; `last` supplies implicit repetition.
  struct ConstGroup {
    int index = 0;
    ConstDecl* last = nullptr;
  };

  // Results of an if/for/switch header.
  struct Header {
    Stmt* init = nullptr;
    Expr* cond = nullptr;
    Stmt* post = nullptr;
    Name* binding = nullptr;  // switch v := x.(type)
  };

  // Keeps the nesting depth; see kMaxNesting.
  class Nest {
   public:
    explicit Nest(Parser& p) : p_(p), ok_(p.enter()) {}
    ~Nest() {
      if (ok_) --p_.depth_;
    }
    bool ok() const { return ok_; }

   private:
    Parser& p_;
    bool ok_;
  };

  // ---- tokens (parser.cpp) ----
  const Token& tok() const { return scanner_.token(); }
  Tok t() const { return scanner_.token().tok; }
  Pos pos() const { return scanner_.token().pos; }
  bool isOp(Op op) const { return t() == Tok::Operator && tok().op == op; }
  void next() { scanner_.next(); }
  bool got(Tok tk);
  void want(Tok tk);
  bool gotAssign();
  void advance(std::initializer_list<Tok> followlist);
  void advanceOne();

  // ---- errors ----
  void errorAt(Pos pos, std::string msg);
  void error(std::string msg) { errorAt(pos(), std::move(msg)); }
  void syntaxErrorAt(Pos pos, std::string_view msg);
  void syntaxError(std::string_view msg) { syntaxErrorAt(pos(), msg); }
  bool enter();

  // ---- common productions ----
  template <class F>
  Pos list(std::string_view context, Tok sep, Tok close, F f);
  // Error paths live in separate functions to keep the frames of recursive functions small.
  [[gnu::noinline]] void listError(std::string_view context, Tok sep, Tok close);
  Name* newName(Pos pos, std::string value);
  Name* name();
  std::vector<Name*> nameList(Name* first);
  Expr* qualifiedName(Name* name);
  std::vector<Expr*> exprList();
  std::vector<Expr*> typeList(bool* comma);
  BadExpr* badExpr();
  BasicLit* oliteral();

  // ---- declarations (parser_decl.cpp) ----
  template <class F>
  void appendGroup(std::vector<Decl*>& list, F f);
  Decl* importDecl();
  Decl* constDecl(ConstGroup* group);
  Decl* typeDecl();
  Decl* varDecl();
  FuncDecl* funcDeclOrNil();
  Block* funcBody();
  Expr* cloneExpr(const Expr* x);

  // ---- expressions (parser_expr.cpp) ----
  Expr* expr();
  Expr* binaryExpr(Expr* x, int prec);
  Expr* unaryExpr();
  [[gnu::noinline]] void reassociateRecvChan(ChanType* x);
  Stmt* callStmt();
  Expr* operand();
  Expr* pexpr(Expr* x);
  Expr* bareComplitExpr();
  CompositeLit* complitExpr();
  std::vector<Expr*> argList(bool* hasDots, Pos* rparen);

  // ---- types (parser_type.cpp) ----
  Expr* type();
  Expr* typeOrNil();
  Expr* typeInstance(Expr* typ);
  FuncType* funcType(std::string_view context, std::vector<Field*>* typeParams);
  Expr* arrayType(Pos pos, Expr* len);
  Expr* sliceType(Pos pos);
  Expr* chanElem();
  StructType* structType();
  InterfaceType* interfaceType();
  std::vector<Field*> funcResult();
  void addField(StructType* styp, Pos pos, Name* name, Expr* typ, BasicLit* tag);
  void fieldDecl(StructType* styp);
  Expr* arrayOrTArgs();
  Field* methodDecl();
  Field* embeddedElem(Field* f);
  Expr* embeddedTerm();
  Field* paramDeclOrNil(Name* name, Tok follow);
  std::vector<Field*> paramList(Name* name, Expr* typ, Tok close, bool requireNames);
  [[gnu::noinline]] void distributeParamTypes(std::vector<Field*>& fields, size_t named,
                                              size_t typed, Pos end, bool requireNames);

  // ---- statements (parser_stmt.cpp) ----
  Stmt* simpleStmt(std::vector<Expr*> lhs, Tok keyword);
  Range* newRangeClause(std::vector<Expr*> lhs, bool define);
  Stmt* labeledStmtOrNil(Name* label);
  Block* blockStmt(std::string_view context);
  DeclStmt* declStmt();
  Stmt* forStmt();
  Header header(Tok keyword);
  [[gnu::noinline]] void unpackCondition(Header& h, Stmt* condStmt, Tok keyword, Pos semiPos,
                                         std::string_view semiLit);
  If* ifStmt();
  Stmt* switchStmt();
  Stmt* selectStmt();
  CaseClause* caseClause();
  void commClause();
  Stmt* stmtOrNil();
  std::vector<Stmt*> stmtList();

  std::string filename_;
  Arena& arena_;
  Diagnostics& diags_;

  int errcnt_ = 0;  // every error reported, including ones filtered out below
  int fnest_ = 0;   // function nesting level (for error recovery)
  int xnest_ = 0;   // expression nesting level (for complit ambiguity resolution)
  int depth_ = 0;   // recursion depth, see kMaxNesting
  bool tooDeep_ = false;
  uint32_t lastSyntaxLine_ = 0;  // Go reports one syntax error per line
  uint32_t lastOtherLine_ = 0;
  std::string lastOtherMsg_;
  Scanner scanner_;  // last: its error handler uses the members above
};

template <class F>
Pos Parser::list(std::string_view context, Tok sep, Tok close, F f) {
  bool done = false;
  while (t() != Tok::EOF_ && t() != close && !done) {
    done = f();
    // sep is optional before close
    if (!got(sep) && t() != close) {
      listError(context, sep, close);
      if (t() != close) return pos();  // position could be better but we had an error
    }
  }
  Pos p = pos();
  want(close);
  return p;
}

template <class F>
void Parser::appendGroup(std::vector<Decl*>& decls, F f) {
  if (t() == Tok::LParen) {
    ConstGroup group;
    scanner_.clearDirectives();
    next();  // must consume "(" after clearing the directives
    list("grouped declaration", Tok::Semi, Tok::RParen, [&] {
      if (Decl* d = f(&group)) decls.push_back(d);
      return false;
    });
  } else {
    if (Decl* d = f(nullptr)) decls.push_back(d);
  }
}

}  // namespace gm::syntax
