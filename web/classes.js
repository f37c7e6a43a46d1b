// Exported Go types as JS classes (`//export Counter` on a type declaration; docs/abi.md,
// "Classes"). An instance owns a heap object of the Go type in the module's memory:
//
//   const c = new mod.exports.Counter({ Name: 'hits' }); // fields from a plain object (or nothing)
//   c.N;  c.N = 5;                                       // exported fields: getters and setters
//   c.Add(2);                                            // methods: a pointer-receiver method works
//                                                        // on the object, a value-receiver one on a copy
//   c.free();                                            // or the FinalizationRegistry, eventually
//
// A non-struct type (type Celsius float64) has a `value` property instead of fields. Using an
// instance after free() throws a TypeError. Strings and other memory an instance's fields point
// at are allocated for the instance and freed with it.

import { describe, placeError } from './errors.js';
import { buildCodec } from './marshal/codec.js';

/** Instance → its object in the module (address, owned allocations). */
const states = new WeakMap();

/**
 * @param {any} spec the manifest's class entry
 * @param {import('./marshal/memory.js').ModuleMemory} mem
 * @param {(spec: any, raw: Function) => Function} wrap builds an export wrapper (instantiate.js)
 * @param {Record<string, any>} raw the instance's exports
 * @returns {Function}
 */
export function makeClass(spec, mem, wrap, raw) {
  const name = String(spec.name);
  const codec = buildCodec(spec.type, mem);
  const size = Math.max(codec.size >>> 0, 1);
  const isStruct = codec.kind === 'struct';

  /** @param {{ ptr: number, blocks: number[] }} state */
  function release(state) {
    if (!state.ptr) return;
    const { ptr, blocks } = state;
    state.ptr = 0;
    mem.free(ptr, size);
    for (let i = 0; i < blocks.length; i += 2) mem.free(blocks[i], blocks[i + 1]);
    blocks.length = 0;
  }
  const registry = new FinalizationRegistry(release);

  /** @param {any} obj */
  function live(obj) {
    const state = states.get(obj);
    if (!state || state.class !== Cls) throw new TypeError(`${name}: not a ${name} instance (${describe(obj)})`);
    if (!state.ptr) throw new TypeError(`${name} used after free()`);
    return state;
  }

  /** Writes v (already checked) at addr; what it allocates belongs to the instance. */
  function write(state, addr, fieldCodec, v) {
    const cx = mem.begin();
    cx.owner = state.blocks;
    try {
      fieldCodec.store(cx, addr, v);
    } finally {
      cx.owner = null;
      mem.end(cx);
    }
  }

  function read(addr, fieldCodec) {
    const cx = mem.begin();
    try {
      return fieldCodec.load(cx, addr);
    } finally {
      mem.end(cx);
    }
  }

  const Cls = class {
    /** @param {any} [init] a plain object of exported fields (struct types) or the value */
    constructor(init) {
      if (init !== undefined) {
        try {
          codec.check(init);
        } catch (err) {
          throw placeError(err, `new ${name}(…): argument`);
        }
      }
      const state = { ptr: mem.alloc(size), blocks: /** @type {number[]} */ ([]), class: Cls, goType: String(spec.go), mem };
      states.set(this, state);
      if (init !== undefined) write(state, state.ptr, codec, init);
      registry.register(this, state, this);
      Object.preventExtensions(this); // a misspelt field is an error, not a new JS property
    }

    /** Releases the object's memory now; the instance cannot be used afterwards. */
    free() {
      const state = live(this);
      registry.unregister(this);
      release(state);
    }

    /** A plain-object (or value) copy of the Go object. */
    toJSON() {
      return read(live(this).ptr, codec);
    }
  };
  Object.defineProperty(Cls, 'name', { value: name });

  if (isStruct) {
    for (const f of codec.fields ?? []) {
      const at = f.offset >>> 0;
      Object.defineProperty(Cls.prototype, f.name, {
        enumerable: true,
        get() {
          return read(live(this).ptr + at, f.codec);
        },
        set(v) {
          const state = live(this);
          try {
            f.codec.check(v);
          } catch (err) {
            throw placeError(err, `${name}.${f.name}`);
          }
          write(state, state.ptr + at, f.codec, v);
        },
      });
    }
  } else {
    Object.defineProperty(Cls.prototype, 'value', {
      enumerable: true,
      get() {
        return read(live(this).ptr, codec);
      },
      set(v) {
        const state = live(this);
        try {
          codec.check(v);
        } catch (err) {
          throw placeError(err, `${name}.value`);
        }
        write(state, state.ptr, codec, v);
      },
    });
  }

  const receiver = { name: 'this', go: `*${spec.go}`, wasm: ['i32'], type: { kind: 'uintptr', size: 4, align: 4 } };
  for (const m of spec.methods ?? []) {
    const fn = raw[m.name];
    if (typeof fn !== 'function') throw new TypeError(`instantiate: the manifest lists ${m.name}, but the module exports no such function`);
    const call = wrap({ ...m, params: [receiver, ...m.params] }, fn);
    const nParams = m.params.length;
    const variadic = m.variadic === true;
    const method = String(m.method);
    const fnWithThis = {
      [method](/** @type {any[]} */ ...args) {
        const state = live(this);
        if (variadic ? args.length < nParams - 1 : args.length !== nParams) {
          throw new TypeError(`${name}.${method}: expected ${variadic ? 'at least ' : ''}${variadic ? nParams - 1 : nParams} argument${nParams === 1 ? '' : 's'}, got ${args.length} (${m.go})`);
        }
        // The Go method may keep what it is given (a string stored in a field): inputs copied in
        // for the call belong to the object and are freed with it, not after the call.
        mem.nextOwner = state.blocks;
        try {
          return call(state.ptr, ...args);
        } finally {
          mem.nextOwner = null;
        }
      },
    }[method];
    Object.defineProperty(fnWithThis, 'signature', { value: m.go });
    Object.defineProperty(Cls.prototype, method, { value: fnWithThis, writable: true, configurable: true });
  }
  return Cls;
}

/**
 * A class instance's object (address — 0 once freed —, Go type name, module memory), or undefined
 * for any other value. Where a Go function takes *T, an instance of T's class passes its object.
 * @param {unknown} v
 * @returns {{ ptr: number, goType: string, mem: any } | undefined}
 */
export function objectState(v) {
  return typeof v === 'object' && v !== null ? states.get(v) : undefined;
}
