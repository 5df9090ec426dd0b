import { AMOUNTS } from './timeVocabulary.ts';

// "Three days later", "A day later", "The next day", "The following morning", "Two days
// earlier", "The day before,", "About two hours later": words opening a sentence that set it so
// many days from the day the story last named. A number of days or none ("hours later": the same
// day); a vague count of days ("a few days later") names no day.
const SEQUEL =
  /^\W*(?:(?:and|but|then)\s+)?(?:(?<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+days?\s+(?<dir>later|earlier|afterwards)|(?:(?:about|some|only|just|barely)\s+)?(?:(?:a|an|one|two|three|four|five|six|a\s+few|several)\s+)?hours?\s+(?:later|afterwards)|the\s+(?<next>next|following)\s+(?:day|morning|afternoon|evening)|the\s+(?<previous>previous|preceding)\s+(?:day|morning|afternoon|evening)|the\s+day\s+(?<before>before|after)(?=\s*[,;]))\b/i;

/**
 * The days a sentence's opening words set it from the day the story last named (positive after it,
 * negative before it, 0 for hours; undefined when it opens with no such words), with where those words end: what follows them is the sentence's own ("A day earlier, Arland
 * expelled …": the "earlier" is the opening's, which places the expulsion, not a recap of it).
 * @example sequelOpening('A day earlier, Arland expelled two envoys.') // { days: -1, end: 13 }
 */
export function sequelOpening(text: string): { days: number; end: number } | undefined {
  const m = SEQUEL.exec(text);
  if (!m) return undefined;
  const g = m.groups!;
  const before = g.before?.toLowerCase();
  const end = m.index + m[0].length;
  if (g.next || before === 'after') return { days: 1, end };
  if (g.previous || before === 'before') return { days: -1, end };
  if (!g.n) return { days: 0, end };
  const amount = AMOUNTS[g.n.toLowerCase()] ?? Number(g.n);
  return { days: g.dir!.toLowerCase() === 'earlier' ? -amount : amount, end };
}
