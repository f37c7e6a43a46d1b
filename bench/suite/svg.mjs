// A small, dependency-free SVG chart writer for the committed benchmark report
// (bench/results/*.svg): grouped or stacked bar charts and line charts on linear or log axes.
//
// Why not uPlot (already a devDependency, and what the live page web/demo/bench.html uses): uPlot
// draws on a <canvas> in a live DOM. The report is a static file rendered by GitHub or any
// Markdown viewer, written by Node with no browser and no DOM, and it should diff as text. A few
// hundred lines of string building give that; the same data feeds uPlot on the live page.

const PALETTE = ['#00add8', '#e8590c', '#2f9e44', '#7048e8', '#c2255c', '#f59f00', '#0b7285', '#495057', '#a9e34b', '#862e9c', '#1971c2', '#868e96'];

/** The colour of series i (stable across charts, so one path keeps its colour). @param {number} i */
export function colour(i) {
  return PALETTE[i % PALETTE.length];
}

/** @param {unknown} s */
export function esc(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A number for an SVG attribute (two decimals at most). @param {number} v */
const n = (v) => String(Math.round(v * 100) / 100);

/** Short tick label: 1e6 → 10⁶ on log axes, otherwise 3 significant digits with k/M suffixes. */
const SUP = { '-': '⁻', 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };
/** @param {number} v @param {boolean} log */
export function tickLabel(v, log) {
  if (log) {
    const e = Math.round(Math.log10(v));
    if (Math.abs(v - 10 ** e) < 1e-9 * 10 ** e) {
      if (e >= 0 && e <= 3) return String(10 ** e);
      return '10' + String(e).split('').map((c) => SUP[/** @type {keyof typeof SUP} */ (c)]).join('');
    }
  }
  const a = Math.abs(v);
  if (a >= 1e9) return `${+(v / 1e9).toPrecision(3)}G`;
  if (a >= 1e6) return `${+(v / 1e6).toPrecision(3)}M`;
  if (a >= 1e4) return `${+(v / 1e3).toPrecision(3)}k`;
  return String(+v.toPrecision(3));
}

/**
 * An axis: maps values to pixels, with "nice" ticks.
 * @param {number} lo @param {number} hi @param {boolean} log @param {number} p0 pixel of lo @param {number} p1 pixel of hi
 */
function axis(lo, hi, log, p0, p1) {
  /** @type {number[]} */
  let ticks = [];
  if (log) {
    lo = 10 ** Math.floor(Math.log10(lo));
    hi = 10 ** Math.ceil(Math.log10(hi));
    if (hi <= lo) hi = lo * 10;
    const decades = Math.round(Math.log10(hi / lo));
    const step = Math.max(1, Math.ceil(decades / 8));
    for (let e = Math.log10(lo); e <= Math.log10(hi) + 1e-9; e += step) ticks.push(10 ** e);
  } else {
    if (hi <= lo) hi = lo + 1;
    const raw = (hi - lo) / 5;
    const mag = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
    lo = Math.floor(lo / step) * step;
    hi = Math.ceil(hi / step) * step;
    for (let v = lo; v <= hi + step * 1e-9; v += step) ticks.push(+v.toPrecision(12));
  }
  const f = log ? (/** @type {number} */ v) => Math.log10(v) : (/** @type {number} */ v) => v;
  const a = f(lo), b = f(hi);
  return { lo, hi, ticks, px: (/** @type {number} */ v) => p0 + ((f(v) - a) / (b - a)) * (p1 - p0) };
}

/** The width a title needs (14 px bold, about 8 px a character). @param {string} title */
const titleWidth = (title) => Math.ceil(title.length * 8.6 + 40);

/** @param {number} width @param {number} height @param {string} title @param {string} body */
function frame(width, height, title, body) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">
<rect width="${width}" height="${height}" fill="#ffffff"/>
<text x="${width / 2}" y="20" text-anchor="middle" font-size="14" font-weight="600" fill="#1d2430">${esc(title)}</text>
${body}</svg>
`;
}

/** Legend entries laid out in rows under the plot. @param {string[]} names @param {number} x0 @param {number} y0 @param {number} width */
function legend(names, x0, y0, width) {
  let x = x0, y = y0;
  const parts = [];
  names.forEach((name, i) => {
    const w = 24 + name.length * 7.2;
    if (x + w > x0 + width && x > x0) {
      x = x0;
      y += 18;
    }
    parts.push(`<g class="legend"><rect x="${n(x)}" y="${n(y - 9)}" width="12" height="12" fill="${colour(i)}"/><text x="${n(x + 16)}" y="${n(y + 1)}" fill="#1d2430">${esc(name)}</text></g>`);
    x += w;
  });
  return { svg: parts.join('\n'), bottom: y + 8 };
}

/** Rows the legend will need (to size the chart before drawing). */
function legendRows(/** @type {string[]} */ names, /** @type {number} */ width) {
  let x = 0, rows = names.length ? 1 : 0;
  for (const name of names) {
    const w = 24 + name.length * 7.2;
    if (x + w > width && x > 0) {
      rows++;
      x = 0;
    }
    x += w;
  }
  return rows;
}

/**
 * A bar chart: one group per category, one bar per series (grouped), or one bar per category
 * with the series stacked. Missing values (null/NaN) draw no bar.
 * @param {{ title: string, categories: string[], series: Array<{ name: string, values: Array<number | null> }>,
 *   yLabel?: string, stacked?: boolean, log?: boolean, width?: number, height?: number }} spec
 * @returns {string} the SVG document
 */
export function barChart(spec) {
  const { title, categories, series, yLabel = '', stacked = false, log = false } = spec;
  const label = Math.max(0, ...categories.map((c) => String(c).length)) * 7.5 + 10;
  const width = Math.max(titleWidth(title), spec.width ?? Math.max(520, 90 + categories.length * Math.max(label, stacked ? 56 : 18 + series.length * 14)));
  const left = 70, right = 16, top = 34;
  const lRows = legendRows(series.map((s) => s.name), width - left - right);
  const height = spec.height ?? 300 + lRows * 18;
  const bottom = 64 + lRows * 18;
  const plotH = height - top - bottom;
  const ok = (/** @type {number | null | undefined} */ v) => typeof v === 'number' && Number.isFinite(v) && (!log || v > 0);
  /** @type {number[]} */
  const vals = [];
  if (stacked) {
    categories.forEach((_, c) => {
      const t = series.reduce((a, s) => a + (ok(s.values[c]) ? /** @type {number} */ (s.values[c]) : 0), 0);
      if (t > 0 || !log) vals.push(t);
    });
  } else {
    for (const s of series) for (const v of s.values) if (ok(v)) vals.push(/** @type {number} */ (v));
  }
  const maxV = vals.length ? Math.max(...vals) : 1;
  const minV = log ? (vals.length ? Math.min(...vals.filter((v) => v > 0)) : 1) : 0;
  const y = axis(log ? minV : 0, maxV, log, top + plotH, top);
  const parts = [];
  for (const t of y.ticks) {
    const py = y.px(t);
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${n(py)}" y2="${n(py)}" stroke="#e3e7ee"/>`);
    parts.push(`<text x="${left - 6}" y="${n(py + 4)}" text-anchor="end" fill="#5b6575">${esc(tickLabel(t, log))}</text>`);
  }
  if (yLabel) parts.push(`<text transform="translate(16 ${n(top + plotH / 2)}) rotate(-90)" text-anchor="middle" fill="#5b6575">${esc(yLabel)}</text>`);
  const groupW = (width - left - right) / Math.max(1, categories.length);
  const base = y.px(y.lo);
  categories.forEach((cat, c) => {
    const gx = left + c * groupW;
    parts.push(`<text x="${n(gx + groupW / 2)}" y="${n(top + plotH + 16)}" text-anchor="middle" fill="#1d2430">${esc(cat)}</text>`);
    if (stacked) {
      const bw = Math.min(48, groupW * 0.7);
      let acc = log ? 0 : 0;
      series.forEach((s, i) => {
        const v = s.values[c];
        if (!ok(v)) return;
        const y0 = acc === 0 ? base : y.px(acc);
        acc += /** @type {number} */ (v);
        const y1 = y.px(acc);
        parts.push(`<rect class="bar" x="${n(gx + (groupW - bw) / 2)}" y="${n(y1)}" width="${n(bw)}" height="${n(Math.max(0, y0 - y1))}" fill="${colour(i)}"><title>${esc(`${cat} · ${s.name}: ${tickLabel(/** @type {number} */ (v), false)}`)}</title></rect>`);
      });
    } else {
      const inner = groupW * 0.8;
      const bw = inner / Math.max(1, series.length);
      series.forEach((s, i) => {
        const v = s.values[c];
        if (!ok(v)) return;
        const py = y.px(/** @type {number} */ (v));
        parts.push(`<rect class="bar" x="${n(gx + groupW * 0.1 + i * bw)}" y="${n(py)}" width="${n(Math.max(1, bw - 1))}" height="${n(Math.max(0, base - py))}" fill="${colour(i)}"><title>${esc(`${cat} · ${s.name}: ${tickLabel(/** @type {number} */ (v), false)}`)}</title></rect>`);
      });
    }
  });
  parts.push(`<line x1="${left}" x2="${width - right}" y1="${n(base)}" y2="${n(base)}" stroke="#5b6575"/>`);
  parts.push(legend(series.map((s) => s.name), left, top + plotH + 40, width - left - right).svg);
  return frame(width, height, title, parts.join('\n') + '\n');
}

/**
 * A line chart with markers: one polyline per series through its [x, y] points, on linear or log
 * axes (log-log for throughput against data size). Points with a non-positive or missing value on
 * a log axis are skipped.
 * @param {{ title: string, series: Array<{ name: string, points: Array<[number, number | null]> }>,
 *   xLabel?: string, yLabel?: string, xLog?: boolean, yLog?: boolean, width?: number, height?: number, xTicks?: number[] }} spec
 * @returns {string} the SVG document
 */
export function lineChart(spec) {
  const { title, series, xLabel = '', yLabel = '', xLog = false, yLog = false } = spec;
  const width = Math.max(titleWidth(title), spec.width ?? 560);
  const left = 70, right = 16, top = 34;
  const lRows = legendRows(series.map((s) => s.name), width - left - right);
  const height = spec.height ?? 320 + lRows * 18;
  const bottom = 64 + lRows * 18;
  const plotH = height - top - bottom;
  const okX = (/** @type {number} */ v) => Number.isFinite(v) && (!xLog || v > 0);
  const okY = (/** @type {number | null} */ v) => typeof v === 'number' && Number.isFinite(v) && (!yLog || v > 0);
  const pts = series.map((s) => s.points.filter(([x, v]) => okX(x) && okY(v)));
  const xs = pts.flat().map((p) => p[0]);
  const ys = pts.flat().map((p) => /** @type {number} */ (p[1]));
  const x = axis(xs.length ? Math.min(...xs) : 1, xs.length ? Math.max(...xs) : 10, xLog, left, width - right);
  const y = axis(ys.length ? (yLog ? Math.min(...ys) : Math.min(0, ...ys)) : 1, ys.length ? Math.max(...ys) : 10, yLog, top + plotH, top);
  const parts = [];
  for (const t of y.ticks) {
    const py = y.px(t);
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${n(py)}" y2="${n(py)}" stroke="#e3e7ee"/>`);
    parts.push(`<text x="${left - 6}" y="${n(py + 4)}" text-anchor="end" fill="#5b6575">${esc(tickLabel(t, yLog))}</text>`);
  }
  for (const t of spec.xTicks ?? x.ticks) {
    const px = x.px(t);
    parts.push(`<line x1="${n(px)}" x2="${n(px)}" y1="${top}" y2="${top + plotH}" stroke="#eef1f5"/>`);
    parts.push(`<text x="${n(px)}" y="${top + plotH + 16}" text-anchor="middle" fill="#5b6575">${esc(tickLabel(t, xLog))}</text>`);
  }
  parts.push(`<rect x="${left}" y="${top}" width="${width - left - right}" height="${plotH}" fill="none" stroke="#5b6575"/>`);
  if (yLabel) parts.push(`<text transform="translate(16 ${n(top + plotH / 2)}) rotate(-90)" text-anchor="middle" fill="#5b6575">${esc(yLabel)}</text>`);
  if (xLabel) parts.push(`<text x="${n(left + (width - left - right) / 2)}" y="${top + plotH + 32}" text-anchor="middle" fill="#5b6575">${esc(xLabel)}</text>`);
  series.forEach((s, i) => {
    const p = pts[i];
    if (!p.length) return;
    const c = colour(i);
    if (p.length > 1) parts.push(`<polyline class="line" fill="none" stroke="${c}" stroke-width="2" points="${p.map(([px, py]) => `${n(x.px(px))},${n(y.px(/** @type {number} */ (py)))}`).join(' ')}"/>`);
    for (const [px, py] of p) {
      parts.push(`<circle class="point" cx="${n(x.px(px))}" cy="${n(y.px(/** @type {number} */ (py)))}" r="3" fill="${c}"><title>${esc(`${s.name} @ ${tickLabel(px, false)}: ${tickLabel(/** @type {number} */ (py), false)}`)}</title></circle>`);
    }
  });
  parts.push(legend(series.map((s) => s.name), left, top + plotH + 52, width - left - right).svg);
  return frame(width, height + 12, title, parts.join('\n') + '\n');
}
