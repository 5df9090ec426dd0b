import type { At } from '../sentences/nearestByWords.ts';

// The last "after" or "following" before a figure: what follows it set off what came before it.
const SETTING = /\b(?:after|following)\s/gi;

/**
 * Whether a figure counts what set off a happening its sentence tells before it: "the fighting
 * began after three soldiers were killed", "clashes started, after the rebels said they had killed
 * two guards". The killing that set the fighting off is an earlier happening the sentence does not
 * tell as one, so its toll is not the fighting's. `happenings` are where the sentence names the
 * happenings the figure could count, `figures` where it gives its counts. A happening named between
 * the "after" and the figure ("after shelling killed three") has the figure; a clause break
 * (", killing three") ends the setting, and so does its own count ("fighting that began after three
 * guards were killed has left nine dead": the nine are the fighting's).
 * @example isFigureOfCause('Fighting began after three soldiers were killed.', { start: 21, end: 26 }, [{ start: 0, end: 8 }], []) // true
 */
export function isFigureOfCause(text: string, figure: At, happenings: readonly At[], figures: readonly At[]): boolean {
  const setting = [...text.slice(0, figure.start).matchAll(SETTING)].at(-1);
  if (!setting) return false;
  if (/[,;:]/.test(text.slice(setting.index, figure.start))) return false;
  const between = (x: At) => x.start >= setting.index && x.start < figure.start;
  if (happenings.some(between) || figures.some(between)) return false;
  return happenings.some((h) => h.end <= setting.index);
}
