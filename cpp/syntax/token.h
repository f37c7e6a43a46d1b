// Go tokens and operators.
#pragma once

#include <cstdint>
#include <string_view>

namespace gm::syntax {

enum class Tok : uint8_t {
  EOF_,
  Name,      // identifier
  Literal,   // int, float, imaginary, rune or string literal
  Operator,  // binary/unary operator; see Token::op
  AssignOp,  // op=  (Token::op holds the operator)
  IncOp,     // ++ or -- (Token::op is Add or Sub)
  Assign,    // =
  Define,    // :=
  Arrow,     // <-
  Star,      // *  (also Operator Mul; the scanner reports Star so the parser can treat it as deref)
  LParen,
  LBrack,
  LBrace,
  RParen,
  RBrack,
  RBrace,
  Comma,
  Semi,
  Colon,
  Dot,
  DotDotDot,
  // keywords
  Break,
  Case,
  Chan,
  Const,
  Continue,
  Default,
  Defer,
  Else,
  Fallthrough,
  For,
  Func,
  Go,
  Goto,
  If,
  Import,
  Interface,
  Map,
  Package,
  Range,
  Return,
  Select,
  Struct,
  Switch,
  Type,
  Var,
};

enum class Op : uint8_t {
  None,
  // unary-only
  Not,    // !
  Recv,   // <-
  Tilde,  // ~ (type set term)
  // binary, by precedence
  OrOr,    // ||
  AndAnd,  // &&
  Eql,
  Neq,
  Lss,
  Leq,
  Gtr,
  Geq,
  Add,
  Sub,
  Or,
  Xor,
  Mul,
  Div,
  Rem,
  And,
  AndNot,
  Shl,
  Shr,
};

// Binary operator precedence as in the Go spec: 5 (*, /, …) down to 1 (||); 0 for non-binary.
int precedence(Op op);
std::string_view opText(Op op);
std::string_view tokText(Tok t);

enum class LitKind : uint8_t { Int, Float, Imag, Rune, String };

}  // namespace gm::syntax
