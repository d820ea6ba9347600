// Who is logged in (GET /api/v1/me) and what the role lets the console offer. The API decides; the
// console only hides what would be refused anyway.
import { api, ApiFailure } from './api.js';

let me = null;

export async function loadMe() {
  try {
    me = await api('/api/v1/me');
  } catch (e) {
    if (!(e instanceof ApiFailure) || (e.status !== 401 && e.status !== 403 && e.status !== 404)) throw e;
    me = null;
  }
  return me;
}

export function currentMe() {
  return me;
}

export function setMe(account) {
  me = account;
}

const OFFICIALS = ['ward-official', 'district-official', 'province-official'];
// Role.mayIssueCards on the registry's side.
const CARD_ISSUERS = ['ward-official', 'card-issuer', 'admin'];

export const may = {
  registerVenue: (m) => m.role === 'admin' || OFFICIALS.includes(m.role),
  dashboard: (m) => m.role === 'admin' || m.role === 'health-tracer' || OFFICIALS.includes(m.role),
  trace: (m) => m.role === 'admin' || m.role === 'health-tracer',
  audit: (m) => m.role === 'admin',
  gateways: (m) => m.role === 'admin',
  // A card issuer and a citizen have no venue of their own to look at.
  venues: (m) => m.role !== 'card-issuer' && m.role !== 'citizen',
  issueCards: (m) => CARD_ISSUERS.includes(m.role),
  // Anyone logged in may hold a card (the API answers with their own); the menu offers it to citizens.
  myCard: (m) => m.role === 'citizen',
  // Officials get statistics, never people: the live list is for venue staff, tracers and admins.
  live: (m) => !OFFICIALS.includes(m.role),
  anyArea: (m) => m.role === 'admin' || m.role === 'health-tracer',
  manageStaff: (m, code) => m.role === 'admin' || (m.venues || []).some((v) => v.code === code && v.owner),
  provision: (m, code) => m.role === 'admin' || OFFICIALS.includes(m.role)
    || (m.venues || []).some((v) => v.code === code && v.owner),
};

export function homeRoute(m) {
  if (m.role === 'card-issuer') return '#/cards';
  if (m.role === 'citizen') return '#/my-card';
  return OFFICIALS.includes(m.role) ? '#/dashboard' : '#/venues';
}
