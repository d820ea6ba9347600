// A holder's own cards (those issued with the phone they logged in with), each to download and print.
import { h, clear, errorBox } from '../dom.js';
import { api, enc, showFailure } from '../api.js';
import { t } from '../i18n.js';
import { facts } from './cards.js';

export async function render(view) {
  const error = errorBox('my-card-error');
  const body = h('div', { testid: 'my-card-body' }, h('p', { class: 'muted' }, t('common.loading')));
  clear(view, h('section', { class: 'card', testid: 'my-card-page' },
    h('h1', {}, t('myCard.title')),
    h('p', { class: 'muted' }, t('myCard.intro')),
    error, body));
  try {
    const answer = await api('/api/v1/me/cards');
    const cards = answer.cards || [];
    clear(body, cards.length === 0 ? h('p', { testid: 'my-card-none' }, t('myCard.none')) : cards.map((c) =>
      h('article', { class: 'card', 'data-card': c.id },
        facts(c),
        h('p', {}, h('a', { href: `/api/v1/me/cards/${enc(c.id)}/card.pdf`, class: 'button', 'data-download': c.id,
          download: `qrgate-card-${c.id}.pdf`, type: 'application/pdf' }, t('myCard.download'))),
        h('p', { class: 'muted' }, t('myCard.howTo')))));
  } catch (e) {
    clear(body);
    showFailure(error, e);
  }
}
