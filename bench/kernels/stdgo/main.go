//go:build js && wasm

// The `stdgo` anchor: the benchmark kernels of ../kernels.go (the very same file, copied next to
// this one by ../build.mjs) built by standard Go 1.19 for GOOS=js GOARCH=wasm, called from JS the
// way syscall/js programs are: functions registered with js.Global().Set(…, js.FuncOf(…)), typed
// arrays copied into Go slices with js.CopyBytesToGo over a Uint8Array view of their bytes.
//
// main registers one object, named by os.Args[1] (default "stdgoKernels"), holding
//   - the kernels, with the gomethod module's JS signatures: obj.Sum(int32Array) → number, …
//   - prepare(name, ...args) → id: copies the arguments into Go memory once and keeps them;
//     run(id) runs the kernel on them (no copy); release(id) forgets them;
//   - exit(): unregisters everything and lets main return (the Go instance's run() resolves).
package main

import (
	"os"
	"syscall/js"
	"unsafe"
)

var uint8Array = js.Global().Get("Uint8Array")

// bytesOf copies the bytes of any typed array v into dst, which must be v.byteLength long.
func bytesOf(dst []byte, v js.Value) {
	if len(dst) == 0 {
		return
	}
	js.CopyBytesToGo(dst, uint8Array.New(v.Get("buffer"), v.Get("byteOffset"), v.Get("byteLength")))
}

func int32sOf(v js.Value) []int32 {
	xs := make([]int32, v.Length())
	if len(xs) > 0 {
		bytesOf(unsafe.Slice((*byte)(unsafe.Pointer(&xs[0])), 4*len(xs)), v)
	}
	return xs
}

func float64sOf(v js.Value) []float64 {
	xs := make([]float64, v.Length())
	if len(xs) > 0 {
		bytesOf(unsafe.Slice((*byte)(unsafe.Pointer(&xs[0])), 8*len(xs)), v)
	}
	return xs
}

func uint8sOf(v js.Value) []byte {
	xs := make([]byte, v.Length())
	bytesOf(xs, v)
	return xs
}

// kernels turns JS arguments into Go values (copying arrays) and returns the call to make.
var kernels = map[string]func(args []js.Value) func() any{
	"Sum": func(a []js.Value) func() any {
		xs := int32sOf(a[0])
		return func() any { return Sum(xs) }
	},
	"Dot": func(a []js.Value) func() any {
		x, y := float64sOf(a[0]), float64sOf(a[1])
		return func() any { return Dot(x, y) }
	},
	"Mandelbrot": func(a []js.Value) func() any {
		w, h, x0, y0, step, maxIter := int32(a[0].Int()), int32(a[1].Int()), a[2].Float(), a[3].Float(), a[4].Float(), int32(a[5].Int())
		return func() any { return Mandelbrot(w, h, x0, y0, step, maxIter) }
	},
	"NBody": func(a []js.Value) func() any {
		state, steps := float64sOf(a[0]), int32(a[1].Int())
		return func() any { return NBody(state, steps) }
	},
	"CRC32": func(a []js.Value) func() any {
		data := uint8sOf(a[0])
		return func() any { return CRC32(data) }
	},
	"SortInts": func(a []js.Value) func() any {
		xs := int32sOf(a[0])
		return func() any { return SortInts(xs) }
	},
	"JoinInts": func(a []js.Value) func() any {
		xs := int32sOf(a[0])
		return func() any { return JoinInts(xs) }
	},
	"Dispatch": func(a []js.Value) func() any {
		kinds := uint8sOf(a[0])
		return func() any { return Dispatch(kinds) }
	},
	"SumGeneric": func(a []js.Value) func() any {
		xs, ys := int32sOf(a[0]), float64sOf(a[1])
		return func() any { return SumGeneric(xs, ys) }
	},
}

func main() {
	name := "stdgoKernels"
	if len(os.Args) > 1 {
		name = os.Args[1]
	}
	obj := js.Global().Get("Object").New()
	var funcs []js.Func
	register := func(key string, f func(this js.Value, args []js.Value) any) {
		fn := js.FuncOf(f)
		funcs = append(funcs, fn)
		obj.Set(key, fn)
	}
	for key, k := range kernels {
		k := k
		register(key, func(_ js.Value, args []js.Value) any { return k(args)() })
	}

	prepared := map[int]func() any{}
	nextID := 1
	register("prepare", func(_ js.Value, args []js.Value) any {
		id := nextID
		nextID++
		prepared[id] = kernels[args[0].String()](args[1:])
		return id
	})
	register("run", func(_ js.Value, args []js.Value) any { return prepared[args[0].Int()]() })
	register("release", func(_ js.Value, args []js.Value) any {
		delete(prepared, args[0].Int())
		return nil
	})
	done := make(chan struct{})
	register("exit", func(_ js.Value, _ []js.Value) any {
		close(done)
		return nil
	})
	js.Global().Set(name, obj)
	<-done
	js.Global().Delete(name)
	for _, fn := range funcs {
		fn.Release()
	}
}
