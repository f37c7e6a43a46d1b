// Differential tests: every tests/diff/*.go file exports functions and lists calls as
// `//call f(args)` comments. The calls run twice — under real Go (`go run`, Debian's Go is the
// oracle) and through gomethod's compiled module — and the printed results must match.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { createCompiler } from 'gomethod';

import { goValue, wasmArg } from './go-format.js';

const diffDir = fileURLToPath(new URL('../diff/', import.meta.url));
const files = fs.readdirSync(diffDir).filter((f) => f.endsWith('.go')).sort();

/** Splits "f(1, g(2), 3)" into ["f", ["1", "g(2)", "3"]] at top-level commas. */
function parseCall(text) {
  const open = text.indexOf('(');
  const name = text.slice(0, open).trim();
  const inner = text.slice(open + 1, text.lastIndexOf(')'));
  const args = [];
  let depth = 0;
  let cur = '';
  for (const ch of inner) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      args.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  if (cur.trim()) args.push(cur);
  return { name, args };
}

/** Runs the calls under real Go and returns one printed line per call. */
function runGo(source, calls) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gomethod-diff-'));
  try {
    fs.writeFileSync(path.join(dir, 'prog.go'), source);
    const body = calls.map((c) => `\tfmt.Println(${c})`).join('\n');
    fs.writeFileSync(
      path.join(dir, 'zz_harness.go'),
      `package main\n\nimport "fmt"\n\nfunc main() {\n${body}\n}\n`,
    );
    const out = execFileSync('go', ['run', 'prog.go', 'zz_harness.go'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GO111MODULE: 'off', GOFLAGS: '' },
    });
    return out.split('\n').slice(0, calls.length);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

let compiler;
beforeAll(async () => {
  compiler = await createCompiler();
});

describe.each(files)('%s', (file) => {
  const source = fs.readFileSync(path.join(diffDir, file), 'utf8');
  const calls = [...source.matchAll(/^\/\/call (.+)$/gm)].map((m) => m[1].trim());

  test('matches go run', async () => {
    expect(calls.length).toBeGreaterThan(0);
    const out = compiler.compile(source, { filename: file });
    expect(out.diagnostics).toEqual([]);
    expect(out.ok).toBe(true);
    const { instance } = await WebAssembly.instantiate(out.wasm);
    instance.exports._initialize?.();
    const byName = new Map(out.manifest.exports.map((e) => [e.func, e]));
    const ours = calls.map((text) => {
      const { name, args } = parseCall(text);
      const exp = byName.get(name);
      if (!exp) return `<${name} is not exported>`;
      const raw = args.map((a, i) => wasmArg(a, exp.params[i].wasm[0]));
      let result;
      try {
        result = instance.exports[exp.name](...raw);
      } catch (e) {
        return `<trap: ${e.message}>`;
      }
      const values = exp.results.length > 1 ? result : [result];
      return exp.results.map((r, i) => goValue(values[i], r.go)).join(' ');
    });
    expect(ours).toEqual(runGo(source, calls));
  });
});
