// Every sentence on screen comes from i18n/<lang>.json; Vietnamese unless the user chose English.
const KEY = 'qrgate.lang';
export const LANGUAGES = ['vi', 'en'];
let dictionary = {};
let current = 'vi';

export async function loadLanguage(lang = localStorage.getItem(KEY) || 'vi') {
  current = LANGUAGES.includes(lang) ? lang : 'vi';
  const response = await fetch(`/console/i18n/${current}.json`);
  dictionary = await response.json();
  localStorage.setItem(KEY, current);
  document.documentElement.lang = current;
}

export function language() {
  return current;
}

/** The sentence for key, with {name} placeholders filled; the key itself when missing, so gaps show. */
export function t(key, params = {}) {
  const text = dictionary[key];
  if (text === undefined) {
    console.warn('missing text', key);
    return key;
  }
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}
