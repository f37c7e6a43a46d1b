// Export directives: "//export Name [Target]" (also //go:export, //go:wasmexport), and import
// directives: "//go:wasmimport module name" on a function declared without a body.
#pragma once

#include <string>

#include "syntax/ast.h"

namespace gm::syntax {

struct ExportDirective {
  std::string name;    // the first word: the export's name (may be empty or malformed)
  std::string target;  // the rest, trimmed: a generic instance like Sum[int32], or empty
};

// Splits the text after "//" of a directive the scanner recorded (it records export directives
// only).
ExportDirective parseExportDirective(const std::string& text);

struct ImportDirective {
  std::string module, name;  // empty when malformed
};

bool isImportDirective(const std::string& text);
ImportDirective parseImportDirective(const std::string& text);

// The function's //go:wasmimport directive, or null.
const Directive* importDirective(const FuncDecl* fd);

}  // namespace gm::syntax
