// The collector's side of the JS API: heap statistics, forced collections and GOGC, for modules
// compiled with gc: "conservative" (the runtime's gc.go). Other memory models have no collector;
// these then report null / do nothing.

/** Field order of the runtime's gcStatsRecord (cpp/runtime/runtime/gc.go): 8-byte fields. */
const FIELDS = /** @type {const} */ ([
  'heapSize', 'heapInUse', 'heapLive', 'liveAfterGC', 'numGC', 'lastPauseNs', 'maxPauseNs',
  'totalPauseNs', 'totalAlloc', 'mallocs', 'frees', 'nextGC', 'gcPercent',
]);

/**
 * @typedef {object} HeapStats
 * @property {number} heapSize bytes of linear memory
 * @property {number} heapInUse bytes of heap pages in use (spans)
 * @property {number} heapLive bytes in allocated objects (live, or garbage not yet collected)
 * @property {number} liveAfterGC bytes that survived the last collection
 * @property {number} numGC collections so far
 * @property {number} lastPauseMs duration of the last collection
 * @property {number} maxPauseMs the longest collection
 * @property {number} totalPauseMs all collections together
 * @property {number} totalAlloc bytes ever allocated
 * @property {number} mallocs objects ever allocated
 * @property {number} frees objects freed
 * @property {number} nextGC heapLive at which the next collection runs
 * @property {number} gcPercent GOGC (negative: automatic collection is off)
 */

/**
 * Reads the statistics record.
 * @param {WebAssembly.Exports} raw the instance's exports
 * @param {string | null} statsExport manifest.gcStats
 * @returns {HeapStats | null}
 */
export function readHeapStats(raw, statsExport) {
  const addrFn = statsExport ? /** @type {Function | undefined} */ (raw[statsExport]) : undefined;
  const memory = /** @type {WebAssembly.Memory | undefined} */ (raw.memory);
  if (typeof addrFn !== 'function' || !memory) return null;
  const addr = addrFn() >>> 0;
  const dv = new DataView(memory.buffer);
  /** @type {Record<string, number>} */
  const v = {};
  FIELDS.forEach((name, i) => {
    v[name] = Number(dv.getBigInt64(addr + 8 * i, true));
  });
  return {
    heapSize: v.heapSize,
    heapInUse: v.heapInUse,
    heapLive: v.heapLive,
    liveAfterGC: v.liveAfterGC,
    numGC: v.numGC,
    lastPauseMs: v.lastPauseNs / 1e6,
    maxPauseMs: v.maxPauseNs / 1e6,
    totalPauseMs: v.totalPauseNs / 1e6,
    totalAlloc: v.totalAlloc,
    mallocs: v.mallocs,
    frees: v.frees,
    nextGC: v.nextGC,
    gcPercent: v.gcPercent,
  };
}
