// WebAssembly opcodes used by the lowering: MVP, sign extension, saturating truncation, bulk
// memory, and exception handling (the form Node 20 and Chromium run: try/catch_all/rethrow). One
// table drives the enum, the encoder and the printer.
#pragma once

#include <cstdint>

namespace gm::wasm {

// X(Name, text, prefix, code): prefix is 0 for single-byte opcodes, 0xFC for the misc prefix.
#define GM_WASM_OPCODES(X)                             \
  X(Unreachable, "unreachable", 0, 0x00)               \
  X(Nop, "nop", 0, 0x01)                               \
  X(Block, "block", 0, 0x02)                           \
  X(Loop, "loop", 0, 0x03)                             \
  X(If, "if", 0, 0x04)                                 \
  X(Else, "else", 0, 0x05)                             \
  X(Try, "try", 0, 0x06)                               \
  X(Catch, "catch", 0, 0x07)                           \
  X(Throw, "throw", 0, 0x08)                           \
  X(Rethrow, "rethrow", 0, 0x09)                       \
  X(CatchAll, "catch_all", 0, 0x19)                    \
  X(End, "end", 0, 0x0B)                               \
  X(Br, "br", 0, 0x0C)                                 \
  X(BrIf, "br_if", 0, 0x0D)                            \
  X(BrTable, "br_table", 0, 0x0E)                      \
  X(Return, "return", 0, 0x0F)                         \
  X(Call, "call", 0, 0x10)                             \
  X(CallIndirect, "call_indirect", 0, 0x11)            \
  X(Drop, "drop", 0, 0x1A)                             \
  X(Select, "select", 0, 0x1B)                         \
  X(LocalGet, "local.get", 0, 0x20)                    \
  X(LocalSet, "local.set", 0, 0x21)                    \
  X(LocalTee, "local.tee", 0, 0x22)                    \
  X(GlobalGet, "global.get", 0, 0x23)                  \
  X(GlobalSet, "global.set", 0, 0x24)                  \
  X(I32Load, "i32.load", 0, 0x28)                      \
  X(I64Load, "i64.load", 0, 0x29)                      \
  X(F32Load, "f32.load", 0, 0x2A)                      \
  X(F64Load, "f64.load", 0, 0x2B)                      \
  X(I32Load8S, "i32.load8_s", 0, 0x2C)                 \
  X(I32Load8U, "i32.load8_u", 0, 0x2D)                 \
  X(I32Load16S, "i32.load16_s", 0, 0x2E)               \
  X(I32Load16U, "i32.load16_u", 0, 0x2F)               \
  X(I64Load8S, "i64.load8_s", 0, 0x30)                 \
  X(I64Load8U, "i64.load8_u", 0, 0x31)                 \
  X(I64Load16S, "i64.load16_s", 0, 0x32)               \
  X(I64Load16U, "i64.load16_u", 0, 0x33)               \
  X(I64Load32S, "i64.load32_s", 0, 0x34)               \
  X(I64Load32U, "i64.load32_u", 0, 0x35)               \
  X(I32Store, "i32.store", 0, 0x36)                    \
  X(I64Store, "i64.store", 0, 0x37)                    \
  X(F32Store, "f32.store", 0, 0x38)                    \
  X(F64Store, "f64.store", 0, 0x39)                    \
  X(I32Store8, "i32.store8", 0, 0x3A)                  \
  X(I32Store16, "i32.store16", 0, 0x3B)                \
  X(I64Store8, "i64.store8", 0, 0x3C)                  \
  X(I64Store16, "i64.store16", 0, 0x3D)                \
  X(I64Store32, "i64.store32", 0, 0x3E)                \
  X(MemorySize, "memory.size", 0, 0x3F)                \
  X(MemoryGrow, "memory.grow", 0, 0x40)                \
  X(I32Const, "i32.const", 0, 0x41)                    \
  X(I64Const, "i64.const", 0, 0x42)                    \
  X(F32Const, "f32.const", 0, 0x43)                    \
  X(F64Const, "f64.const", 0, 0x44)                    \
  X(I32Eqz, "i32.eqz", 0, 0x45)                        \
  X(I32Eq, "i32.eq", 0, 0x46)                          \
  X(I32Ne, "i32.ne", 0, 0x47)                          \
  X(I32LtS, "i32.lt_s", 0, 0x48)                       \
  X(I32LtU, "i32.lt_u", 0, 0x49)                       \
  X(I32GtS, "i32.gt_s", 0, 0x4A)                       \
  X(I32GtU, "i32.gt_u", 0, 0x4B)                       \
  X(I32LeS, "i32.le_s", 0, 0x4C)                       \
  X(I32LeU, "i32.le_u", 0, 0x4D)                       \
  X(I32GeS, "i32.ge_s", 0, 0x4E)                       \
  X(I32GeU, "i32.ge_u", 0, 0x4F)                       \
  X(I64Eqz, "i64.eqz", 0, 0x50)                        \
  X(I64Eq, "i64.eq", 0, 0x51)                          \
  X(I64Ne, "i64.ne", 0, 0x52)                          \
  X(I64LtS, "i64.lt_s", 0, 0x53)                       \
  X(I64LtU, "i64.lt_u", 0, 0x54)                       \
  X(I64GtS, "i64.gt_s", 0, 0x55)                       \
  X(I64GtU, "i64.gt_u", 0, 0x56)                       \
  X(I64LeS, "i64.le_s", 0, 0x57)                       \
  X(I64LeU, "i64.le_u", 0, 0x58)                       \
  X(I64GeS, "i64.ge_s", 0, 0x59)                       \
  X(I64GeU, "i64.ge_u", 0, 0x5A)                       \
  X(F32Eq, "f32.eq", 0, 0x5B)                          \
  X(F32Ne, "f32.ne", 0, 0x5C)                          \
  X(F32Lt, "f32.lt", 0, 0x5D)                          \
  X(F32Gt, "f32.gt", 0, 0x5E)                          \
  X(F32Le, "f32.le", 0, 0x5F)                          \
  X(F32Ge, "f32.ge", 0, 0x60)                          \
  X(F64Eq, "f64.eq", 0, 0x61)                          \
  X(F64Ne, "f64.ne", 0, 0x62)                          \
  X(F64Lt, "f64.lt", 0, 0x63)                          \
  X(F64Gt, "f64.gt", 0, 0x64)                          \
  X(F64Le, "f64.le", 0, 0x65)                          \
  X(F64Ge, "f64.ge", 0, 0x66)                          \
  X(I32Clz, "i32.clz", 0, 0x67)                        \
  X(I32Ctz, "i32.ctz", 0, 0x68)                        \
  X(I32Popcnt, "i32.popcnt", 0, 0x69)                  \
  X(I32Add, "i32.add", 0, 0x6A)                        \
  X(I32Sub, "i32.sub", 0, 0x6B)                        \
  X(I32Mul, "i32.mul", 0, 0x6C)                        \
  X(I32DivS, "i32.div_s", 0, 0x6D)                     \
  X(I32DivU, "i32.div_u", 0, 0x6E)                     \
  X(I32RemS, "i32.rem_s", 0, 0x6F)                     \
  X(I32RemU, "i32.rem_u", 0, 0x70)                     \
  X(I32And, "i32.and", 0, 0x71)                        \
  X(I32Or, "i32.or", 0, 0x72)                          \
  X(I32Xor, "i32.xor", 0, 0x73)                        \
  X(I32Shl, "i32.shl", 0, 0x74)                        \
  X(I32ShrS, "i32.shr_s", 0, 0x75)                     \
  X(I32ShrU, "i32.shr_u", 0, 0x76)                     \
  X(I32Rotl, "i32.rotl", 0, 0x77)                      \
  X(I32Rotr, "i32.rotr", 0, 0x78)                      \
  X(I64Clz, "i64.clz", 0, 0x79)                        \
  X(I64Ctz, "i64.ctz", 0, 0x7A)                        \
  X(I64Popcnt, "i64.popcnt", 0, 0x7B)                  \
  X(I64Add, "i64.add", 0, 0x7C)                        \
  X(I64Sub, "i64.sub", 0, 0x7D)                        \
  X(I64Mul, "i64.mul", 0, 0x7E)                        \
  X(I64DivS, "i64.div_s", 0, 0x7F)                     \
  X(I64DivU, "i64.div_u", 0, 0x80)                     \
  X(I64RemS, "i64.rem_s", 0, 0x81)                     \
  X(I64RemU, "i64.rem_u", 0, 0x82)                     \
  X(I64And, "i64.and", 0, 0x83)                        \
  X(I64Or, "i64.or", 0, 0x84)                          \
  X(I64Xor, "i64.xor", 0, 0x85)                        \
  X(I64Shl, "i64.shl", 0, 0x86)                        \
  X(I64ShrS, "i64.shr_s", 0, 0x87)                     \
  X(I64ShrU, "i64.shr_u", 0, 0x88)                     \
  X(I64Rotl, "i64.rotl", 0, 0x89)                      \
  X(I64Rotr, "i64.rotr", 0, 0x8A)                      \
  X(F32Abs, "f32.abs", 0, 0x8B)                        \
  X(F32Neg, "f32.neg", 0, 0x8C)                        \
  X(F32Ceil, "f32.ceil", 0, 0x8D)                      \
  X(F32Floor, "f32.floor", 0, 0x8E)                    \
  X(F32Trunc, "f32.trunc", 0, 0x8F)                    \
  X(F32Nearest, "f32.nearest", 0, 0x90)                \
  X(F32Sqrt, "f32.sqrt", 0, 0x91)                      \
  X(F32Add, "f32.add", 0, 0x92)                        \
  X(F32Sub, "f32.sub", 0, 0x93)                        \
  X(F32Mul, "f32.mul", 0, 0x94)                        \
  X(F32Div, "f32.div", 0, 0x95)                        \
  X(F32Min, "f32.min", 0, 0x96)                        \
  X(F32Max, "f32.max", 0, 0x97)                        \
  X(F32Copysign, "f32.copysign", 0, 0x98)              \
  X(F64Abs, "f64.abs", 0, 0x99)                        \
  X(F64Neg, "f64.neg", 0, 0x9A)                        \
  X(F64Ceil, "f64.ceil", 0, 0x9B)                      \
  X(F64Floor, "f64.floor", 0, 0x9C)                    \
  X(F64Trunc, "f64.trunc", 0, 0x9D)                    \
  X(F64Nearest, "f64.nearest", 0, 0x9E)                \
  X(F64Sqrt, "f64.sqrt", 0, 0x9F)                      \
  X(F64Add, "f64.add", 0, 0xA0)                        \
  X(F64Sub, "f64.sub", 0, 0xA1)                        \
  X(F64Mul, "f64.mul", 0, 0xA2)                        \
  X(F64Div, "f64.div", 0, 0xA3)                        \
  X(F64Min, "f64.min", 0, 0xA4)                        \
  X(F64Max, "f64.max", 0, 0xA5)                        \
  X(F64Copysign, "f64.copysign", 0, 0xA6)              \
  X(I32WrapI64, "i32.wrap_i64", 0, 0xA7)               \
  X(I32TruncF32S, "i32.trunc_f32_s", 0, 0xA8)          \
  X(I32TruncF32U, "i32.trunc_f32_u", 0, 0xA9)          \
  X(I32TruncF64S, "i32.trunc_f64_s", 0, 0xAA)          \
  X(I32TruncF64U, "i32.trunc_f64_u", 0, 0xAB)          \
  X(I64ExtendI32S, "i64.extend_i32_s", 0, 0xAC)        \
  X(I64ExtendI32U, "i64.extend_i32_u", 0, 0xAD)        \
  X(I64TruncF32S, "i64.trunc_f32_s", 0, 0xAE)          \
  X(I64TruncF32U, "i64.trunc_f32_u", 0, 0xAF)          \
  X(I64TruncF64S, "i64.trunc_f64_s", 0, 0xB0)          \
  X(I64TruncF64U, "i64.trunc_f64_u", 0, 0xB1)          \
  X(F32ConvertI32S, "f32.convert_i32_s", 0, 0xB2)      \
  X(F32ConvertI32U, "f32.convert_i32_u", 0, 0xB3)      \
  X(F32ConvertI64S, "f32.convert_i64_s", 0, 0xB4)      \
  X(F32ConvertI64U, "f32.convert_i64_u", 0, 0xB5)      \
  X(F32DemoteF64, "f32.demote_f64", 0, 0xB6)           \
  X(F64ConvertI32S, "f64.convert_i32_s", 0, 0xB7)      \
  X(F64ConvertI32U, "f64.convert_i32_u", 0, 0xB8)      \
  X(F64ConvertI64S, "f64.convert_i64_s", 0, 0xB9)      \
  X(F64ConvertI64U, "f64.convert_i64_u", 0, 0xBA)      \
  X(F64PromoteF32, "f64.promote_f32", 0, 0xBB)         \
  X(I32ReinterpretF32, "i32.reinterpret_f32", 0, 0xBC) \
  X(I64ReinterpretF64, "i64.reinterpret_f64", 0, 0xBD) \
  X(F32ReinterpretI32, "f32.reinterpret_i32", 0, 0xBE) \
  X(F64ReinterpretI64, "f64.reinterpret_i64", 0, 0xBF) \
  X(I32Extend8S, "i32.extend8_s", 0, 0xC0)             \
  X(I32Extend16S, "i32.extend16_s", 0, 0xC1)           \
  X(I64Extend8S, "i64.extend8_s", 0, 0xC2)             \
  X(I64Extend16S, "i64.extend16_s", 0, 0xC3)           \
  X(I64Extend32S, "i64.extend32_s", 0, 0xC4)           \
  X(I32TruncSatF32S, "i32.trunc_sat_f32_s", 0xFC, 0)   \
  X(I32TruncSatF32U, "i32.trunc_sat_f32_u", 0xFC, 1)   \
  X(I32TruncSatF64S, "i32.trunc_sat_f64_s", 0xFC, 2)   \
  X(I32TruncSatF64U, "i32.trunc_sat_f64_u", 0xFC, 3)   \
  X(I64TruncSatF32S, "i64.trunc_sat_f32_s", 0xFC, 4)   \
  X(I64TruncSatF32U, "i64.trunc_sat_f32_u", 0xFC, 5)   \
  X(I64TruncSatF64S, "i64.trunc_sat_f64_s", 0xFC, 6)   \
  X(I64TruncSatF64U, "i64.trunc_sat_f64_u", 0xFC, 7)   \
  X(MemoryCopy, "memory.copy", 0xFC, 10)               \
  X(MemoryFill, "memory.fill", 0xFC, 11)

enum class Op : uint16_t {
#define GM_X(name, text, prefix, code) name,
  GM_WASM_OPCODES(GM_X)
#undef GM_X
};

struct OpInfo {
  const char* text;
  uint8_t prefix;
  uint32_t code;
};

const OpInfo& opInfo(Op op);

}  // namespace gm::wasm
