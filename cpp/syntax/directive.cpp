#include "syntax/directive.h"

namespace gm::syntax {

namespace {
std::string trim(std::string s) {
  size_t b = s.find_first_not_of(" \t");
  size_t e = s.find_last_not_of(" \t");
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}
constexpr std::string_view kImportPrefix = "go:wasmimport ";
}  // namespace

bool isImportDirective(const std::string& text) {
  return text.starts_with(kImportPrefix);
}

ImportDirective parseImportDirective(const std::string& text) {
  std::string rest = trim(text.substr(kImportPrefix.size()));
  size_t space = rest.find_first_of(" \t");
  if (space == std::string::npos) return {};
  std::string module = rest.substr(0, space), name = trim(rest.substr(space));
  if (name.find_first_of(" \t") != std::string::npos) return {};
  return {module, name};
}

const Directive* importDirective(const FuncDecl* fd) {
  if (fd)
    for (const Directive& d : fd->directives)
      if (isImportDirective(d.text)) return &d;
  return nullptr;
}

ExportDirective parseExportDirective(const std::string& text) {
  std::string rest = text;
  for (const std::string prefix : {"export ", "go:export ", "go:wasmexport "})
    if (rest.rfind(prefix, 0) == 0) {
      rest = rest.substr(prefix.size());
      break;
    }
  rest = trim(rest);
  size_t space = rest.find_first_of(" \t");
  if (space == std::string::npos) return {rest, ""};
  return {rest.substr(0, space), trim(rest.substr(space))};
}

}  // namespace gm::syntax
