// Environment detection shared by the public modules.

/** True when running under Node.js (not a browser or a web worker). */
export const isNode =
  typeof process === 'object' &&
  process !== null &&
  typeof process.versions === 'object' &&
  typeof process.versions?.node === 'string';
