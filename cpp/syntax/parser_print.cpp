// Go-syntax printing of expressions and simple statements for error messages (Go's
// syntax.String in ShortForm), and string literal unquoting.
#include <cstdint>

#include "syntax/parser_impl.h"

namespace gm::syntax {
namespace {

class ShortPrinter {
 public:
  std::string out;

  void node(const Node* n) {
    if (!n) return;
    switch (n->kind) {
      case Kind::BadExpr:
        out += "<bad expr>";
        break;
      case Kind::Name:
        out += static_cast<const Name*>(n)->value;
        break;
      case Kind::BasicLit:
        out += static_cast<const BasicLit*>(n)->value;
        break;
      case Kind::FuncLit: {
        auto* f = static_cast<const FuncLit*>(n);
        node(f->type);
        out += f->body && !f->body->stmts.empty() ? " {…}" : " {}";
        break;
      }
      case Kind::CompositeLit: {
        auto* c = static_cast<const CompositeLit*>(n);
        node(c->type);
        out += c->elems.empty() ? "{}" : "{…}";
        break;
      }
      case Kind::Paren:
        out += "(";
        node(static_cast<const Paren*>(n)->x);
        out += ")";
        break;
      case Kind::Selector: {
        auto* s = static_cast<const Selector*>(n);
        node(s->x);
        out += ".";
        node(s->sel);
        break;
      }
      case Kind::Index: {
        auto* x = static_cast<const Index*>(n);
        node(x->x);
        out += "[";
        list(x->indices);
        out += "]";
        break;
      }
      case Kind::Slice: {
        auto* s = static_cast<const Slice*>(n);
        node(s->x);
        out += "[";
        node(s->index[0]);
        out += ":";
        node(s->index[1]);
        if (s->index[2]) {
          out += ":";
          node(s->index[2]);
        }
        out += "]";
        break;
      }
      case Kind::TypeAssert: {
        auto* a = static_cast<const TypeAssert*>(n);
        node(a->x);
        out += ".(";
        if (a->type) {
          node(a->type);
        } else {
          out += "type";
        }
        out += ")";
        break;
      }
      case Kind::Call: {
        auto* c = static_cast<const Call*>(n);
        node(c->fun);
        out += "(";
        list(c->args);
        if (c->hasDots) out += "...";
        out += ")";
        break;
      }
      case Kind::Unary: {
        auto* u = static_cast<const Unary*>(n);
        out += opText(u->op);
        node(u->x);
        break;
      }
      case Kind::Binary: {
        auto* b = static_cast<const Binary*>(n);
        node(b->x);
        out += " ";
        out += opText(b->op);
        out += " ";
        node(b->y);
        break;
      }
      case Kind::KeyValue: {
        auto* kv = static_cast<const KeyValue*>(n);
        node(kv->key);
        out += ": ";
        node(kv->value);
        break;
      }
      case Kind::ListExpr:
        list(static_cast<const ListExpr*>(n)->list);
        break;
      case Kind::ArrayType: {
        auto* a = static_cast<const ArrayType*>(n);
        out += "[";
        if (a->len) {
          node(a->len);
        } else {
          out += "...";
        }
        out += "]";
        node(a->elem);
        break;
      }
      case Kind::SliceType:
        out += "[]";
        node(static_cast<const SliceType*>(n)->elem);
        break;
      case Kind::DotsType:
        out += "...";
        node(static_cast<const DotsType*>(n)->elem);
        break;
      case Kind::MapType: {
        auto* m = static_cast<const MapType*>(n);
        out += "map[";
        node(m->key);
        out += "]";
        node(m->value);
        break;
      }
      case Kind::ChanType: {
        auto* c = static_cast<const ChanType*>(n);
        out += c->dir == 2 ? "<-chan" : c->dir == 1 ? "chan<-" : "chan";
        out += " ";
        auto* elem = c->elem ? c->elem->as<ChanType>() : nullptr;
        if (c->dir == 0 && elem && elem->dir == 2) {
          out += "(";
          node(c->elem);
          out += ")";
        } else {
          node(c->elem);
        }
        break;
      }
      case Kind::FuncType:
        out += "func";
        signature(static_cast<const FuncType*>(n));
        break;
      case Kind::StructType: {
        out += "struct{";
        auto& fields = static_cast<const StructType*>(n)->fields;
        for (size_t i = 0; i < fields.size(); ++i) {
          const Field* f = fields[i];
          if (f->name) {
            node(f->name);
            if (i + 1 < fields.size() && fields[i + 1]->name && fields[i + 1]->type == f->type) {
              out += ", ";
              continue;
            }
            out += " ";
          }
          node(f->type);
          if (i + 1 < fields.size()) out += "; ";
        }
        out += "}";
        break;
      }
      case Kind::InterfaceType: {
        out += "interface{";
        auto& elems = static_cast<const InterfaceType*>(n)->elems;
        for (size_t i = 0; i < elems.size(); ++i) {
          if (i > 0) out += "; ";
          if (elems[i]->name) {
            node(elems[i]->name);
            if (auto* ft = elems[i]->type->as<FuncType>()) signature(ft);
          } else {
            node(elems[i]->type);
          }
        }
        out += "}";
        break;
      }
      case Kind::ExprStmt:
        node(static_cast<const ExprStmt*>(n)->x);
        break;
      case Kind::SendStmt: {
        auto* s = static_cast<const SendStmt*>(n);
        node(s->chan);
        out += " <- ";
        node(s->value);
        break;
      }
      case Kind::IncDec: {
        auto* s = static_cast<const IncDec*>(n);
        node(s->x);
        out += s->inc ? "++" : "--";
        break;
      }
      case Kind::Assign: {
        auto* a = static_cast<const Assign*>(n);
        list(a->lhs);
        out += " ";
        if (a->define) {
          out += ":";
        } else {
          out += opText(a->op);
        }
        out += "= ";
        list(a->rhs);
        break;
      }
      default:
        break;
    }
  }

 private:
  void list(const std::vector<Expr*>& xs) {
    for (size_t i = 0; i < xs.size(); ++i) {
      if (i > 0) out += ", ";
      node(xs[i]);
    }
  }

  void params(const std::vector<Field*>& fields) {
    out += "(";
    for (size_t i = 0; i < fields.size(); ++i) {
      if (i > 0) out += ", ";
      const Field* f = fields[i];
      if (f->name) {
        node(f->name);
        if (i + 1 < fields.size() && fields[i + 1]->name && fields[i + 1]->type == f->type) {
          continue;  // no need to print the type
        }
        out += " ";
      }
      node(f->type);
    }
    out += ")";
  }

  void signature(const FuncType* f) {
    params(f->params);
    if (f->results.empty()) return;
    out += " ";
    if (f->results.size() == 1 && !f->results[0]->name) {
      node(f->results[0]->type);
    } else {
      params(f->results);
    }
  }
};

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 0;
}

void appendUtf8(std::string& out, uint32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

std::string shortString(const Node* n) {
  ShortPrinter p;
  p.node(n);
  return p.out;
}

std::string unquoteString(std::string_view lit) {
  std::string out;
  if (lit.size() < 2) return out;
  const char quote = lit.front();
  std::string_view body = lit.substr(1, lit.size() - 2);
  if (quote == '`') {
    // Carriage returns are discarded from raw string values.
    for (char c : body) {
      if (c != '\r') out += c;
    }
    return out;
  }
  for (size_t i = 0; i < body.size();) {
    const char c = body[i];
    if (c != '\\' || i + 1 >= body.size()) {
      out += c;
      ++i;
      continue;
    }
    const char e = body[i + 1];
    i += 2;
    switch (e) {
      case 'a':
        out += '\a';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'v':
        out += '\v';
        break;
      case 'x':
      case 'u':
      case 'U': {
        const size_t n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        uint32_t v = 0;
        for (size_t k = 0; k < n && i < body.size(); ++k, ++i) v = v * 16 + hexValue(body[i]);
        if (e == 'x') {
          out += static_cast<char>(v);  // a byte, not a code point
        } else {
          appendUtf8(out, v);
        }
        break;
      }
      default:
        if (e >= '0' && e <= '7') {
          uint32_t v = static_cast<uint32_t>(e - '0');
          for (size_t k = 0; k < 2 && i < body.size(); ++k, ++i) v = v * 8 + (body[i] - '0');
          out += static_cast<char>(v);
        } else {
          out += e;  // \\, \' and \"
        }
    }
  }
  return out;
}

}  // namespace gm::syntax
