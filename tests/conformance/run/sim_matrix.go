package main

type Matrix [][]int

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]int, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := NewMatrix(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := NewMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func (a Matrix) Transpose() Matrix {
	out := NewMatrix(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			out[j][i] = v
		}
	}
	return out
}

func (a Matrix) Pow(n int) Matrix {
	result := Identity(len(a))
	base := a
	for n > 0 {
		if n&1 == 1 {
			result = result.Mul(base)
		}
		base = base.Mul(base)
		n >>= 1
	}
	return result
}

func (a Matrix) Print() {
	for _, row := range a {
		for _, v := range row {
			print(v, " ")
		}
		println()
	}
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	a.Transpose().Print()
	a.Mul(a.Transpose()).Print()
	fib := Matrix{{1, 1}, {1, 0}}
	println(fib.Pow(10)[0][1], fib.Pow(50)[0][1], fib.Pow(0)[0][0])
	rot := Matrix{{0, -1}, {1, 0}}
	rot.Pow(3).Print()
	println(len(rot.Pow(4)), rot.Pow(4)[0][0], rot.Pow(4)[0][1])
}
