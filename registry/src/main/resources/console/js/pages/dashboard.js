// An area's statistics: totals, one row and one bar per child area, scans per day, and the areas
// where nobody scans. Officials start at their own area; admins and tracers choose one.
import { h, clear, field, errorBox, table, td } from '../dom.js';
import { api, enc, showFailure } from '../api.js';
import { t } from '../i18n.js';
import { may } from '../session.js';
import { areaPicker, rootAreas } from '../area-picker.js';
import { barChart, lineChart } from '../charts.js';

const COUNTS = ['venues', 'venuesScannedToday', 'venuesScanned7d', 'scans', 'uniquePeople'];

export async function render(view, ctx) {
  const me = ctx.me;
  const q = ctx.query;
  // Without dates the API answers its default (the last 7 days, in Vietnam's calendar) and says which.
  const from = h('input', { id: 'stats-from', type: 'date', value: q.get('from') || '' });
  const to = h('input', { id: 'stats-to', type: 'date', value: q.get('to') || '' });
  const error = errorBox('stats-error');
  const result = h('div', { testid: 'stats-result' });
  const form = h('form', { class: 'row', id: 'stats-form', onsubmit: (e) => { e.preventDefault(); go(); } });
  clear(view, h('section', { class: 'card', testid: 'dashboard-page' }, h('h1', {}, t('stats.title')), form, error), result);

  let picker = null;
  if (may.anyArea(me)) {
    try {
      const roots = await rootAreas(me);
      picker = areaPicker({ id: 'stats-area', label: t('stats.area'), roots, start: q.get('area') || (roots[0] && roots[0].code) });
      form.append(picker.element);
    } catch (e) {
      showFailure(error, e);
    }
  }
  form.append(field(t('stats.from'), from), field(t('stats.to'), to), h('button', { type: 'submit', id: 'stats-show' }, t('stats.show')));

  function go(area) {
    const params = new URLSearchParams();
    const chosen = area || (picker ? picker.value() : q.get('area'));
    if (chosen) params.set('area', chosen);
    if (from.value) params.set('from', from.value);
    if (to.value) params.set('to', to.value);
    const next = `#/dashboard?${params}`;
    if (location.hash === next) ctx.refresh();
    else location.hash = next;
  }

  const params = new URLSearchParams();
  if (from.value) params.set('from', from.value);
  if (to.value) params.set('to', to.value);
  const area = q.get('area') || (picker ? picker.value() : '');
  if (area) params.set('area', area);
  try {
    const stats = await api(`/api/v1/stats?${params}`);
    from.value = stats.from;
    to.value = stats.to;
    show(result, stats, go);
  } catch (e) {
    showFailure(error, e);
  }
}

function show(result, s, go) {
  const children = s.children || [];
  const totals = s.totals || {};
  const areaName = (a) => a.name;
  clear(result,
    h('section', { class: 'card' },
      h('h2', { id: 'stats-heading' }, t('stats.heading', { area: areaName(s.area), from: s.from, to: s.to })),
      h('div', { class: 'tiles', testid: 'stats-totals' }, COUNTS.map((k) =>
        h('div', { class: 'tile' }, h('b', { id: `total-${k}` }, totals[k] ?? 0), h('span', {}, t('stats.' + k)))))),
    h('div', { class: 'charts' },
      children.length ? h('section', { class: 'card chart' }, h('h2', {}, t('stats.chartChildren')),
        barChart(children.map((c) => ({ label: c.area.name, value: c.scans || 0 })), t('stats.chartChildren'), 'chart-children')) : null,
      h('section', { class: 'card chart' }, h('h2', {}, t('stats.chartDaily')),
        lineChart((s.daily || []).map((d) => ({ label: d.date, value: d.scans || 0 })), t('stats.chartDaily'), 'chart-daily'))),
    children.length ? h('section', { class: 'card' }, h('h2', {}, t('stats.children')), table(
      [{ label: t('stats.childArea') }, ...COUNTS.map((k) => ({ label: t('stats.' + k), num: true }))],
      children.map((c) => h('tr', { 'data-area': c.area.code },
        td(h('a', { href: '#', onclick: (e) => { e.preventDefault(); go(c.area.code); } }, areaName(c.area))),
        COUNTS.map((k) => td(c[k] ?? 0, true)))),
      'stats-children')) : null,
    h('section', { class: 'card' }, h('h2', {}, t('stats.withoutScans', { n: (s.areasWithoutScans || []).length })),
      (s.areasWithoutScans || []).length === 0 ? h('p', { class: 'muted' }, t('stats.allScan'))
        : h('ul', { testid: 'stats-without-scans' }, s.areasWithoutScans.map((a) =>
          h('li', {}, a.name, a.parent ? h('span', { class: 'muted' }, ` — ${a.parent.name}`) : null)))));
}
