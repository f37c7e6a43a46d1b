package js

import "unsafe"

// The host's side of the bridge (web/jsbridge.js). Handles are int32; a call that throws returns
// the negated handle of the exception.

//go:wasmimport gomethod.js get
func get(v int32, p unsafe.Pointer, n int32) int32

//go:wasmimport gomethod.js set
func set(v int32, p unsafe.Pointer, n int32, x int32)

//go:wasmimport gomethod.js delete
func deleteProperty(v int32, p unsafe.Pointer, n int32)

//go:wasmimport gomethod.js index
func index(v int32, i int32) int32

//go:wasmimport gomethod.js setIndex
func setIndex(v int32, i int32, x int32)

//go:wasmimport gomethod.js length
func length(v int32) int32

//go:wasmimport gomethod.js call
func call(v int32, p unsafe.Pointer, n int32, args unsafe.Pointer, argc int32) int32

//go:wasmimport gomethod.js invoke
func invoke(v int32, args unsafe.Pointer, argc int32) int32

//go:wasmimport gomethod.js new
func construct(v int32, args unsafe.Pointer, argc int32) int32

//go:wasmimport gomethod.js float
func toFloat(v int32) float64

//go:wasmimport gomethod.js fromFloat
func fromFloat(f float64) int32

//go:wasmimport gomethod.js fromString
func fromString(p unsafe.Pointer, n int32) int32

//go:wasmimport gomethod.js stringLength
func stringLength(v int32) int32

//go:wasmimport gomethod.js stringCopy
func stringCopy(p unsafe.Pointer, n int32)

//go:wasmimport gomethod.js truthy
func truthy(v int32) bool

//go:wasmimport gomethod.js type
func typeOf(v int32) int32

//go:wasmimport gomethod.js equal
func equal(a, b int32) bool

//go:wasmimport gomethod.js instanceOf
func instanceOf(v, t int32) bool

//go:wasmimport gomethod.js release
func release(v int32)

//go:wasmimport gomethod.js makeFunc
func makeFunc(id int32) int32

//go:wasmimport gomethod.js array
func newArray(n int32) int32

//go:wasmimport gomethod.js object
func newObject() int32

//go:wasmimport gomethod.js callbackArg
func callbackArg(i int32) int32

//go:wasmimport gomethod.js copyBytesToGo
func copyBytesToGo(dst unsafe.Pointer, n int32, src int32) int32

//go:wasmimport gomethod.js copyBytesToJS
func copyBytesToJS(dst int32, src unsafe.Pointer, n int32) int32

// The runtime's string bytes, weak handles and callback table (runtime/weak.go).
func stringData(s string) unsafe.Pointer

func weakRegister(obj unsafe.Pointer, handle uint32)
func weakDead() (p unsafe.Pointer, n int32)
func weakDeadCount() int32
func jsRegisterFunc(f func(this, argc int32) int32) int32
func jsReleaseFunc(id int32)
