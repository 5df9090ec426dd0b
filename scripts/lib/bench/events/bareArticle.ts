import { findDateline } from '../../extract/time/findDateline.ts';
import { readStamp } from '../../extract/time/readStamp.ts';
import { WEEKDAYS } from '../../extract/time/timeVocabulary.ts';

/** More stamps than any page prints: a bound on the loop, not a rule. */
const MOST_STAMPS = 8;
const WEEKDAY_BEFORE = new RegExp(String.raw`(?:${Object.keys(WEEKDAYS).join('|')})\.?,?\s*$`, 'iu');

/**
 * An article's body as a maintainer pastes it without what dates the page: every stamp line the
 * extractor reads as the page's ("Updated 14 March 2024", "Friday, June 12, 2020") is dropped, and
 * a wire dateline keeps its place and agency but loses its date ("VELMORA, March 14 (AW) -" becomes
 * "VELMORA (AW) -"). What is a stamp is the extractor's own reading (`findDateline`, `readStamp`),
 * so `bench:events --furnish bare` takes away exactly what would have dated the article, and the
 * text's own words stay. With the front matter's `published` left out, it measures the articles
 * pasted without their day that real runs meet.
 * @example bareArticle('Updated 14 March 2024\n\nTroops clashed on Tuesday.') // 'Troops clashed on Tuesday.'
 */
export function bareArticle(body: string): string {
  let text = body;
  for (let i = 0; i < MOST_STAMPS; i++) {
    const stamp = findDateline(text);
    if (!stamp) break;
    const lineStart = text.lastIndexOf('\n', stamp.start - 1) + 1;
    const newline = text.indexOf('\n', stamp.start);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (readStamp(line, 'line')) {
      // The whole line is the stamp: it goes, with the blank line after it.
      text = text.slice(0, lineStart) + text.slice(lineEnd).replace(/^\n[^\S\n]*\n?/, '');
      continue;
    }
    // A lede's dateline: its date goes, with the weekday before it and the comma that set it off;
    // with no place before it, the dash or colon after it goes too.
    const place = text.slice(lineStart, stamp.start).replace(WEEKDAY_BEFORE, '').replace(/[,\s]*$/, '');
    const after = text.slice(stamp.start + stamp.text.length).replace(/^,\s*\d{4}\b/, '');
    const rest = place === '' ? after.replace(/^[\s,]*(?:(?:--|[-–—:])\s*)?/, '') : after.replace(/^,\s*/, ' ');
    text = text.slice(0, lineStart) + place + rest;
  }
  // A stamp at the foot leaves the blank lines above it; the body ends as it did.
  return text.replace(/\s*$/, /\s*$/.exec(body)![0]);
}
