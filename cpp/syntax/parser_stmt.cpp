// Statements.
#include "syntax/parser_impl.h"

namespace gm::syntax {
namespace {

constexpr Tok kNoKeyword = Tok::EOF_;  // simpleStmt outside an if/for/switch header

// switch v := x.(type): simpleStmt returns it as an assignment; the header takes it apart.
bool isTypeSwitchBinding(const Stmt* s) {
  auto* a = s->as<Assign>();
  if (!a || !a->define || a->lhs.size() != 1 || a->rhs.size() != 1) return false;
  auto* guard = a->rhs[0]->as<TypeAssert>();
  return a->lhs[0]->kind == Kind::Name && guard && !guard->type;
}

std::string joinShort(const std::vector<Expr*>& list) {
  std::string s;
  for (size_t i = 0; i < list.size(); ++i) {
    if (i > 0) s += ", ";
    s += shortString(list[i]);
  }
  return s;
}

}  // namespace

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
Stmt* Parser::simpleStmt(std::vector<Expr*> lhs, Tok keyword) {
  if (keyword == Tok::For && t() == Tok::Range) {
    return newRangeClause({}, false);  // range expr
  }

  if (lhs.empty()) lhs = exprList();

  if (lhs.size() == 1 && t() != Tok::Assign && t() != Tok::Define) {
    Expr* x = lhs[0];
    const Pos opPos = pos();
    switch (t()) {
      case Tok::AssignOp: {
        // lhs op= rhs
        Assign* a = arena_.make<Assign>(opPos);
        a->op = tok().op;
        next();
        a->lhs = {x};
        a->rhs = {expr()};
        return a;
      }
      case Tok::IncOp: {
        // lhs++ or lhs--
        IncDec* s = arena_.make<IncDec>(opPos);
        s->inc = tok().op == Op::Add;
        next();
        s->x = x;
        return s;
      }
      case Tok::Arrow: {
        // lhs <- rhs
        SendStmt* s = arena_.make<SendStmt>(opPos);
        next();
        s->chan = x;
        s->value = expr();
        return s;
      }
      default: {
        ExprStmt* s = arena_.make<ExprStmt>(x->pos);
        s->x = x;
        return s;
      }
    }
  }

  // expr_list
  if (t() == Tok::Assign || t() == Tok::Define) {
    const Pos opPos = pos();
    const bool define = t() == Tok::Define;
    next();
    if (keyword == Tok::For && t() == Tok::Range) {
      return newRangeClause(std::move(lhs), define);  // expr_list op= range expr
    }
    // expr_list op= expr_list
    Assign* a = arena_.make<Assign>(opPos);
    a->define = define;
    a->lhs = std::move(lhs);
    a->rhs = exprList();
    return a;
  }

  syntaxError("expecting := or = or comma");
  advance({Tok::Semi, Tok::RBrace});
  // make the best of what we have
  ExprStmt* s = arena_.make<ExprStmt>(lhs[0]->pos);
  s->x = lhs[0];
  return s;
}

// The caller (forStmt) moves the Range to the 'for' position and gives it its body.
Range* Parser::newRangeClause(std::vector<Expr*> lhs, bool define) {
  Range* r = arena_.make<Range>(pos());
  next();  // consume range
  if (!lhs.empty()) r->key = lhs[0];
  if (lhs.size() > 1) r->value = lhs[1];
  if (lhs.size() > 2) {
    // Go's type checker reports this; the tree has room for two variables only.
    errorAt(startPos(lhs[2]), "range clause permits at most two iteration variables");
  }
  r->define = define;
  r->x = expr();
  return r;
}

Stmt* Parser::labeledStmtOrNil(Name* label) {
  Labeled* s = arena_.make<Labeled>(pos());
  s->label = label;
  want(Tok::Colon);

  if (t() == Tok::RBrace) {
    // We expect a statement (incl. an empty statement), which must be terminated by a
    // semicolon. Because semicolons may be omitted before an RBrace, seeing an RBrace implies
    // an empty statement.
    s->stmt = arena_.make<EmptyStmt>(pos());
    return s;
  }

  s->stmt = stmtOrNil();
  if (s->stmt) return s;

  // report error at line of ':' token
  syntaxErrorAt(s->pos, "missing statement after label");
  // we are already at the end of the labeled statement - no need to advance
  return nullptr;
}

// context must be non-empty unless we know that t() == LBrace.
Block* Parser::blockStmt(std::string_view context) {
  Block* s = arena_.make<Block>(pos());
  Nest nest(*this);
  if (!nest.ok()) return s;

  // people coming from C may forget that braces are mandatory in Go
  if (!got(Tok::LBrace)) {
    syntaxError("expecting { after " + std::string(context));
    advance({Tok::Name, Tok::RBrace});
    s->rbrace = pos();  // in case we found "}"
    if (got(Tok::RBrace)) return s;
  }

  s->stmts = stmtList();
  s->rbrace = pos();
  want(Tok::RBrace);
  return s;
}

DeclStmt* Parser::declStmt() {
  DeclStmt* s = arena_.make<DeclStmt>(pos());
  const Tok keyword = t();
  next();  // Const, Type, or Var
  switch (keyword) {
    case Tok::Const:
      appendGroup(s->decls, [&](ConstGroup* g) { return constDecl(g); });
      break;
    case Tok::Type:
      appendGroup(s->decls, [&](ConstGroup*) { return typeDecl(); });
      break;
    default:
      appendGroup(s->decls, [&](ConstGroup*) { return varDecl(); });
  }
  return s;
}

Stmt* Parser::forStmt() {
  const Pos forPos = pos();
  Header h = header(Tok::For);
  Block* body = blockStmt("for clause");
  if (Range* r = h.init ? h.init->as<Range>() : nullptr) {
    r->pos = forPos;
    r->body = body;
    return r;
  }
  For* s = arena_.make<For>(forPos);
  s->init = h.init;
  s->cond = h.cond;
  s->post = h.post;
  s->body = body;
  return s;
}

Parser::Header Parser::header(Tok keyword) {
  Header h;
  want(keyword);

  if (t() == Tok::LBrace) {
    if (keyword == Tok::If) {
      syntaxError("missing condition in if statement");
      h.cond = badExpr();
    }
    return h;
  }
  // t() != LBrace

  const int outer = xnest_;
  xnest_ = -1;

  if (t() != Tok::Semi) {
    // accept potential varDecl but complain
    if (got(Tok::Var)) {
      syntaxError("var declaration not allowed in " + std::string(tokText(keyword)) +
                  " initializer");
    }
    h.init = simpleStmt({}, keyword);
    // If we have a range clause, we are done (can only happen for keyword == For).
    if (h.init->kind == Kind::Range) {
      xnest_ = outer;
      return h;
    }
  }

  Stmt* condStmt = nullptr;
  Pos semiPos;
  std::string_view semiLit;  // valid if semiPos is
  if (t() != Tok::LBrace) {
    if (t() == Tok::Semi) {
      semiPos = pos();
      semiLit = tok().lit;
      next();
    } else {
      // asking for a '{' rather than a ';' here leads to a better error message
      want(Tok::LBrace);
      if (t() != Tok::LBrace) advance({Tok::LBrace, Tok::RBrace});  // for better synchronization
    }
    if (keyword == Tok::For) {
      if (t() != Tok::Semi) {
        if (t() == Tok::LBrace) {
          syntaxError("expecting for loop condition");
          goto done;
        }
        condStmt = simpleStmt({}, kNoKeyword);
      }
      want(Tok::Semi);
      if (t() != Tok::LBrace) {
        h.post = simpleStmt({}, kNoKeyword);
        if (auto* a = h.post->as<Assign>(); a && a->define) {
          syntaxErrorAt(a->pos, "cannot declare in post statement of for loop");
        }
      }
    } else if (t() != Tok::LBrace) {
      condStmt = simpleStmt({}, keyword);
    }
  } else {
    condStmt = h.init;
    h.init = nullptr;
  }

done:
  unpackCondition(h, condStmt, keyword, semiPos, semiLit);
  xnest_ = outer;
  return h;
}

void Parser::unpackCondition(Header& h, Stmt* condStmt, Tok keyword, Pos semiPos,
                             std::string_view semiLit) {
  // unpack condStmt
  if (!condStmt) {
    if (keyword == Tok::If && semiPos.valid()) {
      if (semiLit != "semicolon") {
        syntaxErrorAt(semiPos,
                      "unexpected " + std::string(semiLit) + ", expecting { after if clause");
      } else {
        syntaxErrorAt(semiPos, "missing condition in if statement");
      }
      h.cond = arena_.make<BadExpr>(semiPos);
    }
  } else if (auto* es = condStmt->as<ExprStmt>()) {
    h.cond = es->x;
  } else if (keyword == Tok::Switch && isTypeSwitchBinding(condStmt)) {
    auto* a = static_cast<Assign*>(condStmt);
    h.binding = static_cast<Name*>(a->lhs[0]);
    h.cond = a->rhs[0];
  } else {
    // A common syntax error is to write '=' instead of '==', which turns an expression into an
    // assignment. Provide a more explicit error message in that case to prevent further
    // confusion.
    std::string str;
    auto* a = condStmt->as<Assign>();
    if (a && a->op == Op::None && !a->define) {
      // Emphasize lhs and rhs of the assignment with parentheses to highlight '='.
      str = "assignment (" + joinShort(a->lhs) + ") = (" + joinShort(a->rhs) + ")";
    } else {
      str = shortString(condStmt);
    }
    syntaxErrorAt(condStmt->pos, "cannot use " + str + " as value");
  }
}

If* Parser::ifStmt() {
  Nest nest(*this);
  if (!nest.ok()) return nullptr;

  If* s = arena_.make<If>(pos());
  Header h = header(Tok::If);
  s->init = h.init;
  s->cond = h.cond;
  s->then = blockStmt("if clause");

  if (got(Tok::Else)) {
    switch (t()) {
      case Tok::If:
        s->else_ = ifStmt();
        break;
      case Tok::LBrace:
        s->else_ = blockStmt("");
        break;
      default:
        syntaxError("else must be followed by if or statement block");
        advance({Tok::Name, Tok::RBrace});
    }
  }
  return s;
}

Stmt* Parser::switchStmt() {
  const Pos switchPos = pos();
  Header h = header(Tok::Switch);

  if (!got(Tok::LBrace)) {
    syntaxError("missing { after switch clause");
    advance({Tok::Case, Tok::Default, Tok::RBrace});
  }
  std::vector<CaseClause*> clauses;
  while (t() != Tok::EOF_ && t() != Tok::RBrace) clauses.push_back(caseClause());
  const Pos rbrace = pos();
  want(Tok::RBrace);

  auto* guard = h.cond ? h.cond->as<TypeAssert>() : nullptr;
  if (guard && !guard->type) {
    TypeSwitch* s = arena_.make<TypeSwitch>(switchPos);
    s->init = h.init;
    s->binding = h.binding;
    s->x = guard->x;
    s->clauses = std::move(clauses);
    s->rbrace = rbrace;
    return s;
  }
  Switch* s = arena_.make<Switch>(switchPos);
  s->init = h.init;
  s->tag = h.cond;
  s->clauses = std::move(clauses);
  s->rbrace = rbrace;
  return s;
}

// The tree records only that there was a select statement; the checker rejects it.
Stmt* Parser::selectStmt() {
  Select* s = arena_.make<Select>(pos());
  want(Tok::Select);
  if (!got(Tok::LBrace)) {
    syntaxError("missing { after select clause");
    advance({Tok::Case, Tok::Default, Tok::RBrace});
  }
  while (t() != Tok::EOF_ && t() != Tok::RBrace) commClause();
  want(Tok::RBrace);
  return s;
}

CaseClause* Parser::caseClause() {
  CaseClause* c = arena_.make<CaseClause>(pos());
  switch (t()) {
    case Tok::Case:
      next();
      c->values = exprList();
      break;
    case Tok::Default:
      next();
      c->isDefault = true;
      break;
    default:
      syntaxError("expecting case or default or }");
      advance({Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace});
  }
  c->colon = pos();
  want(Tok::Colon);
  c->body = stmtList();
  return c;
}

void Parser::commClause() {
  switch (t()) {
    case Tok::Case:
      next();
      // lhs <- x, <-x, lhs = <-x, lhs := <-x (and more) are all accepted here.
      simpleStmt({}, kNoKeyword);
      break;
    case Tok::Default:
      next();
      break;
    default:
      syntaxError("expecting case or default or }");
      advance({Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace});
  }
  want(Tok::Colon);
  stmtList();
}

// Statement =
//   Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt | BreakStmt | ContinueStmt |
//   GotoStmt | FallthroughStmt | Block | IfStmt | SwitchStmt | SelectStmt | ForStmt |
//   DeferStmt .
Stmt* Parser::stmtOrNil() {
  Nest nest(*this);
  if (!nest.ok()) return nullptr;

  // Most statements (assignments) start with an identifier; look for it first before doing
  // anything more expensive.
  if (t() == Tok::Name) {
    scanner_.clearDirectives();
    std::vector<Expr*> lhs = exprList();
    if (lhs.size() == 1 && lhs[0]->kind == Kind::Name && t() == Tok::Colon) {
      return labeledStmtOrNil(static_cast<Name*>(lhs[0]));
    }
    return simpleStmt(std::move(lhs), kNoKeyword);
  }

  switch (t()) {
    case Tok::Var:
    case Tok::Const:
    case Tok::Type:
      return declStmt();
    default:
      break;
  }

  scanner_.clearDirectives();

  switch (t()) {
    case Tok::LBrace:
      return blockStmt("");

    case Tok::Operator:
    case Tok::Star:
      switch (tok().op) {
        case Op::Add:
        case Op::Sub:
        case Op::Mul:
        case Op::And:
        case Op::Xor:
        case Op::Not:
          return simpleStmt({}, kNoKeyword);  // unary operators
        default:
          return nullptr;
      }

    case Tok::Literal:
    case Tok::Func:
    case Tok::LParen:  // operands
    case Tok::LBrack:
    case Tok::Struct:
    case Tok::Map:
    case Tok::Chan:
    case Tok::Interface:  // composite types
    case Tok::Arrow:      // receive operator
      return simpleStmt({}, kNoKeyword);

    case Tok::For:
      return forStmt();
    case Tok::Switch:
      return switchStmt();
    case Tok::Select:
      return selectStmt();
    case Tok::If:
      return ifStmt();

    case Tok::Fallthrough: {
      Branch* s = arena_.make<Branch>(pos());
      next();
      s->tok = Tok::Fallthrough;
      return s;
    }
    case Tok::Break:
    case Tok::Continue: {
      Branch* s = arena_.make<Branch>(pos());
      s->tok = t();
      next();
      if (t() == Tok::Name) s->label = name();
      return s;
    }
    case Tok::Go:
    case Tok::Defer:
      return callStmt();
    case Tok::Goto: {
      Branch* s = arena_.make<Branch>(pos());
      s->tok = Tok::Goto;
      next();
      s->label = name();
      return s;
    }
    case Tok::Return: {
      Return* s = arena_.make<Return>(pos());
      next();
      if (t() != Tok::Semi && t() != Tok::RBrace) s->results = exprList();
      return s;
    }
    case Tok::Semi:
      return arena_.make<EmptyStmt>(pos());
    default:
      return nullptr;
  }
}

// StatementList = { Statement ";" } .
std::vector<Stmt*> Parser::stmtList() {
  std::vector<Stmt*> list;
  while (t() != Tok::EOF_ && t() != Tok::RBrace && t() != Tok::Case && t() != Tok::Default) {
    Stmt* s = stmtOrNil();
    scanner_.clearDirectives();
    if (!s) break;
    list.push_back(s);
    // ";" is optional before "}"
    if (!got(Tok::Semi) && t() != Tok::RBrace) {
      syntaxError("at end of statement");
      advance({Tok::Semi, Tok::RBrace, Tok::Case, Tok::Default});
      got(Tok::Semi);  // avoid spurious empty statement
    }
  }
  return list;
}

}  // namespace gm::syntax
