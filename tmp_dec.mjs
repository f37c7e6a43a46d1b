const u8 = new Uint8Array(65536); u8.set(new TextEncoder().encode('gomethod'), 1000);
const td = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});
function concat(p, len) { let s = ''; for (let i = 0; i < len; i++) { const c = u8[p+i]; if (c >= 0x80) return null; s += String.fromCharCode(c); } return s; }
function apply(p, len) { for (let i = 0; i < len; i++) if (u8[p+i] >= 0x80) return null; return String.fromCharCode.apply(null, u8.subarray(p, p+len)); }
const tmp = new Array(16);
function arr(p, len) { for (let i = 0; i < len; i++) { const c = u8[p+i]; if (c >= 0x80) return null; tmp[i] = c; } tmp.length = len; return String.fromCharCode.apply(null, tmp); }
function codes(p, len) {
  switch (len) {
    case 8: { const a=u8[p],b=u8[p+1],c=u8[p+2],d=u8[p+3],e=u8[p+4],f=u8[p+5],g=u8[p+6],h=u8[p+7]; if ((a|b|c|d|e|f|g|h) >= 0x80) return null; return String.fromCharCode(a,b,c,d,e,f,g,h); }
  }
}
function dec(p, len) { return td.decode(u8.subarray(p, p+len)); }
const enc = new TextEncoder();
function encLoop(s, p) { for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c >= 0x80) return -1; u8[p+i] = c; } return s.length; }
function encInto(s, p) { return enc.encodeInto(s, u8.subarray(p, p + 3*s.length)).written; }
const strs = ['gomethod','abcdefgh','12345678','zyxwvuts'];
for (const [name, f] of Object.entries({concat, apply, arr, codes, dec})) {
  let s = 0; const t0 = performance.now();
  for (let i = 0; i < 3e6; i++) s += f(1000, 8).length;
  console.log(name, ((performance.now()-t0)*1e6/3e6).toFixed(1), 'ns');
}
for (const [name, f] of Object.entries({encLoop, encInto})) {
  let s = 0; const t0 = performance.now();
  for (let i = 0; i < 3e6; i++) s += f(strs[i&3], 2000);
  console.log(name, ((performance.now()-t0)*1e6/3e6).toFixed(1), 'ns');
}
const fcc = String.fromCharCode;
function four(p, len) {
  let or = 0; for (let i = 0; i < len; i++) or |= u8[p+i];
  if (or >= 0x80) return null;
  let s = ''; let i = 0;
  for (; i + 4 <= len; i += 4) s += fcc(u8[p+i], u8[p+i+1], u8[p+i+2], u8[p+i+3]);
  for (; i < len; i++) s += fcc(u8[p+i]);
  return s;
}
function eight(p, len) {
  let or = 0; for (let i = 0; i < len; i++) or |= u8[p+i];
  if (or >= 0x80) return null;
  let s = ''; let i = 0;
  for (; i + 8 <= len; i += 8) s += fcc(u8[p+i], u8[p+i+1], u8[p+i+2], u8[p+i+3], u8[p+i+4], u8[p+i+5], u8[p+i+6], u8[p+i+7]);
  for (; i + 4 <= len; i += 4) s += fcc(u8[p+i], u8[p+i+1], u8[p+i+2], u8[p+i+3]);
  for (; i < len; i++) s += fcc(u8[p+i]);
  return s;
}
for (const [name, f] of Object.entries({four, eight})) {
  for (const len of [3, 8, 13, 16]) {
  let s = 0; const t0 = performance.now();
  for (let i = 0; i < 3e6; i++) s += f(1000, len).length;
  console.log(name, len, ((performance.now()-t0)*1e6/3e6).toFixed(1), 'ns');
  }
}
