// Go scanner core: source reading, tokens, identifiers, operators and comments.
#include "syntax/scanner.h"

#include <array>
#include <cstdio>

#include "syntax/unicode.h"

namespace gm::syntax {
namespace {

constexpr uint32_t kBOM = 0xFEFF;
constexpr uint32_t kMaxCodePoint = 0x10FFFF;

// Decodes one UTF-8 sequence like Go's utf8.DecodeRune: invalid or truncated input yields
// width 1 and ok == false.
struct Decoded {
  uint32_t cp;
  uint32_t width;
  bool ok;
};

Decoded decodeRune(std::string_view s, size_t i) {
  auto byte = [&](size_t k) { return static_cast<uint8_t>(s[k]); };
  const size_t n = s.size() - i;
  const uint8_t b0 = byte(i);
  if (b0 < 0x80) return {b0, 1, true};
  uint8_t lo = 0x80, hi = 0xBF;
  uint32_t need;
  uint32_t cp;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1, cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2, cp = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3, cp = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return {0xFFFD, 1, false};
  }
  if (n < need + 1) return {0xFFFD, 1, false};
  for (uint32_t k = 1; k <= need; ++k) {
    uint8_t b = byte(i + k);
    if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) return {0xFFFD, 1, false};
    cp = (cp << 6) | (b & 0x3F);
  }
  return {cp, need + 1, true};
}

void appendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string hex(uint32_t v, int width, bool upper) {
  char buf[16];
  std::snprintf(buf, sizeof buf, upper ? "%0*X" : "%0*x", width, v);
  return buf;
}

struct Keyword {
  std::string_view text;
  Tok tok;
};

constexpr std::array<Keyword, 25> kKeywords = {{
    {"break", Tok::Break},
    {"case", Tok::Case},
    {"chan", Tok::Chan},
    {"const", Tok::Const},
    {"continue", Tok::Continue},
    {"default", Tok::Default},
    {"defer", Tok::Defer},
    {"else", Tok::Else},
    {"fallthrough", Tok::Fallthrough},
    {"for", Tok::For},
    {"func", Tok::Func},
    {"go", Tok::Go},
    {"goto", Tok::Goto},
    {"if", Tok::If},
    {"import", Tok::Import},
    {"interface", Tok::Interface},
    {"map", Tok::Map},
    {"package", Tok::Package},
    {"range", Tok::Range},
    {"return", Tok::Return},
    {"select", Tok::Select},
    {"struct", Tok::Struct},
    {"switch", Tok::Switch},
    {"type", Tok::Type},
    {"var", Tok::Var},
}};

bool lookupKeyword(std::string_view s, Tok* tok) {
  if (s.size() < 2 || s.size() > 11 || s[0] < 'b' || s[0] > 'v') return false;
  for (const Keyword& k : kKeywords) {
    if (k.text == s) {
      *tok = k.tok;
      return true;
    }
  }
  return false;
}

}  // namespace

std::string formatCodePoint(uint32_t cp) {
  std::string s = "U+" + hex(cp, 4, true);
  if (cp <= kMaxCodePoint && !(cp >= 0xD800 && cp < 0xE000) && isUnicodePrint(cp)) {
    s += " '";
    appendUtf8(s, cp);
    s += "'";
  }
  return s;
}

std::string quoteRune(uint32_t cp) {
  if (cp > kMaxCodePoint || (cp >= 0xD800 && cp < 0xE000)) cp = 0xFFFD;
  std::string s = "'";
  switch (cp) {
    case '\a':
      s += "\\a";
      break;
    case '\b':
      s += "\\b";
      break;
    case '\f':
      s += "\\f";
      break;
    case '\n':
      s += "\\n";
      break;
    case '\r':
      s += "\\r";
      break;
    case '\t':
      s += "\\t";
      break;
    case '\v':
      s += "\\v";
      break;
    case '\\':
      s += "\\\\";
      break;
    case '\'':
      s += "\\'";
      break;
    default:
      if (isUnicodePrint(cp)) {
        appendUtf8(s, cp);
      } else if (cp < ' ' || cp == 0x7F) {
        s += "\\x" + hex(cp, 2, false);
      } else if (cp < 0x10000) {
        s += "\\u" + hex(cp, 4, false);
      } else {
        s += "\\U" + hex(cp, 8, false);
      }
  }
  return s + "'";
}

Scanner::Scanner(std::string_view src, ErrorHandler onError)
    : src_(src), onError_(std::move(onError)) {}

std::vector<Directive> Scanner::takeDirectives() {
  std::vector<Directive> d;
  d.swap(directives_);
  return d;
}

void Scanner::errorAt(int offset, std::string msg) {
  onError_({token_.pos.line, token_.pos.col + static_cast<uint32_t>(offset)}, std::move(msg));
}

void Scanner::nextch() {
  for (;;) {
    col_ += chw_;
    if (ch_ == '\n') {
      ++line_;
      col_ = 0;
    }
    if (r_ >= src_.size()) {
      ch_ = kEOF;
      chw_ = 0;
      return;
    }
    const uint8_t b = static_cast<uint8_t>(src_[r_]);
    if (b < 0x80) {
      ch_ = b;
      chw_ = 1;
      ++r_;
      if (b == 0) {
        error("invalid NUL character");
        continue;
      }
      return;
    }
    Decoded d = decodeRune(src_, r_);
    ch_ = static_cast<int32_t>(d.cp);
    chw_ = d.width;
    r_ += d.width;
    if (!d.ok) {
      error("invalid UTF-8 encoding");
      continue;
    }
    if (d.cp == kBOM) {
      // A BOM is only allowed as the very first character of the file.
      if (line_ > 0 || col_ > 0) error("invalid BOM in the middle of the file");
      continue;
    }
    return;
  }
}

// Go's source.rewind resets ch to the segment start; unlike Go, we never let the character being
// rewound over count as a newline, which in Go skews every later line number after "..\n".
void Scanner::rewind() {
  col_ -= static_cast<uint32_t>(r_ - chw_ - segStart_);
  r_ = segStart_;
  ch_ = ' ';
  chw_ = 0;
  nextch();
}

void Scanner::skipToEnd() {
  // Count the lines and columns of the abandoned rest so that the EOF position stays right.
  if (ch_ >= 0) {
    for (size_t i = r_ - chw_; i < src_.size(); ++i) {
      if (src_[i] == '\n') {
        ++line_;
        col_ = 0;
      } else {
        ++col_;
      }
    }
  }
  r_ = src_.size();
  ch_ = kEOF;
  chw_ = 0;
  nlsemi_ = false;
  token_ = Token{};
  token_.pos = chPos();
}

void Scanner::setLit(LitKind kind, bool ok) {
  nlsemi_ = true;
  token_.tok = Tok::Literal;
  token_.lit = segment();
  token_.bad = !ok;
  token_.kind = kind;
}

void Scanner::next() {
  const bool nlsemi = nlsemi_;
  nlsemi_ = false;
  Token& t = token_;
  t.bad = false;

redo:
  while (ch_ == ' ' || ch_ == '\t' || (ch_ == '\n' && !nlsemi) || ch_ == '\r') nextch();

  t.pos = chPos();
  t.lit = {};
  start();
  if (isLetter(ch_) || (ch_ >= 0x80 && atIdentChar(true))) {
    nextch();
    ident();
    return;
  }

  auto assignOp = [&](Op op, int prec) {
    t.op = op;
    t.prec = prec;
    if (ch_ == '=') {
      nextch();
      t.tok = Tok::AssignOp;
      return;
    }
    t.tok = Tok::Operator;
  };
  auto simple = [&](Tok tok) {
    nextch();
    t.tok = tok;
  };

  switch (ch_) {
    case kEOF:
      if (nlsemi) {
        t.lit = "EOF";
        t.tok = Tok::Semi;
        break;
      }
      t.tok = Tok::EOF_;
      break;
    case '\n':
      nextch();
      t.lit = "newline";
      t.tok = Tok::Semi;
      break;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
      number(false);
      break;
    case '"':
      stdString();
      break;
    case '`':
      rawString();
      break;
    case '\'':
      rune();
      break;
    case '(':
      simple(Tok::LParen);
      break;
    case '[':
      simple(Tok::LBrack);
      break;
    case '{':
      simple(Tok::LBrace);
      break;
    case ',':
      simple(Tok::Comma);
      break;
    case ';':
      simple(Tok::Semi);
      t.lit = "semicolon";
      break;
    case ')':
      simple(Tok::RParen);
      nlsemi_ = true;
      break;
    case ']':
      simple(Tok::RBrack);
      nlsemi_ = true;
      break;
    case '}':
      simple(Tok::RBrace);
      nlsemi_ = true;
      break;
    case ':':
      nextch();
      if (ch_ == '=') {
        simple(Tok::Define);
        break;
      }
      t.tok = Tok::Colon;
      break;
    case '.':
      nextch();
      if (isDecimal(ch_)) {
        number(true);
        break;
      }
      if (ch_ == '.') {
        nextch();
        if (ch_ == '.') {
          simple(Tok::DotDotDot);
          break;
        }
        rewind();  // now ch_ holds the first '.'
        nextch();  // consume it again
      }
      t.tok = Tok::Dot;
      break;
    case '+':
    case '-': {
      const int32_t c = ch_;
      nextch();
      t.op = c == '+' ? Op::Add : Op::Sub;
      t.prec = 4;
      if (ch_ != c) {
        assignOp(t.op, 4);
        break;
      }
      nextch();
      nlsemi_ = true;
      t.tok = Tok::IncOp;
      break;
    }
    case '*':
      nextch();
      t.op = Op::Mul;
      t.prec = 5;
      if (ch_ == '=') {
        simple(Tok::AssignOp);
        break;
      }
      t.tok = Tok::Star;
      break;
    case '/':
      nextch();
      if (ch_ == '/') {
        nextch();
        lineComment();
        goto redo;
      }
      if (ch_ == '*') {
        nextch();
        const uint32_t startLine = t.pos.line;
        skipComment();
        if (chPos().line > startLine && nlsemi) {
          // A multi-line comment acts like a newline.
          t.lit = "newline";
          t.tok = Tok::Semi;
          break;
        }
        goto redo;
      }
      assignOp(Op::Div, 5);
      break;
    case '%':
      nextch();
      assignOp(Op::Rem, 5);
      break;
    case '&':
      nextch();
      if (ch_ == '&') {
        nextch();
        t.op = Op::AndAnd;
        t.prec = 2;
        t.tok = Tok::Operator;
        break;
      }
      if (ch_ == '^') {
        nextch();
        assignOp(Op::AndNot, 5);
        break;
      }
      assignOp(Op::And, 5);
      break;
    case '|':
      nextch();
      if (ch_ == '|') {
        nextch();
        t.op = Op::OrOr;
        t.prec = 1;
        t.tok = Tok::Operator;
        break;
      }
      assignOp(Op::Or, 4);
      break;
    case '^':
      nextch();
      assignOp(Op::Xor, 4);
      break;
    case '<':
      nextch();
      if (ch_ == '=') {
        nextch();
        t.op = Op::Leq;
        t.prec = 3;
        t.tok = Tok::Operator;
        break;
      }
      if (ch_ == '<') {
        nextch();
        assignOp(Op::Shl, 5);
        break;
      }
      if (ch_ == '-') {
        simple(Tok::Arrow);
        break;
      }
      t.op = Op::Lss;
      t.prec = 3;
      t.tok = Tok::Operator;
      break;
    case '>':
      nextch();
      if (ch_ == '=') {
        nextch();
        t.op = Op::Geq;
        t.prec = 3;
        t.tok = Tok::Operator;
        break;
      }
      if (ch_ == '>') {
        nextch();
        assignOp(Op::Shr, 5);
        break;
      }
      t.op = Op::Gtr;
      t.prec = 3;
      t.tok = Tok::Operator;
      break;
    case '=':
      nextch();
      if (ch_ == '=') {
        nextch();
        t.op = Op::Eql;
        t.prec = 3;
        t.tok = Tok::Operator;
        break;
      }
      t.tok = Tok::Assign;
      break;
    case '!':
      nextch();
      if (ch_ == '=') {
        nextch();
        t.op = Op::Neq;
        t.prec = 3;
        t.tok = Tok::Operator;
        break;
      }
      t.op = Op::Not;
      t.prec = 0;
      t.tok = Tok::Operator;
      break;
    case '~':
      nextch();
      t.op = Op::Tilde;
      t.prec = 0;
      t.tok = Tok::Operator;
      break;
    default:
      error("invalid character " + formatCodePoint(static_cast<uint32_t>(ch_)));
      nextch();
      goto redo;
  }
}

void Scanner::ident() {
  while (isLetter(ch_) || isDecimal(ch_)) nextch();
  if (ch_ >= 0x80) {
    while (atIdentChar(false)) nextch();
  }
  std::string_view lit = segment();
  Tok kw;
  if (lookupKeyword(lit, &kw)) {
    nlsemi_ =
        kw == Tok::Break || kw == Tok::Continue || kw == Tok::Fallthrough || kw == Tok::Return;
    token_.tok = kw;
    return;
  }
  nlsemi_ = true;
  token_.lit = lit;
  token_.tok = Tok::Name;
}

bool Scanner::atIdentChar(bool first) {
  if (ch_ < 0) return false;
  const uint32_t c = static_cast<uint32_t>(ch_);
  if (isUnicodeLetter(c) || c == '_') return true;
  if (isUnicodeDigit(c)) {
    if (first) error("identifier cannot begin with digit " + formatCodePoint(c));
    return true;
  }
  if (c >= 0x80) {
    error("invalid character " + formatCodePoint(c) + " in identifier");
    return true;
  }
  return false;
}

void Scanner::skipLine() {
  // Leaves the '\n' for the semicolon logic.
  while (ch_ >= 0 && ch_ != '\n') nextch();
}

// The opening "//" has been consumed. Records directive comments; skips all others.
void Scanner::lineComment() {
  const size_t textStart = r_ - chw_;
  std::string_view rest = src_.substr(textStart);
  const bool directive = rest.starts_with("export ") || rest.starts_with("go:export ") ||
                         rest.starts_with("go:wasmexport ") || rest.starts_with("go:wasmimport ");
  const Pos textPos = chPos();
  skipLine();
  if (!directive) return;
  std::string_view text = src_.substr(textStart, r_ - chw_ - textStart);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  directives_.push_back({textPos, std::string(text)});
}

bool Scanner::skipComment() {
  while (ch_ >= 0) {
    while (ch_ == '*') {
      nextch();
      if (ch_ == '/') {
        nextch();
        return true;
      }
    }
    nextch();
  }
  errorAt(0, "comment not terminated");
  return false;
}

}  // namespace gm::syntax
