import type { Kind } from '../../lib/eventSchema.ts';
import type { Filters } from './filterEvents.ts';

/**
 * The filters the form shows. Every kind ticked means no kind filter, so a link stays short and
 * kinds added later are not left out.
 * @example readFilters(form, 12) // { kinds: Set {}, actors: Set { 'Cambodia' }, sources: Set {}, q: '' }
 */
export function readFilters(form: HTMLFormElement, kindCount: number): Filters {
  const data = new FormData(form);
  const kinds = new Set(data.getAll('kind') as Kind[]);
  const single = (name: string) => {
    const value = String(data.get(name) ?? '');
    return new Set(value ? [value] : []);
  };
  return { kinds: kinds.size === kindCount ? new Set() : kinds, actors: single('actor'), sources: single('source'), places: single('place'), q: String(data.get('q') ?? '') };
}

/** Sets the form's fields to the filters, as after loading a shared link or going back. */
export function writeFilters(form: HTMLFormElement, filters: Filters): void {
  // Each field is set only when it differs: the page's first view sets them to what they already hold.
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="kind"]')) {
    const checked = filters.kinds.size === 0 || filters.kinds.has(box.value as Kind);
    if (box.checked !== checked) box.checked = checked;
  }
  for (const [name, values] of [['actor', filters.actors], ['source', filters.sources], ['place', filters.places ?? new Set<string>()]] as const) {
    const field = form.elements.namedItem(name) as HTMLSelectElement | null;
    const value = [...values][0] ?? '';
    if (field && field.value !== value) field.value = value;
  }
  const q = form.elements.namedItem('q') as HTMLInputElement | null;
  if (q && q.value !== filters.q) q.value = filters.q;
}

/**
 * Reads the form whenever the reader changes it: at once for boxes and lists, a moment after
 * typing stops in the search field. `push` says whether the change deserves a history entry.
 */
export function wireFilterForm(form: HTMLFormElement, kindCount: number, onChange: (filters: Filters, push: boolean) => void, signal: AbortSignal): void {
  let typing = 0;
  const read = (push: boolean) => onChange(readFilters(form, kindCount), push);
  form.addEventListener('change', () => read(true), { signal });
  form.addEventListener('input', (event) => {
    if (!(event.target as HTMLElement).matches('input[type="search"]')) return;
    clearTimeout(typing);
    typing = window.setTimeout(() => read(false), 120);
  }, { signal });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    read(true);
  }, { signal });
  // The fields are reset after the event; read them then.
  form.addEventListener('reset', () => setTimeout(() => read(true)), { signal });
  signal.addEventListener('abort', () => clearTimeout(typing));
}
