#!/usr/bin/env node
// gomethod's command line: compiles Go files to WebAssembly with the same Emscripten-built compiler
// the browser uses.
//
//   gomethod build FILE.go [-o OUT.wasm] [--target T] [-O LEVEL] [--wat[=FILE]]   write the module
//   gomethod check FILE.go [--target T]                  report diagnostics only
//   gomethod run FILE.go [--target T] [-O LEVEL] [ARGS…] compile and run a program, like go run
//
// Exit status: 0 success, 1 compile errors (or a failed write), 2 bad usage or an unreadable file
// (and, for run, 2 when the program panics, as go run reports it).

import { readFile, writeFile } from 'node:fs/promises';

// node:wasi (the wasi target's host) warns that it is experimental on every run; the CLI's output
// is the program's, so that one warning is dropped and every other is printed as Node would.
process.removeAllListeners('warning');
process.on('warning', (w) => {
  if (!(w.name === 'ExperimentalWarning' && /WASI/.test(w.message))) process.stderr.write(`${w.name}: ${w.message}\n`);
});
import { createCompiler, runProgram } from '../web/index.js';
import { normalizeOptLevel } from '../web/optimize.js';
import { TARGETS } from '../web/hosts.js';

const USAGE = `usage: gomethod <command> [arguments]

Commands:
  build FILE.go [-o OUT.wasm]   compile FILE.go to a WebAssembly module (default output: FILE.wasm)
  check FILE.go                 type-check FILE.go and print its diagnostics
  run FILE.go [ARGS…]           compile and run a program (package main with func main); ARGS
                                (after -- when they look like flags) follow its name in os.Args
                                (wasi target)

Build, check and run flags:
  --target T                    what the module expects of its host: js (default; gomethod's JS
                                API), direct (imports nothing), wasi (wasi_snapshot_preview1:
                                runs under node:wasi, wasmtime, …)
  -O LEVEL, --opt LEVEL         optimize with Binaryen: 0 (none, the default), 1, 2, 3, 4, s, z
                                (as wasm-opt -O1..-O4, -Os, -Oz); also -O3, --opt=3
  --wat[=FILE]                  build: also write the text form (default: OUT.wasm -> OUT.wat);
                                --wat FILE.wat works too

Flags:
  -h, --help                    show this help
  --version                     print gomethod's and the compiler's versions

Diagnostics are printed to stderr as file:line:column: message.
Exit status: 0 ok, 1 compile errors, 2 bad usage or unreadable input.`;

class UsageError extends Error {}

/** @param {string[]} argv */
function parseArgs(argv) {
  const [command, ...rest] = argv;
  /** @type {{ command: string, file?: string, output?: string, opt?: string, wat?: string | true, target?: string, programArgs: string[] }} */
  const parsed = { command: command ?? '', programArgs: /** @type {string[]} */ ([]) };
  const optimizes = command === 'build' || command === 'run';
  const positional = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--') {
      positional.push(...rest.slice(i + 1));
      break;
    }
    if (command === 'build' && (arg === '-o' || arg === '--output')) {
      if (i + 1 >= rest.length) throw new UsageError(`flag needs an argument: ${arg}`);
      parsed.output = rest[++i];
    } else if (command === 'build' && /^--?o(utput)?=/.test(arg)) {
      parsed.output = arg.slice(arg.indexOf('=') + 1);
    } else if (optimizes && (arg === '-O' || arg === '--opt')) {
      if (i + 1 >= rest.length) throw new UsageError(`flag needs an argument: ${arg}`);
      parsed.opt = rest[++i];
    } else if (optimizes && /^(-O.|--opt=)/.test(arg)) {
      parsed.opt = arg.startsWith('--') ? arg.slice('--opt='.length) : arg.slice(2);
    } else if (arg === '--target' || arg.startsWith('--target=')) {
      if (arg === '--target' && i + 1 >= rest.length) throw new UsageError(`flag needs an argument: ${arg}`);
      parsed.target = arg === '--target' ? rest[++i] : arg.slice('--target='.length);
    } else if (command === 'build' && arg === '--wat') {
      // The next argument is the .wat file only when it says so: `--wat add.go` keeps add.go the input.
      parsed.wat = i + 1 < rest.length && rest[i + 1].endsWith('.wat') ? rest[++i] : true;
    } else if (command === 'build' && arg.startsWith('--wat=')) {
      parsed.wat = arg.slice('--wat='.length);
      if (parsed.wat === '') throw new UsageError('flag --wat= needs a file name');
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown flag: ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length === 0) throw new UsageError(`gomethod ${command}: no Go file given`);
  // After the file, run's positional arguments (and everything after --) are the program's own.
  if (command === 'run') parsed.programArgs.push(...positional.splice(1));
  if (positional.length > 1) throw new UsageError(`gomethod ${command}: exactly one Go file expected, got ${positional.length}`);
  parsed.file = positional[0];
  if (parsed.output === '') throw new UsageError('flag -o needs a file name');
  if (parsed.target !== undefined && !TARGETS.includes(parsed.target)) {
    const why =
      parsed.target === 'aot'
        ? ': aot is the C++ reference build of the benchmark kernels (dist/aot, loadAot() in the JS API, npm run bench), not a target Go compiles to'
        : '';
    throw new UsageError(`flag --target: want ${TARGETS.join(', ')}, got ${parsed.target}${why}`);
  }
  if (parsed.opt !== undefined) {
    try {
      normalizeOptLevel(parsed.opt, 'flag -O');
    } catch (err) {
      throw new UsageError(/** @type {Error} */ (err).message.replace(/'/g, ''));
    }
  }
  return parsed;
}

/** @param {{ file: string, line: number, column: number, message: string }} d */
function formatDiagnostic(d) {
  const pos = d.line > 0 ? `:${d.line}${d.column > 0 ? `:${d.column}` : ''}` : '';
  return `${d.file}${pos}: ${d.message}`;
}

/** @param {string} file */
function defaultOutput(file) {
  return file.endsWith('.go') ? file.slice(0, -3) + '.wasm' : file + '.wasm';
}

/** @param {string} output the .wasm file */
function defaultWat(output) {
  return output.endsWith('.wasm') ? output.slice(0, -5) + '.wat' : output + '.wat';
}

async function packageVersion() {
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
  return String(pkg.version);
}

/**
 * @param {string[]} argv
 * @returns {Promise<number>} the exit status
 */
async function main(argv) {
  if (argv.length === 0) {
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  const first = argv[0];
  if (first === '-h' || first === '--help' || first === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (first === '--version' || first === 'version') {
    let compilerVersion;
    try {
      compilerVersion = (await createCompiler()).version;
    } catch {
      compilerVersion = 'not built (run npm run build)';
    }
    process.stdout.write(`gomethod ${await packageVersion()} (compiler: ${compilerVersion})\n`);
    return 0;
  }
  if (first !== 'build' && first !== 'check' && first !== 'run') {
    process.stderr.write(`gomethod ${first}: unknown command\nRun 'gomethod --help' for usage.\n`);
    return 2;
  }

  let args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\nRun 'gomethod --help' for usage.\n`);
      return 2;
    }
    throw err;
  }
  const file = /** @type {string} */ (args.file);

  let source;
  try {
    source = await readFile(file, 'utf8');
  } catch (err) {
    const code = /** @type {{ code?: string }} */ (err).code;
    const reason = code === 'ENOENT' ? 'no such file or directory' : code === 'EISDIR' ? 'is a directory' : /** @type {Error} */ (err).message;
    process.stderr.write(`gomethod ${args.command}: cannot read ${file}: ${reason}\n`);
    return 2;
  }

  let compiler;
  try {
    compiler = await createCompiler();
  } catch (err) {
    const message = String(/** @type {Error} */ (err).message);
    process.stderr.write(`${message.startsWith('gomethod') ? '' : 'gomethod: '}${message}\n`);
    return 2;
  }

  let result;
  try {
    // With -O or --wat, compile() returns a Promise (Binaryen is loaded on demand).
    result = await compiler.compile(source, { filename: file, target: args.target, opt: args.opt, wat: args.wat !== undefined });
  } catch (err) {
    const message = String(/** @type {Error} */ (err).message);
    process.stderr.write(`${message.startsWith('gomethod') ? '' : 'gomethod: '}${message}\n`);
    return 2;
  }
  for (const d of result.diagnostics) process.stderr.write(formatDiagnostic(d) + '\n');
  if (!result.ok || !result.wasm) return 1;
  if (args.command === 'check') return 0;
  if (args.command === 'run') {
    return runProgram(result.wasm, {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      // A wasi program sees them as os.Args and its environment, as a WASI command would.
      args: [file, ...args.programArgs],
      env: /** @type {Record<string, string>} */ (process.env),
    });
  }

  const output = args.output ?? defaultOutput(file);
  /** @type {Array<[string, Uint8Array | string]>} */
  const writes = [[output, result.wasm]];
  if (args.wat !== undefined) writes.push([args.wat === true ? defaultWat(output) : args.wat, result.wat ?? '']);
  for (const [name, data] of writes) {
    try {
      await writeFile(name, data);
    } catch (err) {
      process.stderr.write(`gomethod build: cannot write ${name}: ${/** @type {Error} */ (err).message}\n`);
      return 1;
    }
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (err) => {
    process.stderr.write(`gomethod: internal error: ${err?.stack ?? err}\n`);
    process.exitCode = 2;
  },
);
