// Go scanner: UTF-8 source text to tokens, with automatic semicolon insertion. A port of the Go
// compiler's cmd/compile/internal/syntax scanner, including its error messages and positions.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "support/diagnostics.h"
#include "syntax/ast.h"
#include "syntax/token.h"

namespace gm::syntax {

struct Token {
  Tok tok = Tok::EOF_;
  Pos pos;               // position of the token's first byte
  std::string_view lit;  // Name and Literal: source text; Semi: "semicolon", "newline" or "EOF"
  bool bad = false;      // Literal: the scanner reported an error for it
  LitKind kind = LitKind::Int;  // Literal only
  Op op = Op::None;             // Operator, AssignOp, IncOp and Star
  int prec = 0;                 // Operator and Star: binary precedence (0 for unary-only operators)
};

class Scanner {
 public:
  using ErrorHandler = std::function<void(Pos, std::string)>;

  // src must outlive the scanner; token literals point into it. Nothing is read (and no error
  // reported) before the first call of next().
  Scanner(std::string_view src, ErrorHandler onError);

  // Advances to the next token.
  void next();
  const Token& token() const { return token_; }

  // Abandons the rest of the input: the current token becomes EOF (positioned at the end).
  void skipToEnd();

  // Directive comments (//export, //go:export, //go:wasmexport) seen since the last call.
  std::vector<Directive> takeDirectives();
  void clearDirectives() { directives_.clear(); }
  bool hasDirectives() const { return !directives_.empty(); }

 private:
  static constexpr int32_t kEOF = -1;
  static constexpr uint32_t kMaxRune = 0x10FFFF;

  static int32_t lower(int32_t ch) { return ('a' - 'A') | ch; }  // lower-case iff ASCII letter
  static bool isLetter(int32_t ch) { return ('a' <= lower(ch) && lower(ch) <= 'z') || ch == '_'; }
  static bool isDecimal(int32_t ch) { return '0' <= ch && ch <= '9'; }
  static bool isHex(int32_t ch) { return isDecimal(ch) || ('a' <= lower(ch) && lower(ch) <= 'f'); }

  // Source reading (Go's source.go).
  void nextch();
  Pos chPos() const { return {line_ + 1, col_ + 1}; }
  void error(std::string msg) { onError_(chPos(), std::move(msg)); }
  void errorAt(int offset, std::string msg);  // relative to the token start
  void start() { segStart_ = r_ - chw_; }
  std::string_view segment() const { return src_.substr(segStart_, r_ - chw_ - segStart_); }
  void rewind();

  void setLit(LitKind kind, bool ok);
  void ident();
  bool atIdentChar(bool first);
  // Literals (scanner_literals.cpp).
  int digits(int base, int* invalid);
  static int invalidSep(std::string_view x);
  void number(bool seenPoint);
  void rune();
  void stdString();
  void rawString();
  bool escape(char32_t quote);
  void skipLine();
  void lineComment();
  bool skipComment();

  std::string_view src_;
  ErrorHandler onError_;
  size_t r_ = 0;                 // index of the byte after ch_
  size_t segStart_ = 0;          // start of the active segment
  int32_t ch_ = ' ';             // current character, -1 at EOF
  uint32_t chw_ = 0;             // byte width of ch_
  uint32_t line_ = 0, col_ = 0;  // 0-based position of ch_
  bool nlsemi_ = false;          // a newline or EOF now means ';'
  Token token_;
  std::vector<Directive> directives_;
};

// Go's %#U: "U+0040 '@'", or just "U+0000" for unprintable code points.
std::string formatCodePoint(uint32_t cp);
// Go's %q for a rune: 'x', '\n', '\x00', '\u00a0'.
std::string quoteRune(uint32_t cp);

}  // namespace gm::syntax
