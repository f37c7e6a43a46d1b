// Types, parameter lists, struct fields and interface elements.
#include "syntax/parser_impl.h"

namespace gm::syntax {

Expr* Parser::type() {
  Expr* typ = typeOrNil();
  if (!typ) {
    typ = badExpr();
    syntaxError("expecting type");
    advance({Tok::Comma, Tok::Colon, Tok::Semi, Tok::RParen, Tok::RBrack, Tok::RBrace});
  }
  return typ;
}

// Like type() but returns null instead of reporting an error if there is no type.
//   Type     = TypeName | TypeLit | "(" Type ")" .
//   TypeLit  = ArrayType | StructType | PointerType | FunctionType | InterfaceType |
//              SliceType | MapType | Channel_Type .
Expr* Parser::typeOrNil() {
  Nest nest(*this);
  if (!nest.ok()) return badExpr();

  const Pos start = pos();
  switch (t()) {
    case Tok::Star: {
      next();
      Unary* u = arena_.make<Unary>(start);
      u->op = Op::Mul;
      u->x = type();
      return u;
    }
    case Tok::Arrow: {
      next();
      want(Tok::Chan);
      ChanType* c = arena_.make<ChanType>(start);
      c->dir = 2;
      c->elem = chanElem();
      return c;
    }
    case Tok::Func:
      next();
      return funcType("function type", nullptr);
    case Tok::LBrack:
      // '[' oexpr ']' ntype  or  '[' _DotDotDot ']' ntype
      next();
      if (got(Tok::RBrack)) return sliceType(start);
      return arrayType(start, nullptr);
    case Tok::Chan: {
      next();
      ChanType* c = arena_.make<ChanType>(start);
      if (got(Tok::Arrow)) c->dir = 1;
      c->elem = chanElem();
      return c;
    }
    case Tok::Map: {
      next();
      want(Tok::LBrack);
      MapType* m = arena_.make<MapType>(start);
      m->key = type();
      want(Tok::RBrack);
      m->value = type();
      return m;
    }
    case Tok::Struct:
      return structType();
    case Tok::Interface:
      return interfaceType();
    case Tok::Name:
      return qualifiedName(nullptr);
    case Tok::LParen: {
      // Like Go, parentheses around a type are not recorded.
      next();
      Expr* typ = type();
      want(Tok::RParen);
      return typ;
    }
    default:
      return nullptr;
  }
}

Expr* Parser::typeInstance(Expr* typ) {
  Index* x = arena_.make<Index>(pos());
  want(Tok::LBrack);
  x->x = typ;
  if (t() == Tok::RBrack) {
    syntaxError("expecting type");
    x->indices.push_back(badExpr());
  } else {
    bool comma;
    x->indices = typeList(&comma);
  }
  want(Tok::RBrack);
  return x;
}

// If context is not empty, type parameters are not permitted (but parsed, with an error).
FuncType* Parser::funcType(std::string_view context, std::vector<Field*>* typeParams) {
  FuncType* typ = arena_.make<FuncType>(pos());
  std::vector<Field*> tparams;
  if (got(Tok::LBrack)) {
    if (!context.empty()) {
      syntaxErrorAt(typ->pos, std::string(context) + " must have no type parameters");
    }
    if (t() == Tok::RBrack) {
      syntaxError("empty type parameter list");
      next();
    } else {
      tparams = paramList(nullptr, nullptr, Tok::RBrack, true);
    }
  }
  want(Tok::LParen);
  typ->params = paramList(nullptr, nullptr, Tok::RParen, false);
  typ->results = funcResult();
  typ->variadic = !typ->params.empty() && typ->params.back()->type &&
                  typ->params.back()->type->kind == Kind::DotsType;
  if (typeParams) *typeParams = std::move(tparams);
  return typ;
}

// "[" has already been consumed, and pos is its position. If len is not null it is the already
// consumed array length.
Expr* Parser::arrayType(Pos lbrack, Expr* len) {
  ArrayType* a = arena_.make<ArrayType>(lbrack);
  if (!len) {
    if (got(Tok::DotDotDot)) {
      a->dotsLen = true;
    } else {
      ++xnest_;
      len = expr();
      --xnest_;
    }
  }
  if (t() == Tok::Comma) {
    // Trailing commas are accepted in type parameter lists but not in array type declarations.
    // Accept for better error handling but complain.
    syntaxError("unexpected comma; expecting ]");
    next();
  }
  want(Tok::RBrack);
  a->len = len;
  a->elem = type();
  return a;
}

// "[" and "]" have already been consumed, and pos is the position of "[".
Expr* Parser::sliceType(Pos lbrack) {
  SliceType* s = arena_.make<SliceType>(lbrack);
  s->elem = type();
  return s;
}

Expr* Parser::chanElem() {
  Expr* typ = typeOrNil();
  if (!typ) {
    typ = badExpr();
    syntaxError("missing channel element type");
    // assume element type is simply absent - don't advance
  }
  return typ;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
StructType* Parser::structType() {
  StructType* typ = arena_.make<StructType>(pos());
  Nest nest(*this);  // struct fields recurse through several frames: count them extra
  if (!nest.ok()) return typ;
  want(Tok::Struct);
  want(Tok::LBrace);
  list("struct type", Tok::Semi, Tok::RBrace, [&] {
    fieldDecl(typ);
    return false;
  });
  return typ;
}

// InterfaceType = "interface" "{" { ( MethodDecl | EmbeddedElem ) ";" } "}" .
InterfaceType* Parser::interfaceType() {
  InterfaceType* typ = arena_.make<InterfaceType>(pos());
  Nest nest(*this);  // interface elements recurse through several frames: count them extra
  if (!nest.ok()) return typ;
  want(Tok::Interface);
  want(Tok::LBrace);
  list("interface type", Tok::Semi, Tok::RBrace, [&] {
    Field* f = nullptr;
    if (t() == Tok::Name) f = methodDecl();
    if (!f || !f->name) f = embeddedElem(f);
    typ->elems.push_back(f);
    return false;
  });
  return typ;
}

// Result = Parameters | Type .
std::vector<Field*> Parser::funcResult() {
  if (got(Tok::LParen)) return paramList(nullptr, nullptr, Tok::RParen, false);
  const Pos start = pos();
  if (Expr* typ = typeOrNil()) {
    Field* f = arena_.make<Field>(start);
    f->type = typ;
    return {f};
  }
  return {};
}

void Parser::addField(StructType* styp, Pos fieldPos, Name* nm, Expr* typ, BasicLit* tag) {
  Field* f = arena_.make<Field>(fieldPos);
  f->name = nm;
  f->type = typ;
  if (tag) {
    f->tag = tag->litKind == LitKind::String && !tag->bad ? unquoteString(tag->value) : tag->value;
  }
  styp->fields.push_back(f);
}

static Expr* newIndirect(Arena& arena, Pos pos, Expr* typ) {
  Unary* u = arena.make<Unary>(pos);
  u->op = Op::Mul;
  u->x = typ;
  return u;
}

// FieldDecl      = (IdentifierList Type | AnonymousField) [ Tag ] .
// AnonymousField = [ "*" ] TypeName .
void Parser::fieldDecl(StructType* styp) {
  const Pos start = pos();
  switch (t()) {
    case Tok::Name: {
      Name* nm = name();
      if (t() == Tok::Dot || t() == Tok::Literal || t() == Tok::Semi || t() == Tok::RBrace) {
        // embedded type
        Expr* typ = qualifiedName(nm);
        BasicLit* tag = oliteral();
        addField(styp, start, nullptr, typ, tag);
        break;
      }

      // name1, name2, ... Type [ tag ]
      std::vector<Name*> names = nameList(nm);
      Expr* typ;
      // Careful dance: We don't know if we have an embedded instantiated type T[P1, P2, ...]
      // or a field T of array/slice type [P]E or []E.
      if (names.size() == 1 && t() == Tok::LBrack) {
        typ = arrayOrTArgs();
        if (Index* ix = typ->as<Index>()) {
          // embedded type T[P1, P2, ...]
          ix->x = nm;
          BasicLit* tag = oliteral();
          addField(styp, start, nullptr, ix, tag);
          break;
        }
      } else {
        typ = type();  // T P
      }
      BasicLit* tag = oliteral();
      for (Name* n : names) addField(styp, n->pos, n, typ, tag);
      break;
    }

    case Tok::Star: {
      next();
      Expr* typ;
      if (t() == Tok::LParen) {
        // *(T)
        syntaxError("cannot parenthesize embedded type");
        next();
        typ = qualifiedName(nullptr);
        got(Tok::RParen);  // no need to complain if missing
      } else {
        typ = qualifiedName(nullptr);  // *T
      }
      BasicLit* tag = oliteral();
      addField(styp, start, nullptr, newIndirect(arena_, start, typ), tag);
      break;
    }

    case Tok::LParen: {
      syntaxError("cannot parenthesize embedded type");
      next();
      Expr* typ;
      if (t() == Tok::Star) {
        // (*T)
        const Pos star = pos();
        next();
        typ = newIndirect(arena_, star, qualifiedName(nullptr));
      } else {
        typ = qualifiedName(nullptr);  // (T)
      }
      got(Tok::RParen);  // no need to complain if missing
      BasicLit* tag = oliteral();
      addField(styp, start, nullptr, typ, tag);
      break;
    }

    default:
      syntaxError("expecting field name or embedded type");
      advance({Tok::Semi, Tok::RBrace});
  }
}

// After a field or parameter name: an array type [n]E or type arguments [T1, T2]. For the
// latter, the returned Index has no x; the caller fills it in.
Expr* Parser::arrayOrTArgs() {
  const Pos lbrack = pos();
  want(Tok::LBrack);
  if (got(Tok::RBrack)) return sliceType(lbrack);

  // x [n]E or x[n,], x[n1, n2], ...
  bool comma;
  std::vector<Expr*> n = typeList(&comma);
  want(Tok::RBrack);
  if (!comma) {
    if (Expr* elem = typeOrNil()) {
      // x [n]E
      ArrayType* a = arena_.make<ArrayType>(lbrack);
      a->len = n[0];
      a->elem = elem;
      return a;
    }
  }
  // x[n,], x[n1, n2], ...
  Index* ix = arena_.make<Index>(lbrack);
  ix->indices = std::move(n);
  return ix;
}

// MethodSpec        = MethodName Signature | InterfaceTypeName .
// MethodName        = identifier .
// InterfaceTypeName = TypeName .
Field* Parser::methodDecl() {
  constexpr std::string_view kContext = "interface method";
  Field* f = arena_.make<Field>(pos());
  Name* nm = name();

  switch (t()) {
    case Tok::LParen:
      f->name = nm;
      f->type = funcType(kContext, nullptr);
      break;

    case Tok::LBrack: {
      // Careful dance: We don't know if we have a generic method m[T C](x T) or an embedded
      // instantiated type T[P1, P2] (we accept generic methods for generality and robustness
      // of parsing but complain with an error).
      const Pos lbrack = pos();
      next();

      // Empty type parameter or argument lists are not permitted. Treat as if [] were absent.
      if (t() == Tok::RBrack) {
        const Pos rbrack = pos();
        next();
        if (t() == Tok::LParen) {
          errorAt(rbrack, "empty type parameter list");
          f->name = nm;
          f->type = funcType(kContext, nullptr);
        } else {
          errorAt(rbrack, "empty type argument list");
          f->type = nm;
        }
        break;
      }

      // A type argument list looks like a parameter list with only types. Parse a parameter
      // list and decide afterwards.
      std::vector<Field*> params = paramList(nullptr, nullptr, Tok::RBrack, false);
      if (params.empty()) {
        // The type parameter list is not [] but we got nothing due to other errors (reported
        // by paramList). Treat as if [] were absent.
        if (t() == Tok::LParen) {
          f->name = nm;
          f->type = funcType(kContext, nullptr);
        } else {
          f->type = nm;
        }
        break;
      }

      if (params[0]->name) {
        // generic method
        f->name = nm;
        f->type = funcType(kContext, nullptr);
        errorAt(lbrack, "interface method must have no type parameters");
        break;
      }

      // embedded instantiated type
      Index* ix = arena_.make<Index>(lbrack);
      ix->x = nm;
      for (Field* p : params) ix->indices.push_back(p->type);
      f->type = ix;
      break;
    }

    default:
      f->type = qualifiedName(nm);  // embedded type
  }
  return f;
}

// EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } .
Field* Parser::embeddedElem(Field* f) {
  if (!f) {
    f = arena_.make<Field>(pos());
    f->type = embeddedTerm();
  }
  int levels = 0;
  while (isOp(Op::Or)) {
    if (!enter()) break;
    ++levels;
    Binary* b = arena_.make<Binary>(pos());
    b->op = Op::Or;
    next();
    b->x = f->type;
    b->y = embeddedTerm();
    f->type = b;
  }
  depth_ -= levels;
  return f;
}

// EmbeddedTerm = [ "~" ] Type .
Expr* Parser::embeddedTerm() {
  if (isOp(Op::Tilde)) {
    Unary* u = arena_.make<Unary>(pos());
    u->op = Op::Tilde;
    next();
    u->x = type();
    return u;
  }
  Expr* typ = typeOrNil();
  if (!typ) {
    typ = badExpr();
    syntaxError("expecting ~ term or type");
    advance({Tok::Operator, Tok::Semi, Tok::RParen, Tok::RBrack, Tok::RBrace});
  }
  return typ;
}

// ParameterDecl = [ IdentifierList ] [ "..." ] Type .
Field* Parser::paramDeclOrNil(Name* nm, Tok follow) {
  const bool typeSetsOk = follow == Tok::RBrack;  // type set notation is ok in type parameters

  Pos start = pos();
  if (nm) {
    start = nm->pos;
  } else if (typeSetsOk && isOp(Op::Tilde)) {
    return embeddedElem(nullptr);  // "~" ...
  }

  Field* f = arena_.make<Field>(start);

  if (t() == Tok::Name || nm) {
    if (!nm) nm = name();

    if (t() == Tok::LBrack) {
      // name "[" ...
      f->type = arrayOrTArgs();
      if (Index* ix = f->type->as<Index>()) {
        ix->x = nm;  // name "[" ... "]"
      } else {
        f->name = nm;  // name "[" n "]" E
      }
      if (typeSetsOk && isOp(Op::Or)) f = embeddedElem(f);  // name "[" ... "]" "|" ...
      return f;
    }

    if (t() == Tok::Dot) {
      // name "." ...
      f->type = qualifiedName(nm);
      if (typeSetsOk && isOp(Op::Or)) f = embeddedElem(f);  // name "." name "|" ...
      return f;
    }

    if (typeSetsOk && isOp(Op::Or)) {
      // name "|" ...
      f->type = nm;
      return embeddedElem(f);
    }

    f->name = nm;
  }

  if (t() == Tok::DotDotDot) {
    // [name] "..." ...
    DotsType* d = arena_.make<DotsType>(pos());
    next();
    d->elem = typeOrNil();
    if (!d->elem) {
      d->elem = badExpr();
      syntaxError("... is missing type");
    }
    f->type = d;
    return f;
  }

  if (typeSetsOk && isOp(Op::Tilde)) {
    // [name] "~" ...
    f->type = embeddedElem(nullptr)->type;
    return f;
  }

  f->type = typeOrNil();
  if (typeSetsOk && isOp(Op::Or) && f->type) f = embeddedElem(f);  // [name] type "|"
  if (f->name || f->type) return f;

  syntaxError("expecting " + std::string(follow == Tok::Comma ? "comma" : tokText(follow)));
  advance({Tok::Comma, follow});
  return nullptr;
}

// Parameters    = "(" [ ParameterList [ "," ] ] ")" .
// ParameterList = ParameterDecl { "," ParameterDecl } .
// "(" or "[" has already been consumed. If nm is not null, it is the first name after "(" or
// "["; if typ is not null, (nm, typ) is the first field. In the result, either all fields have
// a name, or none has.
std::vector<Field*> Parser::paramList(Name* nm, Expr* typ, Tok close, bool requireNames) {
  Nest nest(*this);  // parameters recurse through several frames: count them extra
  if (!nest.ok()) return {};
  // list() won't invoke its function argument if we're at the end of the parameter list. If we
  // have a complete field, handle this case here.
  if (nm && typ && t() == close) {
    next();
    Field* par = arena_.make<Field>(nm->pos);
    par->name = nm;
    par->type = typ;
    return {par};
  }

  std::vector<Field*> fields;
  size_t named = 0;  // parameters that have an explicit name and type
  size_t typed = 0;  // parameters that have an explicit type
  const Pos end = list("parameter list", Tok::Comma, close, [&] {
    Field* par;
    if (typ) {
      par = arena_.make<Field>(nm->pos);
      par->name = nm;
      par->type = typ;
    } else {
      par = paramDeclOrNil(nm, close);
    }
    nm = nullptr;   // 1st name was consumed if present
    typ = nullptr;  // 1st type was consumed if present
    if (par) {
      if (par->name && par->type) ++named;
      if (par->type) ++typed;
      fields.push_back(par);
    }
    return false;
  });

  if (!fields.empty()) distributeParamTypes(fields, named, typed, end, requireNames);
  return fields;
}

// In the result of paramList, either all fields have a name, or none has.
void Parser::distributeParamTypes(std::vector<Field*>& fields, size_t named, size_t typed, Pos end,
                                  bool requireNames) {
  // distribute parameter types
  if (named == 0 && !requireNames) {
    // all unnamed => found names are named types
    for (Field* par : fields) {
      if (par->name) {
        par->type = par->name;
        par->name = nullptr;
      }
    }
  } else if (named != fields.size()) {
    // some named => all must have names and types
    Pos errPos;            // left-most error position (or unknown)
    Expr* last = nullptr;  // current type (from right to left)
    for (size_t i = fields.size(); i-- > 0;) {
      Field* par = fields[i];
      if (par->type) {
        last = par->type;
        if (!par->name) {
          errPos = startPos(last);
          par->name = newName(errPos, "_");
        }
      } else if (last) {
        par->type = last;
      } else {
        // par->type == null && last == null => we only have a par->name
        errPos = par->name->pos;
        par->type = arena_.make<BadExpr>(errPos);
      }
    }
    if (errPos.valid()) {
      std::string msg;
      if (requireNames) {
        if (named == typed) {
          errPos = end;  // position error at closing ]
          msg = "missing type constraint";
        } else {
          msg = "type parameters must be named";
        }
      } else {
        msg = "mixed named and unnamed parameters";
      }
      syntaxErrorAt(errPos, msg);
    }
  }
}

}  // namespace gm::syntax
