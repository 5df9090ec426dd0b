/** The party of the gazetteer some words name first, a force as its country; undefined when they name none. */
export type PartyOf = (words: string) => string | undefined;

/** Lower case, without "the" and the possessive, for comparing names as reports write them. */
const norm = (s: string) => s.toLowerCase().replace(/[’']s\b/g, '').replace(/\bthe\b/g, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Whether an event's speaker is the key's, as a reader would judge a title: the key writes who
 * spoke as a person, office or side with the side after it ("Idriss Deby (Chad)", "foreign
 * ministry (Sudan)", "United States"); the event may name any of those, or several joined by
 * "and" of which one is the key's; or, with `partyOf`, words the gazetteer reads as the key's
 * side ("Lebanon" for "Lebanese army"). Another side, or nobody, is wrong.
 * @example speakerFits('Chad', 'Idriss Deby (Chad)') // true
 * @example speakerFits('Sudan', 'Idriss Deby (Chad)') // false
 */
export function speakerFits(event: string | undefined, key: string, partyOf: PartyOf = () => undefined): boolean {
  if (event === undefined) return false;
  const parts = key.match(/^(.*?)\s*\((.*)\)\s*$/);
  // The side the gazetteer reads in each ("Lebanese army" is Lebanon's): one side speaks in both.
  const side = parts ? (partyOf(parts[2]!) ?? partyOf(parts[1]!)) : partyOf(key);
  if (side !== undefined && partyOf(event) === side) return true;
  // An office alone ("foreign ministry") names no side: every side has one.
  const names = (parts ? [parts[1]!, parts[2]!, key] : [key]).map(norm).filter((n) => n && !n.split(' ').every((w) => GENERIC.has(w)));
  const spoken = event.split(/\s*(?:,|\band\b)\s*/).map(norm).filter(Boolean);
  return spoken.some((s) => names.some((n) => n.includes(s) || s.includes(n) || acronymOf(n, s) || acronymOf(s, n) || sameStem(n, s)));
}

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
