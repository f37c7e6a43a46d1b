// Finishing shadow-stack frames once the whole module is known: the frame size is final only
// after the collector's spill area (gc_roots.cpp decides what goes there) has been added.
#include "lower/frames.h"

#include <unordered_map>

#include "lower/lower_impl.h"

namespace gm::lower {

using wasm::Op;
using wasm::ValType;

namespace {

uint32_t addLocal(wasm::Function& fn, const wasm::Module& m, ValType t) {
  fn.locals.push_back(t);
  return static_cast<uint32_t>(m.types()[fn.type].params.size() + fn.locals.size() - 1);
}

void epilogue(wasm::Code& code, uint32_t fp, uint32_t size, uint32_t sp) {
  code.localGet(fp);
  code.i32Const(static_cast<int32_t>(size));
  code.op(Op::I32Add);
  code.globalSet(sp);
}

// fp = sp -= size; a stack overflow check; the frame zeroed (every Go variable starts zero, and
// the collector must not see stale words).
wasm::Code prologue(uint32_t fp, uint32_t size, uint32_t sp, std::optional<wasm::FuncId> overflow) {
  wasm::Code pro;
  pro.globalGet(sp);
  pro.i32Const(static_cast<int32_t>(size));
  pro.op(Op::I32Sub);
  pro.localTee(fp);
  pro.globalSet(sp);
  if (overflow) {
    pro.localGet(fp);
    pro.i32Const(static_cast<int32_t>(kStackBottom));
    pro.op(Op::I32LtU);
    pro.if_();
    pro.call(*overflow);
    pro.end();
  }
  pro.localGet(fp);
  pro.i32Const(0);
  pro.i32Const(static_cast<int32_t>(size));
  pro.op(Op::MemoryFill);
  return pro;
}

// The i32 locals (parameters included) whose values the collector must see, except the frame
// pointer (it points into the stack, never at the heap).
std::vector<uint32_t> spilledLocals(const wasm::Module& m, const wasm::Function& fn,
                                    std::optional<uint32_t> fp) {
  const auto& params = m.types()[fn.type].params;
  std::vector<uint32_t> out;
  for (uint32_t i = 0; i < params.size() + fn.locals.size(); ++i) {
    ValType t = i < params.size() ? params[i] : fn.locals[i - params.size()];
    bool scalar = i < fn.scalar.size() && fn.scalar[i];
    if (t == ValType::I32 && i != fp && !scalar) out.push_back(i);
  }
  return out;
}

// Values an instruction leaves on the stack (the ones saveAfter copies into locals).
std::vector<ValType> results(const wasm::Module& m, const wasm::Function& fn, size_t at) {
  const auto& list = fn.body.list();
  const wasm::Instr& in = list[at];
  if (in.op == Op::Call) return m.types()[m.function(in.a).type].results;
  if (in.op == Op::CallIndirect) return m.types()[in.a].results;
  if (in.op == Op::End) {
    // Find the block this `end` closes to learn its result types.
    size_t depth = 0;
    for (size_t i = at; i-- > 0;) {
      Op op = list[i].op;
      if (op == Op::End) ++depth;
      if (op == Op::Block || op == Op::Loop || op == Op::If || op == Op::Try) {
        if (depth == 0) {
          const wasm::BlockType& bt = list[i].block;
          if (bt.kind == wasm::BlockType::Value) return {bt.value};
          if (bt.kind == wasm::BlockType::Index) return m.types()[bt.index].results;
          return {};
        }
        --depth;
      }
    }
    return {};
  }
  return {ValType::I32};  // a single-result instruction (only i32 values are ever saved)
}

}  // namespace

bool finishFrames(wasm::Module& m, std::vector<PendingFrame>& frames, const std::vector<bool>& may,
                  uint32_t stackPointer, std::optional<wasm::FuncId> overflow) {
  std::unordered_map<const wasm::Function*, PendingFrame*> byFn;
  for (PendingFrame& f : frames) byFn[f.fn] = &f;
  bool ok = true;
  for (wasm::FuncId id = 0; id < m.functions().size(); ++id) {
    wasm::Function& fn = m.function(id);
    if (fn.import) continue;
    PendingFrame generic{&fn};
    auto it = byFn.find(&fn);
    PendingFrame& frame = it != byFn.end() ? *it->second : generic;
    const bool recorded = it != byFn.end();

    RootPlan plan;
    if (!may.empty() && may[id]) plan = planRoots(m, fn, may);
    ok = ok && plan.ok;
    std::vector<uint32_t> spilled;
    if (!plan.spillBefore.empty()) spilled = spilledLocals(m, fn, frame.fp);

    // Locals that keep values the operand stack holds across a collection.
    std::unordered_map<size_t, std::vector<uint32_t>> saves;
    for (size_t at : plan.saveAfter) {
      std::vector<uint32_t> locals;
      for (ValType t : results(m, fn, at)) {
        uint32_t l = addLocal(fn, m, t);
        locals.push_back(l);
        if (t == ValType::I32) spilled.push_back(l);
      }
      saves[at] = std::move(locals);
    }

    uint32_t size = frame.size;
    uint32_t spillOffset = (size + 3) / 4 * 4;
    if (!spilled.empty()) size = spillOffset + 4 * static_cast<uint32_t>(spilled.size());
    auto& list = fn.body.list();
    if (size == 0) {
      if (recorded && !frame.frameOps.empty()) {
        std::vector<bool> drop(list.size(), false);
        for (size_t i : frame.frameOps) drop[i] = true;
        std::vector<wasm::Instr> kept;
        for (size_t i = 0; i < list.size(); ++i)
          if (!drop[i]) kept.push_back(std::move(list[i]));
        list = std::move(kept);
      }
      continue;
    }
    size = (size + 15) / 16 * 16;
    if (!frame.fp) frame.fp = addLocal(fn, m, ValType::I32);
    uint32_t fp = *frame.fp;
    for (size_t i : frame.sizePatches) list[i].i = size;
    for (size_t i : frame.spPatches) list[i].a = stackPointer;
    for (size_t i : frame.fpPatches) list[i].a = fp;

    std::vector<bool> spillAt(list.size(), false), exitAt(list.size(), false);
    for (size_t i : plan.spillBefore) spillAt[i] = true;
    if (!recorded)
      for (size_t i : plan.exits) exitAt[i] = true;
    wasm::Code out = prologue(fp, size, stackPointer, overflow);
    for (size_t i = 0; i < list.size(); ++i) {
      if (spillAt[i])
        for (size_t k = 0; k < spilled.size(); ++k) {
          out.localGet(fp);
          out.localGet(spilled[k]);
          out.mem(Op::I32Store, 2, spillOffset + 4 * static_cast<uint32_t>(k));
        }
      if (exitAt[i]) epilogue(out, fp, size, stackPointer);
      out.list().push_back(std::move(list[i]));
      if (auto s = saves.find(i); s != saves.end()) {
        const auto& ls = s->second;
        if (ls.size() == 1) {
          out.localTee(ls[0]);
        } else {
          for (size_t k = ls.size(); k-- > 0;) out.localSet(ls[k]);
          for (uint32_t l : ls) out.localGet(l);
        }
      }
    }
    if (!recorded) epilogue(out, fp, size, stackPointer);
    list = std::move(out.list());
  }
  return ok;
}

}  // namespace gm::lower
