import { createCompiler, instantiate } from 'gomethod';
const c = await createCompiler();
const out = c.compile(`package main
//export last
func last(xs []float64) float64 { return xs[len(xs)-1] }
`);
const mod = await instantiate(out);
const arr = mod.alloc(Float64Array, 1000);
const f = mod.exports.last;
let s = 0;
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  for (let i = 0; i < 2e6; i++) s += f(arr);
  console.log(((performance.now() - t0) * 1e6 / 2e6).toFixed(1), 'ns');
}
