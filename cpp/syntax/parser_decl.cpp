// Declarations: import, const, type, var and func.
#include "syntax/parser_impl.h"

namespace gm::syntax {
namespace {

// Reports whether x is a (possibly parenthesized) type element expression: false if x could be
// a type element OR an ordinary (value) expression.
bool isTypeElem(const Expr* x) {
  switch (x->kind) {
    case Kind::ArrayType:
    case Kind::StructType:
    case Kind::FuncType:
    case Kind::InterfaceType:
    case Kind::SliceType:
    case Kind::MapType:
    case Kind::ChanType:
      return true;
    case Kind::Binary: {
      auto* b = static_cast<const Binary*>(x);
      return isTypeElem(b->x) || isTypeElem(b->y);
    }
    case Kind::Unary: {
      auto* u = static_cast<const Unary*>(x);
      return isTypeElem(u->x) || u->op == Op::Tilde;
    }
    case Kind::Paren:
      return isTypeElem(static_cast<const Paren*>(x)->x);
    default:
      return false;
  }
}

}  // namespace

// Splits x into (name, type) if x can syntactically be written as `name type`: only if the type
// part is a type element (isTypeElem) or force is set. Returns {name, nullptr} if x is just a
// name and {nullptr, x} if it cannot be split. (Go's extractName.)
static std::pair<Name*, Expr*> extractName(Arena& arena, Expr* x, bool force) {
  switch (x->kind) {
    case Kind::Name:
      return {static_cast<Name*>(x), nullptr};
    case Kind::Binary: {
      auto* b = static_cast<Binary*>(x);
      if (b->op == Op::Mul) {
        if (auto* name = b->x->as<Name>(); name && (force || isTypeElem(b->y))) {
          // x = name *b.y
          Unary* u = arena.make<Unary>(b->pos);
          u->op = Op::Mul;
          u->x = b->y;
          return {name, u};
        }
      } else if (b->op == Op::Or) {
        auto [name, lhs] = extractName(arena, b->x, force || isTypeElem(b->y));
        if (name && lhs) {
          // x = name lhs|b.y
          Binary* op = arena.make<Binary>(b->pos);
          op->op = Op::Or;
          op->x = lhs;
          op->y = b->y;
          return {name, op};
        }
      }
      break;
    }
    case Kind::Call: {
      auto* c = static_cast<Call*>(x);
      if (auto* name = c->fun->as<Name>()) {
        if (c->args.size() == 1 && !c->hasDots && (force || isTypeElem(c->args[0]))) {
          return {name, c->args[0]};  // x = name (args[0])
        }
      }
      break;
    }
    default:
      break;
  }
  return {nullptr, x};
}

// ImportSpec = [ "." | PackageName ] ImportPath .
Decl* Parser::importDecl() {
  ImportDecl* d = arena_.make<ImportDecl>(pos());
  scanner_.clearDirectives();
  switch (t()) {
    case Tok::Name:
      d->localName = name();
      break;
    case Tok::Dot:
      d->localName = newName(pos(), ".");
      next();
      break;
    default:
      break;
  }
  d->pathPos = pos();
  BasicLit* path = oliteral();
  if (!path) {
    syntaxError("missing import path");
    advance({Tok::Semi, Tok::RParen});
    return d;
  }
  if (!path->bad && path->litKind != LitKind::String) {
    syntaxError("import path must be a string");
    path->bad = true;
  }
  if (!path->bad) d->path = unquoteString(path->value);
  return d;
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
Decl* Parser::constDecl(ConstGroup* group) {
  ConstDecl* d = arena_.make<ConstDecl>(pos());
  scanner_.clearDirectives();
  d->names = nameList(name());
  if (t() != Tok::EOF_ && t() != Tok::Semi && t() != Tok::RParen) {
    d->type = typeOrNil();
    if (gotAssign()) d->values = exprList();
  }
  if (group) {
    d->iota = group->index++;
    if (d->type || !d->values.empty()) {
      group->last = d;
    } else if (group->last) {
      // Implicit repetition: a private copy of the last type and values, so that no node
      // appears twice in the tree (the checker keys side tables by node).
      d->implicit = true;
      if (group->last->type) d->type = cloneExpr(group->last->type);
      for (Expr* v : group->last->values) d->values.push_back(cloneExpr(v));
    }
  }
  return d;
}

// TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
Decl* Parser::typeDecl() {
  TypeDecl* d = arena_.make<TypeDecl>(pos());
  d->directives = scanner_.takeDirectives();
  d->name = name();
  if (t() == Tok::LBrack) {
    // d.name "[" ...: an array/slice type or a type parameter list
    Pos lbrack = pos();
    next();
    switch (t()) {
      case Tok::Name: {
        // We may have an array type or a type parameter list. A type parameter's constraint
        // may start with "[" as in P []E; since index and slice expressions are never valid
        // array lengths, a name followed by "[" must start such a constraint.
        Expr* x = name();
        if (t() != Tok::LBrack) {
          ++xnest_;
          x = binaryExpr(pexpr(x), 0);
          --xnest_;
        }
        // A single name followed by "]" means an array length; a possible type parameter type
        // followed by a comma means a type parameter list.
        auto [pname, ptype] = extractName(arena_, x, t() == Tok::Comma);
        if (pname && (ptype || t() != Tok::RBrack)) {
          d->typeParams = paramList(pname, ptype, Tok::RBrack, true);
          d->alias = gotAssign();
          d->type = typeOrNil();
        } else {
          d->type = arrayType(lbrack, x);
        }
        break;
      }
      case Tok::RBrack:
        next();
        d->type = sliceType(lbrack);
        break;
      default:
        d->type = arrayType(lbrack, nullptr);
    }
  } else {
    d->alias = gotAssign();
    d->type = typeOrNil();
  }

  if (!d->type) {
    d->type = badExpr();
    syntaxError("in type declaration");
    advance({Tok::Semi, Tok::RParen});
  }
  return d;
}

// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
Decl* Parser::varDecl() {
  VarDecl* d = arena_.make<VarDecl>(pos());
  scanner_.clearDirectives();
  d->names = nameList(name());
  if (gotAssign()) {
    d->values = exprList();
  } else {
    d->type = type();
    if (gotAssign()) d->values = exprList();
  }
  return d;
}

// FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
// MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
FuncDecl* Parser::funcDeclOrNil() {
  FuncDecl* f = arena_.make<FuncDecl>(pos());
  f->directives = scanner_.takeDirectives();

  if (got(Tok::LParen)) {
    std::vector<Field*> rcvr = paramList(nullptr, nullptr, Tok::RParen, false);
    if (rcvr.empty()) {
      error("method has no receiver");
    } else {
      if (rcvr.size() > 1) error("method has multiple receivers");
      f->recv = rcvr[0];
    }
  }

  if (t() != Tok::Name) {
    syntaxError("expecting name or (");
    advance({Tok::LBrace, Tok::Semi});
    return nullptr;
  }

  f->name = name();
  // methods don't permit type parameters in funcType
  f->type = funcType(f->recv ? "method" : "", &f->typeParams);
  if (t() == Tok::LBrace) f->body = funcBody();
  return f;
}

Block* Parser::funcBody() {
  ++fnest_;
  Block* body = blockStmt("");
  --fnest_;
  return body;
}

// ---- cloning, for implicit const repetition ---------------------------------------------------

// Copies an expression tree. Function literal bodies are shared: a function literal is never a
// constant, so the checker rejects it before it could matter.
Expr* Parser::cloneExpr(const Expr* x) {
  if (!x) return nullptr;
  auto fields = [&](const std::vector<Field*>& in) {
    std::vector<Field*> out;
    const Expr* lastType = nullptr;
    Expr* lastClone = nullptr;
    for (const Field* f : in) {
      Field* c = arena_.make<Field>(f->pos);
      c->name = f->name ? static_cast<Name*>(cloneExpr(f->name)) : nullptr;
      // keep shared types shared
      if (f->type != lastType || !lastClone) lastClone = cloneExpr(f->type);
      lastType = f->type;
      c->type = lastClone;
      c->tag = f->tag;
      out.push_back(c);
    }
    return out;
  };
  auto exprs = [&](const std::vector<Expr*>& in) {
    std::vector<Expr*> out;
    for (const Expr* e : in) out.push_back(cloneExpr(e));
    return out;
  };
  switch (x->kind) {
    case Kind::BadExpr:
      return arena_.make<BadExpr>(x->pos);
    case Kind::Name: {
      Name* c = arena_.make<Name>(x->pos);
      c->value = static_cast<const Name*>(x)->value;
      return c;
    }
    case Kind::BasicLit: {
      auto* s = static_cast<const BasicLit*>(x);
      BasicLit* c = arena_.make<BasicLit>(x->pos);
      c->litKind = s->litKind;
      c->value = s->value;
      c->bad = s->bad;
      return c;
    }
    case Kind::CompositeLit: {
      auto* s = static_cast<const CompositeLit*>(x);
      CompositeLit* c = arena_.make<CompositeLit>(x->pos);
      c->type = cloneExpr(s->type);
      c->elems = exprs(s->elems);
      c->rbrace = s->rbrace;
      return c;
    }
    case Kind::KeyValue: {
      auto* s = static_cast<const KeyValue*>(x);
      KeyValue* c = arena_.make<KeyValue>(x->pos);
      c->key = cloneExpr(s->key);
      c->value = cloneExpr(s->value);
      return c;
    }
    case Kind::FuncLit: {
      auto* s = static_cast<const FuncLit*>(x);
      FuncLit* c = arena_.make<FuncLit>(x->pos);
      c->type = static_cast<FuncType*>(cloneExpr(s->type));
      c->body = s->body;
      return c;
    }
    case Kind::Paren: {
      Paren* c = arena_.make<Paren>(x->pos);
      c->x = cloneExpr(static_cast<const Paren*>(x)->x);
      return c;
    }
    case Kind::Selector: {
      auto* s = static_cast<const Selector*>(x);
      Selector* c = arena_.make<Selector>(x->pos);
      c->x = cloneExpr(s->x);
      c->sel = static_cast<Name*>(cloneExpr(s->sel));
      return c;
    }
    case Kind::Index: {
      auto* s = static_cast<const Index*>(x);
      Index* c = arena_.make<Index>(x->pos);
      c->x = cloneExpr(s->x);
      c->indices = exprs(s->indices);
      return c;
    }
    case Kind::Slice: {
      auto* s = static_cast<const Slice*>(x);
      Slice* c = arena_.make<Slice>(x->pos);
      c->x = cloneExpr(s->x);
      for (int i = 0; i < 3; ++i) c->index[i] = cloneExpr(s->index[i]);
      c->full = s->full;
      return c;
    }
    case Kind::TypeAssert: {
      auto* s = static_cast<const TypeAssert*>(x);
      TypeAssert* c = arena_.make<TypeAssert>(x->pos);
      c->x = cloneExpr(s->x);
      c->type = cloneExpr(s->type);
      return c;
    }
    case Kind::Call: {
      auto* s = static_cast<const Call*>(x);
      Call* c = arena_.make<Call>(x->pos);
      c->fun = cloneExpr(s->fun);
      c->args = exprs(s->args);
      c->hasDots = s->hasDots;
      c->rparen = s->rparen;
      return c;
    }
    case Kind::Unary: {
      auto* s = static_cast<const Unary*>(x);
      Unary* c = arena_.make<Unary>(x->pos);
      c->op = s->op;
      c->x = cloneExpr(s->x);
      return c;
    }
    case Kind::Binary: {
      auto* s = static_cast<const Binary*>(x);
      Binary* c = arena_.make<Binary>(x->pos);
      c->op = s->op;
      c->x = cloneExpr(s->x);
      c->y = cloneExpr(s->y);
      return c;
    }
    case Kind::ListExpr: {
      ListExpr* c = arena_.make<ListExpr>(x->pos);
      c->list = exprs(static_cast<const ListExpr*>(x)->list);
      return c;
    }
    case Kind::ArrayType: {
      auto* s = static_cast<const ArrayType*>(x);
      ArrayType* c = arena_.make<ArrayType>(x->pos);
      c->len = cloneExpr(s->len);
      c->dotsLen = s->dotsLen;
      c->elem = cloneExpr(s->elem);
      return c;
    }
    case Kind::SliceType: {
      SliceType* c = arena_.make<SliceType>(x->pos);
      c->elem = cloneExpr(static_cast<const SliceType*>(x)->elem);
      return c;
    }
    case Kind::MapType: {
      auto* s = static_cast<const MapType*>(x);
      MapType* c = arena_.make<MapType>(x->pos);
      c->key = cloneExpr(s->key);
      c->value = cloneExpr(s->value);
      return c;
    }
    case Kind::ChanType: {
      auto* s = static_cast<const ChanType*>(x);
      ChanType* c = arena_.make<ChanType>(x->pos);
      c->dir = s->dir;
      c->elem = cloneExpr(s->elem);
      return c;
    }
    case Kind::FuncType: {
      auto* s = static_cast<const FuncType*>(x);
      FuncType* c = arena_.make<FuncType>(x->pos);
      c->params = fields(s->params);
      c->results = fields(s->results);
      c->variadic = s->variadic;
      return c;
    }
    case Kind::DotsType: {
      DotsType* c = arena_.make<DotsType>(x->pos);
      c->elem = cloneExpr(static_cast<const DotsType*>(x)->elem);
      return c;
    }
    case Kind::StructType: {
      StructType* c = arena_.make<StructType>(x->pos);
      c->fields = fields(static_cast<const StructType*>(x)->fields);
      return c;
    }
    case Kind::InterfaceType: {
      InterfaceType* c = arena_.make<InterfaceType>(x->pos);
      c->elems = fields(static_cast<const InterfaceType*>(x)->elems);
      return c;
    }
    default:
      return arena_.make<BadExpr>(x->pos);
  }
}

}  // namespace gm::syntax
