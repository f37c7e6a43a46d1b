import { createCompiler, instantiate } from 'gomethod';
import { ModuleMemory } from './web/marshal/memory.js';
import { encode, encoded, decode } from './web/marshal/strings.js';
const c = await createCompiler();
const out = c.compile(`package main
//export echo
func echo(s string) string { return s }
//export last
func last(xs []float64) float64 { return xs[len(xs)-1] }
`);
const mod = await instantiate(out);
const raw = mod.instance.exports.echo;
const x = mod.instance.exports;
const mem = new ModuleMemory(x.memory, x.gomethod_alloc, x.gomethod_free); mem.setup();
function fast(s) {
  if (arguments.length !== 1) throw new TypeError('x');
  if (typeof s !== 'string') throw new TypeError('x');
  const cx = mem.begin();
  try {
    const p = encode(mem, cx, s);
    const r = raw(p, encoded.len);
    return decode(mem.u8, r[0] >>> 0, r[1] >>> 0);
  } catch (e) { throw e } finally { mem.end(cx); }
}
function nocx(s) {
  if (typeof s !== 'string') throw new TypeError('x');
  const top = mem.arenaTop;
  try {
    const p = encode(mem, null, s);
    const r = raw(p, encoded.len);
    return decode(mem.u8, r[0] >>> 0, r[1] >>> 0);
  } finally { mem.arenaTop = top; }
}
const wrapped = mod.exports.echo;
for (const [name, f] of Object.entries(process.argv[2]==="w" ? {wrapped, fast, nocx} : { fast, nocx, wrapped, raw: (s) => raw(2000, 8) })) {
  let s = 0;
  for (let r = 0; r < 4; r++) {
    const t0 = performance.now();
    for (let i = 0; i < 1e6; i++) s += f('gomethod').length;
    if (r == 3) console.log(name, ((performance.now() - t0) * 1e6 / 1e6).toFixed(1), 'ns');
  }
}
