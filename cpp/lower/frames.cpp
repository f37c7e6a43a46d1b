// Finishing shadow-stack frames once the whole module is known: the frame size is final only
// after the collector's spill area (gc_roots.cpp decides what goes there) has been added.
#include "lower/frames.h"

#include <algorithm>
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

// Whether a local (parameters included) may hold a pointer the collector must see: an i32 not
// known to hold a pointer-free Go value, and not the frame pointer (it points into the stack).
bool mayHoldPointer(const wasm::Module& m, const wasm::Function& fn, uint32_t i,
                    std::optional<uint32_t> fp) {
  const auto& params = m.types()[fn.type].params;
  ValType t = i < params.size() ? params[i] : fn.locals[i - params.size()];
  bool scalar = i < fn.scalar.size() && fn.scalar[i];
  return t == ValType::I32 && i != fp && !scalar;
}

// What each collecting call of `plan` stores into the frame: the locals that may hold pointers
// and are read after the call, and the saved copies of the values the operand stack holds across
// it (`saves`: producer → its new locals).
std::vector<std::vector<uint32_t>> callStores(
    const wasm::Module& m, const wasm::Function& fn, const RootPlan& plan,
    std::optional<uint32_t> fp, uint32_t nlocals,
    const std::unordered_map<size_t, std::vector<uint32_t>>& saves) {
  std::vector<size_t> at;
  for (const RootPlan::Call& c : plan.calls) at.push_back(c.at);
  std::vector<std::vector<uint32_t>> live = liveAfter(fn, nlocals, at);
  std::vector<std::vector<uint32_t>> stores(plan.calls.size());
  const auto& params = m.types()[fn.type].params;
  for (size_t k = 0; k < plan.calls.size(); ++k) {
    std::vector<uint32_t> need = live[k];
    need.insert(need.end(), plan.calls[k].locals.begin(), plan.calls[k].locals.end());
    std::sort(need.begin(), need.end());
    need.erase(std::unique(need.begin(), need.end()), need.end());
    for (uint32_t l : need)
      if (l < nlocals && mayHoldPointer(m, fn, l, fp)) stores[k].push_back(l);
    for (size_t p : plan.calls[k].producers)
      for (uint32_t l : saves.at(p))
        if (fn.locals[l - params.size()] == ValType::I32) stores[k].push_back(l);
  }
  return stores;
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

    // Until the frame pointer exists, the epilogues' placeholder local.get reads no real local.
    for (size_t i : frame.fpPatches) fn.body.list()[i].a = frame.fp.value_or(UINT32_MAX);
    RootPlan plan;
    if (!may.empty() && may[id]) plan = planRoots(m, fn, may);
    ok = ok && plan.ok;
    const auto nlocals = static_cast<uint32_t>(m.types()[fn.type].params.size() + fn.locals.size());

    // Locals that keep values the operand stack holds across a collection.
    std::unordered_map<size_t, std::vector<uint32_t>> saves;
    for (size_t at : plan.saveAfter) {
      std::vector<uint32_t> locals;
      for (ValType t : results(m, fn, at)) locals.push_back(addLocal(fn, m, t));
      saves[at] = std::move(locals);
    }
    std::vector<std::vector<uint32_t>> stores;
    if (!plan.calls.empty()) stores = callStores(m, fn, plan, frame.fp, nlocals, saves);
    std::unordered_map<uint32_t, uint32_t> slot;  // local → its spill slot
    for (const auto& s : stores)
      for (uint32_t l : s) slot.emplace(l, static_cast<uint32_t>(slot.size()));

    uint32_t size = frame.size;
    uint32_t spillOffset = (size + 3) / 4 * 4;
    if (!slot.empty()) size = spillOffset + 4 * static_cast<uint32_t>(slot.size());
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

    std::unordered_map<size_t, size_t> callAt;  // instruction → index in plan.calls
    for (size_t k = 0; k < plan.calls.size(); ++k) callAt[plan.calls[k].at] = k;
    std::vector<bool> exitAt(list.size(), false);
    if (!recorded)
      for (size_t i : plan.exits) exitAt[i] = true;
    wasm::Code out = prologue(fp, size, stackPointer, overflow);
    for (size_t i = 0; i < list.size(); ++i) {
      if (auto c = callAt.find(i); c != callAt.end())
        for (uint32_t l : stores[c->second]) {
          out.localGet(fp);
          out.localGet(l);
          out.mem(Op::I32Store, 2, spillOffset + 4 * slot.at(l));
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
