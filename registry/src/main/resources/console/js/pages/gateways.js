// Gateways for admins: register one (its token is shown once, here), list, revoke.
import { h, clear, field, errorBox, table, td, formatTime } from '../dom.js';
import { api, enc, showFailure } from '../api.js';
import { t } from '../i18n.js';

export function render(view) {
  const id = h('input', { id: 'gateway-id', required: true, placeholder: 'gw-danang-1', maxlength: 64 });
  const error = errorBox('gateways-error');
  const created = h('div', { testid: 'gateway-created' });
  const list = h('div', { testid: 'gateways-list' });

  async function load() {
    try {
      const answer = await api('/api/v1/gateways');
      const gateways = answer.gateways || [];
      clear(list, gateways.length === 0 ? h('p', { class: 'muted' }, t('gateways.none')) : table(
        [{ label: t('gateways.id') }, { label: t('gateways.createdAt') }, { label: t('gateways.actions') }],
        gateways.map((g) => h('tr', { 'data-gateway': g.id, 'data-revoked': g.revokedAt ? 'true' : null },
          td(g.id),
          td(g.source === 'config' ? t('gateways.fromConfig') : formatTime(g.createdAt)),
          td(g.revokedAt ? t('gateways.revokedAt', { at: formatTime(g.revokedAt) })
            : g.source === 'config' ? ''
              : h('button', { type: 'button', class: 'danger', 'data-revoke': g.id, onclick: () => revoke(g.id) }, t('gateways.revoke'))))),
        'gateways-table'));
    } catch (e) {
      showFailure(error, e);
    }
  }

  async function revoke(gateway) {
    if (!window.confirm(t('gateways.confirmRevoke', { id: gateway }))) return;
    error.textContent = '';
    try {
      await api(`/api/v1/gateways/${enc(gateway)}`, { method: 'DELETE' });
      await load();
    } catch (e) {
      showFailure(error, e);
    }
  }

  async function register(event) {
    event.preventDefault();
    error.textContent = '';
    clear(created);
    try {
      const answer = await api('/api/v1/gateways', { method: 'POST', body: { id: id.value.trim() } });
      const token = h('code', { class: 'token', id: 'gateway-token' }, answer.token);
      const copied = h('span', { class: 'muted', role: 'status' });
      clear(created, h('div', { class: 'notice' },
        h('p', {}, t('gateways.tokenOnce', { id: answer.id })), token, ' ',
        h('button', { type: 'button', class: 'secondary', id: 'gateway-copy', onclick: async () => {
          try {
            await navigator.clipboard.writeText(answer.token);
            copied.textContent = t('gateways.copied');
          } catch (e) {
            window.getSelection().selectAllChildren(token);
            copied.textContent = t('gateways.copyByHand');
          }
        } }, t('gateways.copy')), ' ', copied));
      id.value = '';
      await load();
    } catch (e) {
      showFailure(error, e);
    }
  }

  clear(view, h('section', { class: 'card', testid: 'gateways-page' },
    h('h1', {}, t('gateways.title')),
    h('form', { class: 'row', id: 'gateway-form', onsubmit: register },
      field(t('gateways.id'), id), h('button', { type: 'submit', id: 'gateway-register' }, t('gateways.register'))),
    error, created), h('section', { class: 'card' }, h('h2', {}, t('gateways.list')), list));
  load();
}
