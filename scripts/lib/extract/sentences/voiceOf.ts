import { nameKey } from './nameKey.ts';

/**
 * Who within a side speaks: the office a speaker's words name (the army, the foreign service, the
 * head of government) and the person, by a surname the article names a side's person by. Two
 * sayings of one side by different voices are two sayings ("President X said …; the army
 * charged …"); a voice the words do not tell ("officials", "he") may be anyone's.
 */
export interface Voice {
  office?: Office;
  person?: string;
}

export type Office = 'military' | 'foreign' | 'interior' | 'head';

// Each office by the words that name it, in a speaker's phrase. "Secretary-General", "Attorney
// General", "Inspector General" and "Consul General" are no generals.
const OFFICES: readonly [Office, RegExp][] = [
  [
    'military',
    /\b(?:army|armies|military|armed\s+forces|general\s+staff|joint\s+chiefs|chiefs\s+of\s+staff|defen[cs]e\s+(?:ministry|minister|department|secretary|forces|spokes(?:man|woman|person))|ministry\s+of\s+(?:national\s+)?defen[cs]e|pentagon|navy|naval|air\s+force|(?<!(?:secretary|attorney|inspector|consul|governor|solicitor|auditor)[\s-])general|colonel|brigadier|commanders?|troops|soldiers|border\s+guards?|coast\s*guard)\b/iu,
  ],
  ['foreign', /\b(?:foreign\s+(?:ministry|minister|office|secretary|affairs)|ministry\s+of\s+foreign|state\s+department|secretary\s+of\s+state|ambassadors?|envoys?|diplomats?)\b/iu],
  ['interior', /\b(?:interior\s+(?:ministry|minister)|home\s+(?:ministry|minister|office|secretary)|ministry\s+of\s+(?:the\s+)?interior|police)\b/iu],
  ['head', /\b(?:president|presidency|presidential|prime\s+minister|premier|chancellor|king|kremlin|white\s+house|head\s+of\s+state)\b/iu],
];

/**
 * The voice a speaker's words name: the office named first in them (a "spokesman for the army" is
 * the army's; "the president's office" the president's), and a person whose surname `people`
 * (surname → side) knows. Undefined when the words tell neither.
 * @example voiceOf("Borea's defence minister, Ivo Marr", new Map([['Marr', 'Borea']])) // { office: 'military', person: 'Marr' }
 */
export function voiceOf(words: string, people: ReadonlyMap<string, string> = new Map()): Voice | undefined {
  const office = OFFICES.map(([name, re]) => ({ name, at: re.exec(words)?.index ?? -1 }))
    .filter((o) => o.at >= 0)
    .sort((a, b) => a.at - b.at)[0]?.name;
  const person = [...words.matchAll(/\p{Lu}[\p{L}'’-]+/gu)].map((m) => m[0]).findLast((w) => people.has(w));
  return office || person ? { ...(office ? { office } : {}), ...(person ? { person } : {}) } : undefined;
}

/**
 * Whether two voices of one side may be one speaker: not when both name persons and the persons
 * differ, nor when both name offices and the offices differ. A voice one of them does not tell
 * may be the other's: "Ruiz" and "the Borean president" are one, "he" is whoever spoke.
 * @example sameVoice({ office: 'head', person: 'Ruiz' }, { office: 'military' }) // false
 */
export function sameVoice(a: Voice | undefined, b: Voice | undefined): boolean {
  if (!a || !b) return true;
  if (a.person && b.person) return nameKey(a.person) === nameKey(b.person);
  return !(a.office && b.office && a.office !== b.office);
}
