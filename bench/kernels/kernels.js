// The benchmark kernels in plain JS (the `plainjs` anchor): the algorithms of kernels.go, written
// the way a JS developer would (typed-array loops, classes for the shapes, string concatenation),
// with the same names and signatures as the gomethod module's exports. Results are identical to
// the Go, C++ and AssemblyScript versions: int32 sums wrap (`| 0`), uint32 hashes use Math.imul
// and `>>> 0`, and every float is computed in the same order.

/** @param {Int32Array} xs */
export function Sum(xs) {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s = (s + xs[i]) | 0;
  return s;
}

/** @param {Float64Array} a @param {Float64Array} b */
export function Dot(a, b) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/**
 * @param {number} w @param {number} h @param {number} x0 @param {number} y0 @param {number} step
 * @param {number} maxIter
 */
export function Mandelbrot(w, h, x0, y0, step, maxIter) {
  let total = 0;
  for (let py = 0; py < h; py++) {
    const ci = y0 + py * step;
    for (let px = 0; px < w; px++) {
      const cr = x0 + px * step;
      let zr = 0;
      let zi = 0;
      let n = 0;
      while (n < maxIter) {
        const zr2 = zr * zr;
        const zi2 = zi * zi;
        if (zr2 + zi2 > 4) break;
        zi = 2 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        n++;
      }
      total = (total + n) | 0;
    }
  }
  return total;
}

const DT = 0.01;
const SOFT = 0.01;

class Body {
  /** @param {Float64Array} s @param {number} o */
  constructor(s, o) {
    this.x = s[o];
    this.y = s[o + 1];
    this.z = s[o + 2];
    this.vx = s[o + 3];
    this.vy = s[o + 4];
    this.vz = s[o + 5];
    this.m = s[o + 6];
  }
}

/** @param {Float64Array} state 7 numbers per body @param {number} steps */
export function NBody(state, steps) {
  const n = Math.floor(state.length / 7);
  const bs = new Array(n);
  for (let i = 0; i < n; i++) bs[i] = new Body(state, 7 * i);
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
  let e = 0;
  for (let i = 0; i < n; i++) {
    const bi = bs[i];
    e += 0.5 * bi.m * (bi.vx * bi.vx + bi.vy * bi.vy + bi.vz * bi.vz);
    for (let j = i + 1; j < n; j++) {
      const bj = bs[j];
      const dx = bi.x - bj.x;
      const dy = bi.y - bj.y;
      const dz = bi.z - bj.z;
      e -= (bi.m * bj.m) / Math.sqrt(dx * dx + dy * dy + dz * dz + SOFT);
    }
  }
  return e;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[i] = c;
  }
  return t;
})();

/** @param {Uint8Array} data */
export function CRC32(data) {
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** @param {Int32Array} xs */
function quicksort(xs, lo, hi) {
  // xs[lo, hi) — the same steps as kernels.go's slices, with explicit bounds.
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

/** @param {Int32Array} xs */
export function SortInts(xs) {
  const ys = xs.slice();
  quicksort(ys, 0, ys.length);
  let h = 2166136261 | 0;
  for (let i = 0; i < ys.length; i++) h = Math.imul(h ^ ys[i], 16777619);
  return h >>> 0;
}

/** @param {Int32Array} xs */
export function JoinInts(xs) {
  let s = '';
  for (let i = 0; i < xs.length; i++) {
    if (i > 0) s += ',';
    s += xs[i];
  }
  let h = 2166136261 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h ^ s.length) >>> 0;
}

class Rect {
  /** @param {number} w @param {number} h */
  constructor(w, h) {
    this.w = w;
    this.h = h;
  }
  area() {
    return this.w * this.h;
  }
}
class Circle {
  /** @param {number} r */
  constructor(r) {
    this.r = r;
  }
  area() {
    return 3.141592653589793 * this.r * this.r;
  }
}
class Tri {
  /** @param {number} b @param {number} h */
  constructor(b, h) {
    this.b = b;
    this.h = h;
  }
  area() {
    return 0.5 * this.b * this.h;
  }
}
const SHAPES = [new Rect(2, 3), new Circle(1), new Tri(4, 5)];

/** @param {Uint8Array} kinds each 0, 1 or 2 */
export function Dispatch(kinds) {
  let s = 0;
  for (let i = 0; i < kinds.length; i++) s += SHAPES[kinds[i]].area();
  return s;
}

// "Generic" in JS is just a function that works on any indexable numbers; the int32 sum wraps
// like Go's SumOf[int32].
/** @param {Int32Array} xs */
function sumOfI32(xs) {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s = (s + xs[i]) | 0;
  return s;
}
/** @param {ArrayLike<number>} xs */
function sumOf(xs) {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s;
}

/** @param {Int32Array} xs @param {Float64Array} ys */
export function SumGeneric(xs, ys) {
  return sumOfI32(xs) + sumOf(ys);
}
