// Where the conservative collector's roots hide: which calls may collect, and which values sit on
// the wasm operand stack across them. The collector only sees linear memory, so everything a
// function holds while a collection can run must be copied there first (frames.cpp does the
// copying; this file finds what to copy). The analysis is on the finished wasm code rather than
// the Go syntax, so it covers every construct the lowering emits, generated code included.
#include <algorithm>

#include "lower/frames.h"

namespace gm::lower {

using wasm::Op;
using wasm::ValType;

std::vector<bool> mayCollect(const wasm::Module& m, const std::vector<wasm::FuncId>& collectors,
                             const std::vector<wasm::FuncId>& reentrant) {
  const auto& fns = m.functions();
  std::vector<bool> may(fns.size(), false);
  for (wasm::FuncId f : collectors) may[f] = true;
  for (wasm::FuncId f : reentrant) may[f] = true;
  bool indirect = false;  // whether some function in the table may collect
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t f = 0; f < fns.size(); ++f) {
      if (may[f] || fns[f].import) continue;
      for (const wasm::Instr& in : fns[f].body.list()) {
        if ((in.op == Op::Call && may[in.a]) || (in.op == Op::CallIndirect && indirect)) {
          may[f] = changed = true;
          break;
        }
      }
    }
    if (!indirect)
      for (wasm::FuncId t : m.table())
        if (may[t]) indirect = changed = true;
  }
  return may;
}

namespace {

bool between(Op op, Op lo, Op hi) {
  return static_cast<int>(op) >= static_cast<int>(lo) &&
         static_cast<int>(op) <= static_cast<int>(hi);
}

// The operands and result of an instruction without immediates that matter (everything but
// control, calls, locals, globals and select): how many values it pops, and what it pushes.
struct Effect {
  int pops;
  std::optional<ValType> push;
};

Effect simpleEffect(Op op) {
  using V = ValType;
  if (between(op, Op::I32Load, Op::I64Load32U)) {
    if (op == Op::I64Load || between(op, Op::I64Load8S, Op::I64Load32U)) return {1, V::I64};
    if (op == Op::F32Load) return {1, V::F32};
    if (op == Op::F64Load) return {1, V::F64};
    return {1, V::I32};
  }
  if (between(op, Op::I32Store, Op::I64Store32)) return {2, std::nullopt};
  if (op == Op::I32Eqz || op == Op::I64Eqz) return {1, V::I32};
  if (between(op, Op::I32Eq, Op::I32GeU) || between(op, Op::I64Eq, Op::I64GeU) ||
      between(op, Op::F32Eq, Op::F64Ge))
    return {2, V::I32};
  if (between(op, Op::I32Clz, Op::I32Popcnt)) return {1, V::I32};
  if (between(op, Op::I32Add, Op::I32Rotr)) return {2, V::I32};
  if (between(op, Op::I64Clz, Op::I64Popcnt)) return {1, V::I64};
  if (between(op, Op::I64Add, Op::I64Rotr)) return {2, V::I64};
  if (between(op, Op::F32Abs, Op::F32Sqrt)) return {1, V::F32};
  if (between(op, Op::F32Add, Op::F32Copysign)) return {2, V::F32};
  if (between(op, Op::F64Abs, Op::F64Sqrt)) return {1, V::F64};
  if (between(op, Op::F64Add, Op::F64Copysign)) return {2, V::F64};
  if (between(op, Op::I32WrapI64, Op::I32TruncF64U) || op == Op::I32ReinterpretF32 ||
      between(op, Op::I32Extend8S, Op::I32Extend16S) ||
      between(op, Op::I32TruncSatF32S, Op::I32TruncSatF64U))
    return {1, V::I32};
  if (between(op, Op::I64ExtendI32S, Op::I64TruncF64U) || op == Op::I64ReinterpretF64 ||
      between(op, Op::I64Extend8S, Op::I64Extend32S) ||
      between(op, Op::I64TruncSatF32S, Op::I64TruncSatF64U))
    return {1, V::I64};
  if (between(op, Op::F32ConvertI32S, Op::F32DemoteF64) || op == Op::F32ReinterpretI32)
    return {1, V::F32};
  if (between(op, Op::F64ConvertI32S, Op::F64PromoteF32) || op == Op::F64ReinterpretI64)
    return {1, V::F64};
  if (op == Op::MemorySize) return {0, V::I32};
  if (op == Op::MemoryGrow) return {1, V::I32};
  if (op == Op::MemoryCopy || op == Op::MemoryFill) return {3, std::nullopt};
  if (op == Op::Drop) return {1, std::nullopt};
  return {0, std::nullopt};  // nop
}

// A value on the simulated operand stack: its type, and the instruction that produced it, or -1
// when it needs no protection (a constant, or a copy of a local, which is spilled anyway).
struct Slot {
  ValType type;
  int64_t producer;
  int64_t local = -1;  // a copy of this local (local.get / local.tee)
};

struct Frame {
  size_t height;             // stack size below the block's parameters
  std::vector<Slot> params;  // re-pushed at else / catch_all
  std::vector<ValType> results;
  bool dead = false;       // after an unconditional branch: skip to else / catch_all / end
  size_t deadNesting = 0;  // blocks opened inside the dead part
};

class Simulator {
 public:
  Simulator(const wasm::Module& m, const wasm::Function& fn, const std::vector<bool>& may)
      : m_(m), fn_(fn), may_(may) {
    const wasm::FuncType& ft = m.types()[fn.type];
    locals_ = ft.params;
    locals_.insert(locals_.end(), fn.locals.begin(), fn.locals.end());
    frames_.push_back({0, {}, ft.results});
  }

  RootPlan run() {
    const auto& list = fn_.body.list();
    std::vector<bool> save(list.size(), false);
    for (size_t i = 0; i < list.size(); ++i) step(i, list[i], save);
    for (size_t i = 0; i < list.size(); ++i)
      if (save[i]) plan_.saveAfter.push_back(i);
    return plan_;
  }

 private:
  void push(ValType t, int64_t producer) { stack_.push_back({t, producer}); }
  // (The frame pointer's local.get in an epilogue is a placeholder until frames are finished.)
  ValType localType(uint32_t i) const { return i < locals_.size() ? locals_[i] : ValType::I32; }
  void pop(size_t n) {
    size_t floor = frames_.back().height;
    stack_.resize(stack_.size() >= floor + n ? stack_.size() - n : floor);
  }
  std::pair<std::vector<ValType>, std::vector<ValType>> blockSig(const wasm::BlockType& bt) const {
    if (bt.kind == wasm::BlockType::Value) return {{}, {bt.value}};
    if (bt.kind == wasm::BlockType::Index) {
      const auto& t = m_.types()[bt.index];
      return {t.params, t.results};
    }
    return {};
  }
  void open(const wasm::BlockType& bt) {
    auto [params, results] = blockSig(bt);
    Frame f;
    f.height = stack_.size() >= params.size() ? stack_.size() - params.size() : 0;
    f.params.assign(stack_.begin() + static_cast<long>(f.height), stack_.end());
    f.results = results;
    frames_.push_back(std::move(f));
  }
  void kill() {
    stack_.resize(frames_.back().height);
    frames_.back().dead = true;
  }
  // A branch to `depth`: leaving the function is an exit the generic epilogue must precede.
  void branch(size_t i, uint32_t depth, bool conditional) {
    if (depth + 1 == frames_.size()) {
      if (conditional) plan_.ok = false;
      plan_.exits.push_back(i);
    }
  }
  void callSite(size_t i, const wasm::FuncType& t, bool collects, std::vector<bool>& save) {
    pop(t.params.size());
    if (collects) {
      RootPlan::Call call{i, {}};
      for (const Slot& s : stack_) {
        if (s.type != ValType::I32) continue;
        if (s.producer >= 0) {
          save[static_cast<size_t>(s.producer)] = true;
          call.producers.push_back(static_cast<size_t>(s.producer));
        } else if (s.local >= 0) {
          call.locals.push_back(static_cast<uint32_t>(s.local));  // maybe dead after the call
        }
      }
      plan_.calls.push_back(std::move(call));
    }
    for (ValType r : t.results) push(r, static_cast<int64_t>(i));
  }

  void step(size_t i, const wasm::Instr& in, std::vector<bool>& save) {
    Frame& top = frames_.back();
    if (top.dead) {
      switch (in.op) {
        case Op::Block:
        case Op::Loop:
        case Op::If:
        case Op::Try:
          ++top.deadNesting;
          return;
        case Op::End:
          if (top.deadNesting > 0) {
            --top.deadNesting;
            return;
          }
          break;
        case Op::Else:
        case Op::CatchAll:
        case Op::Catch:
          if (top.deadNesting > 0) return;
          break;
        default:
          return;
      }
    }
    switch (in.op) {
      case Op::Block:
      case Op::Loop:
      case Op::Try:
        open(in.block);
        return;
      case Op::If:
        pop(1);
        open(in.block);
        return;
      case Op::Else:
      case Op::CatchAll:
      case Op::Catch:
        stack_.resize(top.height);
        if (in.op == Op::Else) stack_.insert(stack_.end(), top.params.begin(), top.params.end());
        top.dead = false;
        return;
      case Op::End: {
        std::vector<ValType> results = top.results;
        stack_.resize(top.height);
        frames_.pop_back();
        for (ValType r : results) push(r, static_cast<int64_t>(i));
        return;
      }
      case Op::Br:
        branch(i, in.a, false);
        kill();
        return;
      case Op::BrIf:
        pop(1);
        branch(i, in.a, true);
        return;
      case Op::BrTable:
        pop(1);
        for (uint32_t d : in.targets) branch(i, d, true);
        kill();
        return;
      case Op::Return:
        plan_.exits.push_back(i);
        kill();
        return;
      case Op::Unreachable:
      case Op::Throw:
      case Op::Rethrow:
        kill();
        return;
      case Op::Call: {
        const wasm::Function& callee = m_.function(in.a);
        callSite(i, m_.types()[callee.type], may_[in.a], save);
        return;
      }
      case Op::CallIndirect: {
        pop(1);
        bool collects = false;
        for (wasm::FuncId t : m_.table()) collects = collects || may_[t];
        callSite(i, m_.types()[in.a], collects, save);
        return;
      }
      case Op::LocalGet:
        push(localType(in.a), -1);
        stack_.back().local = in.a;
        return;
      case Op::LocalSet:
        pop(1);
        return;
      case Op::LocalTee:
        pop(1);
        push(localType(in.a), -1);
        stack_.back().local = in.a;
        return;
      case Op::GlobalGet:  // the stack pointer or the heap base: never a heap object
        push(m_.globals()[in.a].type, -1);
        return;
      case Op::GlobalSet:
        pop(1);
        return;
      case Op::I32Const:
        push(ValType::I32, -1);
        return;
      case Op::I64Const:
        push(ValType::I64, -1);
        return;
      case Op::F32Const:
        push(ValType::F32, -1);
        return;
      case Op::F64Const:
        push(ValType::F64, -1);
        return;
      case Op::Select: {
        ValType t = stack_.size() >= 2 ? stack_[stack_.size() - 2].type : ValType::I32;
        pop(3);
        push(t, static_cast<int64_t>(i));
        return;
      }
      default: {
        Effect e = simpleEffect(in.op);
        pop(static_cast<size_t>(e.pops));
        if (e.push) push(*e.push, static_cast<int64_t>(i));
        return;
      }
    }
  }

  const wasm::Module& m_;
  const wasm::Function& fn_;
  const std::vector<bool>& may_;
  std::vector<ValType> locals_;
  std::vector<Slot> stack_;
  std::vector<Frame> frames_;
  RootPlan plan_;
};

}  // namespace

RootPlan planRoots(const wasm::Module& m, const wasm::Function& fn, const std::vector<bool>& may) {
  return Simulator(m, fn, may).run();
}

std::vector<std::vector<uint32_t>> liveAfter(const wasm::Function& fn, uint32_t nlocals,
                                             const std::vector<size_t>& at) {
  const auto& list = fn.body.list();
  const size_t n = list.size();
  constexpr size_t kNone = SIZE_MAX;
  // Structure: the matching end (and else / catch_all) of every block opener, and the
  // successors of every instruction (n stands for leaving the function).
  std::vector<size_t> endOf(n, n), midOf(n, kNone);
  {
    std::vector<size_t> open;
    for (size_t i = 0; i < n; ++i) {
      Op op = list[i].op;
      if (op == Op::Block || op == Op::Loop || op == Op::If || op == Op::Try) {
        open.push_back(i);
      } else if ((op == Op::Else || op == Op::CatchAll || op == Op::Catch) && !open.empty()) {
        midOf[open.back()] = i;
      } else if (op == Op::End && !open.empty()) {
        endOf[open.back()] = i;
        open.pop_back();
      }
    }
  }
  std::vector<std::vector<size_t>> succ(n);
  {
    struct Open {
      size_t at;
      bool inHandler;  // a try past its catch_all
    };
    std::vector<Open> open;
    auto target = [&](uint32_t depth) -> size_t {
      if (depth >= open.size()) return n;
      size_t o = open[open.size() - 1 - depth].at;
      return list[o].op == Op::Loop ? o + 1 : endOf[o];
    };
    for (size_t i = 0; i < n; ++i) {
      const wasm::Instr& in = list[i];
      auto& s = succ[i];
      switch (in.op) {
        case Op::Block:
        case Op::Loop:
        case Op::Try:
          open.push_back({i, false});
          s.push_back(i + 1);
          break;
        case Op::If:
          open.push_back({i, false});
          s.push_back(i + 1);
          s.push_back(midOf[i] != kNone ? midOf[i] + 1 : endOf[i]);
          break;
        case Op::Else:
        case Op::CatchAll:
        case Op::Catch:
          // Reached by falling off the then-branch / try body: on to the end. (The else branch
          // and the handler start at i + 1, entered from the if / from throwing calls.)
          if (!open.empty()) {
            s.push_back(endOf[open.back().at]);
            open.back().inHandler = in.op != Op::Else;
          }
          break;
        case Op::End:
          if (!open.empty()) open.pop_back();
          s.push_back(i + 1);
          break;
        case Op::Br:
          s.push_back(target(in.a));
          break;
        case Op::BrIf:
          s.push_back(i + 1);
          s.push_back(target(in.a));
          break;
        case Op::BrTable:
          for (uint32_t d : in.targets) s.push_back(target(d));
          break;
        case Op::Return:
        case Op::Unreachable:
          break;
        case Op::Throw:
        case Op::Rethrow:
        case Op::Call:
        case Op::CallIndirect:
          if (in.op == Op::Call || in.op == Op::CallIndirect) s.push_back(i + 1);
          // A throw, or a call that may throw: on to the innermost enclosing try's handler.
          for (size_t k = open.size(); k-- > 0;) {
            if (list[open[k].at].op != Op::Try || open[k].inHandler) continue;
            if (size_t h = midOf[open[k].at]; h != kNone) s.push_back(h + 1);
            break;
          }
          break;
        default:
          s.push_back(i + 1);
          break;
      }
    }
  }
  // Backward dataflow over bit sets: in[i] = gen[i] ∪ (out[i] − kill[i]).
  const size_t words = (nlocals + 63) / 64;
  std::vector<uint64_t> in((n + 1) * words, 0);  // row n: after the function (nothing is live)
  auto row = [&](size_t i) { return in.data() + i * words; };
  std::vector<uint64_t> out(words);
  auto liveOut = [&](size_t i) {
    std::fill(out.begin(), out.end(), 0);
    for (size_t s : succ[i]) {
      const uint64_t* r = row(std::min(s, n));
      for (size_t w = 0; w < words; ++w) out[w] |= r[w];
    }
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t i = n; i-- > 0;) {
      liveOut(i);
      const wasm::Instr& in_ = list[i];
      if ((in_.op == Op::LocalSet || in_.op == Op::LocalTee) && in_.a < nlocals)
        out[in_.a / 64] &= ~(uint64_t{1} << (in_.a % 64));
      if (in_.op == Op::LocalGet && in_.a < nlocals) out[in_.a / 64] |= uint64_t{1} << (in_.a % 64);
      uint64_t* r = row(i);
      for (size_t w = 0; w < words; ++w) {
        if (r[w] != out[w]) {
          r[w] = out[w];
          changed = true;
        }
      }
    }
  }
  std::vector<std::vector<uint32_t>> result;
  for (size_t i : at) {
    liveOut(i);
    std::vector<uint32_t> live;
    for (uint32_t l = 0; l < nlocals; ++l)
      if (out[l / 64] >> (l % 64) & 1) live.push_back(l);
    result.push_back(std::move(live));
  }
  return result;
}

}  // namespace gm::lower
