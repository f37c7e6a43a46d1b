// Export directives: "//export Name [Target]" (also //go:export, //go:wasmexport).
#pragma once

#include <string>

namespace gm::syntax {

struct ExportDirective {
  std::string name;    // the first word: the export's name (may be empty or malformed)
  std::string target;  // the rest, trimmed: a generic instance like Sum[int32], or empty
};

// Splits the text after "//" of a directive the scanner recorded (it records export directives
// only).
ExportDirective parseExportDirective(const std::string& text);

}  // namespace gm::syntax
