// Shared by the abi-*.test.js files: one compiler per test file, and a helper that compiles inline
// Go source with it and instantiates the result.
import { createCompiler, instantiate } from 'gomethod';

/** @type {Promise<import('gomethod').Compiler> | null} */
let compilerPromise = null;

export function getCompiler() {
  compilerPromise ??= createCompiler();
  return compilerPromise;
}

/**
 * Compiles Go source and fails with the diagnostics when it does not compile.
 * @param {string} source
 */
export async function compileGo(source) {
  const compiler = await getCompiler();
  const out = compiler.compile(source, { filename: 'abi.go' });
  if (!out.ok) {
    throw new Error(`compile failed:\n${out.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`).join('\n')}`);
  }
  return out;
}

/**
 * Compiles and instantiates; print output is collected instead of going to the console.
 * @param {string} source
 * @param {import('gomethod').InstantiateOptions} [options]
 * @returns {Promise<import('gomethod').GoModule<any> & { output: { stdout: string, stderr: string } }>}
 */
export async function loadGo(source, options = {}) {
  const out = await compileGo(source);
  const output = { stdout: '', stderr: '' };
  const mod = await instantiate(out, {
    stdout: (t) => (output.stdout += t),
    stderr: (t) => (output.stderr += t),
    ...options,
  });
  return Object.assign(mod, { output });
}

/**
 * Runs fn, expecting it to throw an error of class Ctor whose message matches re.
 * @param {() => unknown} fn
 * @param {Function} Ctor
 * @param {RegExp | string} re
 */
export function expectThrow(fn, Ctor, re) {
  let caught;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  if (caught === undefined) throw new Error(`expected ${Ctor.name} matching ${re}, but nothing was thrown`);
  if (!(caught instanceof Ctor)) {
    throw new Error(`expected ${Ctor.name} matching ${re}, got ${caught?.constructor?.name}: ${caught?.message}`);
  }
  const ok = typeof re === 'string' ? caught.message.includes(re) : re.test(caught.message);
  if (!ok) throw new Error(`expected ${Ctor.name} matching ${re}, got: ${caught.message}`);
  return caught;
}
