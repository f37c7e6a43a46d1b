#include "syntax/ast.h"

namespace gm::syntax {

// Mirrors Go's syntax.StartPos case by case, including the nodes it leaves at their own position
// (slice expressions, key-value pairs, expression statements), so that errors reported at
// startPos land where Go reports them.
Pos startPos(const Node* n) {
  while (n) {
    switch (n->kind) {
      case Kind::File:
        return {1, 1};
      case Kind::CompositeLit: {
        auto* x = static_cast<const CompositeLit*>(n);
        if (!x->type) return x->pos;
        n = x->type;
        break;
      }
      case Kind::Selector:
        n = static_cast<const Selector*>(n)->x;
        break;
      case Kind::Index:
        n = static_cast<const Index*>(n)->x;
        break;
      case Kind::TypeAssert:
        n = static_cast<const TypeAssert*>(n)->x;
        break;
      case Kind::Binary:
        n = static_cast<const Binary*>(n)->x;
        break;
      case Kind::Call:
        n = static_cast<const Call*>(n)->fun;
        break;
      case Kind::ListExpr: {
        auto* x = static_cast<const ListExpr*>(n);
        if (x->list.empty()) return x->pos;
        n = x->list[0];
        break;
      }
      case Kind::SendStmt:
        n = static_cast<const SendStmt*>(n)->chan;
        break;
      case Kind::Assign: {
        auto* x = static_cast<const Assign*>(n);
        if (x->lhs.empty()) return x->pos;
        n = x->lhs[0];
        break;
      }
      case Kind::IncDec:
        n = static_cast<const IncDec*>(n)->x;
        break;
      default:
        return n->pos;
    }
  }
  return {};
}

}  // namespace gm::syntax
