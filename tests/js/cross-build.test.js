// The shipped compiler (Emscripten) and the native build (CTest, the C++ CLI) must emit the same
// bytes for the same program: nothing in the output may depend on the C++ compiler that built
// gomethod (argument evaluation order, addresses used as keys).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { createCompiler } from 'gomethod';

const root = fileURLToPath(new URL('../../', import.meta.url));
const native = path.join(root, 'build/native/gomethodc');
const runDir = path.join(root, 'tests/conformance/run');
const files = fs.readdirSync(runDir).filter((f) => f.endsWith('.go')).sort();

const maybe = fs.existsSync(native) ? test : test.skip;

maybe('the native and the Emscripten compiler emit identical modules for every conformance program', async () => {
  const compiler = await createCompiler();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gomethod-cross-'));
  const differ = [];
  try {
    for (const file of files) {
      const src = path.join(runDir, file);
      const out = compiler.compile(fs.readFileSync(src, 'utf8'), { filename: src });
      if (!out.ok) continue;
      const wasm = path.join(tmp, 'native.wasm');
      execFileSync(native, ['build', src, '-o', wasm]);
      if (!Buffer.from(out.wasm).equals(fs.readFileSync(wasm))) differ.push(file);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  expect(differ).toEqual([]);
}, 120_000);
