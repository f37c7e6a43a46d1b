#!/usr/bin/env node
// Runs a program module built by the native CLI (build/native/gomethodc build FILE.go -o OUT.wasm):
// its output goes to stdout/stderr and the exit status is the program's, as `go run` reports it.
// For working on the runtime and library packages without rebuilding the Emscripten compiler.
import { readFile } from 'node:fs/promises';
import { runProgram } from '../web/index.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/run-wasm.mjs PROGRAM.wasm');
  process.exit(2);
}
const status = await runProgram(await readFile(file), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
});
process.exitCode = status;
