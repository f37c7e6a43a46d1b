// A compact, deterministic S-expression rendering of a syntax tree, for tests and debugging.
//
//   (FuncDecl add [] (FuncType [(Field a (Name int32)) (Field b (Name int32))]
//                              [(Field (Name int32))]) (Block (Return (Binary + (Name a) ...))))
//
// Every node prints as "(Kind ...)"; names bound by a declaration, field or label print bare;
// lists print in brackets; an absent optional child prints as "_".
#pragma once

#include <string>

#include "syntax/ast.h"

namespace gm::syntax {

std::string dump(const Node* n);

}  // namespace gm::syntax
