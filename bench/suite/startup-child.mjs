// One cold-ish start, in a fresh Node process (spawned by startup.mjs):
//   node startup-child.mjs <paths module URL> <path> [gc]
// prints one JSON line: the loader's stage times (compiler load, compile, instantiate, first call:
// loadPath makes the first call itself), the time to import the loader, and the process's age
// when the first result was ready (performance.now() counts from the process's time origin).
const [, , url, pathName, gc = 'conservative'] = process.argv;
const t0 = performance.now();
const kernels = await import(url);
const importMs = performance.now() - t0;
const loaded = await kernels.loadPath(pathName, { gc });
const processMs = performance.now();
process.stdout.write(JSON.stringify({ path: pathName, startup: loaded.startup, importMs, processMs, target: loaded.target ?? null }) + '\n');
loaded.dispose();
process.exit(0);
