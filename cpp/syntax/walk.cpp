#include "syntax/walk.h"

#include <vector>

namespace gm::syntax {

namespace {
template <class T>
void each(const std::vector<T*>& xs, const std::function<void(const Node*)>& f) {
  for (const T* x : xs)
    if (x) f(x);
}
}  // namespace

void forEachChild(const Node* n, const std::function<void(const Node*)>& f) {
  auto one = [&](const Node* c) {
    if (c) f(c);
  };
  switch (n->kind) {
    case Kind::CompositeLit:
      one(n->as<CompositeLit>()->type);
      each(n->as<CompositeLit>()->elems, f);
      break;
    case Kind::KeyValue:
      one(n->as<KeyValue>()->key);
      one(n->as<KeyValue>()->value);
      break;
    case Kind::FuncLit:
      one(n->as<FuncLit>()->type);
      one(n->as<FuncLit>()->body);
      break;
    case Kind::Paren:
      one(n->as<Paren>()->x);
      break;
    case Kind::Selector:
      one(n->as<Selector>()->x);
      one(n->as<Selector>()->sel);
      break;
    case Kind::Index:
      one(n->as<Index>()->x);
      each(n->as<Index>()->indices, f);
      break;
    case Kind::Slice:
      one(n->as<Slice>()->x);
      for (const Expr* e : n->as<Slice>()->index) one(e);
      break;
    case Kind::TypeAssert:
      one(n->as<TypeAssert>()->x);
      one(n->as<TypeAssert>()->type);
      break;
    case Kind::Call:
      one(n->as<Call>()->fun);
      each(n->as<Call>()->args, f);
      break;
    case Kind::Unary:
      one(n->as<Unary>()->x);
      break;
    case Kind::Binary:
      one(n->as<Binary>()->x);
      one(n->as<Binary>()->y);
      break;
    case Kind::ListExpr:
      each(n->as<ListExpr>()->list, f);
      break;
    case Kind::ArrayType:
      one(n->as<ArrayType>()->len);
      one(n->as<ArrayType>()->elem);
      break;
    case Kind::SliceType:
      one(n->as<SliceType>()->elem);
      break;
    case Kind::MapType:
      one(n->as<MapType>()->key);
      one(n->as<MapType>()->value);
      break;
    case Kind::ChanType:
      one(n->as<ChanType>()->elem);
      break;
    case Kind::Field:
      one(n->as<Field>()->name);
      one(n->as<Field>()->type);
      break;
    case Kind::FuncType:
      each(n->as<FuncType>()->params, f);
      each(n->as<FuncType>()->results, f);
      break;
    case Kind::DotsType:
      one(n->as<DotsType>()->elem);
      break;
    case Kind::StructType:
      each(n->as<StructType>()->fields, f);
      break;
    case Kind::InterfaceType:
      each(n->as<InterfaceType>()->elems, f);
      break;
    case Kind::ExprStmt:
      one(n->as<ExprStmt>()->x);
      break;
    case Kind::SendStmt:
      one(n->as<SendStmt>()->chan);
      one(n->as<SendStmt>()->value);
      break;
    case Kind::IncDec:
      one(n->as<IncDec>()->x);
      break;
    case Kind::Assign:
      each(n->as<Assign>()->lhs, f);
      each(n->as<Assign>()->rhs, f);
      break;
    case Kind::Block:
      each(n->as<Block>()->stmts, f);
      break;
    case Kind::If:
      one(n->as<If>()->init);
      one(n->as<If>()->cond);
      one(n->as<If>()->then);
      one(n->as<If>()->else_);
      break;
    case Kind::For:
      one(n->as<For>()->init);
      one(n->as<For>()->cond);
      one(n->as<For>()->post);
      one(n->as<For>()->body);
      break;
    case Kind::Range:
      one(n->as<Range>()->key);
      one(n->as<Range>()->value);
      one(n->as<Range>()->x);
      one(n->as<Range>()->body);
      break;
    case Kind::CaseClause:
      each(n->as<CaseClause>()->values, f);
      each(n->as<CaseClause>()->body, f);
      break;
    case Kind::Switch:
      one(n->as<Switch>()->init);
      one(n->as<Switch>()->tag);
      each(n->as<Switch>()->clauses, f);
      break;
    case Kind::TypeSwitch:
      one(n->as<TypeSwitch>()->init);
      one(n->as<TypeSwitch>()->binding);
      one(n->as<TypeSwitch>()->x);
      each(n->as<TypeSwitch>()->clauses, f);
      break;
    case Kind::Return:
      each(n->as<Return>()->results, f);
      break;
    case Kind::Branch:
      one(n->as<Branch>()->label);
      break;
    case Kind::Labeled:
      one(n->as<Labeled>()->label);
      one(n->as<Labeled>()->stmt);
      break;
    case Kind::Go:
      one(n->as<Go>()->call);
      break;
    case Kind::Defer:
      one(n->as<Defer>()->call);
      break;
    case Kind::DeclStmt:
      each(n->as<DeclStmt>()->decls, f);
      break;
    case Kind::ConstDecl:
      each(n->as<ConstDecl>()->names, f);
      one(n->as<ConstDecl>()->type);
      each(n->as<ConstDecl>()->values, f);
      break;
    case Kind::VarDecl:
      each(n->as<VarDecl>()->names, f);
      one(n->as<VarDecl>()->type);
      each(n->as<VarDecl>()->values, f);
      break;
    case Kind::TypeDecl:
      one(n->as<TypeDecl>()->name);
      each(n->as<TypeDecl>()->typeParams, f);
      one(n->as<TypeDecl>()->type);
      break;
    case Kind::FuncDecl:
      one(n->as<FuncDecl>()->recv);
      one(n->as<FuncDecl>()->name);
      each(n->as<FuncDecl>()->typeParams, f);
      one(n->as<FuncDecl>()->type);
      one(n->as<FuncDecl>()->body);
      break;
    case Kind::File:
      one(n->as<File>()->pkgName);
      each(n->as<File>()->decls, f);
      break;
    default:
      break;  // leaves: Name, BasicLit, BadExpr, EmptyStmt, Select, ImportDecl
  }
}

void walk(const Node* n, const std::function<void(const Node*)>& f) {
  std::vector<const Node*> stack = {n};
  std::vector<const Node*> children;
  while (!stack.empty()) {
    const Node* cur = stack.back();
    stack.pop_back();
    f(cur);
    children.clear();
    forEachChild(cur, [&](const Node* c) { children.push_back(c); });
    stack.insert(stack.end(), children.rbegin(), children.rend());
  }
}

}  // namespace gm::syntax
