// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package fmt

import "internal/rtype"

// getField gets the i'th field of the struct value.
// If the field is itself is an interface, return a value for
// the thing inside the interface, not the interface itself.
func getField(v value, i int) value {
	val := v.field(i)
	if val.kind() == rtype.Interface && !val.isNil() {
		val = val.elem()
	}
	return val
}

// printValue is similar to printArg but starts with a value from a type descriptor, not an
// interface{} value. It does not handle 'p' and 'T' verbs because these should have been
// already handled by printArg.
func (p *pp) printValue(value value, verb rune, depth int) {
	// Handle values with special methods if not already handled by printArg (depth == 0).
	if depth > 0 && value.canInterface() && value.mayHaveMethods() {
		p.arg = value.iface()
		if p.handleMethods(verb) {
			return
		}
	}
	p.arg = nil
	p.value = value

	switch f := value; value.kind() {
	case rtype.Invalid:
		if depth == 0 {
			p.buf.writeString(invReflectString)
		} else {
			switch verb {
			case 'v':
				p.buf.writeString(nilAngleString)
			default:
				p.badVerb(verb)
			}
		}
	case rtype.Bool:
		p.fmtBool(f.boolean(), verb)
	case rtype.Int, rtype.Int8, rtype.Int16, rtype.Int32, rtype.Int64:
		p.fmtInteger(uint64(f.int()), signed, verb)
	case rtype.Uint, rtype.Uint8, rtype.Uint16, rtype.Uint32, rtype.Uint64, rtype.Uintptr:
		p.fmtInteger(f.uint(), unsigned, verb)
	case rtype.Float32:
		p.fmtFloat(f.float(), 32, verb)
	case rtype.Float64:
		p.fmtFloat(f.float(), 64, verb)
	case rtype.String:
		p.fmtString(f.str(), verb)
	case rtype.Map:
		if p.fmt.sharpV {
			p.buf.writeString(f.typeName())
			if f.isNil() {
				p.buf.writeString(nilParenString)
				return
			}
			p.buf.writeByte('{')
		} else {
			p.buf.writeString(mapString)
		}
		sorted := sortMap(f)
		for i, key := range sorted.key {
			if i > 0 {
				if p.fmt.sharpV {
					p.buf.writeString(commaSpaceString)
				} else {
					p.buf.writeByte(' ')
				}
			}
			p.printValue(key, verb, depth+1)
			p.buf.writeByte(':')
			p.printValue(sorted.elem[i], verb, depth+1)
		}
		if p.fmt.sharpV {
			p.buf.writeByte('}')
		} else {
			p.buf.writeByte(']')
		}
	case rtype.Struct:
		if p.fmt.sharpV {
			p.buf.writeString(f.typeName())
		}
		p.buf.writeByte('{')
		for i := 0; i < f.numField(); i++ {
			if i > 0 {
				if p.fmt.sharpV {
					p.buf.writeString(commaSpaceString)
				} else {
					p.buf.writeByte(' ')
				}
			}
			if p.fmt.plusV || p.fmt.sharpV {
				if name := f.fieldName(i); name != "" {
					p.buf.writeString(name)
					p.buf.writeByte(':')
				}
			}
			p.printValue(getField(f, i), verb, depth+1)
		}
		p.buf.writeByte('}')
	case rtype.Interface:
		value := f.elem()
		if !value.isValid() {
			if p.fmt.sharpV {
				p.buf.writeString(f.typeName())
				p.buf.writeString(nilParenString)
			} else {
				p.buf.writeString(nilAngleString)
			}
		} else {
			p.printValue(value, verb, depth+1)
		}
	case rtype.Array, rtype.Slice:
		switch verb {
		case 's', 'q', 'x', 'X':
			// Handle byte and uint8 slices and arrays special for the above verbs.
			if f.t.Elem.Kind == rtype.Uint8 {
				p.fmtBytes(f.bytes(), verb, f.typeName())
				return
			}
		}
		if p.fmt.sharpV {
			p.buf.writeString(f.typeName())
			if f.kind() == rtype.Slice && f.isNil() {
				p.buf.writeString(nilParenString)
				return
			}
			p.buf.writeByte('{')
			for i := 0; i < f.len(); i++ {
				if i > 0 {
					p.buf.writeString(commaSpaceString)
				}
				p.printValue(f.index(i), verb, depth+1)
			}
			p.buf.writeByte('}')
		} else {
			p.buf.writeByte('[')
			for i := 0; i < f.len(); i++ {
				if i > 0 {
					p.buf.writeByte(' ')
				}
				p.printValue(f.index(i), verb, depth+1)
			}
			p.buf.writeByte(']')
		}
	case rtype.Pointer:
		// pointer to array or slice or struct? ok at top level
		// but not embedded (avoid loops)
		if depth == 0 && f.pointer() != 0 {
			switch a := f.elem(); a.kind() {
			case rtype.Array, rtype.Slice, rtype.Struct, rtype.Map:
				p.buf.writeByte('&')
				p.printValue(a, verb, depth+1)
				return
			}
		}
		p.fmtPointer(f, verb)
	case rtype.Chan, rtype.Func, rtype.UnsafePointer:
		p.fmtPointer(f, verb)
	default:
		p.unknownType(f)
	}
}
