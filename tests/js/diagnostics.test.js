// Differential diagnostics: every tests/errors/*.go file is rejected by `go build` (Debian's Go
// is the oracle) and by gomethod, with the same "file:line:col: message" lines. Go stops after
// 10 errors, so keep each file under that.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { createCompiler } from 'gomethod';

const errorsDir = fileURLToPath(new URL('../errors/', import.meta.url));
const files = fs.readdirSync(errorsDir).filter((f) => f.endsWith('.go')).sort();

/** What `go build` prints for the file, minus the package banner and its 10-error cut-off. */
function goDiagnostics(file, source) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gomethod-errors-'));
  try {
    fs.writeFileSync(path.join(dir, file), source);
    const r = spawnSync('go', ['build', '-o', os.devNull, file], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GO111MODULE: 'off', GOFLAGS: '' },
    });
    expect(r.status).not.toBe(0);
    return r.stderr
      .replaceAll('./', '')
      .split('\n')
      .filter((l) => l && !l.startsWith('#') && !l.endsWith('too many errors'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

let compiler;
beforeAll(async () => {
  compiler = await createCompiler();
});

test.each(files)('%s: same diagnostics as go build', (file) => {
  const source = fs.readFileSync(path.join(errorsDir, file), 'utf8');
  const out = compiler.compile(source, { filename: file });
  expect(out.ok).toBe(false);
  const ours = out.diagnostics
    .map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`)
    .join('\n')
    .split('\n');
  expect(ours).toEqual(goDiagnostics(file, source));
});
