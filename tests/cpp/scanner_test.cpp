#include "syntax/scanner.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace gm::syntax {
namespace {

struct Scan {
  std::vector<std::string> tokens;
  std::vector<std::string> errors;  // "line:col: message"
};

std::string describe(const Token& t) {
  switch (t.tok) {
    case Tok::Name:
      return "name:" + std::string(t.lit);
    case Tok::Literal:
      return "lit:" + std::string(t.lit);
    case Tok::Semi:
      return ";" + std::string(t.lit);
    case Tok::Operator:
      return "op:" + std::string(opText(t.op));
    case Tok::AssignOp:
      return std::string(opText(t.op)) + "=";
    case Tok::IncOp:
      return std::string(opText(t.op)) + std::string(opText(t.op));
    default:
      return std::string(tokText(t.tok));
  }
}

std::string where(Pos p) {
  return std::to_string(p.line) + ":" + std::to_string(p.col);
}

Scan scan(std::string_view src) {
  Scan out;
  Scanner s(src, [&](Pos p, std::string msg) { out.errors.push_back(where(p) + ": " + msg); });
  for (int guard = 0; guard < 100000; ++guard) {
    s.next();
    if (s.token().tok == Tok::EOF_) break;
    out.tokens.push_back(describe(s.token()));
  }
  return out;
}

using Strings = std::vector<std::string>;

// The one literal token of src (a literal followed by EOF), with its errors.
struct Lit {
  std::string text;
  LitKind kind = LitKind::Int;
  bool bad = false;
  Strings errors;
};

Lit scanLit(std::string_view src) {
  Lit out;
  Scanner s(src, [&](Pos p, std::string msg) { out.errors.push_back(where(p) + ": " + msg); });
  s.next();
  EXPECT_EQ(s.token().tok, Tok::Literal) << src;
  out.text = std::string(s.token().lit);
  out.kind = s.token().kind;
  out.bad = s.token().bad;
  return out;
}

TEST(Scanner, Tokens) {
  EXPECT_EQ(
      scan("x := a.b(c, d...)[1:2] + *p").tokens,
      (Strings{"name:x", ":=", "name:a", ".", "name:b", "(", "name:c", ",", "name:d", "...",
               ")",      "[",  "lit:1",  ":", "lit:2",  "]", "op:+",   "*", "name:p", ";EOF"}));
  EXPECT_EQ(scan("a += 1; b <<= 2; c &^= 3; d++; e--").tokens,
            (Strings{"name:a", "+=", "lit:1", ";semicolon", "name:b", "<<=", "lit:2", ";semicolon",
                     "name:c", "&^=", "lit:3", ";semicolon", "name:d", "++", ";semicolon", "name:e",
                     "--", ";EOF"}));
  EXPECT_EQ(scan("<- ch ~ ! != == <= >= << >> && || & | ^ % / &^").tokens,
            (Strings{"<-", "name:ch", "op:~", "op:!", "op:!=", "op:==", "op:<=", "op:>=", "op:<<",
                     "op:>>", "op:&&", "op:||", "op:&", "op:|", "op:^", "op:%", "op:/", "op:&^"}));
  EXPECT_EQ(scan("a..b ...c .5").tokens,
            (Strings{"name:a", ".", ".", "name:b", "...", "name:c", "lit:.5", ";EOF"}));
}

TEST(Scanner, Keywords) {
  EXPECT_EQ(scan("break case chan const continue default defer else fallthrough for func go goto "
                 "if import interface map package range return select struct switch type var")
                .tokens,
            (Strings{"break",  "case",        "chan", "const",   "continue", "default", "defer",
                     "else",   "fallthrough", "for",  "func",    "go",       "goto",    "if",
                     "import", "interface",   "map",  "package", "range",    "return",  "select",
                     "struct", "switch",      "type", "var"}));
  EXPECT_EQ(scan("breaks iff _ _x x1").tokens,
            (Strings{"name:breaks", "name:iff", "name:_", "name:_x", "name:x1", ";EOF"}));
}

TEST(Scanner, OperatorPrecedence) {
  Scanner s("|| && == + * <<", [](Pos, std::string) {});
  std::vector<int> precs;
  for (s.next(); s.token().tok != Tok::EOF_; s.next()) precs.push_back(s.token().prec);
  EXPECT_EQ(precs, (std::vector<int>{1, 2, 3, 4, 5, 5}));
}

TEST(Scanner, SemicolonInsertion) {
  // After names, literals, break/continue/fallthrough/return, ++, --, ), ] and }.
  EXPECT_EQ(scan("x\n1\n'a'\n\"s\"\n`r`\nbreak\ncontinue\nfallthrough\nreturn\ni++\ni--\n)\n]\n}\n")
                .tokens,
            (Strings{"name:x",    ";newline", "lit:1",       ";newline", "lit:'a'", ";newline",
                     "lit:\"s\"", ";newline", "lit:`r`",     ";newline", "break",   ";newline",
                     "continue",  ";newline", "fallthrough", ";newline", "return",  ";newline",
                     "name:i",    "++",       ";newline",    "name:i",   "--",      ";newline",
                     ")",         ";newline", "]",           ";newline", "}",       ";newline"}));
  // Not after operators, commas, opening brackets or other keywords.
  EXPECT_EQ(scan("a +\nb,\nc(\n[\n{\nfunc\nif\n").tokens,
            (Strings{"name:a", "op:+", "name:b", ",", "name:c", "(", "[", "{", "func", "if"}));
  // At EOF, and before a line comment, and for a multi-line block comment.
  EXPECT_EQ(scan("x").tokens, (Strings{"name:x", ";EOF"}));
  EXPECT_EQ(scan("x // c\ny").tokens, (Strings{"name:x", ";newline", "name:y", ";EOF"}));
  EXPECT_EQ(scan("x /* a\nb */ y").tokens, (Strings{"name:x", ";newline", "name:y", ";EOF"}));
  EXPECT_EQ(scan("x /* a */ y").tokens, (Strings{"name:x", "name:y", ";EOF"}));
  EXPECT_EQ(scan("+ /* a\nb */ y").tokens, (Strings{"op:+", "name:y", ";EOF"}));
  EXPECT_EQ(scan("x\r\ny").tokens, (Strings{"name:x", ";newline", "name:y", ";EOF"}));
}

TEST(Scanner, Positions) {
  Scanner s("package p\n\tvar é, x = \"ü\", y", [](Pos, std::string) {});
  std::vector<std::string> got;
  for (s.next(); s.token().tok != Tok::EOF_; s.next()) got.push_back(where(s.token().pos));
  // Columns count bytes: é and ü take two.
  EXPECT_EQ(got, (Strings{"1:1", "1:9", "1:10", "2:2", "2:6", "2:8", "2:10", "2:12", "2:14", "2:18",
                          "2:20", "2:21"}));
}

// Go's scanner miscounts lines after ".." at the end of a line (its rewind sees the newline
// twice); this scanner keeps the positions right.
TEST(Scanner, DotDotAtEndOfLine) {
  Scanner s("a..\nb", [](Pos, std::string) {});
  std::vector<std::string> got;
  for (s.next(); s.token().tok != Tok::EOF_; s.next()) {
    got.push_back(describe(s.token()) + "@" + where(s.token().pos));
  }
  EXPECT_EQ(got, (Strings{"name:a@1:1", ".@1:2", ".@1:3", "name:b@2:1", ";EOF@2:2"}));
}

TEST(Scanner, IntegerLiterals) {
  for (const char* src : {"0", "42", "1_000_000", "0x1F", "0X_ab_CD", "0o17", "0O7_7", "017",
                          "0b1010", "0B_1_0", "0_7", "00"}) {
    Lit lit = scanLit(src);
    EXPECT_EQ(lit.text, src);
    EXPECT_EQ(lit.kind, LitKind::Int) << src;
    EXPECT_FALSE(lit.bad) << src;
    EXPECT_TRUE(lit.errors.empty()) << src << ": " << lit.errors[0];
  }
}

TEST(Scanner, FloatAndImaginaryLiterals) {
  for (const char* src : {"1.5", "1.", ".5", "1e10", "1E-3", "1.5e+3", "0.", "089.5", "1_0.2_5",
                          "0x1p-2", "0X1.8P3", "0x.8p1", "0x_1p0", "1_0e1_0"}) {
    Lit lit = scanLit(src);
    EXPECT_EQ(lit.text, src);
    EXPECT_EQ(lit.kind, LitKind::Float) << src;
    EXPECT_TRUE(lit.errors.empty()) << src << ": " << lit.errors[0];
  }
  for (const char* src : {"1i", "1.5i", "0x1p2i", "0o7i", "0b1i", "089i", "1e3i", ".5i"}) {
    Lit lit = scanLit(src);
    EXPECT_EQ(lit.kind, LitKind::Imag) << src;
    EXPECT_TRUE(lit.errors.empty()) << src << ": " << lit.errors[0];
  }
}

TEST(Scanner, RuneAndStringLiterals) {
  for (const char* src :
       {"'a'", "'é'", "'世'", "'\\n'", "'\\a'", "'\\b'", "'\\f'", "'\\r'", "'\\t'", "'\\v'",
        "'\\\\'", "'\\''", "'\\000'", "'\\377'", "'\\x7f'", "'\\u12e4'", "'\\U00101234'"}) {
    Lit lit = scanLit(src);
    EXPECT_EQ(lit.text, src);
    EXPECT_EQ(lit.kind, LitKind::Rune) << src;
    EXPECT_TRUE(lit.errors.empty()) << src << ": " << lit.errors[0];
  }
  for (const char* src : {"\"\"", "\"abc\"", "\"\\\"\"", "\"\\xff\\377\\u00e9\\U0001F600\"",
                          "\"日本語\"", "``", "`a\\nb`", "`line\nbreak`", "`\"`"}) {
    Lit lit = scanLit(src);
    EXPECT_EQ(lit.text, src);
    EXPECT_EQ(lit.kind, LitKind::String) << src;
    EXPECT_TRUE(lit.errors.empty()) << src << ": " << lit.errors[0];
  }
}

// Messages and positions as the Go 1.19 compiler reports them.
TEST(Scanner, LiteralErrors) {
  struct Case {
    const char* src;
    const char* error;
  };
  const Case cases[] = {
      {"0x", "1:3: hexadecimal literal has no digits"},
      {"0b", "1:3: binary literal has no digits"},
      {"0o", "1:3: octal literal has no digits"},
      {"0x.p1", "1:4: hexadecimal literal has no digits"},
      {"08", "1:2: invalid digit '8' in octal literal"},
      {"0o78", "1:4: invalid digit '8' in octal literal"},
      {"0b102", "1:5: invalid digit '2' in binary literal"},
      {"1__0", "1:3: '_' must separate successive digits"},
      {"1_", "1:2: '_' must separate successive digits"},
      {"0_x1", "1:2: '_' must separate successive digits"},
      {".5e_3", "1:4: '_' must separate successive digits"},
      {"1e", "1:3: exponent has no digits"},
      {"1e+", "1:4: exponent has no digits"},
      {"0x1p", "1:5: exponent has no digits"},
      {"0x1.0", "1:6: hexadecimal mantissa requires a 'p' exponent"},
      {"0b1.0", "1:4: invalid radix point in binary literal"},
      {"0o1.0", "1:4: invalid radix point in octal literal"},
      {"1p3", "1:2: 'p' exponent requires hexadecimal mantissa"},
      {"0b1e3", "1:4: 'e' exponent requires decimal mantissa"},
      {"0x1P", "1:5: exponent has no digits"},
      {"'ab'", "1:1: more than one character in rune literal"},
      {"''", "1:2: empty rune literal or unescaped '"},
      {"'a", "1:1: rune literal not terminated"},
      {"'", "1:1: rune literal not terminated"},
      {"'a\n'", "1:3: newline in rune literal"},
      {"'\\400'", "1:6: octal escape value 256 > 255"},
      {"'\\x4'", "1:5: invalid character '\\'' in hexadecimal escape"},
      {"'\\x4g'", "1:5: invalid character 'g' in hexadecimal escape"},
      {"'\\u12'", "1:6: invalid character '\\'' in hexadecimal escape"},
      {"'\\U00110000'", "1:12: escape is invalid Unicode code point U+110000"},
      {"'\\uD800'", "1:8: escape is invalid Unicode code point U+D800"},
      {"'\\q'", "1:3: unknown escape"},
      {"'\\\"'", "1:3: unknown escape"},
      {"\"\\'\"", "1:3: unknown escape"},
      {"\"\\8\"", "1:3: unknown escape"},
      {"\"\\0\"", "1:4: invalid character '\"' in octal escape"},
      {"\"abc", "1:1: string not terminated"},
      {"\"abc\n\"", "1:5: newline in string"},
      {"`abc", "1:1: string not terminated"},
      {"`a\nb", "1:1: string not terminated"},
  };
  for (const Case& c : cases) {
    Lit lit = scanLit(c.src);
    EXPECT_TRUE(lit.bad) << c.src;
    ASSERT_FALSE(lit.errors.empty()) << c.src;
    EXPECT_EQ(lit.errors[0], c.error) << c.src;
  }
}

TEST(Scanner, Comments) {
  EXPECT_EQ(scan("a // x\n/* y */ b /**/ c").tokens,
            (Strings{"name:a", ";newline", "name:b", "name:c", ";EOF"}));
  Scan s = scan("a /* never closed\n\n");
  EXPECT_EQ(s.errors, (Strings{"1:3: comment not terminated"}));
  EXPECT_EQ(s.tokens, (Strings{"name:a", ";newline"}));  // it spans lines: a newline
  EXPECT_EQ(scan("/* a */ /* b */").errors, Strings{});
}

TEST(Scanner, InvalidCharacters) {
  Scan s = scan("a @ b # \x01 $");
  EXPECT_EQ(s.errors,
            (Strings{"1:3: invalid character U+0040 '@'", "1:7: invalid character U+0023 '#'",
                     "1:9: invalid character U+0001", "1:11: invalid character U+0024 '$'"}));
  EXPECT_EQ(s.tokens, (Strings{"name:a", "name:b", ";EOF"}));
}

TEST(Scanner, UnicodeIdentifiers) {
  Scan ok = scan("héllo 世界 _π Ωmega x١");
  EXPECT_EQ(ok.errors, Strings{});
  EXPECT_EQ(ok.tokens,
            (Strings{"name:héllo", "name:世界", "name:_π", "name:Ωmega", "name:x١", ";EOF"}));

  Scan bad = scan("€abc a€b ١x \xc2\xa0");
  EXPECT_EQ(bad.errors, (Strings{"1:1: invalid character U+20AC '€' in identifier",
                                 "1:9: invalid character U+20AC '€' in identifier",
                                 "1:14: identifier cannot begin with digit U+0661 '١'",
                                 "1:18: invalid character U+00A0 in identifier"}));
  EXPECT_EQ(bad.tokens.size(), 5u);  // each bad identifier is still one name
}

TEST(Scanner, NulUtf8AndBom) {
  Scan nul = scan(std::string_view("a\0b", 3));
  EXPECT_EQ(nul.errors, (Strings{"1:2: invalid NUL character"}));
  // Like Go, the NUL is skipped but stays in the literal text.
  EXPECT_EQ(nul.tokens, (Strings{std::string("name:a\0b", 8), ";EOF"}));

  Scan utf8 = scan("\"a\xffz\" \xc3");
  EXPECT_EQ(utf8.errors, (Strings{"1:3: invalid UTF-8 encoding", "1:7: invalid UTF-8 encoding"}));

  Scan bom = scan("\xef\xbb\xbfpackage p");
  EXPECT_EQ(bom.errors, Strings{});
  EXPECT_EQ(bom.tokens, (Strings{"package", "name:p", ";EOF"}));

  Scan midBom = scan("a \xef\xbb\xbf b");
  EXPECT_EQ(midBom.errors, (Strings{"1:3: invalid BOM in the middle of the file"}));

  // Overlong encodings and surrogates are invalid too.
  EXPECT_EQ(scan("\xc0\x80").errors.size(), 2u);
  EXPECT_EQ(scan("\xed\xa0\x80").errors.size(), 3u);
}

TEST(Scanner, Directives) {
  const char* src =
      "//export add\n"
      "// export spaced\n"
      "//exportNoSpace x\n"
      "//go:export goexp\n"
      "//go:wasmexport wexp\r\n"
      "//go:noinline\n"
      "/*export block*/\n"
      "x\n";
  Scanner s(src, [](Pos, std::string) {});
  s.next();
  EXPECT_EQ(s.token().tok, Tok::Name);
  std::vector<Directive> d = s.takeDirectives();
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0].text, "export add");
  EXPECT_EQ(d[0].pos, (Pos{1, 3}));  // the text after "//", where Go places directives
  EXPECT_EQ(d[1].text, "go:export goexp");
  EXPECT_EQ(d[1].pos, (Pos{4, 3}));
  EXPECT_EQ(d[2].text, "go:wasmexport wexp");  // without the \r
  EXPECT_FALSE(s.hasDirectives());

  // A directive at EOF without a newline.
  Scanner e("x //export f", [](Pos, std::string) {});
  e.next();
  e.next();
  ASSERT_TRUE(e.hasDirectives());
  EXPECT_EQ(e.takeDirectives()[0].text, "export f");
}

TEST(Scanner, SkipToEnd) {
  Scanner s("a\nbb\nccc", [](Pos, std::string) {});
  s.next();
  s.skipToEnd();
  EXPECT_EQ(s.token().tok, Tok::EOF_);
  EXPECT_EQ(s.token().pos, (Pos{3, 4}));
  s.next();
  EXPECT_EQ(s.token().tok, Tok::EOF_);
}

TEST(Scanner, FormatHelpers) {
  EXPECT_EQ(formatCodePoint('@'), "U+0040 '@'");
  EXPECT_EQ(formatCodePoint(0), "U+0000");
  EXPECT_EQ(formatCodePoint(0x20AC), "U+20AC '€'");
  EXPECT_EQ(formatCodePoint(0x110000), "U+110000");
  EXPECT_EQ(quoteRune('g'), "'g'");
  EXPECT_EQ(quoteRune('\''), "'\\''");
  EXPECT_EQ(quoteRune('\n'), "'\\n'");
  EXPECT_EQ(quoteRune(0), "'\\x00'");
  EXPECT_EQ(quoteRune(0xA0), "'\\u00a0'");
  EXPECT_EQ(quoteRune(0xE9), "'é'");
}

TEST(Scanner, TerminatesOnArbitraryBytes) {
  std::string src;
  uint32_t x = 12345;
  for (int i = 0; i < 200000; ++i) {
    x = x * 1103515245 + 12345;
    src += static_cast<char>(x >> 24);
  }
  int errors = 0;
  Scanner s(src, [&](Pos, std::string) { ++errors; });
  size_t tokens = 0;
  for (s.next(); s.token().tok != Tok::EOF_ && tokens <= src.size() + 1; s.next()) ++tokens;
  EXPECT_EQ(s.token().tok, Tok::EOF_);
  EXPECT_GT(errors, 0);
}

}  // namespace
}  // namespace gm::syntax
