// The floor for a worker round trip on the live benchmark page (bench.js): a module worker that
// posts every message straight back, with no pool, no wasm and no marshalling.
self.onmessage = (e) => self.postMessage(e.data);
