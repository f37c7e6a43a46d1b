// Runs a compiled Go program (a module exporting `_start`): its print/println output goes to the
// given sinks, and an uncaught panic ends it the way `go run` does — "panic: …" on stderr and
// exit status 2.

const decoder = new TextDecoder();

/**
 * The imports a gomethod module may ask for, bound to output sinks.
 * @param {{ stdout?: (text: string) => void, stderr?: (text: string) => void }} sinks
 * @param {() => WebAssembly.Memory | undefined} memory
 */
export function hostImports(sinks, memory) {
  return {
    gomethod: {
      /** write(fd, ptr, len): fd 1 stdout, fd 2 stderr */
      write(fd, ptr, len) {
        const mem = memory();
        if (!mem) return;
        const text = decoder.decode(new Uint8Array(mem.buffer, ptr >>> 0, len >>> 0));
        (fd === 1 ? sinks.stdout : sinks.stderr)?.(text);
      },
    },
  };
}

/**
 * The Go panic recorded by a module after a trap, or null when the trap was not a Go panic.
 * @param {WebAssembly.Exports} exports
 * @returns {{ message: string, fatal: boolean } | null}
 */
export function readPanic(exports) {
  const messageFn = /** @type {Function | undefined} */ (exports.gomethod_panic_message);
  const memory = /** @type {WebAssembly.Memory | undefined} */ (exports.memory);
  if (!messageFn || !memory) return null;
  const [ptr, len] = messageFn();
  if (!len) return null;
  const kindFn = /** @type {Function | undefined} */ (exports.gomethod_panic_kind);
  return {
    message: decoder.decode(new Uint8Array(memory.buffer, ptr >>> 0, len >>> 0)),
    fatal: kindFn ? kindFn() === 2 : false,
  };
}

/**
 * Instantiates and runs a program. Resolves with its exit status (0, or 2 after a panic).
 * @param {Uint8Array | WebAssembly.Module} wasm
 * @param {{ stdout?: (text: string) => void, stderr?: (text: string) => void }} [sinks]
 * @returns {Promise<number>}
 */
export async function runProgram(wasm, sinks = {}) {
  /** @type {WebAssembly.Memory | undefined} */
  let memory;
  const module = wasm instanceof WebAssembly.Module ? wasm : await WebAssembly.compile(wasm);
  const instance = await WebAssembly.instantiate(module, hostImports(sinks, () => memory));
  memory = /** @type {WebAssembly.Memory} */ (instance.exports.memory);
  // _start initializes the packages, then runs main.
  const start = /** @type {Function | undefined} */ (instance.exports._start);
  if (!start) throw new TypeError('not a program: the module has no _start (package main with func main)');
  try {
    start();
    return 0;
  } catch (err) {
    return reportTrap(err, instance.exports, sinks);
  }
}

/**
 * Go adds the signal behind a nil dereference; there is no real signal or pc here.
 * @param {string} message
 */
function signalLine(message) {
  return message.endsWith('nil pointer dereference')
    ? '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n'
    : '';
}

/**
 * @param {unknown} err
 * @param {WebAssembly.Exports} exports
 * @param {{ stderr?: (text: string) => void }} sinks
 */
function reportTrap(err, exports, sinks) {
  if (!(err instanceof WebAssembly.RuntimeError) && !(err instanceof RangeError)) throw err;
  const panic = readPanic(exports);
  let text;
  if (panic?.fatal) text = `${panic.message}\n`;
  else if (panic) text = `panic: ${panic.message}\n${signalLine(panic.message)}\ngoroutine 1 [running]:\nmain.main()\n`;
  else if (err instanceof RangeError) text = 'runtime: goroutine stack exceeds the host stack limit\nfatal error: stack overflow\n';
  else text = `panic: ${err.message} [wasm trap]\n\ngoroutine 1 [running]:\nmain.main()\n`;
  sinks.stderr?.(text);
  return 2;
}
