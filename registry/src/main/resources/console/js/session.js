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

export const may = {
  registerVenue: (m) => m.role === 'admin' || OFFICIALS.includes(m.role),
  dashboard: (m) => m.role === 'admin' || m.role === 'health-tracer' || OFFICIALS.includes(m.role),
  trace: (m) => m.role === 'admin' || m.role === 'health-tracer',
  audit: (m) => m.role === 'admin',
  gateways: (m) => m.role === 'admin',
  // Officials get statistics, never people: the live list is for venue staff, tracers and admins.
  live: (m) => !OFFICIALS.includes(m.role),
  anyArea: (m) => m.role === 'admin' || m.role === 'health-tracer',
  manageStaff: (m, code) => m.role === 'admin' || (m.venues || []).some((v) => v.code === code && v.owner),
  provision: (m, code) => m.role === 'admin' || OFFICIALS.includes(m.role)
    || (m.venues || []).some((v) => v.code === code && v.owner),
};

export function homeRoute(m) {
  return OFFICIALS.includes(m.role) ? '#/dashboard' : '#/venues';
}
