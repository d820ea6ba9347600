// Walks the area tree one level at a time (province → district → ward, or province → commune):
// each choice loads its children into a new list below. The chosen area is the deepest one picked.
import { h, clear } from './dom.js';
import { api, enc } from './api.js';
import { t } from './i18n.js';

/**
 * roots: the areas to start from (the official's own area, or the top level for admins); start: the
 * code to preselect among them. onChange(code) is called with the deepest chosen area.
 */
export function areaPicker({ id, label, roots, start, onChange = () => {} }) {
  const levels = h('div', { class: 'area-levels', id });
  const box = h('fieldset', { class: 'area-picker' }, h('legend', {}, label), levels);
  let chosen = '';

  function level(depth, areas, selected) {
    const select = h('select', { id: `${id}-${depth}`, 'aria-label': `${label} (${depth + 1})` },
      h('option', { value: '' }, depth === 0 ? t('area.choose') : t('area.wholeParent')),
      areas.map((a) => h('option', { value: a.code }, a.name)));
    select.addEventListener('change', () => pick(depth, select.value));
    levels.append(select);
    if (selected) {
      select.value = selected;
      pick(depth, selected);
    }
  }

  async function pick(depth, code) {
    [...levels.querySelectorAll('select')].slice(depth + 1).forEach((s) => s.remove());
    chosen = code || (depth > 0 ? levels.querySelectorAll('select')[depth - 1].value : '');
    onChange(chosen);
    if (!code) return;
    const answer = await api(`/api/v1/areas/${enc(code)}/children`);
    const children = answer.areas || [];
    if (children.length && levels.querySelectorAll('select').length === depth + 1) level(depth + 1, children);
  }

  clear(levels);
  level(0, roots, start || (roots.length === 1 ? roots[0].code : ''));
  return { element: box, value: () => chosen };
}

/** The areas an account starts from: its own, or the top level for accounts without one. */
export async function rootAreas(me) {
  if (me.area) return [me.area];
  const answer = await api('/api/v1/areas');
  return answer.areas || [];
}
