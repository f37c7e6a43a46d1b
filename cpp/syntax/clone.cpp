#include "syntax/clone.h"

namespace gm::syntax {

namespace {

class Cloner {
 public:
  explicit Cloner(Arena& arena) : arena_(arena) {}

  Node* node(const Node* n) {
    if (!n) return nullptr;
    switch (n->kind) {
      case Kind::BadExpr:
        return copy(n->as<BadExpr>());
      case Kind::Name:
        return copy(n->as<Name>());
      case Kind::BasicLit:
        return copy(n->as<BasicLit>());
      case Kind::CompositeLit: {
        auto* c = copy(n->as<CompositeLit>());
        sub(c->type);
        each(c->elems);
        return c;
      }
      case Kind::KeyValue: {
        auto* c = copy(n->as<KeyValue>());
        sub(c->key);
        sub(c->value);
        return c;
      }
      case Kind::FuncLit: {
        auto* c = copy(n->as<FuncLit>());
        sub(c->type);
        sub(c->body);
        return c;
      }
      case Kind::Paren: {
        auto* c = copy(n->as<Paren>());
        sub(c->x);
        return c;
      }
      case Kind::Selector: {
        auto* c = copy(n->as<Selector>());
        sub(c->x);
        sub(c->sel);
        return c;
      }
      case Kind::Index: {
        auto* c = copy(n->as<Index>());
        sub(c->x);
        each(c->indices);
        return c;
      }
      case Kind::Slice: {
        auto* c = copy(n->as<Slice>());
        sub(c->x);
        for (Expr*& e : c->index) sub(e);
        return c;
      }
      case Kind::TypeAssert: {
        auto* c = copy(n->as<TypeAssert>());
        sub(c->x);
        sub(c->type);
        return c;
      }
      case Kind::Call: {
        auto* c = copy(n->as<Call>());
        sub(c->fun);
        each(c->args);
        return c;
      }
      case Kind::Unary: {
        auto* c = copy(n->as<Unary>());
        sub(c->x);
        return c;
      }
      case Kind::Binary: {
        auto* c = copy(n->as<Binary>());
        sub(c->x);
        sub(c->y);
        return c;
      }
      case Kind::ListExpr: {
        auto* c = copy(n->as<ListExpr>());
        each(c->list);
        return c;
      }
      case Kind::ArrayType: {
        auto* c = copy(n->as<ArrayType>());
        sub(c->len);
        sub(c->elem);
        return c;
      }
      case Kind::SliceType: {
        auto* c = copy(n->as<SliceType>());
        sub(c->elem);
        return c;
      }
      case Kind::MapType: {
        auto* c = copy(n->as<MapType>());
        sub(c->key);
        sub(c->value);
        return c;
      }
      case Kind::ChanType: {
        auto* c = copy(n->as<ChanType>());
        sub(c->elem);
        return c;
      }
      case Kind::Field: {
        auto* c = copy(n->as<Field>());
        sub(c->name);
        sub(c->type);
        return c;
      }
      case Kind::FuncType: {
        auto* c = copy(n->as<FuncType>());
        each(c->params);
        each(c->results);
        return c;
      }
      case Kind::DotsType: {
        auto* c = copy(n->as<DotsType>());
        sub(c->elem);
        return c;
      }
      case Kind::StructType: {
        auto* c = copy(n->as<StructType>());
        each(c->fields);
        return c;
      }
      case Kind::InterfaceType: {
        auto* c = copy(n->as<InterfaceType>());
        each(c->elems);
        return c;
      }
      case Kind::EmptyStmt:
        return copy(n->as<EmptyStmt>());
      case Kind::ExprStmt: {
        auto* c = copy(n->as<ExprStmt>());
        sub(c->x);
        return c;
      }
      case Kind::SendStmt: {
        auto* c = copy(n->as<SendStmt>());
        sub(c->chan);
        sub(c->value);
        return c;
      }
      case Kind::IncDec: {
        auto* c = copy(n->as<IncDec>());
        sub(c->x);
        return c;
      }
      case Kind::Assign: {
        auto* c = copy(n->as<Assign>());
        each(c->lhs);
        each(c->rhs);
        return c;
      }
      case Kind::Block: {
        auto* c = copy(n->as<Block>());
        each(c->stmts);
        return c;
      }
      case Kind::If: {
        auto* c = copy(n->as<If>());
        sub(c->init);
        sub(c->cond);
        sub(c->then);
        sub(c->else_);
        return c;
      }
      case Kind::For: {
        auto* c = copy(n->as<For>());
        sub(c->init);
        sub(c->cond);
        sub(c->post);
        sub(c->body);
        return c;
      }
      case Kind::Range: {
        auto* c = copy(n->as<Range>());
        sub(c->key);
        sub(c->value);
        sub(c->x);
        sub(c->body);
        return c;
      }
      case Kind::CaseClause: {
        auto* c = copy(n->as<CaseClause>());
        each(c->values);
        each(c->body);
        return c;
      }
      case Kind::Switch: {
        auto* c = copy(n->as<Switch>());
        sub(c->init);
        sub(c->tag);
        each(c->clauses);
        return c;
      }
      case Kind::TypeSwitch: {
        auto* c = copy(n->as<TypeSwitch>());
        sub(c->init);
        sub(c->binding);
        sub(c->x);
        each(c->clauses);
        return c;
      }
      case Kind::Return: {
        auto* c = copy(n->as<Return>());
        each(c->results);
        return c;
      }
      case Kind::Branch: {
        auto* c = copy(n->as<Branch>());
        sub(c->label);
        return c;
      }
      case Kind::Labeled: {
        auto* c = copy(n->as<Labeled>());
        sub(c->label);
        sub(c->stmt);
        return c;
      }
      case Kind::Go: {
        auto* c = copy(n->as<Go>());
        sub(c->call);
        return c;
      }
      case Kind::Defer: {
        auto* c = copy(n->as<Defer>());
        sub(c->call);
        return c;
      }
      case Kind::DeclStmt: {
        auto* c = copy(n->as<DeclStmt>());
        each(c->decls);
        return c;
      }
      case Kind::Select:
        return copy(n->as<Select>());
      case Kind::ImportDecl: {
        auto* c = copy(n->as<ImportDecl>());
        sub(c->localName);
        return c;
      }
      case Kind::ConstDecl: {
        auto* c = copy(n->as<ConstDecl>());
        each(c->names);
        sub(c->type);
        each(c->values);
        return c;
      }
      case Kind::VarDecl: {
        auto* c = copy(n->as<VarDecl>());
        each(c->names);
        sub(c->type);
        each(c->values);
        return c;
      }
      case Kind::TypeDecl: {
        auto* c = copy(n->as<TypeDecl>());
        sub(c->name);
        each(c->typeParams);
        sub(c->type);
        return c;
      }
      case Kind::FuncDecl: {
        auto* c = copy(n->as<FuncDecl>());
        sub(c->recv);
        sub(c->name);
        each(c->typeParams);
        sub(c->type);
        sub(c->body);
        return c;
      }
      case Kind::File: {
        auto* c = copy(n->as<File>());
        sub(c->pkgName);
        each(c->decls);
        return c;
      }
    }
    return nullptr;
  }

 private:
  template <class T>
  T* copy(const T* n) {
    T* c = arena_.make<T>(n->pos);
    *c = *n;
    return c;
  }
  template <class T>
  void sub(T*& p) {
    p = static_cast<T*>(node(p));
  }
  template <class T>
  void each(std::vector<T*>& v) {
    for (T*& p : v) sub(p);
  }

  Arena& arena_;
};

}  // namespace

Node* clone(const Node* n, Arena& arena) {
  return Cloner(arena).node(n);
}

}  // namespace gm::syntax
