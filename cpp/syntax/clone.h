// Deep copies of syntax trees: a generic declaration is instantiated by checking a fresh copy of
// its declaration with its type parameters bound to the type arguments (monomorphization).
#pragma once

#include "syntax/ast.h"

namespace gm::syntax {

// A deep copy of n (positions kept) whose nodes are owned by arena.
Node* clone(const Node* n, Arena& arena);

template <class T>
T* cloneAs(const T* n, Arena& arena) {
  return static_cast<T*>(clone(n, arena));
}

}  // namespace gm::syntax
