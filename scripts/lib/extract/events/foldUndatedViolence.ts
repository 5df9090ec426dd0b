import type { Mention } from '../mentions/buildMentions.ts';
import { foldInto } from './foldInto.ts';
import { UNREST_KINDS } from '../happenings/unrestKinds.ts';

/** Words a report may use for one act of violence: a clash, a shelling, an attack on people or property, a riot. */
const VIOLENT: ReadonlySet<string> = UNREST_KINDS;

/**
 * Folds violence that a sentence leaves undated into the violence the same sentence dates by its
 * own words to another day: "on Wednesday rioters stormed the depot and set it ablaze",
 * told on Thursday, is Wednesday's riot seen through three words (rioters, stormed, set it
 * ablaze), not a riot on Wednesday and an attack and a fire on Thursday. The undated report's
 * figures, claims and actors go to the dated one. Violence the sentence tells as the background of
 * its news ("after the clashes on Sunday, shelling resumed") is no date for the rest of it, and an
 * outbreak or a resumption is news of its own. Returns new reports; linear in the reports.
 * @example foldUndatedViolence([riotOnWednesday, attackUndatedSameSentence]).length // 1
 */
export function foldUndatedViolence(mentions: readonly Mention[]): Mention[] {
  const at = (m: Mention) => `${m.source}|${m.sentence}`;
  // The first violence each sentence dates to a day by its own words, told as its news.
  const dated = new Map<string, Mention>();
  for (const m of mentions) {
    if (!VIOLENT.has(m.kind) || m.dating === 'context' || m.background || m.status === 'scheduled' || m.time.date.length !== 10) continue;
    if (!dated.has(at(m))) dated.set(at(m), m);
  }
  if (dated.size === 0) return [...mentions];
  return foldInto(mentions, (m) => {
    const target = VIOLENT.has(m.kind) && m.dating === 'context' && !m.background && m.status === 'occurred' && m.phase !== 'begin' && m.phase !== 'resume' ? dated.get(at(m)) : undefined;
    return target && target !== m && target.time.date !== m.time.date && target.status === 'occurred' ? target : undefined;
  });
}
