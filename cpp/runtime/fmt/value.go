package fmt

import (
	"internal/rtype"
	"unsafe"
)

// value is this package's reflect.Value: a value of type t at address p. The zero value is
// invalid (reflect's Value{}).
type value struct {
	t *rtype.Type
	p unsafe.Pointer
	// ro: reached through an unexported struct field, so its methods must not be called
	// (reflect's CanInterface is false): roSticky or roEmbed, as reflect's flags.
	ro uint8
}

// The read-only flags of a value, as reflect's flagStickyRO and flagEmbedRO: an unexported
// embedded field is read-only itself, but its exported fields are not.
const (
	roSticky = 1
	roEmbed  = 2
)

// sticky returns the flags of a value derived from one with flags ro (an element, a map entry,
// what an interface holds): either read-only flag makes the derived value read-only.
func sticky(ro uint8) uint8 {
	if ro != 0 {
		return roSticky
	}
	return 0
}

// valueOf returns the value x holds (invalid for a nil interface).
func valueOf(x any) value {
	t, p := rtype.ValueOf(x)
	return value{t: t, p: p}
}

// typeString returns the name of x's dynamic type as %T prints it.
func typeString(x any) string {
	if t := rtype.TypeOf(x); t != nil {
		return t.Name
	}
	return nilAngleString
}

func (v value) isValid() bool { return v.t != nil }

func (v value) kind() uint32 {
	if v.t == nil {
		return rtype.Invalid
	}
	return v.t.Kind
}

func (v value) typeName() string { return v.t.Name }

// canInterface reports whether v's methods may be called through iface.
func (v value) canInterface() bool { return v.t != nil && v.ro == 0 }

// mayHaveMethods reports whether v's type can have methods (Stringer, error, …): defined types,
// pointers to them, and unnamed structs that embed fields.
func (v value) mayHaveMethods() bool {
	switch v.t.Kind {
	case rtype.Struct, rtype.Pointer, rtype.Interface:
		return true
	}
	return v.t.Flags&rtype.Named != 0
}

// iface returns v as an interface value (for an interface-kind v, the interface it holds),
// without copying the value: the interface must only be read. (rtype.Interface does the same,
// but its name is also that of the kind constant rtype.Interface, so it cannot be called.)
func (v value) iface() any {
	if v.t.Kind == rtype.Interface {
		return *(*any)(v.p)
	}
	var x any
	w := (*[2]uintptr)(unsafe.Pointer(&x))
	w[0] = uintptr(v.t.Code)
	if v.t.Flags&rtype.Direct != 0 {
		w[1] = *(*uintptr)(v.p)
	} else {
		w[1] = uintptr(v.p)
	}
	return x
}

func (v value) boolean() bool { return *(*bool)(v.p) }

func (v value) int() int64 {
	switch v.t.Kind {
	case rtype.Int8:
		return int64(*(*int8)(v.p))
	case rtype.Int16:
		return int64(*(*int16)(v.p))
	case rtype.Int32:
		return int64(*(*int32)(v.p))
	case rtype.Int64:
		return *(*int64)(v.p)
	}
	return int64(*(*int)(v.p))
}

func (v value) uint() uint64 {
	switch v.t.Kind {
	case rtype.Uint8:
		return uint64(*(*uint8)(v.p))
	case rtype.Uint16:
		return uint64(*(*uint16)(v.p))
	case rtype.Uint32:
		return uint64(*(*uint32)(v.p))
	case rtype.Uint64:
		return *(*uint64)(v.p)
	case rtype.Uintptr:
		return uint64(*(*uintptr)(v.p))
	}
	return uint64(*(*uint)(v.p))
}

func (v value) float() float64 {
	if v.t.Kind == rtype.Float32 {
		return float64(*(*float32)(v.p))
	}
	return *(*float64)(v.p)
}

func (v value) str() string { return *(*string)(v.p) }

// pointer returns the machine word of a pointer-like value (for a slice, its array).
func (v value) pointer() uintptr {
	// A slice header starts with the address of its array.
	return *(*uintptr)(v.p)
}

// isNil reports whether a pointer-like, slice or interface value is nil.
func (v value) isNil() bool {
	switch v.t.Kind {
	case rtype.Slice:
		return *(*[]byte)(v.p) == nil
	case rtype.Interface:
		return *(*any)(v.p) == nil
	}
	return *(*unsafe.Pointer)(v.p) == nil
}

// len returns the length of an array, slice, string or map.
func (v value) len() int {
	switch v.t.Kind {
	case rtype.Array:
		return int(v.t.Len)
	case rtype.Slice:
		return len(*(*[]byte)(v.p))
	case rtype.String:
		return len(*(*string)(v.p))
	case rtype.Map:
		m := *(*unsafe.Pointer)(v.p)
		if m == nil {
			return 0
		}
		return rtype.MapLen(m)
	}
	return 0
}

// index returns element i of an array or slice.
func (v value) index(i int) value {
	base := v.p
	if v.t.Kind == rtype.Slice {
		base = *(*unsafe.Pointer)(v.p) // the slice's array
	}
	e := v.t.Elem
	return value{e, unsafe.Add(base, uintptr(i)*uintptr(e.Size)), sticky(v.ro)}
}

// numField returns the number of fields of a struct.
func (v value) numField() int { return int(v.t.NFields) }

// field returns field i of a struct.
func (v value) field(i int) value {
	f := v.t.Field(i)
	ro := v.ro & roSticky
	if f.Exported == 0 {
		if f.Embedded != 0 {
			ro |= roEmbed
		} else {
			ro |= roSticky
		}
	}
	return value{f.Type, unsafe.Add(v.p, uintptr(f.Offset)), ro}
}

// fieldName returns the name of field i of a struct ("" for none).
func (v value) fieldName(i int) string { return v.t.Field(i).Name }

// elem returns what a pointer points to or what an interface holds (invalid for nil).
func (v value) elem() value {
	switch v.t.Kind {
	case rtype.Pointer:
		p := *(*unsafe.Pointer)(v.p)
		if p == nil {
			return value{}
		}
		return value{v.t.Elem, p, v.ro}
	case rtype.Interface:
		e := valueOf(*(*any)(v.p))
		e.ro = sticky(v.ro)
		return e
	}
	return value{}
}

// bytes returns the bytes of a byte slice, or a copy of those of a byte array.
func (v value) bytes() []byte {
	if v.t.Kind == rtype.Slice {
		return *(*[]byte)(v.p)
	}
	b := make([]byte, v.t.Len)
	copy(b, unsafe.Slice((*byte)(v.p), v.t.Len))
	return b
}
