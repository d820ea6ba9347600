// A venue's live in/out list over Server-Sent Events: the snapshot first, then each check-in on top.
// Masked unless the full view was asked for and the API allowed it (and audited it).
import { h, clear, errorBox, locale } from '../dom.js';
import { api, enc, showFailure, ApiFailure } from '../api.js';
import { t } from '../i18n.js';

const KEEP = 300;

export function render(view, ctx) {
  const code = decodeURIComponent(ctx.params[0]);
  const full = Boolean(ctx.params[1]);
  const query = full ? '?view=full' : '';
  const error = errorBox('live-error');
  const title = h('h1', { id: 'live-title' }, t('live.title', { venue: code }));
  const inside = h('b', { id: 'inside-count', testid: 'inside-count' }, '–');
  const status = h('span', { id: 'live-status', class: 'muted' }, t('live.connecting'));
  const list = h('ul', { class: 'plain live-list', id: 'live-list', testid: 'live-list', 'aria-live': 'polite' });
  const switchLink = full
    ? h('a', { href: `#/live/${enc(code)}`, id: 'masked-view' }, t('live.maskedView'))
    : h('a', { href: `#/live/${enc(code)}/full`, id: 'full-view', class: 'button' }, t('live.fullView'));
  clear(view, h('section', { class: 'card', testid: full ? 'live-full-page' : 'live-page' },
    title,
    full ? h('p', { class: 'notice', id: 'audit-notice', testid: 'audit-notice' }, t('live.auditNotice'))
      : h('p', { class: 'muted' }, t('live.maskedNote')),
    h('div', { class: 'tiles' },
      h('div', { class: 'tile' }, inside, h('span', {}, t('live.inside'))),
      h('div', { class: 'tile' }, h('b', { id: 'view-mode' }, full ? t('live.modeFull') : t('live.modeMasked')), h('span', {}, t('live.mode')))),
    h('p', {}, switchLink, ' · ', h('a', { href: `#/venue/${enc(code)}` }, t('live.venuePage')), ' · ', status),
    error, list));

  let count = 0;
  let snapshotSeen = false;
  const source = new EventSource(`/api/v1/venues/${enc(code)}/live${query}`);
  source.addEventListener('snapshot', (event) => {
    const snap = JSON.parse(event.data);
    snapshotSeen = true;
    if (snap.venue) title.textContent = t('live.title', { venue: `${snap.venue.name} (${snap.venue.code})` });
    count = snap.inside || 0;
    inside.textContent = count;
    clear(list, (snap.entries || []).map((e) => entry(e, false)));
    status.textContent = t('live.connected');
  });
  source.addEventListener('checkin', (event) => {
    const e = JSON.parse(event.data);
    list.prepend(entry(e, true));
    while (list.children.length > KEEP) list.lastChild.remove();
    if (!e.decision || e.decision === 'ACCEPTED') {
      count = Math.max(0, count + (e.direction === 'OUT' ? -1 : 1));
      inside.textContent = count;
    }
  });
  source.addEventListener('open', () => { status.textContent = t('live.connected'); });
  source.addEventListener('error', async () => {
    if (source.readyState !== EventSource.CLOSED) {
      status.textContent = t('live.reconnecting');
      return;
    }
    status.textContent = t('live.closed');
    if (snapshotSeen) return;
    // EventSource hides the status and body of a refusal; the same question as JSON tells why.
    try {
      await api(`/api/v1/venues/${enc(code)}/live.json${query}`);
      error.textContent = t('live.failed');
    } catch (e) {
      if (e instanceof ApiFailure) showFailure(error, e);
      else error.textContent = t('live.failed');
    }
  });
  return () => source.close();
}

function entry(e, fresh) {
  const p = e.person;
  return h('li', { class: fresh ? 'fresh' : null, testid: 'live-entry', 'data-event': e.eventId },
    h('span', { class: `badge ${e.direction}` }, e.direction === 'OUT' ? t('live.out') : t('live.in')),
    h('time', { datetime: e.scannedAt }, new Date(e.scannedAt).toLocaleTimeString(locale())),
    p ? [h('b', { class: 'person-name' }, p.name || ''),
      h('span', { class: 'token doc', testid: 'document' }, p.documentNumber || ''),
      p.birthDate ? h('span', { class: 'muted' }, p.birthDate) : null,
      p.phone ? h('span', { class: 'muted' }, p.phone) : null]
      : h('span', { class: 'muted' }, t('live.noPerson')),
    h('span', { class: 'muted' }, [e.kind, e.decision && e.decision !== 'ACCEPTED' ? `${e.decision}${e.reason ? ' ' + e.reason : ''}` : ''].filter(Boolean).join(' · ')));
}
