// The module's linear memory as the marshaller sees it: cached views that follow memory.grow, the
// allocator exports (gomethod_alloc / gomethod_free), a scratch arena for the inputs of one call,
// and ModuleArray, a typed array that lives in the module's memory (zero-copy arguments).

/** gomethod_alloc flags (the collector's allocPinned, cpp/runtime/runtime/gc.go). */
export const ALLOC_NOSCAN = 1;
export const ALLOC_NOZERO = 2;

/** Bytes reserved once per instance for the inputs of calls (strings, structs, small slices). */
export const ARENA_SIZE = 64 * 1024;

if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) {
  // Typed arrays use the platform's byte order and wasm memory is little-endian.
  throw new Error('gomethod: this JS engine is big-endian; the marshaller needs little-endian typed arrays');
}

/**
 * Per-call bookkeeping: where the arena stood, blocks to free, and the alias maps that keep
 * pointer graphs (shared and cyclic pointers) intact in both directions.
 */
export class CallContext {
  constructor() {
    /** where the call's inputs start in the arena, and in the pointer-free arena */
    this.mark = 0;
    this.markNoscan = 0;
    /** @type {number[] | null} pairs of (ptr, size) from gomethod_alloc, freed at the end */
    this.blocks = null;
    /** @type {Map<string, Map<number, any>> | null} Go type → address → JS value already read */
    this.loaded = null;
    /** @type {Map<string, Map<object, number>> | null} Go type → JS object → address already written */
    this.stored = null;
    /** @type {number[] | null} set while writing into an object that outlives the call (a class
     * instance): its (ptr, size) allocations go here, freed with the object, not at the end */
    this.owner = null;
  }
}

/**
 * One instance's memory and allocator.
 */
export class ModuleMemory {
  /**
   * @param {WebAssembly.Memory | null} memory
   * @param {Function | null} allocFn gomethod_alloc(size) -> ptr
   * @param {Function | null} freeFn gomethod_free(ptr, size)
   */
  constructor(memory, allocFn, freeFn) {
    this.memory = memory;
    /** @type {ArrayBuffer | null} */
    this.buffer = null;
    /** @type {Uint8Array} */
    this.u8 = new Uint8Array(0);
    /** @type {DataView} */
    this.dv = new DataView(new ArrayBuffer(0));
    this.allocFn = allocFn;
    this.freeFn = freeFn;
    /** the address every zero-length allocation gets (Go's zerobase); 0 until known */
    this.zerobase = 0;
    // Two arenas: inputs that hold pointers (structs, slices of strings), and pointer-free ones
    // (bytes, numbers, strings' bytes) in a block the collector never scans, so that numbers
    // that look like addresses do not keep garbage alive while the arena is pinned.
    this.arena = new Arena();
    this.noscanArena = new Arena();
    /** @type {CallContext[]} contexts of finished calls, for reuse */
    this.pool = [];
    /** @type {((err: unknown) => unknown) | null} turns a trap into a GoPanic after resetting */
    this.onTrap = null;
    /** @type {number[] | null} the owner the next call's inputs are allocated for (see CallContext) */
    this.nextOwner = null;
    /** the module has a garbage collector: arena memory is never reused (Go may retain inputs) */
    this.collected = false;
    /**
     * The js bridge's handle table and the collector's registration (js target; web/jsbridge.js)
     * @type {{ store: (v: unknown) => number, value: (id: number) => unknown, register: (p: number, id: number) => void } | null}
     */
    this.jsBridge = null;
    this.sync();
  }

  /**
   * Re-creates the views when memory.grow replaced the buffer. Growing detaches the old buffer,
   * so an empty view means "look again"; reading memory.buffer on every call would cost more.
   */
  sync() {
    if (this.u8.length !== 0) return;
    const mem = this.memory;
    if (mem && mem.buffer !== this.buffer) {
      this.buffer = mem.buffer;
      this.u8 = new Uint8Array(this.buffer);
      this.dv = new DataView(this.buffer);
    }
  }

  /** Sets up the arena and learns zerobase; called once after package initialization. */
  setup() {
    if (!this.allocFn) return;
    this.zerobase = this.alloc(0);
    this.newArena(this.arena);
    this.newArena(this.noscanArena);
  }

  /** @param {Arena} a */
  newArena(a) {
    a.base = this.alloc(ARENA_SIZE, a === this.noscanArena ? ALLOC_NOSCAN : 0);
    a.top = a.base;
    a.end = a.base + ARENA_SIZE;
  }

  /**
   * Heap memory from the module's allocator (8-aligned). May grow memory. With a collector the
   * block stays pinned until free().
   * @param {number} size
   * @param {number} [flags] for the collector: ALLOC_NOSCAN (no pointers will be stored in it),
   *   ALLOC_NOZERO (the caller overwrites every byte); other allocators ignore them
   * @returns {number}
   */
  alloc(size, flags = 0) {
    if (!this.allocFn) throw new Error('gomethod: the module exports no allocator (manifest.alloc is null)');
    const p = this.allocFn(size, flags) >>> 0;
    this.sync();
    if (p === 0 || p + size > this.u8.length) {
      // Never hand out memory the module's allocator did not really provide.
      throw new Error(`gomethod: the module's allocator returned an invalid block ${p} for ${size} bytes`);
    }
    return p;
  }

  /**
   * @param {number} ptr
   * @param {number} size as passed to alloc
   */
  free(ptr, size) {
    if (this.freeFn && size > 0) this.freeFn(ptr, size);
  }

  /** @returns {CallContext} */
  begin() {
    // Memory may have grown since the last look (a call whose results needed no memory, a raw
    // export called directly): writing through a detached view would silently do nothing.
    this.sync();
    const cx = this.pool.pop() ?? new CallContext();
    cx.mark = this.arena.top;
    cx.markNoscan = this.noscanArena.top;
    cx.owner = this.nextOwner;
    this.nextOwner = null;
    return cx;
  }

  /**
   * Releases what the call allocated. Safe after a trap (call it after gomethod_reset).
   * @param {CallContext} cx
   */
  end(cx) {
    // With a collector Go may keep what it was given, so arena memory is never reused: the
    // arena fills up and is then left to the collector (see temp).
    if (!this.collected) {
      this.arena.top = cx.mark;
      this.noscanArena.top = cx.markNoscan;
    }
    cx.owner = null;
    cx.loaded = null;
    cx.stored = null;
    const blocks = cx.blocks;
    if (blocks) {
      cx.blocks = null;
      for (let i = 0; i < blocks.length; i += 2) {
        try {
          this.free(blocks[i], blocks[i + 1]);
        } catch {
          // A broken heap shows up on the next allocation as a GoPanic; nothing to add here.
        }
      }
    }
    if (this.pool.length < 8) this.pool.push(cx);
  }

  /**
   * Memory for one input of the current call: from the arena when it fits, else from the heap
   * (freed — with a collector, unpinned — by end()). The address is 8-aligned.
   * @param {CallContext} cx
   * @param {number} size
   * @param {boolean} zero clear the bytes (arena memory holds old inputs)
   * @param {boolean} [noscan] the input holds no pointers (bytes, numbers, strings)
   * @returns {number}
   */
  temp(cx, size, zero, noscan = false) {
    if (size === 0) return this.zerobase;
    if (cx.owner) {
      const p = this.alloc(size, noscan ? ALLOC_NOSCAN : 0); // zeroed
      cx.owner.push(p, size);
      return p;
    }
    const a = noscan ? this.noscanArena : this.arena;
    const top = a.top;
    const end = top + ((size + 7) & ~7);
    if (end <= a.end && top !== 0) {
      a.top = end;
      if (zero) this.u8.fill(0, top, top + size);
      return top;
    }
    if (this.collected && top !== 0 && size <= ARENA_SIZE / 4) {
      // A full arena stays pinned until this call ends (its inputs may be in it), then belongs to
      // the collector, which frees it once Go keeps nothing in it.
      (cx.blocks ??= []).push(a.base, ARENA_SIZE);
      this.newArena(a);
      if (noscan) cx.markNoscan = a.base;
      else cx.mark = a.base;
      return this.temp(cx, size, zero, noscan);
    }
    const p = this.alloc(size, (noscan ? ALLOC_NOSCAN : 0) | (zero ? 0 : ALLOC_NOZERO));
    (cx.blocks ??= []).push(p, size);
    return p;
  }

  /**
   * Whether address p lies in memory the current call's inputs occupy (an arena above the
   * call's mark, or a block freed when the call ends).
   * @param {CallContext} cx
   * @param {number} p
   */
  isCallInput(cx, p) {
    if ((p >= cx.mark && p < this.arena.end) || (p >= cx.markNoscan && p < this.noscanArena.end)) return true;
    const blocks = cx.blocks;
    if (blocks) for (let i = 0; i < blocks.length; i += 2) if (p >= blocks[i] && p < blocks[i] + blocks[i + 1]) return true;
    return false;
  }

  /**
   * Gives back the unused tail of the arena block that temp() returned last.
   * @param {number} ptr
   * @param {number} reserved
   * @param {number} used
   */
  shrink(ptr, reserved, used) {
    for (const a of [this.arena, this.noscanArena]) {
      if (a.top === ptr + ((reserved + 7) & ~7)) a.top = ptr + ((used + 7) & ~7);
    }
  }
}

/** A block of memory handed out front to back: the inputs of calls. */
class Arena {
  base = 0;
  top = 0;
  end = 0;
}

// ---- ModuleArray ---------------------------------------------------------------------------

/** @typedef {Int8ArrayConstructor | Uint8ArrayConstructor | Uint8ClampedArrayConstructor | Int16ArrayConstructor | Uint16ArrayConstructor | Int32ArrayConstructor | Uint32ArrayConstructor | Float32ArrayConstructor | Float64ArrayConstructor | BigInt64ArrayConstructor | BigUint64ArrayConstructor} TypedArrayConstructor */

/** @type {TypedArrayConstructor[]} */
export const TYPED_ARRAYS = [
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
];

const CONSTRUCT = Symbol('ModuleArray');

/** @typedef {{ mem: ModuleMemory, ptr: number, length: number, Ctor: TypedArrayConstructor, freed: boolean }} ModuleArrayParts */
/** @type {(a: ModuleArray) => ModuleArrayParts} */
let partsOf;

/**
 * A typed array that lives in a module's linear memory. Passing it where the Go function takes a
 * slice of the matching element type passes its address: no copy, and the Go side's writes are
 * visible in `view`. Create it with `mod.alloc(Int32Array, n)`; release it with `free()`.
 * @template {ArrayBufferView} [T=ArrayBufferView]
 */
export class ModuleArray {
  /** What the marshaller reads (one object, so reading it allocates nothing). */
  #parts;
  #ptr;
  #length;
  #Ctor;
  #mem;
  /** @type {any} */
  #view = null;
  #freed = false;

  /**
   * @param {symbol} token
   * @param {ModuleMemory} mem
   * @param {TypedArrayConstructor} Ctor
   * @param {number} ptr
   * @param {number} length
   */
  constructor(token, mem, Ctor, ptr, length) {
    if (token !== CONSTRUCT) throw new TypeError('use mod.alloc(TypedArray, length) to create a ModuleArray');
    this.#mem = mem;
    this.#Ctor = Ctor;
    this.#ptr = ptr;
    this.#length = length;
    this.#parts = { mem, ptr, length, Ctor, freed: false };
  }

  static {
    partsOf = (a) => a.#parts;
  }

  /**
   * A typed array over the elements, on the module's current memory. After memory.grow the old
   * view is detached; this getter then returns a new one, so read `view` again after any call.
   * @returns {T}
   */
  get view() {
    if (this.#freed) throw new TypeError(`ModuleArray(${this.#Ctor.name}) used after free()`);
    const buffer = this.#mem.memory?.buffer;
    if (!this.#view || this.#view.buffer !== buffer) {
      this.#view = new this.#Ctor(/** @type {ArrayBuffer} */ (buffer), this.#ptr, this.#length);
    }
    return this.#view;
  }

  /** Number of elements. */
  get length() {
    return this.#length;
  }

  /** The address of the first element in the module's memory. */
  get byteOffset() {
    return this.#ptr;
  }

  get byteLength() {
    return this.#length * this.#Ctor.BYTES_PER_ELEMENT;
  }

  /** The typed array constructor of `view`. */
  get type() {
    return this.#Ctor;
  }

  get freed() {
    return this.#freed;
  }

  /** Returns the memory to the module's allocator. Further use throws; a second free is a no-op. */
  free() {
    if (this.#freed) return;
    this.#freed = true;
    this.#parts.freed = true;
    this.#view = null;
    this.#mem.free(this.#ptr, this.#length * this.#Ctor.BYTES_PER_ELEMENT);
  }

  get [Symbol.toStringTag]() {
    return `ModuleArray<${this.#Ctor.name}>`;
  }
}

// `using arr = mod.alloc(…)` frees at the end of the block where explicit resource management exists.
if (typeof Symbol.dispose === 'symbol') {
  Object.defineProperty(ModuleArray.prototype, Symbol.dispose, {
    value: function dispose() {
      this.free();
    },
    configurable: true,
    writable: true,
  });
}

/** @param {ModuleArray} a */
export function moduleArrayParts(a) {
  return partsOf(a);
}

/**
 * `mod.alloc(Ctor, lengthOrData)`: a zeroed array of `length` elements, or one holding a copy of
 * `data` (an array-like of numbers or bigints).
 * @param {ModuleMemory} mem
 * @param {unknown} Ctor
 * @param {unknown} lengthOrData
 * @returns {ModuleArray}
 */
export function allocModuleArray(mem, Ctor, lengthOrData) {
  if (!TYPED_ARRAYS.includes(/** @type {any} */ (Ctor))) {
    throw new TypeError(
      `alloc: the first argument must be a typed array constructor (Int32Array, Float64Array, Uint8Array, …), got ${
        typeof Ctor === 'function' ? Ctor.name || 'a function' : String(Ctor)
      }`,
    );
  }
  const C = /** @type {TypedArrayConstructor} */ (Ctor);
  /** @type {ArrayLike<any> | null} */
  let data = null;
  let length;
  if (typeof lengthOrData === 'number') {
    length = lengthOrData;
  } else if (lengthOrData && typeof lengthOrData === 'object' && typeof (/** @type {any} */ (lengthOrData).length) === 'number') {
    data = /** @type {ArrayLike<any>} */ (lengthOrData);
    length = data.length;
  } else {
    throw new TypeError(`alloc: the second argument must be a length or an array of elements, got ${typeof lengthOrData}`);
  }
  if (!Number.isInteger(length) || length < 0) throw new RangeError(`alloc: invalid length ${length}`);
  const bytes = length * C.BYTES_PER_ELEMENT;
  if (bytes > 0xffff_fff8) throw new RangeError(`alloc: ${length} elements do not fit in a 4 GiB memory`);
  if (!mem.allocFn) throw new TypeError('alloc: this module has no allocator (it exports no function that needs memory)');
  if (data) {
    // Validate by converting into a detached-from-module copy first, so a bad element throws
    // before anything is allocated.
    data = /** @type {any} */ (C).from(data);
  }
  let ptr;
  try {
    ptr = mem.alloc(bytes, ALLOC_NOSCAN);
  } catch (err) {
    throw allocFailure(mem, err);
  }
  const arr = new ModuleArray(CONSTRUCT, mem, C, ptr, length);
  if (data) /** @type {any} */ (arr.view).set(data);
  return arr;
}

/**
 * An allocation that trapped (out of memory): the instance is reset and the trap reported as the
 * GoPanic it is.
 * @param {ModuleMemory} mem
 * @param {unknown} err
 */
function allocFailure(mem, err) {
  return mem.onTrap ? mem.onTrap(err) : err;
}
