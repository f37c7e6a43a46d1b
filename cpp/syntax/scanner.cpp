#include "syntax/scanner.h"

#include <array>
#include <cstdio>

#include "syntax/unicode.h"

namespace gm::syntax {
namespace {

constexpr int32_t kEOF = -1;
constexpr uint32_t kMaxRune = 0x10FFFF;
constexpr uint32_t kBOM = 0xFEFF;

int32_t lower(int32_t ch) {
  return ('a' - 'A') | ch;
}  // lower-case ch iff ch is an ASCII letter
bool isLetter(int32_t ch) {
  return ('a' <= lower(ch) && lower(ch) <= 'z') || ch == '_';
}
bool isDecimal(int32_t ch) {
  return '0' <= ch && ch <= '9';
}
bool isHex(int32_t ch) {
  return isDecimal(ch) || ('a' <= lower(ch) && lower(ch) <= 'f');
}

const char* baseName(int base) {
  switch (base) {
    case 2:
      return "binary";
    case 8:
      return "octal";
    case 10:
      return "decimal";
    default:
      return "hexadecimal";
  }
}

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

// Index of the first misplaced '_' in the number literal x, or -1 (Go's invalidSep).
int invalidSep(std::string_view x) {
  int32_t x1 = ' ';  // prefix char, we only care if it's 'x'
  int32_t d = '.';   // digit, one of '_', '0' (a digit), or '.' (anything else)
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = lower(static_cast<unsigned char>(x[1]));
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); ++i) {
    int32_t p = d;
    d = static_cast<unsigned char>(x[i]);
    if (d == '_') {
      if (p != '0') return static_cast<int>(i);
    } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
      d = '0';
    } else {
      if (p == '_') return static_cast<int>(i) - 1;
      d = '.';
    }
  }
  if (d == '_') return static_cast<int>(x.size()) - 1;
  return -1;
}

}  // namespace

std::string formatCodePoint(uint32_t cp) {
  std::string s = "U+" + hex(cp, 4, true);
  if (cp <= kMaxRune && !(cp >= 0xD800 && cp < 0xE000) && isUnicodePrint(cp)) {
    s += " '";
    appendUtf8(s, cp);
    s += "'";
  }
  return s;
}

std::string quoteRune(uint32_t cp) {
  if (cp > kMaxRune || (cp >= 0xD800 && cp < 0xE000)) cp = 0xFFFD;
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

// Accepts { digit | '_' } and returns a bitset: bit 0 digits seen, bit 1 separators seen. For
// base <= 10 any decimal digit is accepted, but the index of the first digit >= base is recorded
// in *invalid (if it is still < 0).
int Scanner::digits(int base, int* invalid) {
  int digsep = 0;
  if (base <= 10) {
    const int32_t max = '0' + base;
    while (isDecimal(ch_) || ch_ == '_') {
      int ds = 1;
      if (ch_ == '_') {
        ds = 2;
      } else if (ch_ >= max && invalid && *invalid < 0) {
        *invalid = static_cast<int>(col_ + 1 - token_.pos.col);
      }
      digsep |= ds;
      nextch();
    }
  } else {
    while (isHex(ch_) || ch_ == '_') {
      digsep |= ch_ == '_' ? 2 : 1;
      nextch();
    }
  }
  return digsep;
}

void Scanner::number(bool seenPoint) {
  bool ok = true;
  LitKind kind = LitKind::Int;
  int base = 10;
  char prefix = 0;   // one of 0 (decimal), '0' (0-octal), 'x', 'o', or 'b'
  int digsep = 0;    // bit 0: digit present, bit 1: '_' present
  int invalid = -1;  // index of invalid digit in literal, or < 0

  if (!seenPoint) {
    if (ch_ == '0') {
      nextch();
      switch (lower(ch_)) {
        case 'x':
          nextch();
          base = 16, prefix = 'x';
          break;
        case 'o':
          nextch();
          base = 8, prefix = 'o';
          break;
        case 'b':
          nextch();
          base = 2, prefix = 'b';
          break;
        default:
          base = 8, prefix = '0';
          digsep = 1;  // leading 0
      }
    }
    digsep |= digits(base, &invalid);
    if (ch_ == '.') {
      if (prefix == 'o' || prefix == 'b') {
        error(std::string("invalid radix point in ") + baseName(base) + " literal");
        ok = false;
      }
      nextch();
      seenPoint = true;
    }
  }

  if (seenPoint) {
    kind = LitKind::Float;
    digsep |= digits(base, &invalid);
  }

  if ((digsep & 1) == 0 && ok) {
    error(std::string(baseName(base)) + " literal has no digits");
    ok = false;
  }

  if (const int32_t e = lower(ch_); e == 'e' || e == 'p') {
    if (ok) {
      if (e == 'e' && prefix != 0 && prefix != '0') {
        error(quoteRune(static_cast<uint32_t>(ch_)) + " exponent requires decimal mantissa");
        ok = false;
      } else if (e == 'p' && prefix != 'x') {
        error(quoteRune(static_cast<uint32_t>(ch_)) + " exponent requires hexadecimal mantissa");
        ok = false;
      }
    }
    nextch();
    kind = LitKind::Float;
    if (ch_ == '+' || ch_ == '-') nextch();
    digsep = digits(10, nullptr) | (digsep & 2);  // don't lose the separator bit
    if ((digsep & 1) == 0 && ok) {
      error("exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && kind == LitKind::Float && ok) {
    error("hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }

  if (ch_ == 'i') {
    kind = LitKind::Imag;
    nextch();
  }

  setLit(kind, ok);

  if (kind == LitKind::Int && invalid >= 0 && ok) {
    errorAt(invalid, "invalid digit " + quoteRune(static_cast<unsigned char>(token_.lit[invalid])) +
                         " in " + baseName(base) + " literal");
    ok = false;
  }
  if ((digsep & 2) != 0 && ok) {
    if (int i = invalidSep(token_.lit); i >= 0) {
      errorAt(i, "'_' must separate successive digits");
      ok = false;
    }
  }
  token_.bad = !ok;
}

void Scanner::rune() {
  bool ok = true;
  nextch();
  for (int n = 0;; ++n) {
    if (ch_ == '\'') {
      if (ok) {
        if (n == 0) {
          error("empty rune literal or unescaped '");
          ok = false;
        } else if (n != 1) {
          errorAt(0, "more than one character in rune literal");
          ok = false;
        }
      }
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!escape('\'')) ok = false;
      continue;
    }
    if (ch_ == '\n') {
      if (ok) {
        error("newline in rune literal");
        ok = false;
      }
      break;
    }
    if (ch_ < 0) {
      if (ok) {
        errorAt(0, "rune literal not terminated");
        ok = false;
      }
      break;
    }
    nextch();
  }
  setLit(LitKind::Rune, ok);
}

void Scanner::stdString() {
  bool ok = true;
  nextch();
  for (;;) {
    if (ch_ == '"') {
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!escape('"')) ok = false;
      continue;
    }
    if (ch_ == '\n') {
      error("newline in string");
      ok = false;
      break;
    }
    if (ch_ < 0) {
      errorAt(0, "string not terminated");
      ok = false;
      break;
    }
    nextch();
  }
  setLit(LitKind::String, ok);
}

void Scanner::rawString() {
  bool ok = true;
  nextch();
  for (;;) {
    if (ch_ == '`') {
      nextch();
      break;
    }
    if (ch_ < 0) {
      errorAt(0, "string not terminated");
      ok = false;
      break;
    }
    nextch();
  }
  setLit(LitKind::String, ok);
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
                         rest.starts_with("go:wasmexport ");
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

bool Scanner::escape(char32_t quote) {
  int n;
  uint32_t base, max;
  switch (ch_) {
    case 'a':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
    case 'v':
    case '\\':
      nextch();
      return true;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
      n = 3, base = 8, max = 255;
      break;
    case 'x':
      nextch();
      n = 2, base = 16, max = 255;
      break;
    case 'u':
      nextch();
      n = 4, base = 16, max = kMaxRune;
      break;
    case 'U':
      nextch();
      n = 8, base = 16, max = kMaxRune;
      break;
    default:
      if (ch_ == static_cast<int32_t>(quote)) {
        nextch();
        return true;
      }
      if (ch_ < 0) return true;  // the caller complains about EOF
      error("unknown escape");
      return false;
  }

  uint32_t x = 0;
  for (int i = n; i > 0; --i) {
    if (ch_ < 0) return true;  // the caller complains about EOF
    uint32_t d = base;
    if (isDecimal(ch_)) {
      d = static_cast<uint32_t>(ch_ - '0');
    } else if ('a' <= lower(ch_) && lower(ch_) <= 'f') {
      d = static_cast<uint32_t>(lower(ch_) - 'a' + 10);
    }
    if (d >= base) {
      error("invalid character " + quoteRune(static_cast<uint32_t>(ch_)) + " in " +
            baseName(static_cast<int>(base)) + " escape");
      return false;
    }
    x = x * base + d;
    nextch();
  }

  if (x > max && base == 8) {
    error("octal escape value " + std::to_string(x) + " > 255");
    return false;
  }
  if (x > max || (0xD800 <= x && x < 0xE000)) {
    error("escape is invalid Unicode code point " + formatCodePoint(x));
    return false;
  }
  return true;
}

}  // namespace gm::syntax
