// Two small inline-SVG charts, enough for a dashboard: horizontal bars (long area names stay
// readable on a phone) and scans per day. Every value is also in a table beside them.
const NS = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, text) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (text !== undefined) el.textContent = text;
  return el;
}

function frame(width, height, label, testid) {
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, 'data-testid': testid });
  root.append(svg('title', {}, label));
  return root;
}

/** items: [{label, value}], one bar each, longest first is up to the caller. */
export function barChart(items, label, testid) {
  const row = 22;
  const labelWidth = 150;
  const width = 520;
  const height = Math.max(1, items.length) * row + 10;
  const max = Math.max(1, ...items.map((i) => i.value));
  const root = frame(width, height, label, testid);
  items.forEach((item, n) => {
    const y = 5 + n * row;
    const w = Math.round(((width - labelWidth - 60) * item.value) / max);
    const name = item.label.length > 22 ? item.label.slice(0, 21) + '…' : item.label;
    root.append(svg('text', { x: labelWidth - 6, y: y + 14, 'text-anchor': 'end' }, name));
    const bar = svg('rect', { class: 'bar', x: labelWidth, y: y + 2, width: Math.max(w, item.value > 0 ? 2 : 0), height: row - 6, rx: 2 });
    bar.append(svg('title', {}, `${item.label}: ${item.value}`));
    root.append(bar);
    root.append(svg('text', { x: labelWidth + w + 6, y: y + 14 }, String(item.value)));
  });
  return root;
}

/** points: [{label, value}] in order; a line with a dot per point and the first and last dates. */
export function lineChart(points, label, testid) {
  const width = 520;
  const height = 200;
  const pad = { left: 40, right: 14, top: 14, bottom: 28 };
  const max = Math.max(1, ...points.map((p) => p.value));
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const x = (i) => pad.left + (points.length < 2 ? innerW / 2 : (innerW * i) / (points.length - 1));
  const y = (v) => pad.top + innerH - (innerH * v) / max;
  const root = frame(width, height, label, testid);
  root.append(svg('line', { class: 'axis', x1: pad.left, y1: pad.top + innerH, x2: width - pad.right, y2: pad.top + innerH }));
  root.append(svg('line', { class: 'axis', x1: pad.left, y1: pad.top, x2: pad.left, y2: pad.top + innerH }));
  root.append(svg('text', { x: pad.left - 6, y: pad.top + 4, 'text-anchor': 'end' }, String(max)));
  root.append(svg('text', { x: pad.left - 6, y: pad.top + innerH, 'text-anchor': 'end' }, '0'));
  if (points.length) {
    root.append(svg('polyline', { class: 'line', points: points.map((p, i) => `${x(i)},${y(p.value)}`).join(' ') }));
    points.forEach((p, i) => {
      const dot = svg('circle', { class: 'dot', cx: x(i), cy: y(p.value), r: 3.5 });
      dot.append(svg('title', {}, `${p.label}: ${p.value}`));
      root.append(dot);
    });
    root.append(svg('text', { x: x(0), y: height - 8, 'text-anchor': 'start' }, points[0].label));
    if (points.length > 1) {
      root.append(svg('text', { x: x(points.length - 1), y: height - 8, 'text-anchor': 'end' }, points[points.length - 1].label));
    }
  }
  return root;
}
