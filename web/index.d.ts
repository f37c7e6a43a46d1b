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

/** The ABI manifest: the compiler's description of every export (parsed from its JSON). */
export type Manifest = Record<string, unknown>;

export interface CompileOptions {
  /** File name used in diagnostics. Default `"main.go"`. */
  filename?: string;
}

export interface CompileSuccess {
  ok: true;
  /** The compiled WebAssembly module; a copy owned by the caller. */
  wasm: Uint8Array;
  /** Warnings, if any. */
  diagnostics: Diagnostic[];
  manifest: Manifest | null;
}

export interface CompileFailure {
  ok: false;
  wasm: null;
  /** At least one entry. */
  diagnostics: Diagnostic[];
  manifest: null;
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
   * @throws {TypeError} when `source` is not a string or `options` is malformed
   */
  compile(source: string, options?: CompileOptions): CompileResult;
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
   * Advanced/testing: an Emscripten MODULARIZE factory to use instead of the packaged
   * `dist/gomethodc.mjs`. It loads its own binary unless `wasmModule` or `wasmUrl` is given.
   */
  moduleFactory?: (moduleArg: Record<string, unknown>) => Promise<{
    compile(source: string, options: { filename?: string }): unknown;
    version(): string;
  }>;
}

/** Loads the gomethod compiler (the Emscripten-built module in `dist/`). */
export function createCompiler(options?: CreateCompilerOptions): Promise<Compiler>;
