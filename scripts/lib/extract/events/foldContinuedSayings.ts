import type { Mention } from '../mentions/buildMentions.ts';
import { foldInto } from './foldInto.ts';

/** A sentence that goes on with the last speaker's words: "He accused …", "She added that …". */
const GOES_ON = /^(?:he|she)\s+(?:\p{L}+ly\s+)?\p{L}+/iu;

/**
 * Folds a statement into the accusation the next sentence of its article makes, on the same day,
 * when that sentence goes on in the speaker's voice ("Djibouti's foreign minister told the Council
 * his government welcomed a mission. He accused Eritrea of seeking control of the strait"): one
 * speaker's words of one day are one happening, coded by its most telling act, the charge; counted
 * apart, the statement is a second event of it. A charge in another voice ("Eritrea's ambassador
 * answered that …"), of another day or another article stays apart, and so does an appeal, which
 * asks for something new. Returns new reports, linear in them.
 * @example foldContinuedSayings([welcomesInSentence7, accusesInSentence8]).map((m) => m.kind) // ['accusation']
 */
export function foldContinuedSayings(mentions: readonly Mention[]): Mention[] {
  const charges = new Map<string, Mention>();
  const at = (source: string, sentence: number, date: string) => `${source}|${sentence}|${date}`;
  for (const m of mentions) {
    if (m.kind !== 'accusation' || m.type === 'denial' || m.status !== 'occurred') continue;
    if (!GOES_ON.test(m.citations[0]?.quote ?? '')) continue;
    const key = at(m.source, m.sentence, m.time.date);
    if (!charges.has(key)) charges.set(key, m);
  }
  if (charges.size === 0) return [...mentions];
  return foldInto(
    mentions,
    (m) => (m.kind === 'statement' && m.type !== 'proposal' && m.status === 'occurred' && !m.anaphoric && !APPEAL.test(m.says ?? '') ? charges.get(at(m.source, m.sentence + 1, m.time.date)) : undefined),
    { citations: true },
  );
}

/** What a speaker asks of others, a happening of its own: "urges", "calls on", "demands". */
const APPEAL = /^(?:urges?|asks?|appeals?|calls? (?:on|for)|demands?|invites?|press(?:es)? for)\b/;
