// Every call to the registry: the session cookie goes along by itself (same origin); errors carry the
// API's own sentence from the JSON body's "error" field.
import { t } from './i18n.js';

export class ApiFailure extends Error {
  constructor(status, body, retryAfter) {
    super(body && body.error ? body.error : t('error.http', { status }));
    this.status = status;
    this.body = body;
    this.retryAfter = retryAfter;
  }
}

// body goes as JSON; with contentType it goes as it is (a File for an upload).
export async function api(path, { method = 'GET', body, contentType } = {}) {
  let response;
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = contentType || 'application/json';
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers,
      body: body === undefined || contentType ? body : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiFailure(0, { error: t('error.network') });
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) throw new ApiFailure(response.status, data, response.headers.get('Retry-After'));
  return data;
}

export const enc = encodeURIComponent;

/** Shows a failure in the box beside the form it came from; other errors go up. */
export function showFailure(box, failure) {
  if (!(failure instanceof ApiFailure)) throw failure;
  let text = failure.message;
  if (failure.status === 429 && failure.retryAfter) text += ' ' + t('error.retryAfter', { seconds: failure.retryAfter });
  box.textContent = text;
}
