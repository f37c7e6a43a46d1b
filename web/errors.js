// The errors a compiled Go module can raise in JS, and the helpers the marshaller uses to report a
// bad argument or result with its exact place ("pt: argument b.Min.X (int): …").

/**
 * A Go panic, a fatal error (out of memory, stack overflow) or a wasm trap inside a call into a
 * compiled module. The module stays usable: the runtime was reset before this was thrown.
 */
export class GoPanic extends Error {
  /**
   * @param {string} goMessage what Go would print after "panic: " (or the whole "fatal error: …")
   * @param {{ kind?: 'panic' | 'fatal' | 'trap' | 'exit', exitCode?: number, cause?: unknown }} [options]
   */
  constructor(goMessage, options = {}) {
    super(goMessage, options.cause === undefined ? undefined : { cause: options.cause });
    /** Go's own text for the panic, e.g. "runtime error: index out of range [5] with length 3". */
    this.goMessage = goMessage;
    /**
     * 'panic' for a Go panic; 'fatal' for a fatal error (Go prints it without "panic: ", e.g.
     * "fatal error: runtime: out of memory", "fatal error: stack overflow"); 'trap' for a wasm trap the
     * runtime did not raise itself; 'exit' for os.Exit (goMessage "exit status N", see exitCode).
     * @type {'panic' | 'fatal' | 'trap' | 'exit'}
     */
    this.kind = options.kind ?? 'panic';
    /** The status passed to os.Exit (kind 'exit'), else null. */
    this.exitCode = options.exitCode ?? null;
  }

  /** True for a fatal error (Go's runtime.throw, e.g. out of memory) rather than a panic. */
  get fatal() {
    return this.kind === 'fatal';
  }
}
GoPanic.prototype.name = 'GoPanic';

/**
 * A non-nil Go `error` result. Functions returning `(T, error)` return T or throw this with the
 * error's `Error()` text: thrown by a wrapper whose Go function's final `error` result is non-nil.
 */
export class GoError extends Error {
  /**
   * @param {string} goMessage the Go error's Error() text
   * @param {{ cause?: unknown }} [options]
   */
  constructor(goMessage, options = {}) {
    super(goMessage, options.cause === undefined ? undefined : { cause: options.cause });
    /** The Go error's Error() text. */
    this.goMessage = goMessage;
  }
}
GoError.prototype.name = 'GoError';

// ---- bad values ------------------------------------------------------------------------------
//
// A codec that rejects a value throws a TypeError or RangeError made by badValue(): its message
// is only the detail, and two symbols carry the Go type at fault and the path to it inside the
// value. Containers (struct fields, array/slice elements) prepend their step to the path while
// the error unwinds; the wrapper at the top turns it into one readable error.

const PATH = Symbol('gomethod.path');
const GOTYPE = Symbol('gomethod.goType');

/**
 * @param {ErrorConstructor} Ctor TypeError or RangeError
 * @param {string} goType
 * @param {string} detail
 * @returns {Error}
 */
export function badValue(Ctor, goType, detail) {
  const err = new Ctor(detail);
  /** @type {any} */ (err)[PATH] = '';
  /** @type {any} */ (err)[GOTYPE] = goType;
  return err;
}

/**
 * Adds a step (".Field", "[3]") in front of a bad value's path; other errors pass through.
 * @param {unknown} err
 * @param {string} step
 * @returns {unknown}
 */
export function atPath(err, step) {
  if (err && typeof err === 'object' && PATH in err) /** @type {any} */ (err)[PATH] = step + /** @type {any} */ (err)[PATH];
  return err;
}

/**
 * The final error for a bad value found at `where` ("add: argument a", "idx: result"):
 * "add: argument a (int32): expected a number, got a string". Errors that are not bad values
 * (bugs, a throwing getter) pass through untouched.
 * @param {unknown} err
 * @param {string} where
 * @returns {unknown}
 */
export function placeError(err, where) {
  if (!err || typeof err !== 'object' || !(PATH in err)) return err;
  const e = /** @type {any} */ (err);
  const Ctor = e instanceof RangeError ? RangeError : TypeError;
  return new Ctor(`${where}${e[PATH]} (${e[GOTYPE]}): ${e.message}`);
}

/**
 * A short description of a JS value for messages: `a string "abc"`, `the number 1.5`, `null`.
 * @param {unknown} v
 * @returns {string}
 */
export function describe(v) {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  switch (typeof v) {
    case 'string': {
      const s = v.length > 24 ? `${v.slice(0, 24)}…` : v;
      return `a string ${JSON.stringify(s)}`;
    }
    case 'number':
      return `the number ${Object.is(v, -0) ? '-0' : String(v)}`;
    case 'bigint':
      return `the bigint ${v}n`;
    case 'boolean':
      return `the boolean ${v}`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      break;
  }
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  if (ArrayBuffer.isView(v)) return withArticle(v.constructor?.name ?? 'ArrayBuffer view');
  if (v instanceof ArrayBuffer) return 'an ArrayBuffer';
  const name = /** @type {any} */ (v).constructor?.name;
  return name && name !== 'Object' ? withArticle(name) : 'an object';
}

/** @param {string} name "an Int32Array", "a Uint8Array" */
function withArticle(name) {
  return `${/^[AEIO]/.test(name) ? 'an' : 'a'} ${name}`;
}
