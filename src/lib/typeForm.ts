import { escapeRegExp } from './escapeRegExp.ts';
import type { Citation } from './eventSchema.ts';

/** A narrower label of a type, and the words of a report that call for it (ontology.yaml `forms`). */
export interface TypeForm {
  label: string;
  words?: readonly string[] | undefined;
}

const escape = (word: string) => escapeRegExp(word).replace(/\s+/g, '\\s+');
const patterns = new WeakMap<readonly TypeForm[], (RegExp | undefined)[]>();

/** Each form's words as one pattern, each word matched at the start of a word ("explos" finds "explosives"). */
function patternsOf(forms: readonly TypeForm[]): (RegExp | undefined)[] {
  let found = patterns.get(forms);
  if (!found) {
    found = forms.map((f) => (f.words ? new RegExp(`(?<![\\p{L}\\d])(?:${f.words.map(escape).join('|')})`, 'iu') : undefined));
    patterns.set(forms, found);
  }
  return found;
}

/**
 * The narrower form an event's reports call for: the form whose words the most quotes use (the
 * first listed on a tie), else the form listed without words, else none. "Air or drone strike"
 * reported as drones is a "Drone strike". The form itself is returned, so that an edition can
 * take its own wording of it.
 * @example typeForm([{ label: 'Drone strike', words: ['drone'] }, { label: 'Air strike', words: ['air strike'] }], [{ source: 'a.txt', quote: 'Drones hit a depot.' }])?.label // 'Drone strike'
 */
export function typeForm<F extends TypeForm>(forms: readonly F[] | undefined, citations: readonly Pick<Citation, 'quote'>[]): F | undefined {
  if (!forms) return undefined;
  const found = patternsOf(forms);
  let best: F | undefined;
  let most = 0;
  for (const [i, form] of forms.entries()) {
    const pattern = found[i];
    if (!pattern) continue;
    const quotes = citations.filter((c) => pattern.test(c.quote)).length;
    if (quotes > most) [best, most] = [form, quotes];
  }
  return best ?? forms.find((f) => !f.words);
}
