// The benchmark kernels in AssemblyScript (the `assemblyscript` anchor, compiled with asc -O3 by
// bench/kernels/build.mjs): the algorithms of kernels.go, written the AssemblyScript way (typed
// arrays, classes, an abstract class for the shapes, a generic function), with the same names and
// signatures as the gomethod module's exports. asc's generated bindings (--bindings raw) copy the
// JS typed arrays in; `newInt32Array` and friends let the host keep inputs in the module's memory.

// ---- inputs kept in the module's memory (see bench/kernels/paths.mjs) ----------------------

export function newInt32Array(n: i32): Int32Array {
  return new Int32Array(n);
}
export function newFloat64Array(n: i32): Float64Array {
  return new Float64Array(n);
}
export function newUint8Array(n: i32): Uint8Array {
  return new Uint8Array(n);
}

// ---- sum ----------------------------------------------------------------------------------

export function Sum(xs: Int32Array): i32 {
  let s: i32 = 0;
  for (let i = 0, n = xs.length; i < n; i++) s += xs[i];
  return s;
}

// ---- dot ----------------------------------------------------------------------------------

export function Dot(a: Float64Array, b: Float64Array): f64 {
  let s: f64 = 0;
  for (let i = 0, n = a.length; i < n; i++) s += a[i] * b[i];
  return s;
}

// ---- mandelbrot ---------------------------------------------------------------------------

export function Mandelbrot(w: i32, h: i32, x0: f64, y0: f64, step: f64, maxIter: i32): i32 {
  let total: i32 = 0;
  for (let py: i32 = 0; py < h; py++) {
    const ci = y0 + <f64>py * step;
    for (let px: i32 = 0; px < w; px++) {
      const cr = x0 + <f64>px * step;
      let zr: f64 = 0;
      let zi: f64 = 0;
      let n: i32 = 0;
      while (n < maxIter) {
        const zr2 = zr * zr;
        const zi2 = zi * zi;
        if (zr2 + zi2 > 4) break;
        zi = 2 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        n++;
      }
      total += n;
    }
  }
  return total;
}

// ---- n-body -------------------------------------------------------------------------------

const DT: f64 = 0.01;
const SOFT: f64 = 0.01;

class Body {
  constructor(
    public x: f64, public y: f64, public z: f64,
    public vx: f64, public vy: f64, public vz: f64,
    public m: f64,
  ) {}
}

export function NBody(state: Float64Array, steps: i32): f64 {
  const n = state.length / 7;
  const bs = new StaticArray<Body>(n);
  for (let i = 0; i < n; i++) {
    const o = 7 * i;
    bs[i] = new Body(state[o], state[o + 1], state[o + 2], state[o + 3], state[o + 4], state[o + 5], state[o + 6]);
  }
  for (let k = 0; k < steps; k++) {
    for (let i = 0; i < n; i++) {
      const bi = bs[i];
      for (let j = i + 1; j < n; j++) {
        const bj = bs[j];
        const dx = bi.x - bj.x;
        const dy = bi.y - bj.y;
        const dz = bi.z - bj.z;
        const d2 = dx * dx + dy * dy + dz * dz + SOFT;
        const mag = DT / (d2 * Math.sqrt(d2));
        const mj = bj.m * mag;
        const mi = bi.m * mag;
        bi.vx -= dx * mj;
        bi.vy -= dy * mj;
        bi.vz -= dz * mj;
        bj.vx += dx * mi;
        bj.vy += dy * mi;
        bj.vz += dz * mi;
      }
    }
    for (let i = 0; i < n; i++) {
      const b = bs[i];
      b.x += DT * b.vx;
      b.y += DT * b.vy;
      b.z += DT * b.vz;
    }
  }
  let e: f64 = 0;
  for (let i = 0; i < n; i++) {
    const bi = bs[i];
    e += 0.5 * bi.m * (bi.vx * bi.vx + bi.vy * bi.vy + bi.vz * bi.vz);
    for (let j = i + 1; j < n; j++) {
      const bj = bs[j];
      const dx = bi.x - bj.x;
      const dy = bi.y - bj.y;
      const dz = bi.z - bj.z;
      e -= bi.m * bj.m / Math.sqrt(dx * dx + dy * dy + dz * dz + SOFT);
    }
  }
  return e;
}

// ---- crc32 --------------------------------------------------------------------------------

const CRC_TABLE = makeCrcTable();

function makeCrcTable(): StaticArray<u32> {
  const t = new StaticArray<u32>(256);
  for (let i: u32 = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >> 1) : c >> 1;
    t[i] = c;
  }
  return t;
}

export function CRC32(data: Uint8Array): u32 {
  let crc: u32 = ~0;
  for (let i = 0, n = data.length; i < n; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >> 8);
  return ~crc;
}

// ---- sort ---------------------------------------------------------------------------------

// The same quicksort as kernels.go, on xs[lo, hi).
function quicksort(xs: Int32Array, lo: i32, hi: i32): void {
  while (hi - lo > 12) {
    const p = xs[lo + ((hi - lo) >> 1)];
    let i = lo;
    let j = hi - 1;
    while (i <= j) {
      while (xs[i] < p) i++;
      while (xs[j] > p) j--;
      if (i <= j) {
        const t = xs[i];
        xs[i] = xs[j];
        xs[j] = t;
        i++;
        j--;
      }
    }
    if (j - lo < hi - 1 - i) {
      quicksort(xs, lo, j + 1);
      lo = i;
    } else {
      quicksort(xs, i, hi);
      hi = j + 1;
    }
  }
  for (let i = lo + 1; i < hi; i++) {
    for (let k = i; k > lo && xs[k] < xs[k - 1]; k--) {
      const t = xs[k];
      xs[k] = xs[k - 1];
      xs[k - 1] = t;
    }
  }
}

export function SortInts(xs: Int32Array): u32 {
  const ys = xs.slice();
  quicksort(ys, 0, ys.length);
  let h: u32 = 2166136261;
  for (let i = 0, n = ys.length; i < n; i++) h = (h ^ <u32>ys[i]) * 16777619;
  return h;
}

// ---- strings ------------------------------------------------------------------------------

// AssemblyScript strings are immutable UTF-16 and `+=` copies the whole string each time, so the
// idiom is an array of parts and one join. The characters are ASCII, so hashing the UTF-16 code
// units hashes the same bytes as the Go version.
export function JoinInts(xs: Int32Array): u32 {
  const n = xs.length;
  const parts = new Array<string>(n);
  for (let i = 0; i < n; i++) parts[i] = xs[i].toString();
  const s = parts.join(',');
  let h: u32 = 2166136261;
  for (let i = 0, len = s.length; i < len; i++) h = (h ^ <u32>s.charCodeAt(i)) * 16777619;
  return h ^ <u32>s.length;
}

// ---- dispatch -----------------------------------------------------------------------------

abstract class Shape {
  abstract area(): f64;
}
class Rect extends Shape {
  constructor(public w: f64, public h: f64) {
    super();
  }
  area(): f64 {
    return this.w * this.h;
  }
}
class Circle extends Shape {
  constructor(public r: f64) {
    super();
  }
  area(): f64 {
    return 3.141592653589793 * this.r * this.r;
  }
}
class Tri extends Shape {
  constructor(public b: f64, public h: f64) {
    super();
  }
  area(): f64 {
    return 0.5 * this.b * this.h;
  }
}

const SHAPES: StaticArray<Shape> = [new Rect(2, 3), new Circle(1), new Tri(4, 5)];

export function Dispatch(kinds: Uint8Array): f64 {
  let s: f64 = 0;
  for (let i = 0, n = kinds.length; i < n; i++) s += SHAPES[kinds[i]].area();
  return s;
}

// ---- generic ------------------------------------------------------------------------------

// One generic function, instantiated per array type (AssemblyScript monomorphizes like Go).
function sumOf<T extends ArrayBufferView>(xs: T): valueof<T> {
  let s: valueof<T> = 0;
  for (let i = 0, n = xs.length; i < n; i++) s += xs[i];
  return s;
}

export function SumGeneric(xs: Int32Array, ys: Float64Array): f64 {
  return <f64>sumOf<Int32Array>(xs) + sumOf<Float64Array>(ys);
}
