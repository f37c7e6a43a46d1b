// Exact constant arithmetic after Go's go/constant. Representations, from cheapest to most
// general (an operation converts both operands to the more general one, like go/constant's match):
//   int64_t   Int values that fit
//   BigInt    other Int values
//   Rat       Float values as exact fractions, while numerator and denominator stay below
//             kMaxExp (4096) bits, as go/constant's ratVal
//   BigFloat  other Float values: a 512-bit mantissa rounded to nearest even and an int64
//             exponent, as go/constant's floatVal (a big.Float of precision 512). Once a value
//             is a BigFloat it stays one. Exponents beyond int32 (about 1e±646456992) overflow
//             to Unknown or underflow to 0 like big.Float's; the checker rejects far smaller
//             values anyway.
#include "types/constant.h"

#include <bit>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <numeric>
#include <utility>
#include <variant>

#include "syntax/unicode.h"
#include "types/bigint.h"

namespace gm::constant {

namespace {

constexpr int kPrec = 512;         // BigFloat mantissa bits
constexpr int kWorkPrec = 576;     // guard precision for decimal exponent scaling
constexpr int64_t kMaxExp = 4096;  // go/constant's maxExp: fraction component size limit
constexpr int64_t kFloatExpLimit = INT32_MAX;  // big.Float's MaxExp

struct Rat {
  BigInt num;  // sign carrier
  BigInt den;  // > 0, coprime with num
};

// ±mant·2^exp; mant is odd unless the value is zero (then exp is 0 and neg false).
struct BigFloat {
  bool neg = false;
  BigInt mant;
  int64_t exp = 0;
  bool isZero() const { return mant.isZero(); }
  int sign() const { return isZero() ? 0 : (neg ? -1 : 1); }
  // Go's MantExp exponent: value = m·2^top() with 0.5 <= |m| < 1.
  int64_t top() const { return exp + static_cast<int64_t>(mant.bitLen()); }
};

// ---- rationals ----

Rat makeRat(BigInt num, BigInt den) {
  if (den.isNeg()) {
    num = -num;
    den = -den;
  }
  if (num.isZero()) return Rat{BigInt(), BigInt(1)};
  auto n = num.abs().toUint64(), d = den.toUint64();
  if (n && d) {
    uint64_t g = std::gcd(*n, *d);
    if (g == 1) return Rat{std::move(num), std::move(den)};
    BigInt q1 = BigInt::fromUint64(*n / g), q2 = BigInt::fromUint64(*d / g);
    return Rat{num.isNeg() ? -q1 : q1, q2};
  }
  BigInt g = BigInt::gcd(num, den);
  if (g != BigInt(1)) {
    BigInt::divMod(num, g, &num, nullptr);
    BigInt::divMod(den, g, &den, nullptr);
  }
  return Rat{std::move(num), std::move(den)};
}

Rat ratAdd(const Rat& a, const Rat& b, bool subtract) {
  if (a.den == b.den) return makeRat(subtract ? a.num - b.num : a.num + b.num, a.den);
  BigInt x = a.num * b.den, y = b.num * a.den;
  return makeRat(subtract ? x - y : x + y, a.den * b.den);
}

int ratCmp(const Rat& a, const Rat& b) {
  return BigInt::cmp(a.num * b.den, b.num * a.den);
}

// ---- big floats ----

// Rounds ±m·2^e (m a magnitude; `sticky` = a nonzero amount below m's last bit, which then must
// have at least prec+2 bits) to prec bits, nearest even.
BigFloat roundFloat(bool neg, BigInt m, int64_t e, bool sticky, int prec = kPrec) {
  BigFloat r;
  if (m.isZero()) return r;
  uint64_t n = m.bitLen();
  if (n > static_cast<uint64_t>(prec)) {
    uint64_t d = n - prec;
    bool half = m.bit(d - 1);
    bool below = sticky || m.anyLowBits(d - 1);
    m = m.shr(d);
    e += static_cast<int64_t>(d);
    if (half && (below || m.isOdd())) m = m + BigInt(1);
  }
  if (uint64_t tz = m.trailingZeros()) {
    m = m.shr(tz);
    e += static_cast<int64_t>(tz);
  }
  r.neg = neg;
  r.mant = std::move(m);
  r.exp = e;
  return r;
}

BigFloat floatFromInt(const BigInt& x) {
  return roundFloat(x.isNeg(), x.abs(), 0, false);
}

// num/den with a quotient of at least prec+2 bits and the remainder as sticky bit.
BigFloat floatFromRat(const Rat& x, int prec = kPrec) {
  if (x.num.isZero()) return BigFloat();
  BigInt a = x.num.abs(), q, r;
  int64_t s = prec + 3 + static_cast<int64_t>(x.den.bitLen()) - static_cast<int64_t>(a.bitLen());
  if (s >= 0) {
    BigInt::divMod(a.shl(s), x.den, &q, &r);
  } else {
    BigInt::divMod(a, x.den.shl(-s), &q, &r);
  }
  return roundFloat(x.num.isNeg(), std::move(q), -s, !r.isZero(), prec);
}

BigFloat floatFromDouble(double d) {
  if (d == 0) return BigFloat();
  int e;
  double f = std::frexp(std::fabs(d), &e);
  auto m = static_cast<uint64_t>(std::ldexp(f, 53));
  return roundFloat(d < 0, BigInt::fromUint64(m), e - 53, false);
}

BigFloat floatAdd(const BigFloat& a, const BigFloat& b, bool subtract, int prec = kPrec) {
  bool bneg = b.neg != subtract;
  if (b.isZero()) return a;
  if (a.isZero() || b.top() - a.top() > prec + 2) {
    BigFloat r = b;
    r.neg = bneg;
    return r;
  }
  if (a.top() - b.top() > prec + 2) return a;  // b is below a quarter ulp of a
  int64_t e = std::min(a.exp, b.exp);
  BigInt x = a.mant.shl(a.exp - e), y = b.mant.shl(b.exp - e);
  if (a.neg) x = -x;
  if (bneg) y = -y;
  BigInt s = x + y;
  return roundFloat(s.isNeg(), s.abs(), e, false, prec);
}

BigFloat floatMul(const BigFloat& a, const BigFloat& b, int prec = kPrec) {
  if (a.isZero() || b.isZero()) return BigFloat();
  return roundFloat(a.neg != b.neg, a.mant * b.mant, a.exp + b.exp, false, prec);
}

// b must be nonzero.
BigFloat floatQuo(const BigFloat& a, const BigFloat& b, int prec = kPrec) {
  if (a.isZero()) return BigFloat();
  int64_t s = std::max<int64_t>(
      0, prec + 3 + static_cast<int64_t>(b.mant.bitLen()) - static_cast<int64_t>(a.mant.bitLen()));
  BigInt q, r;
  BigInt::divMod(a.mant.shl(s), b.mant, &q, &r);
  return roundFloat(a.neg != b.neg, std::move(q), a.exp - b.exp - s, !r.isZero(), prec);
}

int floatCmp(const BigFloat& a, const BigFloat& b) {
  int sa = a.sign(), sb = b.sign();
  if (sa != sb) return sa < sb ? -1 : 1;
  if (sa == 0) return 0;
  int c;
  if (a.top() != b.top()) {
    c = a.top() < b.top() ? -1 : 1;
  } else {
    int64_t e = std::min(a.exp, b.exp);
    c = BigInt::cmpAbs(a.mant.shl(a.exp - e), b.mant.shl(b.exp - e));
  }
  return sa < 0 ? -c : c;
}

BigFloat pow5(uint64_t k, int prec) {
  BigFloat result = roundFloat(false, BigInt(1), 0, false, prec);
  BigFloat base = roundFloat(false, BigInt(5), 0, false, prec);
  while (k) {
    if (k & 1) result = floatMul(result, base, prec);
    k >>= 1;
    if (k) base = floatMul(base, base, prec);
  }
  return result;
}

// ---- rounding to IEEE binary formats ----

struct IeeeFormat {
  int mant;      // significand bits, including the implicit one
  int64_t emin;  // smallest normal exponent, value = 0.1m·2^e
  int64_t emax;
};
constexpr IeeeFormat kFloat64{53, -1021, 1024};
constexpr IeeeFormat kFloat32{24, -125, 128};

// Nearest (ties to even) value of ±m·2^e (+ a bit below m's last bit if sticky, which then
// requires m to have at least mant+2 bits), with gradual underflow; ±Inf on overflow.
double roundIeee(bool neg, const BigInt& m, int64_t e, bool sticky, const IeeeFormat& f,
                 bool* exact) {
  *exact = !sticky;
  if (m.isZero()) return neg ? -0.0 : 0.0;
  const int64_t n = static_cast<int64_t>(m.bitLen());
  const int64_t top = n + e;
  const int64_t keep = top >= f.emin ? f.mant : f.mant - (f.emin - top);
  const int64_t drop = n - keep;
  uint64_t q = 0;
  if (drop <= 0) {
    q = m.lowMag64();
  } else {
    bool half = drop <= n && m.bit(drop - 1);
    bool below = sticky || m.anyLowBits(drop - 1);
    if (drop < n) q = m.shr(drop).lowMag64();
    if (half || below) *exact = false;
    if (half && (below || (q & 1))) ++q;
    e += drop;
  }
  if (q == 0) return neg ? -0.0 : 0.0;
  if (static_cast<int64_t>(64 - std::countl_zero(q)) + e > f.emax) {
    *exact = false;
    return neg ? -HUGE_VAL : HUGE_VAL;
  }
  double r = std::ldexp(static_cast<double>(q), static_cast<int>(e));
  return neg ? -r : r;
}

double ratToIeee(const Rat& x, const IeeeFormat& f, bool* exact) {
  if (x.num.isZero()) {
    *exact = true;
    return 0;
  }
  BigInt a = x.num.abs(), q, r;
  int64_t s = f.mant + 13 + static_cast<int64_t>(x.den.bitLen()) - static_cast<int64_t>(a.bitLen());
  if (s >= 0) {
    BigInt::divMod(a.shl(s), x.den, &q, &r);
  } else {
    BigInt::divMod(a, x.den.shl(-s), &q, &r);
  }
  return roundIeee(x.num.isNeg(), q, -s, !r.isZero(), f, exact);
}

}  // namespace

// ---- representation ----

using Data = std::variant<bool, std::string, int64_t, BigInt, Rat, BigFloat>;
enum : size_t { kBool, kString, kInt64, kBig, kRat, kFloat };

struct Value::Rep {
  explicit Rep(Data d) : v(std::move(d)) {}
  Data v;
};

struct ValueAccess {
  static const Data* data(const Value& x) { return x.rep_ ? &x.rep_->v : nullptr; }
  static Value make(Data d) { return Value(std::make_shared<const Value::Rep>(std::move(d))); }
};

namespace {

const Data* dataOf(const Value& x) {
  return ValueAccess::data(x);
}

Value intValue(int64_t v) {
  // Small constants are everywhere (0, 1, 8, 255, ...); share their representations.
  constexpr int64_t kLo = -64, kHi = 256;
  if (v >= kLo && v < kHi) {
    static const auto* cache = [] {
      auto* c = new Value[kHi - kLo];
      for (int64_t i = kLo; i < kHi; ++i) {
        c[i - kLo] = ValueAccess::make(Data(std::in_place_index<kInt64>, i));
      }
      return c;
    }();
    return cache[v - kLo];
  }
  return ValueAccess::make(Data(std::in_place_index<kInt64>, v));
}

Value intValue(BigInt v) {
  if (auto s = v.toInt64()) return intValue(*s);
  return ValueAccess::make(Data(std::in_place_index<kBig>, std::move(v)));
}

// A zero or finite BigFloat; exponents outside big.Float's range overflow or underflow.
Value floatValue(BigFloat f) {
  if (f.isZero() || f.top() < -kFloatExpLimit) {
    return ValueAccess::make(Data(std::in_place_index<kFloat>, BigFloat()));
  }
  if (f.top() > kFloatExpLimit) return Value();
  return ValueAccess::make(Data(std::in_place_index<kFloat>, std::move(f)));
}

Value ratValue(Rat r) {
  if (static_cast<int64_t>(r.num.bitLen()) < kMaxExp &&
      static_cast<int64_t>(r.den.bitLen()) < kMaxExp) {
    return ValueAccess::make(Data(std::in_place_index<kRat>, std::move(r)));
  }
  return floatValue(floatFromRat(r));
}

bool smallFloat(const BigFloat& f) {
  return -kMaxExp < f.top() && f.top() < kMaxExp;
}

BigInt asBig(const Data& d) {
  if (d.index() == kInt64) return BigInt(std::get<kInt64>(d));
  return std::get<kBig>(d);
}

Rat asRat(const Data& d) {
  if (d.index() == kRat) return std::get<kRat>(d);
  return Rat{asBig(d), BigInt(1)};
}

BigFloat asFloat(const Data& d) {
  switch (d.index()) {
    case kInt64:
      return floatFromInt(BigInt(std::get<kInt64>(d)));
    case kBig:
      return floatFromInt(std::get<kBig>(d));
    case kRat:
      return floatFromRat(std::get<kRat>(d));
    default:
      return std::get<kFloat>(d);
  }
}

bool isNumeric(const Data& d) {
  return d.index() >= kInt64;
}

// Integral value of a BigFloat if it has one, allowing for a few bits of rounding error in
// earlier computations (go/constant's ToInt).
std::optional<BigInt> floatToInt(const BigFloat& f) {
  if (f.isZero()) return BigInt();
  if (!smallFloat(f)) return std::nullopt;
  auto integral = [&f](BigInt m, int64_t e) -> std::optional<BigInt> {
    if (e < 0) {
      if (m.trailingZeros() < static_cast<uint64_t>(-e)) return std::nullopt;
      m = m.shr(-e);
    } else {
      m = m.shl(e);
    }
    return f.neg ? -m : m;
  };
  if (f.exp >= 0) return integral(f.mant, f.exp);
  constexpr uint64_t kFuzzPrec = kPrec - 4;
  uint64_t n = f.mant.bitLen();
  if (n <= kFuzzPrec) return std::nullopt;
  uint64_t d = n - kFuzzPrec;
  BigInt t = f.mant.shr(d);
  int64_t e = f.exp + static_cast<int64_t>(d);
  if (auto r = integral(t, e)) return r;  // rounded toward zero
  return integral(t + BigInt(1), e);      // rounded away from zero (dropped bits are nonzero)
}

std::optional<BigInt> toBigInt(const Data* d) {
  if (!d) return std::nullopt;
  switch (d->index()) {
    case kInt64:
    case kBig:
      return asBig(*d);
    case kRat: {
      const Rat& r = std::get<kRat>(*d);
      if (r.den == BigInt(1)) return r.num;
      return std::nullopt;
    }
    case kFloat:
      return floatToInt(std::get<kFloat>(*d));
    default:
      return std::nullopt;
  }
}

}  // namespace

// ---- factories and accessors ----

Value::Value() = default;
Value::Value(std::shared_ptr<const Rep> rep) : rep_(std::move(rep)) {}

Value Value::makeBool(bool b) {
  static const Value kTrue = ValueAccess::make(Data(std::in_place_index<kBool>, true));
  static const Value kFalse = ValueAccess::make(Data(std::in_place_index<kBool>, false));
  return b ? kTrue : kFalse;
}

Value Value::makeString(std::string s) {
  return ValueAccess::make(Data(std::in_place_index<kString>, std::move(s)));
}

Value Value::makeInt64(int64_t v) {
  return intValue(v);
}

Value Value::makeUint64(uint64_t v) {
  if (v <= uint64_t{INT64_MAX}) return intValue(static_cast<int64_t>(v));
  return intValue(BigInt::fromUint64(v));
}

Value Value::makeFloat64(double v) {
  if (std::isnan(v) || std::isinf(v)) return Value();
  if (v == 0) return ratValue(Rat{BigInt(), BigInt(1)});  // -0 becomes 0
  BigFloat f = floatFromDouble(v);
  BigInt m = f.neg ? -f.mant : f.mant;
  if (f.exp >= 0) return ratValue(Rat{m.shl(f.exp), BigInt(1)});
  return ratValue(Rat{std::move(m), BigInt(1).shl(-f.exp)});  // mant is odd: already reduced
}

Kind Value::kind() const {
  const Data* d = dataOf(*this);
  if (!d) return Kind::Unknown;
  switch (d->index()) {
    case kBool:
      return Kind::Bool;
    case kString:
      return Kind::String;
    case kInt64:
    case kBig:
      return Kind::Int;
    default:
      return Kind::Float;
  }
}

bool Value::boolVal() const {
  const Data* d = dataOf(*this);
  return d && d->index() == kBool && std::get<kBool>(*d);
}

const std::string& Value::stringVal() const {
  static const std::string kEmpty;
  const Data* d = dataOf(*this);
  return d && d->index() == kString ? std::get<kString>(*d) : kEmpty;
}

std::optional<int64_t> Value::int64Val() const {
  const Data* d = dataOf(*this);
  if (d && d->index() == kInt64) return std::get<kInt64>(*d);
  if (auto b = toBigInt(d)) return b->toInt64();
  return std::nullopt;
}

std::optional<uint64_t> Value::uint64Val() const {
  const Data* d = dataOf(*this);
  if (d && d->index() == kInt64) {
    int64_t v = std::get<kInt64>(*d);
    if (v < 0) return std::nullopt;
    return static_cast<uint64_t>(v);
  }
  if (auto b = toBigInt(d)) return b->toUint64();
  return std::nullopt;
}

namespace {

double toIeee(const Data* d, const IeeeFormat& f, bool* exact) {
  if (!d || !isNumeric(*d)) {
    *exact = false;
    return 0;
  }
  switch (d->index()) {
    case kInt64: {
      int64_t v = std::get<kInt64>(*d);
      uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
      if (m < (uint64_t{1} << f.mant)) {
        *exact = true;
        return static_cast<double>(v);
      }
      return roundIeee(v < 0, BigInt::fromUint64(m), 0, false, f, exact);
    }
    case kBig: {
      const BigInt& b = std::get<kBig>(*d);
      return roundIeee(b.isNeg(), b.abs(), 0, false, f, exact);
    }
    case kRat:
      return ratToIeee(std::get<kRat>(*d), f, exact);
    default: {
      const BigFloat& x = std::get<kFloat>(*d);
      return roundIeee(x.neg, x.mant, x.exp, false, f, exact);
    }
  }
}

}  // namespace

double Value::float64Val(bool* exact) const {
  bool e;
  double r = toIeee(dataOf(*this), kFloat64, &e);
  if (exact) *exact = e;
  return r;
}

float Value::float32Val(bool* exact) const {
  bool e;
  double r = toIeee(dataOf(*this), kFloat32, &e);  // exactly a float (or ±Inf) by construction
  if (exact) *exact = e;
  return static_cast<float>(r);
}

std::optional<Value> Value::toInt() const {
  const Data* d = dataOf(*this);
  if (!d) return std::nullopt;
  if (d->index() == kInt64 || d->index() == kBig) return *this;
  if (auto b = toBigInt(d)) return intValue(std::move(*b));
  return std::nullopt;
}

Value Value::toFloat() const {
  const Data* d = dataOf(*this);
  if (!d || !isNumeric(*d)) return Value();
  switch (d->index()) {
    case kInt64:
      return ratValue(asRat(*d));
    case kBig: {
      const BigInt& b = std::get<kBig>(*d);
      if (static_cast<int64_t>(b.bitLen()) < kMaxExp) return ratValue(asRat(*d));
      return floatValue(floatFromInt(b));
    }
    default:
      return *this;
  }
}

int Value::bitLen() const {
  const Data* d = dataOf(*this);
  if (!d) return 0;
  if (d->index() == kInt64) {
    int64_t v = std::get<kInt64>(*d);
    uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    return 64 - std::countl_zero(m);
  }
  if (d->index() == kBig) return static_cast<int>(std::get<kBig>(*d).bitLen());
  return 0;
}

int Value::sign() const {
  const Data* d = dataOf(*this);
  if (!d) return 1;  // as go/constant: avoids spurious division-by-zero errors
  switch (d->index()) {
    case kInt64: {
      int64_t v = std::get<kInt64>(*d);
      return v < 0 ? -1 : (v > 0 ? 1 : 0);
    }
    case kBig:
      return std::get<kBig>(*d).sign();
    case kRat:
      return std::get<kRat>(*d).num.sign();
    case kFloat:
      return std::get<kFloat>(*d).sign();
    default:
      return 0;
  }
}

// ---- operations ----

namespace {

Value intBinary(int64_t a, char op, int64_t b, bool integerDivision);

Value bigBinary(const BigInt& a, char op, const BigInt& b, bool integerDivision) {
  switch (op) {
    case '+':
      return intValue(a + b);
    case '-':
      return intValue(a - b);
    case '*':
      return intValue(a * b);
    case '/': {
      if (b.isZero()) return Value();
      if (!integerDivision) return ratValue(makeRat(a, b));
      BigInt q;
      BigInt::divMod(a, b, &q, nullptr);
      return intValue(std::move(q));
    }
    case '%': {
      BigInt r;
      if (!BigInt::divMod(a, b, nullptr, &r)) return Value();
      return intValue(std::move(r));
    }
    case '&':
      return intValue(a & b);
    case '|':
      return intValue(a | b);
    case '^':
      return intValue(a ^ b);
    case 'a':
      return intValue(a.andNot(b));
    default:
      return Value();
  }
}

Value intBinary(int64_t a, char op, int64_t b, bool integerDivision) {
  int64_t c;
  switch (op) {
    case '+':
      if (__builtin_add_overflow(a, b, &c)) return bigBinary(BigInt(a), op, BigInt(b), false);
      break;
    case '-':
      if (__builtin_sub_overflow(a, b, &c)) return bigBinary(BigInt(a), op, BigInt(b), false);
      break;
    case '*':
      if (__builtin_mul_overflow(a, b, &c)) return bigBinary(BigInt(a), op, BigInt(b), false);
      break;
    case '/':
      if (b == 0) return Value();
      if (!integerDivision) return ratValue(makeRat(BigInt(a), BigInt(b)));
      if (b == -1) return bigBinary(BigInt(0), '-', BigInt(a), false);  // INT64_MIN / -1
      c = a / b;
      break;
    case '%':
      if (b == 0) return Value();
      c = b == -1 ? 0 : a % b;
      break;
    case '&':
      c = a & b;
      break;
    case '|':
      c = a | b;
      break;
    case '^':
      c = a ^ b;
      break;
    case 'a':
      c = a & ~b;
      break;
    default:
      return Value();
  }
  return intValue(c);
}

Value ratBinary(const Rat& a, char op, const Rat& b) {
  switch (op) {
    case '+':
      return ratValue(ratAdd(a, b, false));
    case '-':
      return ratValue(ratAdd(a, b, true));
    case '*':
      return ratValue(makeRat(a.num * b.num, a.den * b.den));
    case '/':
      if (b.num.isZero()) return Value();
      return ratValue(makeRat(a.num * b.den, a.den * b.num));
    default:
      return Value();
  }
}

Value floatBinary(const BigFloat& a, char op, const BigFloat& b) {
  switch (op) {
    case '+':
      return floatValue(floatAdd(a, b, false));
    case '-':
      return floatValue(floatAdd(a, b, true));
    case '*':
      return floatValue(floatMul(a, b));
    case '/':
      if (b.isZero()) return Value();
      return floatValue(floatQuo(a, b));
    default:
      return Value();
  }
}

// Three-way comparison of two numeric representations at their common level.
int numCmp(const Data& x, const Data& y) {
  switch (std::max(x.index(), y.index())) {
    case kInt64: {
      int64_t a = std::get<kInt64>(x), b = std::get<kInt64>(y);
      return a < b ? -1 : (a > b ? 1 : 0);
    }
    case kBig:
      return BigInt::cmp(asBig(x), asBig(y));
    case kRat:
      return ratCmp(asRat(x), asRat(y));
    default:
      return floatCmp(asFloat(x), asFloat(y));
  }
}

bool cmpResult(int c, char op) {
  switch (op) {
    case '=':
      return c == 0;
    case '!':
      return c != 0;
    case '<':
      return c < 0;
    case 'l':
      return c <= 0;
    case '>':
      return c > 0;
    case 'g':
      return c >= 0;
    default:
      return false;
  }
}

// Left shifts beyond this many result bits give Unknown instead of exhausting memory; the checker
// limits shift counts far below it (Go allows at most 1074 for untyped constants).
constexpr uint64_t kMaxShiftBits = uint64_t{1} << 24;

}  // namespace

Value unaryOp(char op, const Value& x, int precBits) {
  const Data* d = dataOf(x);
  if (!d) return x;
  switch (op) {
    case '+':
      return isNumeric(*d) ? x : Value();
    case '-':
      switch (d->index()) {
        case kInt64: {
          int64_t v = std::get<kInt64>(*d);
          if (v == INT64_MIN) return intValue(-BigInt(v));
          return intValue(-v);
        }
        case kBig:
          return intValue(-std::get<kBig>(*d));
        case kRat: {
          const Rat& r = std::get<kRat>(*d);
          return ValueAccess::make(Data(std::in_place_index<kRat>, Rat{-r.num, r.den}));
        }
        case kFloat: {
          BigFloat f = std::get<kFloat>(*d);
          if (!f.isZero()) f.neg = !f.neg;
          return floatValue(std::move(f));
        }
        default:
          return Value();
      }
    case '^': {
      if (d->index() == kInt64) {
        int64_t v = std::get<kInt64>(*d);
        if (precBits <= 0) return intValue(~v);
        if (precBits < 64) return intValue(~v & ((int64_t{1} << precBits) - 1));
        if (precBits == 64) return Value::makeUint64(~static_cast<uint64_t>(v));
      } else if (d->index() != kBig) {
        return Value();
      }
      BigInt z = ~asBig(*d);
      if (precBits > 0) z = z.andNot(BigInt(-1).shl(precBits));
      return intValue(std::move(z));
    }
    case '!':
      if (d->index() == kBool) return Value::makeBool(!std::get<kBool>(*d));
      return Value();
    default:
      return Value();
  }
}

Value binaryOp(const Value& x, char op, const Value& y, bool integerDivision) {
  const Data* a = dataOf(x);
  const Data* b = dataOf(y);
  if (!a || !b) return Value();
  if (a->index() == kBool && b->index() == kBool) {
    bool p = std::get<kBool>(*a), q = std::get<kBool>(*b);
    if (op == 'A') return Value::makeBool(p && q);
    if (op == 'O') return Value::makeBool(p || q);
    return Value();
  }
  if (a->index() == kString && b->index() == kString) {
    if (op != '+') return Value();
    const std::string& s = std::get<kString>(*a);
    const std::string& t = std::get<kString>(*b);
    if (t.empty()) return x;
    if (s.empty()) return y;
    std::string r;
    r.reserve(s.size() + t.size());
    r.append(s).append(t);
    return Value::makeString(std::move(r));
  }
  if (!isNumeric(*a) || !isNumeric(*b)) return Value();
  switch (std::max(a->index(), b->index())) {
    case kInt64:
      return intBinary(std::get<kInt64>(*a), op, std::get<kInt64>(*b), integerDivision);
    case kBig:
      return bigBinary(asBig(*a), op, asBig(*b), integerDivision);
    case kRat:
      return ratBinary(asRat(*a), op, asRat(*b));
    default:
      return floatBinary(asFloat(*a), op, asFloat(*b));
  }
}

Value shift(const Value& x, bool left, uint64_t s) {
  const Data* d = dataOf(x);
  if (!d) return x;
  if (d->index() != kInt64 && d->index() != kBig) return Value();
  if (s == 0 || x.sign() == 0) return x;
  if (d->index() == kInt64) {
    int64_t v = std::get<kInt64>(*d);
    if (!left) return intValue(s >= 64 ? (v < 0 ? -1 : 0) : v >> s);
    if (s < 63) {
      int64_t lim = INT64_MAX >> s;
      if (v <= lim && v >= -lim) return intValue(v * (int64_t{1} << s));
    }
  }
  BigInt b = asBig(*d);
  if (!left) return intValue(b.shr(s));
  if (s > kMaxShiftBits) return Value();
  return intValue(b.shl(s));
}

bool compare(const Value& x, char op, const Value& y) {
  const Data* a = dataOf(x);
  const Data* b = dataOf(y);
  if (!a || !b) return false;
  if (a->index() == kBool && b->index() == kBool) {
    bool p = std::get<kBool>(*a), q = std::get<kBool>(*b);
    if (op == '=') return p == q;
    if (op == '!') return p != q;
    return false;
  }
  if (a->index() == kString && b->index() == kString) {
    int c = std::get<kString>(*a).compare(std::get<kString>(*b));
    return cmpResult(c, op);
  }
  if (!isNumeric(*a) || !isNumeric(*b)) return false;
  return cmpResult(numCmp(*a, *b), op);
}

// ---- literals ----

namespace {

const char* baseName(int base) {
  switch (base) {
    case 2:
      return "binary";
    case 8:
      return "octal";
    case 16:
      return "hexadecimal";
    default:
      return "decimal";
  }
}

char lower(char c) {
  return static_cast<char>(c | 0x20);
}
bool isDecimal(int c) {
  return c >= '0' && c <= '9';
}
bool isHex(int c) {
  return isDecimal(c) || (lower(static_cast<char>(c)) >= 'a' && lower(static_cast<char>(c)) <= 'f');
}

// UTF-8 decoding as Go's utf8.DecodeRune: invalid input decodes as U+FFFD of width 1.
uint32_t decodeRune(std::string_view s, size_t i, size_t* width) {
  auto b = [&](size_t k) -> uint32_t { return static_cast<unsigned char>(s[k]); };
  uint32_t c0 = b(i);
  *width = 1;
  if (c0 < 0x80) return c0;
  auto cont = [&](size_t k, uint32_t lo = 0x80, uint32_t hi = 0xbf) {
    return k < s.size() && b(k) >= lo && b(k) <= hi;
  };
  if (c0 >= 0xc2 && c0 <= 0xdf && cont(i + 1)) {
    *width = 2;
    return (c0 & 0x1f) << 6 | (b(i + 1) & 0x3f);
  }
  if (c0 >= 0xe0 && c0 <= 0xef) {
    uint32_t lo = c0 == 0xe0 ? 0xa0 : 0x80, hi = c0 == 0xed ? 0x9f : 0xbf;
    if (cont(i + 1, lo, hi) && cont(i + 2)) {
      *width = 3;
      return (c0 & 0x0f) << 12 | (b(i + 1) & 0x3f) << 6 | (b(i + 2) & 0x3f);
    }
  }
  if (c0 >= 0xf0 && c0 <= 0xf4) {
    uint32_t lo = c0 == 0xf0 ? 0x90 : 0x80, hi = c0 == 0xf4 ? 0x8f : 0xbf;
    if (cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3)) {
      *width = 4;
      return (c0 & 0x07) << 18 | (b(i + 1) & 0x3f) << 12 | (b(i + 2) & 0x3f) << 6 |
             (b(i + 3) & 0x3f);
    }
  }
  return 0xfffd;
}

void encodeRune(uint32_t r, std::string* out) {
  if (r > 0x10ffff || (r >= 0xd800 && r < 0xe000)) r = 0xfffd;
  if (r < 0x80) {
    out->push_back(static_cast<char>(r));
  } else if (r < 0x800) {
    out->push_back(static_cast<char>(0xc0 | r >> 6));
    out->push_back(static_cast<char>(0x80 | (r & 0x3f)));
  } else if (r < 0x10000) {
    out->push_back(static_cast<char>(0xe0 | r >> 12));
    out->push_back(static_cast<char>(0x80 | ((r >> 6) & 0x3f)));
    out->push_back(static_cast<char>(0x80 | (r & 0x3f)));
  } else {
    out->push_back(static_cast<char>(0xf0 | r >> 18));
    out->push_back(static_cast<char>(0x80 | ((r >> 12) & 0x3f)));
    out->push_back(static_cast<char>(0x80 | ((r >> 6) & 0x3f)));
    out->push_back(static_cast<char>(0x80 | (r & 0x3f)));
  }
}

bool isPrint(uint32_t r) {
  return syntax::isUnicodePrint(r);
}  // strconv.IsPrint

void appendHex(std::string* out, uint32_t v, int digits) {
  static constexpr char kHex[] = "0123456789abcdef";
  for (int i = digits - 1; i >= 0; --i) out->push_back(kHex[(v >> (4 * i)) & 0xf]);
}

// Single-letter escapes: each control character followed by its letter.
constexpr std::string_view kEscapes = "\aa\bb\ff\nn\rr\tt\vv";

// strconv's appendEscapedRune (Quote mode: non-ASCII printable runes kept as is).
void appendEscapedRune(std::string* out, uint32_t r, char quote) {
  if (r == static_cast<uint32_t>(quote) || r == '\\') {
    out->push_back('\\');
    out->push_back(static_cast<char>(r));
    return;
  }
  if (isPrint(r)) {
    encodeRune(r, out);
    return;
  }
  for (size_t k = 0; k < kEscapes.size(); k += 2) {
    if (r == static_cast<uint32_t>(kEscapes[k])) {
      out->push_back('\\');
      out->push_back(kEscapes[k + 1]);
      return;
    }
  }
  if (r < ' ' || r == 0x7f) {
    *out += "\\x";
    appendHex(out, r, 2);
  } else if (r > 0x10ffff || r < 0x10000) {
    *out += "\\u";
    appendHex(out, r > 0x10ffff ? 0xfffd : r, 4);
  } else {
    *out += "\\U";
    appendHex(out, r, 8);
  }
}

// strconv.Quote.
std::string goQuote(std::string_view s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    size_t w;
    uint32_t r = decodeRune(s, i, &w);
    if (w == 1 && r == 0xfffd) {
      out += "\\x";
      appendHex(&out, static_cast<unsigned char>(s[i]), 2);
    } else {
      appendEscapedRune(&out, r, '"');
    }
    i += w;
  }
  out += '"';
  return out;
}

// fmt's %q of a rune.
std::string quoteRune(uint32_t r) {
  std::string out = "'";
  appendEscapedRune(&out, r, '\'');
  return out + "'";
}

// fmt's %#U.
std::string formatU(uint32_t r) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", r);
  std::string out = buf;
  if (isPrint(r) && r <= 0x10ffff) {
    out += " '";
    encodeRune(r, &out);
    out += "'";
  }
  return out;
}

void setError(std::string* error, std::string msg) {
  if (error) *error = std::move(msg);
}

// Scans a numeric literal like cmd/compile's scanner and reports its errors. Returns the literal
// kind (0 int, 1 float, 2 imaginary) or -1.
int scanNumber(std::string_view s, int* baseOut, char* prefixOut, std::string* error) {
  size_t i = 0;
  auto ch = [&]() -> int { return i < s.size() ? static_cast<unsigned char>(s[i]) : -1; };
  int kind = 0, base = 10, digsep = 0;
  char prefix = 0;
  int64_t invalid = -1;
  auto digits = [&](int b, bool track) {
    int ds = 0;
    if (b <= 10) {
      int max = '0' + b;
      while (isDecimal(ch()) || ch() == '_') {
        int d = 1;
        if (ch() == '_') {
          d = 2;
        } else if (ch() >= max && invalid < 0 && track) {
          invalid = static_cast<int64_t>(i);
        }
        ds |= d;
        ++i;
      }
    } else {
      while (isHex(ch()) || ch() == '_') {
        ds |= ch() == '_' ? 2 : 1;
        ++i;
      }
    }
    return ds;
  };
  bool seenPoint = false;
  if (ch() == '.') {
    seenPoint = true;
    ++i;
  } else {
    if (ch() == '0') {
      ++i;
      switch (ch() < 0 ? 0 : lower(static_cast<char>(ch()))) {
        case 'x':
          ++i, base = 16, prefix = 'x';
          break;
        case 'o':
          ++i, base = 8, prefix = 'o';
          break;
        case 'b':
          ++i, base = 2, prefix = 'b';
          break;
        default:
          base = 8, prefix = '0', digsep = 1;
          break;
      }
    }
    digsep |= digits(base, true);
    if (ch() == '.') {
      if (prefix == 'o' || prefix == 'b') {
        setError(error, std::string("invalid radix point in ") + baseName(base) + " literal");
        return -1;
      }
      ++i;
      seenPoint = true;
    }
  }
  if (seenPoint) {
    kind = 1;
    digsep |= digits(base, true);
  }
  if ((digsep & 1) == 0) {
    setError(error, std::string(baseName(base)) + " literal has no digits");
    return -1;
  }
  if (ch() == 'e' || ch() == 'E' || ch() == 'p' || ch() == 'P') {
    char e = lower(static_cast<char>(ch()));
    if (e == 'e' && prefix != 0 && prefix != '0') {
      setError(error, quoteRune(ch()) + " exponent requires decimal mantissa");
      return -1;
    }
    if (e == 'p' && prefix != 'x') {
      setError(error, quoteRune(ch()) + " exponent requires hexadecimal mantissa");
      return -1;
    }
    ++i;
    kind = 1;
    if (ch() == '+' || ch() == '-') ++i;
    int ds = digits(10, false);
    digsep = ds | (digsep & 2);
    if ((ds & 1) == 0) {
      setError(error, "exponent has no digits");
      return -1;
    }
  } else if (prefix == 'x' && kind == 1) {
    setError(error, "hexadecimal mantissa requires a 'p' exponent");
    return -1;
  }
  if (ch() == 'i') {
    kind = 2;
    ++i;
  }
  if (i != s.size()) {
    setError(error, "malformed constant: " + std::string(s));
    return -1;
  }
  if (kind == 0 && invalid >= 0) {
    setError(error, "invalid digit " + quoteRune(static_cast<unsigned char>(s[invalid])) + " in " +
                        baseName(base) + " literal");
    return -1;
  }
  if (digsep & 2) {
    // cmd/compile's invalidSep: '_' must sit between digits (a base prefix counts as a digit).
    char x1 = ' ', d = '.';
    size_t k = 0;
    if (s.size() >= 2 && s[0] == '0') {
      x1 = lower(s[1]);
      if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
        d = '0';
        k = 2;
      }
    }
    bool bad = false;
    for (; k < s.size() && !bad; ++k) {
      char p = d;
      d = s[k];
      if (d == '_') {
        bad = p != '0';
      } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
        d = '0';
      } else {
        bad = p == '_';
        d = '.';
      }
    }
    if (bad || d == '_') {
      setError(error, "'_' must separate successive digits");
      return -1;
    }
  }
  *baseOut = base;
  *prefixOut = prefix;
  return kind;
}

// Decimal mantissa D·10^e10 (D ≥ 0) as a Float value: an exact fraction when its magnitude is
// within 2^±4096, else a 512-bit float (go/constant's makeFloatFromLiteral). Huge exponents are
// scaled at 576 bits and then rounded to 512, so the last mantissa bit may differ from big.Float's
// (far below anything float64 can see).
Value decimalFloat(BigInt d, int64_t e10) {
  if (d.isZero()) return ratValue(Rat{BigInt(), BigInt(1)});
  constexpr double kLog2Of10 = 3.32192809488736234787;
  double approx = static_cast<double>(d.bitLen()) + static_cast<double>(e10) * kLog2Of10;
  if (approx > static_cast<double>(kFloatExpLimit) + 64) return Value();  // overflow
  if (approx < -static_cast<double>(kFloatExpLimit) - 64) return ratValue(Rat{BigInt(), BigInt(1)});
  auto exact = [&] {
    uint64_t k = static_cast<uint64_t>(e10 < 0 ? -e10 : e10);
    BigInt p(1);
    BigInt five(5);
    for (BigInt b = five; k; k >>= 1) {  // 5^k by squaring
      if (k & 1) p = p * b;
      if (k > 1) b = b * b;
    }
    // Like go/constant, a literal's fraction stays exact even when its components are large.
    Rat r = e10 >= 0 ? makeRat(d * p.shl(e10), BigInt(1)) : makeRat(std::move(d), p.shl(-e10));
    return ValueAccess::make(Data(std::in_place_index<kRat>, std::move(r)));
  };
  if (approx > -kMaxExp + 64 && approx < kMaxExp - 64) return exact();
  BigFloat m = roundFloat(false, d, 0, false, kWorkPrec);
  BigFloat p = pow5(static_cast<uint64_t>(e10 < 0 ? -e10 : e10), kWorkPrec);
  BigFloat f = e10 >= 0 ? floatMul(m, p, kWorkPrec) : floatQuo(m, p, kWorkPrec);
  int64_t e = f.exp + e10;
  f = roundFloat(false, std::move(f.mant), e, false);
  if (smallFloat(f)) return exact();
  return floatValue(std::move(f));
}

// H·2^e2 as a Float value (exact below 2^±4096).
Value binaryFloat(BigInt h, int64_t e2) {
  if (h.isZero()) return ratValue(Rat{BigInt(), BigInt(1)});
  BigFloat f = roundFloat(false, h, e2, false);
  if (!smallFloat(f)) return floatValue(std::move(f));
  uint64_t tz = h.trailingZeros();
  h = h.shr(tz);
  e2 += static_cast<int64_t>(tz);
  if (e2 >= 0) return ratValue(Rat{h.shl(e2), BigInt(1)});
  return ratValue(Rat{std::move(h), BigInt(1).shl(-e2)});
}

Value numberLiteral(std::string_view s, int litKind, std::string* error) {
  int base;
  char prefix;
  int kind = scanNumber(s, &base, &prefix, error);
  if (kind < 0) return Value();
  if (kind == 2 || litKind == 2) {
    setError(error, "complex constants are not supported: " + std::string(s));
    return Value();
  }
  if (kind == 1 && litKind == 0) {
    setError(error, "malformed constant: " + std::string(s));
    return Value();
  }
  size_t i = (prefix != 0 && prefix != '0') ? 2 : 0;
  // Mantissa digits; floats with a legacy-octal-looking "0" prefix are decimal.
  int mbase = (kind == 1 || litKind == 1) && prefix == '0' ? 10 : base;
  std::string digits;
  int64_t frac = -1;  // digits after the radix point, -1 without one
  uint64_t small = 0;
  bool fits = true;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_') continue;
    if (c == '.') {
      frac = 0;
      continue;
    }
    if (mbase != 16 && (lower(c) == 'e' || lower(c) == 'p')) break;
    if (mbase == 16 && lower(c) == 'p') break;
    if (frac >= 0) ++frac;
    digits.push_back(c);
    uint32_t dv = isDecimal(c) ? c - '0' : lower(c) - 'a' + 10;
    if (small > (UINT64_MAX - dv) / static_cast<uint64_t>(mbase)) fits = false;
    small = small * mbase + dv;
  }
  int64_t exp = 0;
  if (i < s.size()) {
    ++i;
    bool neg = false;
    if (s[i] == '+' || s[i] == '-') neg = s[i++] == '-';
    for (; i < s.size(); ++i) {
      if (s[i] == '_') continue;
      if (exp < (int64_t{1} << 50)) exp = exp * 10 + (s[i] - '0');  // saturates: overflow anyway
    }
    if (neg) exp = -exp;
  }
  BigInt mant = fits ? BigInt::fromUint64(small) : *BigInt::parse(digits, mbase);
  if (kind == 0 && litKind == 0) return intValue(std::move(mant));
  if (frac < 0) frac = 0;
  Value v = mbase == 16   ? binaryFloat(std::move(mant), exp - 4 * frac)
            : mbase == 10 ? decimalFloat(std::move(mant), exp - frac)
                          : binaryFloat(std::move(mant), 0);
  if (v.isUnknown()) setError(error, "malformed constant: " + std::string(s));  // overflow
  return v;
}

// Reads the escape after a backslash at s[*i] (cmd/compile's scanner.escape plus the value).
// *isByte tells a \x or octal byte from a code point.
bool readEscape(std::string_view s, size_t* i, char quote, uint32_t* value, bool* isByte,
                std::string* error) {
  // s excludes the closing quote: running out of text means the escape reached it.
  *isByte = false;
  if (*i >= s.size()) {
    setError(error, quote == '"' ? "string not terminated" : "rune literal not terminated");
    return false;
  }
  char c = s[(*i)++];
  for (size_t k = 1; k < kEscapes.size(); k += 2) {
    if (c == kEscapes[k]) {
      *value = static_cast<unsigned char>(kEscapes[k - 1]);
      return true;
    }
  }
  if (c == '\\') {
    *value = '\\';
    return true;
  }
  if (c == quote) {
    *value = static_cast<unsigned char>(c);
    return true;
  }
  int n;
  uint32_t base, max;
  if (c >= '0' && c <= '7') {
    n = 3, base = 8, max = 255;
    --*i;
  } else if (c == 'x') {
    n = 2, base = 16, max = 255;
  } else if (c == 'u') {
    n = 4, base = 16, max = 0x10ffff;
  } else if (c == 'U') {
    n = 8, base = 16, max = 0x10ffff;
  } else {
    setError(error, "unknown escape");
    return false;
  }
  uint32_t x = 0;
  for (int k = 0; k < n; ++k) {
    size_t w = 0;
    uint32_t r = *i < s.size() ? decodeRune(s, *i, &w) : static_cast<uint32_t>(quote);
    uint32_t d = base;
    if (isDecimal(static_cast<int>(r))) {
      d = r - '0';
    } else if (r < 0x80 && lower(static_cast<char>(r)) >= 'a' &&
               lower(static_cast<char>(r)) <= 'f') {
      d = lower(static_cast<char>(r)) - 'a' + 10;
    }
    if (d >= base) {
      setError(error, "invalid character " + quoteRune(r) + " in " +
                          baseName(static_cast<int>(base)) + " escape");
      return false;
    }
    x = x * base + d;
    *i += w;
  }
  if (x > max && base == 8) {
    setError(error, "octal escape value " + std::to_string(x) + " > 255");
    return false;
  }
  if (x > max || (x >= 0xd800 && x < 0xe000)) {
    setError(error, "escape is invalid Unicode code point " + formatU(x));
    return false;
  }
  *value = x;
  *isByte = base == 8 || c == 'x';
  return true;
}

Value runeLiteral(std::string_view s, std::string* error) {
  if (s.size() < 2 || s.front() != '\'' || s.back() != '\'') {
    setError(error, "rune literal not terminated");
    return Value();
  }
  std::string_view body = s.substr(1, s.size() - 2);
  uint32_t value = 0;
  int n = 0;
  for (size_t i = 0; i < body.size();) {
    char c = body[i];
    if (c == '\'') {
      setError(error, n == 0 ? "empty rune literal or unescaped '"
                             : "more than one character in rune literal");
      return Value();
    }
    if (c == '\n') {
      setError(error, "newline in rune literal");
      return Value();
    }
    if (c == '\\') {
      ++i;
      bool isByte;
      if (!readEscape(body, &i, '\'', &value, &isByte, error)) return Value();
    } else {
      size_t w;
      value = decodeRune(body, i, &w);
      if (value == 0xfffd && w == 1) {
        setError(error, "invalid UTF-8 encoding");
        return Value();
      }
      i += w;
    }
    ++n;
  }
  if (n != 1) {
    setError(error, n == 0 ? "empty rune literal or unescaped '"
                           : "more than one character in rune literal");
    return Value();
  }
  return intValue(static_cast<int64_t>(value));
}

Value stringLiteral(std::string_view s, std::string* error) {
  if (s.size() >= 2 && s.front() == '`' && s.back() == '`') {
    std::string_view body = s.substr(1, s.size() - 2);
    if (body.find('`') != std::string_view::npos) {
      setError(error, "malformed constant: " + std::string(s));
      return Value();
    }
    std::string out;
    out.reserve(body.size());
    for (char c : body) {
      if (c != '\r') out.push_back(c);  // carriage returns are discarded from raw strings
    }
    return Value::makeString(std::move(out));
  }
  if (s.size() < 2 || s.front() != '"' || s.back() != '"') {
    setError(error, "string not terminated");
    return Value();
  }
  std::string_view body = s.substr(1, s.size() - 2);
  std::string out;
  out.reserve(body.size());
  for (size_t i = 0; i < body.size();) {
    char c = body[i];
    if (c == '\n') {
      setError(error, "newline in string");
      return Value();
    }
    if (c == '"') {
      setError(error, "malformed constant: " + std::string(s));
      return Value();
    }
    if (c == '\\') {
      ++i;
      uint32_t v;
      bool isByte;
      if (!readEscape(body, &i, '"', &v, &isByte, error)) return Value();
      if (isByte) {
        out.push_back(static_cast<char>(v));
      } else {
        encodeRune(v, &out);
      }
      continue;
    }
    size_t w;
    uint32_t r = decodeRune(body, i, &w);
    if (r == 0xfffd && w == 1) {
      encodeRune(r, &out);  // as strconv.Unquote: invalid UTF-8 becomes U+FFFD
    } else {
      out.append(body.substr(i, w));
    }
    i += w;
  }
  return Value::makeString(std::move(out));
}

}  // namespace

Value Value::fromLiteral(std::string_view text, int litKind, std::string* error) {
  switch (litKind) {
    case 0:
    case 1:
    case 2:
      return numberLiteral(text, litKind, error);
    case 3:
      return runeLiteral(text, error);
    case 4:
      return stringLiteral(text, error);
    default:
      setError(error, "malformed constant: " + std::string(text));
      return Value();
  }
}

// ---- printing ----

namespace {

// fmt's %.6g of a finite double: 6 significant digits, trailing zeros trimmed, exponent form when
// the decimal exponent is < -4 or >= the number of digits kept.
std::string formatG6(double x) {
  if (x == 0) return std::signbit(x) ? "-0" : "0";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.5e", x);  // correctly rounded in glibc and musl
  std::string out;
  const char* p = buf;
  if (*p == '-') {
    out.push_back('-');
    ++p;
  }
  std::string digs;
  for (; *p && *p != 'e'; ++p) {
    if (isDecimal(*p)) digs.push_back(*p);
  }
  int exp10 = std::atoi(p + 1);
  while (digs.size() > 1 && digs.back() == '0') digs.pop_back();
  const int nd = static_cast<int>(digs.size());
  const int dp = exp10 + 1;
  int eprec = 6;
  if (eprec > nd && nd >= dp) eprec = nd;
  if (exp10 < -4 || exp10 >= eprec) {
    out.push_back(digs[0]);
    if (nd > 1) out.append(".").append(digs, 1, std::string::npos);
    char e[16];
    std::snprintf(e, sizeof e, "e%c%02d", exp10 < 0 ? '-' : '+', std::abs(exp10));
    return out + e;
  }
  int prec = 6 > dp ? nd : 6;
  int fracDigits = std::max(prec - dp, 0);
  if (dp > 0) {
    for (int i = 0; i < dp; ++i) out.push_back(i < nd ? digs[i] : '0');
  } else {
    out.push_back('0');
  }
  if (fracDigits > 0) {
    out.push_back('.');
    for (int i = 1; i <= fracDigits; ++i) {
      int j = dp + i - 1;
      out.push_back(j >= 0 && j < nd ? digs[j] : '0');
    }
  }
  return out;
}

// go/constant's floatVal.String.
std::string formatFloat(const BigFloat& f) {
  bool exact;
  double x = roundIeee(f.neg, f.mant, f.exp, false, kFloat64, &exact);
  if (f.isZero() == (x == 0) && !std::isinf(x)) return formatG6(x);
  // Out of float64 range: approximate m·10^e from the binary exponent, as go/constant does.
  double m = roundIeee(f.neg, f.mant, -static_cast<int64_t>(f.mant.bitLen()), false, kFloat64,
                       &exact);  // 0.5 <= |m| < 1
  constexpr double kLog10Of2 = 0.301029995663981195213738894724493026768189881462108541310;
  double d = static_cast<double>(f.top()) * kLog10Of2;
  auto e = static_cast<int64_t>(d);
  m *= std::pow(10.0, d - static_cast<double>(e));
  double am = std::fabs(m);
  if (am < 1 - 0.5e-6) {
    m *= 10;
    --e;
  } else if (am >= 10) {
    m /= 10;
    ++e;
  }
  return formatG6(m) + "e" + (e >= 0 ? "+" : "") + std::to_string(e);
}

}  // namespace

std::string Value::toString() const {
  const Data* d = dataOf(*this);
  if (!d) return "unknown";
  switch (d->index()) {
    case kBool:
      return std::get<kBool>(*d) ? "true" : "false";
    case kString: {
      constexpr size_t kMaxLen = 72;  // runes, as go/constant
      std::string q = goQuote(std::get<kString>(*d));
      size_t runes = 0, cut = q.size();
      for (size_t i = 0; i < q.size(); ++i) {
        if ((static_cast<unsigned char>(q[i]) & 0xc0) == 0x80) continue;
        if (runes == kMaxLen - 3) cut = i;
        ++runes;
      }
      if (runes > kMaxLen) q = q.substr(0, cut) + "...";
      return q;
    }
    case kInt64:
      return std::to_string(std::get<kInt64>(*d));
    case kBig:
      return std::get<kBig>(*d).toString();
    case kRat:
      return formatFloat(floatFromRat(std::get<kRat>(*d)));
    default:
      return formatFloat(std::get<kFloat>(*d));
  }
}

}  // namespace gm::constant
