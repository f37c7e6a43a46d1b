// Visiting a node's children, for passes over the tree (e.g. finding what a closure captures).
#pragma once

#include <functional>

#include "syntax/ast.h"

namespace gm::syntax {

// Calls f on every direct child of n (null children are skipped), in source order.
void forEachChild(const Node* n, const std::function<void(const Node*)>& f);

// Calls f on n and every node below it, depth first. Iterative: safe on deep trees.
void walk(const Node* n, const std::function<void(const Node*)>& f);

}  // namespace gm::syntax
