// (T, error) results: a nil error returns T, a non-nil one throws GoError with Error()'s text; the
// module keeps serving; the d.ts leaves the error out of the return type.
import { createCompiler, instantiate, GoError } from 'gomethod';

const SOURCE = `package main

import "errors"

var ErrNegative = errors.New("negative input")

type LimitError struct{ N, Max int }

func (e *LimitError) Error() string { return "limit exceeded" }

//export Sqrt
func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegative
	}
	r := x
	for i := 0; i < 30 && r != 0; i++ {
		r = (r + x/r) / 2
	}
	return r, nil
}

//export Check
func Check(n int) error {
	if n > 10 {
		return &LimitError{n, 10}
	}
	return nil
}

//export Split
func Split(s string) (string, string, error) {
	for i := 0; i < len(s); i++ {
		if s[i] == '=' {
			return s[:i], s[i+1:], nil
		}
	}
	return "", "", errors.New("no '=' in " + s)
}
`;

let out;
let mod;
beforeAll(async () => {
  const compiler = await createCompiler();
  out = compiler.compile(SOURCE, { filename: 'errors.go' });
  expect(out.diagnostics).toEqual([]);
  mod = await instantiate(out);
});

test('a nil error returns the other results', () => {
  expect(mod.exports.Sqrt(9)).toBeCloseTo(3, 12);
  expect(mod.exports.Check(3)).toBeUndefined();
  expect(mod.exports.Split('key=value')).toEqual(['key', 'value']);
});

test('a non-nil error throws GoError with the Error() text', () => {
  const cases = [
    [() => mod.exports.Sqrt(-1), 'negative input'],
    [() => mod.exports.Check(11), 'limit exceeded'],
    [() => mod.exports.Split('nothing'), "no '=' in nothing"],
  ];
  for (const [call, text] of cases) {
    let caught;
    try {
      call();
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(GoError);
    expect(caught.goMessage).toBe(text);
  }
  expect(mod.exports.Sqrt(16)).toBeCloseTo(4, 12);  // still serving
});

test('the manifest and d.ts describe error results', () => {
  expect(out.manifest.errorMessage).toBe('gomethod_error_message');
  const sqrt = out.manifest.exports.find((e) => e.name === 'Sqrt');
  expect(sqrt.results[1].type.kind).toBe('error');
  expect(out.dts).toMatch(/Sqrt\(x: number\): number;/);
  expect(out.dts).toMatch(/Split\(s: string\): \[string, string\];/);
  expect(out.dts).toMatch(/throws GoError/);
});
