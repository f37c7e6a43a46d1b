// Package rtype is the run-time type information library packages read (fmt prints values of any
// type, sort.Slice swaps elements of any slice): a descriptor per dynamic type, written by the
// compiler as static data (cpp/lower/typedesc.cpp), and reached from an interface value's type
// code. It is a small, read-only subset of what Go's reflect offers.
package rtype

import "unsafe"

// Kinds, numbered as reflect.Kind.
const (
	Invalid = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Flags of a Type.
const (
	// Direct: an interface holding a value of this type keeps the value itself in its data word
	// (pointers, maps, channels, functions, unsafe.Pointer); for every other type the data word
	// is the address of the value.
	Direct = 1
	// Named: a defined type (type T …), as opposed to a type literal.
	Named = 2
)

// Type describes one Go type. The layout is fixed by the compiler.
type Type struct {
	Kind    uint32
	Flags   uint32
	Size    uint32 // bytes in linear memory
	Code    uint32 // the type code interface values of this type carry
	Name    string // the name %T prints: "main.T", "[]int", "map[string]*main.T"
	Elem    *Type  // Array, Chan, Map (the element), Pointer, Slice
	Key     *Type  // Map
	Len     int32  // Array
	Fields  *Field // Struct: the first of NFields consecutive fields
	NFields int32
}

// Field is one field of a struct type.
type Field struct {
	Name     string
	Type     *Type
	Offset   uint32
	Embedded uint32 // 1 for an embedded field
	Exported uint32 // 1 when the name is exported
}

// Field returns the i'th field of struct type t.
func (t *Type) Field(i int) *Field {
	return (*Field)(unsafe.Pointer(uintptr(unsafe.Pointer(t.Fields)) + uintptr(i)*unsafe.Sizeof(Field{})))
}

// byCode returns the descriptor of the type with the given code (an intrinsic: a load from the
// compiler's table of descriptors, indexed by code).
func byCode(code uint32) *Type

// words returns the two words of an interface value: the type code (0 for nil) and the data.
func words(x any) (uint32, unsafe.Pointer) {
	w := (*[2]uintptr)(unsafe.Pointer(&x))
	return uint32(w[0]), unsafe.Pointer(w[1])
}

// TypeOf returns the descriptor of x's dynamic type, nil for a nil interface.
func TypeOf(x any) *Type {
	code, _ := words(x)
	if code == 0 {
		return nil
	}
	return byCode(code)
}

// ValueOf returns x's dynamic type and the address of its value (for Direct types, the address
// of a copy of the data word, so that every kind is read the same way).
func ValueOf(x any) (*Type, unsafe.Pointer) {
	code, data := words(x)
	if code == 0 {
		return nil, nil
	}
	t := byCode(code)
	if t.Flags&Direct != 0 {
		p := new(unsafe.Pointer)
		*p = data
		return t, unsafe.Pointer(p)
	}
	return t, data
}

// Any returns the value of type t at address p as an interface value, without copying it (the
// interface must only be read). For an interface type it returns the interface stored at p.
func Any(t *Type, p unsafe.Pointer) any {
	var x any
	w := (*[2]uintptr)(unsafe.Pointer(&x))
	if t.Kind == Interface {
		return *(*any)(p)
	}
	w[0] = uintptr(t.Code)
	if t.Flags&Direct != 0 {
		w[1] = *(*uintptr)(p)
	} else {
		w[1] = uintptr(p)
	}
	return x
}

// MapLen returns the number of entries of the map whose header pointer is m.
func MapLen(m unsafe.Pointer) int { return maplen(m) }

// MapNext walks a map in insertion order: the first live entry at index i or after, as the
// addresses of its key and element and the index to continue from; key is nil after the last.
func MapNext(m unsafe.Pointer, i int) (next int, key, elem unsafe.Pointer) { return mapiterAt(m, i) }

// Runtime functions (declared without a body: the compiler calls the runtime's).
func maplen(m unsafe.Pointer) int
func mapiterAt(m unsafe.Pointer, i int) (int, unsafe.Pointer, unsafe.Pointer)

var kindNames = []string{
	Invalid: "invalid", Bool: "bool", Int: "int", Int8: "int8", Int16: "int16", Int32: "int32",
	Int64: "int64", Uint: "uint", Uint8: "uint8", Uint16: "uint16", Uint32: "uint32",
	Uint64: "uint64", Uintptr: "uintptr", Float32: "float32", Float64: "float64",
	Complex64: "complex64", Complex128: "complex128", Array: "array", Chan: "chan", Func: "func",
	Interface: "interface", Map: "map", Pointer: "ptr", Slice: "slice", String: "string",
	Struct: "struct", UnsafePointer: "unsafe.Pointer",
}

// KindName is reflect.Kind's String.
func KindName(k uint32) string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + itoa(int(k))
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return string(b[i:])
}

// ValueError is reflect.ValueError: a method called on a value of the wrong kind, with Go's
// message ("reflect: call of Swapper on int Value").
type ValueError struct {
	Method string
	Kind   string
}

func (e *ValueError) Error() string {
	if e.Kind == "invalid" {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind + " Value"
}
