#include "syntax/directive.h"

namespace gm::syntax {

ExportDirective parseExportDirective(const std::string& text) {
  std::string rest = text;
  for (const std::string prefix : {"export ", "go:export ", "go:wasmexport "})
    if (rest.rfind(prefix, 0) == 0) {
      rest = rest.substr(prefix.size());
      break;
    }
  auto trim = [](std::string s) {
    size_t b = s.find_first_not_of(" \t");
    size_t e = s.find_last_not_of(" \t");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
  };
  rest = trim(rest);
  size_t space = rest.find_first_of(" \t");
  if (space == std::string::npos) return {rest, ""};
  return {rest.substr(0, space), trim(rest.substr(space))};
}

}  // namespace gm::syntax
