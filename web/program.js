// Runs a compiled Go program (a module exporting `_start`): its print/println output goes to the
// given sinks, and an uncaught panic ends it the way `go run` does — "panic: …" on stderr and
// exit status 2.

import { hostImports, isStackOverflow, readPanic } from './instantiate.js';

// The host imports (gomethod.write) and the panic reader are shared with instantiate().
export { hostImports, readPanic };

/**
 * Instantiates and runs a program. Resolves with its exit status (0, or 2 after a panic).
 * @param {Uint8Array | WebAssembly.Module} wasm
 * @param {{ stdout?: (text: string) => void, stderr?: (text: string) => void }} [sinks]
 * @returns {Promise<number>}
 */
export async function runProgram(wasm, sinks = {}) {
  /** @type {WebAssembly.Memory | undefined} */
  let memory;
  const module = wasm instanceof WebAssembly.Module ? wasm : await WebAssembly.compile(/** @type {BufferSource} */ (wasm));
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
  const overflow = isStackOverflow(err);
  // A Go panic traps, or is a thrown wasm exception while a function with defer is active.
  const goPanic = err instanceof WebAssembly.RuntimeError ||
    (typeof WebAssembly.Exception === 'function' && err instanceof WebAssembly.Exception);
  if (!goPanic && !overflow) throw err;
  const panic = readPanic(exports);
  if (panic?.exit != null) return panic.exit; // os.Exit: its output is already flushed
  let text;
  if (panic?.fatal) text = `${panic.message}\n`;
  else if (panic) text = `${panic.chain}panic: ${panic.message}\n${signalLine(panic.message)}\ngoroutine 1 [running]:\nmain.main()\n`;
  else if (overflow) text = 'runtime: goroutine stack exceeds the host stack limit\nfatal error: stack overflow\n';
  else text = `panic: ${/** @type {Error} */ (err).message} [wasm trap]\n\ngoroutine 1 [running]:\nmain.main()\n`;
  sinks.stderr?.(text);
  return 2;
}
