// Strings across the boundary: UTF-16 in JS, UTF-8 in Go, both ways, including the empty string,
// surrogate pairs, lone surrogates, a BOM, NULs, invalid UTF-8 made in Go, and megabyte strings.
import { GoPanic } from 'gomethod';
import { expectThrow, loadGo } from './abi-helpers.js';

const SOURCE = `package main

//export echo
func echo(s string) string { return s }

//export length
func length(s string) int { return len(s) }

//export runeCount
func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

//export concat
func concat(a, b string) string { return a + b }

//export bytesOf
func bytesOf(s string) []byte { return []byte(s) }

//export fromBytes
func fromBytes(b []byte) string { return string(b) }

//export runesOf
func runesOf(s string) []rune { return []rune(s) }

func invalidString() string {
	return string([]byte{0xe2, 0x82, 'A', 0xff, 0xc0, 0x80, 0xed, 0xa0, 0x80, 'z', 0xf4, 0x90, 0x80, 0x80, 0xf0, 0x9f, 0x98, 0x80})
}

//export invalid
func invalid() string { return invalidString() }

//export invalidRunes
func invalidRunes() []rune { return []rune(invalidString()) }

//export letters
func letters(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('a' + i%26)
	}
	return string(b)
}

//export byteAt
func byteAt(s string, i int) byte { return s[i] }

//export pick
func pick(i int32, a, b, c string) string {
	switch i {
	case 0:
		return a
	case 1:
		return b
	}
	return c
}
`;

let mod;
let go;
beforeAll(async () => {
  mod = await loadGo(SOURCE);
  go = mod.exports;
});

const utf8Length = (s) => new TextEncoder().encode(s).length;

test('ASCII, empty, NUL and BOM round trip', () => {
  for (const s of ['', 'a', 'gomethod', 'a\0b', '\0', '\uFEFFbom kept', ' \t\n\r~']) {
    expect(go.echo(s)).toBe(s);
    expect(go.length(s)).toBe(utf8Length(s));
  }
});

test('non-ASCII and surrogate pairs round trip with Go seeing UTF-8', () => {
  const cases = ['é', 'naïve café', '☃', '日本語テキスト', '😀', 'a😀b', '𝄞 music', '👩‍👩‍👧‍👦', 'Ω≈ç√∫˜µ≤≥÷'];
  for (const s of cases) {
    expect(go.echo(s)).toBe(s);
    expect(go.length(s)).toBe(utf8Length(s));
    expect(go.runeCount(s)).toBe([...s].length);
  }
  expect(go.length('😀')).toBe(4);
  expect(go.runeCount('😀')).toBe(1);
  expect(Array.from(go.runesOf('a😀'))).toEqual([0x61, 0x1f600]);
});

test('every length around the fast paths, ASCII and not', () => {
  for (let n = 0; n <= 80; n++) {
    const ascii = 'x'.repeat(n);
    const mixed = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 'ü' : i % 3 === 1 ? '😀' : 'q')).join('');
    const late = `${'y'.repeat(n)}€`;
    expect(go.echo(ascii)).toBe(ascii);
    expect(go.echo(mixed)).toBe(mixed);
    expect(go.echo(late)).toBe(late);
    expect(go.length(mixed)).toBe(utf8Length(mixed));
  }
  // The worst case for the byte reservation: every UTF-16 unit needs three bytes.
  const threes = '€'.repeat(64);
  expect(go.echo(threes)).toBe(threes);
  expect(go.length(threes)).toBe(192);
});

test('a lone surrogate becomes U+FFFD, as TextEncoder does', () => {
  expect(go.echo('a\uD800b')).toBe('a\uFFFDb');
  expect(go.length('\uDC00')).toBe(3);
  expect(go.echo('\uD83D')).toBe('\uFFFD');
});

test('invalid UTF-8 made in Go decodes the way Go ranges over it (one U+FFFD per bad byte)', () => {
  const s = go.invalid();
  const goRunes = Array.from(go.invalidRunes());
  expect(Array.from(s, (c) => c.codePointAt(0))).toEqual(goRunes);
  expect(s).toBe('\uFFFD\uFFFDA\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDz\uFFFD\uFFFD\uFFFD\uFFFD😀');
  // Bytes from JS that are not UTF-8 come back the same way.
  const bytes = new Uint8Array([0x61, 0xe2, 0x82, 0x62, 0xc3]);
  expect(go.fromBytes(bytes)).toBe('a\uFFFD\uFFFDb\uFFFD');
  expect(go.fromBytes(new Uint8Array(40).fill(0xff))).toBe('\uFFFD'.repeat(40));
});

test('strings and byte slices convert both ways', () => {
  expect(Array.from(go.bytesOf('hé'))).toEqual([0x68, 0xc3, 0xa9]);
  expect(go.fromBytes(new TextEncoder().encode('日本'))).toBe('日本');
  expect(go.concat('😀', '!')).toBe('😀!');
  expect(go.concat('', '')).toBe('');
  expect(go.pick(1, 'a', 'bé', 'c')).toBe('bé');
  expect(go.pick(2, '', '', 'last')).toBe('last');
});

test('megabyte strings, ASCII and not', () => {
  const ascii = go.letters(1 << 20);
  expect(ascii.length).toBe(1 << 20);
  expect(ascii.slice(0, 28)).toBe('abcdefghijklmnopqrstuvwxyzab');
  expect(go.echo(ascii)).toBe(ascii);
  expect(go.length(ascii)).toBe(1 << 20);
  const wide = 'ä😀'.repeat(200_000);
  expect(go.echo(wide)).toBe(wide);
  expect(go.runeCount(wide)).toBe(400_000);
});

test('inputs are released after each call: memory stays put over many calls', () => {
  for (let i = 0; i < 1000; i++) go.echo(`warm ${i} ü`);
  const big = 'ß'.repeat(100_000); // 200 KB: beyond the per-call arena, so from the heap
  go.length(big);
  const before = mod.memory.buffer.byteLength;
  for (let i = 0; i < 50_000; i++) {
    if (go.echo(`call ${i} ü😀`) !== `call ${i} ü😀`) throw new Error(`bad echo at ${i}`);
  }
  for (let i = 0; i < 200; i++) go.length(big);
  expect(mod.memory.buffer.byteLength).toBe(before);
});

test('non-strings are TypeErrors', () => {
  expectThrow(() => go.echo(1), TypeError, 'echo: argument s (string): expected a string, got the number 1');
  expectThrow(() => go.echo(null), TypeError, 'expected a string, got null');
  expectThrow(() => go.echo(new String('x')), TypeError, 'expected a string, got a String');
  expectThrow(() => go.echo(['a']), TypeError, 'got an array of length 1');
  expectThrow(() => go.pick(0, 'a', 'b', 3), TypeError, 'pick: argument c (string): expected a string');
  expectThrow(() => go.echo(), TypeError, 'echo: expected 1 argument, got 0 (func echo(s string) string)');
});

test('a panic reading a string is a GoPanic; the next call works', () => {
  const err = expectThrow(() => go.byteAt('abc', 5), GoPanic, 'runtime error: index out of range [5] with length 3');
  expect(err.goMessage).toBe('runtime error: index out of range [5] with length 3');
  expect(go.byteAt('abc', 2)).toBe(0x63);
  expect(go.echo('still fine ✓')).toBe('still fine ✓');
});
