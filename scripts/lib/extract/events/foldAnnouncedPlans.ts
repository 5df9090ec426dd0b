import type { Mention } from '../mentions/buildMentions.ts';
import { foldInto } from './foldInto.ts';

/** The day a report's time starts on, when it names a day. */
const dayOf = (m: Mention) => (m.time.date.length === 10 && !m.time.approximate ? m.time.date : undefined);

/**
 * Folds a plan that one sentence dates twice into its later day. "The presidents will meet in
 * Quito on Monday, the host announced on Thursday" gives the meeting Monday and the announcement
 * Thursday; a plan dated on or before the article's news day, beside the same plan dated after it
 * by the same sentence, is the day the plan was told, not a second plan. What it carried (figures,
 * claims, actors) goes to the plan it told. Plans of other kinds, types or bodies, and plans of
 * other sentences, stay apart. Returns new reports; linear in the reports.
 * @example foldAnnouncedPlans([meetingOnMonday, meetingOnThursdayFromTheSameSentence]).length // 1
 */
export function foldAnnouncedPlans(mentions: readonly Mention[]): Mention[] {
  const at = (m: Mention) => [m.source, m.sentence, m.kind, m.type ?? '', m.who?.toLowerCase() ?? ''].join('|');
  // The earliest day after its news day that each sentence gives each plan.
  const ahead = new Map<string, Mention>();
  for (const m of mentions) {
    const day = dayOf(m);
    if (m.status !== 'scheduled' || day === undefined || day <= m.published) continue;
    const best = ahead.get(at(m));
    if (!best || day < dayOf(best)!) ahead.set(at(m), m);
  }
  if (ahead.size === 0) return [...mentions];
  return foldInto(mentions, (m) => {
    const day = dayOf(m);
    return m.status === 'scheduled' && m.phase !== 'postpone' && day !== undefined && day <= m.published ? ahead.get(at(m)) : undefined;
  });
}
