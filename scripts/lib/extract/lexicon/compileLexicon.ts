import type { Kind, Measure, Place } from '../../../../src/lib/eventSchema.ts';
import type { Lexicon, Phase } from './lexiconSchema.ts';
import { compileHappenings, type HappeningRules } from '../happenings/compileHappenings.ts';
import { phraseMatcher, type PhraseMatch } from './phraseMatcher.ts';
import { isTailOfLongerName } from './isTailOfLongerName.ts';

type Finder<T> = (text: string) => PhraseMatch<T>[];

/** The lexicon turned into finders, built once per run. */
export interface CompiledLexicon {
  lexicon: Lexicon;
  /** The happening finder's rules (happenings.yaml over ontology.yaml). */
  happenings: HappeningRules;
  kinds: Finder<Kind>;
  phases: Finder<Phase>;
  future: Finder<true>;
  claim: Finder<true>;
  broker: Finder<true>;
  report: Finder<true>;
  roles: Finder<true>;
  actors: Finder<{ name: string; type: string; metonym: boolean; country?: string }>;
  places: Finder<Place>;
  qualifiers: Finder<string>;
  vague: Finder<[number, number]>;
  measureAfter: Finder<Measure>;
  measureBefore: Finder<Measure>;
  units: Finder<string>;
  /** Folds spelling variants ("defense" → "defence") of a lower-case word. */
  variant: (word: string) => string;
}

const flag = (words: readonly string[]) => words.map((w) => [w, true] as const);

/**
 * Compiles the lexicon's word lists into finders.
 * @example compileLexicon(lexicon).kinds('Clashes erupted')[0].value // 'fighting'
 */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const { kinds, phases, markers, quantities, actors, places } = lexicon;
  const measures = Object.entries(quantities.measures) as [Measure, { after: string[]; before: string[] }][];
  return {
    lexicon,
    // Two-letter acronyms ("US") would match words ("us") once the rules fold case: left out.
    happenings: compileHappenings(lexicon.happenings, lexicon.ontology, {
      party: actors.flatMap((a) => [...a.aliases, ...a.metonyms]).filter((n) => !/^\p{Lu}{1,2}$/u.test(n)),
      place: places.flatMap((p) => p.aliases).filter((n) => !/^\p{Lu}{1,2}$/u.test(n)),
    }),
    kinds: phraseMatcher(Object.entries(kinds).flatMap(([kind, k]) => k.triggers.map((t) => [t, kind as Kind] as const))),
    phases: phraseMatcher(Object.entries(phases).flatMap(([phase, words]) => words.map((w) => [w, phase as Phase] as const))),
    future: phraseMatcher(flag(markers.future)),
    claim: phraseMatcher(flag(markers.claim)),
    broker: phraseMatcher(flag(markers.broker)),
    report: phraseMatcher(flag(markers.report)),
    roles: phraseMatcher(flag(markers.roles)),
    actors: withoutTails(
      phraseMatcher<{ name: string; type: string; metonym: boolean; country?: string }>(
        actors.flatMap((a) => [
          ...a.aliases.filter((alias) => !sharedHead(alias, a.name, actors)).flatMap(withTitleCase).map((alias) => [alias, { name: a.name, type: a.type, metonym: false, ...(a.country ? { country: a.country } : {}) }] as const),
          ...a.metonyms.map((alias) => [alias, { name: a.name, type: a.type, metonym: true }] as const),
        ]),
      ),
      actors,
      lexicon.happenings.classes.body ?? [],
    ),
    places: phraseMatcher(
      places.flatMap((p) => p.aliases.map((alias) => [alias, { name: p.name, ...(p.admin1 ? { admin1: p.admin1 } : {}), country: p.country, kind: p.kind, ...p.coordinates }] as const)),
    ),
    qualifiers: phraseMatcher(Object.entries(quantities.qualifiers)),
    vague: phraseMatcher(Object.entries(quantities.vague) as [string, [number, number]][]),
    measureAfter: phraseMatcher(measures.flatMap(([m, w]) => w.after.map((x) => [x, m] as const))),
    measureBefore: phraseMatcher(measures.flatMap(([m, w]) => w.before.map((x) => [x, m] as const))),
    units: phraseMatcher(Object.entries(quantities.units).flatMap(([unit, words]) => words.map((w) => [w, unit] as const))),
    variant: (word) => markers.variants[word] ?? word,
  };
}

/**
 * The actor finder without the matches of a body's alias that are only the tail of another body's
 * longer name ("the national security council" is no "Security Council" of the UN's).
 */
function withoutTails<T extends { name: string }>(find: Finder<T>, actors: Lexicon['actors'], bodyWords: readonly string[]): Finder<T> {
  const countryWords = new Set(actors.filter((a) => a.type === 'country').flatMap((a) => a.aliases).map((w) => w.toLowerCase()));
  const heads = new Set(bodyWords.map((w) => w.toLowerCase()));
  // A name of common words ending on a body's noun ("Security Council", "World Court"), not one
  // that starts on a proper name ("Houthi rebels", "Borean army"), which no modifier makes another's.
  const generic = (text: string) => {
    const words = text.toLowerCase().split(/\s+/);
    return words.length > 1 && heads.has(words.at(-1)!) && !countryWords.has(words[0]!);
  };
  return (text) => find(text).filter((m) => !(generic(m.text) && isTailOfLongerName(text, m, countryWords)));
}

/**
 * An alias with the form some house styles print an acronym of four letters or more in: "NATO"
 * is "Nato", "ASEAN" "Asean". Shorter ones stay as written: "Us" and "Un" are words.
 * @example withTitleCase('NATO') // ['NATO', 'Nato']
 */
function withTitleCase(alias: string): string[] {
  return /^\p{Lu}{4,}$/u.test(alias) ? [alias, alias[0] + alias.slice(1).toLowerCase()] : [alias];
}

/**
 * A common noun given as one party's alias ("rebels") that another party's name ends on ("Kelvask
 * rebels"): in a lexicon of many conflicts it cannot tell the two apart, and "the rebels" of one
 * report would be made the other's. Such an alias names neither.
 * @example sharedHead('rebels', 'Ondrian rebels', [{ name: 'Kelvask Front', aliases: ['Kelvask rebels'] }, …]) // true
 */
function sharedHead(alias: string, owner: string, actors: readonly { name: string; aliases: readonly string[] }[]): boolean {
  if (!/^\p{Ll}/u.test(alias)) return false;
  const tail = ` ${alias.replace(/^the\s+/, '')}`;
  return actors.some((other) => other.name !== owner && other.aliases.some((a) => a.endsWith(tail) && a.length > tail.length));
}
