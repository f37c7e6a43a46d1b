#include "syntax/dump.h"

#include <cstdio>

namespace gm::syntax {
namespace {

class Dumper {
 public:
  std::string out;

  void node(const Node* n) {
    if (!n) {
      out += "_";
      return;
    }
    switch (n->kind) {
      // ---- expressions ----
      case Kind::BadExpr:
        out += "(BadExpr)";
        break;
      case Kind::Name:
        open("Name");
        word(static_cast<const Name*>(n)->value);
        close();
        break;
      case Kind::BasicLit:
        open("BasicLit");
        word(static_cast<const BasicLit*>(n)->value);
        close();
        break;
      case Kind::CompositeLit: {
        auto* x = static_cast<const CompositeLit*>(n);
        open("CompositeLit");
        child(x->type);
        children(x->elems);
        close();
        break;
      }
      case Kind::KeyValue: {
        auto* x = static_cast<const KeyValue*>(n);
        open("KeyValue");
        child(x->key);
        child(x->value);
        close();
        break;
      }
      case Kind::FuncLit: {
        auto* x = static_cast<const FuncLit*>(n);
        open("FuncLit");
        child(x->type);
        child(x->body);
        close();
        break;
      }
      case Kind::Paren:
        open("Paren");
        child(static_cast<const Paren*>(n)->x);
        close();
        break;
      case Kind::Selector: {
        auto* x = static_cast<const Selector*>(n);
        open("Selector");
        child(x->x);
        bareName(x->sel);
        close();
        break;
      }
      case Kind::Index: {
        auto* x = static_cast<const Index*>(n);
        open("Index");
        child(x->x);
        children(x->indices);
        close();
        break;
      }
      case Kind::Slice: {
        auto* x = static_cast<const Slice*>(n);
        open("Slice");
        child(x->x);
        child(x->index[0]);
        child(x->index[1]);
        if (x->full) child(x->index[2]);
        close();
        break;
      }
      case Kind::TypeAssert: {
        auto* x = static_cast<const TypeAssert*>(n);
        open("TypeAssert");
        child(x->x);
        if (x->type) {
          child(x->type);
        } else {
          word("type");
        }
        close();
        break;
      }
      case Kind::Call: {
        auto* x = static_cast<const Call*>(n);
        open("Call");
        child(x->fun);
        children(x->args);
        if (x->hasDots) word("...");
        close();
        break;
      }
      case Kind::Unary: {
        auto* x = static_cast<const Unary*>(n);
        open("Unary");
        word(opText(x->op));
        child(x->x);
        close();
        break;
      }
      case Kind::Binary: {
        auto* x = static_cast<const Binary*>(n);
        open("Binary");
        word(opText(x->op));
        child(x->x);
        child(x->y);
        close();
        break;
      }
      case Kind::ListExpr:
        open("ListExpr");
        children(static_cast<const ListExpr*>(n)->list);
        close();
        break;

      // ---- types ----
      case Kind::ArrayType: {
        auto* x = static_cast<const ArrayType*>(n);
        open("ArrayType");
        if (x->dotsLen) {
          word("...");
        } else {
          child(x->len);
        }
        child(x->elem);
        close();
        break;
      }
      case Kind::SliceType:
        open("SliceType");
        child(static_cast<const SliceType*>(n)->elem);
        close();
        break;
      case Kind::MapType: {
        auto* x = static_cast<const MapType*>(n);
        open("MapType");
        child(x->key);
        child(x->value);
        close();
        break;
      }
      case Kind::ChanType: {
        auto* x = static_cast<const ChanType*>(n);
        open("ChanType");
        if (x->dir == 1) word("send");
        if (x->dir == 2) word("recv");
        child(x->elem);
        close();
        break;
      }
      case Kind::FuncType: {
        auto* x = static_cast<const FuncType*>(n);
        open("FuncType");
        bracketed(x->params);
        bracketed(x->results);
        close();
        break;
      }
      case Kind::DotsType:
        open("DotsType");
        child(static_cast<const DotsType*>(n)->elem);
        close();
        break;
      case Kind::StructType:
        open("StructType");
        children(static_cast<const StructType*>(n)->fields);
        close();
        break;
      case Kind::InterfaceType:
        open("InterfaceType");
        children(static_cast<const InterfaceType*>(n)->elems);
        close();
        break;
      case Kind::Field: {
        auto* x = static_cast<const Field*>(n);
        open("Field");
        if (x->name) bareName(x->name);
        child(x->type);
        if (!x->tag.empty()) quoted(x->tag);
        close();
        break;
      }

      // ---- statements ----
      case Kind::EmptyStmt:
        out += "(EmptyStmt)";
        break;
      case Kind::ExprStmt:
        open("ExprStmt");
        child(static_cast<const ExprStmt*>(n)->x);
        close();
        break;
      case Kind::SendStmt: {
        auto* x = static_cast<const SendStmt*>(n);
        open("SendStmt");
        child(x->chan);
        child(x->value);
        close();
        break;
      }
      case Kind::IncDec: {
        auto* x = static_cast<const IncDec*>(n);
        open("IncDec");
        child(x->x);
        word(x->inc ? "++" : "--");
        close();
        break;
      }
      case Kind::Assign: {
        auto* x = static_cast<const Assign*>(n);
        open("Assign");
        bracketed(x->lhs);
        word(x->define ? ":=" : std::string(opText(x->op)) + "=");
        bracketed(x->rhs);
        close();
        break;
      }
      case Kind::Block:
        open("Block");
        children(static_cast<const Block*>(n)->stmts);
        close();
        break;
      case Kind::If: {
        auto* x = static_cast<const If*>(n);
        open("If");
        child(x->init);
        child(x->cond);
        child(x->then);
        child(x->else_);
        close();
        break;
      }
      case Kind::For: {
        auto* x = static_cast<const For*>(n);
        open("For");
        child(x->init);
        child(x->cond);
        child(x->post);
        child(x->body);
        close();
        break;
      }
      case Kind::Range: {
        auto* x = static_cast<const Range*>(n);
        open("Range");
        if (x->key) {
          child(x->key);
          child(x->value);
          word(x->define ? ":=" : "=");
        }
        child(x->x);
        child(x->body);
        close();
        break;
      }
      case Kind::Switch: {
        auto* x = static_cast<const Switch*>(n);
        open("Switch");
        child(x->init);
        child(x->tag);
        children(x->clauses);
        close();
        break;
      }
      case Kind::TypeSwitch: {
        auto* x = static_cast<const TypeSwitch*>(n);
        open("TypeSwitch");
        child(x->init);
        if (x->binding) {
          bareName(x->binding);
        } else {
          word("_");
        }
        child(x->x);
        children(x->clauses);
        close();
        break;
      }
      case Kind::CaseClause: {
        auto* x = static_cast<const CaseClause*>(n);
        if (x->isDefault) {
          open("Default");
        } else {
          open("Case");
          bracketed(x->values);
        }
        children(x->body);
        close();
        break;
      }
      case Kind::Return:
        open("Return");
        children(static_cast<const Return*>(n)->results);
        close();
        break;
      case Kind::Branch: {
        auto* x = static_cast<const Branch*>(n);
        open("Branch");
        word(tokText(x->tok));
        if (x->label) bareName(x->label);
        close();
        break;
      }
      case Kind::Labeled: {
        auto* x = static_cast<const Labeled*>(n);
        open("Labeled");
        bareName(x->label);
        child(x->stmt);
        close();
        break;
      }
      case Kind::Go:
        open("Go");
        child(static_cast<const Go*>(n)->call);
        close();
        break;
      case Kind::Defer:
        open("Defer");
        child(static_cast<const Defer*>(n)->call);
        close();
        break;
      case Kind::DeclStmt:
        open("DeclStmt");
        children(static_cast<const DeclStmt*>(n)->decls);
        close();
        break;
      case Kind::Select:
        out += "(Select)";
        break;

      // ---- declarations ----
      case Kind::ImportDecl: {
        auto* x = static_cast<const ImportDecl*>(n);
        open("ImportDecl");
        if (x->localName) bareName(x->localName);
        quoted(x->path);
        close();
        break;
      }
      case Kind::ConstDecl: {
        auto* x = static_cast<const ConstDecl*>(n);
        open("ConstDecl");
        names(x->names);
        child(x->type);
        bracketed(x->values);
        word("iota=" + std::to_string(x->iota));
        if (x->implicit) word("implicit");
        close();
        break;
      }
      case Kind::VarDecl: {
        auto* x = static_cast<const VarDecl*>(n);
        open("VarDecl");
        names(x->names);
        child(x->type);
        bracketed(x->values);
        close();
        break;
      }
      case Kind::TypeDecl: {
        auto* x = static_cast<const TypeDecl*>(n);
        open("TypeDecl");
        bareName(x->name);
        if (!x->typeParams.empty()) bracketed(x->typeParams);
        if (x->alias) word("alias");
        child(x->type);
        close();
        break;
      }
      case Kind::FuncDecl: {
        auto* x = static_cast<const FuncDecl*>(n);
        open("FuncDecl");
        if (x->recv) child(x->recv);
        bareName(x->name);
        if (!x->typeParams.empty()) bracketed(x->typeParams);
        child(x->type);
        child(x->body);
        for (const Directive& d : x->directives) {
          out += " (Directive";
          quoted(d.text);
          out += ")";
        }
        close();
        break;
      }
      case Kind::File: {
        auto* x = static_cast<const File*>(n);
        open("File");
        if (x->pkgName) {
          bareName(x->pkgName);
        } else {
          word("_");
        }
        children(x->decls);
        close();
        break;
      }
    }
  }

 private:
  void open(const char* kind) {
    out += "(";
    out += kind;
  }
  void close() { out += ")"; }
  void word(std::string_view w) {
    out += " ";
    out += w;
  }
  void child(const Node* n) {
    out += " ";
    node(n);
  }
  void bareName(const Name* n) { word(n ? std::string_view(n->value) : "_"); }
  template <class T>
  void children(const std::vector<T*>& list) {
    for (const T* n : list) child(n);
  }
  template <class T>
  void bracketed(const std::vector<T*>& list) {
    out += " [";
    for (size_t i = 0; i < list.size(); ++i) {
      if (i > 0) out += " ";
      node(list[i]);
    }
    out += "]";
  }
  void names(const std::vector<Name*>& list) {
    out += " [";
    for (size_t i = 0; i < list.size(); ++i) {
      if (i > 0) out += " ";
      out += list[i] ? list[i]->value : "_";
    }
    out += "]";
  }
  void quoted(std::string_view s) {
    out += " \"";
    for (unsigned char c : s) {
      if (c == '"' || c == '\\') {
        out += '\\';
        out += static_cast<char>(c);
      } else if (c < 0x20 || c == 0x7f) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\x%02x", c);
        out += buf;
      } else {
        out += static_cast<char>(c);
      }
    }
    out += "\"";
  }
};

}  // namespace

std::string dump(const Node* n) {
  Dumper d;
  d.node(n);
  return d.out;
}

}  // namespace gm::syntax
