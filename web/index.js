// gomethod's public entry point. Each feature lives in its own module; this file only re-exports.

export { createCompiler } from './compiler.js';
export { runProgram } from './program.js';
