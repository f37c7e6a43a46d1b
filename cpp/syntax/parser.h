// Go parser: source text to a syntax tree, reporting Go-style syntax errors and resynchronizing.
#pragma once

#include <string_view>

#include "support/diagnostics.h"
#include "syntax/ast.h"

namespace gm::syntax {

// Nesting deeper than this (expressions, types, blocks) is a syntax error, not a stack overflow:
// the wasm build has no guard page.
inline constexpr int kMaxNesting = 500;

// Parses one file. Always returns a File (possibly partial); errors go to diags.
File* parseFile(std::string_view filename, std::string_view source, Arena& arena,
                Diagnostics& diags);

// Parses one expression (e.g. a directive's `Sum[int32]`); every node gets position `at`. Null if
// the text is not exactly one expression.
Expr* parseExpr(std::string_view text, Pos at, Arena& arena);

}  // namespace gm::syntax
