// Formats JS values the way Go's fmt.Println prints them, for comparing our modules' results
// with `go run` output. Only what the differential tests need: integers, bools, floats.

/**
 * Go's %v for a float: shortest round-trip digits, exponent form when exp < -4 || exp >= 21.
 * @param {number} x
 * @param {32 | 64} bits
 */
export function goFloat(x, bits = 64) {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  let text;
  if (bits === 32) {
    for (let p = 1; p <= 9; p++) {
      text = x.toPrecision(p);
      if (Math.fround(Number(text)) === x) break;
    }
    text = Number(text).toExponential();
    // toExponential of the parsed shortest text keeps its digits.
  } else {
    text = x.toExponential();
  }
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return String(x);
  const [, sign, d0, rest = '', e] = m;
  const digits = d0 + rest;
  const exp = Number(e);
  if (exp < -4 || exp >= 21) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const ae = Math.abs(exp);
    return `${sign}${mant}e${exp < 0 ? '-' : '+'}${ae < 10 ? '0' : ''}${ae}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/**
 * A raw wasm result in Go's printing for the given Go type name.
 * @param {number | bigint} raw
 * @param {string} goType
 */
export function goValue(raw, goType) {
  switch (goType) {
    case 'bool':
      return raw ? 'true' : 'false';
    case 'float64':
      return goFloat(Number(raw), 64);
    case 'float32':
      return goFloat(Number(raw), 32);
    case 'uint8': case 'byte': case 'uint16': case 'uint32': case 'uintptr':
      return String(Number(raw) >>> 0);
    case 'uint64': case 'uint':
      return BigInt.asUintN(64, BigInt(raw)).toString();
    default:
      return String(raw);
  }
}

/**
 * A Go literal argument as the raw wasm value for a parameter of the given lowering.
 * @param {string} text
 * @param {string} wasmType
 */
export function wasmArg(text, wasmType) {
  const t = text.trim();
  if (t === 'true') return 1;
  if (t === 'false') return 0;
  if (wasmType === 'i64') return BigInt.asIntN(64, BigInt(t.replaceAll('_', '')));
  return Number(t.replaceAll('_', ''));
}
