// Package js gives Go code access to the JavaScript host when a module is compiled for the js
// target: the API of Go's own syscall/js (the parts listed in docs/go-subset.md). A Value is a
// handle into the host's table of JS values; the host drops its entry once the collector finds
// the Value unreachable.
package js

import "unsafe"

// The handles the host has from the start.
const (
	refUndefined = 0
	refNull      = 1
	refTrue      = 2
	refFalse     = 3
	refGlobal    = 4
	refFirstFree = 5
)

// ref is the heap object a Value's handle lives and dies with.
type ref struct {
	id int32
}

var predefined = [refFirstFree]ref{{refUndefined}, {refNull}, {refTrue}, {refFalse}, {refGlobal}}

// Value represents a JavaScript value. The zero Value is undefined.
type Value struct {
	r *ref
}

func makeValue(id int32) Value {
	if id < refFirstFree {
		return Value{&predefined[id]}
	}
	releaseDead()
	r := &ref{id}
	weakRegister(unsafe.Pointer(r), uint32(id))
	return Value{r}
}

func (v Value) ref() int32 {
	if v.r == nil {
		return refUndefined
	}
	return v.r.id
}

// releaseDead tells the host which handles died in the last collections.
func releaseDead() {
	if weakDeadCount() == 0 {
		return
	}
	p, n := weakDead()
	for i := int32(0); i < n; i++ {
		release(*(*int32)(unsafe.Add(p, 4*int(i))))
	}
}

// Error wraps a JavaScript error thrown by a call.
type Error struct {
	Value
}

// Error implements the error interface.
func (e Error) Error() string {
	return "JavaScript error: " + e.Get("message").String()
}

// A ValueError occurs when a Value method is invoked on a Value that does not support it.
type ValueError struct {
	Method string
	Type   Type
}

func (e *ValueError) Error() string {
	return "syscall/js: call of " + e.Method + " on " + e.Type.String()
}

// Type represents the JavaScript type of a Value.
type Type int

const (
	TypeUndefined Type = iota
	TypeNull
	TypeBoolean
	TypeNumber
	TypeString
	TypeSymbol
	TypeObject
	TypeFunction
)

func (t Type) String() string {
	switch t {
	case TypeUndefined:
		return "undefined"
	case TypeNull:
		return "null"
	case TypeBoolean:
		return "boolean"
	case TypeNumber:
		return "number"
	case TypeString:
		return "string"
	case TypeSymbol:
		return "symbol"
	case TypeObject:
		return "object"
	case TypeFunction:
		return "function"
	}
	panic("bad type")
}

func (t Type) isObject() bool { return t == TypeObject || t == TypeFunction }

// Undefined returns the JavaScript value "undefined".
func Undefined() Value { return Value{&predefined[refUndefined]} }

// Null returns the JavaScript value "null".
func Null() Value { return Value{&predefined[refNull]} }

// Global returns the JavaScript global object (the one the host chose: globalThis by default).
func Global() Value { return Value{&predefined[refGlobal]} }

// ValueOf returns x as a JavaScript value: Value and Func as themselves, nil as null, bools,
// integers and floats as numbers, strings as strings, []any as arrays and map[string]any as
// objects. Any other type panics.
func ValueOf(x any) Value {
	switch x := x.(type) {
	case Value:
		return x
	case Func:
		return x.Value
	case nil:
		return Null()
	case bool:
		if x {
			return makeValue(refTrue)
		}
		return makeValue(refFalse)
	case int:
		return floatValue(float64(x))
	case int8:
		return floatValue(float64(x))
	case int16:
		return floatValue(float64(x))
	case int32:
		return floatValue(float64(x))
	case int64:
		return floatValue(float64(x))
	case uint:
		return floatValue(float64(x))
	case uint8:
		return floatValue(float64(x))
	case uint16:
		return floatValue(float64(x))
	case uint32:
		return floatValue(float64(x))
	case uint64:
		return floatValue(float64(x))
	case uintptr:
		return floatValue(float64(x))
	case float32:
		return floatValue(float64(x))
	case float64:
		return floatValue(x)
	case string:
		return makeValue(fromString(stringData(x), int32(len(x))))
	case []any:
		a := makeValue(newArray(int32(len(x))))
		for i, e := range x {
			a.SetIndex(i, e)
		}
		return a
	case map[string]any:
		o := makeValue(newObject())
		for k, e := range x {
			o.Set(k, e)
		}
		return o
	}
	panic("ValueOf: invalid value")
}

func floatValue(f float64) Value { return makeValue(fromFloat(f)) }

// Equal reports whether v and w are equal according to JavaScript's === operator.
func (v Value) Equal(w Value) bool { return equal(v.ref(), w.ref()) }

// IsUndefined reports whether v is the JavaScript value "undefined".
func (v Value) IsUndefined() bool { return v.ref() == refUndefined }

// IsNull reports whether v is the JavaScript value "null".
func (v Value) IsNull() bool { return v.ref() == refNull }

// IsNaN reports whether v is the JavaScript value "NaN".
func (v Value) IsNaN() bool {
	f := v.Float()
	return f != f
}

// Type returns the JavaScript type of the value v (typeof, except that null is TypeNull).
func (v Value) Type() Type { return Type(typeOf(v.ref())) }

// Get returns the JavaScript property p of value v (v[p]).
func (v Value) Get(p string) Value {
	if t := v.Type(); !t.isObject() {
		panic(&ValueError{"Value.Get", t})
	}
	return makeValue(get(v.ref(), stringData(p), int32(len(p))))
}

// Set sets the JavaScript property p of value v to ValueOf(x).
func (v Value) Set(p string, x any) {
	if t := v.Type(); !t.isObject() {
		panic(&ValueError{"Value.Set", t})
	}
	set(v.ref(), stringData(p), int32(len(p)), ValueOf(x).ref())
}

// Delete deletes the JavaScript property p of value v.
func (v Value) Delete(p string) {
	if t := v.Type(); !t.isObject() {
		panic(&ValueError{"Value.Delete", t})
	}
	deleteProperty(v.ref(), stringData(p), int32(len(p)))
}

// Index returns JavaScript index i of value v (v[i]).
func (v Value) Index(i int) Value {
	if t := v.Type(); !t.isObject() {
		panic(&ValueError{"Value.Index", t})
	}
	return makeValue(index(v.ref(), int32(i)))
}

// SetIndex sets the JavaScript index i of value v to ValueOf(x).
func (v Value) SetIndex(i int, x any) {
	if t := v.Type(); !t.isObject() {
		panic(&ValueError{"Value.SetIndex", t})
	}
	setIndex(v.ref(), int32(i), ValueOf(x).ref())
}

// Length returns the JavaScript property "length" of v.
func (v Value) Length() int {
	if t := v.Type(); !t.isObject() {
		panic(&ValueError{"Value.Length", t})
	}
	return int(length(v.ref()))
}

// argRefs stores the handles of args where the host reads them (a call's argument list). vals
// keeps each argument's handle alive while the later ones are made (making one may collect, and
// release the handles of unreachable Values); the host turns the handles into values as the call
// starts, before Go can allocate again, so nothing needs to outlive this.
func argRefs(args []any) (unsafe.Pointer, int32) {
	if len(args) == 0 {
		return nil, 0
	}
	refs := make([]int32, len(args))
	vals := make([]Value, len(args))
	for i, a := range args {
		vals[i] = ValueOf(a)
		refs[i] = vals[i].ref()
	}
	return unsafe.Pointer(&refs[0]), int32(len(refs))
}

// result turns a call's outcome into a Value, or panics with the JavaScript exception.
func result(r int32) Value {
	if r < 0 {
		panic(Error{makeValue(-r)})
	}
	return makeValue(r)
}

// Call does a JavaScript call to the method m of value v with the given arguments (ValueOf
// each). It panics if v has no method m, and with an Error if the call throws.
func (v Value) Call(m string, args ...any) Value {
	if t := v.Type(); !t.isObject() {
		panic(&ValueError{"Value.Call", t})
	}
	p, n := argRefs(args)
	r := call(v.ref(), stringData(m), int32(len(m)), p, n)
	if r == callNotAFunction {
		panic("syscall/js: Value.Call: property " + m + " is not a function, got " + v.Get(m).Type().String())
	}
	return result(r)
}

// Invoke does a JavaScript call of the value v with the given arguments.
func (v Value) Invoke(args ...any) Value {
	if t := v.Type(); t != TypeFunction {
		panic(&ValueError{"Value.Invoke", t})
	}
	p, n := argRefs(args)
	return result(invoke(v.ref(), p, n))
}

// New uses JavaScript's "new" operator with value v as constructor and the given arguments.
func (v Value) New(args ...any) Value {
	if t := v.Type(); t != TypeFunction {
		panic(&ValueError{"Value.New", t})
	}
	p, n := argRefs(args)
	return result(construct(v.ref(), p, n))
}

// Float returns the value v as a float64. It panics if v is not a JavaScript number.
func (v Value) Float() float64 {
	if t := v.Type(); t != TypeNumber {
		panic(&ValueError{"Value.Float", t})
	}
	return toFloat(v.ref())
}

// Int returns the value v truncated to an int. It panics if v is not a JavaScript number.
func (v Value) Int() int {
	if t := v.Type(); t != TypeNumber {
		panic(&ValueError{"Value.Int", t})
	}
	return int(toFloat(v.ref()))
}

// Bool returns the value v as a bool. It panics if v is not a JavaScript boolean.
func (v Value) Bool() bool {
	switch v.ref() {
	case refTrue:
		return true
	case refFalse:
		return false
	}
	if t := v.Type(); t != TypeBoolean {
		panic(&ValueError{"Value.Bool", t})
	}
	return truthy(v.ref())
}

// Truthy returns the JavaScript "truthiness" of the value v.
func (v Value) Truthy() bool { return truthy(v.ref()) }

// String returns the value v as a string. Unlike the other getters it does not panic: for
// values that are not strings it returns "<T>" or "<T: V>", as Go's syscall/js does.
func (v Value) String() string {
	switch t := v.Type(); t {
	case TypeString:
		return jsString(v.ref())
	case TypeUndefined:
		return "<undefined>"
	case TypeNull:
		return "<null>"
	case TypeBoolean, TypeNumber:
		return "<" + t.String() + ": " + jsString(v.ref()) + ">"
	default:
		return "<" + t.String() + ">"
	}
}

func jsString(r int32) string {
	n := stringLength(r)
	if n == 0 {
		return ""
	}
	b := make([]byte, n)
	stringCopy(unsafe.Pointer(&b[0]), n)
	return string(b)
}

// InstanceOf reports whether v is an instance of type t according to JavaScript's instanceof.
func (v Value) InstanceOf(t Value) bool { return instanceOf(v.ref(), t.ref()) }

// Func is a wrapped Go function to be called by JavaScript.
type Func struct {
	Value // the JavaScript function that invokes the Go function
	id    int32
}

// FuncOf returns a function to be used by JavaScript. When JavaScript calls it, fn runs with
// `this` and the arguments as Values, and its result goes back through ValueOf. Call Release
// when the function is no longer needed.
func FuncOf(fn func(this Value, args []Value) any) Func {
	id := jsRegisterFunc(func(this, argc int32) int32 {
		args := make([]Value, argc)
		for i := range args {
			args[i] = makeValue(callbackArg(int32(i)))
		}
		return ValueOf(fn(makeValue(this), args)).ref()
	})
	return Func{makeValue(makeFunc(id)), id}
}

// Release frees up resources allocated for the function. The function must not be invoked
// after calling Release (it panics). The JS function itself is released like any Value's handle,
// once the collector frees the Values holding it.
func (c Func) Release() { jsReleaseFunc(c.id) }

// CopyBytesToGo copies bytes from src (a Uint8Array or Uint8ClampedArray) to dst and returns
// the number copied: the smaller of their lengths.
func CopyBytesToGo(dst []byte, src Value) int {
	n := copyBytesToGo(bytesData(dst), int32(len(dst)), src.ref())
	if n < 0 {
		panic("syscall/js: CopyBytesToGo: expected src to be a Uint8Array or Uint8ClampedArray")
	}
	return int(n)
}

// CopyBytesToJS copies bytes from src to dst (a Uint8Array or Uint8ClampedArray) and returns
// the number copied: the smaller of their lengths.
func CopyBytesToJS(dst Value, src []byte) int {
	n := copyBytesToJS(dst.ref(), bytesData(src), int32(len(src)))
	if n < 0 {
		panic("syscall/js: CopyBytesToJS: expected dst to be a Uint8Array or Uint8ClampedArray")
	}
	return int(n)
}

func bytesData(b []byte) unsafe.Pointer {
	if len(b) == 0 {
		return nil
	}
	return unsafe.Pointer(&b[0])
}

// callNotAFunction is call's answer when the property is not a function.
const callNotAFunction = -0x7fffffff
