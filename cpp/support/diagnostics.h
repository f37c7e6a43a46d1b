// Source positions and diagnostics: errors travel between phases as values, never exceptions.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gm {

// A position in one source file: 1-based line and byte column, as Go reports them. Line 0 =
// unknown.
struct Pos {
  uint32_t line = 0;
  uint32_t col = 0;
  bool valid() const { return line != 0; }
  friend bool operator==(const Pos&, const Pos&) = default;
};

struct Diagnostic {
  std::string file;
  Pos pos;
  std::string message;
  // "file:line:col: message", the form go vet and the Go compiler print.
  std::string format() const;
};

// Collects diagnostics for one compile. Phases report and keep going; the driver decides whether
// to continue to the next phase. A cap keeps hostile input from producing megabytes of errors.
class Diagnostics {
 public:
  explicit Diagnostics(std::string file, size_t limit = 100)
      : file_(std::move(file)), limit_(limit) {}

  void error(Pos pos, std::string message);
  bool hasErrors() const { return count_ > 0; }
  size_t count() const { return count_; }
  bool full() const { return list_.size() >= limit_; }
  const std::vector<Diagnostic>& list() const { return list_; }
  const std::string& file() const { return file_; }
  // Sorts by position and drops exact duplicates (several phases may spot the same mistake).
  void finish();

 private:
  std::string file_;
  size_t limit_;
  size_t count_ = 0;
  std::vector<Diagnostic> list_;
};

}  // namespace gm
