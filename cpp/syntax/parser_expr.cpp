// Expressions: operators, operands, primary expressions and composite literals.
#include "syntax/parser_impl.h"

namespace gm::syntax {
namespace {

Expr* unparen(Expr* x) {
  while (auto* p = x->as<Paren>()) x = p->x;
  return x;
}

// Reports whether x syntactically must be a value (and not a type) expression.
bool isValue(const Expr* x) {
  switch (x->kind) {
    case Kind::BasicLit:
    case Kind::CompositeLit:
    case Kind::FuncLit:
    case Kind::Slice:
    case Kind::TypeAssert:
    case Kind::Call:
    case Kind::Binary:
      return true;
    case Kind::Unary:
      return static_cast<const Unary*>(x)->op != Op::Mul;  // *T may be a type
    case Kind::Paren:
      return isValue(static_cast<const Paren*>(x)->x);
    case Kind::Index: {
      auto* ix = static_cast<const Index*>(x);
      // Go looks at a single index only; a list of indices is an instantiation.
      return isValue(ix->x) || (ix->indices.size() == 1 && isValue(ix->indices[0]));
    }
    default:
      return false;
  }
}

}  // namespace

Expr* Parser::expr() {
  return binaryExpr(nullptr, 0);
}

// Expression = UnaryExpr | Expression binary_op Expression .
// A chain of operators grows the tree one level per operator, so it counts as nesting.
Expr* Parser::binaryExpr(Expr* x, int prec) {
  if (!x) x = unaryExpr();
  int levels = 0;
  while ((t() == Tok::Operator || t() == Tok::Star) && tok().prec > prec) {
    if (!enter()) break;
    ++levels;
    Binary* b = arena_.make<Binary>(pos());
    b->op = tok().op;
    const int tprec = tok().prec;
    next();
    b->x = x;
    b->y = binaryExpr(nullptr, tprec);
    x = b;
  }
  depth_ -= levels;
  return x;
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
Expr* Parser::unaryExpr() {
  Nest nest(*this);
  if (!nest.ok()) return badExpr();

  switch (t()) {
    case Tok::Operator:
    case Tok::Star:
      switch (tok().op) {
        case Op::Mul:
        case Op::Add:
        case Op::Sub:
        case Op::Not:
        case Op::Xor:
        case Op::Tilde: {
          Unary* u = arena_.make<Unary>(pos());
          u->op = tok().op;
          next();
          u->x = unaryExpr();
          return u;
        }
        case Op::And: {
          Unary* u = arena_.make<Unary>(pos());
          u->op = Op::And;
          next();
          // unaryExpr may have returned a parenthesized composite literal
          // (see comment in operand) - remove parentheses if any
          u->x = unparen(unaryExpr());
          return u;
        }
        default:
          break;
      }
      break;

    case Tok::Arrow: {
      // receive op (<-x) or receive-only channel (<-chan E)
      const Pos arrow = pos();
      next();
      // If the next token is Chan we still don't know if it is a channel (<-chan int) or a
      // receive op (<-chan int(ch)). We only know once we have found the end of the unaryExpr.
      Expr* x = unaryExpr();
      if (auto* c = x->as<ChanType>()) {
        reassociateRecvChan(c);
        return x;
      }
      Unary* u = arena_.make<Unary>(arrow);
      u->op = Op::Recv;
      u->x = x;
      return u;
    }

    default:
      break;
  }
  return pexpr(nullptr);
}

// x is a channel type => re-associate <-:
//   <-(chan E)   =>  (<-chan E)
//   <-(chan<-E)  =>  (<-chan (<-E))
void Parser::reassociateRecvChan(ChanType* x) {
  int dir = 1;  // send-only
  Expr* typ = x;
  while (dir == 1) {
    auto* c = typ->as<ChanType>();
    if (!c) break;
    dir = c->dir;
    if (dir == 2) {
      // typ is type <-chan E but <-<-chan E is not permitted
      syntaxError("unexpected <-, expecting chan");
    }
    c->dir = 2;
    typ = c->elem;
  }
  if (dir == 1) {
    // channel dir is <- but channel element E is not a channel
    syntaxError("unexpected " + shortString(typ) + ", expecting chan");
  }
}

// callStmt parses call-like statements that can be preceded by 'defer' and 'go'.
Stmt* Parser::callStmt() {
  const Pos stmtPos = pos();
  const Tok keyword = t();
  next();

  Expr* x = pexpr(nullptr);
  const std::string kw(tokText(keyword));
  if (Expr* inner = unparen(x); inner != x) {
    errorAt(x->pos, "expression in " + kw + " must not be parenthesized");
    x = inner;
  }
  Call* call = x->as<Call>();
  if (!call) {
    errorAt(x->pos, "expression in " + kw + " must be function call");
    call = arena_.make<Call>(x->pos);
    call->fun = x;  // assume the common error of missing parentheses
  }
  if (keyword == Tok::Go) {
    Go* s = arena_.make<Go>(stmtPos);
    s->call = call;
    return s;
  }
  Defer* s = arena_.make<Defer>(stmtPos);
  s->call = call;
  return s;
}

// Operand = Literal | OperandName | MethodExpr | "(" Expression ")" .
// Parentheses are always kept as Paren nodes (Go keeps them wherever an error may depend on
// them, which is everywhere an operand is parsed).
Expr* Parser::operand() {
  switch (t()) {
    case Tok::Name:
      return name();
    case Tok::Literal:
      return oliteral();
    case Tok::LParen: {
      Paren* p = arena_.make<Paren>(pos());
      Nest nest(*this);  // a parenthesized operand takes many frames: count it extra
      if (!nest.ok()) {
        p->x = badExpr();
        return p;
      }
      next();
      ++xnest_;
      p->x = expr();
      --xnest_;
      want(Tok::RParen);
      return p;
    }
    case Tok::Func: {
      const Pos funcPos = pos();
      next();
      FuncType* ftyp = funcType("function type", nullptr);
      if (t() == Tok::LBrace) {
        ++xnest_;
        FuncLit* f = arena_.make<FuncLit>(funcPos);
        f->type = ftyp;
        f->body = funcBody();
        --xnest_;
        return f;
      }
      return ftyp;
    }
    case Tok::LBrack:
    case Tok::Chan:
    case Tok::Map:
    case Tok::Struct:
    case Tok::Interface:
      return type();
    default: {
      Expr* x = badExpr();
      syntaxError("expecting expression");
      advance({Tok::RParen, Tok::RBrack, Tok::RBrace});
      return x;
    }
  }
}

// PrimaryExpr = Operand | Conversion | PrimaryExpr Selector | PrimaryExpr Index |
//               PrimaryExpr Slice | PrimaryExpr TypeAssertion | PrimaryExpr Arguments .
// Like a chain of binary operators, each postfix operation counts as a level of nesting.
Expr* Parser::pexpr(Expr* x) {
  if (!x) x = operand();

  int levels = 0;
  for (bool more = true; more;) {
    const Pos opPos = pos();
    const Tok tk = t();
    if (tk != Tok::Dot && tk != Tok::LBrack && tk != Tok::LParen && tk != Tok::LBrace) break;
    if (!enter()) break;
    ++levels;

    switch (tk) {
      case Tok::Dot:
        next();
        switch (t()) {
          case Tok::Name: {
            Selector* s = arena_.make<Selector>(opPos);
            s->x = x;
            s->sel = name();
            x = s;
            break;
          }
          case Tok::LParen: {
            next();
            TypeAssert* a = arena_.make<TypeAssert>(opPos);
            a->x = x;
            if (!got(Tok::Type)) a->type = type();  // else x.(type): a type switch guard
            x = a;
            want(Tok::RParen);
            break;
          }
          default:
            syntaxError("expecting name or (");
            advance({Tok::Semi, Tok::RParen});
        }
        break;

      case Tok::LBrack: {
        next();
        if (t() == Tok::RBrack) {
          // invalid empty instance, slice or index expression; accept but complain
          syntaxError("expecting operand");
          next();
          break;
        }
        Expr* i = nullptr;
        if (t() != Tok::Colon) {
          bool comma;
          std::vector<Expr*> list = typeList(&comma);
          if (comma || t() == Tok::RBrack) {
            want(Tok::RBrack);
            // x[i,] or x[i, j, ...]
            Index* ix = arena_.make<Index>(opPos);
            ix->x = x;
            ix->indices = std::move(list);
            x = ix;
            break;
          }
          i = list[0];
        }
        // x[i:...
        if (!got(Tok::Colon)) {
          syntaxError("expecting comma, : or ]");
          advance({Tok::Comma, Tok::Colon, Tok::RBrack});
        }
        ++xnest_;
        Slice* s = arena_.make<Slice>(opPos);
        s->x = x;
        s->index[0] = i;
        if (t() != Tok::Colon && t() != Tok::RBrack) s->index[1] = expr();  // x[i:j...
        if (t() == Tok::Colon) {
          s->full = true;
          // x[i:j:...]
          if (!s->index[1]) {
            error("middle index required in 3-index slice");
            s->index[1] = badExpr();
          }
          next();
          if (t() != Tok::RBrack) {
            s->index[2] = expr();  // x[i:j:k...
          } else {
            error("final index required in 3-index slice");
            s->index[2] = badExpr();
          }
        }
        --xnest_;
        want(Tok::RBrack);
        x = s;
        break;
      }

      case Tok::LParen: {
        Call* c = arena_.make<Call>(opPos);
        next();
        c->fun = x;
        c->args = argList(&c->hasDots, &c->rparen);
        x = c;
        break;
      }

      default: {  // Tok::LBrace
        // operand may have returned a parenthesized complit type; accept it but complain if we
        // have a complit
        Expr* typ = unparen(x);
        // determine if '{' belongs to a composite literal or a block statement
        bool complitOk = false;
        switch (typ->kind) {
          case Kind::Name:
          case Kind::Selector:
            complitOk = xnest_ >= 0;  // x is possibly a composite literal type
            break;
          case Kind::Index:
            complitOk = xnest_ >= 0 && !isValue(typ);  // x is possibly a composite literal type
            break;
          case Kind::ArrayType:
          case Kind::SliceType:
          case Kind::StructType:
          case Kind::MapType:
            complitOk = true;  // x is a comptype
            break;
          default:
            break;
        }
        if (!complitOk) {
          more = false;
          break;
        }
        if (typ != x) syntaxError("cannot parenthesize type in composite literal");
        CompositeLit* n = complitExpr();
        n->type = x;
        x = n;
        break;
      }
    }
  }
  depth_ -= levels;
  return x;
}

// Element = Expression | LiteralValue .
Expr* Parser::bareComplitExpr() {
  if (t() == Tok::LBrace) return complitExpr();  // '{' start_complit braced_keyval_list '}'
  return expr();
}

// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
CompositeLit* Parser::complitExpr() {
  CompositeLit* x = arena_.make<CompositeLit>(pos());
  Nest nest(*this);
  if (!nest.ok()) return x;

  ++xnest_;
  want(Tok::LBrace);
  x->rbrace = list("composite literal", Tok::Comma, Tok::RBrace, [&] {
    Expr* e = bareComplitExpr();
    if (t() == Tok::Colon) {
      // key ':' value
      KeyValue* kv = arena_.make<KeyValue>(pos());
      next();
      kv->key = e;
      kv->value = bareComplitExpr();
      e = kv;
    }
    x->elems.push_back(e);
    return false;
  });
  --xnest_;
  return x;
}

// argList = [ arg { "," arg } [ "..." ] [ "," ] ] ")" .
std::vector<Expr*> Parser::argList(bool* hasDots, Pos* rparen) {
  std::vector<Expr*> args;
  ++xnest_;
  *rparen = list("argument list", Tok::Comma, Tok::RParen, [&] {
    args.push_back(expr());
    *hasDots = got(Tok::DotDotDot);
    return *hasDots;
  });
  --xnest_;
  return args;
}

}  // namespace gm::syntax
