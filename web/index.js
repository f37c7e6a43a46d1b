// gomethod's public entry point. Each feature lives in its own module; this file only re-exports.

export { createCompiler } from './compiler.js';
export { optimizeWasm, OptimizationError } from './optimize.js';
export { runProgram } from './program.js';
export { instantiate, GoModule } from './instantiate.js';
export { ModuleArray } from './marshal/memory.js';
export { GoError, GoPanic } from './errors.js';
export { manifestToDts } from './dts.js';
export { WorkerPool, TimeoutError, QueueFullError } from './pool.js';
export { loadAot } from './aot.js';
