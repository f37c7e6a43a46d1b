// Section 3, throughput against data size: every kernel at each of its sizes (10³, 10⁵, 10⁶
// elements), on every path — gomethod's under both memory models (gc: conservative, leaking),
// the anchors once — median time per call, all variants of one kernel, size and mode timed side
// by side in interleaved rounds (stats.mjs: timeInterleaved). Two modes per cell (the loader's
// prepare options):
//  - resident: the inputs were put into the module's memory once, untimed (gomethod ModuleArray,
//    the Emscripten heap, AssemblyScript arrays, slices held by the Go side): the kernel and the
//    bare call — the comparison of generated code;
//  - copy: the inputs are JS typed arrays passed the way each path's users would pass them, so
//    every call copies them in (gomethod's marshaller, embind's vectors, js.CopyBytesToGo, asc's
//    bindings) — what a page pays per call.
//
// Before anything is timed, each variant's result is compared with plain JS's (the loader's
// sameResult); a variant that disagrees is not timed, and the mismatch goes to results.failures
// (the report opens with it and the run exits non-zero).
//
// The collector: gomethod's conservative model reports its statistics (heapStats); per cell we
// keep the collections during the timed calls, the mean and the largest pause seen, and the share
// of the time spent in collections. The leaking model never collects: an instance that has grown
// past LEAK_LIMIT is replaced (untimed) before the next sample. Standard Go's collector runs inside
// its wasm module and reports nothing to JS: its pauses are in its times but cannot be separated.
import { timeInterleaved } from './stats.mjs';

const LEAK_LIMIT = 512 << 20;
export const MODES = ['resident', 'copy'];

/**
 * The variants to time: [path, gc] pairs, plus `direct` optimized by Binaryen at -O3 (the
 * compile option opt; every other gomethod variant is the compiler's own output, opt 0).
 * @param {any} kernels
 */
export function variantsOf(kernels) {
  /** @type {Array<{ key: string, path: string, gc: string | null, opt?: number, label: string }>} */
  const out = [];
  for (const p of kernels.PATHS) {
    if (kernels.PATH_INFO[p]?.kind === 'gomethod') {
      for (const gc of ['conservative', 'leaking']) out.push({ key: `${p}:${gc}`, path: p, gc, label: p });
      if (p === 'direct') out.push({ key: 'direct-O3:conservative', path: p, gc: 'conservative', opt: 3, label: 'direct -O3' });
    } else out.push({ key: p, path: p, gc: null, label: p });
  }
  return out;
}

/** Sizes to run for a kernel. @param {any} kernel @param {boolean} quick */
export function sizesFor(kernel, quick) {
  const sizes = [...kernel.sizes].sort((a, b) => a - b);
  if (!quick) return sizes;
  const small = sizes.filter((s) => s <= 1e5);
  return (small.length ? small : sizes).slice(0, 2);
}

/** @param {unknown} v */
export function show(v) {
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? v.slice(0, 60) + '…' : v);
  return String(v);
}

/** Rounds per cell: fewer for the largest sizes, where one call takes up to a few hundred ms. @param {boolean} quick @param {number} size */
export function optionsFor(quick, size) {
  if (quick) return { warmup: 1, rounds: 3, minSampleMs: 2 };
  return size >= 1e6 ? { warmup: 1, rounds: 5, minSampleMs: 5 } : { warmup: 2, rounds: 7, minSampleMs: 5 };
}

/** @param {any} ctx */
export async function run(ctx) {
  const { kernels, quick, log } = ctx;
  const variants = variantsOf(kernels);
  const cells = [];
  /** @type {Record<string, string>} */
  const loadErrors = {};
  /** @type {Record<string, { target: string | null }>} */
  const targets = {};

  for (const kernel of kernels.KERNELS) {
    // Fresh instances per kernel: collector statistics and memory belong to this kernel alone.
    /** @type {Map<string, any>} */
    const loaded = new Map();
    for (const v of variants) {
      if (loadErrors[v.key]) continue;
      try {
        const l = await kernels.loadPath(v.path, v.gc ? { gc: v.gc, opt: v.opt ?? 0 } : {});
        loaded.set(v.key, l);
        if (l.target !== undefined) targets[v.key] = { target: l.target };
      } catch (err) {
        loadErrors[v.key] = /** @type {Error} */ (err).message;
        ctx.results.failures.push({ section: 'throughput', kind: 'load', path: v.path, message: `${v.key}: ${loadErrors[v.key]}` });
      }
    }
    const reference = loaded.get('plainjs');
    if (!reference) throw new Error('plainjs did not load: nothing to check results against');
    for (const size of sizesFor(kernel, quick)) {
      const input = kernel.input(size);
      const want = reference.run(kernel, reference.prepare(kernel, input));
      for (const mode of MODES) {
        const resident = mode === 'resident';
        const bodies = [];
        /** @type {Map<string, any>} */
        const state = new Map();
        for (const v of variants) {
          const l = loaded.get(v.key);
          if (!l) continue;
          const where = `${kernel.name} n=${size} ${mode} on ${v.key}`;
          const st = { loaded: l, prepared: /** @type {any} */ (null), calls: 0, pauses: /** @type {number[]} */ ([]), seenGC: 0, reloads: 0, before: /** @type {any} */ (null) };
          try {
            st.prepared = l.prepare(kernel, input, { resident });
            const got = l.run(kernel, st.prepared);
            if (!kernels.sameResult(got, want)) {
              const message = `${where}: got ${show(got)}, plain JS ${show(want)}`;
              ctx.results.failures.push({ section: 'throughput', kind: 'mismatch', path: v.path, kernel: kernel.name, size, mode, message });
              cells.push({ kernel: kernel.name, size, mode, variant: v.key, path: v.path, gc: v.gc, mismatch: message });
              log(`MISMATCH ${message}`);
              l.release?.(st.prepared);
              continue;
            }
          } catch (err) {
            const message = `${where}: ${/** @type {Error} */ (err).message}`;
            ctx.results.failures.push({ section: 'throughput', kind: 'error', path: v.path, kernel: kernel.name, size, mode, message });
            cells.push({ kernel: kernel.name, size, mode, variant: v.key, path: v.path, gc: v.gc, error: message });
            log(`ERROR ${message}`);
            continue;
          }
          st.before = st.loaded.heapStats?.() ?? null;
          st.seenGC = st.before?.numGC ?? 0;
          state.set(v.key, st);
          bodies.push({
            key: v.key,
            fn: () => {
              st.calls++;
              return st.loaded.run(kernel, st.prepared);
            },
            before: async () => {
              const hs = st.loaded.heapStats?.();
              if (hs && hs.numGC > st.seenGC) {
                st.pauses.push(hs.lastPauseMs);
                st.seenGC = hs.numGC;
              }
              if (v.gc === 'leaking' && st.loaded.memoryBytes() > LEAK_LIMIT) {
                st.loaded.dispose();
                st.loaded = await kernels.loadPath(v.path, { gc: v.gc });
                loaded.set(v.key, st.loaded);
                st.prepared = st.loaded.prepare(kernel, input, { resident });
                st.reloads++;
              }
            },
          });
        }
        const opts = optionsFor(quick, size);
        const timed = await timeInterleaved(bodies, opts);
        for (const t of timed) {
          const v = /** @type {any} */ (variants.find((x) => x.key === t.key));
          const st = state.get(t.key);
          const after = st.loaded.heapStats?.() ?? null;
          let gc = null;
          if (st.before && after && st.reloads === 0) {
            const collections = after.numGC - st.before.numGC;
            const totalPauseMs = after.totalPauseMs - st.before.totalPauseMs;
            if (after.numGC > st.seenGC) st.pauses.push(after.lastPauseMs);
            const maxPauseMs = Math.max(0, ...st.pauses, after.maxPauseMs > st.before.maxPauseMs ? after.maxPauseMs : 0);
            gc = {
              collections,
              calls: st.calls,
              meanPauseMs: collections ? totalPauseMs / collections : 0,
              maxPauseMs: collections ? maxPauseMs : 0,
              gcShare: collections ? totalPauseMs / (st.calls * t.ms) : 0,
            };
          }
          cells.push({
            kernel: kernel.name, size, mode, variant: t.key, path: v.path, gc: v.gc,
            ms: t.ms, p25: t.p25, p75: t.p75, min: t.min, callsPerSample: t.calls, rounds: t.samples.length,
            collector: gc, reloads: st.reloads, memoryBytes: st.loaded.memoryBytes(),
          });
          st.loaded.release?.(st.prepared);
        }
        const best = timed.filter((t) => t.ms > 0).sort((a, b) => a.ms - b.ms)[0];
        const ours = timed.find((t) => t.key === 'direct:conservative');
        log(`throughput ${kernel.name} n=${size} ${mode}: ${timed.length} variants; fastest ${best?.key} ${best?.ms.toPrecision(3)} ms${ours ? `, direct ${ours.ms.toPrecision(3)} ms` : ''}`);
      }
    }
    for (const l of loaded.values()) l.dispose();
  }
  return { variants, modes: MODES, options: { default: optionsFor(quick, 1e5), largest: optionsFor(quick, 1e6) }, leakLimitBytes: LEAK_LIMIT, cells, loadErrors, targets };
}
