// Package strconv: Go's strconv package, ported from Go 1.19's sources (src/strconv). Each file
// keeps the name and the job of its original:
//
//	atoi.go, itoa.go, atob.go     integers and booleans, NumError, ErrRange, ErrSyntax
//	quote.go, isprint.go          Quote…, Unquote…, CanBackquote, IsPrint, IsGraphic
//	ftoa.go, ftoaryu.go           FormatFloat, AppendFloat (Ryū for the shortest and short fixed forms)
//	atof.go, eisel_lemire.go      ParseFloat (Eisel-Lemire, then the exact decimal slow path)
//	decimal.go                    the multiprecision decimal both directions fall back on
//
// Complex numbers are not part of the subset, so there is no ParseComplex or FormatComplex.
package strconv
