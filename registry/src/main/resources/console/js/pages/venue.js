// One venue: its facts, the poster to print, the live list, and (for those who may) staff and devices.
import { h, clear, field, errorBox, table, td, formatTime } from '../dom.js';
import { api, enc, showFailure } from '../api.js';
import { t } from '../i18n.js';
import { may } from '../session.js';

export async function render(view, ctx) {
  const code = decodeURIComponent(ctx.params[0]);
  const error = errorBox('venue-error');
  clear(view, error);
  let v;
  try {
    v = await api(`/api/v1/venues/${enc(code)}`);
  } catch (e) {
    showFailure(error, e);
    return;
  }
  const poster = `/api/v1/venues/${enc(v.code)}/poster.pdf`;
  clear(view,
    h('section', { class: 'card', testid: 'venue-page' },
      h('h1', { id: 'venue-title' }, v.name),
      h('dl', { class: 'facts' },
        h('dt', {}, t('venue.code')), h('dd', { id: 'venue-code' }, v.code),
        h('dt', {}, t('venue.type')), h('dd', {}, v.typeLabel || v.type),
        h('dt', {}, t('venue.address')), h('dd', {}, v.address),
        h('dt', {}, t('venue.area')), h('dd', {}, v.area ? `${v.area.name} (${v.area.code})` : ''),
        h('dt', {}, t('venue.createdAt')), h('dd', {}, v.createdAt ? formatTime(v.createdAt) : '')),
      h('p', { class: 'actions' },
        h('a', { href: poster, id: 'poster-link', download: `poster-${v.code}.pdf`, type: 'application/pdf' }, t('venue.poster')),
        may.live(ctx.me) ? [' · ', h('a', { href: `#/live/${v.code}`, id: 'live-link' }, t('venue.live'))] : null),
      h('p', { class: 'muted' }, t('venue.posterHint'))));
  if (may.manageStaff(ctx.me, v.code)) view.append(staffSection(v.code));
  if (may.provision(ctx.me, v.code)) view.append(devicesSection(v.code));
}

function staffSection(code) {
  const error = errorBox('staff-error');
  const list = h('div', { testid: 'staff-list' });
  const add = h('input', { id: 'staff-phone', type: 'tel', inputmode: 'tel', required: true, placeholder: '0905123456' });
  const remove = h('input', { id: 'staff-remove-phone', type: 'tel', inputmode: 'tel', required: true });
  const base = `/api/v1/venues/${enc(code)}/staff`;

  function show(answer) {
    const staff = (answer && answer.staff) || [];
    clear(list, staff.length === 0 ? h('p', { class: 'muted' }, t('staff.none')) : h('ul', { class: 'plain' },
      staff.map((s) => h('li', {}, h('span', { class: 'token' }, s.phone), h('span', { class: 'muted' }, formatTime(s.addedAt))))));
  }

  async function call(promise) {
    error.textContent = '';
    try {
      show(await promise);
      return true;
    } catch (e) {
      showFailure(error, e);
      return false;
    }
  }

  call(api(base));
  return h('section', { class: 'card', testid: 'staff-section' },
    h('h2', {}, t('staff.title')),
    h('p', { class: 'muted' }, t('staff.hint')),
    list,
    h('form', { class: 'row', id: 'staff-add-form', onsubmit: async (e) => {
      e.preventDefault();
      if (await call(api(base, { method: 'POST', body: { phone: add.value.trim() } }))) add.value = '';
    } }, field(t('staff.phone'), add), h('button', { type: 'submit', id: 'staff-add' }, t('staff.add'))),
    h('form', { class: 'row', id: 'staff-remove-form', onsubmit: async (e) => {
      e.preventDefault();
      if (await call(api(`${base}/${enc(remove.value.trim())}`, { method: 'DELETE' }))) remove.value = '';
    } }, field(t('staff.removePhone'), remove), h('button', { type: 'submit', class: 'danger', id: 'staff-remove' }, t('staff.remove'))),
    error);
}

function devicesSection(code) {
  const error = errorBox('devices-error');
  const list = h('div', { testid: 'devices-list' });
  const device = h('input', { id: 'device-id', required: true, placeholder: 'reader-001', maxlength: 64 });

  async function load() {
    try {
      const answer = await api(`/api/v1/venues/${enc(code)}/devices`);
      const devices = (answer && answer.devices) || [];
      clear(list, devices.length === 0 ? h('p', { class: 'muted' }, t('devices.none')) : table(
        [{ label: t('devices.device') }, { label: t('devices.assignedAt') }],
        devices.map((d) => h('tr', {}, td(d.device), td(formatTime(d.assignedAt)))), 'devices-table'));
    } catch (e) {
      showFailure(error, e);
    }
  }

  load();
  return h('section', { class: 'card', testid: 'devices-section' },
    h('h2', {}, t('devices.title')),
    h('p', { class: 'muted' }, t('devices.hint')),
    list,
    h('form', { class: 'row', id: 'device-form', onsubmit: async (e) => {
      e.preventDefault();
      error.textContent = '';
      try {
        await api(`/api/v1/devices/${enc(device.value.trim())}`, { method: 'PUT', body: { venue: code } });
        device.value = '';
        await load();
      } catch (err) {
        showFailure(error, err);
      }
    } }, field(t('devices.device'), device), h('button', { type: 'submit', id: 'device-provision' }, t('devices.provision'))),
    error);
}
