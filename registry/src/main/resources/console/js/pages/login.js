// Phone number → one-time code by SMS → in. The API sets the session cookie; the page never sees it.
import { h, clear, field, errorBox } from '../dom.js';
import { api, showFailure } from '../api.js';
import { t } from '../i18n.js';

export function render(view, ctx) {
  const phone = h('input', { id: 'login-phone', name: 'phone', type: 'tel', inputmode: 'tel', autocomplete: 'tel', required: true, placeholder: '0905123456' });
  const error = errorBox('login-error');
  const step = h('div');
  const phoneForm = h('form', { class: 'stack', id: 'login-phone-form', onsubmit: sendCode },
    field(t('login.phone'), phone),
    h('button', { type: 'submit', id: 'login-send' }, t('login.sendCode')));
  clear(step, phoneForm);
  clear(view, h('section', { class: 'card', testid: 'login-page' },
    h('h1', {}, t('login.title')),
    h('p', { class: 'muted' }, t('login.intro')),
    step, error,
    h('p', { class: 'muted', testid: 'login-card-holders' }, t('login.cardHolders'))));

  async function sendCode(event) {
    event.preventDefault();
    error.textContent = '';
    try {
      const answer = await api('/api/v1/login/code', { method: 'POST', body: { phone: phone.value.trim() } });
      showCodeStep(answer && answer.expiresInSeconds);
    } catch (e) {
      showFailure(error, e);
    }
  }

  function showCodeStep(seconds) {
    const code = h('input', { id: 'login-code', name: 'code', inputmode: 'numeric', autocomplete: 'one-time-code', pattern: '[0-9]{6}', maxlength: 6, required: true });
    clear(step, h('form', { class: 'stack', id: 'login-code-form', onsubmit: (e) => verify(e, code) },
      h('p', { testid: 'login-code-sent' }, t('login.codeSent', { phone: phone.value.trim(), minutes: Math.round((seconds || 300) / 60) })),
      field(t('login.code'), code),
      h('button', { type: 'submit', id: 'login-verify' }, t('login.signIn')),
      h('button', { type: 'button', class: 'link', id: 'login-again', onclick: () => render(view, ctx) }, t('login.otherPhone'))));
    code.focus();
  }

  async function verify(event, code) {
    event.preventDefault();
    error.textContent = '';
    try {
      const answer = await api('/api/v1/login/verify', { method: 'POST', body: { phone: phone.value.trim(), code: code.value.trim() } });
      await ctx.onLogin(answer && answer.account);
    } catch (e) {
      showFailure(error, e);
    }
  }
}
