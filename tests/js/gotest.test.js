// Regression guard for Go's own test programs ($GOROOT/test, see tests/gotest/run.mjs and
// docs/gotest.md): every program listed in tests/gotest/passing.txt must still compile, exit 0 and
// print exactly its .out file (nothing when there is none). The list is written by
// `npm run gotest -- --update`. Programs run in child processes (tests/gotest/child.mjs) with a
// per-program timeout, so an infinite loop fails one test instead of hanging the suite.
// Skipped, with a message, on a machine without Go's test directory (golang-1.19-src).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ProgramPool, goTestDir, goldenExpectation, judge, parseRecipe } from '../gotest/harness.mjs';

const TIMEOUT_MS = 10_000;

const listFile = fileURLToPath(new URL('../gotest/passing.txt', import.meta.url));
const listed = fs
  .readFileSync(listFile, 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

const testDir = goTestDir();
const haveGoTests = fs.existsSync(testDir);
if (!haveGoTests) {
  console.warn(
    `gotest.test.js: skipped, Go's test directory ${testDir} does not exist ` +
      '(install golang-1.19-src, or point GOMETHOD_GO_TEST_DIR at $GOROOT/test)',
  );
}

/** @type {Map<string, import('../gotest/harness.mjs').RunResult>} */
const results = new Map();

(haveGoTests ? describe : describe.skip)(`Go's test programs in tests/gotest/passing.txt (${testDir})`, () => {
  const present = listed.filter((file) => fs.existsSync(path.join(testDir, file)));

  beforeAll(async () => {
    const pool = new ProgramPool({ timeoutMs: TIMEOUT_MS });
    try {
      await Promise.all(present.map(async (file) => results.set(file, await pool.run(path.join(testDir, file)))));
    } finally {
      pool.close();
    }
  }, 120_000);

  test('passing.txt names only `// run` programs of this Go test directory', () => {
    const missing = listed.filter((file) => !present.includes(file));
    expect(missing).toEqual([]);
    const notRun = present.filter((file) => parseRecipe(fs.readFileSync(path.join(testDir, file), 'utf8'))?.action !== 'run');
    expect(notRun).toEqual([]);
  });

  if (present.length > 0) {
    test.each(present)('%s still passes', (file) => {
      const run = /** @type {import('../gotest/harness.mjs').RunResult} */ (results.get(file));
      expect(judge(run, goldenExpectation(testDir, file), TIMEOUT_MS)).toEqual({ status: 'pass' });
    });
  }
});
