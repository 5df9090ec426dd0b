import { WEEKDAY_NAMES } from '../time/calendarNames.ts';
import { NAME_PARTICLES, NAME_PREFIX } from './nameParticles.ts';
import { escapeRegExp } from '../../../../src/lib/escapeRegExp.ts';

// A run of capitalised words: "Borean President Lena Ferrin", "Tor Halvik-Ose".
// A full stop ends the run unless it closes an initial or an abbreviation ("Lena T. Ferrin",
// "Gen. Ivo Marr", "Ferrin Jr."): "… Lena Ferrin. On Tuesday" is a name and a sentence's start.
// Lower-case particles run on to the capitalised word after them: "Tomas del Arro", "Karim al-Velmani".
const CAPITALISED = new RegExp(
  String.raw`(?<![\p{L}'’.-])\p{Lu}[\p{L}'’.-]*(?:(?<=(?:^|[^.]|(?<![\p{L}])\p{Lu}\.|\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Jr|Sr|St)\.))\s+${NAME_PARTICLES}${NAME_PREFIX}\p{Lu}[\p{L}'’.-]*)*(?![\p{L}'’-])`,
  'gu',
);
// A title inside the run says that the words after it are a person's name: "President Lena Ferrin", "Prime Minister Aron Velt".
const TITLE = /^(?:President|Minister|Premier|Chancellor|King|Queen|Prince|Secretary|Secretary-General|General|Gen\.|Colonel|Col\.|Major|Lieutenant|Admiral|Ambassador|Envoy|Commander|Governor|Senator|Speaker|Representative|Congressman|Congresswoman|Captain|Sergeant|Brigadier|Marshal|Director|Commissioner|Chairman|Chairwoman|Judge|Justice|Spokesman|Spokeswoman|Spokesperson|Chief|Mayor|Sheikh|Emir|Pope|Mr|Mr\.|Mrs|Mrs\.|Ms|Ms\.|Dr|Dr\.)$/;
// "its foreign minister, Ana Ruiz,", "the group's spokesman, Leo Sanz,": a name in apposition to a title.
const APPOSED = /\b(?:president|minister|premier|chancellor|secretary(?:-general)?|general|ambassador|envoy|commander|governor|spokes(?:man|woman|person)|chief|leader|adviser|advisor|official|head)\s*,\s*$/i;
// "Chad's foreign minister Ana Ruiz said", "ministry spokesman Leo Sanz": a lower-case title right
// before the name, with no comma, names the person as a capitalised one does ("Minister Ana Ruiz").
const TITLED_BEFORE = /\b(?:president|minister|premier|chancellor|secretary(?:-general)?|ambassador|envoy|commander|governor|spokes(?:man|woman|person)|adviser|advisor)\s+$/;
// Words that open a run without naming anyone: "On Monday Ruiz".
const NOT_NAME = new RegExp(String.raw`^(?:The|A|An|On|In|At|By|For|From|To|Of|After|Before|Late|Early|Last|Next|This|That|Its|Their|His|Her|But|And|When|While|As|If|${WEEKDAY_NAMES.join('|')})$`);

/**
 * The people an article names by title, by surname, with their names as given: who a saying
 * with a surname alone ("…, Ferrin said on Wednesday") is. Capitalised words count as a
 * person's name only after a title in the same run ("President Lena Ferrin") or in
 * apposition to one ("its foreign minister, Ana Ruiz,"), so places and bodies ("Borea",
 * "National Assembly") never do.
 * @example peopleNamed('President Lena Ferrin spoke.').get('Ferrin') // 'Lena Ferrin'
 */
export function peopleNamed(text: string): Map<string, string> {
  const people = new Map<string, string>();
  for (const m of text.matchAll(CAPITALISED)) {
    // The full stop of a sentence that ends on a name is no part of it: "… Lena Ferrin."
    const words = m[0].replace(/(?<=\p{L}{3,})\.$/u, '').split(/\s+/);
    const titled = words.findLastIndex((w) => TITLE.test(w));
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const name = titled >= 0 ? words.slice(titled + 1) : APPOSED.test(before) || TITLED_BEFORE.test(before) ? words : [];
    while (name.length > 0 && NOT_NAME.test(name[0]!)) name.shift();
    if (name.length === 0 || (titled < 0 && name.length < 2)) continue;
    const surname = name.at(-1)!;
    if (!people.has(surname)) people.set(surname, name.join(' '));
  }
  return withCalledBy(text, people);
}

/** A word standing alone: a run of letters, apostrophes and hyphens, after no letter, stop or hyphen. */
const WORD_ALONE = /(?<![\p{L}'’.-])[\p{L}'’-]+/gu;

/**
 * Many names put the name a person is called by first ("Foreign Minister Tan Wei … Tan warned",
 * "General Kael Orvan … Kael said"): a name's first word is a key too when the article
 * uses it alone, not followed by the rest of the name or another capitalised word, and no one else's name opens with it or ends on it.
 */
export function withCalledBy(text: string, people: ReadonlyMap<string, string>): Map<string, string> {
  const byFirst = new Map<string, string[]>();
  for (const full of new Set(people.values())) {
    const words = full.split(/\s+/);
    if (words.length < 2 || words[0]!.length < 2 || TITLE.test(words[0]!) || NOT_NAME.test(words[0]!)) continue;
    byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), full]);
  }
  const keyed = new Map(people);
  // Each first word's test of what follows it, built once: not the rest of its name, nor another capitalised word.
  const followedByName = new Map<string, { full: string; next: RegExp }>();
  for (const [first, names] of byFirst) {
    if (names.length > 1 || people.has(first)) continue;
    const next = names[0]!.split(/\s+/)[1]!;
    followedByName.set(first, { full: names[0]!, next: new RegExp(String.raw`\s+(?:\p{Lu}|${escapeRegExp(next)}(?![\p{L}'’-]))`, 'uy') });
  }
  if (followedByName.size === 0) return keyed;
  // One pass over the text's words, not one search of the whole text for each name: an article of
  // many names would be read once per name.
  for (const m of text.matchAll(WORD_ALONE)) {
    const first = followedByName.get(m[0]);
    if (!first || keyed.get(m[0]) === first.full) continue;
    first.next.lastIndex = m.index + m[0].length;
    if (!first.next.test(text)) keyed.set(m[0], first.full);
  }
  return keyed;
}
