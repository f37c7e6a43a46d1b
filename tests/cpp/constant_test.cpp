#include "types/constant.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

namespace gm::constant {
namespace {

// Go's token kind for a literal's text: 0 int, 1 float, 3 rune, 4 string.
int litKindOf(std::string_view s) {
  if (s[0] == '\'') return 3;
  if (s[0] == '"' || s[0] == '`') return 4;
  bool hex = s.size() > 1 && (s[1] == 'x' || s[1] == 'X');
  for (char c : s) {
    if (c == '.' || c == 'p' || c == 'P' || (!hex && (c == 'e' || c == 'E'))) return 1;
  }
  return 0;
}

// A literal, negated when written with a leading '-'.
Value lit(std::string_view s) {
  bool neg = s[0] == '-';
  if (neg) s.remove_prefix(1);
  std::string err;
  Value v = Value::fromLiteral(s, litKindOf(s), &err);
  EXPECT_FALSE(v.isUnknown()) << s << ": " << err;
  return neg ? unaryOp('-', v) : v;
}

Value add(const Value& x, const Value& y) {
  return binaryOp(x, '+', y, false);
}
Value mul(const Value& x, const Value& y) {
  return binaryOp(x, '*', y, false);
}
Value quo(const Value& x, const Value& y) {
  return binaryOp(x, '/', y, false);
}

struct LitCase {
  const char* lit;
  int kind;
  const char* str;
  uint64_t f64;
  bool f64Exact;
  uint32_t f32;
  bool f32Exact;
};

// Generated with Go 1.19's go/constant (MakeFromLiteral, String, Float64Val, Float32Val), except
// the exactness of 0x1p-1022, 0x1p-1074 and 0x1p-1075 as float32 and of 0x1p-4096: math/big's
// Rat.Float32/64 wrongly report those underflows to zero as exact.
const LitCase kLitCases[] = {
    {"0", 3, "0", 0x0000000000000000ull, true, 0x00000000u, true},
    {"1", 3, "1", 0x3ff0000000000000ull, true, 0x3f800000u, true},
    {"42", 3, "42", 0x4045000000000000ull, true, 0x42280000u, true},
    {"0x1F", 3, "31", 0x403f000000000000ull, true, 0x41f80000u, true},
    {"0XdeadBEEF", 3, "3735928559", 0x41ebd5b7dde00000ull, true, 0x4f5eadbfu, false},
    {"0o17", 3, "15", 0x402e000000000000ull, true, 0x41700000u, true},
    {"0O17", 3, "15", 0x402e000000000000ull, true, 0x41700000u, true},
    {"0b1011", 3, "11", 0x4026000000000000ull, true, 0x41300000u, true},
    {"0B1", 3, "1", 0x3ff0000000000000ull, true, 0x3f800000u, true},
    {"0777", 3, "511", 0x407ff00000000000ull, true, 0x43ff8000u, true},
    {"00", 3, "0", 0x0000000000000000ull, true, 0x00000000u, true},
    {"1_000_000", 3, "1000000", 0x412e848000000000ull, true, 0x49742400u, true},
    {"0x_1f", 3, "31", 0x403f000000000000ull, true, 0x41f80000u, true},
    {"0b_1_0", 3, "2", 0x4000000000000000ull, true, 0x40000000u, true},
    {"9223372036854775807", 3, "9223372036854775807", 0x43e0000000000000ull, false, 0x5f000000u,
     false},
    {"9223372036854775808", 3, "9223372036854775808", 0x43e0000000000000ull, true, 0x5f000000u,
     true},
    {"18446744073709551615", 3, "18446744073709551615", 0x43f0000000000000ull, false, 0x5f800000u,
     false},
    {"18446744073709551616", 3, "18446744073709551616", 0x43f0000000000000ull, true, 0x5f800000u,
     true},
    {"0xffffffffffffffffffffffffffffffff", 3, "340282366920938463463374607431768211455",
     0x47f0000000000000ull, false, 0x7f800000u, false},
    {"123456789012345678901234567890", 3, "123456789012345678901234567890", 0x45f8ee90ff6c373eull,
     false, 0x6fc77488u, false},
    {"0.1", 4, "0.1", 0x3fb999999999999aull, false, 0x3dcccccdu, false},
    {"0.2", 4, "0.2", 0x3fc999999999999aull, false, 0x3e4ccccdu, false},
    {"0.3", 4, "0.3", 0x3fd3333333333333ull, false, 0x3e99999au, false},
    {"1e100", 4, "1e+100", 0x54b249ad2594c37dull, false, 0x7f800000u, false},
    {"6.02214076e23", 4, "6.02214e+23", 0x44dfe185ca57c517ull, false, 0x66ff0c2eu, false},
    {".5", 4, "0.5", 0x3fe0000000000000ull, true, 0x3f000000u, true},
    {"1_000.5e-3", 4, "1.0005", 0x3ff0020c49ba5e35ull, false, 0x3f801062u, false},
    {"0x1.8p1", 4, "3", 0x4008000000000000ull, true, 0x40400000u, true},
    {"0x1p-2", 4, "0.25", 0x3fd0000000000000ull, true, 0x3e800000u, true},
    {"1.5", 4, "1.5", 0x3ff8000000000000ull, true, 0x3fc00000u, true},
    {"3.14159265358979323846", 4, "3.14159", 0x400921fb54442d18ull, false, 0x40490fdbu, false},
    {"1e23", 4, "1e+23", 0x44b52d02c7e14af6ull, false, 0x65a96816u, false},
    {"1e-400", 4, "1e-400", 0x0000000000000000ull, false, 0x00000000u, false},
    {"1e400", 4, "1e+400", 0x7ff0000000000000ull, false, 0x7f800000u, false},
    {"1e1000", 4, "1e+1000", 0x7ff0000000000000ull, false, 0x7f800000u, false},
    {"1e2000", 4, "1e+2000", 0x7ff0000000000000ull, false, 0x7f800000u, false},
    {"1e-2000", 4, "1e-2000", 0x0000000000000000ull, false, 0x00000000u, false},
    {"4.9e-324", 4, "4.94066e-324", 0x0000000000000001ull, false, 0x00000000u, false},
    {"2.5e-324", 4, "4.94066e-324", 0x0000000000000001ull, false, 0x00000000u, false},
    {"2.4703282292062327e-324", 4, "2.47033e-324", 0x0000000000000000ull, false, 0x00000000u,
     false},
    {"2.4703282292062328e-324", 4, "4.94066e-324", 0x0000000000000001ull, false, 0x00000000u,
     false},
    {"1.7976931348623157e308", 4, "1.79769e+308", 0x7fefffffffffffffull, false, 0x7f800000u, false},
    {"1.7976931348623158e308", 4, "1.79769e+308", 0x7fefffffffffffffull, false, 0x7f800000u, false},
    {"1.7976931348623159e308", 4, "1.79769e+308", 0x7ff0000000000000ull, false, 0x7f800000u, false},
    {"0x1p-1022", 4, "2.22507e-308", 0x0010000000000000ull, true, 0x00000000u, false},
    {"0x1p-1074", 4, "4.94066e-324", 0x0000000000000001ull, true, 0x00000000u, false},
    {"0x1p-1075", 4, "2.47033e-324", 0x0000000000000000ull, false, 0x00000000u, false},
    {"0x1.0000000000001p-1075", 4, "4.94066e-324", 0x0000000000000001ull, false, 0x00000000u,
     false},
    {"0x1p1023", 4, "8.98847e+307", 0x7fe0000000000000ull, true, 0x7f800000u, false},
    {"0x1.fffffffffffffp1023", 4, "1.79769e+308", 0x7fefffffffffffffull, true, 0x7f800000u, false},
    {"0x1.fffffffffffff8p1023", 4, "1.79769e+308", 0x7ff0000000000000ull, false, 0x7f800000u,
     false},
    {"100000", 3, "100000", 0x40f86a0000000000ull, true, 0x47c35000u, true},
    {"1000000", 3, "1000000", 0x412e848000000000ull, true, 0x49742400u, true},
    {"123456", 3, "123456", 0x40fe240000000000ull, true, 0x47f12000u, true},
    {"1234567", 3, "1234567", 0x4132d68700000000ull, true, 0x4996b438u, true},
    {"0.0001", 4, "0.0001", 0x3f1a36e2eb1c432dull, false, 0x38d1b717u, false},
    {"0.00001", 4, "1e-05", 0x3ee4f8b588e368f1ull, false, 0x3727c5acu, false},
    {"1e6", 4, "1e+06", 0x412e848000000000ull, true, 0x49742400u, true},
    {"123456.5", 4, "123456", 0x40fe240800000000ull, true, 0x47f12040u, true},
    {"1234565.0", 4, "1.23456e+06", 0x4132d68500000000ull, true, 0x4996b428u, true},
    {"0.000123456789", 4, "0.000123457", 0x3f202e85be111841ull, false, 0x3901742eu, false},
    {"1.", 4, "1", 0x3ff0000000000000ull, true, 0x3f800000u, true},
    {"0.", 4, "0", 0x0000000000000000ull, true, 0x00000000u, true},
    {"0e0", 4, "0", 0x0000000000000000ull, true, 0x00000000u, true},
    {"00.5", 4, "0.5", 0x3fe0000000000000ull, true, 0x3f000000u, true},
    {"0777.5", 4, "777.5", 0x40884c0000000000ull, true, 0x44426000u, true},
    {"0777e1", 4, "7770", 0x40be5a0000000000ull, true, 0x45f2d000u, true},
    {"1E+3", 4, "1000", 0x408f400000000000ull, true, 0x447a0000u, true},
    {"1e-3", 4, "0.001", 0x3f50624dd2f1a9fcull, false, 0x3a83126fu, false},
    {"3.4028234663852886e38", 4, "3.40282e+38", 0x47efffffe0000000ull, false, 0x7f7fffffu, false},
    {"3.4028235677973366e38", 4, "3.40282e+38", 0x47effffff0000000ull, false, 0x7f7fffffu, false},
    {"1.401298464324817e-45", 4, "1.4013e-45", 0x36a0000000000000ull, false, 0x00000001u, false},
    {"0x1p-149", 4, "1.4013e-45", 0x36a0000000000000ull, true, 0x00000001u, true},
    {"0x1p-150", 4, "7.00649e-46", 0x3690000000000000ull, true, 0x00000000u, false},
    {"0x1.000002p-150", 4, "7.00649e-46", 0x3690000020000000ull, true, 0x00000001u, false},
    {"1e-7", 4, "1e-07", 0x3e7ad7f29abcaf48ull, false, 0x33d6bf95u, false},
    {"0.1e-6", 4, "1e-07", 0x3e7ad7f29abcaf48ull, false, 0x33d6bf95u, false},
    {"1e4096", 4, "1e+4096", 0x7ff0000000000000ull, false, 0x7f800000u, false},
    {"1e1233", 4, "1e+1233", 0x7ff0000000000000ull, false, 0x7f800000u, false},
    {"1e1234", 4, "1e+1234", 0x7ff0000000000000ull, false, 0x7f800000u, false},
    {"1e-1233", 4, "1e-1233", 0x0000000000000000ull, false, 0x00000000u, false},
    {"1e-1240", 4, "1e-1240", 0x0000000000000000ull, false, 0x00000000u, false},
    {"0x1p4095", 4, "5.22194e+1232", 0x7ff0000000000000ull, false, 0x7f800000u, false},
    {"0x1p4096", 4, "1.04439e+1233", 0x7ff0000000000000ull, false, 0x7f800000u, false},
    {"0x1p-4096", 4, "0.957498e-1233", 0x0000000000000000ull, false, 0x00000000u, false},
    {"0x1p100000", 4, "9.99002e+30102", 0x7ff0000000000000ull, false, 0x7f800000u, false},
    {"123e-2", 4, "1.23", 0x3ff3ae147ae147aeull, false, 0x3f9d70a4u, false},
    {"2.5", 4, "2.5", 0x4004000000000000ull, true, 0x40200000u, true},
    {"-0", 3, "0", 0x0000000000000000ull, true, 0x00000000u, true},
    {"1e-10", 4, "1e-10", 0x3ddb7cdfd9d7bdbbull, false, 0x2edbe6ffu, false},
    {"99999.95", 4, "99999.9", 0x40f869ff33333333ull, false, 0x47c34ffau, false},
    {"999999.5", 4, "1e+06", 0x412e847f00000000ull, true, 0x497423f8u, true},
    {"9999995", 3, "9999995", 0x416312cf60000000ull, true, 0x4b18967bu, true},
    {"0.5e-4", 4, "5e-05", 0x3f0a36e2eb1c432dull, false, 0x3851b717u, false},
    {"'a'", 3, "97", 0x4058400000000000ull, true, 0x42c20000u, true},
    {"'\\n'", 3, "10", 0x4024000000000000ull, true, 0x41200000u, true},
    {"'\\x41'", 3, "65", 0x4050400000000000ull, true, 0x42820000u, true},
    {"'\\u00e9'", 3, "233", 0x406d200000000000ull, true, 0x43690000u, true},
    {"'\\U0001F600'", 3, "128512", 0x40ff600000000000ull, true, 0x47fb0000u, true},
    {"'\\377'", 3, "255", 0x406fe00000000000ull, true, 0x437f0000u, true},
    {"'\\''", 3, "39", 0x4043800000000000ull, true, 0x421c0000u, true},
    {"'é'", 3, "233", 0x406d200000000000ull, true, 0x43690000u, true},
    {"'\\\\'", 3, "92", 0x4057000000000000ull, true, 0x42b80000u, true},
    {"'\\000'", 3, "0", 0x0000000000000000ull, true, 0x00000000u, true},
    {"\"hello\"", 2, "\"hello\"", 0x0000000000000000ull, false, 0x00000000u, false},
    {"\"a\\tb\"", 2, "\"a\\tb\"", 0x0000000000000000ull, false, 0x00000000u, false},
    {"\"\\x41\\101\\u00e9\"", 2, "\"AAé\"", 0x0000000000000000ull, false, 0x00000000u, false},
    {"\"\\xff\"", 2, "\"\\xff\"", 0x0000000000000000ull, false, 0x00000000u, false},
    {"`raw\\n`", 2, "\"raw\\\\n\"", 0x0000000000000000ull, false, 0x00000000u, false},
    {"\"\"", 2, "\"\"", 0x0000000000000000ull, false, 0x00000000u, false},
    {"\"\\\"\"", 2, "\"\\\"\"", 0x0000000000000000ull, false, 0x00000000u, false},
    {"\"é\"", 2, "\"é\"", 0x0000000000000000ull, false, 0x00000000u, false},
    {"\"\\u2028\"", 2, "\"\\u2028\"", 0x0000000000000000ull, false, 0x00000000u, false},
    {"\"\\x00\\x7f\\a\\b\\f\\n\\r\\t\\v\"", 2, "\"\\x00\\x7f\\a\\b\\f\\n\\r\\t\\v\"",
     0x0000000000000000ull, false, 0x00000000u, false},
    {"\"\\U0001F600\"", 2, "\"😀\"", 0x0000000000000000ull, false, 0x00000000u, false},
    {"\"\\u00a0\\u00ad\"", 2, "\"\\u00a0\\u00ad\"", 0x0000000000000000ull, false, 0x00000000u,
     false},
    {"\"\\ue000\"", 2, "\"\\ue000\"", 0x0000000000000000ull, false, 0x00000000u, false},
    {"\"0123456789012345678901234567890123456789012345678901234567890123456789\"", 2,
     "\"0123456789012345678901234567890123456789012345678901234567890123456789\"",
     0x0000000000000000ull, false, 0x00000000u, false},
    {"\"01234567890123456789012345678901234567890123456789012345678901234567\"", 2,
     "\"01234567890123456789012345678901234567890123456789012345678901234567\"",
     0x0000000000000000ull, false, 0x00000000u, false},
    {"\"012345678901234567890123456789012345678901234567890123456789012345678\"", 2,
     "\"012345678901234567890123456789012345678901234567890123456789012345678\"",
     0x0000000000000000ull, false, 0x00000000u, false},
    {"\"ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé\"", 2,
     "\"éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé...",
     0x0000000000000000ull, false, 0x00000000u, false},
};

TEST(ConstantTest, LiteralsMatchGo) {
  for (const LitCase& c : kLitCases) {
    SCOPED_TRACE(c.lit);
    Value v = lit(c.lit);
    EXPECT_EQ(static_cast<int>(v.kind()), c.kind);
    EXPECT_EQ(v.toString(), c.str);
    if (v.kind() != Kind::Int && v.kind() != Kind::Float) continue;
    bool exact;
    double d = v.float64Val(&exact);
    EXPECT_EQ(std::bit_cast<uint64_t>(d), c.f64) << d;
    EXPECT_EQ(exact, c.f64Exact);
    float f = v.float32Val(&exact);
    EXPECT_EQ(std::bit_cast<uint32_t>(f), c.f32) << f;
    EXPECT_EQ(exact, c.f32Exact);
  }
}

struct OpCase {
  const char* x;
  char op;  // 'q' is '/' with integerDivision
  const char* y;
  int kind;
  const char* str;
};

// Generated with Go 1.19's go/constant BinaryOp (QUO_ASSIGN for 'q').
const OpCase kOpCases[] = {
    {"7", 'q', "2", 3, "3"},
    {"-7", 'q', "2", 3, "-3"},
    {"7", 'q', "-2", 3, "-3"},
    {"-7", 'q', "-2", 3, "3"},
    {"7", '%', "2", 3, "1"},
    {"-7", '%', "2", 3, "-1"},
    {"7", '%', "-2", 3, "1"},
    {"-7", '%', "-2", 3, "-1"},
    {"7", '/', "2", 4, "3.5"},
    {"1", '/', "3", 4, "0.333333"},
    {"-1", '/', "3", 4, "-0.333333"},
    {"4", '/', "2", 4, "2"},
    {"9223372036854775807", '+', "1", 3, "9223372036854775808"},
    {"-9223372036854775808", '-', "1", 3, "-9223372036854775809"},
    {"4294967296", '*', "4294967296", 3, "18446744073709551616"},
    {"123456789012345678901234567890", '*', "987654321098765432109876543210", 3,
     "121932631137021795226185032733622923332237463801111263526900"},
    {"123456789012345678901234567890987654321", 'q', "12345678901234567", 3,
     "10000000000000000721000"},
    {"-123456789012345678901234567890987654321", '%', "12345678901234567", 3, "-80100864847321"},
    {"123456789012345678901234567890987654321", '%', "-12345678901234567", 3, "80100864847321"},
    {"-5", '&', "3", 3, "3"},
    {"-5", '|', "3", 3, "-5"},
    {"-5", '^', "3", 3, "-8"},
    {"-5", 'a', "3", 3, "-8"},
    {"5", 'a', "-3", 3, "0"},
    {"-340282366920938463463374607431768211456", '&', "-18446744073709551617", 3,
     "-340282366920938463463374607431768211456"},
    {"-340282366920938463463374607431768211457", '|', "18446744073709551615", 3,
     "-340282366920938463463374607431768211457"},
    {"-340282366920938463463374607431768211457", '^', "-18446744073709551615", 3,
     "340282366920938463481821351505477763070"},
    {"340282366920938463463374607431768211455", 'a', "-18446744073709551616", 3,
     "18446744073709551615"},
    {"0.1", '+', "0.2", 4, "0.3"},
    {"0.1", '*', "3", 4, "0.3"},
    {"1", '/', "0.1", 4, "10"},
    {"1.5", '-', "2", 4, "-0.5"},
    {"1e100", '/', "1e-100", 4, "1e+200"},
    {"1e2000", '/', "1e1990", 4, "1e+10"},
    {"1e2000", '*', "1e-2000", 4, "1"},
    {"1e2000", '-', "1e2000", 4, "0"},
    {"1e2000", '+', "1", 4, "1e+2000"},
    {"1e-2000", '+', "1", 4, "1"},
    {"2", '/', "3", 4, "0.666667"},
    {"1e300", '*', "1e300", 4, "1e+600"},
    {"\"ab\"", '+', "\"cd\"", 2, "\"abcd\""},
};

TEST(ConstantTest, BinaryOpsMatchGo) {
  for (const OpCase& c : kOpCases) {
    SCOPED_TRACE(std::string(c.x) + " " + c.op + " " + c.y);
    bool intDiv = c.op == 'q';
    Value r = binaryOp(lit(c.x), intDiv ? '/' : c.op, lit(c.y), intDiv);
    EXPECT_EQ(static_cast<int>(r.kind()), c.kind);
    EXPECT_EQ(r.toString(), c.str);
  }
}

TEST(ConstantTest, FactoriesAndAccessors) {
  EXPECT_TRUE(Value().isUnknown());
  EXPECT_EQ(Value().toString(), "unknown");
  EXPECT_EQ(Value::makeBool(true).toString(), "true");
  EXPECT_FALSE(Value::makeBool(false).boolVal());
  EXPECT_EQ(Value::makeString("x").stringVal(), "x");
  EXPECT_EQ(Value::makeInt64(INT64_MIN).toString(), "-9223372036854775808");
  EXPECT_EQ(Value::makeUint64(UINT64_MAX).toString(), "18446744073709551615");
  EXPECT_EQ(Value::makeUint64(UINT64_MAX).uint64Val(), UINT64_MAX);
  EXPECT_FALSE(Value::makeUint64(UINT64_MAX).int64Val());
  EXPECT_EQ(Value::makeInt64(-1).int64Val(), -1);
  EXPECT_FALSE(Value::makeInt64(-1).uint64Val());
  EXPECT_FALSE(Value::makeString("1").int64Val());
  EXPECT_EQ(lit("2.0").int64Val(), 2);  // integral Float
  EXPECT_FALSE(lit("2.5").int64Val());
  EXPECT_EQ(lit("1e19").uint64Val(), 10000000000000000000ull);
  EXPECT_FALSE(lit("1e19").int64Val());
  EXPECT_TRUE(Value::makeFloat64(NAN).isUnknown());
  EXPECT_TRUE(Value::makeFloat64(INFINITY).isUnknown());
  EXPECT_EQ(Value::makeFloat64(-0.0).kind(), Kind::Float);
  EXPECT_EQ(Value::makeFloat64(-0.0).sign(), 0);
  EXPECT_EQ(Value::makeFloat64(1e300).toString(), "1e+300");
  EXPECT_EQ(Value::makeFloat64(5e-324).toString(), "4.94066e-324");
  EXPECT_EQ(Value::makeFloat64(1.7976931348623157e308).toString(), "1.79769e+308");
  EXPECT_EQ(Value::makeFloat64(-2.5).toString(), "-2.5");
  // makeFloat64 is exact: 0.1 as a double is not the constant 0.1.
  Value d = Value::makeFloat64(0.1);
  EXPECT_EQ(d.toString(), "0.1");
  EXPECT_FALSE(compare(d, '=', lit("0.1")));
  EXPECT_TRUE(compare(d, '>', lit("0.1")));
  EXPECT_TRUE(compare(d, '=', Value::makeFloat64(lit("0.1").float64Val())));
}

TEST(ConstantTest, Float64RoundTrip) {
  std::mt19937_64 rng(42);
  for (int i = 0; i < 20000; ++i) {
    double x = std::bit_cast<double>(rng());
    if (!std::isfinite(x)) continue;
    bool exact;
    ASSERT_EQ(std::bit_cast<uint64_t>(Value::makeFloat64(x).float64Val(&exact)),
              std::bit_cast<uint64_t>(x + 0.0));
    ASSERT_TRUE(exact);
  }
}

// Decimal literals must round like a correctly rounded strtod/strtof (glibc's are).
TEST(ConstantTest, DecimalParsingIsCorrectlyRounded) {
  std::mt19937_64 rng(2024);
  for (int i = 0; i < 20000; ++i) {
    char buf[64];
    if (i % 2 == 0) {
      double x = std::bit_cast<double>(rng() & ~(uint64_t{1} << 63));
      if (!std::isfinite(x)) continue;
      std::snprintf(buf, sizeof buf, "%.*e", static_cast<int>(rng() % 20), x);
    } else {
      // Random digits with exponents spanning the subnormal and overflow boundaries.
      std::string s = std::to_string(rng() % 1000000000000000000ull);
      int e = static_cast<int>(rng() % 700) - 360;
      std::snprintf(buf, sizeof buf, "%s.%llue%d", s.c_str(),
                    static_cast<unsigned long long>(rng() % 100000), e);
    }
    SCOPED_TRACE(buf);
    Value v = Value::fromLiteral(buf, 1);
    ASSERT_EQ(v.kind(), Kind::Float);
    bool exact;
    double d = v.float64Val(&exact);
    ASSERT_EQ(std::bit_cast<uint64_t>(d), std::bit_cast<uint64_t>(std::strtod(buf, nullptr)));
    float f = v.float32Val(&exact);
    ASSERT_EQ(std::bit_cast<uint32_t>(f), std::bit_cast<uint32_t>(std::strtof(buf, nullptr)));
  }
}

TEST(ConstantTest, TrickyFloat64) {
  bool exact;
  EXPECT_EQ(lit("0.1").float64Val(&exact), 0.1);
  EXPECT_FALSE(exact);
  EXPECT_EQ(lit("1e23").float64Val(), 1e23);
  EXPECT_EQ(lit("8.98846567431158e307").float64Val(), 8.98846567431158e307);
  EXPECT_EQ(lit("2.2250738585072011e-308").float64Val(), 2.2250738585072011e-308);
  EXPECT_EQ(lit("2.2250738585072012e-308").float64Val(), 2.2250738585072012e-308);
  EXPECT_EQ(lit("0x1p-1074").float64Val(&exact), 4.9406564584124654e-324);
  EXPECT_TRUE(exact);
  EXPECT_EQ(lit("0x1p-1022").float64Val(&exact), 2.2250738585072014e-308);
  EXPECT_TRUE(exact);
  EXPECT_EQ(lit("1.7976931348623157e308").float64Val(&exact), 1.7976931348623157e308);
  EXPECT_FALSE(exact);
  // Halfway between the largest float64 and 2^1024 rounds to even, i.e. overflows.
  EXPECT_TRUE(std::isinf(lit("0x1.fffffffffffff8p1023").float64Val(&exact)));
  EXPECT_FALSE(exact);
  EXPECT_EQ(lit("0x1.fffffffffffff7ffp1023").float64Val(&exact), 1.7976931348623157e308);
  EXPECT_FALSE(exact);
  EXPECT_TRUE(std::isinf(lit("-1e309").float64Val(&exact)));
  EXPECT_LT(lit("-1e309").float64Val(), 0);
  // Ties to even at 2^53.
  EXPECT_EQ(lit("9007199254740993").float64Val(&exact), 9007199254740992.0);
  EXPECT_FALSE(exact);
  EXPECT_EQ(lit("9007199254740995").float64Val(), 9007199254740996.0);
  EXPECT_EQ(Value::makeInt64(INT64_MIN).float64Val(&exact), -9223372036854775808.0);
  EXPECT_TRUE(exact);
  EXPECT_EQ(Value::makeInt64(INT64_MAX).float64Val(&exact), 9223372036854775808.0);
  EXPECT_FALSE(exact);
  // Underflow keeps the sign.
  EXPECT_TRUE(std::signbit(lit("-1e-400").float64Val()));
  EXPECT_EQ(lit("3.4028235e38").float32Val(), 3.4028235e38f);
  EXPECT_TRUE(std::isinf(lit("3.4028236e38").float32Val()));
  EXPECT_TRUE(std::isinf(lit("0x1.ffffffp127").float32Val()));  // halfway: rounds up to 2^128
  EXPECT_EQ(lit("0x1.fffffefp127").float32Val(), 3.4028235e38f);
  EXPECT_EQ(lit("1e-45").float32Val(), 1.4e-45f);
  EXPECT_EQ(Value::makeString("x").float64Val(&exact), 0);
  EXPECT_FALSE(exact);
}

TEST(ConstantTest, ExactRationalArithmetic) {
  EXPECT_TRUE(compare(add(lit("0.1"), lit("0.2")), '=', lit("0.3")));
  EXPECT_TRUE(compare(mul(lit("0.1"), lit("3")), '=', lit("0.3")));
  EXPECT_TRUE(compare(quo(lit("1"), lit("3")), '<', lit("0.3333333333333333333333334")));
  EXPECT_TRUE(compare(quo(lit("1"), lit("3")), '>', lit("0.3333333333333333333333333")));
  Value third = quo(lit("1"), lit("3"));
  EXPECT_EQ(mul(third, lit("3")).toInt()->int64Val(), 1);
  EXPECT_EQ(quo(lit("4"), lit("2")).kind(), Kind::Float);  // '/' on Ints is exact, not truncated
  EXPECT_EQ(binaryOp(lit("7"), '/', lit("2"), true).toString(), "3");
  EXPECT_EQ(binaryOp(lit("7.0"), '/', lit("2"), true).toString(), "3.5");  // only Ints truncate
  EXPECT_EQ(binaryOp(lit("-9223372036854775808"), '/', lit("-1"), true).toString(),
            "9223372036854775808");
  EXPECT_EQ(binaryOp(lit("-9223372036854775808"), '%', lit("-1"), false).toString(), "0");
  EXPECT_EQ(add(lit("1.5"), lit("-1.5")).sign(), 0);
  EXPECT_EQ(lit("6.02214076e23").toInt()->toString(), "602214076000000000000000");
  EXPECT_FALSE(lit("0.5").toInt());
  EXPECT_EQ(lit("1e100").toInt()->bitLen(), 333);
}

TEST(ConstantTest, BigFloats) {
  // 1e2000 is beyond exact fractions; division still lands on an integer within rounding.
  Value q = quo(lit("1e2000"), lit("1e1990"));
  EXPECT_EQ(q.kind(), Kind::Float);
  EXPECT_EQ(q.toString(), "1e+10");
  bool exact;
  EXPECT_EQ(q.float64Val(&exact), 1e10);
  EXPECT_TRUE(exact);
  ASSERT_TRUE(q.toInt());
  EXPECT_EQ(q.toInt()->toString(), "10000000000");
  Value third = quo(lit("1e2000"), lit("3e2000"));
  EXPECT_EQ(third.toString(), "0.333333");
  EXPECT_EQ(mul(third, lit("3")).toInt()->toString(), "1");  // fuzzy ToInt as go/constant
  EXPECT_EQ(binaryOp(lit("1e-2000"), '*', lit("-1"), false).toString(), "-1e-2000");
  EXPECT_EQ(binaryOp(lit("-1e-400"), '*', lit("1"), false).toString(), "-1e-400");
  EXPECT_EQ(binaryOp(lit("1e2000"), '*', lit("-1.5"), false).toString(), "-1.5e+2000");
  EXPECT_EQ(binaryOp(lit("1e-2000"), '*', lit("7.25"), false).toString(), "0.725e-1999");
  EXPECT_EQ(quo(lit("1"), lit("7e-1000")).toString(), "1.42857e+999");
  Value big = shift(lit("1"), true, 5000);
  EXPECT_EQ(big.toFloat().kind(), Kind::Float);
  EXPECT_EQ(big.toFloat().toString(), "1.41247e+1505");
  Value p = mul(lit("0x1p4000"), lit("0x1p100"));
  EXPECT_EQ(p.toString(), "1.67102e+1234");
  EXPECT_FALSE(p.toInt());  // too large to be made an Int, like go/constant
  EXPECT_TRUE(compare(lit("1e2000"), '>', lit("9.99e1999")));
  EXPECT_TRUE(compare(lit("-1e2000"), '<', lit("1")));
  EXPECT_TRUE(compare(add(lit("1e2000"), lit("1")), '=', lit("1e2000")));  // 512-bit mantissa
  EXPECT_EQ(Value::fromLiteral("1e100000", 1).toString(), "1e+100000");
  EXPECT_EQ(Value::fromLiteral("1.5e-100000", 1).toString(), "1.5e-100000");
  EXPECT_EQ(Value::fromLiteral("9.999999e99999", 1).toString(), "1e+100000");
  // Beyond big.Float's exponent range: overflow is an error, underflow gives 0.
  std::string err;
  EXPECT_TRUE(Value::fromLiteral("1e1000000000", 1, &err).isUnknown());
  EXPECT_EQ(err, "malformed constant: 1e1000000000");
  Value tiny = Value::fromLiteral("1e-1000000000", 1);
  EXPECT_EQ(tiny.kind(), Kind::Float);
  EXPECT_EQ(tiny.sign(), 0);
  EXPECT_EQ(Value::fromLiteral("0e99999999999999999999", 1).sign(), 0);
  EXPECT_TRUE(Value::fromLiteral("1e99999999999999999999", 1).isUnknown());
}

TEST(ConstantTest, Shifts) {
  EXPECT_EQ(shift(shift(lit("1"), true, 100), false, 98).toString(), "4");
  EXPECT_EQ(shift(lit("1"), true, 100).toString(), "1267650600228229401496703205376");
  EXPECT_EQ(shift(lit("-5"), false, 1).toString(), "-3");
  EXPECT_EQ(shift(lit("-1"), false, 100).toString(), "-1");
  EXPECT_EQ(shift(lit("5"), false, 64).toString(), "0");
  EXPECT_EQ(shift(lit("-340282366920938463463374607431768211457"), false, 64).toString(),
            "-18446744073709551617");
  EXPECT_EQ(shift(lit("1"), true, 62).toString(), "4611686018427387904");
  EXPECT_EQ(shift(lit("1"), true, 63).toString(), "9223372036854775808");
  EXPECT_EQ(shift(lit("-1"), true, 63).toString(), "-9223372036854775808");
  EXPECT_EQ(shift(lit("3"), true, 0).toString(), "3");
  EXPECT_EQ(shift(lit("0"), true, uint64_t{1} << 62).toString(), "0");
  EXPECT_TRUE(shift(lit("1"), true, uint64_t{1} << 40).isUnknown());  // refuses to exhaust memory
  EXPECT_TRUE(shift(lit("1.0"), true, 1).isUnknown());
  EXPECT_TRUE(shift(Value(), true, 1).isUnknown());
}

TEST(ConstantTest, UnaryOps) {
  EXPECT_EQ(unaryOp('^', lit("5"), 8).toString(), "250");
  EXPECT_EQ(unaryOp('^', lit("5"), 64).toString(), "18446744073709551610");
  EXPECT_EQ(unaryOp('^', lit("5")).toString(), "-6");
  EXPECT_EQ(unaryOp('^', lit("0"), 128).toString(), "340282366920938463463374607431768211455");
  EXPECT_EQ(unaryOp('^', lit("0"), 32).toString(), "4294967295");
  EXPECT_EQ(unaryOp('^', lit("340282366920938463463374607431768211455")).toString(),
            "-340282366920938463463374607431768211456");
  EXPECT_EQ(unaryOp('-', lit("-9223372036854775808")).toString(), "9223372036854775808");
  EXPECT_EQ(unaryOp('-', lit("9223372036854775808")).toString(), "-9223372036854775808");
  EXPECT_EQ(unaryOp('-', lit("9223372036854775808")).int64Val(), INT64_MIN);
  EXPECT_EQ(unaryOp('-', lit("0.25")).toString(), "-0.25");
  EXPECT_EQ(unaryOp('-', lit("1e2000")).toString(), "-1e+2000");
  EXPECT_EQ(unaryOp('+', lit("7")).toString(), "7");
  EXPECT_EQ(unaryOp('!', Value::makeBool(false)).toString(), "true");
  EXPECT_TRUE(unaryOp('!', lit("1")).isUnknown());
  EXPECT_TRUE(unaryOp('^', lit("1.5")).isUnknown());
  EXPECT_TRUE(unaryOp('-', Value::makeString("s")).isUnknown());
  EXPECT_TRUE(unaryOp('-', Value()).isUnknown());
}

TEST(ConstantTest, MixedAndInvalidOps) {
  EXPECT_EQ(add(lit("1"), lit("0.5")).toString(), "1.5");
  EXPECT_EQ(add(lit("1"), lit("0.5")).kind(), Kind::Float);
  EXPECT_EQ(add(lit("100000000000000000000"), lit("0.5")).toString(), "1e+20");
  EXPECT_TRUE(
      compare(add(lit("100000000000000000000"), lit("0.5")), '>', lit("100000000000000000000")));
  EXPECT_TRUE(binaryOp(lit("1"), '/', lit("0"), false).isUnknown());
  EXPECT_TRUE(binaryOp(lit("1"), '/', lit("0"), true).isUnknown());
  EXPECT_TRUE(binaryOp(lit("1"), '%', lit("0"), false).isUnknown());
  EXPECT_TRUE(quo(lit("1.5"), lit("0.0")).isUnknown());
  EXPECT_TRUE(quo(lit("1e2000"), lit("0")).isUnknown());
  EXPECT_TRUE(binaryOp(lit("1.5"), '%', lit("1"), false).isUnknown());
  EXPECT_TRUE(binaryOp(lit("1.5"), '&', lit("1"), false).isUnknown());
  EXPECT_TRUE(add(lit("1"), Value()).isUnknown());
  EXPECT_TRUE(add(Value::makeString("a"), lit("1")).isUnknown());
  EXPECT_TRUE(binaryOp(Value::makeString("a"), '-', Value::makeString("b"), false).isUnknown());
  EXPECT_EQ(add(Value::makeString("ab"), Value::makeString("cd")).stringVal(), "abcd");
  EXPECT_EQ(add(Value::makeString(""), Value::makeString("cd")).stringVal(), "cd");
  Value t = Value::makeBool(true), f = Value::makeBool(false);
  EXPECT_TRUE(binaryOp(t, 'O', f, false).boolVal());
  EXPECT_FALSE(binaryOp(t, 'A', f, false).boolVal());
  EXPECT_TRUE(binaryOp(t, '+', f, false).isUnknown());
  EXPECT_EQ(binaryOp(lit("12"), 'a', lit("10"), false).toString(), "4");
  EXPECT_EQ(binaryOp(lit("9223372036854775807"), '*', lit("2"), false).toString(),
            "18446744073709551614");
  EXPECT_EQ(
      binaryOp(lit("18446744073709551616"), '-', lit("18446744073709551615"), false).toString(),
      "1");
}

TEST(ConstantTest, Compare) {
  EXPECT_TRUE(compare(lit("1"), '<', lit("2")));
  EXPECT_TRUE(compare(lit("2"), 'l', lit("2")));
  EXPECT_TRUE(compare(lit("2"), 'g', lit("2")));
  EXPECT_TRUE(compare(lit("3"), '>', lit("2")));
  EXPECT_TRUE(compare(lit("3"), '!', lit("2")));
  EXPECT_TRUE(compare(lit("2"), '=', lit("2.0")));
  EXPECT_TRUE(compare(lit("18446744073709551616"), '>', lit("18446744073709551615.5")));
  EXPECT_TRUE(compare(lit("-18446744073709551616"), '<', lit("-1")));
  EXPECT_TRUE(compare(lit("0.5"), '<', lit("1e2000")));
  EXPECT_TRUE(compare(Value::makeString("abc"), '<', Value::makeString("abd")));
  EXPECT_TRUE(compare(Value::makeString("ab"), '<', Value::makeString("abc")));
  EXPECT_TRUE(compare(Value::makeString("\xff"), '>', Value::makeString("a")));  // bytewise
  EXPECT_TRUE(compare(Value::makeString("x"), 'g', Value::makeString("x")));
  EXPECT_TRUE(compare(Value::makeBool(true), '=', Value::makeBool(true)));
  EXPECT_TRUE(compare(Value::makeBool(true), '!', Value::makeBool(false)));
  EXPECT_FALSE(compare(Value::makeBool(true), '<', Value::makeBool(false)));
  EXPECT_FALSE(compare(Value(), '=', Value()));
  EXPECT_FALSE(compare(lit("1"), '=', Value::makeString("1")));
}

TEST(ConstantTest, IntQueries) {
  EXPECT_EQ(lit("0").bitLen(), 0);
  EXPECT_EQ(lit("255").bitLen(), 8);
  EXPECT_EQ(lit("-256").bitLen(), 9);
  EXPECT_EQ(lit("-9223372036854775808").bitLen(), 64);
  EXPECT_EQ(shift(lit("1"), true, 511).bitLen(), 512);
  EXPECT_EQ(lit("-3").sign(), -1);
  EXPECT_EQ(lit("0.0").sign(), 0);
  EXPECT_EQ(lit("1e-2000").sign(), 1);
  EXPECT_EQ(Value().sign(), 1);  // as go/constant
  EXPECT_EQ(lit("3").toFloat().kind(), Kind::Float);
  EXPECT_EQ(lit("3").toFloat().toString(), "3");
  EXPECT_TRUE(Value::makeString("3").toFloat().isUnknown());
  EXPECT_EQ(lit("'a'").toInt()->toString(), "97");
  EXPECT_FALSE(Value().toInt());
  EXPECT_FALSE(Value::makeBool(true).toInt());
}

TEST(ConstantTest, IntLiterals) {
  EXPECT_EQ(lit("0xFFFF_FFFF_FFFF_FFFF_FFFF").toString(), "1208925819614629174706175");
  EXPECT_EQ(lit("0b1111111111111111111111111111111111111111111111111111111111111111").toString(),
            "18446744073709551615");
  EXPECT_EQ(lit("0o1_000_000_000_000_000_000_000").toString(), "9223372036854775808");
  EXPECT_EQ(lit("01_000_000_000_000_000_000_000").toString(), "9223372036854775808");
  EXPECT_EQ(lit("99999999999999999999999999999999999999").toString(),
            "99999999999999999999999999999999999999");
  EXPECT_EQ(lit("0_7").toString(), "7");
  // A float token may be written like an integer; a legacy "0" prefix is then decimal.
  EXPECT_EQ(Value::fromLiteral("0777", 1).toString(), "777");
  EXPECT_EQ(Value::fromLiteral("0x10", 1).kind(), Kind::Float);
  EXPECT_EQ(Value::fromLiteral("0x10", 1).toString(), "16");
  EXPECT_EQ(Value::fromLiteral("0b101", 1).toString(), "5");
}

TEST(ConstantTest, StringAndRuneValues) {
  EXPECT_EQ(lit("\"\\x41\\101\\u00e9\"").stringVal(), "AA\xc3\xa9");
  EXPECT_EQ(lit("\"\\xff\\377\"").stringVal(), "\xff\xff");  // bytes, not UTF-8 encoded
  EXPECT_EQ(lit("\"\\U0001F600\"").stringVal(), "\xf0\x9f\x98\x80");
  EXPECT_EQ(lit("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"").stringVal(), "\a\b\f\n\r\t\v\\\"");
  EXPECT_EQ(lit("`a\\n\r\nb`").stringVal(), "a\\n\nb");  // raw: no escapes, \r dropped
  EXPECT_EQ(lit("`\"'`").stringVal(), "\"'");
  EXPECT_EQ(lit("\"'\"").stringVal(), "'");
  EXPECT_EQ(lit("\"a\xff\"").stringVal(), "a\xef\xbf\xbd");  // invalid UTF-8 → U+FFFD
  EXPECT_EQ(lit("\"\\000\"").stringVal(), std::string(1, '\0'));
  EXPECT_EQ(lit("'\\U0010FFFF'").toString(), "1114111");
  EXPECT_EQ(lit("'\"'").toString(), "34");
  EXPECT_EQ(lit("'😀'").toString(), "128512");
  EXPECT_EQ(lit("'\\xff'").toString(), "255");
  EXPECT_EQ(lit("'\\t'").toString(), "9");
}

TEST(ConstantTest, StringToString) {
  EXPECT_EQ(Value::makeString("tab\there").toString(), "\"tab\\there\"");
  EXPECT_EQ(Value::makeString("\x01\x1f").toString(), "\"\\x01\\x1f\"");
  EXPECT_EQ(Value::makeString("\xc2\x80").toString(), "\"\\u0080\"");
  EXPECT_EQ(Value::makeString("\xef\xbb\xbf").toString(), "\"\\ufeff\"");
  EXPECT_EQ(Value::makeString("\xf3\xa0\x80\x81").toString(), "\"\\U000e0001\"");
  EXPECT_EQ(Value::makeString("\xed\xa0\x80").toString(), "\"\\xed\\xa0\\x80\"");  // surrogate
  EXPECT_EQ(Value::makeString("\xe4\xb8\x96\xe7\x95\x8c").toString(),
            "\"\xe4\xb8\x96\xe7\x95\x8c\"");
  // From Go's strconv.Quote: unassigned, format, tag and private-use code points are escaped.
  EXPECT_EQ(Value::makeString("\u0378").toString(), "\"\\u0378\"");
  EXPECT_EQ(Value::makeString("a\u200bb").toString(), "\"a\\u200bb\"");
  EXPECT_EQ(Value::makeString("\U0010FFFF").toString(), "\"\\U0010ffff\"");
  EXPECT_EQ(Value::makeString("\u0600").toString(), "\"\\u0600\"");
  EXPECT_EQ(Value::makeString("\u2029").toString(), "\"\\u2029\"");
  EXPECT_EQ(Value::makeString("\U000F0000").toString(), "\"\\U000f0000\"");
  EXPECT_EQ(Value::makeString("\u0301\uFFFD").toString(), "\"\u0301\uFFFD\"");  // printable
  std::string s71(71, 'x');  // 73 runes quoted: shortened to 69 runes + "..."
  EXPECT_EQ(Value::makeString(s71).toString(), "\"" + std::string(68, 'x') + "...");
  std::string s70(70, 'x');  // exactly 72 runes quoted: kept
  EXPECT_EQ(Value::makeString(s70).toString(), "\"" + s70 + "\"");
}

TEST(ConstantTest, LiteralErrors) {
  // Messages as cmd/compile's scanner reports them (checked with go tool compile).
  struct Case {
    const char* lit;
    int kind;
    const char* error;
  } cases[] = {
      {"0x", 0, "hexadecimal literal has no digits"},
      {"08", 0, "invalid digit '8' in octal literal"},
      {"0b102", 0, "invalid digit '2' in binary literal"},
      {"1__0", 0, "'_' must separate successive digits"},
      {"1_", 0, "'_' must separate successive digits"},
      {"0_x1", 0, "malformed constant: 0_x1"},
      {"1.5e+_3", 1, "'_' must separate successive digits"},
      {"0o1.5", 1, "invalid radix point in octal literal"},
      {"0x1.5", 1, "hexadecimal mantissa requires a 'p' exponent"},
      {"0b1e3", 1, "'e' exponent requires decimal mantissa"},
      {"1p3", 1, "'p' exponent requires hexadecimal mantissa"},
      {"1e", 1, "exponent has no digits"},
      {".", 1, "decimal literal has no digits"},
      {"", 0, "decimal literal has no digits"},
      {"1.5", 0, "malformed constant: 1.5"},
      {"12a", 0, "malformed constant: 12a"},
      {"1i", 2, "complex constants are not supported: 1i"},
      {"1e1000000000", 1, "malformed constant: 1e1000000000"},
      {"'\\q'", 3, "unknown escape"},
      {"''", 3, "empty rune literal or unescaped '"},
      {"'''", 3, "empty rune literal or unescaped '"},
      {"'ab'", 3, "more than one character in rune literal"},
      {"'\\u00e9x'", 3, "more than one character in rune literal"},
      {"'\\x4g'", 3, "invalid character 'g' in hexadecimal escape"},
      {"'\\400'", 3, "octal escape value 256 > 255"},
      {"'\\18'", 3, "invalid character '8' in octal escape"},
      {"'\\ud800'", 3, "escape is invalid Unicode code point U+D800"},
      {"'\\U00110000'", 3, "escape is invalid Unicode code point U+110000"},
      {"'\\\"'", 3, "unknown escape"},
      {"'\n'", 3, "newline in rune literal"},
      {"'a", 3, "rune literal not terminated"},
      {"'\xff'", 3, "invalid UTF-8 encoding"},
      {"\"\\'\"", 4, "unknown escape"},
      {"\"\\u12\"", 4, "invalid character '\"' in hexadecimal escape"},
      {"\"a\nb\"", 4, "newline in string"},
      {"\"abc", 4, "string not terminated"},
      {"\"\\\"", 4, "string not terminated"},
      {"'\\'", 3, "rune literal not terminated"},
      {"\"a\"b\"", 4, "malformed constant: \"a\"b\""},
      {"`a`b`", 4, "malformed constant: `a`b`"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.lit);
    std::string err;
    EXPECT_TRUE(Value::fromLiteral(c.lit, c.kind, &err).isUnknown());
    EXPECT_EQ(err, c.error);
  }
  EXPECT_TRUE(Value::fromLiteral("1", 9).isUnknown());
  EXPECT_TRUE(Value::fromLiteral("0x", 0).isUnknown());  // no error pointer
}

TEST(ConstantTest, ManySmallFolds) {
  // The hot path: literals and folds of small values stay cheap and correct.
  Value sum = lit("0");
  for (int i = 0; i < 10000; ++i) {
    sum = add(sum, Value::fromLiteral(std::to_string(i), 0));
    sum = binaryOp(sum, '%', lit("1000003"), false);
  }
  EXPECT_EQ(sum.toString(), std::to_string(49995000 % 1000003));
  Value x = lit("0");
  for (int i = 0; i < 1000; ++i) x = add(x, lit("0.001"));
  EXPECT_TRUE(compare(x, '=', lit("1")));
}

}  // namespace
}  // namespace gm::constant
