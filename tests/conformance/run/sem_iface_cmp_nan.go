package main

type F struct{ v float64 }

func main() {
	zero := 0.0
	nan := zero / zero
	var a any = nan
	var b any = nan
	println(a == b, a == a, a != a)
	println(nan == nan, nan != nan)
	var f any = F{nan}
	println(f == f, f == F{nan})
	arr := [2]float64{1, nan}
	var ai any = arr
	println(ai == ai)
	negz := -zero
	var pz any = zero
	var nz any = negz
	println(pz == nz, 1/zero == 1/negz)
	var f32 any = float32(nan)
	println(f32 == f32)
	mf := map[float64]int{}
	mf[nan] = 1
	mf[nan] = 1
	println(len(mf))
	delete(mf, nan)
	println(len(mf))
	vals := []any{nan, 1.0, nan, F{nan}, F{1}, F{1}}
	same := 0
	for i := range vals {
		for j := range vals {
			if vals[i] == vals[j] {
				same++
			}
		}
	}
	println(same)
}
