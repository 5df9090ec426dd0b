import { precisionOf } from '../../../../src/lib/partialDate.ts';
import type { Mention } from '../mentions/buildMentions.ts';

/**
 * Kinds of acts a report names as one known step: a decision, a weapon brought down, an envoy
 * recalled, a truce. Violence, flight, arrests, talks and protests come in rounds, and words are
 * news of the day they are told: a report of one on the news day may be the news itself
 * ("fighting flared again", "police detained ten more").
 */
const STEPS = new Set(['measure', 'diplomacy', 'ceasefire']);

/** A step an article dates to an earlier day than its news day by its own words. */
const isDatedStep = (m: Mention) =>
  STEPS.has(m.kind) && m.dating !== 'context' && !m.background && m.status !== 'scheduled' && precisionOf(m.time.date) === 'day' && !m.time.approximate && (m.time.endDate ?? m.time.date) < m.published;
/** A step an article places on its news day only for want of a day of its own. */
const isUndated = (m: Mention) => STEPS.has(m.kind) && m.dating === 'context' && m.time.date === m.published && m.status !== 'scheduled' && m.type !== undefined;

/**
 * Dates a report that an article places on its news day only for want of a day of its own, when
 * an earlier sentence of the same article dates, by its own words, a happening of the same kind
 * and type to an earlier day: the report retells that happening ("the drone was shot down over
 * the desert on 2 May" … five months on, "Borea says the drone was brought down near the wells"),
 * and takes its date, as a report that only joins it; the latest such happening when there are
 * several. Kinds that come in rounds are left as they are, and so is a step of another phase (a
 * truce collapsing is not the truce agreed). Returns new reports; linear in the reports.
 * @example redateRetellings([droneDownedOn2May, droneDownedTold1Oct])[1].time.date // '2031-05-02'
 */
export function redateRetellings(mentions: readonly Mention[]): Mention[] {
  // Each article's reports in the order it tells them, a sentence's retellings before its own steps.
  const order = mentions
    .map((_, i) => i)
    .filter((i) => isDatedStep(mentions[i]!) || isUndated(mentions[i]!))
    .sort((a, b) => {
      const [x, y] = [mentions[a]!, mentions[b]!];
      return x.source.localeCompare(y.source) || x.sentence - y.sentence || Number(isDatedStep(x)) - Number(isDatedStep(y)) || a - b;
    });
  const out = [...mentions];
  // The latest step told so far, by article, kind, type and phase ('' for none).
  const latest = new Map<string, Map<string, Mention>>();
  for (const i of order) {
    const m = mentions[i]!;
    const group = `${m.source}|${m.kind}|${m.type ?? ''}`;
    const byPhase = latest.get(group) ?? latest.set(group, new Map()).get(group)!;
    if (isDatedStep(m)) {
      const phase = m.phase ?? '';
      const best = byPhase.get(phase);
      if (!best || m.time.date >= best.time.date) byPhase.set(phase, m);
      continue;
    }
    const fits = [...byPhase].filter(([phase]) => !m.phase || !phase || phase === m.phase).map(([, step]) => step);
    const told = fits.reduce<Mention | undefined>((a, b) => (!a || b.time.date > a.time.date || (b.time.date === a.time.date && b.sentence > a.sentence) ? b : a), undefined);
    if (told) out[i] = { ...m, time: told.time, anaphoric: true };
  }
  return out;
}
