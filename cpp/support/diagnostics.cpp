#include "support/diagnostics.h"

#include <algorithm>
#include <tuple>

namespace gm {

std::string Diagnostic::format() const {
  std::string s = file;
  if (pos.valid()) s += ":" + std::to_string(pos.line) + ":" + std::to_string(pos.col);
  return s + ": " + message;
}

void Diagnostics::error(Pos pos, std::string message) {
  ++count_;
  if (list_.size() < limit_) list_.push_back({file_, pos, std::move(message)});
}

void Diagnostics::finish() {
  // Stable by position only, as Go orders its errors; exact duplicates are dropped.
  auto pos = [](const Diagnostic& d) { return std::tie(d.pos.line, d.pos.col); };
  auto key = [](const Diagnostic& d) { return std::tie(d.pos.line, d.pos.col, d.message); };
  std::stable_sort(list_.begin(), list_.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return pos(a) < pos(b); });
  list_.erase(
      std::unique(list_.begin(), list_.end(),
                  [&](const Diagnostic& a, const Diagnostic& b) { return key(a) == key(b); }),
      list_.end());
}

}  // namespace gm
