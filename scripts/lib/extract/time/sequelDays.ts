import { AMOUNTS } from './timeVocabulary.ts';

// "Three days later", "A day later", "The next day", "The following morning", "Two days
// earlier", "The day before,", "About two hours later": words opening a sentence that set it so
// many days from the day the story last named. A number of days or none ("hours later": the same
// day); a vague count of days ("a few days later") names no day.
const SEQUEL =
  /^\W*(?:(?:and|but|then)\s+)?(?:(?<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+days?\s+(?<dir>later|earlier|afterwards)|(?:(?:about|some|only|just|barely)\s+)?(?:(?:a|an|one|two|three|four|five|six|a\s+few|several)\s+)?hours?\s+(?:later|afterwards)|the\s+(?<next>next|following)\s+(?:day|morning|afternoon|evening)|the\s+(?<previous>previous|preceding)\s+(?:day|morning|afternoon|evening)|the\s+day\s+(?<before>before|after)(?=\s*[,;]))\b/i;

/**
 * Days a sentence opening so ("Three days later Borea closed the border", "The next day …") lies
 * from the day the story last named: positive after it, negative before it, 0 for hours; undefined
 * when it opens with no such words.
 * @example sequelDays('Three days later Arland recalled its envoy.') // 3
 */
export function sequelDays(text: string): number | undefined {
  const m = SEQUEL.exec(text);
  if (!m) return undefined;
  const g = m.groups!;
  const before = g.before?.toLowerCase();
  if (g.next || before === 'after') return 1;
  if (g.previous || before === 'before') return -1;
  if (!g.n) return 0;
  const amount = AMOUNTS[g.n.toLowerCase()] ?? Number(g.n);
  return g.dir!.toLowerCase() === 'earlier' ? -amount : amount;
}
