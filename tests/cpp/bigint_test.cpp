#include "types/bigint.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace gm::constant {
namespace {

using u128 = unsigned __int128;

BigInt big(const char* decimal) {
  return *BigInt::parse(decimal, 10);
}

BigInt fromU128(u128 v) {
  return BigInt::fromUint64(static_cast<uint64_t>(v >> 64)).shl(64) +
         BigInt::fromUint64(static_cast<uint64_t>(v));
}

u128 toU128(const BigInt& b) {
  u128 v = 0;
  for (uint32_t i = b.limbs().size(); i-- > 0;) v = v << 32 | b.limbs()[i];
  return v;
}

// Random values with long runs of ones and zeros, which exercise carries and Knuth D's corrections.
u128 patterned(std::mt19937_64& rng) {
  int bits = static_cast<int>(rng() % 129);
  u128 v = 0;
  int i = 0;
  while (i < bits) {
    int run = 1 + static_cast<int>(rng() % 40);
    bool one = rng() & 1;
    for (int k = 0; k < run && i < bits; ++k, ++i) v = v << 1 | (one ? 1 : 0);
  }
  return v;
}

TEST(BigIntTest, ParseAndPrint) {
  EXPECT_EQ(BigInt().toString(), "0");
  EXPECT_EQ(BigInt(-1).toString(), "-1");
  EXPECT_EQ(BigInt(INT64_MIN).toString(), "-9223372036854775808");
  EXPECT_EQ(BigInt::fromUint64(UINT64_MAX).toString(), "18446744073709551615");
  const char* d = "123456789012345678901234567890123456789012345678901234567890";
  EXPECT_EQ(big(d).toString(), d);
  EXPECT_EQ(big("-1000000000000000000000000000000").toString(), "-1000000000000000000000000000000");
  EXPECT_EQ(big("000000000000000000000000000000042").toString(), "42");
  EXPECT_EQ(big("1000000000").toString(), "1000000000");  // chunk boundary
  EXPECT_EQ(BigInt::parse("ffffffffffffffffffffffffffffffff", 16)->toString(),
            "340282366920938463463374607431768211455");
  EXPECT_EQ(BigInt::parse("DeadBeef", 16)->toString(), "3735928559");
  EXPECT_EQ(BigInt::parse("777", 8)->toString(), "511");
  EXPECT_EQ(BigInt::parse("1_0_1", 2)->toString(), "5");
  EXPECT_EQ(BigInt::parse("-0", 10)->sign(), 0);
  EXPECT_EQ(BigInt::parse("1_000_000", 10)->toString(), "1000000");
  EXPECT_EQ(big("340282366920938463463374607431768211455").toString(16),
            "ffffffffffffffffffffffffffffffff");
  EXPECT_EQ(BigInt(-255).toString(2), "-11111111");
  EXPECT_FALSE(BigInt::parse("", 10));
  EXPECT_FALSE(BigInt::parse("-", 10));
  EXPECT_FALSE(BigInt::parse("12a", 10));
  EXPECT_FALSE(BigInt::parse("8", 8));
  EXPECT_FALSE(BigInt::parse("2", 2));
  EXPECT_FALSE(BigInt::parse("g", 16));
  EXPECT_FALSE(BigInt::parse("1", 17));
}

TEST(BigIntTest, Conversions) {
  EXPECT_EQ(BigInt(INT64_MIN).toInt64(), INT64_MIN);
  EXPECT_EQ(BigInt(INT64_MAX).toInt64(), INT64_MAX);
  EXPECT_FALSE((BigInt(INT64_MAX) + BigInt(1)).toInt64());
  EXPECT_FALSE((BigInt(INT64_MIN) - BigInt(1)).toInt64());
  EXPECT_EQ((BigInt(INT64_MAX) + BigInt(1)).toUint64(), uint64_t{1} << 63);
  EXPECT_EQ(BigInt::fromUint64(UINT64_MAX).toUint64(), UINT64_MAX);
  EXPECT_FALSE((BigInt::fromUint64(UINT64_MAX) + BigInt(1)).toUint64());
  EXPECT_FALSE(BigInt(-1).toUint64());
  EXPECT_EQ(BigInt(0).toUint64(), 0u);
  EXPECT_EQ(BigInt(-5).lowMag64(), 5u);
}

TEST(BigIntTest, BitQueries) {
  EXPECT_EQ(BigInt().bitLen(), 0u);
  EXPECT_EQ(BigInt(1).bitLen(), 1u);
  EXPECT_EQ(BigInt(-256).bitLen(), 9u);
  EXPECT_EQ(BigInt(1).shl(100).bitLen(), 101u);
  EXPECT_EQ(BigInt(1).shl(100).trailingZeros(), 100u);
  EXPECT_EQ(BigInt(12).trailingZeros(), 2u);
  EXPECT_EQ(BigInt().trailingZeros(), 0u);
  BigInt x = BigInt(1).shl(70) + BigInt(1).shl(3);
  EXPECT_TRUE(x.bit(70));
  EXPECT_TRUE(x.bit(3));
  EXPECT_FALSE(x.bit(4));
  EXPECT_FALSE(x.bit(1000));
  EXPECT_FALSE(x.anyLowBits(3));
  EXPECT_TRUE(x.anyLowBits(4));
  EXPECT_FALSE(BigInt(1).shl(70).anyLowBits(70));
  EXPECT_TRUE(BigInt(1).shl(70).anyLowBits(71));
  EXPECT_TRUE(BigInt(1).shl(70).anyLowBits(5000));
  EXPECT_TRUE(BigInt(3).isOdd());
  EXPECT_FALSE(BigInt(-4).isOdd());
}

TEST(BigIntTest, AddSubMul) {
  EXPECT_EQ((BigInt(INT64_MAX) + BigInt(1)).toString(), "9223372036854775808");
  EXPECT_EQ((BigInt(INT64_MIN) - BigInt(1)).toString(), "-9223372036854775809");
  EXPECT_EQ((BigInt(5) - BigInt(7)).toString(), "-2");
  EXPECT_EQ((BigInt(-5) + BigInt(5)).sign(), 0);
  EXPECT_FALSE((BigInt(-5) + BigInt(5)).isNeg());  // no negative zero
  EXPECT_EQ((BigInt(-5) - BigInt(-7)).toString(), "2");
  EXPECT_EQ((big("4294967296") * big("4294967296")).toString(), "18446744073709551616");
  EXPECT_EQ(
      (big("123456789012345678901234567890") * big("987654321098765432109876543210")).toString(),
      "121932631137021795226185032733622923332237463801111263526900");
  EXPECT_EQ(
      (big("-123456789012345678901234567890") * big("987654321098765432109876543210")).toString(),
      "-121932631137021795226185032733622923332237463801111263526900");
  EXPECT_EQ((BigInt(-3) * BigInt(0)).sign(), 0);
  EXPECT_FALSE((BigInt(-3) * BigInt(0)).isNeg());
  // (2^200 - 1)^2 = 2^400 - 2^201 + 1
  BigInt m = BigInt(1).shl(200) - BigInt(1);
  EXPECT_EQ(m * m, BigInt(1).shl(400) - BigInt(1).shl(201) + BigInt(1));
  EXPECT_EQ(-BigInt(0), BigInt(0));
  EXPECT_EQ(BigInt(-7).abs(), BigInt(7));
}

TEST(BigIntTest, DivModSigns) {
  struct Case {
    int64_t a, b, q, r;
  } cases[] = {{7, 2, 3, 1}, {-7, 2, -3, -1}, {7, -2, -3, 1}, {-7, -2, 3, -1},
               {6, 3, 2, 0}, {0, 5, 0, 0},    {3, 7, 0, 3},   {-3, 7, 0, -3}};
  for (const Case& c : cases) {
    BigInt q, r;
    ASSERT_TRUE(BigInt::divMod(BigInt(c.a), BigInt(c.b), &q, &r));
    EXPECT_EQ(q, BigInt(c.q)) << c.a << "/" << c.b;
    EXPECT_EQ(r, BigInt(c.r)) << c.a << "%" << c.b;
  }
  BigInt q, r;
  EXPECT_FALSE(BigInt::divMod(BigInt(1), BigInt(0), &q, &r));
  // Values from Go's math/big.
  BigInt a = big("123456789012345678901234567890987654321"), b = big("12345678901234567");
  ASSERT_TRUE(BigInt::divMod(a, b, &q, &r));
  EXPECT_EQ(q.toString(), "10000000000000000721000");
  EXPECT_EQ(r.toString(), "80100864847321");
  BigInt::divMod(-a, b, &q, &r);
  EXPECT_EQ(q.toString(), "-10000000000000000721000");
  EXPECT_EQ(r.toString(), "-80100864847321");
  BigInt::divMod(a, -b, nullptr, &r);
  EXPECT_EQ(r.toString(), "80100864847321");
  // Aliasing the outputs with the inputs.
  BigInt x = big("1000000000000000000000"), y = BigInt(7);
  BigInt::divMod(x, y, &x, &y);
  EXPECT_EQ(x.toString(), "142857142857142857142");
  EXPECT_EQ(y.toString(), "6");
}

TEST(BigIntTest, DivModKnuthAddBack) {
  // Hacker's Delight's divmnu test vectors that need the rare "add back" step.
  BigInt u = BigInt::fromUint64(0x80000000).shl(64) + BigInt(3);
  BigInt v = BigInt::fromUint64(0x20000000).shl(64) + BigInt(1);
  BigInt q, r;
  BigInt::divMod(u, v, &q, &r);
  EXPECT_EQ(q, BigInt(3));
  EXPECT_EQ(r, BigInt::fromUint64(0x20000000).shl(64));
  u = BigInt::fromUint64(0x7fffffff80000000ull).shl(64);
  v = BigInt::fromUint64(0x80000000ull).shl(32) + BigInt(1);
  BigInt::divMod(u, v, &q, &r);
  EXPECT_EQ(q * v + r, u);
  EXPECT_LT(BigInt::cmpAbs(r, v), 0);
}

TEST(BigIntTest, DivModMatchesInt128) {
  std::mt19937_64 rng(12345);
  for (int i = 0; i < 20000; ++i) {
    u128 a = patterned(rng), b = patterned(rng);
    if (b == 0) continue;
    BigInt q, r;
    ASSERT_TRUE(BigInt::divMod(fromU128(a), fromU128(b), &q, &r));
    ASSERT_EQ(toU128(q), a / b);
    ASSERT_EQ(toU128(r), a % b);
    ASSERT_EQ(toU128(fromU128(a) + fromU128(b) - fromU128(b)), a);
    ASSERT_EQ(toU128(fromU128(a >> 64) * fromU128(b >> 64)), (a >> 64) * (b >> 64));
  }
}

TEST(BigIntTest, DivModProperty) {
  std::mt19937_64 rng(7);
  for (int i = 0; i < 2000; ++i) {
    BigInt a = fromU128(patterned(rng)) * fromU128(patterned(rng)) * fromU128(patterned(rng));
    BigInt b = fromU128(patterned(rng)) * fromU128(patterned(rng));
    if (rng() & 1) a = -a;
    if (rng() & 1) b = -b;
    if (b.isZero()) continue;
    BigInt q, r;
    ASSERT_TRUE(BigInt::divMod(a, b, &q, &r));
    ASSERT_EQ(q * b + r, a);
    ASSERT_LT(BigInt::cmpAbs(r, b), 0);
    ASSERT_TRUE(r.isZero() || r.isNeg() == a.isNeg());
  }
}

TEST(BigIntTest, Shifts) {
  EXPECT_EQ(BigInt(1).shl(100).shr(98), BigInt(4));
  EXPECT_EQ(BigInt(1).shl(100).toString(), "1267650600228229401496703205376");
  EXPECT_EQ(BigInt(-5).shr(1), BigInt(-3));  // floor, like Go's >>
  EXPECT_EQ(BigInt(-4).shr(1), BigInt(-2));
  EXPECT_EQ(BigInt(-1).shr(1000), BigInt(-1));
  EXPECT_EQ(BigInt(5).shr(1000), BigInt(0));
  EXPECT_EQ(BigInt(-3).shl(64).toString(), "-55340232221128654848");
  EXPECT_EQ(big("-340282366920938463463374607431768211457").shr(64).toString(),
            "-18446744073709551617");
  EXPECT_EQ(BigInt(0).shl(1000), BigInt(0));
  EXPECT_EQ(BigInt(7).shl(0), BigInt(7));
  std::mt19937_64 rng(3);
  for (int i = 0; i < 5000; ++i) {
    auto v = static_cast<int64_t>(rng()) >> (rng() % 64);
    unsigned s = rng() % 70;
    ASSERT_EQ(BigInt(v).shr(s), BigInt(s >= 64 ? (v < 0 ? -1 : 0) : v >> s)) << v << ">>" << s;
    if (s < 64) {
      ASSERT_EQ(BigInt(v).shl(s).shr(s), BigInt(v));
    }
  }
}

TEST(BigIntTest, BitwiseMatchesInt64) {
  std::mt19937_64 rng(99);
  for (int i = 0; i < 20000; ++i) {
    auto a = static_cast<int64_t>(rng()) >> (rng() % 64);
    auto b = static_cast<int64_t>(rng()) >> (rng() % 64);
    ASSERT_EQ(BigInt(a) & BigInt(b), BigInt(a & b)) << a << "&" << b;
    ASSERT_EQ(BigInt(a) | BigInt(b), BigInt(a | b)) << a << "|" << b;
    ASSERT_EQ(BigInt(a) ^ BigInt(b), BigInt(a ^ b)) << a << "^" << b;
    ASSERT_EQ(BigInt(a).andNot(BigInt(b)), BigInt(a & ~b)) << a << "&^" << b;
    ASSERT_EQ(~BigInt(a), BigInt(~a));
  }
}

TEST(BigIntTest, BitwiseBig) {
  // Values from Go's math/big.
  BigInt m128 = big("-340282366920938463463374607431768211456");  // -2^128
  EXPECT_EQ((m128 & big("-18446744073709551617")).toString(),
            "-340282366920938463463374607431768211456");
  EXPECT_EQ(
      (big("-340282366920938463463374607431768211457") | big("18446744073709551615")).toString(),
      "-340282366920938463463374607431768211457");
  EXPECT_EQ(
      (big("-340282366920938463463374607431768211457") ^ big("-18446744073709551615")).toString(),
      "340282366920938463481821351505477763070");
  EXPECT_EQ(big("340282366920938463463374607431768211455").andNot(big("-18446744073709551616")),
            big("18446744073709551615"));
  EXPECT_EQ((BigInt(-5) & BigInt(3)), BigInt(3));
  EXPECT_EQ((BigInt(5).andNot(BigInt(-3))), BigInt(0));
  EXPECT_EQ(~BigInt(0), BigInt(-1));
  EXPECT_EQ(~BigInt(1).shl(100), -BigInt(1).shl(100) - BigInt(1));
}

TEST(BigIntTest, CompareAndGcd) {
  EXPECT_LT(BigInt(-2), BigInt(-1));
  EXPECT_LT(BigInt(-1).shl(100), BigInt(-1));
  EXPECT_GT(BigInt(1).shl(100), BigInt(INT64_MAX));
  EXPECT_EQ(BigInt::cmpAbs(BigInt(-5), BigInt(5)), 0);
  EXPECT_EQ(BigInt::cmp(BigInt(0), -BigInt(0)), 0);
  EXPECT_EQ(BigInt::gcd(BigInt(12), BigInt(-18)), BigInt(6));
  EXPECT_EQ(BigInt::gcd(BigInt(0), BigInt(5)), BigInt(5));
  EXPECT_EQ(BigInt::gcd(BigInt(0), BigInt(0)), BigInt(0));
  EXPECT_EQ(BigInt::gcd(BigInt(3).shl(200), BigInt(9).shl(150)), BigInt(3).shl(150));
}

TEST(BigIntTest, SmallHelpers) {
  BigInt x(0);
  for (int i = 0; i < 30; ++i) x.mulAddSmall(10, 9);
  EXPECT_EQ(x.toString(), std::string(30, '9'));
  EXPECT_EQ(x.divSmall(1000), 999u);
  EXPECT_EQ(x.toString(), std::string(27, '9'));
}

TEST(BigIntTest, LimbsCopyAndMove) {
  BigInt small(12345);
  BigInt large = BigInt(1).shl(300) + BigInt(77);
  BigInt a = small, b = large;
  EXPECT_EQ(a, small);
  EXPECT_EQ(b, large);
  BigInt c = std::move(b);
  EXPECT_EQ(c, large);
  b = c;  // reuse a moved-from object
  EXPECT_EQ(b, large);
  a = large;  // inline -> heap
  EXPECT_EQ(a, large);
  a = small;  // heap storage holding a small value
  EXPECT_EQ(a, small);
  c = std::move(a);
  EXPECT_EQ(c, small);
  c = c;  // self-assignment
  EXPECT_EQ(c, small);
  Limbs l;
  for (uint32_t i = 0; i < 100; ++i) l.push_back(i);
  Limbs m = l;
  EXPECT_EQ(m.size(), 100u);
  EXPECT_EQ(m[99], 99u);
  m.resize(3);
  m.resize(6);
  EXPECT_EQ(m[2], 2u);
  EXPECT_EQ(m[5], 0u);
}

}  // namespace
}  // namespace gm::constant
