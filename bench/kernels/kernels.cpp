// The benchmark kernels in C++ (the `aot` path: issue #8's native reference, compiled ahead of
// time by Emscripten and bound with embind; there is no Go→C++ translation, these are the
// algorithms of kernels.go written by hand). Built by CMake as the target gomethod_aot
// (dist/aot/kernels.{mjs,wasm}); loaded by web/aot.js (loadAot()).
//
// Two bindings per array kernel, as a careful embind user writes them:
//  - `Sum(xs)` etc. take JS typed arrays as emscripten::val and copy them into a std::vector with
//    convertJSArrayToNumberVector (one TypedArray.prototype.set into the heap): the same JS
//    signatures as the gomethod module's exports.
//  - `SumPtr(ptr, n)` etc. take the address and length of data the caller has already put into the
//    module's heap (Module._malloc + HEAP views): no copy per call. Each typed-array parameter of
//    the first form becomes an (address, length) pair; numbers stay as they are.
// Results are identical to the Go version: int32 sums wrap (computed in uint32), floats are summed
// in the same order (no -ffast-math; wasm has no fused multiply-add).
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace {

using emscripten::val;

template <class T>
std::vector<T> fromJS(const val& typedArray) {
  return emscripten::convertJSArrayToNumberVector<T>(typedArray);
}

template <class T>
const T* at(uintptr_t ptr) {
  return reinterpret_cast<const T*>(ptr);
}

// ---- sum ----------------------------------------------------------------------------------

int32_t sum(const int32_t* xs, size_t n) {
  uint32_t s = 0;  // wraps like Go's int32 (signed overflow is undefined in C++)
  for (size_t i = 0; i < n; ++i) s += static_cast<uint32_t>(xs[i]);
  return static_cast<int32_t>(s);
}

// ---- dot ----------------------------------------------------------------------------------

double dot(const double* a, const double* b, size_t n) {
  double s = 0;
  for (size_t i = 0; i < n; ++i) s += a[i] * b[i];
  return s;
}

// ---- mandelbrot ---------------------------------------------------------------------------

int32_t mandelbrot(int32_t w, int32_t h, double x0, double y0, double step, int32_t maxIter) {
  int32_t total = 0;
  for (int32_t py = 0; py < h; ++py) {
    const double ci = y0 + py * step;
    for (int32_t px = 0; px < w; ++px) {
      const double cr = x0 + px * step;
      double zr = 0, zi = 0;
      int32_t n = 0;
      while (n < maxIter) {
        const double zr2 = zr * zr, zi2 = zi * zi;
        if (zr2 + zi2 > 4) break;
        zi = 2 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        ++n;
      }
      total += n;
    }
  }
  return total;
}

// ---- n-body -------------------------------------------------------------------------------

struct Body {
  double x, y, z, vx, vy, vz, m;
};
constexpr double kDt = 0.01;
constexpr double kSoft = 0.01;

double nbody(const double* state, size_t len, int32_t steps) {
  const size_t n = len / 7;
  std::vector<Body> bs(n);
  for (size_t i = 0; i < n; ++i) {
    const double* s = state + 7 * i;
    bs[i] = Body{s[0], s[1], s[2], s[3], s[4], s[5], s[6]};
  }
  for (int32_t k = 0; k < steps; ++k) {
    for (size_t i = 0; i < n; ++i) {
      Body& bi = bs[i];
      for (size_t j = i + 1; j < n; ++j) {
        Body& bj = bs[j];
        const double dx = bi.x - bj.x, dy = bi.y - bj.y, dz = bi.z - bj.z;
        const double d2 = dx * dx + dy * dy + dz * dz + kSoft;
        const double mag = kDt / (d2 * std::sqrt(d2));
        const double mj = bj.m * mag, mi = bi.m * mag;
        bi.vx -= dx * mj;
        bi.vy -= dy * mj;
        bi.vz -= dz * mj;
        bj.vx += dx * mi;
        bj.vy += dy * mi;
        bj.vz += dz * mi;
      }
    }
    for (Body& b : bs) {
      b.x += kDt * b.vx;
      b.y += kDt * b.vy;
      b.z += kDt * b.vz;
    }
  }
  double e = 0;
  for (size_t i = 0; i < n; ++i) {
    const Body& bi = bs[i];
    e += 0.5 * bi.m * (bi.vx * bi.vx + bi.vy * bi.vy + bi.vz * bi.vz);
    for (size_t j = i + 1; j < n; ++j) {
      const Body& bj = bs[j];
      const double dx = bi.x - bj.x, dy = bi.y - bj.y, dz = bi.z - bj.z;
      e -= bi.m * bj.m / std::sqrt(dx * dx + dy * dy + dz * dz + kSoft);
    }
  }
  return e;
}

// ---- crc32 --------------------------------------------------------------------------------

struct CrcTable {
  uint32_t t[256];
  constexpr CrcTable() : t() {
    for (uint32_t i = 0; i < 256; ++i) {
      uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
      t[i] = c;
    }
  }
};
constexpr CrcTable kCrc;

uint32_t crc32(const uint8_t* data, size_t n) {
  uint32_t crc = ~0u;
  for (size_t i = 0; i < n; ++i) crc = kCrc.t[static_cast<uint8_t>(crc) ^ data[i]] ^ (crc >> 8);
  return ~crc;
}

// ---- sort ---------------------------------------------------------------------------------

// The same quicksort as kernels.go (Hoare partition around the middle element, recursion into the
// smaller side, insertion sort for 12 or fewer), on [lo, hi).
void quicksort(int32_t* lo, int32_t* hi) {
  while (hi - lo > 12) {
    const int32_t p = lo[(hi - lo) / 2];
    ptrdiff_t i = 0, j = hi - lo - 1;
    while (i <= j) {
      while (lo[i] < p) ++i;
      while (lo[j] > p) --j;
      if (i <= j) {
        const int32_t t = lo[i];
        lo[i] = lo[j];
        lo[j] = t;
        ++i;
        --j;
      }
    }
    if (j < (hi - lo) - 1 - i) {
      quicksort(lo, lo + j + 1);
      lo += i;
    } else {
      quicksort(lo + i, hi);
      hi = lo + j + 1;
    }
  }
  for (int32_t* i = lo + 1; i < hi; ++i) {
    for (int32_t* k = i; k > lo && k[0] < k[-1]; --k) {
      const int32_t t = k[0];
      k[0] = k[-1];
      k[-1] = t;
    }
  }
}

uint32_t hashInts(const int32_t* xs, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; ++i) h = (h ^ static_cast<uint32_t>(xs[i])) * 16777619u;
  return h;
}

uint32_t sortInts(std::vector<int32_t>& ys) {  // sorts ys, a copy of the input
  quicksort(ys.data(), ys.data() + ys.size());
  return hashInts(ys.data(), ys.size());
}

// ---- strings ------------------------------------------------------------------------------

uint32_t joinInts(const int32_t* xs, size_t n) {
  std::string s;
  char buf[16];
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) s += ',';
    const auto r = std::to_chars(buf, buf + sizeof buf, xs[i]);
    s.append(buf, r.ptr);
  }
  uint32_t h = 2166136261u;
  for (const char c : s) h = (h ^ static_cast<uint8_t>(c)) * 16777619u;
  return h ^ static_cast<uint32_t>(s.size());
}

// ---- dispatch -----------------------------------------------------------------------------

struct Shape {
  virtual ~Shape() = default;
  virtual double area() const = 0;
};
struct Rect final : Shape {
  double w, h;
  Rect(double w, double h) : w(w), h(h) {}
  double area() const override { return w * h; }
};
struct Circle final : Shape {
  double r;
  explicit Circle(double r) : r(r) {}
  double area() const override { return 3.141592653589793 * r * r; }
};
struct Tri final : Shape {
  double b, h;
  Tri(double b, double h) : b(b), h(h) {}
  double area() const override { return 0.5 * b * h; }
};

const Shape* const* shapes() {
  static const std::unique_ptr<const Shape> owned[] = {
      std::make_unique<Rect>(2, 3), std::make_unique<Circle>(1), std::make_unique<Tri>(4, 5)};
  static const Shape* const table[] = {owned[0].get(), owned[1].get(), owned[2].get()};
  return table;
}

double dispatch(const uint8_t* kinds, size_t n) {
  const Shape* const* table = shapes();
  double s = 0;
  for (size_t i = 0; i < n; ++i) s += table[kinds[i]]->area();
  return s;
}

// ---- generic ------------------------------------------------------------------------------

template <class T>
T sumOf(const T* xs, size_t n) {
  T s = 0;
  for (size_t i = 0; i < n; ++i) s += xs[i];
  return s;
}
template <>
int32_t sumOf<int32_t>(const int32_t* xs, size_t n) {
  return sum(xs, n);  // int32 wraps, as in Go
}

double sumGeneric(const int32_t* xs, size_t nx, const double* ys, size_t ny) {
  return static_cast<double>(sumOf(xs, nx)) + sumOf(ys, ny);
}

// ---- the JS-facing functions --------------------------------------------------------------

int32_t Sum(const val& xs) {
  const auto v = fromJS<int32_t>(xs);
  return sum(v.data(), v.size());
}
double Dot(const val& a, const val& b) {
  const auto va = fromJS<double>(a);
  const auto vb = fromJS<double>(b);
  return dot(va.data(), vb.data(), va.size() < vb.size() ? va.size() : vb.size());
}
double NBody(const val& state, int32_t steps) {
  const auto v = fromJS<double>(state);
  return nbody(v.data(), v.size(), steps);
}
uint32_t CRC32(const val& data) {
  const auto v = fromJS<uint8_t>(data);
  return crc32(v.data(), v.size());
}
uint32_t SortInts(const val& xs) {
  auto v = fromJS<int32_t>(xs);  // the copy that is sorted
  return sortInts(v);
}
uint32_t JoinInts(const val& xs) {
  const auto v = fromJS<int32_t>(xs);
  return joinInts(v.data(), v.size());
}
double Dispatch(const val& kinds) {
  const auto v = fromJS<uint8_t>(kinds);
  return dispatch(v.data(), v.size());
}
double SumGeneric(const val& xs, const val& ys) {
  const auto vx = fromJS<int32_t>(xs);
  const auto vy = fromJS<double>(ys);
  return sumGeneric(vx.data(), vx.size(), vy.data(), vy.size());
}

int32_t SumPtr(uintptr_t xs, int32_t n) { return sum(at<int32_t>(xs), n); }
double DotPtr(uintptr_t a, int32_t na, uintptr_t b, int32_t nb) {
  return dot(at<double>(a), at<double>(b), na < nb ? na : nb);
}
double NBodyPtr(uintptr_t state, int32_t len, int32_t steps) { return nbody(at<double>(state), len, steps); }
uint32_t CRC32Ptr(uintptr_t data, int32_t n) { return crc32(at<uint8_t>(data), n); }
uint32_t SortIntsPtr(uintptr_t xs, int32_t n) {
  std::vector<int32_t> v(at<int32_t>(xs), at<int32_t>(xs) + n);
  return sortInts(v);
}
uint32_t JoinIntsPtr(uintptr_t xs, int32_t n) { return joinInts(at<int32_t>(xs), n); }
double DispatchPtr(uintptr_t kinds, int32_t n) { return dispatch(at<uint8_t>(kinds), n); }
double SumGenericPtr(uintptr_t xs, int32_t nx, uintptr_t ys, int32_t ny) {
  return sumGeneric(at<int32_t>(xs), nx, at<double>(ys), ny);
}

}  // namespace

EMSCRIPTEN_BINDINGS(gomethod_aot_kernels) {
  using emscripten::function;
  function("Sum", &Sum);
  function("Dot", &Dot);
  function("Mandelbrot", &mandelbrot);
  function("NBody", &NBody);
  function("CRC32", &CRC32);
  function("SortInts", &SortInts);
  function("JoinInts", &JoinInts);
  function("Dispatch", &Dispatch);
  function("SumGeneric", &SumGeneric);

  function("SumPtr", &SumPtr);
  function("DotPtr", &DotPtr);
  function("NBodyPtr", &NBodyPtr);
  function("CRC32Ptr", &CRC32Ptr);
  function("SortIntsPtr", &SortIntsPtr);
  function("JoinIntsPtr", &JoinIntsPtr);
  function("DispatchPtr", &DispatchPtr);
  function("SumGenericPtr", &SumGenericPtr);
}
