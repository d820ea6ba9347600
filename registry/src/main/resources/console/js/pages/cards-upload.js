// Cards for a whole class or staff list: the columns explained with a sample file, the upload, a progress
// bar while the registry signs and lays out the cards, the counts, each refused row with its column and
// reason, the error report and the A4 sheets to print. Refused rows get no card.
import { h, clear, errorBox, table, td } from '../dom.js';
import { api, enc, showFailure, ApiFailure } from '../api.js';
import { t } from '../i18n.js';

const MAX_BYTES = 16 * 1024 * 1024;
const POLL_MS = 500;
const COLUMNS = [
  ['document', 'so_giay_to, số giấy tờ, cccd, document', true],
  ['name', 'ho_ten, họ tên, họ và tên, name', true],
  ['birthDate', 'ngay_sinh, ngày sinh, dob, birth_date', true],
  ['phone', 'so_dien_thoai, số điện thoại, phone', false],
  ['group', 'lop, lớp, to, tổ, group', false],
];
const TALLIES = ['rows', 'good', 'bad', 'issued', 'reused'];

export function render(view) {
  const file = h('input', { id: 'batch-file', name: 'file', type: 'file', accept: '.csv,text/csv', required: true });
  const validDays = h('input', { id: 'batch-valid-days', name: 'validDays', type: 'number', min: 1, inputmode: 'numeric' });
  const send = h('button', { type: 'submit', id: 'batch-upload' }, t('batch.upload'));
  const error = errorBox('batch-error');
  const result = h('div', { testid: 'batch-result' });
  let timer = null;
  let stopped = false;

  async function upload(event) {
    event.preventDefault();
    error.textContent = '';
    clear(result);
    const chosen = file.files[0];
    if (!chosen) {
      error.textContent = t('batch.chooseFile');
      return;
    }
    if (chosen.size > MAX_BYTES) {
      error.textContent = t('batch.tooLarge');
      return;
    }
    const query = validDays.value.trim() ? `?validDays=${enc(validDays.value.trim())}` : '';
    send.disabled = true;
    try {
      const batch = await api(`/api/v1/card-batches${query}`, { method: 'POST', body: chosen, contentType: 'text/csv' });
      show(batch);
      result.scrollIntoView({ block: 'start' });
      follow(batch.id);
    } catch (e) {
      send.disabled = false;
      if (e instanceof ApiFailure && e.status === 413) error.textContent = t('batch.tooLarge');
      else if (e instanceof ApiFailure && e.status === 400 && e.body && e.body.problems) {
        showRefused(e.body);
        result.scrollIntoView({ block: 'start' });
      }
      else showFailure(error, e);
    }
  }

  /** Asks again every half second until the batch is done or failed, or the page is left. */
  function follow(id) {
    timer = setTimeout(async () => {
      if (stopped) return;
      try {
        const batch = await api(`/api/v1/card-batches/${enc(id)}`);
        if (stopped) return;
        show(batch);
        if (batch.state === 'done' || batch.state === 'failed') send.disabled = false;
        else follow(id);
      } catch (e) {
        send.disabled = false;
        showFailure(error, e);
      }
    }, POLL_MS);
  }

  /** The whole file was refused before any row was read: only why. */
  function showRefused(body) {
    clear(result, h('div', { testid: 'batch-refused' },
      h('p', { class: 'error' }, t('batch.refused')),
      h('p', {}, body.error),
      problemsTable(body.problems || [])));
  }

  function show(batch) {
    const base = `/api/v1/card-batches/${enc(batch.id)}`;
    const problems = batch.problems || [];
    const problemCount = batch.problemCount === undefined ? problems.length : batch.problemCount;
    clear(result,
      h('div', { testid: 'batch-status', 'data-state': batch.state, 'data-batch': batch.id },
        progress(batch),
        h('div', { class: 'tiles' }, TALLIES.map((name) => h('div', { class: 'tile', testid: `batch-${name}` },
          h('b', {}, String(batch[name] ?? 0)), h('span', {}, t(`batch.count.${name}`))))),
        (batch.ignoredColumns || []).length
          ? h('p', { class: 'muted', testid: 'batch-ignored' }, t('batch.ignored', { columns: batch.ignoredColumns.join(', ') })) : null,
        batch.state === 'failed' ? h('p', { class: 'error', testid: 'batch-failed' }, t('batch.failed'), ' ', batch.error || '') : null,
        batch.state === 'done' && batch.good > 0
          ? h('p', {}, h('a', { href: `${base}/cards.pdf`, id: 'batch-pdf', class: 'button', download: `qrgate-cards-${batch.id}.pdf`, type: 'application/pdf' }, t('batch.pdf')))
          : null),
      problemCount > 0 ? h('div', { testid: 'batch-problems' },
        h('h2', {}, t('batch.problems', { count: problemCount })),
        problemCount > problems.length ? h('p', { class: 'muted' }, t('batch.problemsFirst', { shown: problems.length })) : null,
        h('p', {}, h('a', { href: `${base}/errors.csv`, id: 'batch-errors', download: `bao-cao-loi-${batch.id}.csv`, type: 'text/csv' }, t('batch.errors'))),
        problemsTable(problems)) : null);
  }

  function progress(batch) {
    const label = t(`batch.state.${batch.state}`, { done: batch.done ?? 0, good: batch.good ?? 0 });
    const bar = h('progress', { id: 'batch-progress', max: Math.max(batch.good || 0, 1), 'aria-label': label });
    // Signing counts rows; laying the sheets out has no count, so the bar just moves.
    if (batch.state === 'signing') bar.value = batch.done || 0;
    else if (batch.state !== 'laying-out') bar.value = bar.max;
    return h('p', { class: 'progress' }, bar, ' ', h('span', { testid: 'batch-state', role: 'status' }, label));
  }

  function problemsTable(problems) {
    return table([{ label: t('batch.col.row'), num: true }, { label: t('batch.col.column') }, { label: t('batch.col.reason') }],
      problems.map((p) => h('tr', { 'data-row': p.row, 'data-column': p.column }, td(p.row, true), td(p.column), td(p.reason))),
      'batch-problems-table');
  }

  clear(view,
    h('section', { class: 'card', testid: 'batch-page' },
      h('h1', {}, t('batch.title')),
      h('p', {}, t('batch.intro')),
      table([{ label: t('batch.col.content') }, { label: t('batch.col.headers') }, { label: t('batch.col.required') }],
        COLUMNS.map(([key, headers, required]) => h('tr', {}, td(t(`cards.field.${key}`)), td(headers),
          td(required ? t('batch.required') : t('batch.optional')))), 'batch-columns'),
      h('p', { class: 'muted' }, t('batch.rules')),
      h('p', {}, h('a', { href: '/console/samples/danh-sach-mau.csv', id: 'batch-sample', download: 'danh-sach-mau.csv', type: 'text/csv' }, t('batch.sample'))),
      h('form', { class: 'stack', id: 'batch-form', onsubmit: upload },
        h('label', {}, t('batch.file'), file, h('span', { class: 'hint' }, t('batch.fileHint'))),
        h('label', {}, t('cards.field.validDays'), validDays, h('span', { class: 'hint' }, t('cards.hint.validDays'))),
        send),
      error, result));
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
