// Builds elements from data as nodes and text, so nothing the API returns is ever parsed as markup.

export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'testid') el.dataset.testid = value;
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'value') el.value = value;
    else el.setAttribute(key, value === true ? '' : value);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A labelled input: the label wraps the control, so screen readers and clicks find it. */
export function field(label, control) {
  return h('label', {}, label, control);
}

/** Where a form's API error goes; announced when it changes. */
export function errorBox(testid) {
  return h('p', { class: 'error', role: 'alert', testid });
}

export function table(headers, rows, testid) {
  return h('div', { class: 'table-wrap' },
    h('table', { testid },
      h('thead', {}, h('tr', {}, headers.map((c) => h('th', { class: c.num ? 'num' : null, scope: 'col' }, c.label)))),
      h('tbody', {}, rows)));
}

export function td(value, num = false) {
  return h('td', { class: num ? 'num' : null }, value);
}

/** Today's date (YYYY-MM-DD) in the browser's zone, shifted by whole days. */
export function isoDay(shiftDays = 0) {
  const d = new Date();
  d.setDate(d.getDate() + shiftDays);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A datetime-local value (minutes) for a moment offset from now by hours. */
export function localMinute(shiftHours = 0) {
  const d = new Date(Date.now() + shiftHours * 3600_000);
  d.setSeconds(0, 0);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** A moment in the reader's zone, written the way the chosen language writes it. */
export function formatTime(iso) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(locale());
}

export function locale() {
  return document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN';
}
