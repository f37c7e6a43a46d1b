// The C++ anchor for bench/methods.bench.js: the same interface-dispatch loop and generic Sum as
// the Go and JS versions, compiled by emcc -O2 (a standalone module with no imports).
#include <cstdint>
#include <cstdlib>

namespace {

struct Shape {
  virtual ~Shape() = default;
  virtual double area() const = 0;
};
struct Rect : Shape {
  double w, h;
  Rect(double w, double h) : w(w), h(h) {}
  double area() const override { return w * h; }
};
struct Circle : Shape {
  double r;
  explicit Circle(double r) : r(r) {}
  double area() const override { return 3.141592653589793 * r * r; }
};
struct Tri : Shape {
  double b, h;
  Tri(double b, double h) : b(b), h(h) {}
  double area() const override { return 0.5 * b * h; }
};

template <class T>
T sum(const T* xs, int32_t n) {
  T s = 0;
  for (int32_t i = 0; i < n; ++i) s += xs[i];
  return s;
}

}  // namespace

extern "C" {

// Three shapes created once (like the Go version's slice), dispatched n times.
__attribute__((export_name("dispatch"))) double dispatch(int32_t n) {
  static Rect rect(2, 3);
  static Circle circle(1);
  static Tri tri(4, 5);
  static Shape* shapes[] = {&rect, &circle, &tri};
  double s = 0;
  for (int32_t i = 0; i < n; ++i) s += shapes[i % 3]->area();
  return s;
}

__attribute__((export_name("sum_i32"))) int32_t sum_i32(const int32_t* xs, int32_t n) {
  return sum(xs, n);
}

__attribute__((export_name("sum_f64"))) double sum_f64(const double* xs, int32_t n) {
  return sum(xs, n);
}

__attribute__((export_name("alloc"))) void* alloc(int32_t n) { return std::malloc(n); }
}
