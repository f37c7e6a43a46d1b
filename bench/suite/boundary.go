// The Go side of the boundary benchmark (bench/suite/boundary.mjs): the same work reached three
// ways — the data serialized as JSON text, the data copied into linear memory by the marshaller,
// and the data already in linear memory (a zero-copy ModuleArray view).
package main

import "strconv"

func fnv(b []byte) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(b); i++ {
		h ^= uint32(b[i])
		h *= 16777619
	}
	return h
}

func fnvString(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// unquote decodes a JSON string literal (the escapes JSON.stringify writes for ASCII text).
func unquote(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 1; i < len(s)-1; i++ {
		c := s[i]
		if c == '\\' {
			i++
			switch s[i] {
			case 'n':
				c = '\n'
			case 't':
				c = '\t'
			case 'r':
				c = '\r'
			default:
				c = s[i]
			}
		}
		out = append(out, c)
	}
	return out
}

// quote writes b as a JSON string literal.
func quote(b []byte) string {
	out := make([]byte, 0, len(b)+2)
	out = append(out, '"')
	for _, c := range b {
		switch c {
		case '"', '\\':
			out = append(out, '\\', c)
		case '\n':
			out = append(out, '\\', 'n')
		default:
			out = append(out, c)
		}
	}
	out = append(out, '"')
	return string(out)
}

// parseFloats decodes a JSON array of numbers.
func parseFloats(s string) []float64 {
	xs := make([]float64, 0, len(s)/8)
	start := 1
	for i := 1; i < len(s); i++ {
		if s[i] == ',' || s[i] == ']' {
			if i > start {
				x, err := strconv.ParseFloat(s[start:i], 64)
				if err != nil {
					panic(err)
				}
				xs = append(xs, x)
			}
			start = i + 1
		}
	}
	return xs
}

//export HashString
func HashString(s string) uint32 { return fnvString(s) }

//export HashBytes
func HashBytes(b []byte) uint32 { return fnv(b) }

//export HashJSON
func HashJSON(s string) uint32 { return fnv(unquote(s)) }

//export EchoString
func EchoString(s string) string { return s }

//export EchoBytes
func EchoBytes(b []byte) []byte { return b }

//export EchoJSON
func EchoJSON(s string) string { return quote(unquote(s)) }

//export SumFloats
func SumFloats(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}

//export SumJSON
func SumJSON(s string) float64 { return SumFloats(parseFloats(s)) }

//export Scale
func Scale(xs []float64, k float64) []float64 {
	for i := range xs {
		xs[i] *= k
	}
	return xs
}

//export ScaleJSON
func ScaleJSON(s string, k float64) string {
	xs := Scale(parseFloats(s), k)
	out := make([]byte, 0, len(s)+2)
	out = append(out, '[')
	for i, x := range xs {
		if i > 0 {
			out = append(out, ',')
		}
		out = strconv.AppendFloat(out, x, 'g', -1, 64)
	}
	out = append(out, ']')
	return string(out)
}
