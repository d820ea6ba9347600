// Personal QG1 cards, one at a time: the form (each wrong field told beside its input), the card just
// issued with its printable PDF, and the cards this account issued lately, to download or revoke.
import { h, clear, errorBox, table, td, formatTime } from '../dom.js';
import { api, enc, showFailure, ApiFailure } from '../api.js';
import { t } from '../i18n.js';

const FIELDS = ['document', 'name', 'birthDate', 'phone', 'group', 'validDays'];

export function render(view) {
  const inputs = {
    document: h('input', { id: 'card-document', name: 'document', inputmode: 'numeric', autocomplete: 'off', required: true, maxlength: 12, placeholder: '048090001234' }),
    name: h('input', { id: 'card-name', name: 'name', autocomplete: 'off', required: true, maxlength: 100 }),
    birthDate: h('input', { id: 'card-birth', name: 'birthDate', type: 'date', required: true }),
    phone: h('input', { id: 'card-phone', name: 'phone', type: 'tel', inputmode: 'tel', autocomplete: 'off', placeholder: '0912345678' }),
    group: h('input', { id: 'card-group', name: 'group', autocomplete: 'off', maxlength: 40 }),
    validDays: h('input', { id: 'card-valid-days', name: 'validDays', type: 'number', min: 1, inputmode: 'numeric' }),
  };
  const problems = Object.fromEntries(FIELDS.map((f) => [f, h('p', { class: 'error', role: 'alert', testid: `card-problem-${f}` })]));
  const error = errorBox('card-error');
  const issued = h('div', { testid: 'card-issued' });
  const listError = errorBox('cards-list-error');
  const list = h('div', { testid: 'cards-list' }, h('p', { class: 'muted' }, t('common.loading')));

  const form = h('form', { class: 'fields', id: 'card-form', novalidate: true, onsubmit: issue },
    FIELDS.map((f) => h('label', {}, t(`cards.field.${f}`),
      inputs[f],
      h('span', { class: 'hint', id: `card-hint-${f}` }, t(`cards.hint.${f}`)),
      problems[f])),
    h('p', { class: 'submit' }, h('button', { type: 'submit', id: 'card-issue' }, t('cards.issue'))));

  async function issue(event) {
    event.preventDefault();
    error.textContent = '';
    FIELDS.forEach((f) => {
      problems[f].textContent = '';
      inputs[f].removeAttribute('aria-invalid');
    });
    clear(issued);
    const body = {
      document: inputs.document.value.trim(),
      name: inputs.name.value.trim(),
      birthDate: inputs.birthDate.value,
    };
    ['phone', 'group'].forEach((f) => {
      if (inputs[f].value.trim()) body[f] = inputs[f].value.trim();
    });
    if (inputs.validDays.value.trim()) body.validDays = Number(inputs.validDays.value);
    try {
      const answer = await api('/api/v1/cards', { method: 'POST', body });
      showIssued(answer);
      form.reset();
      await load();
    } catch (e) {
      if (!showProblems(e)) showFailure(error, e);
    }
  }

  /** A 400 names each wrong field: its sentence goes under its own input. */
  function showProblems(failure) {
    const listed = failure instanceof ApiFailure && failure.status === 400 && failure.body && failure.body.problems;
    if (!listed || !listed.length) return false;
    let first = null;
    for (const p of listed) {
      const box = problems[p.field];
      if (!box) continue;
      box.textContent = '';
      box.append(t(`cards.rule.${p.field}`), ' ', h('small', { class: 'muted' }, `(${p.allowed})`));
      inputs[p.field].setAttribute('aria-invalid', 'true');
      first = first || inputs[p.field];
    }
    error.textContent = t('cards.fixFields');
    if (first) first.focus();
    return true;
  }

  function showIssued(answer) {
    const c = answer.card;
    clear(issued, h('div', { class: 'notice', testid: 'card-issued-summary', 'data-card': c.id },
      h('p', {}, h('b', {}, t('cards.issuedTitle'))),
      facts(c),
      answer.replaced ? h('p', { testid: 'card-replaced' }, t('cards.replaced')) : null,
      h('p', {}, h('a', { href: pdfOf(c), id: 'card-download', class: 'button', download: `qrgate-card-${c.id}.pdf`, type: 'application/pdf' }, t('cards.download')))));
    issued.scrollIntoView({ block: 'start' });
  }

  async function load() {
    try {
      const answer = await api('/api/v1/cards?limit=50');
      const cards = answer.cards || [];
      clear(list, cards.length === 0 ? h('p', { class: 'muted', testid: 'cards-none' }, t('cards.none')) : table(
        [{ label: t('cards.col.name') }, { label: t('cards.col.document') }, { label: t('cards.col.birthYear') },
          { label: t('cards.col.group') }, { label: t('cards.col.issuedAt') }, { label: t('cards.col.validUntil') },
          { label: t('cards.col.actions') }],
        cards.map((c) => h('tr', { 'data-card': c.id, 'data-active': String(c.active) },
          td(c.name), td(c.document), td(c.birthYear), td(c.group || ''), td(formatTime(c.issuedAt)), td(c.validUntil),
          td(c.active ? [
            h('a', { href: pdfOf(c), 'data-download': c.id, download: `qrgate-card-${c.id}.pdf` }, t('cards.downloadShort')), ' ',
            h('button', { type: 'button', class: 'danger', 'data-revoke': c.id, onclick: () => revoke(c) }, t('cards.revoke'))]
            : t('cards.revokedAt', { at: formatTime(c.revokedAt) })))),
        'cards-table'));
    } catch (e) {
      clear(list);
      showFailure(listError, e);
    }
  }

  async function revoke(card) {
    if (!window.confirm(t('cards.confirmRevoke', { name: card.name, document: card.document }))) return;
    listError.textContent = '';
    try {
      await api(`/api/v1/cards/${enc(card.id)}/revoke`, { method: 'POST' });
    } catch (e) {
      showFailure(listError, e);
    }
    await load();
  }

  clear(view,
    h('section', { class: 'card', testid: 'cards-page' },
      h('h1', {}, t('cards.title')),
      h('p', { class: 'muted' }, t('cards.intro'), ' ', h('a', { href: '#/cards/upload', id: 'cards-upload-link' }, t('cards.toUpload'))),
      form, error, issued),
    h('section', { class: 'card' }, h('h2', {}, t('cards.recent')), listError, list));
  load();
}

/** The issuer's download; the session cookie goes with a plain link. */
function pdfOf(card) {
  return `/api/v1/cards/${enc(card.id)}/card.pdf`;
}

/** What a card shows in the console: masked, as the API gives it. */
export function facts(c) {
  return h('dl', { class: 'facts' },
    h('dt', {}, t('cards.col.name')), h('dd', { testid: 'card-name' }, c.name),
    h('dt', {}, t('cards.col.document')), h('dd', { testid: 'card-document' }, c.document),
    h('dt', {}, t('cards.col.birthYear')), h('dd', {}, c.birthYear),
    c.group ? [h('dt', {}, t('cards.col.group')), h('dd', {}, c.group)] : null,
    h('dt', {}, t('cards.col.issuer')), h('dd', {}, c.issuer),
    h('dt', {}, t('cards.col.validUntil')), h('dd', {}, c.validUntil));
}
