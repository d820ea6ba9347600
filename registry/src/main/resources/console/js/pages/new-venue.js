// Registering a venue: name, type, address, area, and the owner's phone (who becomes its owner).
import { h, clear, field, errorBox } from '../dom.js';
import { api, showFailure } from '../api.js';
import { t } from '../i18n.js';
import { areaPicker, rootAreas } from '../area-picker.js';

export async function render(view, ctx) {
  const error = errorBox('venue-new-error');
  const name = h('input', { id: 'venue-name', required: true, maxlength: 200 });
  const type = h('select', { id: 'venue-type', required: true }, h('option', { value: '' }, t('venue.chooseType')));
  const address = h('input', { id: 'venue-address', required: true, maxlength: 300 });
  const owner = h('input', { id: 'venue-owner-phone', type: 'tel', inputmode: 'tel', required: true, placeholder: '0905123456' });
  const form = h('form', { class: 'stack', id: 'venue-new-form', onsubmit: submit },
    field(t('venue.name'), name), field(t('venue.type'), type), field(t('venue.address'), address));
  clear(view, h('section', { class: 'card', testid: 'venue-new-page' },
    h('h1', {}, t('venues.register')), form, error));
  let picker;
  try {
    const [types, roots] = await Promise.all([api('/api/v1/venue-types'), rootAreas(ctx.me)]);
    (types.types || []).forEach((ty) => type.append(h('option', { value: ty.type }, ty.label)));
    picker = areaPicker({ id: 'venue-area', label: t('venue.area'), roots });
    form.append(picker.element, field(t('venue.ownerPhone'), owner),
      h('button', { type: 'submit', id: 'venue-submit' }, t('venues.registerSubmit')));
  } catch (e) {
    showFailure(error, e);
  }

  async function submit(event) {
    event.preventDefault();
    error.textContent = '';
    try {
      const created = await api('/api/v1/venues', { method: 'POST', body: {
        name: name.value.trim(), type: type.value, address: address.value.trim(),
        area: picker ? picker.value() : '', ownerPhone: owner.value.trim() } });
      location.hash = `#/venue/${created.code}`;
    } catch (e) {
      showFailure(error, e);
    }
  }
}
