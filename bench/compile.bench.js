// Compile speed and output size of the shipped (Emscripten-built) compiler, in Node, warm.
// Run: node bench/compile.bench.js   (after npm run build). Reports medians of repeated runs.
import { createCompiler } from '../web/index.js';

/** A realistic 1,000-line program: structs with methods, loops, slices, strings, switches. */
function thousandLines() {
  const parts = ['package main\n'];
  let lines = 1;
  for (let i = 0; lines < 1000; i++) {
    const body = `
type Item${i} struct {
	ID    int
	Name  string
	Score float64
	Tags  []string
}

func (it *Item${i}) Bump(by float64) { it.Score += by }

func (it Item${i}) Label() string {
	if it.Score > ${i} {
		return it.Name + "!"
	}
	return it.Name
}

//export Run${i}
func Run${i}(n int) int {
	items := make([]Item${i}, 0, n)
	for k := 0; k < n; k++ {
		items = append(items, Item${i}{ID: k, Name: "item", Score: float64(k)})
	}
	total := 0
	for idx := range items {
		items[idx].Bump(1.5)
		switch {
		case items[idx].Score > 10:
			total += len(items[idx].Label())
		default:
			total += items[idx].ID % 7
		}
	}
	return total
}
`;
    parts.push(body);
    lines += body.split('\n').length - 1;
  }
  return parts.join('');
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function time(fn, runs) {
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

const t0 = performance.now();
const compiler = await createCompiler();
const loadMs = performance.now() - t0;

const cases = {
  'add (skeleton)': 'package main\n\n//export add\nfunc add(a, b int32) int32 { return a + b }\n',
  'struct method': `package main

type Vec struct{ X, Y float64 }

func (v Vec) Dot(w Vec) float64 { return v.X*w.X + v.Y*w.Y }

//export Dot
func Dot(ax, ay, bx, by float64) float64 { return Vec{ax, ay}.Dot(Vec{bx, by}) }
`,
  '1,000-line program': thousandLines(),
};

console.log(`compiler load (cold): ${loadMs.toFixed(1)} ms`);
console.log('| program | lines | compile, warm median | module bytes |');
console.log('|---|---|---|---|');
// Warm every case up first: the first cases timed would otherwise pay for the JIT's tier-up.
for (let k = 0; k < 3; k++) for (const src of Object.values(cases)) compiler.compile(src);
for (const [name, src] of Object.entries(cases)) {
  const out = compiler.compile(src);
  if (!out.ok) throw new Error(`${name}: ${JSON.stringify(out.diagnostics.slice(0, 3))}`);
  for (let i = 0; i < 5; i++) compiler.compile(src);  // warm up
  const ms = time(() => compiler.compile(src), 31);
  console.log(`| ${name} | ${src.split('\n').length} | ${ms.toFixed(2)} ms | ${out.wasm.length} |`);
}
