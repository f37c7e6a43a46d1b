// Arbitrary-precision signed integers for constant folding: sign + magnitude in 32-bit limbs,
// with room for 128 bits inline so that typical constants never touch the heap. Semantics follow
// Go's math/big: truncated division, arithmetic right shift and two's-complement bitwise ops.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gm::constant {

// A little-endian vector of limbs with a small inline buffer. New limbs are zero-initialized.
class Limbs {
 public:
  Limbs() = default;
  Limbs(const Limbs& o);
  Limbs(Limbs&& o) noexcept;
  Limbs& operator=(const Limbs& o);
  Limbs& operator=(Limbs&& o) noexcept;
  ~Limbs() { release(); }

  uint32_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  uint32_t* data() { return onHeap() ? heap_ : inline_; }
  const uint32_t* data() const { return onHeap() ? heap_ : inline_; }
  uint32_t& operator[](uint32_t i) { return data()[i]; }
  uint32_t operator[](uint32_t i) const { return data()[i]; }
  uint32_t back() const { return data()[size_ - 1]; }

  void resize(uint32_t n);
  void push_back(uint32_t v);
  void clear() { size_ = 0; }
  // Drops high zero limbs so that the top limb (if any) is nonzero.
  void trim();

 private:
  static constexpr uint32_t kInline = 4;
  bool onHeap() const { return cap_ > kInline; }
  void reserve(uint32_t n);
  void release();

  uint32_t size_ = 0;
  uint32_t cap_ = kInline;
  union {
    uint32_t* heap_;
    uint32_t inline_[kInline];
  };
};

class BigInt {
 public:
  BigInt() = default;
  explicit BigInt(int64_t v);
  static BigInt fromUint64(uint64_t v);
  // Parses digits in base 2..16 (either letter case); '_' is skipped, callers check its placement.
  // An optional leading '-' is accepted. Returns nullopt for other characters or no digits.
  static std::optional<BigInt> parse(std::string_view text, int base);

  bool isZero() const { return mag_.empty(); }
  bool isNeg() const { return neg_; }
  int sign() const { return neg_ ? -1 : (mag_.empty() ? 0 : 1); }
  bool isOdd() const { return !mag_.empty() && (mag_[0] & 1); }
  // Bits in the magnitude (0 for 0).
  uint64_t bitLen() const;
  // Bit i of the magnitude.
  bool bit(uint64_t i) const;
  // Number of zero bits below the lowest set bit of the magnitude (0 for 0).
  uint64_t trailingZeros() const;
  // Whether any of the low n bits of the magnitude is set.
  bool anyLowBits(uint64_t n) const;
  const Limbs& limbs() const { return mag_; }

  std::optional<int64_t> toInt64() const;
  std::optional<uint64_t> toUint64() const;
  // The low 64 bits of the magnitude.
  uint64_t lowMag64() const;

  BigInt operator-() const;
  BigInt abs() const;
  BigInt operator+(const BigInt& o) const;
  BigInt operator-(const BigInt& o) const;
  BigInt operator*(const BigInt& o) const;
  // Truncated division, as Go's / and % (and math/big's Quo/Rem). Returns false for o == 0.
  static bool divMod(const BigInt& a, const BigInt& b, BigInt* quo, BigInt* rem);
  BigInt shl(uint64_t n) const;
  BigInt shr(uint64_t n) const;  // arithmetic: rounds toward negative infinity
  BigInt operator&(const BigInt& o) const;
  BigInt operator|(const BigInt& o) const;
  BigInt operator^(const BigInt& o) const;
  BigInt andNot(const BigInt& o) const;
  BigInt operator~() const;               // -x-1
  static BigInt gcd(BigInt a, BigInt b);  // of the magnitudes; gcd(0, 0) = 0

  // In-place helpers for parsing and printing loops (magnitude only; the sign is kept).
  void mulAddSmall(uint32_t m, uint32_t a);
  uint32_t divSmall(uint32_t d);  // returns the remainder

  static int cmp(const BigInt& a, const BigInt& b);
  static int cmpAbs(const BigInt& a, const BigInt& b);
  friend bool operator==(const BigInt& a, const BigInt& b) { return cmp(a, b) == 0; }
  friend bool operator!=(const BigInt& a, const BigInt& b) { return cmp(a, b) != 0; }
  friend bool operator<(const BigInt& a, const BigInt& b) { return cmp(a, b) < 0; }
  friend bool operator<=(const BigInt& a, const BigInt& b) { return cmp(a, b) <= 0; }
  friend bool operator>(const BigInt& a, const BigInt& b) { return cmp(a, b) > 0; }
  friend bool operator>=(const BigInt& a, const BigInt& b) { return cmp(a, b) >= 0; }

  std::string toString(int base = 10) const;

 private:
  enum class BitOp { And, Or, Xor, AndNot };
  static BigInt bitwise(const BigInt& a, const BigInt& b, BitOp op);
  static BigInt addSigned(const BigInt& a, bool aNeg, const BigInt& b, bool bNeg);
  void normalize();  // trims the magnitude; zero is never negative

  Limbs mag_;
  bool neg_ = false;
};

}  // namespace gm::constant
