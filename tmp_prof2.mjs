import { createCompiler, instantiate } from 'gomethod';
const c = await createCompiler();
const out = c.compile(`package main
//export echo
func echo(s string) string { return s }
//export last
func last(xs []float64) float64 { return xs[len(xs)-1] }
`);
const mod = await instantiate(out);
const f = mod.exports.echo;
const arr = mod.alloc(Float64Array, 1000);
const g = mod.exports.last;
const mixed = process.argv[2] === 'mixed';
let s = 0;
for (let r = 0; r < 15; r++) {
  const t0 = performance.now();
  for (let i = 0; i < 1e6; i++) { s += f('gomethod').length; if (mixed) s+= g(arr); }
  console.log(((performance.now() - t0) * 1e6 / 1e6).toFixed(1), 'ns');
}
