// Strings: JS strings (UTF-16) to Go strings (UTF-8 bytes in linear memory) and back.
//
// In: ASCII is copied byte by byte into the call's arena (no encoder call for short strings);
// anything else goes through TextEncoder.encodeInto. A lone surrogate becomes U+FFFD (EF BF BD),
// as TextEncoder does. Out: short ASCII strings are built directly; the rest goes through a fatal
// TextDecoder, and bytes that are not valid UTF-8 are decoded the way Go's `for range` and
// []rune(s) do: each invalid byte becomes one U+FFFD (the WHATWG decoder would sometimes fold
// several bytes into one replacement).

import { badValue, describe } from '../errors.js';

const encoder = new TextEncoder();
// ignoreBOM: a leading U+FEFF is part of the Go string, not a byte order mark to strip.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Strings up to this many UTF-16 units take the hand-written ASCII path. */
const SHORT = 64;

/**
 * Where encode() leaves the byte length of the string it wrote (saves allocating a pair).
 * @type {{ len: number }}
 */
export const encoded = { len: 0 };

/**
 * @param {string} goType
 * @param {unknown} v
 */
export function checkString(goType, v) {
  if (typeof v !== 'string') throw badValue(TypeError, goType, `expected a string, got ${describe(v)}`);
}

/**
 * Writes s as UTF-8 into memory owned by the call; returns the address, with the byte length in
 * `encoded.len`.
 * @param {import('./memory.js').ModuleMemory} mem
 * @param {import('./memory.js').CallContext} cx
 * @param {string} s
 * @returns {number}
 */
export function encode(mem, cx, s) {
  const n = s.length;
  if (n === 0) {
    encoded.len = 0;
    return 0;
  }
  if (n <= SHORT) {
    const reserve = 3 * n; // every UTF-16 unit takes at most 3 bytes (a pair takes 4 for 2)
    const p = mem.temp(cx, reserve, false, true);
    const u8 = mem.u8;
    let i = 0;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) break;
      u8[p + i] = c;
    }
    let len = i;
    if (i < n) len += encoder.encodeInto(s.substring(i), u8.subarray(p + i, p + reserve)).written;
    mem.shrink(p, reserve, len);
    encoded.len = len;
    return p;
  }
  // Long strings: the native encoder, then one copy into the module.
  const bytes = encoder.encode(s);
  const p = mem.temp(cx, bytes.length, false, true);
  mem.u8.set(bytes, p);
  encoded.len = bytes.length;
  return p;
}

const fcc = String.fromCharCode;

/**
 * A short all-ASCII string straight from its bytes: one String.fromCharCode call with the bytes
 * as arguments is several times faster than TextDecoder or building the string char by char.
 * @param {Uint8Array} u8
 * @param {number} p
 * @param {number} n 1 … 16
 * @returns {string}
 */
function shortAscii(u8, p, n) {
  // prettier-ignore
  switch (n) {
    case 1: return fcc(u8[p]);
    case 2: return fcc(u8[p], u8[p + 1]);
    case 3: return fcc(u8[p], u8[p + 1], u8[p + 2]);
    case 4: return fcc(u8[p], u8[p + 1], u8[p + 2], u8[p + 3]);
    case 5: return fcc(u8[p], u8[p + 1], u8[p + 2], u8[p + 3], u8[p + 4]);
    case 6: return fcc(u8[p], u8[p + 1], u8[p + 2], u8[p + 3], u8[p + 4], u8[p + 5]);
    case 7: return fcc(u8[p], u8[p + 1], u8[p + 2], u8[p + 3], u8[p + 4], u8[p + 5], u8[p + 6]);
    case 8: return fcc(u8[p], u8[p + 1], u8[p + 2], u8[p + 3], u8[p + 4], u8[p + 5], u8[p + 6], u8[p + 7]);
    case 9: return fcc(u8[p], u8[p + 1], u8[p + 2], u8[p + 3], u8[p + 4], u8[p + 5], u8[p + 6], u8[p + 7], u8[p + 8]);
    case 10: return fcc(u8[p], u8[p + 1], u8[p + 2], u8[p + 3], u8[p + 4], u8[p + 5], u8[p + 6], u8[p + 7], u8[p + 8], u8[p + 9]);
    case 11: return fcc(u8[p], u8[p + 1], u8[p + 2], u8[p + 3], u8[p + 4], u8[p + 5], u8[p + 6], u8[p + 7], u8[p + 8], u8[p + 9], u8[p + 10]);
    case 12: return fcc(u8[p], u8[p + 1], u8[p + 2], u8[p + 3], u8[p + 4], u8[p + 5], u8[p + 6], u8[p + 7], u8[p + 8], u8[p + 9], u8[p + 10], u8[p + 11]);
    case 13: return fcc(u8[p], u8[p + 1], u8[p + 2], u8[p + 3], u8[p + 4], u8[p + 5], u8[p + 6], u8[p + 7], u8[p + 8], u8[p + 9], u8[p + 10], u8[p + 11], u8[p + 12]);
    case 14: return fcc(u8[p], u8[p + 1], u8[p + 2], u8[p + 3], u8[p + 4], u8[p + 5], u8[p + 6], u8[p + 7], u8[p + 8], u8[p + 9], u8[p + 10], u8[p + 11], u8[p + 12], u8[p + 13]);
    case 15: return fcc(u8[p], u8[p + 1], u8[p + 2], u8[p + 3], u8[p + 4], u8[p + 5], u8[p + 6], u8[p + 7], u8[p + 8], u8[p + 9], u8[p + 10], u8[p + 11], u8[p + 12], u8[p + 13], u8[p + 14]);
    case 16: return fcc(u8[p], u8[p + 1], u8[p + 2], u8[p + 3], u8[p + 4], u8[p + 5], u8[p + 6], u8[p + 7], u8[p + 8], u8[p + 9], u8[p + 10], u8[p + 11], u8[p + 12], u8[p + 13], u8[p + 14], u8[p + 15]);
    default: return '';
  }
}

/**
 * Reads the Go string (ptr, len) out of memory.
 * @param {Uint8Array} u8 the module's memory
 * @param {number} ptr
 * @param {number} len
 * @returns {string}
 */
export function decode(u8, ptr, len) {
  if (len === 0) return '';
  if (len <= 16) {
    let or = 0;
    for (let i = 0; i < len; i++) or |= u8[ptr + i];
    if (or < 0x80 && ptr + len <= u8.length) return shortAscii(u8, ptr, len);
  }
  return decodeLong(u8, ptr, len);
}

/**
 * @param {Uint8Array} u8
 * @param {number} ptr
 * @param {number} len
 * @returns {string}
 */
function decodeLong(u8, ptr, len) {
  if (ptr + len > u8.length) throw new RangeError(`gomethod: string [${ptr}, ${ptr + len}) lies outside the module's memory`);
  const bytes = u8.subarray(ptr, ptr + len);
  try {
    return decoder.decode(bytes);
  } catch {
    return decodeLikeGo(bytes);
  }
}

/**
 * UTF-8 decoding with Go's rules (unicode/utf8.DecodeRune): a byte that does not start a valid,
 * shortest-form encoding of a scalar value becomes U+FFFD and decoding resumes at the next byte.
 * @param {Uint8Array} b
 * @returns {string}
 */
export function decodeLikeGo(b) {
  const n = b.length;
  /** @type {number[]} */
  let units = [];
  let out = '';
  for (let i = 0; i < n; ) {
    const b0 = b[i];
    let cp = 0xfffd;
    let w = 1;
    if (b0 < 0x80) {
      cp = b0;
    } else if (b0 >= 0xc2 && b0 <= 0xdf) {
      const b1 = b[i + 1];
      if (i + 1 < n && b1 >= 0x80 && b1 <= 0xbf) {
        cp = ((b0 & 0x1f) << 6) | (b1 & 0x3f);
        w = 2;
      }
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      // E0 needs A0..BF (no overlongs), ED needs 80..9F (no surrogates).
      const lo = b0 === 0xe0 ? 0xa0 : 0x80;
      const hi = b0 === 0xed ? 0x9f : 0xbf;
      const b1 = b[i + 1];
      const b2 = b[i + 2];
      if (i + 2 < n && b1 >= lo && b1 <= hi && b2 >= 0x80 && b2 <= 0xbf) {
        cp = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
        w = 3;
      }
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      // F0 needs 90..BF (no overlongs), F4 needs 80..8F (nothing past U+10FFFF).
      const lo = b0 === 0xf0 ? 0x90 : 0x80;
      const hi = b0 === 0xf4 ? 0x8f : 0xbf;
      const b1 = b[i + 1];
      const b2 = b[i + 2];
      const b3 = b[i + 3];
      if (i + 3 < n && b1 >= lo && b1 <= hi && b2 >= 0x80 && b2 <= 0xbf && b3 >= 0x80 && b3 <= 0xbf) {
        cp = ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
        w = 4;
      }
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else {
      units.push(cp);
    }
    i += w;
    if (units.length >= 4096) {
      out += String.fromCharCode.apply(null, units);
      units = [];
    }
  }
  return out + String.fromCharCode.apply(null, units);
}
