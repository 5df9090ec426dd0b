import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';
import { WEEKDAY_NAMES } from '../time/calendarNames.ts';
import { NAME_PARTICLES, NAME_PREFIX } from './nameParticles.ts';
import { withCalledBy } from './peopleNamed.ts';

// Two capitalised words or more, particles between them allowed: "Ana Ruiz", "T.K. Orvan", "Tomas del Arro".
// A full stop stands inside a run only after an initial, so that no run reads across a sentence's end.
const WORD = String.raw`(?:\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[\p{L}'’-]*)`;
const RUN = new RegExp(String.raw`(?<![\p{L}'’.-])${WORD}(?:\s+${NAME_PARTICLES}${NAME_PREFIX}${WORD})+(?![\p{L}'’-])`, 'gu');
// Words that are never a surname: a pronoun that opens a sentence.
const PRONOUN = /^(?:He|She|It|They|We|I|You)$/;
// Words that open a run without being a name's: a title, an article, a time.
const LEADING = new RegExp(String.raw`^(?:The|A|An|On|In|At|By|For|From|To|Of|After|Before|Late|Early|Last|Next|This|That|Its|Their|His|Her|But|And|When|While|As|If|Mr|Mrs|Ms|Dr|Gen|Sir|President|Vice|Prime|Minister|Premier|Chancellor|King|Queen|Prince|Emir|Sheikh|Secretary|General|State|Foreign|Defen[cs]e|Interior|Home|Deputy|Acting|Chief|Inspector|Colonel|Major|Lieutenant|Lt|(?:Lt|Lieutenant|Major|Brig)-(?:Gen|General|Col|Colonel)\.?|Brigadier|Police|Army|Navy|Admiral|Ambassador|Envoy|Commander|Governor|Senator|Spokesman|Spokeswoman|Spokesperson|Government|Mayor|Interim|Former|${WEEKDAY_NAMES.join('|')})$`);
// Words that end a body's or a place's name, never a person's.
const NOT_PERSON = /^(?:Ministry|Office|Council|Department|Agency|Force|Forces|Army|Navy|Guard|Guards|Police|Service|Committee|Commission|Assembly|Party|Front|Union|Nations|House|Court|News|Press|Times|Post|Television|Radio|Island|Islands|Sea|River|Bay|Strait|Pass|Republic|Kingdom|States|Command|Corps|Group|Mission|Parliament|Congress|University|Airport|Region|Province|District|Zone|Day|Street|Square|Palace|Centre|Center)$/;

/**
 * The people an article names in full, by surname, with or without a title: who a surname alone
 * that speaks ("Ruiz thanked the mediators", "Orvan called the arrest an act of revenge") is,
 * as any report's second reference by surname is the full name it gave first. Runs the gazetteer
 * reads as a party or a place, and runs that end on a body's or a place's noun, name no one; a
 * surname that ends two different full names is nobody's.
 * @example fullNamesOf('It was Ana Ruiz who wrote.', lexicon).get('Ruiz') // 'Ana Ruiz'
 */
export function fullNamesOf(text: string, lexicon: CompiledLexicon): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  for (const m of text.matchAll(RUN)) {
    const words = m[0].split(/\s+/);
    while (words.length > 0 && (LEADING.test(words[0]!) || lexicon.actors(words[0]!).length > 0)) words.shift();
    // A run that ends on an initial ("Ana R.") gives no surname.
    if (words.length < 2 || NOT_PERSON.test(words.at(-1)!) || PRONOUN.test(words.at(-1)!) || words.at(-1)!.endsWith('.')) continue;
    const full = words.join(' ');
    if (lexicon.actors(full).length > 0 || lexicon.places(full).length > 0) continue;
    const surname = words.at(-1)!;
    seen.set(surname, new Set([...(seen.get(surname) ?? []), full]));
  }
  const people = new Map([...seen].filter(([, names]) => names.size === 1).map(([surname, names]) => [surname, [...names][0]!]));
  return withCalledBy(text, people);
}
