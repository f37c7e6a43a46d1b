// Package time: the clock (Now, Since, Until, Sub) through the host, and Duration with Go's
// formatting. Calendar functions (Date, Format, time zones) are not provided.
package time

// A Duration is an elapsed time in nanoseconds.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// A Time is an instant: wall-clock nanoseconds since the Unix epoch, and a monotonic reading
// for measuring durations (as Go's Time carries both).
type Time struct {
	wall int64 // ns since 1970-01-01 UTC
	mono int64 // ns on the host's monotonic clock
}

// Now returns the current time.
func Now() Time {
	return Time{wall: int64(hostWallClock() * 1e6), mono: int64(hostNow() * 1e6)}
}

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

// Sub returns t-u, using the monotonic readings.
func (t Time) Sub(u Time) Duration { return Duration(t.mono - u.mono) }

// Add returns t+d.
func (t Time) Add(d Duration) Time { return Time{t.wall + int64(d), t.mono + int64(d)} }

// After, Before and Equal compare instants.
func (t Time) After(u Time) bool  { return t.mono > u.mono }
func (t Time) Before(u Time) bool { return t.mono < u.mono }
func (t Time) Equal(u Time) bool  { return t.mono == u.mono }

// Unix, UnixMilli, UnixMicro and UnixNano give the wall-clock time since the Unix epoch.
func (t Time) Unix() int64      { return floorDiv(t.wall, 1e9) }
func (t Time) UnixMilli() int64 { return floorDiv(t.wall, 1e6) }
func (t Time) UnixMicro() int64 { return floorDiv(t.wall, 1e3) }
func (t Time) UnixNano() int64  { return t.wall }

// IsZero reports whether t is the zero Time.
func (t Time) IsZero() bool { return t.wall == 0 && t.mono == 0 }

// Unix returns the Time of the given Unix seconds and nanoseconds (without a monotonic reading).
func Unix(sec int64, nsec int64) Time { return Time{wall: sec*1e9 + nsec} }

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// Nanoseconds, Microseconds, Milliseconds, Seconds, Minutes and Hours convert a Duration.
func (d Duration) Nanoseconds() int64  { return int64(d) }
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate and Round round d toward zero / to the nearest multiple of m.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return -1 << 63
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return 1<<63 - 1
}

// Abs returns the absolute value of d.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == -1<<63:
		return 1<<63 - 1
	default:
		return -d
	}
}

// hostNow is the runtime's monotonic clock in milliseconds (import gomethod.now);
// hostWallClock the wall clock in milliseconds since the Unix epoch (import gomethod.walltime).
func hostNow() float64
func hostWallClock() float64

// String returns a string representing the duration in the form "72h3m0.5s".
// Leading zero units are omitted. As a special case, durations less than one
// second format use a smaller unit (milli-, micro-, or nanoseconds) to ensure
// that the leading digit is non-zero. The zero duration formats as 0s.
func (d Duration) String() string {
	// Largest time is 2540400h10m10.000000000s
	var buf [32]byte
	w := len(buf)

	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}

	if u < uint64(Second) {
		// Special case: if duration is smaller than a second,
		// use smaller units, like 1.2ms
		var prec int
		w--
		buf[w] = 's'
		w--
		switch {
		case u == 0:
			return "0s"
		case u < uint64(Microsecond):
			// print nanoseconds
			prec = 0
			buf[w] = 'n'
		case u < uint64(Millisecond):
			// print microseconds
			prec = 3
			// U+00B5 'µ' micro sign == 0xC2 0xB5
			w-- // Need room for two bytes.
			copy(buf[w:], "µ")
		default:
			// print milliseconds
			prec = 6
			buf[w] = 'm'
		}
		w, u = fmtFrac(buf[:w], u, prec)
		w = fmtInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'

		w, u = fmtFrac(buf[:w], u, 9)

		// u is now integer seconds
		w = fmtInt(buf[:w], u%60)
		u /= 60

		// u is now integer minutes
		if u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf[:w], u%60)
			u /= 60

			// u is now integer hours
			// Stop at hours because days can be different lengths.
			if u > 0 {
				w--
				buf[w] = 'h'
				w = fmtInt(buf[:w], u)
			}
		}
	}

	if neg {
		w--
		buf[w] = '-'
	}

	return string(buf[w:])
}

// fmtFrac formats the fraction of v/10**prec (e.g., ".12345") into the
// tail of buf, omitting trailing zeros. It omits the decimal
// point too when the fraction is 0. It returns the index where the
// output bytes begin and the value v/10**prec.
func fmtFrac(buf []byte, v uint64, prec int) (nw int, nv uint64) {
	// Omit trailing zeros up to and including decimal point.
	w := len(buf)
	print := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		print = print || digit != 0
		if print {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if print {
		w--
		buf[w] = '.'
	}
	return w, v
}

// fmtInt formats v into the tail of buf.
// It returns the index where the output begins.
func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
	} else {
		for v > 0 {
			w--
			buf[w] = byte(v%10) + '0'
			v /= 10
		}
	}
	return w
}
