// Runs a compiled Go program (a module exporting `_start`) of any target: its output goes to
// the given sinks, and an uncaught panic ends it the way `go run` does — "panic: …" on stderr
// and exit status 2 (a wasi program reports it itself, like any WASI command).

import { isStackOverflow, readPanic } from './instantiate.js';
import { createHost, targetOf } from './hosts.js';

/**
 * Instantiates and runs a program. Resolves with its exit status (0, 2 after a panic, or what
 * os.Exit was given).
 * @param {Uint8Array | WebAssembly.Module} wasm
 * @param {{ stdout?: (text: string) => void, stderr?: (text: string) => void, args?: string[], env?: Record<string, string> }} [options]
 *   output sinks; args and env for the wasi target (os.Args, os.Getenv)
 * @returns {Promise<number>}
 */
export async function runProgram(wasm, options = {}) {
  /** @type {WebAssembly.Memory | undefined} */
  let memory;
  const module = wasm instanceof WebAssembly.Module ? wasm : await WebAssembly.compile(/** @type {BufferSource} */ (wasm));
  if (!WebAssembly.Module.exports(module).some((e) => e.name === '_start')) {
    throw new TypeError('not a program: the module has no _start (package main with func main)');
  }
  const { args, env, ...sinks } = options;
  const host = await createHost(targetOf(module), { sinks, memory: () => memory, args, env });
  const instance = await WebAssembly.instantiate(module, host.imports);
  host.bind(instance);
  memory = /** @type {WebAssembly.Memory} */ (instance.exports.memory);
  try {
    // _start initializes the packages, then runs main.
    return host.start(instance);
  } catch (err) {
    host.drain(); // a direct program's output comes before the panic report
    return reportTrap(err, instance.exports, sinks);
  } finally {
    host.drain();
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
