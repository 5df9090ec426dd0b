/** The party of the gazetteer some words name first, a force as its country; undefined when they name none. */
export type PartyOf = (words: string) => string | undefined;

/** Lower case, without "the" and the possessive, for comparing names as reports write them. */
const norm = (s: string) => s.toLowerCase().replace(/[’']s\b/g, '').replace(/\bthe\b/g, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Whether an event's speaker is the key's, as a reader would judge a title: the key writes who
 * spoke as a person, office or side with the side after it ("Mira Quell (Arland)", "foreign
 * ministry (Borea)", "Arland"); the event may name any of those, or several joined by
 * "and" of which one is the key's; or, with `partyOf`, words the gazetteer reads as the key's
 * side ("Borea" for "Borean army"). Another side, or nobody, is wrong.
 * @example speakerFits('Arland', 'Mira Quell (Arland)') // true
 * @example speakerFits('Borea', 'Mira Quell (Arland)') // false
 */
export function speakerFits(event: string | undefined, key: string, partyOf: PartyOf = () => undefined): boolean {
  return speakerFit(event, key, partyOf) > 0;
}

/**
 * How closely an event's speaker is the key's: 2 when it names the key's person, office or body
 * (or the key's office, "security minister (Arland)", and no other side); 1 when it names only
 * the key's side, as a person of that side would; 0 when it names another side, or nobody. Two
 * sayings of one side on one day are told apart by the closer fit.
 * @example speakerFit('Arland', 'Mira Quell (Arland)') // 1
 * @example speakerFit('President Mira Quell', 'Mira Quell (Arland)') // 2
 */
export function speakerFit(event: string | undefined, key: string, partyOf: PartyOf = () => undefined): 0 | 1 | 2 {
  if (event === undefined) return 0;
  const parts = key.match(/^(.*?)\s*\((.*)\)\s*$/);
  // The side the gazetteer reads in each ("Borean army" is Borea's): one side speaks in both.
  const side = parts ? (partyOf(parts[2]!) ?? partyOf(parts[1]!)) : partyOf(key);
  const eventSide = partyOf(event);
  // An office alone ("foreign ministry") names no side: every side has one.
  const names = (parts ? [parts[1]!, parts[2]!, key] : [key]).map(norm).filter((n) => n && !n.split(' ').every((w) => GENERIC.has(w)));
  const spoken = event.split(/\s*(?:,|\band\b)\s*/).map(norm).filter(Boolean);
  // Named: the person, office or body itself, without the side after it.
  const own = parts ? names.filter((n) => n === norm(parts[1]!)) : names;
  const named = spoken.some((s) => own.some((n) => sameName(n, s) || sameSurname(n, s)));
  // The key's office with its side after it, and an event that names that office and then a
  // person, no side: the key did not know the name, the report did ("Security Minister Ana Ruiz").
  // A word before the office would name whose it is ("Borean foreign ministry").
  const office = parts ? norm(parts[1]!) : '';
  const sameOffice = office !== '' && office.split(' ').every((w) => GENERIC.has(w)) && spoken.some((s) => s.startsWith(`${office} `)) && (eventSide === undefined || eventSide === side);
  if (named || sameOffice) return 2;
  if (side !== undefined && eventSide === side) return 1;
  return spoken.some((s) => names.some((n) => sameName(n, s))) ? 1 : 0;
}

/** Whether two normalised names name one body: one holds the other, one is the other's acronym, or they share a stem. */
const sameName = (a: string, b: string) => a.includes(b) || b.includes(a) || acronymOf(a, b) || acronymOf(b, a) || sameStem(a, b);

/** A person's surname, the last of two words or more, as a title and surname name them ("President Ruiz" for "Ana Ruiz"). */
const sameSurname = (name: string, other: string) => {
  const words = name.split(' ');
  const last = words.at(-1)!;
  return words.length >= 2 && last.length >= 3 && !GENERIC.has(last) && other.split(' ').includes(last);
};
const MINOR = new Set(['of', 'and', 'for', 'in', 'on']);
/** "organization of american states" -> "oas". */
const initials = (name: string) => name.split(' ').filter((w) => !MINOR.has(w)).map((w) => w[0]).join('');
/** Whether a name's initials are another name or a word of it: the body's acronym heads its office ("UN Secretary-General", "OAS General Secretariat"). */
const acronymOf = (full: string, other: string) => {
  const short = initials(full);
  return short.length >= 2 && other.split(' ').includes(short);
};
/** One word of each naming the same side by its stem: "philippine coast guard" and "philippines". */
const sameStem = (a: string, b: string) => a.split(' ').some((x) => b.split(' ').some((y) => x.length >= 6 && y.length >= 6 && x.slice(0, 6) === y.slice(0, 6) && !GENERIC.has(x) && !GENERIC.has(y)));
// Words of office that any side's speaker may carry.
const GENERIC = new Set(['ministry', 'minister', 'ministers', 'government', 'president', 'presidential', 'foreign', 'defence', 'defense', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'general', 'military', 'security', 'council', 'embassy', 'office', 'national', 'interior', 'official', 'officials']);
