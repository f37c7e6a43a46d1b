// Shared by the Go test-suite runner (tests/gotest/run.mjs) and its Jest guard
// (tests/js/gotest.test.js): finding the `// run` programs of Go's own test directory, deciding
// statically which ones gomethod cannot honour (build constraints, go run flags), classifying
// gomethod's diagnostics, judging a run against Go's expectation, and a pool of child processes
// that compile and run programs with a per-program timeout.
//
// Go's rules come from $GOROOT/test/run.go (Go 1.19): the recipe is the comment before the first
// blank line (`// run [flags] [args]`, after an optional `// +build` first line); build
// constraints are read from the lines before `package`; a `run` test passes when the program
// exits 0 and its combined stdout+stderr equals the .out file next to it, or is empty when there
// is none.

import { fork, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Debian's golang-1.19-src location of Go's test directory. */
export const DEFAULT_GO_TEST_DIR = '/usr/lib/go-1.19/test';

/** The platform gomethod's programs run on, for build constraints. */
export const GOOS = 'js';
export const GOARCH = 'wasm';

const CHILD = fileURLToPath(new URL('./child.mjs', import.meta.url));

/**
 * Go's test directory: $GOMETHOD_GO_TEST_DIR, else Debian's Go 1.19 source tree.
 * @returns {string}
 */
export function goTestDir() {
  return process.env.GOMETHOD_GO_TEST_DIR || DEFAULT_GO_TEST_DIR;
}

/**
 * The Go release of a test directory ("go1.19.8"), from $GOROOT/VERSION.
 * @param {string} testDir
 * @returns {string}
 */
export function goVersion(testDir) {
  try {
    return fs.readFileSync(path.join(testDir, '..', 'VERSION'), 'utf8').split('\n')[0].trim();
  } catch {
    return 'unknown';
  }
}

// ---- finding the programs ---------------------------------------------------------------------

/**
 * @typedef {object} Recipe
 * @property {string} action the first word of the recipe comment ("run", "compile", …)
 * @property {string[]} flags the leading words starting with "-"
 * @property {string[]} args the words after the flags
 */

/**
 * Go's strings.Fields with double and single quotes grouping (run.go's splitQuoted).
 * @param {string} s
 * @returns {string[]}
 */
function splitQuoted(s) {
  const out = [];
  let cur = '';
  let quote = '';
  let inWord = false;
  for (const c of s) {
    if (quote) {
      if (c === quote) quote = '';
      else cur += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) out.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (inWord) out.push(cur);
  return out;
}

/**
 * The execution recipe of a test file, as run.go reads it, or null when there is none.
 * @param {string} src
 * @returns {Recipe | null}
 */
export function parseRecipe(src) {
  if (src.startsWith('\n')) return null;
  const end = src.indexOf('\n\n');
  if (end < 0) return null;
  let action = src.slice(0, end);
  const nl = action.indexOf('\n');
  if (nl >= 0 && action.slice(0, nl).includes('+build')) action = action.slice(nl + 1);
  if (action.startsWith('//')) action = action.slice(2);
  const words = splitQuoted(action);
  if (words.length === 0) return null;
  const flags = [];
  let i = 1;
  while (i < words.length && words[i].startsWith('-')) flags.push(words[i++]);
  return { action: words[0], flags, args: words.slice(i) };
}

/**
 * Directories that hold no single-file programs: multi-file packages (`*.dir`), test data, and
 * bench/, whose benchmarks are multi-file packages (run.go does not visit it either).
 * @param {string} rel
 * @param {string} name
 */
function skipDir(rel, name) {
  return name.endsWith('.dir') || name === 'testdata' || rel === 'bench';
}

/**
 * Every `// run` program under Go's test directory (recursively, but see skipDir), as paths
 * relative to it, sorted.
 * @param {string} testDir
 * @returns {string[]}
 */
export function findPrograms(testDir) {
  /** @type {string[]} */
  const found = [];
  /** @param {string} rel */
  const walk = (rel) => {
    const entries = fs.readdirSync(path.join(testDir, rel), { withFileTypes: true });
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!skipDir(child, e.name)) walk(child);
      } else if (e.name.endsWith('.go')) {
        const src = fs.readFileSync(path.join(testDir, child), 'utf8');
        if (parseRecipe(src)?.action === 'run') found.push(child);
      }
    }
  };
  walk('');
  return found.sort();
}

// ---- build constraints and flags ----------------------------------------------------------------

const KNOWN_OS = new Set(
  'aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd plan9 solaris windows zos'.split(' '),
);
const KNOWN_ARCH = new Set(
  ('386 amd64 amd64p32 arm armbe arm64 arm64be loong64 mips mipsle mips64 mips64le mips64p32 ' +
    'mips64p32le ppc ppc64 ppc64le riscv riscv64 s390 s390x sparc sparc64 wasm').split(' '),
);

/**
 * run.go's context.match for js/wasm without cgo: the OS, the architecture, "gc" (gomethod
 * follows the gc toolchain's semantics) and "test_run"; no goexperiment is on.
 * @param {string} tag
 */
function matchTag(tag) {
  return tag === GOOS || tag === GOARCH || tag === 'gc' || tag === 'test_run';
}

/**
 * Evaluates a `//go:build` expression (&&, ||, !, parentheses).
 * @param {string} expr
 * @returns {boolean}
 */
function evalGoBuild(expr) {
  const tokens = expr.match(/&&|\|\||!|\(|\)|[^\s&|!()]+/g) ?? [];
  let pos = 0;
  const peek = () => tokens[pos];
  /** @returns {boolean} */
  const or = () => {
    let v = and();
    while (peek() === '||') {
      pos++;
      const r = and();
      v = v || r;
    }
    return v;
  };
  const and = () => {
    let v = not();
    while (peek() === '&&') {
      pos++;
      const r = not();
      v = v && r;
    }
    return v;
  };
  /** @returns {boolean} */
  const not = () => {
    const t = tokens[pos++];
    if (t === '!') return !not();
    if (t === '(') {
      const v = or();
      pos++; // ')'
      return v;
    }
    return matchTag(t ?? '');
  };
  return or();
}

/**
 * Evaluates a `// +build` line: space-separated alternatives of comma-separated terms.
 * @param {string} expr
 * @returns {boolean}
 */
function evalPlusBuild(expr) {
  return expr
    .trim()
    .split(/\s+/)
    .some((alt) => alt.split(',').every((term) => (term.startsWith('!') ? !matchTag(term.slice(1)) : matchTag(term))));
}

/**
 * The build-constraint line that excludes the file on js/wasm, or null when it may be built. Only
 * the lines before `package` count (run.go's shouldTest).
 * @param {string} src
 * @returns {string | null}
 */
export function excludingConstraint(src) {
  const at = src.indexOf('\npackage');
  const header = at < 0 ? src : src.slice(0, at);
  for (const line of header.split('\n')) {
    let m = /^\/\/go:build\s+(.*)$/.exec(line);
    if (m && !evalGoBuild(m[1])) return line.trim();
    m = /^\/\/ \+build\s+(.*)$/.exec(line);
    if (m && !evalPlusBuild(m[1])) return line.trim();
  }
  return null;
}

/**
 * The GOOS/GOARCH suffix of a file name that excludes it on js/wasm (go/build's goodOSArchFile),
 * or null.
 * @param {string} file
 * @returns {string | null}
 */
export function excludingFileName(file) {
  const base = path.basename(file, '.go');
  const at = base.indexOf('_');
  if (at < 0) return null;
  const parts = base.slice(at).split('_');
  const n = parts.length;
  if (n >= 2 && KNOWN_OS.has(parts[n - 2]) && KNOWN_ARCH.has(parts[n - 1])) {
    return parts[n - 2] === GOOS && parts[n - 1] === GOARCH ? null : `_${parts[n - 2]}_${parts[n - 1]}.go`;
  }
  const last = parts[n - 1];
  if (KNOWN_OS.has(last) || KNOWN_ARCH.has(last)) return last === GOOS || last === GOARCH ? null : `_${last}.go`;
  return null;
}

/**
 * `go run` flags that only steer gc's optimizer or its internal checking: a correct program
 * prints the same with or without them, so gomethod honours them by ignoring them.
 */
const NEUTRAL_FLAGS = new Set(['-gcflags', '-l', '-l=4', '-gcflags=-l', '-gcflags=-l=4', '-gcflags=-d=ssa/check/on', '-gcflags=-d=softfloat']);

/**
 * Why a `// run` program cannot be run by gomethod at all (before compiling it), or null.
 * @param {string} file the path relative to the test directory
 * @param {string} src
 * @returns {string | null}
 */
export function staticUnsupported(file, src) {
  const byName = excludingFileName(file);
  if (byName) return `build constraint: file name ${byName}`;
  const byLine = excludingConstraint(src);
  if (byLine) return `build constraint: ${byLine}`;
  const recipe = parseRecipe(src);
  if (!recipe) return 'no execution recipe';
  const flags = recipe.flags.filter((f) => !NEUTRAL_FLAGS.has(f));
  if (flags.length > 0) return `go run flag ${flags.join(' ')}`;
  if (recipe.args.length > 0) {
    return recipe.args.some((a) => a.endsWith('.go')) ? 'multi-file program (more .go files in the recipe)' : 'command-line arguments';
  }
  return null;
}

// ---- classifying diagnostics ---------------------------------------------------------------------

/** @typedef {{ file?: string, line: number, column: number, message: string }} Diagnostic */

/** Go's predeclared identifiers: `undefined: complex128` means gomethod lacks one. */
const PREDECLARED = new Set(
  ('any bool byte comparable complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune ' +
    'string uint uint8 uint16 uint32 uint64 uintptr true false iota nil append cap close complex copy ' +
    'delete imag len make new panic print println real recover').split(' '),
);

/**
 * The "not supported" reason a diagnostic gives, normalized so that equal causes count together,
 * or null when the message is an ordinary compile error.
 * @param {string} message
 * @returns {string | null}
 */
export function unsupportedReason(message) {
  const first = message.split('\n')[0];
  let m = /^package (\S+) is not in std/.exec(first);
  if (m) return `package ${m[1]} (not embedded)`;
  if (/^go statements are not supported/.test(first)) return 'go statements (goroutines)';
  if (/^select statements are not supported/.test(first)) return 'select statements';
  if (/^channels are not supported|^close is not supported|^gomethod cannot compile make of channels/.test(first)) return 'channels';
  if (/^complex numbers are not supported|^(complex|real|imag) is not supported|^undefined: complex(64|128)$/.test(first)) {
    return 'complex numbers';
  }
  if (/^gomethod cannot compile .* of type (<-)?chan\b/.test(first)) return 'channels';
  m = /^gomethod cannot compile (.*?) yet/.exec(first);
  if (m) return `cannot compile ${m[1]}`;
  m = /^(.*?) (?:is|are) not supported(?: by gomethod)?\b/.exec(first);
  if (m) return `${m[1]} not supported`;
  // A library function or a predeclared identifier gomethod does not provide (yet).
  m = /^undefined: ((?:runtime|unsafe|math|strings|strconv|bytes|sort|unicode|errors|slices)\.\w+)$/.exec(first);
  if (m) return `${m[1]} not implemented`;
  m = /^undefined: (\w+)$/.exec(first);
  if (m && PREDECLARED.has(m[1])) return `predeclared ${m[1]} not implemented`;
  if (/not supported|not implemented|no goroutines/.test(first)) return first;
  return null;
}

/**
 * @typedef {object} DiagnosticClass
 * @property {'unsupported' | 'fail'} status
 * @property {string} reason the first unsupported reason, or the first compile error
 * @property {string[]} [reasons] every distinct unsupported reason
 */

/**
 * Classifies a failed compile: unsupported when any diagnostic says a construct or package is
 * not supported (the other errors are then usually its consequences, e.g. `undefined: fmt`),
 * otherwise a compiler bug (a valid program rejected, or an internal compiler error, which
 * includes any error inside an embedded library package).
 * @param {Diagnostic[]} diagnostics
 * @returns {DiagnosticClass}
 */
export function classifyDiagnostics(diagnostics) {
  // A crash, or an error inside an embedded package, is gomethod's bug whatever it says.
  const internal = diagnostics.find((d) => d.message.startsWith('internal compiler error'));
  if (internal) return { status: 'fail', reason: `compile error: ${internal.message.split('\n')[0]}` };
  const reasons = [...new Set(diagnostics.map((d) => unsupportedReason(d.message)).filter((r) => r !== null))];
  if (reasons.length > 0) return { status: 'unsupported', reason: reasons[0], reasons };
  const d = diagnostics[0];
  if (!d) return { status: 'fail', reason: 'compile failed without a diagnostic' };
  const where = d.line > 0 ? `${d.line}:${d.column}: ` : '';
  return { status: 'fail', reason: `compile error: ${where}${d.message.split('\n')[0]}` };
}

// ---- judging a run --------------------------------------------------------------------------------

/**
 * @typedef {object} Expected
 * @property {number} status 0 for a `// run` test
 * @property {string} output the combined stdout and stderr
 */

/**
 * The expectation of Go's harness: exit 0, and the .out file's text (empty when absent).
 * @param {string} testDir
 * @param {string} file
 * @returns {Expected & { golden: boolean }}
 */
export function goldenExpectation(testDir, file) {
  const out = path.join(testDir, file.replace(/\.go$/, '.out'));
  try {
    return { status: 0, output: fs.readFileSync(out, 'utf8'), golden: true };
  } catch {
    return { status: 0, output: '', golden: false };
  }
}

/**
 * @param {string} s
 * @param {number} [max]
 */
function clip(s, max = 60) {
  const json = JSON.stringify(s);
  return json.length > max ? `${json.slice(0, max - 4)}…"` : json;
}

/**
 * A one-line description of how `got` differs from `want`, or null when they are equal.
 * @param {string} got
 * @param {string} want
 * @returns {string | null}
 */
export function describeOutputDiff(got, want) {
  if (got === want) return null;
  const g = got.split('\n');
  const w = want.split('\n');
  let i = 0;
  while (i < g.length && i < w.length && g[i] === w[i]) i++;
  if (want === '') return `unexpected output: ${clip(got)}`;
  if (i === g.length || i === w.length) {
    return `output differs at the end: got …${clip(got.slice(-30))}, want …${clip(want.slice(-30))}`;
  }
  if (i >= g.length - 1 && g[g.length - 1] === '' && got.length < want.length) {
    return `output stops at line ${i + 1} of ${w.length - 1}; missing ${clip(w[i])}`;
  }
  return `output differs at line ${i + 1}: got ${clip(g[i] ?? '')}, want ${clip(w[i] ?? '')}`;
}

/**
 * The line of the output that explains a non-zero exit (the panic or fatal error), if any.
 * @param {string} output
 */
function panicLine(output) {
  const lines = output.split('\n');
  for (const re of [/^(panic: |fatal error: )/, /^runtime: /]) {
    const at = lines.findIndex((l) => re.test(l));
    if (at >= 0) return lines[at];
  }
  return lines.filter((l) => l.trim() !== '').pop() ?? '';
}

/**
 * @typedef {object} RunResult what a child process reports for one program
 * @property {boolean} compiled
 * @property {Diagnostic[]} [diagnostics]
 * @property {number} [status] the exit status (when it ran to the end)
 * @property {string} [output] the combined stdout and stderr
 * @property {string} [error] a host-side failure (instantiation, output limit, …)
 * @property {boolean} [timeout]
 * @property {string} [crash] the child process died (signal or exit code, and its stderr)
 * @property {number} [compileMs]
 * @property {number} [runMs]
 */

/**
 * @typedef {object} Verdict
 * @property {'pass' | 'fail' | 'unsupported'} status
 * @property {string} [reason]
 * @property {string[]} [reasons] every distinct unsupported reason (unsupported only)
 */

/**
 * Judges one run against Go's expectation.
 * @param {RunResult} r
 * @param {Expected} want
 * @param {number} timeoutMs
 * @returns {Verdict}
 */
export function judge(r, want, timeoutMs) {
  if (r.timeout) return { status: 'fail', reason: `timeout after ${timeoutMs / 1000} s` };
  if (r.crash) return { status: 'fail', reason: `runner process died: ${r.crash}` };
  if (!r.compiled) return classifyDiagnostics(r.diagnostics ?? []);
  if (r.error) return { status: 'fail', reason: r.error };
  const output = (r.output ?? '').replaceAll('\r\n', '\n');
  if (r.status !== want.status) {
    return { status: 'fail', reason: `exit status ${r.status}, want ${want.status}: ${clip(panicLine(output), 100)}` };
  }
  const diff = describeOutputDiff(output, want.output);
  if (diff) return { status: 'fail', reason: diff };
  return { status: 'pass' };
}

// ---- the pool of child processes -------------------------------------------------------------------

/**
 * @typedef {object} PoolOptions
 * @property {number} [size] how many programs run at once (default: the number of CPUs)
 * @property {number} [timeoutMs] per program, compile and run together (default 10 s)
 * @property {number} [maxOutput] bytes of output after which a program is stopped (default 1 MiB)
 */

/**
 * @typedef {object} Slot
 * @property {import('node:child_process').ChildProcess} child
 * @property {boolean} ready
 * @property {string} stderr the tail of the child's own stderr
 * @property {{ job: { id: number, path: string }, resolve: (r: RunResult) => void, timer: NodeJS.Timeout } | null} busy
 */

/**
 * Child processes (tests/gotest/child.mjs) that each load the compiler once and then compile and
 * run programs one at a time. A program that outlives its timeout has its child killed (a wasm
 * loop cannot be interrupted from inside the process) and a fresh child takes its place.
 */
export class ProgramPool {
  /** @type {Slot[]} */
  #slots = [];
  /** @type {{ job: { id: number, path: string }, resolve: (r: RunResult) => void }[]} */
  #queue = [];
  #nextId = 1;
  #closed = false;
  #timeoutMs;
  #maxOutput;
  /** The compiler's version string, once a child has started. */
  compilerVersion = '';

  /** @param {PoolOptions} [options] */
  constructor(options = {}) {
    const size = options.size ?? Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#maxOutput = options.maxOutput ?? 1 << 20;
    for (let i = 0; i < size; i++) this.#slots.push(this.#spawn());
  }

  /** @returns {Slot} */
  #spawn() {
    const child = fork(CHILD, [String(this.#maxOutput)], {
      execArgv: ['--disable-warning=ExperimentalWarning'],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    /** @type {Slot} */
    const slot = { child, ready: false, stderr: '', busy: null };
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (/** @type {string} */ text) => {
      slot.stderr = (slot.stderr + text).slice(-2000);
    });
    child.on('message', (/** @type {any} */ msg) => {
      if (msg.type === 'ready') {
        slot.ready = true;
        this.compilerVersion = String(msg.version ?? '');
        this.#dispatch();
      } else if (msg.type === 'result' && slot.busy && slot.busy.job.id === msg.id) {
        const { resolve, timer } = slot.busy;
        clearTimeout(timer);
        slot.busy = null;
        resolve(msg.result);
        this.#dispatch();
      }
    });
    child.on('exit', (code, signal) => {
      const i = this.#slots.indexOf(slot);
      if (i < 0) return; // replaced after a timeout
      const busy = slot.busy;
      slot.busy = null;
      if (busy) clearTimeout(busy.timer);
      if (this.#closed) return;
      this.#slots[i] = this.#spawn();
      const why = signal ? `signal ${signal}` : `exit code ${code}`;
      const tail = slot.stderr.trim().split('\n').slice(-3).join(' | ');
      if (busy) busy.resolve({ compiled: false, crash: tail ? `${why}: ${tail}` : why });
      else if (!slot.ready) {
        // The child could not even start: fail everything queued rather than respawn forever.
        this.#closed = true;
        for (const q of this.#queue.splice(0)) q.resolve({ compiled: false, crash: `runner child failed to start (${why}): ${tail}` });
      }
    });
    return slot;
  }

  #dispatch() {
    for (const slot of this.#slots) {
      if (this.#queue.length === 0) return;
      if (!slot.ready || slot.busy) continue;
      const next = /** @type {{ job: { id: number, path: string }, resolve: (r: RunResult) => void }} */ (this.#queue.shift());
      const timer = setTimeout(() => this.#expire(slot), this.#timeoutMs);
      slot.busy = { ...next, timer };
      slot.child.send({ type: 'run', ...next.job });
    }
  }

  /** @param {Slot} slot */
  #expire(slot) {
    const busy = slot.busy;
    if (!busy) return;
    slot.busy = null;
    const i = this.#slots.indexOf(slot);
    if (i >= 0) this.#slots[i] = this.#spawn();
    slot.child.kill('SIGKILL');
    busy.resolve({ compiled: false, timeout: true });
  }

  /**
   * Compiles and runs one program file.
   * @param {string} file an absolute path
   * @returns {Promise<RunResult>}
   */
  run(file) {
    if (this.#closed) return Promise.resolve({ compiled: false, crash: 'pool closed' });
    return new Promise((resolve) => {
      this.#queue.push({ job: { id: this.#nextId++, path: file }, resolve });
      this.#dispatch();
    });
  }

  /** Stops the children. */
  close() {
    this.#closed = true;
    for (const slot of this.#slots) {
      if (slot.busy) clearTimeout(slot.busy.timer);
      slot.child.kill('SIGKILL');
    }
    for (const q of this.#queue.splice(0)) q.resolve({ compiled: false, crash: 'pool closed' });
  }
}

// ---- real Go ---------------------------------------------------------------------------------------

/**
 * Builds a program with `go build` (GOPATH mode) and runs the binary from the test directory, as
 * run.go does (it compiles and links, then runs the executable; `go run` would add its own
 * "exit status N" line), capturing stdout and stderr together.
 * @param {string} testDir
 * @param {string} file relative to testDir
 * @param {number} timeoutMs
 * @returns {Promise<{ status: number, output: string } | { error: string }>}
 */
export async function runWithGo(testDir, file, timeoutMs) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gomethod-gotest-'));
  try {
    const exe = path.join(tmp, 'prog');
    /** @type {NodeJS.ProcessEnv} */
    const env = { ...process.env, GO111MODULE: 'off', GOFLAGS: '', GOENV: 'off' };
    delete env.GOOS;
    delete env.GOARCH;
    const build = await capture('go', ['build', '-o', exe, file], { cwd: testDir, env }, 120_000);
    if (build.status !== 0) {
      const why = build.output.split('\n').filter((l) => l.trim() && !l.startsWith('#')).slice(0, 2);
      return { error: `go build failed: ${why.map((l) => l.trim()).join(' ')}` };
    }
    // run.go sets GOOS and GOARCH for the programs it runs (test/env.go checks them).
    const runEnv = { ...env, ...(await hostPlatform()) };
    // One pipe for both streams, as run.go's shared buffer: the interleaving is the program's.
    const r = await capture('sh', ['-c', 'exec "$0" 2>&1', exe], { cwd: testDir, env: runEnv }, timeoutMs);
    if (r.timedOut) return { error: `go program timed out after ${timeoutMs / 1000} s` };
    if (r.overflow) return { error: `go program printed more than ${MAX_GO_OUTPUT} bytes` };
    return { status: r.status, output: r.output };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** @type {Promise<{ GOOS: string, GOARCH: string }> | null} */
let platform = null;

/** Real Go's host GOOS and GOARCH (`go env`). */
function hostPlatform() {
  platform ??= capture('go', ['env', 'GOOS', 'GOARCH'], { env: { ...process.env, GOOS: '', GOARCH: '' } }, 30_000).then((r) => {
    const [GOOS = '', GOARCH = ''] = r.output.trim().split('\n');
    return { GOOS, GOARCH };
  });
  return platform;
}

/** Output after which a real Go program is stopped. */
const MAX_GO_OUTPUT = 16 << 20;

/**
 * @param {string} cmd
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions} options
 * @param {number} timeoutMs
 * @returns {Promise<{ status: number, output: string, timedOut: boolean, overflow: boolean }>}
 */
function capture(cmd, args, options, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let overflow = false;
    const collect = (/** @type {Buffer} */ b) => {
      if (overflow) return;
      size += b.length;
      if (size > MAX_GO_OUTPUT) {
        overflow = true;
        child.kill('SIGKILL');
      } else chunks.push(b);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ status: -1, output: String(err.message), timedOut, overflow });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ status: code ?? (signal ? 128 : -1), output: Buffer.concat(chunks).toString('utf8'), timedOut, overflow });
    });
  });
}
