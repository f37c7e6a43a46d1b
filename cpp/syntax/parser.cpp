// Parser core: tokens, error reporting and recovery, common productions and the file level.
#include "syntax/parser.h"

#include "syntax/parser_impl.h"
#include "syntax/walk.h"

namespace gm::syntax {

File* parseFile(std::string_view filename, std::string_view source, Arena& arena,
                Diagnostics& diags) {
  Parser p(filename, source, arena, diags);
  return p.parseFile();
}

Expr* parseExpr(std::string_view text, Pos at, Arena& arena) {
  std::string src = "package p\nvar _ = " + std::string(text) + "\n";
  Diagnostics local("");
  File* f = parseFile("", src, arena, local);
  if (local.hasErrors() || f->decls.size() != 1) return nullptr;
  auto* v = f->decls[0]->as<VarDecl>();
  if (!v || v->values.size() != 1) return nullptr;
  walk(v->values[0], [&](const Node* n) { const_cast<Node*>(n)->pos = at; });
  return v->values[0];
}

Parser::Parser(std::string_view filename, std::string_view src, Arena& arena, Diagnostics& diags)
    : filename_(filename),
      arena_(arena),
      diags_(diags),
      scanner_(src, [this](Pos pos, std::string msg) { errorAt(pos, std::move(msg)); }) {}

// ---- tokens ---------------------------------------------------------------------------------

bool Parser::got(Tok tk) {
  if (t() == tk) {
    next();
    return true;
  }
  return false;
}

void Parser::want(Tok tk) {
  if (!got(tk)) {
    syntaxError("expecting " + std::string(tk == Tok::Comma  ? "comma"
                                           : tk == Tok::Semi ? "semicolon or newline"
                                                             : tokText(tk)));
    advanceOne();
  }
}

// Like got(Assign) but also accepts ":=" (with an error) for better recovery.
bool Parser::gotAssign() {
  switch (t()) {
    case Tok::Define:
      syntaxError("expecting =");
      [[fallthrough]];
    case Tok::Assign:
      next();
      return true;
    default:
      return false;
  }
}

// Consumes tokens until one in the follow list (or, inside functions, a statement keyword).
void Parser::advance(std::initializer_list<Tok> followlist) {
  // Keywords that start a statement: good synchronization points inside functions.
  constexpr TokSet kStopset = bit(Tok::Break) | bit(Tok::Const) | bit(Tok::Continue) |
                              bit(Tok::Defer) | bit(Tok::Fallthrough) | bit(Tok::For) |
                              bit(Tok::Go) | bit(Tok::Goto) | bit(Tok::If) | bit(Tok::Return) |
                              bit(Tok::Select) | bit(Tok::Switch) | bit(Tok::Type) | bit(Tok::Var);
  TokSet followset = bit(Tok::EOF_);  // never skip EOF
  if (fnest_ > 0) followset |= kStopset;
  for (Tok tk : followlist) followset |= bit(tk);
  while ((followset & bit(t())) == 0) next();
}

// Go's advance() with an empty follow list: skips exactly one (non-EOF) token.
void Parser::advanceOne() {
  if (t() != Tok::EOF_) next();
}

void Parser::listError(std::string_view context, Tok sep, Tok close) {
  syntaxError("in " + std::string(context) + "; possibly missing " +
              (sep == Tok::Comma ? "comma" : "semicolon or newline") + " or " +
              std::string(tokText(close)));
  advance({Tok::RParen, Tok::RBrack, Tok::RBrace});
}

// ---- errors ---------------------------------------------------------------------------------

// The Go compiler keeps one syntax error per line, and drops a repeated other error on a line.
void Parser::errorAt(Pos pos, std::string msg) {
  ++errcnt_;
  if (std::string_view(msg).starts_with("syntax error")) {
    if (pos.line == lastSyntaxLine_) return;
    lastSyntaxLine_ = pos.line;
  } else {
    if (pos.line == lastOtherLine_ && msg == lastOtherMsg_) return;
    lastOtherLine_ = pos.line;
    lastOtherMsg_ = msg;
  }
  diags_.error(pos, std::move(msg));
}

void Parser::syntaxErrorAt(Pos pos, std::string_view msg) {
  if (t() == Tok::EOF_ && errcnt_ > 0) return;  // avoid meaningless follow-up errors

  std::string suffix;
  if (msg.empty()) {
    // nothing to add
  } else if (msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ")) {
    suffix = " " + std::string(msg);
  } else if (msg.starts_with("expecting ")) {
    suffix = ", " + std::string(msg);
  } else {
    // a plain error: the current token does not matter
    errorAt(pos, "syntax error: " + std::string(msg));
    return;
  }

  std::string tokStr;
  const Token& tk = tok();
  switch (tk.tok) {
    case Tok::Name:
    case Tok::Semi:
      tokStr = tk.lit;
      break;
    case Tok::Literal:
      tokStr = "literal " + std::string(tk.lit);
      break;
    case Tok::Operator:
      tokStr = opText(tk.op);
      break;
    case Tok::AssignOp:
      tokStr = std::string(opText(tk.op)) + "=";
      break;
    case Tok::IncOp:
      tokStr = std::string(opText(tk.op)) + std::string(opText(tk.op));
      break;
    case Tok::Comma:
      tokStr = "comma";
      break;
    default:
      tokStr = tokText(tk.tok);
  }
  errorAt(pos, "syntax error: unexpected " + tokStr + suffix);
}

// Counts one level of nesting. Past kMaxNesting, reports it once and abandons the rest of the
// input, so that every caller unwinds quickly on EOF instead of recursing further.
bool Parser::enter() {
  if (depth_ >= kMaxNesting || tooDeep_) {
    if (!tooDeep_) {
      tooDeep_ = true;
      errorAt(pos(), "syntax error: nesting too deep");
    }
    scanner_.skipToEnd();
    return false;
  }
  ++depth_;
  return true;
}

// ---- common productions ---------------------------------------------------------------------

Name* Parser::newName(Pos pos, std::string value) {
  Name* n = arena_.make<Name>(pos);
  n->value = std::move(value);
  return n;
}

Name* Parser::name() {
  if (t() == Tok::Name) {
    Name* n = newName(pos(), std::string(tok().lit));
    next();
    return n;
  }
  Name* n = newName(pos(), "_");
  syntaxError("expecting name");
  advanceOne();
  return n;
}

std::vector<Name*> Parser::nameList(Name* first) {
  std::vector<Name*> names{first};
  while (got(Tok::Comma)) names.push_back(name());
  return names;
}

Expr* Parser::qualifiedName(Name* nm) {
  Expr* x;
  if (nm) {
    x = nm;
  } else if (t() == Tok::Name) {
    x = name();
  } else {
    x = newName(pos(), "_");
    syntaxError("expecting name");
    advance({Tok::Dot, Tok::Semi, Tok::RBrace});
  }
  if (t() == Tok::Dot) {
    Selector* s = arena_.make<Selector>(pos());
    next();
    s->x = x;
    s->sel = name();
    x = s;
  }
  if (t() == Tok::LBrack) x = typeInstance(x);
  return x;
}

std::vector<Expr*> Parser::exprList() {
  std::vector<Expr*> list{expr()};
  while (got(Tok::Comma)) list.push_back(expr());
  return list;
}

// A non-empty, comma-separated list of expressions, optionally followed by a comma. The first
// element may be any expression, the others must be types. *comma reports whether there was a
// (separating or trailing) comma.
std::vector<Expr*> Parser::typeList(bool* comma) {
  *comma = false;
  ++xnest_;
  std::vector<Expr*> list{expr()};
  if (got(Tok::Comma)) {
    *comma = true;
    if (Expr* typ = typeOrNil()) {
      list.push_back(typ);
      while (got(Tok::Comma)) {
        typ = typeOrNil();
        if (!typ) break;
        list.push_back(typ);
      }
    }
  }
  --xnest_;
  return list;
}

BadExpr* Parser::badExpr() {
  return arena_.make<BadExpr>(pos());
}

BasicLit* Parser::oliteral() {
  if (t() != Tok::Literal) return nullptr;
  BasicLit* b = arena_.make<BasicLit>(pos());
  b->value = std::string(tok().lit);
  b->litKind = tok().kind;
  b->bad = tok().bad;
  next();
  return b;
}

// ---- files ----------------------------------------------------------------------------------

// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
File* Parser::parseFile() {
  next();
  File* f = arena_.make<File>(pos());
  f->filename = filename_;

  if (!got(Tok::Package)) {
    syntaxError("package statement must be first");
    f->eof = pos();
    return f;
  }
  scanner_.clearDirectives();
  f->pkgName = name();
  want(Tok::Semi);

  // Like Go, don't bother continuing if the package clause has errors.
  if (errcnt_ > 0) {
    f->eof = pos();
    return f;
  }

  while (got(Tok::Import)) {
    appendGroup(f->decls, [&](ConstGroup*) { return importDecl(); });
    want(Tok::Semi);
  }

  while (t() != Tok::EOF_) {
    switch (t()) {
      case Tok::Const:
        next();
        appendGroup(f->decls, [&](ConstGroup* g) { return constDecl(g); });
        break;
      case Tok::Type:
        next();
        appendGroup(f->decls, [&](ConstGroup*) { return typeDecl(); });
        break;
      case Tok::Var:
        next();
        appendGroup(f->decls, [&](ConstGroup*) { return varDecl(); });
        break;
      case Tok::Func:
        next();
        if (FuncDecl* d = funcDeclOrNil()) f->decls.push_back(d);
        break;
      default: {
        FuncDecl* last = f->decls.empty() ? nullptr : f->decls.back()->as<FuncDecl>();
        if (t() == Tok::LBrace && last && !last->body) {
          // opening { of function declaration on next line
          syntaxError("unexpected semicolon or newline before {");
        } else {
          syntaxError("non-declaration statement outside function body");
        }
        advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
        continue;
      }
    }

    // Drop directives BEFORE consuming the ';': comments after it may belong to the next func.
    scanner_.clearDirectives();

    if (t() != Tok::EOF_ && !got(Tok::Semi)) {
      syntaxError("after top level declaration");
      advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
    }
  }
  scanner_.clearDirectives();
  f->eof = pos();
  return f;
}

}  // namespace gm::syntax
