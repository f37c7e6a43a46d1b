#include "syntax/token.h"

namespace gm::syntax {

int precedence(Op op) {
  switch (op) {
    case Op::OrOr:
      return 1;
    case Op::AndAnd:
      return 2;
    case Op::Eql:
    case Op::Neq:
    case Op::Lss:
    case Op::Leq:
    case Op::Gtr:
    case Op::Geq:
      return 3;
    case Op::Add:
    case Op::Sub:
    case Op::Or:
    case Op::Xor:
      return 4;
    case Op::Mul:
    case Op::Div:
    case Op::Rem:
    case Op::And:
    case Op::AndNot:
    case Op::Shl:
    case Op::Shr:
      return 5;
    default:
      return 0;
  }
}

std::string_view opText(Op op) {
  switch (op) {
    case Op::None:
      return "";
    case Op::Not:
      return "!";
    case Op::Recv:
      return "<-";
    case Op::Tilde:
      return "~";
    case Op::OrOr:
      return "||";
    case Op::AndAnd:
      return "&&";
    case Op::Eql:
      return "==";
    case Op::Neq:
      return "!=";
    case Op::Lss:
      return "<";
    case Op::Leq:
      return "<=";
    case Op::Gtr:
      return ">";
    case Op::Geq:
      return ">=";
    case Op::Add:
      return "+";
    case Op::Sub:
      return "-";
    case Op::Or:
      return "|";
    case Op::Xor:
      return "^";
    case Op::Mul:
      return "*";
    case Op::Div:
      return "/";
    case Op::Rem:
      return "%";
    case Op::And:
      return "&";
    case Op::AndNot:
      return "&^";
    case Op::Shl:
      return "<<";
    case Op::Shr:
      return ">>";
  }
  return "?";
}

// The names Go's syntax package gives its tokens (token_string.go); keywords are their spelling.
std::string_view tokText(Tok t) {
  switch (t) {
    case Tok::EOF_:
      return "EOF";
    case Tok::Name:
      return "name";
    case Tok::Literal:
      return "literal";
    case Tok::Operator:
      return "op";
    case Tok::AssignOp:
      return "op=";
    case Tok::IncOp:
      return "opop";
    case Tok::Assign:
      return "=";
    case Tok::Define:
      return ":=";
    case Tok::Arrow:
      return "<-";
    case Tok::Star:
      return "*";
    case Tok::LParen:
      return "(";
    case Tok::LBrack:
      return "[";
    case Tok::LBrace:
      return "{";
    case Tok::RParen:
      return ")";
    case Tok::RBrack:
      return "]";
    case Tok::RBrace:
      return "}";
    case Tok::Comma:
      return ",";
    case Tok::Semi:
      return ";";
    case Tok::Colon:
      return ":";
    case Tok::Dot:
      return ".";
    case Tok::DotDotDot:
      return "...";
    case Tok::Break:
      return "break";
    case Tok::Case:
      return "case";
    case Tok::Chan:
      return "chan";
    case Tok::Const:
      return "const";
    case Tok::Continue:
      return "continue";
    case Tok::Default:
      return "default";
    case Tok::Defer:
      return "defer";
    case Tok::Else:
      return "else";
    case Tok::Fallthrough:
      return "fallthrough";
    case Tok::For:
      return "for";
    case Tok::Func:
      return "func";
    case Tok::Go:
      return "go";
    case Tok::Goto:
      return "goto";
    case Tok::If:
      return "if";
    case Tok::Import:
      return "import";
    case Tok::Interface:
      return "interface";
    case Tok::Map:
      return "map";
    case Tok::Package:
      return "package";
    case Tok::Range:
      return "range";
    case Tok::Return:
      return "return";
    case Tok::Select:
      return "select";
    case Tok::Struct:
      return "struct";
    case Tok::Switch:
      return "switch";
    case Tok::Type:
      return "type";
    case Tok::Var:
      return "var";
  }
  return "?";
}

}  // namespace gm::syntax
