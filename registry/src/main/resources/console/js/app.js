// The console's shell: language, who is in, the menu, and hash routes to the pages.
import { h, clear } from './dom.js';
import { api } from './api.js';
import { loadLanguage, language, t } from './i18n.js';
import { loadMe, currentMe, setMe, may, homeRoute } from './session.js';
import * as login from './pages/login.js';
import * as venues from './pages/venues.js';
import * as newVenue from './pages/new-venue.js';
import * as venue from './pages/venue.js';
import * as live from './pages/live.js';
import * as dashboard from './pages/dashboard.js';
import * as trace from './pages/trace.js';
import * as audit from './pages/audit.js';
import * as gateways from './pages/gateways.js';
import * as cards from './pages/cards.js';
import * as cardsUpload from './pages/cards-upload.js';
import * as myCard from './pages/my-card.js';

const ROUTES = [
  [/^#\/login$/, login, () => true],
  [/^#\/venues$/, venues, () => true],
  [/^#\/venues\/new$/, newVenue, may.registerVenue],
  [/^#\/venue\/([^/?]+)$/, venue, () => true],
  [/^#\/live\/([^/?]+)(\/full)?$/, live, () => true],
  [/^#\/dashboard$/, dashboard, may.dashboard],
  [/^#\/trace$/, trace, may.trace],
  [/^#\/audit$/, audit, may.audit],
  [/^#\/gateways$/, gateways, may.gateways],
  [/^#\/cards$/, cards, may.issueCards],
  [/^#\/cards\/upload$/, cardsUpload, may.issueCards],
  [/^#\/my-card$/, myCard, () => true],
];

const MENU = [
  ['#/venues', 'nav.venues', may.venues],
  ['#/cards', 'nav.cards', may.issueCards],
  ['#/cards/upload', 'nav.cardsUpload', may.issueCards],
  ['#/my-card', 'nav.myCard', may.myCard],
  ['#/dashboard', 'nav.dashboard', may.dashboard],
  ['#/trace', 'nav.trace', may.trace],
  ['#/audit', 'nav.audit', may.audit],
  ['#/gateways', 'nav.gateways', may.gateways],
];

const view = document.getElementById('view');
let cleanup = null;

function chrome() {
  const me = currentMe();
  const nav = document.getElementById('nav');
  const who = document.getElementById('who');
  const logout = document.getElementById('logout');
  const lang = document.getElementById('lang');
  lang.textContent = language() === 'vi' ? 'English' : 'Tiếng Việt';
  lang.setAttribute('aria-label', t('lang.switch'));
  document.title = t('app.title');
  nav.hidden = !me;
  logout.hidden = !me;
  logout.textContent = t('nav.logout');
  if (!me) {
    clear(nav);
    who.textContent = '';
    return;
  }
  const place = me.area ? me.area.name
    : (me.venues || []).map((v) => v.name).join(', ');
  who.textContent = [t('role.' + me.role), place].filter(Boolean).join(' · ');
  const here = location.hash.split('?')[0];
  const entries = MENU.filter(([, , allowed]) => allowed(me));
  // The longest entry the route starts with is the current one (#/cards/upload is not also #/cards).
  const current = entries.map(([href]) => href).filter((href) => here === href || here.startsWith(href + '/'))
    .sort((a, b) => b.length - a.length)[0];
  clear(nav, entries.map(([href, key]) =>
    h('a', { href, id: 'nav-' + href.slice(2).replace('/', '-'), 'aria-current': href === current ? 'page' : null }, t(key))));
}

async function route() {
  if (cleanup) {
    cleanup();
    cleanup = null;
  }
  const me = currentMe();
  const [path, query] = location.hash.split('?');
  if (!me && path !== '#/login') {
    location.hash = '#/login';
    return;
  }
  if (me && (path === '' || path === '#/' || path === '#/login')) {
    location.hash = homeRoute(me);
    return;
  }
  chrome();
  const match = ROUTES.map(([re, page, allowed]) => [path.match(re), page, allowed]).find(([m]) => m);
  if (!match) {
    clear(view, h('h1', {}, t('page.notFound')), h('p', {}, h('a', { href: '#/' }, t('nav.home'))));
    return;
  }
  const [m, page, allowed] = match;
  if (me && !allowed(me)) {
    clear(view, h('h1', {}, t('page.forbidden')), h('p', {}, t('page.forbiddenText', { role: t('role.' + me.role) })));
    return;
  }
  clear(view);
  const ctx = { me, params: m.slice(1), query: new URLSearchParams(query || ''), onLogin, refresh: route };
  const result = await page.render(view, ctx);
  if (typeof result === 'function') cleanup = result;
}

function go(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

async function onLogin(account) {
  setMe(account || (await loadMe()));
  go(homeRoute(currentMe()));
}

async function start() {
  await loadLanguage();
  await loadMe();
  document.getElementById('lang').addEventListener('click', async () => {
    await loadLanguage(language() === 'vi' ? 'en' : 'vi');
    route();
  });
  document.getElementById('logout').addEventListener('click', async () => {
    try {
      await api('/api/v1/logout', { method: 'POST' });
    } finally {
      setMe(null);
      go('#/login');
    }
  });
  window.addEventListener('hashchange', route);
  await route();
}

start();
