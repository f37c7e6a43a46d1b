// Scanning of number, rune and string literals, with the Go compiler's error messages.
#include "syntax/scanner.h"

namespace gm::syntax {
namespace {

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

}  // namespace

// Index of the first misplaced '_' in the number literal x, or -1 (Go's invalidSep).
int Scanner::invalidSep(std::string_view x) {
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
