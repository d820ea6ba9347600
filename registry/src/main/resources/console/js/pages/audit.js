// The audit log for admins: every trace query and every full view of a live list.
import { h, clear, field, errorBox, table, td, isoDay, formatTime } from '../dom.js';
import { api, enc, showFailure } from '../api.js';
import { t } from '../i18n.js';

export function render(view) {
  const from = h('input', { id: 'audit-from', type: 'date', value: isoDay(-7), required: true });
  const to = h('input', { id: 'audit-to', type: 'date', value: isoDay(1), required: true });
  const error = errorBox('audit-error');
  const out = h('div', { testid: 'audit-result' });
  async function load(e) {
    if (e) e.preventDefault();
    error.textContent = '';
    try {
      const start = new Date(`${from.value}T00:00`).toISOString();
      const end = new Date(`${to.value}T00:00`).toISOString();
      const answer = await api(`/api/v1/audit?from=${enc(start)}&to=${enc(end)}`);
      const entries = (answer.entries || []).slice().reverse();
      clear(out, entries.length === 0 ? h('p', { class: 'muted', testid: 'audit-empty' }, t('audit.none')) : table(
        [{ label: t('audit.at') }, { label: t('audit.account') }, { label: t('audit.role') }, { label: t('audit.kind') },
          { label: t('audit.target') }, { label: t('audit.window') }, { label: t('audit.rows'), num: true }],
        entries.map((a) => h('tr', { 'data-kind': a.kind },
          td(formatTime(a.askedAt)), td(a.account), td(t('role.' + a.role)), td(t('audit.kind.' + a.kind)), td(a.target),
          td(a.from ? `${formatTime(a.from)} – ${formatTime(a.to)}` : ''), td(a.rows ?? '', true))),
        'audit-table'));
    } catch (err) {
      showFailure(error, err);
    }
  }
  clear(view, h('section', { class: 'card', testid: 'audit-page' },
    h('h1', {}, t('audit.title')),
    h('p', { class: 'muted' }, t('audit.intro')),
    h('form', { class: 'row', id: 'audit-form', onsubmit: load },
      field(t('audit.from'), from), field(t('audit.to'), to), h('button', { type: 'submit', id: 'audit-show' }, t('audit.show'))),
    error), out);
  load();
}
