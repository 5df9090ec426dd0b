import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';
import { nameIn } from './speakerOf.ts';
import { escapeRegExp } from '../../../../src/lib/escapeRegExp.ts';

// The title words, capitalised or not, that a person's side may lead: "Borean President ",
// "Arland's Assistant Foreign Minister ", "the Borean foreign minister ".
const TITLE_WORD = String.raw`(?:\p{Lu}[\p{L}'’-]*|minister|president|prime|foreign|defen[cs]e|interior|security|spokes(?:man|woman|person)|secretary|general|ambassador|envoy|chief|commander|army|deputy|acting|assistant|leader|head|affairs|of|for|the)`;
// A title run right before the name: "Borean President Ana Ruiz", "Arland's foreign minister Ana Ruiz";
// within one line and one sentence: words a space apart, no full stop between them.
const RUN_BEFORE = new RegExp(String.raw`(?<![\p{L}'’-])(?:${TITLE_WORD} +)+$`, 'u');
const OFFICE = String.raw`(?:minister|spokes(?:man|woman|person)|secretary|envoy|ambassador|president|premier|commander|chief|leader|head|official|director)`;
// A title in apposition before it: "Arland's foreign minister, Ana Ruiz".
const APPOSED_BEFORE = new RegExp(String.raw`(?:^|[,;:.(]\s*|\b(?:and|but)\s+)((?:[\p{L}'’.-]+\s+){0,5}?${OFFICE}),\s*$`, 'iu');
// Its side after it: "Ana Ruiz of Borea", "Ana Ruiz, Borea's foreign minister,".
const OF_AFTER = /^\s+of\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/u;
const APPOSED_AFTER = new RegExp(String.raw`^\s*,\s*((?:the\s+|an?\s+)?(?:[\p{L}'’.-]+\s+){0,5}?${OFFICE})\b[^,;]{0,40}[,;]`, 'iu');
/** Characters before a name that a title leading it may take up. */
const REACH = 70;

/** The last party of the gazetteer some words name: the one nearest the title ("Borea accused Arland's minister" → Arland). */
function lastParty(words: string, lexicon: CompiledLexicon): string | undefined {
  const last = lexicon.actors(words).at(-1);
  return last ? nameIn(last.text, lexicon, false) : undefined;
}

/**
 * The side each person an article names is of, where the article says so where it names them:
 * a title run with a party's name before ("Borean President Ana Ruiz"), a title in apposition
 * ("Arland's foreign minister, Ana Ruiz", "Ana Ruiz, Borea's envoy,") or "of" a party after
 * ("President Ana Ruiz of Borea"). Keyed by surname, as `people` is; a person the article gives
 * two sides is left out. A saying by that person is the side's, named as every other of its
 * sayings is, so that one statement told by name in one report and by side in another is one.
 * @example sidesOfPeople('Borean President Ana Ruiz spoke.', new Map([['Ruiz', 'Ana Ruiz']]), lexicon).get('Ruiz') // 'Borea'
 */
export function sidesOfPeople(text: string, people: ReadonlyMap<string, string>, lexicon: CompiledLexicon): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  const note = (surname: string, side: string) => seen.set(surname, new Set([...(seen.get(surname) ?? []), side]));
  // Each place the person is named, in full or by surname ("Ruiz, Borea's president,").
  for (const [surname, full] of people) {
    for (const name of new Set([full, surname])) {
      for (const { index: at } of text.matchAll(wordsOf(name))) {
        const before = text.slice(Math.max(0, at - REACH), at);
        const after = text.slice(at + name.length, at + name.length + REACH);
        const phrases = [RUN_BEFORE.exec(before)?.[0], APPOSED_BEFORE.exec(before)?.[1], OF_AFTER.exec(after)?.[1], APPOSED_AFTER.exec(after)?.[1]];
        // The first phrase that names a party, each read only if those before it name none.
        const side = phrases.map((phrase) => (phrase ? lastParty(phrase, lexicon) : undefined)).find((p) => p !== undefined) ?? possessorBefore(text, at, phrases[1], lexicon);
        if (side) note(surname, side);
      }
    }
  }
  return onlyOne(seen);
}

// A title owned by "its" or "their" at a sentence's start: "Its spokeswoman, Ana Ruiz,".
const POSSESSIVE = /^(?:its|their)\s/i;
// Words a sentence's subject may follow: "The", "On Monday", no comma.
const SUBJECT_LEAD = /^\s*(?:[^\s,;:]+\s+){0,3}$/u;
// The sentence before a name's: back to the full stop before the one that opens the name's sentence.
const SENTENCE_BEFORE = /(?:^|[.!?]["”’]?\s+)([^.!?]*[.!?]["”’]?\s+)[^.!?]*$/u;

/**
 * The party an "its" or "their" that opens a title in apposition stands for: the one the sentence
 * before names first, its subject ("Borea's navy sent two cutters to the crossing. Its spokeswoman,
 * Ana Ruiz, said …" speaks for Borea). Only a title at the sentence's start, where "its" can only
 * look back to the sentence before.
 */
function possessorBefore(text: string, at: number, apposed: string | undefined, lexicon: CompiledLexicon): string | undefined {
  if (!apposed || !POSSESSIVE.test(apposed)) return undefined;
  const before = text.slice(Math.max(0, at - REACH - 400), at);
  const opening = before.length - apposed.length - (/,\s*$/.exec(before)?.[0].length ?? 0);
  if (!/(?:^|[.!?]["”’]?\s+)$/u.test(before.slice(0, opening))) return undefined;
  const previous = SENTENCE_BEFORE.exec(before.slice(0, opening))?.[1];
  const first = previous ? lexicon.actors(previous)[0] : undefined;
  // Its subject: named within the sentence's first few words, no clause before it.
  if (!first || !SUBJECT_LEAD.test(previous!.slice(0, first.start))) return undefined;
  return nameIn(first.text, lexicon, false);
}

/** A name as whole words: "Ali" is not in "Aliyev". */
const wordsOf = (name: string) => new RegExp(String.raw`(?<![\p{L}'’-])${escapeRegExp(name)}(?![\p{L}'’-])`, 'gu');

/** The people given one side only: a person given two is nobody's. */
const onlyOne = (seen: ReadonlyMap<string, ReadonlySet<string>>) => new Map([...seen].filter(([, sides]) => sides.size === 1).map(([surname, sides]) => [surname, [...sides][0]!]));

/**
 * The sides of people across the articles of one run, from each article's own (sidesOfPeople): a
 * person one report calls "Borean President Ana Ruiz" and another "President Ana Ruiz" speaks for
 * Borea in both. A surname two reports give two sides is left out.
 * @example sidesAcross([new Map([['Ruiz', 'Borea']]), new Map()]).get('Ruiz') // 'Borea'
 */
export function sidesAcross(perArticle: readonly ReadonlyMap<string, string>[]): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  for (const sides of perArticle) for (const [surname, side] of sides) seen.set(surname, new Set([...(seen.get(surname) ?? []), side]));
  return onlyOne(seen);
}
