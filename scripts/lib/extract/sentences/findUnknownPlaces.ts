import type { Place, PlaceKind } from '../../../../src/lib/eventSchema.ts';
import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';
import { CALENDAR_NAMES } from '../time/calendarNames.ts';

/** A place a sentence names that the gazetteer does not know, with where it is named. */
export interface UnknownPlace {
  place: Place & { unverified: true };
  start: number;
  end: number;
}

// One to three capitalised words: "Tor Vessa", "Kar-Dun", "O'Lenna".
// A word may hold an apostrophe ("O'Lenna") but not end in a possessive ("Borea's").
const WORD = String.raw`\p{Lu}(?:[\p{L}.-]|['’](?!s\b))*`;
const NAME = String.raw`(?!(?:The|A|An|This|That|Its|Their|His|Her)\b)${WORD}(?:[ -]${WORD}){0,2}`;
const OF_KINDS: Record<string, PlaceKind> = { village: 'village', hamlet: 'village', town: 'city', city: 'city', district: 'district', province: 'province', region: 'province', commune: 'district' };
const AFTER_KINDS: Record<string, PlaceKind> = {
  district: 'district',
  province: 'province',
  region: 'province',
  commune: 'district',
  village: 'village',
  temple: 'temple',
  checkpoint: 'checkpoint',
  'border checkpoint': 'checkpoint',
  'border crossing': 'border-crossing',
  'crossing point': 'border-crossing',
  crossing: 'border-crossing',
  pass: 'site',
};
// Kinds whose word is part of the place's name ("Vel Amar temple"); for the others the name stands alone.
const NAMED_WITH_KIND = new Set<PlaceKind>(['temple', 'checkpoint', 'border-crossing', 'site']);
// "the village of X", "the town of X".
const OF = new RegExp(String.raw`\b(?:the\s+)?(${Object.keys(OF_KINDS).join('|')})\s+of\s+(${NAME})`, 'gu');
// "in X district", "near X temple", "Borea's X region": placed by a preposition or a possessive.
const AFTER = new RegExp(
  String.raw`(?:\b(?:in|at|near|around|outside|from|to|into|along|across|inside|towards?|within)\s+(?:the\s+)?|(\p{Lu}[\p{L}-]*)['’]s\s+)(${NAME})\s+(${Object.keys(AFTER_KINDS).sort((a, b) => b.length - a.length).join('|')})\b`,
  'gu',
);
const CALENDAR = new RegExp(String.raw`^(?:${CALENDAR_NAMES.join('|')})\b`);

/**
 * The places a sentence names by the way it places them ("in the village of Thnal Bek", "Kantharalak
 * district", "near Ta Krabey temple") that the gazetteer does not know: kept as unverified places
 * of their kind, with the country a possessive gives ("Borea's Tessar district"), so that a
 * fork's maintainer can add them to places.yaml.
 * @example findUnknownPlaces('troops shelled the village of Thnal Bek', lexicon)[0].place // { name: 'Thnal Bek', kind: 'village', unverified: true }
 */
export function findUnknownPlaces(text: string, lexicon: CompiledLexicon): UnknownPlace[] {
  const found: UnknownPlace[] = [];
  const known = (name: string) => lexicon.places(name).some((m) => m.start === 0 && m.end === name.length) || lexicon.actors(name).some((m) => m.start === 0);
  const add = (name: string, kind: PlaceKind, start: number, end: number, owner?: string) => {
    if (CALENDAR.test(name) || known(name) || found.some((f) => f.place.name === name)) return;
    const country = owner ? lexicon.actors(owner).find((m) => m.value.type === 'country')?.value.name : undefined;
    found.push({ place: { name, kind, ...(country ? { country } : {}), unverified: true }, start, end });
  };
  for (const m of text.matchAll(OF)) {
    const name = m[2]!;
    add(name, OF_KINDS[m[1]!.toLowerCase()]!, m.index + m[0].length - name.length, m.index + m[0].length);
  }
  for (const m of text.matchAll(AFTER)) {
    const [, owner, bare, word] = m;
    const kind = AFTER_KINDS[word!.toLowerCase()]!;
    if (known(bare!)) continue;
    const start = m.index + m[0].indexOf(bare!, owner ? owner.length : 0);
    // "in Borea's Tessar district": the possessive before the name gives its country.
    const possessor = owner ?? /(\p{Lu}[\p{L}-]*)['’]s\s+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
    add(NAMED_WITH_KIND.has(kind) ? `${bare} ${word}` : bare!, kind, start, start + bare!.length + (NAMED_WITH_KIND.has(kind) ? word!.length + 1 : 0), possessor);
  }
  return found.sort((a, b) => a.start - b.start);
}
