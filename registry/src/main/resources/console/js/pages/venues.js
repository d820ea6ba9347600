// The venues the account may see (the API scopes the list), and who the account is.
import { h, clear, table, td, errorBox } from '../dom.js';
import { api, showFailure } from '../api.js';
import { t } from '../i18n.js';
import { may } from '../session.js';

export async function render(view, ctx) {
  const me = ctx.me;
  const error = errorBox('venues-error');
  const body = h('div', { testid: 'venues-body' }, h('p', { class: 'muted' }, t('common.loading')));
  clear(view,
    h('section', { class: 'card', testid: 'me-card' },
      h('h1', {}, t('venues.title')),
      h('p', { id: 'me-role' }, t('me.role'), ': ', h('b', {}, t('role.' + me.role))),
      me.area ? h('p', { id: 'me-area' }, t('me.area'), ': ', h('b', {}, me.area.name), ` (${me.area.code})`) : null,
      (me.venues || []).length ? h('p', { id: 'me-venues' }, t('me.venues'), ': ',
        me.venues.map((v, i) => [i ? ', ' : '', h('a', { href: `#/venue/${v.code}` }, v.name), v.owner ? ` (${t('me.owner')})` : ''])) : null,
      may.registerVenue(me) ? h('p', {}, h('a', { href: '#/venues/new', id: 'venue-new-link', class: 'button' }, t('venues.register'))) : null),
    error, body);
  try {
    const answer = await api('/api/v1/venues');
    const list = answer.venues || [];
    clear(body, list.length === 0 ? h('p', { testid: 'venues-empty' }, t('venues.none')) : table(
      [{ label: t('venue.code') }, { label: t('venue.name') }, { label: t('venue.type') }, { label: t('venue.area') }, { label: t('venues.actions') }],
      list.map((v) => h('tr', { 'data-code': v.code },
        td(h('a', { href: `#/venue/${v.code}` }, v.code)),
        td(v.name),
        td(v.typeLabel || v.type),
        td(v.area ? v.area.name : ''),
        td(may.live(me) ? h('a', { href: `#/live/${v.code}` }, t('venues.live')) : h('a', { href: `#/venue/${v.code}` }, t('venues.open'))))),
      'venues-table'));
  } catch (e) {
    clear(body);
    showFailure(error, e);
  }
}
