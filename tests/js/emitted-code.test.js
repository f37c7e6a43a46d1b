// Properties of the code the compiler emits, read back as text with wabt's wasm2wat: interface
// calls with one implementing type are devirtualized; generic instantiations the program never
// reaches leave nothing in the module; identical instantiations share one function.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { getCompiler } from './abi-helpers.js';

async function wat(source) {
  const out = (await getCompiler()).compile(source, { filename: 'emitted.go' });
  if (!out.ok) throw new Error(out.diagnostics.map((d) => d.message).join('\n'));
  const file = path.join(os.tmpdir(), `gomethod-emitted-${process.pid}.wasm`);
  fs.writeFileSync(file, out.wasm);
  try {
    return execFileSync('wasm2wat', ['--enable-exceptions', file], { encoding: 'utf8' });
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** The text of function $name (up to the next function). */
function func(text, name) {
  const start = text.indexOf(`(func $${name} `);
  if (start < 0) return null;
  const next = text.indexOf('\n  (func ', start + 1);
  return text.slice(start, next < 0 ? undefined : next);
}

const shapes = (types) => `package main

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

//export Total
func Total(n int32) float64 {
	shapes := []Shape{${types}}
	s := 0.0
	for i := int32(0); i < n; i++ {
		s += shapes[i%int32(len(shapes))].Area()
	}
	return s
}
`;

describe('interface dispatch', () => {
  test('one implementing type: a direct call, no type test, no call_indirect', async () => {
    const text = await wat(shapes('Rect{1, 2}'));
    expect(text).not.toContain('call_indirect');
    const dispatch = func(text, 'dispatch.Area');
    expect(dispatch).not.toBeNull();
    expect(dispatch).toContain('call $Rect.Area');
    expect(dispatch).not.toContain('i32.eq');
  });

  test('several implementing types: a type test per type, still no call_indirect', async () => {
    const text = await wat(shapes('Rect{1, 2}, Circle{1}'));
    expect(text).not.toContain('call_indirect');
    const dispatch = func(text, 'dispatch.Area');
    expect(dispatch).toContain('i32.eq');
    expect(dispatch).toContain('call $Rect.Area');
    expect(dispatch).toContain('call $Circle.Area');
  });
});

describe('generic instantiations', () => {
  const generic = (body) => `package main

type Number interface{ ~int32 | ~int64 | ~float64 }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func unused() float64 { return Sum([]float64{1, 2}) }

${body}
`;

  test('an instantiation only unreachable code uses leaves nothing', async () => {
    const text = await wat(generic('//export Total\nfunc Total(xs []int32) int32 { return Sum(xs) }'));
    expect(func(text, 'Sum_int32_')).not.toBeNull();
    expect(text).not.toMatch(/\(func \$Sum_float64_/);
    expect(text).not.toMatch(/\(func \$unused/);
  });

  test('no instantiation at all: no generic code', async () => {
    const text = await wat(generic('//export Zero\nfunc Zero() int32 { return 0 }'));
    expect(text).not.toMatch(/\(func \$Sum/);
  });

  test('identical instantiations share one function; distinct ones get their own', async () => {
    const text = await wat(
      generic(`//export Both
func Both(a []int32, b []int32, c []int64) int64 { return int64(Sum(a)+Sum[int32](b)) + Sum(c) }`),
    );
    expect(text.match(/\(func \$Sum_int32_ /g)).toHaveLength(1);
    expect(text.match(/\(func \$Sum_int64_ /g)).toHaveLength(1);
  });
});
