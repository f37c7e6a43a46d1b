// Expression text for diagnostics, as Go prints expressions in its messages.
#include "types/checker.h"

namespace gm::types {

using namespace syntax;

namespace {

void writeExpr(std::string& out, const Expr* e, int depth) {
  if (!e) return;
  if (depth > 40) {
    out += "…";
    return;
  }
  ++depth;
  auto list = [&](const std::vector<Expr*>& xs) {
    for (size_t i = 0; i < xs.size(); ++i) {
      if (i) out += ", ";
      writeExpr(out, xs[i], depth);
    }
  };
  switch (e->kind) {
    case Kind::Name:
      out += e->as<Name>()->value;
      break;
    case Kind::BasicLit:
      out += e->as<BasicLit>()->value;
      break;
    case Kind::Paren:
      out += "(";
      writeExpr(out, e->as<Paren>()->x, depth);
      out += ")";
      break;
    case Kind::Selector:
      writeExpr(out, e->as<Selector>()->x, depth);
      out += "." + e->as<Selector>()->sel->value;
      break;
    case Kind::Index:
      writeExpr(out, e->as<Index>()->x, depth);
      out += "[";
      list(e->as<Index>()->indices);
      out += "]";
      break;
    case Kind::Slice: {
      auto* s = e->as<syntax::Slice>();
      writeExpr(out, s->x, depth);
      out += "[";
      writeExpr(out, s->index[0], depth);
      out += ":";
      writeExpr(out, s->index[1], depth);
      if (s->full) {
        out += ":";
        writeExpr(out, s->index[2], depth);
      }
      out += "]";
      break;
    }
    case Kind::TypeAssert:
      writeExpr(out, e->as<TypeAssert>()->x, depth);
      out += ".(";
      if (e->as<TypeAssert>()->type)
        writeExpr(out, e->as<TypeAssert>()->type, depth);
      else
        out += "type";
      out += ")";
      break;
    case Kind::Call: {
      auto* c = e->as<Call>();
      writeExpr(out, c->fun, depth);
      out += "(";
      list(c->args);
      if (c->hasDots) out += "...";
      out += ")";
      break;
    }
    case Kind::Unary: {
      auto* u = e->as<Unary>();
      out += u->op == Op::Mul ? "*" : u->op == Op::And ? "&" : std::string(opText(u->op));
      writeExpr(out, u->x, depth);
      break;
    }
    case Kind::Binary: {
      auto* b = e->as<Binary>();
      writeExpr(out, b->x, depth);
      out += " " + std::string(opText(b->op)) + " ";
      writeExpr(out, b->y, depth);
      break;
    }
    case Kind::KeyValue:
      writeExpr(out, e->as<KeyValue>()->key, depth);
      out += ": ";
      writeExpr(out, e->as<KeyValue>()->value, depth);
      break;
    case Kind::CompositeLit:
      writeExpr(out, e->as<CompositeLit>()->type, depth);
      out += e->as<CompositeLit>()->elems.empty() ? "{}" : "{…}";
      break;
    case Kind::FuncLit:
      out += "func literal";
      break;
    case Kind::ArrayType:
      out += "[";
      if (e->as<ArrayType>()->dotsLen) out += "...";
      writeExpr(out, e->as<ArrayType>()->len, depth);
      out += "]";
      writeExpr(out, e->as<ArrayType>()->elem, depth);
      break;
    case Kind::SliceType:
      out += "[]";
      writeExpr(out, e->as<SliceType>()->elem, depth);
      break;
    case Kind::MapType:
      out += "map[";
      writeExpr(out, e->as<MapType>()->key, depth);
      out += "]";
      writeExpr(out, e->as<MapType>()->value, depth);
      break;
    case Kind::ChanType:
      out += "chan ";
      writeExpr(out, e->as<ChanType>()->elem, depth);
      break;
    case Kind::FuncType:
      out += "func(…)";
      break;
    case Kind::StructType:
      out += "struct{…}";
      break;
    case Kind::InterfaceType:
      out += e->as<InterfaceType>()->elems.empty() ? "interface{}" : "interface{…}";
      break;
    case Kind::DotsType:
      out += "...";
      writeExpr(out, e->as<DotsType>()->elem, depth);
      break;
    case Kind::ListExpr:
      list(e->as<ListExpr>()->list);
      break;
    default:
      out += "_";
      break;
  }
}

}  // namespace

std::string Checker::exprStr(const Expr* e) const {
  std::string out;
  writeExpr(out, e, 0);
  return out;
}

Pos startPos(const Expr* e) {
  for (int guard = 0; e && guard < 10000; ++guard) {
    switch (e->kind) {
      case Kind::Binary:
        e = e->as<Binary>()->x;
        continue;
      case Kind::Selector:
        e = e->as<Selector>()->x;
        continue;
      case Kind::Index:
        e = e->as<Index>()->x;
        continue;
      case Kind::Slice:
        e = e->as<syntax::Slice>()->x;
        continue;
      case Kind::TypeAssert:
        e = e->as<TypeAssert>()->x;
        continue;
      case Kind::Call:
        e = e->as<Call>()->fun;
        continue;
      case Kind::KeyValue:
        e = e->as<KeyValue>()->key;
        continue;
      case Kind::CompositeLit:
        if (e->as<CompositeLit>()->type) {
          e = e->as<CompositeLit>()->type;
          continue;
        }
        return e->pos;
      default:
        return e->pos;
    }
  }
  return e ? e->pos : Pos{};
}

Pos Checker::exprPos(const Expr* e) const {
  return startPos(e);
}

// " constrained by C" after a type parameter's name, as Go describes such operands.
std::string Checker::constrainedBy(const Type* t) const {
  auto* tp = t ? t->as<TypeParam>() : nullptr;
  if (!tp || !tp->constraint) return "";
  std::string c = str(tp->constraint);
  if (c == "interface{}") c = "any";
  return " constrained by " + c;
}

std::string Checker::operandStr(const Operand& x) const {
  std::string text = x.expr ? exprStr(x.expr) : "";
  switch (x.mode) {
    case Mode::Invalid:
      return "invalid operand";
    case Mode::NoValue:
      return "no value";
    case Mode::Builtin:
      return "built-in";
    case Mode::TypeExpr:
      return "type";
    case Mode::Constant: {
      std::string v = x.val.toString();
      if (isUntyped(x.type)) return str(x.type) + " constant" + (v != text ? " " + v : "");
      return "constant " + (v != text ? v + " " : "") + "of type " + str(x.type);
    }
    case Mode::Variable:
    case Mode::MapIndex:
      return "variable of type " + str(x.type) + constrainedBy(x.type);
    default:
      return "value of type " + str(x.type) + constrainedBy(x.type);
  }
}

}  // namespace gm::types
