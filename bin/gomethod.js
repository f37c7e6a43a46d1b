#!/usr/bin/env node
// gomethod's command line: compiles Go files to WebAssembly with the same Emscripten-built compiler
// the browser uses.
//
//   gomethod build FILE.go [-o OUT.wasm]   write the module (default: FILE.wasm)
//   gomethod check FILE.go                 report diagnostics only
//   gomethod run FILE.go                   compile and run a program (package main), like go run
//
// Exit status: 0 success, 1 compile errors (or a failed write), 2 bad usage or an unreadable file
// (and, for run, 2 when the program panics, as go run reports it).

import { readFile, writeFile } from 'node:fs/promises';
import { createCompiler, runProgram } from '../web/index.js';

const USAGE = `usage: gomethod <command> [arguments]

Commands:
  build FILE.go [-o OUT.wasm]   compile FILE.go to a WebAssembly module (default output: FILE.wasm)
  check FILE.go                 type-check FILE.go and print its diagnostics
  run FILE.go                   compile and run a program (package main with func main)

Flags:
  -h, --help                    show this help
  --version                     print gomethod's and the compiler's versions

Diagnostics are printed to stderr as file:line:column: message.
Exit status: 0 ok, 1 compile errors, 2 bad usage or unreadable input.`;

class UsageError extends Error {}

/** @param {string[]} argv */
function parseArgs(argv) {
  const [command, ...rest] = argv;
  /** @type {{ command: string, file?: string, output?: string }} */
  const parsed = { command: command ?? '' };
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
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown flag: ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length === 0) throw new UsageError(`gomethod ${command}: no Go file given`);
  if (positional.length > 1) throw new UsageError(`gomethod ${command}: exactly one Go file expected, got ${positional.length}`);
  parsed.file = positional[0];
  if (parsed.output === '') throw new UsageError('flag -o needs a file name');
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

  const result = compiler.compile(source, { filename: file });
  for (const d of result.diagnostics) process.stderr.write(formatDiagnostic(d) + '\n');
  if (!result.ok || !result.wasm) return 1;
  if (args.command === 'check') return 0;
  if (args.command === 'run') {
    return runProgram(result.wasm, {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
    });
  }

  const output = args.output ?? defaultOutput(file);
  try {
    await writeFile(output, result.wasm);
  } catch (err) {
    process.stderr.write(`gomethod build: cannot write ${output}: ${/** @type {Error} */ (err).message}\n`);
    return 1;
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
