import type { Mention } from '../mentions/buildMentions.ts';
import { throughChannel } from '../sentences/throughChannel.ts';
import { sameVoice } from '../sentences/voiceOf.ts';
import { foldInto } from './foldInto.ts';
import { isAppeal } from './isAppeal.ts';
import { nameKey } from '../sentences/nameKey.ts';

/** A sentence that goes on with the last speaker's words: "He accused …", "She added that …". */
const GOES_ON = /^(?:he|she)\s+(?:\p{L}+ly\s+)?\p{L}+/iu;

/**
 * Folds a statement into the accusation the next sentence of its article makes, on the same day,
 * when that sentence goes on in the speaker's voice ("Arland's foreign minister told the Council
 * his government welcomed a mission. He accused Borea of seeking control of the pass"): one
 * speaker's words of one day are one happening, coded by its most telling act, the charge; counted
 * apart, the statement is a second event of it. A charge in another voice ("Borea's ambassador
 * answered that …"), of another day or another article stays apart, and so does an appeal, which
 * asks for something new. So are a speaker's words the article leaves undated, told beside that
 * speaker's charge of the day under the same name ("Hanoi called the decision illegal and
 * demanded …" beside Hanoi's charge of the rammings), appeal or not: nothing tells them from the
 * day's charge. Undated words told through a channel of their own ("Writing on X, Ferrin said …",
 * "said in a statement that …", "in a televised speech") are a statement of their own, beside the
 * day's charge: the article tells them apart from it. Returns new reports, linear in them.
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
  // One speaker's charge of a day, by the article's name for the speaker: their undated words of
  // that day in the same article are part of it.
  // Each voice of the side apart: the president's words are no part of the army's charge.
  const byName = new Map<string, Mention[]>();
  const named = (source: string, speaker: string, date: string) => `${source}|${nameKey(speaker)}|${date}`;
  for (const m of mentions) {
    if (m.kind !== 'accusation' || m.type === 'denial' || m.status !== 'occurred' || !m.speaker) continue;
    const key = named(m.source, m.speaker, m.time.date);
    byName.set(key, [...(byName.get(key) ?? []), m]);
  }
  const chargeOf = (m: Mention) => byName.get(named(m.source, m.speaker!, m.time.date))?.find((c) => sameVoice(c.voice, m.voice));
  if (charges.size === 0 && byName.size === 0) return [...mentions];
  const said = (m: Mention) => m.kind === 'statement' && m.type !== 'proposal' && m.status === 'occurred' && !m.anaphoric;
  return foldInto(
    mentions,
    (m) =>
      !said(m)
        ? undefined
        : ((!isAppeal(m.says) ? charges.get(at(m.source, m.sentence + 1, m.time.date)) : undefined) ??
          (m.dating === 'context' && m.speaker && !throughChannel(m.citations[0]?.quote ?? '') ? chargeOf(m) : undefined)),
    { citations: true },
  );
}
