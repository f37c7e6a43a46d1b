// Types for gomethod's public entry point (web/index.js). Hand-written; keep in step with the JS.

/** One compiler message, positioned like the go tool's `file:line:column: message`. */
export interface Diagnostic {
  /** The file name given in {@link CompileOptions.filename} (default `"main.go"`). */
  file: string;
  /** 1-based line; 0 when the message has no position (e.g. an internal compiler error). */
  line: number;
  /** 1-based column in bytes, as Go counts; 0 when the message has no position. */
  column: number;
  message: string;
}

/** The kinds of {@link GoTypeLayout}. `pointer` without `elem` is `unsafe.Pointer`. */
export type GoKind =
  | 'bool' | 'int8' | 'int16' | 'int32' | 'int64' | 'int'
  | 'uint8' | 'uint16' | 'uint32' | 'uint64' | 'uint' | 'uintptr'
  | 'float32' | 'float64' | 'string'
  | 'pointer' | 'slice' | 'array' | 'struct' | 'unsupported';

/** A Go type's shape and memory layout, as the manifest describes it (see docs/abi.md). */
export interface GoTypeLayout {
  kind: GoKind;
  /** The Go name of a named type (e.g. `"Point"`). */
  name?: string;
  /** Size in linear memory, bytes. */
  size: number;
  align: number;
  /** pointer, slice, array: the element type. */
  elem?: GoTypeLayout;
  /** array: the length. */
  len?: number;
  /** struct: every field, exported or not, in declaration order. */
  fields?: Array<{ name: string; offset: number; exported: boolean; type: GoTypeLayout }>;
}

/** One parameter or result of an export. */
export interface ManifestValue {
  name?: string;
  /** The Go type as written, e.g. `"[]int32"`. */
  go: string;
  /** Its wasm lowering, e.g. `["i32", "i32"]` for a string. */
  wasm: Array<'i32' | 'i64' | 'f32' | 'f64'>;
  type: GoTypeLayout;
}

/** One exported Go function. */
export interface ManifestExport {
  /** The wasm export name (from `//export name`). */
  name: string;
  /** The Go function's name. */
  func: string;
  /** The Go signature, e.g. `"func add(a int32, b int32) int32"`. */
  go: string;
  params: ManifestValue[];
  results: ManifestValue[];
  variadic: boolean;
}

/** The ABI manifest: the compiler's description of every export (parsed from its JSON). */
export interface Manifest {
  version: number;
  target: string;
  package: string;
  memory: boolean;
  /** The allocator export (`gomethod_alloc(size) ptr`), null when no export needs memory. */
  alloc: string | null;
  /** `gomethod_free(ptr, size)`. */
  free: string | null;
  /** `_initialize`, when the package has initialization code and no main. */
  initialize: string | null;
  /** `gomethod_panic_message() (ptr, len)`. */
  panicMessage: string | null;
  /** `gomethod_reset()`: call after a trap so the instance keeps serving. */
  reset: string | null;
  /** The memory model the module was compiled with. */
  gc: 'conservative' | 'leaking' | 'none';
  /** `gomethod_gc()`: a collection now; null without a collector. */
  collect: string | null;
  /** `gomethod_gc_stats()`: the address of the statistics record; null without a collector. */
  gcStats: string | null;
  exports: ManifestExport[];
  [key: string]: unknown;
}

export interface CompileOptions {
  /** File name used in diagnostics. Default `"main.go"`. */
  filename?: string;
  /**
   * What the module expects of its host (default "js"): "direct" imports nothing (print output
   * waits in memory for the JS API; no clock), "js" imports gomethod's host functions and the
   * syscall/js bridge, "wasi" imports only wasi_snapshot_preview1. Only what the program reaches
   * is imported.
   */
  target?: 'direct' | 'js' | 'wasi';
  /**
   * Memory model. `"conservative"` (default): a mark-sweep garbage collector. `"leaking"`: bump
   * allocation, never freed (smallest, fastest; for one-shot modules). `"none"`: the program may
   * not allocate at run time; every allocating expression is a compile error.
   */
  gc?: 'conservative' | 'leaking' | 'none';
  /**
   * The initial GOGC (default 100): the heap may grow by this percentage of the live heap between
   * collections; 0 collects at every allocation, -1 only on request.
   */
  gcPercent?: number;
  /**
   * The most bytes of linear memory the module may use (rounded up to 64 KiB pages). Allocating
   * past it, after a collection, panics with `fatal error: runtime: out of memory`. Default: none.
   */
  memoryLimit?: number;
  /**
   * Binaryen optimization, as wasm-opt's `-O1`…`-O4`, `-Os`, `-Oz` (the strings `'0'`…`'4'` are
   * accepted too). Default 0: the module as gomethod writes it. Any other level makes
   * {@link Compiler.compile} return a Promise. Another type is a `TypeError`, another value a
   * `RangeError`.
   */
  opt?: OptLevel | '0' | '1' | '2' | '3' | '4';
  /** Also return the module's text form (`result.wat`); makes {@link Compiler.compile} return a Promise. */
  wat?: boolean;
}

/** Binaryen optimization levels: 0 (none), `-O1`…`-O4`, `-Os`, `-Oz`. */
export type OptLevel = 0 | 1 | 2 | 3 | 4 | 's' | 'z';

/** The `opt` values that run Binaryen (everything but 0). */
export type BinaryenLevel = 1 | 2 | 3 | 4 | 's' | 'z' | '1' | '2' | '3' | '4';

/** Compile options that make {@link Compiler.compile} asynchronous: a Binaryen level, or `wat: true`. */
export type AsyncCompileOptions = CompileOptions & ({ opt: BinaryenLevel } | { wat: true });

/** The collector's statistics ({@link GoModule.heapStats}). */
export interface HeapStats {
  /** Bytes of linear memory. */
  heapSize: number;
  /** Bytes of heap pages in use. */
  heapInUse: number;
  /** Bytes in allocated objects: live, or garbage not yet collected. */
  heapLive: number;
  /** Bytes that survived the last collection. */
  liveAfterGC: number;
  numGC: number;
  lastPauseMs: number;
  maxPauseMs: number;
  totalPauseMs: number;
  /** Bytes ever allocated. */
  totalAlloc: number;
  /** Objects ever allocated, and freed. */
  mallocs: number;
  frees: number;
  /** `heapLive` at which the next collection runs. */
  nextGC: number;
  /** Go's GOGC: the heap may grow by this percentage of the live heap before a collection. */
  gcPercent: number;
}

export interface CompileSuccess {
  ok: true;
  /** The compiled WebAssembly module; a copy owned by the caller. */
  wasm: Uint8Array;
  /** Warnings, if any. */
  diagnostics: Diagnostic[];
  manifest: Manifest | null;
  /** TypeScript declarations for the exports (`interface Exports`); see {@link manifestToDts}. */
  dts: string;
  /** The Binaryen level applied (0: none). */
  opt: OptLevel;
  /** The module's text form, when `wat: true` was asked for. */
  wat?: string;
}

export interface CompileFailure {
  ok: false;
  wasm: null;
  /** At least one entry. */
  diagnostics: Diagnostic[];
  manifest: null;
  dts?: undefined;
  /** A failed compile is never optimized. */
  opt?: undefined;
  wat?: undefined;
}

export type CompileResult = CompileSuccess | CompileFailure;

export interface Compiler {
  /** The compiler's version string. */
  readonly version: string;
  /** How many times a crashed compiler instance has been replaced. */
  readonly restarts: number;
  /**
   * Compiles one Go source file. Never throws for bad Go input: errors come back as diagnostics,
   * and an internal compiler crash comes back as an `internal compiler error` diagnostic (the
   * crashed instance is replaced for the next call).
   *
   * Synchronous, except with a Binaryen level (`opt` other than 0) or `wat: true`: then the result
   * comes as a Promise (Binaryen is loaded on first use and, on a page's main thread, runs in a
   * worker). A Binaryen failure on the compiled module is an `internal compiler error`
   * diagnostic; a Binaryen that cannot be loaded rejects the Promise.
   * @throws {TypeError} when `source` is not a string or `options` is malformed (synchronously,
   *   also when the result would be a Promise)
   * @throws {RangeError} for an unknown `opt`, `gc`, `target`, …
   */
  compile(source: string, options: AsyncCompileOptions): Promise<CompileResult>;
  compile(source: string, options?: CompileOptions & { opt?: 0 | '0'; wat?: false }): CompileResult;
  compile(source: string, options?: CompileOptions): CompileResult | Promise<CompileResult>;
  /**
   * Resolves once the compiler can compile. It always can right after {@link createCompiler};
   * after an internal error on a host that forbids synchronous instantiation of a large module
   * (a browser's main thread), the replacement instance may need a moment.
   */
  ready(): Promise<void>;
}

export interface CreateCompilerOptions {
  /** An already compiled `gomethodc.wasm`, e.g. one posted to a worker. */
  wasmModule?: WebAssembly.Module;
  /** Where to load `gomethodc.wasm` from instead of the packaged copy. */
  wasmUrl?: string | URL;
  /** Receives lines the compiler writes to stdout (default: console.log). */
  print?: (text: string) => void;
  /** Receives lines the compiler writes to stderr (default: console.warn). */
  printErr?: (text: string) => void;
  /**
   * Where `compile({ opt })` loads binaryen.js from: a URL (relative ones against the page, or in
   * Node the working directory), a module specifier, or the loaded module itself (which then runs
   * on the calling thread, even a page's main thread). Default: the specifier `'binaryen'`, which
   * Node resolves from node_modules; pages need a URL (e.g. Vite's `import url from
   * 'binaryen/index.js?url'`) or an import map entry. Loaded on the first optimization.
   */
  binaryen?: string | URL | object;
  /**
   * Advanced/testing: an Emscripten MODULARIZE factory to use instead of the packaged
   * `dist/gomethodc.mjs`. It loads its own binary unless `wasmModule` or `wasmUrl` is given.
   */
  moduleFactory?: (moduleArg: Record<string, unknown>) => Promise<{
    compile(source: string, options: { filename?: string }): unknown;
    version(): string;
  }>;
}

/** The compiler running in a module worker: the same compile, as a Promise (optimized in the worker). */
export interface WorkerCompiler {
  compile(source: string, options?: CompileOptions): Promise<CompileResult>;
  /** Stops the worker; pending and later compiles reject. */
  terminate(): void;
}

/** Loads the gomethod compiler (the Emscripten-built module in `dist/`). */
export function createCompiler(options: { worker: true; binaryen?: string | URL }): Promise<WorkerCompiler>;
export function createCompiler(options?: CreateCompilerOptions): Promise<Compiler>;

export interface OptimizeOptions {
  /** The level (default 0: the bytes come back unchanged; Binaryen then runs only for `wat`). */
  opt?: OptLevel | '0' | '1' | '2' | '3' | '4';
  /** Also return the text form. */
  wat?: boolean;
  /** Where binaryen.js comes from ({@link CreateCompilerOptions.binaryen}). */
  binaryen?: string | URL | object;
  /** On a page's main thread: move `bytes` to the worker instead of copying them. */
  transfer?: boolean;
}

export interface OptimizeResult {
  /** The optimized module (the input itself at level 0). */
  wasm: Uint8Array;
  wat?: string;
  sizes: { before: number; after: number };
  /** The output's export names (always the input's); absent when Binaryen did not run. */
  exports?: string[];
  /** Milliseconds spent in Binaryen, not counting loading it. */
  ms: number;
}

/**
 * Optimizes a module with Binaryen (wasm-opt's `-O1`…`-O4`, `-Os`, `-Oz`, the module's features
 * only, name section kept) and/or prints it. Validates before and after; a failure rejects with
 * {@link OptimizationError}. On a page's main thread it runs in a module worker.
 * @throws {TypeError | RangeError} for bad arguments (synchronously)
 */
export function optimizeWasm(bytes: Uint8Array, options?: OptimizeOptions): Promise<OptimizeResult>;

/** Binaryen could not read, validate or optimize a module (compile() reports it as an internal compiler error). */
export class OptimizationError extends Error {}

/**
 * Runs a compiled program (`package main` with `func main`): its output goes to the sinks, and
 * an uncaught panic is reported the way `go run` does. Resolves with the exit status (0, or 2
 * after a panic).
 */
export function runProgram(
  wasm: Uint8Array | WebAssembly.Module,
  options?: {
    stdout?: (text: string) => void;
    stderr?: (text: string) => void;
    /** os.Args of a wasi program (default ["main"]). */
    args?: string[];
    /** The environment of a wasi program (os.Getenv). */
    env?: Record<string, string>;
  },
): Promise<number>;

// ---- calling compiled Go ---------------------------------------------------------------------

/**
 * A Go panic, fatal error or wasm trap inside a call into a module. The instance was reset before
 * this was thrown and keeps serving.
 */
export class GoPanic extends Error {
  constructor(
    goMessage: string,
    options?: { kind?: 'panic' | 'fatal' | 'trap' | 'exit'; exitCode?: number; cause?: unknown },
  );
  /** Go's text: `"runtime error: index out of range [5] with length 3"`, `"fatal error: runtime: out of memory"`. */
  readonly goMessage: string;
  /**
   * `panic`: a Go panic; `fatal`: a fatal error (out of memory, stack overflow); `trap`: any other
   * wasm trap; `exit`: os.Exit (goMessage `"exit status N"`).
   */
  readonly kind: 'panic' | 'fatal' | 'trap' | 'exit';
  /** The status given to os.Exit (kind `exit`), else null. */
  readonly exitCode: number | null;
  /** `kind === 'fatal'`. */
  readonly fatal: boolean;
}

/**
 * A non-nil Go `error` result: a function returning `(T, error)` returns T or throws this.
 * (Reserved: the compiler does not export error results yet.)
 */
export class GoError extends Error {
  constructor(goMessage: string, options?: { cause?: unknown });
  /** The error's `Error()` text. */
  readonly goMessage: string;
}

export type TypedArray =
  | Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array
  | Float32Array | Float64Array | BigInt64Array | BigUint64Array;

export type TypedArrayConstructor =
  | Int8ArrayConstructor | Uint8ArrayConstructor | Uint8ClampedArrayConstructor
  | Int16ArrayConstructor | Uint16ArrayConstructor | Int32ArrayConstructor | Uint32ArrayConstructor
  | Float32ArrayConstructor | Float64ArrayConstructor | BigInt64ArrayConstructor | BigUint64ArrayConstructor;

/**
 * A typed array living in a module's linear memory, made by {@link GoModule.alloc}. Passed where
 * a Go function takes a slice of the matching element type, it is passed in place (no copy), and
 * the function's writes show in `view`.
 */
export class ModuleArray<T extends TypedArray = TypedArray> {
  private constructor();
  /**
   * The elements, as a typed array on the module's current memory. Re-read it after calls: when
   * memory grows the previous view is detached and this returns a fresh one.
   * @throws {TypeError} after free()
   */
  readonly view: T;
  /** Number of elements. */
  readonly length: number;
  /** Address of the first element in the module's memory. */
  readonly byteOffset: number;
  readonly byteLength: number;
  /** The typed array constructor of `view`. */
  readonly type: TypedArrayConstructor;
  readonly freed: boolean;
  /** Gives the memory back to the module's allocator; later use throws. A second free() does nothing. */
  free(): void;
}

export interface InstantiateOptions {
  /** Receives what the module writes to fd 1. Default: console.log, a line at a time. */
  stdout?: (text: string) => void;
  /** Receives what the module writes to fd 2 (Go's print/println). Default: console.warn, a line at a time. */
  stderr?: (text: string) => void;
  /** More imports, by module name (they may override gomethod's `gomethod.write`). */
  imports?: WebAssembly.Imports;
  /** os.Args of a wasi module (default ["main"]). */
  args?: string[];
  /** The environment of a wasi module (os.Getenv). */
  env?: Record<string, string>;
  /** What a js module's `js.Global()` returns (default globalThis). */
  global?: object;
}

/** The default shape of `mod.exports` when no generated `Exports` type is given. */
export type GoExports = Record<string, (...args: any[]) => any>;

/** An instantiated module. */
export class GoModule<E = GoExports> {
  private constructor();
  /** The exported Go functions, wrapped: JS values in, JS values out (see docs/abi.md). */
  readonly exports: E;
  readonly manifest: Manifest;
  /**
   * The exports again, except that a numeric or byte slice result is a typed-array view of the
   * module's memory (no copy), valid until the memory grows or the Go code reuses it. A result
   * that is (part of) an argument is still copied: the call's inputs are reused by the next call.
   */
  readonly views: E;
  /** Linear memory (null when the module has none); its `buffer` changes when memory grows. */
  readonly memory: WebAssembly.Memory | null;
  readonly module: WebAssembly.Module;
  /** The raw instance; `instance.exports` holds the unwrapped wasm functions. */
  readonly instance: WebAssembly.Instance;
  /**
   * Allocates a typed array in the module's memory: `length` zeroed elements, or a copy of `data`.
   * @throws {GoPanic} when the module runs out of memory
   */
  alloc<C extends TypedArrayConstructor>(
    type: C,
    lengthOrData: number | ArrayLike<number> | ArrayLike<bigint>,
  ): ModuleArray<InstanceType<C>>;
  /** The collector's statistics; null for a module without a collector. */
  heapStats(): HeapStats | null;
  /** The compile target the module was built for. */
  readonly target: 'direct' | 'js' | 'wasi';
  /** How many JS values a js module's Go code holds handles to (null for other targets). */
  jsHandles(): number | null;
  /** Runs a collection now (Go's `runtime.GC()`) and returns the statistics after it. */
  gc(): HeapStats | null;
  /**
   * Sets GOGC (-1 turns automatic collection off); returns the previous value, null without a
   * collector.
   * @throws {RangeError} for a non-integer or a value below -1
   */
  setGCPercent(percent: number): number | null;
}

/**
 * Instantiates a compiled module and wraps its exports. Give the generated `Exports` interface
 * (`out.dts`) as `E` for typed calls. Calls `_initialize` (or `_start`, which also runs `main`)
 * once; a panic there rejects with {@link GoPanic}.
 * @throws {WebAssembly.LinkError} naming every import the host does not provide
 */
export function instantiate<E = GoExports>(compiled: CompileResult, options?: InstantiateOptions): Promise<GoModule<E>>;
export function instantiate<E = GoExports>(
  wasm: BufferSource | WebAssembly.Module,
  manifest: Manifest | string,
  options?: InstantiateOptions,
): Promise<GoModule<E>>;

/** TypeScript declarations (`interface Exports` and the struct interfaces) for a manifest. */
export function manifestToDts(manifest: Manifest): string;

// ---- the worker pool ---------------------------------------------------------------------------

export interface PoolOptions {
  /** Workers (default: navigator.hardwareConcurrency, at most 8). */
  size?: number;
  /** Calls that may wait in the queue (default 10,000). */
  maxQueue?: number;
  /** A full queue rejects the call with QueueFullError (default) or lets the caller wait. */
  queuePolicy?: 'reject' | 'wait';
  /** Most queued calls sent to a worker in one message (default 32). */
  batch?: number;
  /** Default per-call timeout in ms. */
  timeout?: number;
  /** The worker script, instead of the packaged worker/pool-worker.js. */
  workerURL?: string | URL;
}

export interface CallOptions {
  /** Move the arguments' ArrayBuffers to the worker instead of copying them. */
  transfer?: boolean;
  /** Abort the call while it is queued or running (a running call loses its worker). */
  signal?: AbortSignal;
  /** ms: a queued call is dropped, a running one loses its worker; rejects with TimeoutError. */
  timeout?: number;
}

export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface PoolStats {
  workers: number;
  busy: number;
  queued: number;
  waiting: number;
  completed: number;
  failed: number;
  timedOut: number;
  aborted: number;
  rejected: number;
  respawned: number;
  queueWait: Percentiles;
  transfer: Percentiles;
  execute: Percentiles;
  roundTrip: Percentiles;
}

type Promised<E> = { [K in keyof E]: E[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never };

/** Calls into a compiled Go module on a pool of module workers (see docs/javascript.md). */
export class WorkerPool<E = GoExports> {
  private constructor();
  static create<E = GoExports>(compiled: CompileResult, options?: PoolOptions): Promise<WorkerPool<E>>;
  static create<E = GoExports>(
    wasm: BufferSource | WebAssembly.Module,
    manifest: Manifest | string,
    options?: PoolOptions,
  ): Promise<WorkerPool<E>>;
  /** One Promise-returning function per export. */
  readonly exports: Promised<E>;
  call(name: string, args?: unknown[], options?: CallOptions): Promise<any>;
  stats(): PoolStats;
  terminate(): Promise<void>;
}

/** A pool call cut short by its timeout. */
export class TimeoutError extends Error {}

/** A pool call rejected because the queue was full (policy 'reject'). */
export class QueueFullError extends Error {}

// ---- aot: the benchmark kernels in C++ (web/aot.js) ----

/**
 * The benchmark kernels of bench/kernels/kernels.go, with the JS signatures the gomethod-compiled
 * module's exports have (typed arrays and numbers in, a number out). uint32 results are unsigned.
 */
export interface KernelExports {
  Sum(xs: Int32Array): number;
  Dot(a: Float64Array, b: Float64Array): number;
  Mandelbrot(w: number, h: number, x0: number, y0: number, step: number, maxIter: number): number;
  /** 7 float64 per body (x, y, z, vx, vy, vz, mass); returns the energy after `steps` steps. */
  NBody(state: Float64Array, steps: number): number;
  CRC32(data: Uint8Array): number;
  SortInts(xs: Int32Array): number;
  JoinInts(xs: Int32Array): number;
  Dispatch(kinds: Uint8Array): number;
  SumGeneric(xs: Int32Array, ys: Float64Array): number;
}

/** The same kernels over data already in the heap: each typed array is an (address, length) pair. */
export interface KernelPointerExports {
  Sum(xs: number, n: number): number;
  Dot(a: number, na: number, b: number, nb: number): number;
  NBody(state: number, length: number, steps: number): number;
  CRC32(data: number, n: number): number;
  SortInts(xs: number, n: number): number;
  JoinInts(xs: number, n: number): number;
  Dispatch(kinds: number, n: number): number;
  SumGeneric(xs: number, nx: number, ys: number, ny: number): number;
}

/** A typed array copied into the aot module's heap by {@link AotKernels.alloc}. */
export interface AotHeapArray<T extends TypedArray> {
  readonly ptr: number;
  readonly length: number;
  /** A view on the current memory (re-created after growth). @throws {TypeError} after free() */
  readonly view: T;
  free(): void;
}

/** What {@link loadAot} resolves with. */
export interface AotKernels {
  /** Copying in each call (embind's convertJSArrayToNumberVector). */
  readonly exports: Readonly<KernelExports>;
  /** No copy: over heap data from {@link AotKernels.alloc}. */
  readonly pointers: Readonly<KernelPointerExports>;
  readonly memory: WebAssembly.Memory;
  /** The Emscripten module object (`_malloc`, `_free`, `HEAPU8`, …). */
  readonly module: any;
  readonly instance: WebAssembly.Instance;
  alloc<T extends TypedArray>(data: T): AotHeapArray<T>;
}

export interface LoadAotOptions {
  /** The directory holding kernels.mjs and kernels.wasm, instead of the packaged dist/aot/. */
  url?: string | URL;
  /** The bytes of kernels.wasm (nothing is then read or fetched for it). */
  wasmBinary?: BufferSource;
  /** kernels.wasm, already compiled. */
  wasmModule?: WebAssembly.Module;
}

/**
 * Loads the `aot` path of issue #8: the benchmark kernels written in C++ and compiled ahead of time
 * with Emscripten + embind (dist/aot/, CMake target gomethod_aot). The native reference for the Go
 * paths; no Go is translated to C++.
 */
export function loadAot(options?: LoadAotOptions): Promise<AotKernels>;
