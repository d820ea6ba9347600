// Contact tracing for health tracers: a person's visits, or everyone at a venue, in a window.
// Full personal data, every query audited by the API; the CSV link asks the same question again.
import { h, clear, field, errorBox, table, td, localMinute, formatTime } from '../dom.js';
import { api, enc, showFailure } from '../api.js';
import { t } from '../i18n.js';

export function render(view) {
  clear(view,
    h('section', { class: 'card', testid: 'trace-page' },
      h('h1', {}, t('trace.title')),
      h('p', { class: 'notice', testid: 'trace-audit-notice' }, t('trace.auditNotice'))),
    personForm(), venueForm());
}

function windowFields(prefix) {
  const from = h('input', { id: `${prefix}-from`, type: 'datetime-local', value: localMinute(-24 * 7), required: true });
  const to = h('input', { id: `${prefix}-to`, type: 'datetime-local', value: localMinute(1), required: true });
  return { from, to, query: () => `from=${enc(new Date(from.value).toISOString())}&to=${enc(new Date(to.value).toISOString())}` };
}

function personForm() {
  const doc = h('input', { id: 'trace-document', required: true, autocomplete: 'off', maxlength: 32 });
  const w = windowFields('trace-person');
  const error = errorBox('trace-person-error');
  const out = h('div', { testid: 'trace-person-result' });
  const form = h('form', { class: 'row', id: 'trace-person-form', onsubmit: async (e) => {
    e.preventDefault();
    error.textContent = '';
    clear(out);
    const url = `/api/v1/trace/person?document=${enc(doc.value.trim())}&${w.query()}`;
    try {
      const answer = await api(url);
      results(out, answer.visits || [], url, 'trace-person-table');
    } catch (err) {
      showFailure(error, err);
    }
  } }, field(t('trace.document'), doc), field(t('trace.from'), w.from), field(t('trace.to'), w.to),
  h('button', { type: 'submit', id: 'trace-person-run' }, t('trace.findVisits')));
  return h('section', { class: 'card' }, h('h2', {}, t('trace.person')), form, error, out);
}

function venueForm() {
  const venue = h('input', { id: 'trace-venue', required: true, placeholder: 'V48-000001' });
  const w = windowFields('trace-venue');
  const error = errorBox('trace-venue-error');
  const out = h('div', { testid: 'trace-venue-result' });
  const form = h('form', { class: 'row', id: 'trace-venue-form', onsubmit: async (e) => {
    e.preventDefault();
    error.textContent = '';
    clear(out);
    const url = `/api/v1/trace/venue/${enc(venue.value.trim())}?${w.query()}`;
    try {
      const answer = await api(url);
      results(out, answer.presences || [], url, 'trace-venue-table');
    } catch (err) {
      showFailure(error, err);
    }
  } }, field(t('trace.venue'), venue), field(t('trace.from'), w.from), field(t('trace.to'), w.to),
  h('button', { type: 'submit', id: 'trace-venue-run' }, t('trace.findPresent')));
  return h('section', { class: 'card' }, h('h2', {}, t('trace.venueTitle')), form, error, out);
}

function results(out, rows, url, testid) {
  clear(out,
    h('p', {}, h('b', { testid: `${testid}-count` }, t('trace.count', { n: rows.length })), ' · ',
      h('a', { href: `${url}&format=csv`, download: '', testid: `${testid}-csv` }, t('trace.csv'))),
    rows.length === 0 ? null : table(
      [{ label: t('trace.colVenue') }, { label: t('trace.colFrom') }, { label: t('trace.colUntil') },
        { label: t('trace.colDocument') }, { label: t('trace.colName') }, { label: t('trace.colBirth') }, { label: t('trace.colPhone') }],
      rows.map((r) => h('tr', {},
        td(r.venue), td(formatTime(r.from)),
        td([formatTime(r.until), r.ending && r.ending !== 'OUT' ? h('span', { class: 'muted' }, ` (${t('trace.ending.' + r.ending)})`) : null]),
        td(r.subject.documentNumber), td(r.subject.name), td(r.subject.birthDate), td(r.subject.phone || ''))),
      testid));
}
