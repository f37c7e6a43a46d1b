#!/usr/bin/env node
// Runs Go's own test programs ($GOROOT/test, every single-file `// run` program) through gomethod
// and classifies each one:
//
//   pass         it compiles, exits 0 and prints exactly what Go expects (the .out file next to
//                it, or nothing when there is none; the rule of Go's test/run.go)
//   fail         a wrong output or exit status, a compile error on a valid program that is not a
//                "not supported" message, an internal compiler error, a crash or a timeout
//   unsupported  a build constraint or go run flag gomethod cannot honour, or a compile error
//                saying a construct or package is not supported (yet)
//
// Usage: node tests/gotest/run.mjs [flags] [filter…]   (npm run gotest -- [flags])
//
//   --go            expect what real Go does (go build + run, GO111MODULE=off) instead of the
//                   .out files, and report where the two disagree (validates the golden rule)
//   --update        rewrite tests/gotest/passing.txt (the Jest guard's list) from this run
//   --timeout S     seconds per program, compile and run together (default 10)
//   --jobs N        programs at once (default: the number of CPUs)
//   --json PATH     results file (default tests/gotest/results.json)
//   --report PATH   markdown report (default docs/gotest.md)
//   -v, --verbose   print every program's verdict
//   filter…         only programs whose path (relative to Go's test dir) contains one of them;
//                   a filtered run writes no results file or report unless asked with --json or
//                   --report, and --update then only changes the lines of the programs it ran
//
// Go's test directory is $GOMETHOD_GO_TEST_DIR, or Debian's /usr/lib/go-1.19/test.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  ProgramPool,
  findPrograms,
  goTestDir,
  goVersion,
  goldenExpectation,
  judge,
  runWithGo,
  staticUnsupported,
  describeOutputDiff,
} from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const PASSING = path.join(here, 'passing.txt');

const USAGE = 'usage: node tests/gotest/run.mjs [--go] [--update] [--timeout S] [--jobs N] [--json PATH] [--report PATH] [-v] [filter…]';

/**
 * @typedef {object} Options
 * @property {boolean} go
 * @property {boolean} update
 * @property {number} timeoutMs
 * @property {number} jobs
 * @property {string | null} json
 * @property {string | null} report
 * @property {boolean} verbose
 * @property {string[]} filters
 */

/**
 * @param {string[]} argv
 * @returns {Options}
 */
function parseArgs(argv) {
  /** @type {Options} */
  const o = {
    go: false,
    update: false,
    timeoutMs: 10_000,
    jobs: Math.max(1, os.availableParallelism?.() ?? os.cpus().length),
    json: null,
    report: null,
    verbose: false,
    filters: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`flag ${arg} needs a value\n${USAGE}`);
      return argv[++i];
    };
    if (arg === '--go') o.go = true;
    else if (arg === '--update') o.update = true;
    else if (arg === '-v' || arg === '--verbose') o.verbose = true;
    else if (arg === '--timeout') o.timeoutMs = Number(value()) * 1000;
    else if (arg === '--jobs') o.jobs = Number(value());
    else if (arg === '--json') o.json = path.resolve(value());
    else if (arg === '--report') o.report = path.resolve(value());
    else if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('-')) throw new Error(`unknown flag ${arg}\n${USAGE}`);
    else o.filters.push(arg);
  }
  if (!(o.timeoutMs > 0)) throw new Error('--timeout needs a positive number of seconds');
  if (!(Number.isInteger(o.jobs) && o.jobs > 0)) throw new Error('--jobs needs a positive integer');
  if (o.filters.length === 0) {
    o.json ??= path.join(here, 'results.json');
    o.report ??= path.join(repo, 'docs/gotest.md');
  }
  return o;
}

/**
 * @typedef {object} ProgramResult
 * @property {string} file relative to Go's test directory
 * @property {'pass' | 'fail' | 'unsupported'} status
 * @property {string} [reason]
 * @property {string[]} [reasons] every distinct unsupported reason
 * @property {boolean} golden whether a .out file exists
 * @property {string} [goDisagrees] --go: how real Go differs from the golden expectation
 * @property {string} [goError] --go: why real Go's result could not be had
 * @property {number} [ms] compile + run time in gomethod
 */

/**
 * Runs async tasks with at most `limit` at once.
 * @template T, R
 * @param {T[]} items
 * @param {number} limit
 * @param {(item: T) => Promise<R>} fn
 * @returns {Promise<R[]>}
 */
async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * @param {Options} o
 */
async function main(o) {
  const testDir = goTestDir();
  if (!fs.existsSync(testDir)) {
    console.error(`gotest: Go's test directory ${testDir} does not exist (install golang-1.19-src, or set GOMETHOD_GO_TEST_DIR)`);
    return 2;
  }
  const started = Date.now();
  const all = findPrograms(testDir);
  const files = o.filters.length ? all.filter((f) => o.filters.some((p) => f.includes(p))) : all;
  if (files.length === 0) {
    console.error('gotest: no program matches the filters');
    return 2;
  }
  const programs = files.map((file) => {
    const src = fs.readFileSync(path.join(testDir, file), 'utf8');
    return { file, golden: goldenExpectation(testDir, file), skip: staticUnsupported(file, src) };
  });
  const runnable = programs.filter((p) => !p.skip);

  // gomethod first, alone on the CPUs (its timeouts are what matter), then real Go if asked.
  const pool = new ProgramPool({ size: o.jobs, timeoutMs: o.timeoutMs });
  let done = 0;
  /** @type {Map<string, import('./harness.mjs').RunResult>} */
  const runs = new Map();
  try {
    await Promise.all(
      runnable.map(async ({ file }) => {
        const run = await pool.run(path.join(testDir, file));
        runs.set(file, run);
        done++;
        if (process.stderr.isTTY && (done % 10 === 0 || done === runnable.length)) {
          process.stderr.write(`\rgomethod: ${done}/${runnable.length}`);
        }
      }),
    );
  } finally {
    pool.close();
  }
  if (process.stderr.isTTY) process.stderr.write('\n');

  /** @type {Map<string, Awaited<ReturnType<typeof runWithGo>>>} */
  const goRuns = new Map();
  if (o.go) {
    done = 0;
    await mapLimit(runnable, o.jobs, async ({ file }) => {
      goRuns.set(file, await runWithGo(testDir, file, Math.max(60_000, o.timeoutMs)));
      done++;
      if (process.stderr.isTTY && (done % 10 === 0 || done === runnable.length)) {
        process.stderr.write(`\rgo: ${done}/${runnable.length}`);
      }
    });
    if (process.stderr.isTTY) process.stderr.write('\n');
  }

  /** @type {ProgramResult[]} */
  const results = programs.map(({ file, golden, skip }) => {
    /** @type {ProgramResult} */
    const r = { file, status: 'unsupported', golden: golden.golden };
    if (skip) {
      r.reason = skip;
      r.reasons = [skip];
      return r;
    }
    const run = /** @type {import('./harness.mjs').RunResult} */ (runs.get(file));
    /** @type {import('./harness.mjs').Expected} */
    let want = golden;
    const go = goRuns.get(file);
    if (go && 'error' in go) r.goError = go.error;
    else if (go && go.status !== 0) {
      // Real Go fails the test here: keep Go's rule (exit 0) as the expectation.
      r.goDisagrees = `go exits ${go.status}: ${JSON.stringify(go.output.split('\n').find((l) => /^(panic|fatal error): /.test(l)) ?? go.output.slice(0, 80))}`;
    } else if (go) {
      want = go;
      const diff = describeOutputDiff(go.output, golden.output);
      if (diff) r.goDisagrees = diff;
    }
    const verdict = judge(run, want, o.timeoutMs);
    r.status = verdict.status;
    if (verdict.reason) r.reason = verdict.reason;
    if (verdict.reasons) r.reasons = verdict.reasons;
    if (run.compileMs !== undefined) r.ms = Math.round(run.compileMs + (run.runMs ?? 0));
    return r;
  });
  if (o.verbose) {
    for (const r of results) console.log(`${r.status.padEnd(11)} ${r.file}${r.reason ? `: ${r.reason}` : ''}`);
  }
  const seconds = (Date.now() - started) / 1000;

  const summary = summarize(results);
  const meta = {
    date: new Date().toISOString(),
    goVersion: goVersion(testDir),
    compilerVersion: pool.compilerVersion,
    testDir,
    expectation: o.go ? 'go build + run (--go)' : 'golden (.out files, else empty output), exit 0',
    timeoutSeconds: o.timeoutMs / 1000,
    seconds: Math.round(seconds * 10) / 10,
  };
  printSummary(results, summary, meta, o);

  if (o.json) {
    fs.mkdirSync(path.dirname(o.json), { recursive: true });
    const entries = results.map(({ ms, ...rest }) => rest); // timings vary: kept out of the file
    const head = { ...meta, counts: summary.counts, failKinds: Object.fromEntries(summary.failKinds), unsupportedReasons: summary.reasons };
    // One program per line: a rerun's diff shows exactly which programs changed.
    const text = JSON.stringify(head, null, 1).replace(/\n}$/, `,\n "programs": [\n${entries.map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n ]\n}\n`);
    fs.writeFileSync(o.json, text);
    console.log(`results: ${path.relative(process.cwd(), o.json)}`);
  }
  if (o.report) {
    fs.mkdirSync(path.dirname(o.report), { recursive: true });
    fs.writeFileSync(o.report, markdown(results, summary, meta, o));
    console.log(`report: ${path.relative(process.cwd(), o.report)}`);
  }
  if (o.update) {
    updatePassing(results);
    return 0;
  }
  // Programs the Jest guard expects to pass that no longer do.
  const listed = fs.existsSync(PASSING) ? new Set(readList(PASSING)) : new Set();
  const regressions = results.filter((r) => listed.has(r.file) && r.status !== 'pass');
  if (regressions.length > 0) {
    console.log(`\n${regressions.length} program(s) listed in tests/gotest/passing.txt no longer pass:`);
    for (const r of regressions) console.log(`  ${r.file}: ${r.status}: ${r.reason}`);
    return 1;
  }
  return 0;
}

/**
 * The summary's key for an unsupported reason: build constraints count as one reason each for
 * "needs cgo" and "excludes js/wasm" (the program keeps its exact line).
 * @param {string} reason
 */
function reasonKey(reason) {
  if (reason.startsWith('build constraint')) {
    return /\bcgo\b/.test(reason) && !/!cgo/.test(reason) ? 'build constraint: needs cgo' : 'build constraint: not satisfied by js/wasm';
  }
  return reason;
}

/**
 * @param {ProgramResult[]} results
 */
function summarize(results) {
  const counts = { pass: 0, fail: 0, unsupported: 0, total: results.length };
  for (const r of results) counts[r.status]++;
  /** @type {Map<string, { reason: string, first: number, affected: number, only: number }>} */
  const by = new Map();
  for (const r of results) {
    if (r.status !== 'unsupported') continue;
    const reasons = [...new Set((r.reasons ?? [r.reason ?? '?']).map(reasonKey))];
    reasons.forEach((reason, i) => {
      let e = by.get(reason);
      if (!e) by.set(reason, (e = { reason, first: 0, affected: 0, only: 0 }));
      e.affected++;
      if (i === 0) e.first++;
      if (reasons.length === 1) e.only++;
    });
  }
  const reasons = [...by.values()].sort((a, b) => b.affected - a.affected || b.first - a.first || a.reason.localeCompare(b.reason));
  /** @type {Map<string, number>} */
  const failKinds = new Map();
  for (const r of results) {
    if (r.status !== 'fail') continue;
    const kind = failKind(r.reason ?? '');
    failKinds.set(kind, (failKinds.get(kind) ?? 0) + 1);
  }
  return { counts, reasons, failKinds: [...failKinds].sort((a, b) => b[1] - a[1]) };
}

/**
 * A coarse category of a failure reason, for the summary.
 * @param {string} reason
 */
function failKind(reason) {
  if (reason.startsWith('compile error: internal compiler error')) return 'internal compiler error';
  if (reason.startsWith('compile error')) return 'compile error on a valid program';
  if (reason.startsWith('timeout')) return 'timeout';
  if (reason.startsWith('runner process died')) return 'crash';
  if (reason.startsWith('host error')) return 'host error (instantiate/run)';
  if (reason.startsWith('output exceeds')) return 'output limit';
  if (/^exit status \d+, want 0: "panic: /.test(reason)) return 'panic';
  if (/^exit status/.test(reason)) return 'non-zero exit (fatal error / trap)';
  return 'wrong output';
}

/**
 * @param {ProgramResult[]} results
 * @param {ReturnType<typeof summarize>} summary
 * @param {Record<string, unknown>} meta
 * @param {Options} o
 */
function printSummary(results, summary, meta, o) {
  const { counts } = summary;
  if (!o.verbose) {
    for (const r of results) if (r.status === 'fail') console.log(`FAIL ${r.file}: ${r.reason}`);
  }
  console.log('');
  console.log(`Go test programs (${meta.goVersion}, ${meta.testDir}): ${counts.total} \`// run\` programs`);
  console.log(`  pass ${counts.pass}, fail ${counts.fail}, unsupported ${counts.unsupported}  (${meta.seconds} s)`);
  if (summary.failKinds.length) {
    console.log('failures by kind:');
    for (const [kind, n] of summary.failKinds) console.log(`  ${String(n).padStart(4)}  ${kind}`);
  }
  console.log('top unsupported reasons (programs affected / first reason / only reason):');
  for (const e of summary.reasons.slice(0, 15)) {
    console.log(`  ${String(e.affected).padStart(4)} ${String(e.first).padStart(4)} ${String(e.only).padStart(4)}  ${e.reason}`);
  }
  const timed = results.filter((r) => r.ms !== undefined).sort((a, b) => (b.ms ?? 0) - (a.ms ?? 0));
  console.log(`slowest: ${timed.slice(0, 5).map((r) => `${r.file} ${r.ms} ms`).join(', ')}`);
  if (o.go) {
    const dis = results.filter((r) => r.goDisagrees);
    const err = results.filter((r) => r.goError);
    console.log(`real Go vs golden: ${dis.length} disagreement(s), ${err.length} program(s) Go could not build or run here`);
    for (const r of dis) console.log(`  ${r.file}: ${r.goDisagrees}`);
    for (const r of err) console.log(`  ${r.file}: ${r.goError}`);
  }
}

/** @param {string} s */
const md = (s) => s.replaceAll('|', '\\|').replaceAll('`', "'");

/**
 * @param {ProgramResult[]} results
 * @param {ReturnType<typeof summarize>} summary
 * @param {Record<string, any>} meta
 * @param {Options} o
 */
function markdown(results, summary, meta, o) {
  const { counts } = summary;
  const pct = (/** @type {number} */ n) => `${((100 * n) / counts.total).toFixed(1)} %`;
  const lines = [
    "# Go's own test programs",
    '',
    `Every single-file \`// run\` program of Go's test directory (\`${meta.testDir}\`, ${meta.goVersion}),`,
    'compiled by gomethod and run; generated by `tests/gotest/run.mjs`, do not edit by hand.',
    '',
    `- date: ${meta.date.slice(0, 10)}`,
    `- compiler: ${meta.compilerVersion || 'unknown'}`,
    `- expectation: ${meta.expectation}`,
    `- per-program timeout: ${meta.timeoutSeconds} s; whole run: ${meta.seconds} s`,
    '',
    '| result | programs | share |',
    '|---|---:|---:|',
    `| pass | ${counts.pass} | ${pct(counts.pass)} |`,
    `| fail | ${counts.fail} | ${pct(counts.fail)} |`,
    `| unsupported | ${counts.unsupported} | ${pct(counts.unsupported)} |`,
    `| total | ${counts.total} | |`,
    '',
    '## How to reproduce',
    '',
    '```',
    'npm run gotest                      # all programs: summary, tests/gotest/results.json, this report',
    'npm run gotest -- -v ken/ chan/     # only the programs whose path contains ken/ or chan/, verdict per program',
    'npm run gotest -- --go              # expect what real Go prints (go build + run) instead of the .out files',
    'npm run gotest -- --update          # also rewrite tests/gotest/passing.txt (the Jest guard, tests/js/gotest.test.js)',
    '```',
    '',
    "Go's rule (`test/run.go`): a `// run` program passes when it exits 0 and its combined stdout and",
    'stderr equal the `.out` file next to it, or are empty when there is none. The runner reads the',
    'recipe and build constraints the way run.go does, for GOOS=js GOARCH=wasm without cgo (tags `gc`',
    'and `test_run` hold); `go run` flags that only steer gc\'s optimizer (`-gcflags=-l`, `-d=ssa/check/on`,',
    '`-d=softfloat`) are ignored, any other flag or argument makes the program unsupported. Each program',
    'compiles and runs in a child process with the JS API (`createCompiler`, `runProgram`), so a',
    'timeout or a crash costs only that program.',
    '',
    'A program is **unsupported** when a build constraint or flag excludes it, or when gomethod rejects',
    'it with a "not supported" message: a package that is not embedded (`package fmt is not in std`),',
    'goroutines, channels, select, complex numbers, "gomethod cannot compile … yet", a runtime/unsafe',
    'function or predeclared identifier gomethod does not provide. Any other compile error on these',
    'valid programs is a **fail** (a compiler bug), as are wrong output, a wrong exit status, crashes',
    'and timeouts.',
    '',
    '## Failures by kind',
    '',
    '| kind | programs |',
    '|---|---:|',
    ...summary.failKinds.map(([kind, n]) => `| ${kind} | ${n} |`),
    '',
    '## Top unsupported reasons',
    '',
    'A program may have several reasons. *Affected*: programs with this reason; *first*: programs',
    'where it is the first reported; *only*: programs with no other reason (implementing it gets',
    'them past this check — the lowering\'s "cannot compile … yet" errors only show once type',
    'checking succeeds, so more may follow).',
    '',
    '| reason | affected | first | only |',
    '|---|---:|---:|---:|',
    ...summary.reasons.slice(0, 40).map((e) => `| ${md(e.reason)} | ${e.affected} | ${e.first} | ${e.only} |`),
    '',
    `## Failing programs (${counts.fail})`,
    '',
    ...results.filter((r) => r.status === 'fail').map((r) => `- \`${r.file}\` — ${md(r.reason ?? '')}`),
    '',
  ];
  if (o.go) {
    const dis = results.filter((r) => r.goDisagrees || r.goError);
    lines.push('## Real Go against the golden rule', '');
    if (dis.length === 0) lines.push('Real Go agrees with the golden expectation on every program it ran.', '');
    else lines.push(...dis.map((r) => `- \`${r.file}\` — ${md(r.goDisagrees ?? r.goError ?? '')}`), '');
  }
  return lines.join('\n');
}

/**
 * Rewrites passing.txt: the passing programs of this run, plus (for a filtered run) the listed
 * programs it did not run.
 * @param {ProgramResult[]} results
 */
function updatePassing(results) {
  const ran = new Set(results.map((r) => r.file));
  /** @type {string[]} */
  let kept = [];
  try {
    kept = readList(PASSING).filter((f) => !ran.has(f));
  } catch {
    // no list yet
  }
  const passing = [...new Set([...kept, ...results.filter((r) => r.status === 'pass').map((r) => r.file)])].sort();
  const header = [
    "# Go test programs ($GOROOT/test, relative paths) that gomethod passes: tests/js/gotest.test.js",
    '# fails when one of them stops passing. Regenerate with: npm run gotest -- --update',
  ];
  fs.writeFileSync(PASSING, [...header, ...passing, ''].join('\n'));
  console.log(`passing list: ${path.relative(process.cwd(), PASSING)} (${passing.length} programs)`);
}

/**
 * @param {string} file
 * @returns {string[]}
 */
function readList(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

let options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (err) {
  console.error(/** @type {Error} */ (err).message);
  process.exit(2);
}
main(options).then(
  (status) => {
    process.exitCode = status;
  },
  (err) => {
    console.error(`gotest: ${err?.stack ?? err}`);
    process.exitCode = 2;
  },
);
