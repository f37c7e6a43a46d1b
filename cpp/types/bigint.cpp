#include "types/bigint.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <utility>

namespace gm::constant {

// ---- Limbs ----

Limbs::Limbs(const Limbs& o) {
  reserve(o.size_);
  if (o.size_) std::memcpy(data(), o.data(), o.size_ * sizeof(uint32_t));
  size_ = o.size_;
}

Limbs::Limbs(Limbs&& o) noexcept : size_(o.size_), cap_(o.cap_) {
  if (o.onHeap()) {
    heap_ = o.heap_;
    o.cap_ = kInline;
  } else if (size_) {
    std::memcpy(inline_, o.inline_, size_ * sizeof(uint32_t));
  }
  o.size_ = 0;
}

Limbs& Limbs::operator=(const Limbs& o) {
  if (this == &o) return *this;
  size_ = 0;
  reserve(o.size_);
  if (o.size_) std::memcpy(data(), o.data(), o.size_ * sizeof(uint32_t));
  size_ = o.size_;
  return *this;
}

Limbs& Limbs::operator=(Limbs&& o) noexcept {
  if (this == &o) return *this;
  release();
  size_ = o.size_;
  cap_ = o.cap_;
  if (o.onHeap()) {
    heap_ = o.heap_;
    o.cap_ = kInline;
  } else if (size_) {
    std::memcpy(inline_, o.inline_, size_ * sizeof(uint32_t));
  }
  o.size_ = 0;
  return *this;
}

void Limbs::reserve(uint32_t n) {
  if (n <= cap_) return;
  uint32_t cap = std::max(n, cap_ * 2);
  auto* p = new uint32_t[cap];
  if (size_) std::memcpy(p, data(), size_ * sizeof(uint32_t));
  if (onHeap()) delete[] heap_;
  heap_ = p;
  cap_ = cap;
}

void Limbs::release() {
  if (onHeap()) delete[] heap_;
  cap_ = kInline;
  size_ = 0;
}

void Limbs::resize(uint32_t n) {
  reserve(n);
  if (n > size_) std::memset(data() + size_, 0, (n - size_) * sizeof(uint32_t));
  size_ = n;
}

void Limbs::push_back(uint32_t v) {
  reserve(size_ + 1);
  data()[size_++] = v;
}

void Limbs::trim() {
  const uint32_t* d = data();
  while (size_ > 0 && d[size_ - 1] == 0) --size_;
}

// ---- magnitude arithmetic (trimmed limb vectors) ----

namespace {

int cmpMag(const Limbs& a, const Limbs& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (uint32_t i = a.size(); i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

Limbs addMag(const Limbs& a, const Limbs& b) {
  const Limbs& x = a.size() >= b.size() ? a : b;
  const Limbs& y = a.size() >= b.size() ? b : a;
  Limbs r;
  r.resize(x.size() + 1);
  uint64_t carry = 0;
  for (uint32_t i = 0; i < x.size(); ++i) {
    uint64_t s = uint64_t{x[i]} + (i < y.size() ? y[i] : 0) + carry;
    r[i] = static_cast<uint32_t>(s);
    carry = s >> 32;
  }
  r[x.size()] = static_cast<uint32_t>(carry);
  r.trim();
  return r;
}

// a - b for a >= b.
Limbs subMag(const Limbs& a, const Limbs& b) {
  Limbs r;
  r.resize(a.size());
  int64_t borrow = 0;
  for (uint32_t i = 0; i < a.size(); ++i) {
    int64_t d = int64_t{a[i]} - (i < b.size() ? b[i] : 0) - borrow;
    borrow = d < 0;
    r[i] = static_cast<uint32_t>(d);
  }
  r.trim();
  return r;
}

Limbs mulMag(const Limbs& a, const Limbs& b) {
  Limbs r;
  if (a.empty() || b.empty()) return r;
  r.resize(a.size() + b.size());
  for (uint32_t i = 0; i < a.size(); ++i) {
    uint64_t carry = 0;
    uint64_t ai = a[i];
    for (uint32_t j = 0; j < b.size(); ++j) {
      uint64_t t = ai * b[j] + r[i + j] + carry;
      r[i + j] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    r[i + b.size()] = static_cast<uint32_t>(carry);
  }
  r.trim();
  return r;
}

Limbs shlMag(const Limbs& a, uint64_t n) {
  Limbs r;
  if (a.empty()) return r;
  uint32_t words = static_cast<uint32_t>(n / 32), bits = n % 32;
  r.resize(a.size() + words + 1);
  for (uint32_t i = 0; i < a.size(); ++i) {
    uint64_t v = uint64_t{a[i]} << bits;
    r[i + words] |= static_cast<uint32_t>(v);
    r[i + words + 1] = static_cast<uint32_t>(v >> 32);
  }
  r.trim();
  return r;
}

Limbs shrMag(const Limbs& a, uint64_t n) {
  Limbs r;
  if (n / 32 >= a.size()) return r;
  uint32_t words = static_cast<uint32_t>(n / 32), bits = n % 32;
  r.resize(a.size() - words);
  for (uint32_t i = 0; i < r.size(); ++i) {
    uint64_t lo = a[i + words];
    uint64_t hi = i + words + 1 < a.size() ? a[i + words + 1] : 0;
    r[i] = static_cast<uint32_t>(((hi << 32) | lo) >> bits);
  }
  r.trim();
  return r;
}

// Knuth's algorithm D (TAOCP 4.3.1), as in Hacker's Delight's divmnu. Requires v nonempty.
void divModMag(const Limbs& u, const Limbs& v, Limbs* q, Limbs* r) {
  q->clear();
  r->clear();
  if (cmpMag(u, v) < 0) {
    *r = u;
    return;
  }
  const uint32_t n = v.size();
  const uint32_t m = u.size() - n;
  if (n == 1) {
    uint64_t d = v[0], rem = 0;
    q->resize(u.size());
    for (uint32_t i = u.size(); i-- > 0;) {
      uint64_t cur = (rem << 32) | u[i];
      (*q)[i] = static_cast<uint32_t>(cur / d);
      rem = cur % d;
    }
    q->trim();
    if (rem) r->push_back(static_cast<uint32_t>(rem));
    return;
  }
  const int s = std::countl_zero(v.back());
  Limbs vn, un;
  vn.resize(n);
  un.resize(u.size() + 1);
  for (uint32_t i = n; i-- > 0;) {
    uint64_t w = (uint64_t{v[i]} << 32 | (i > 0 ? v[i - 1] : 0)) << s;
    vn[i] = static_cast<uint32_t>(w >> 32);
  }
  un[u.size()] = static_cast<uint32_t>((uint64_t{u.back()} << s) >> 32);
  for (uint32_t i = u.size(); i-- > 0;) {
    uint64_t w = (uint64_t{u[i]} << 32 | (i > 0 ? u[i - 1] : 0)) << s;
    un[i] = static_cast<uint32_t>(w >> 32);
  }
  q->resize(m + 1);
  const uint64_t kBase = uint64_t{1} << 32;
  for (uint32_t j = m + 1; j-- > 0;) {
    uint64_t num = uint64_t{un[j + n]} << 32 | un[j + n - 1];
    uint64_t qhat = num / vn[n - 1];
    uint64_t rhat = num % vn[n - 1];
    while (qhat >= kBase || qhat * vn[n - 2] > (rhat << 32 | un[j + n - 2])) {
      --qhat;
      rhat += vn[n - 1];
      if (rhat >= kBase) break;
    }
    int64_t k = 0, t;
    for (uint32_t i = 0; i < n; ++i) {
      uint64_t p = qhat * vn[i];
      t = int64_t{un[i + j]} - k - static_cast<int64_t>(p & 0xffffffffu);
      un[i + j] = static_cast<uint32_t>(t);
      k = static_cast<int64_t>(p >> 32) - (t >> 32);
    }
    t = int64_t{un[j + n]} - k;
    un[j + n] = static_cast<uint32_t>(t);
    if (t < 0) {  // qhat was one too large: add back
      --qhat;
      uint64_t c = 0;
      for (uint32_t i = 0; i < n; ++i) {
        uint64_t sum = uint64_t{un[i + j]} + vn[i] + c;
        un[i + j] = static_cast<uint32_t>(sum);
        c = sum >> 32;
      }
      un[j + n] += static_cast<uint32_t>(c);
    }
    (*q)[j] = static_cast<uint32_t>(qhat);
  }
  q->trim();
  r->resize(n);
  for (uint32_t i = 0; i < n; ++i) {
    uint64_t w = (uint64_t{un[i + 1]} << 32 | un[i]) >> s;
    (*r)[i] = static_cast<uint32_t>(w);
  }
  r->trim();
}

// Largest power of base that fits a limb, and its exponent.
void chunkFor(int base, uint32_t* pow, int* digits) {
  uint64_t p = base;
  int k = 1;
  while (p * base <= 0xffffffffu) {
    p *= base;
    ++k;
  }
  *pow = static_cast<uint32_t>(p);
  *digits = k;
}

int digitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

}  // namespace

// ---- BigInt ----

BigInt::BigInt(int64_t v) {
  neg_ = v < 0;
  uint64_t m = neg_ ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  if (m) mag_.push_back(static_cast<uint32_t>(m));
  if (m >> 32) mag_.push_back(static_cast<uint32_t>(m >> 32));
}

BigInt BigInt::fromUint64(uint64_t v) {
  BigInt r;
  if (v) r.mag_.push_back(static_cast<uint32_t>(v));
  if (v >> 32) r.mag_.push_back(static_cast<uint32_t>(v >> 32));
  return r;
}

std::optional<BigInt> BigInt::parse(std::string_view text, int base) {
  if (base < 2 || base > 16) return std::nullopt;
  bool neg = false;
  if (!text.empty() && text[0] == '-') {
    neg = true;
    text.remove_prefix(1);
  }
  uint32_t pow;
  int k;
  chunkFor(base, &pow, &k);
  BigInt r;
  uint32_t chunk = 0, chunkPow = 1;
  int n = 0;
  bool any = false;
  for (char c : text) {
    if (c == '_') continue;
    int d = digitValue(c);
    if (d >= base) return std::nullopt;
    any = true;
    chunk = chunk * base + d;
    chunkPow *= base;
    if (++n == k) {
      r.mulAddSmall(pow, chunk);
      chunk = 0;
      chunkPow = 1;
      n = 0;
    }
  }
  if (!any) return std::nullopt;
  if (n) r.mulAddSmall(chunkPow, chunk);
  r.neg_ = neg;
  r.normalize();
  return r;
}

void BigInt::normalize() {
  mag_.trim();
  if (mag_.empty()) neg_ = false;
}

uint64_t BigInt::bitLen() const {
  if (mag_.empty()) return 0;
  return uint64_t{mag_.size() - 1} * 32 + (32 - std::countl_zero(mag_.back()));
}

bool BigInt::bit(uint64_t i) const {
  uint64_t w = i / 32;
  return w < mag_.size() && ((mag_[static_cast<uint32_t>(w)] >> (i % 32)) & 1);
}

uint64_t BigInt::trailingZeros() const {
  for (uint32_t i = 0; i < mag_.size(); ++i) {
    if (mag_[i]) return uint64_t{i} * 32 + std::countr_zero(mag_[i]);
  }
  return 0;
}

bool BigInt::anyLowBits(uint64_t n) const {
  uint64_t words = std::min<uint64_t>(n / 32, mag_.size());
  for (uint32_t i = 0; i < words; ++i) {
    if (mag_[i]) return true;
  }
  if (words < mag_.size() && n % 32) {
    return (mag_[static_cast<uint32_t>(words)] & ((uint32_t{1} << (n % 32)) - 1)) != 0;
  }
  return false;
}

uint64_t BigInt::lowMag64() const {
  uint64_t v = mag_.size() > 0 ? mag_[0] : 0;
  if (mag_.size() > 1) v |= uint64_t{mag_[1]} << 32;
  return v;
}

std::optional<int64_t> BigInt::toInt64() const {
  if (mag_.size() > 2) return std::nullopt;
  uint64_t v = lowMag64();
  if (!neg_) {
    if (v > uint64_t{INT64_MAX}) return std::nullopt;
    return static_cast<int64_t>(v);
  }
  if (v > uint64_t{1} << 63) return std::nullopt;
  return static_cast<int64_t>(0 - v);
}

std::optional<uint64_t> BigInt::toUint64() const {
  if (neg_ || mag_.size() > 2) return std::nullopt;
  return lowMag64();
}

BigInt BigInt::operator-() const {
  BigInt r = *this;
  r.neg_ = !neg_;
  r.normalize();
  return r;
}

BigInt BigInt::abs() const {
  BigInt r = *this;
  r.neg_ = false;
  return r;
}

BigInt BigInt::addSigned(const BigInt& a, bool aNeg, const BigInt& b, bool bNeg) {
  BigInt r;
  if (aNeg == bNeg) {
    r.mag_ = addMag(a.mag_, b.mag_);
    r.neg_ = aNeg;
  } else if (cmpMag(a.mag_, b.mag_) >= 0) {
    r.mag_ = subMag(a.mag_, b.mag_);
    r.neg_ = aNeg;
  } else {
    r.mag_ = subMag(b.mag_, a.mag_);
    r.neg_ = bNeg;
  }
  r.normalize();
  return r;
}

BigInt BigInt::operator+(const BigInt& o) const {
  return addSigned(*this, neg_, o, o.neg_);
}
BigInt BigInt::operator-(const BigInt& o) const {
  return addSigned(*this, neg_, o, !o.neg_);
}

BigInt BigInt::operator*(const BigInt& o) const {
  BigInt r;
  r.mag_ = mulMag(mag_, o.mag_);
  r.neg_ = neg_ != o.neg_;
  r.normalize();
  return r;
}

bool BigInt::divMod(const BigInt& a, const BigInt& b, BigInt* quo, BigInt* rem) {
  if (b.isZero()) return false;
  BigInt q, r;
  divModMag(a.mag_, b.mag_, &q.mag_, &r.mag_);
  q.neg_ = a.neg_ != b.neg_;
  r.neg_ = a.neg_;
  q.normalize();
  r.normalize();
  if (quo) *quo = std::move(q);
  if (rem) *rem = std::move(r);
  return true;
}

BigInt BigInt::shl(uint64_t n) const {
  BigInt r;
  r.mag_ = shlMag(mag_, n);
  r.neg_ = neg_;
  r.normalize();
  return r;
}

BigInt BigInt::shr(uint64_t n) const {
  BigInt r;
  if (!neg_) {
    r.mag_ = shrMag(mag_, n);
    return r;
  }
  // Floor semantics for negatives: -((|x|-1) >> n) - 1.
  Limbs one;
  one.push_back(1);
  Limbs m = shrMag(subMag(mag_, one), n);
  r.mag_ = addMag(m, one);
  r.neg_ = true;
  r.normalize();
  return r;
}

BigInt BigInt::bitwise(const BigInt& a, const BigInt& b, BitOp op) {
  // Expand both to two's complement over n limbs (one spare for the sign), combine, convert back.
  const uint32_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  auto twos = [n](const BigInt& x) {
    Limbs t;
    if (!x.neg_) {
      t = x.mag_;
      t.resize(n);
      return t;
    }
    Limbs one;
    one.push_back(1);
    t = subMag(x.mag_, one);
    t.resize(n);
    for (uint32_t i = 0; i < n; ++i) t[i] = ~t[i];
    return t;
  };
  Limbs x = twos(a), y = twos(b);
  for (uint32_t i = 0; i < n; ++i) {
    switch (op) {
      case BitOp::And:
        x[i] &= y[i];
        break;
      case BitOp::Or:
        x[i] |= y[i];
        break;
      case BitOp::Xor:
        x[i] ^= y[i];
        break;
      case BitOp::AndNot:
        x[i] &= ~y[i];
        break;
    }
  }
  BigInt r;
  if (x[n - 1] >> 31) {
    // Negative: magnitude = ~x + 1.
    uint64_t carry = 1;
    for (uint32_t i = 0; i < n; ++i) {
      uint64_t s = uint64_t{static_cast<uint32_t>(~x[i])} + carry;
      x[i] = static_cast<uint32_t>(s);
      carry = s >> 32;
    }
    r.neg_ = true;
  }
  r.mag_ = std::move(x);
  r.normalize();
  return r;
}

BigInt BigInt::operator&(const BigInt& o) const {
  return bitwise(*this, o, BitOp::And);
}
BigInt BigInt::operator|(const BigInt& o) const {
  return bitwise(*this, o, BitOp::Or);
}
BigInt BigInt::operator^(const BigInt& o) const {
  return bitwise(*this, o, BitOp::Xor);
}
BigInt BigInt::andNot(const BigInt& o) const {
  return bitwise(*this, o, BitOp::AndNot);
}
BigInt BigInt::operator~() const {
  return BigInt(-1) - *this;
}

BigInt BigInt::gcd(BigInt a, BigInt b) {
  a.neg_ = b.neg_ = false;
  while (!b.isZero()) {
    BigInt r;
    divMod(a, b, nullptr, &r);
    a = std::move(b);
    b = std::move(r);
  }
  return a;
}

void BigInt::mulAddSmall(uint32_t m, uint32_t a) {
  uint64_t carry = a;
  for (uint32_t i = 0; i < mag_.size(); ++i) {
    uint64_t t = uint64_t{mag_[i]} * m + carry;
    mag_[i] = static_cast<uint32_t>(t);
    carry = t >> 32;
  }
  if (carry) mag_.push_back(static_cast<uint32_t>(carry));
  normalize();
}

uint32_t BigInt::divSmall(uint32_t d) {
  uint64_t rem = 0;
  for (uint32_t i = mag_.size(); i-- > 0;) {
    uint64_t cur = (rem << 32) | mag_[i];
    mag_[i] = static_cast<uint32_t>(cur / d);
    rem = cur % d;
  }
  normalize();
  return static_cast<uint32_t>(rem);
}

int BigInt::cmp(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return a.neg_ ? -1 : 1;
  int c = cmpMag(a.mag_, b.mag_);
  return a.neg_ ? -c : c;
}

int BigInt::cmpAbs(const BigInt& a, const BigInt& b) {
  return cmpMag(a.mag_, b.mag_);
}

std::string BigInt::toString(int base) const {
  if (base < 2 || base > 16) return "";
  if (isZero()) return "0";
  uint32_t pow;
  int k;
  chunkFor(base, &pow, &k);
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;  // reversed
  BigInt t = abs();
  while (!t.isZero()) {
    uint32_t chunk = t.divSmall(pow);
    for (int i = 0; i < k && (chunk || !t.isZero()); ++i) {
      out.push_back(kDigits[chunk % base]);
      chunk /= base;
    }
  }
  if (neg_) out.push_back('-');
  std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace gm::constant
