// Exact constant values, as Go's go/constant: untyped constants keep arbitrary precision until
// they meet a type. Integers are big integers; non-integer numbers are exact rationals while their
// numerator and denominator stay reasonably small, else a 512-bit-mantissa float (like Go).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace gm::constant {

enum class Kind : uint8_t { Unknown, Bool, String, Int, Float };

class Value {
 public:
  Value();  // Unknown
  static Value makeBool(bool b);
  static Value makeString(std::string s);
  static Value makeInt64(int64_t v);
  static Value makeUint64(uint64_t v);
  static Value makeFloat64(double v);  // Unknown for NaN/Inf
  // Parses a Go literal's source text ("0x1p-2", "1_000", "'\\n'", "`raw`", "\"a\\tb\"").
  // Returns Unknown (and sets *error to Go's message if given) for a malformed literal.
  // litKind: 0 int, 1 float, 2 imaginary (unsupported: Unknown), 3 rune, 4 string.
  static Value fromLiteral(std::string_view text, int litKind, std::string* error = nullptr);

  Kind kind() const;
  bool isUnknown() const { return kind() == Kind::Unknown; }

  bool boolVal() const;
  const std::string& stringVal() const;
  // For Int (and Float values that are integral): fits checks.
  std::optional<int64_t> int64Val() const;
  std::optional<uint64_t> uint64Val() const;
  // Nearest double / float (round to nearest even); `exact` tells whether it was exact.
  double float64Val(bool* exact = nullptr) const;
  float float32Val(bool* exact = nullptr) const;
  // Int kind, or Float kind with an integral value: the same value as Int. Else nullopt.
  std::optional<Value> toInt() const;
  Value toFloat() const;  // Int → Float with the same value
  // Number of bits needed for the magnitude of an Int value (0 for 0).
  int bitLen() const;
  int sign() const;  // -1, 0, 1 for numbers

  // Go's %v-like text: ints in decimal, floats shortest-ish like go/constant's String
  // (e.g. "1e+100", "0.1", "3.14159"), strings quoted, bools true/false.
  std::string toString() const;

 private:
  struct Rep;
  std::shared_ptr<const Rep> rep_;
  explicit Value(std::shared_ptr<const Rep> rep);
  friend Value unaryOp(char op, const Value& x, int precBits);
  friend Value binaryOp(const Value& x, char op, const Value& y, bool integerDivision);
  friend Value shift(const Value& x, bool left, uint64_t s);
  friend bool compare(const Value& x, char op, const Value& y);
  friend struct ValueAccess;  // constant.cpp's internal constructors and accessors
};

// op: '+', '-', '^' (bitwise complement within precBits bits if precBits > 0, else -x-1), '!'.
Value unaryOp(char op, const Value& x, int precBits = 0);
// op: '+', '-', '*', '/', '%', '&', '|', '^', 'a' (&^), '&&' as 'A', '||' as 'O'.
// Division by zero returns Unknown (the checker reports it first). integerDivision selects
// truncated integer division for '/' on Int operands (Go's QUO_ASSIGN on integer types).
Value binaryOp(const Value& x, char op, const Value& y, bool integerDivision);
Value shift(const Value& x, bool left, uint64_t s);
// op: '=', '!' (!=), '<', 'l' (<=), '>', 'g' (>=).
bool compare(const Value& x, char op, const Value& y);

}  // namespace gm::constant
