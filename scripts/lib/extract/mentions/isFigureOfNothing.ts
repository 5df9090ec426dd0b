import type { At } from '../sentences/nearestByWords.ts';

// A share of a number is not a count of people: "half of its 140,000 inhabitants", "30% of".
const SHARE = /\b(?:half|third|quarter|fifth|tenth|(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)))\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|all\s+)?$/i;
// What could or would be is not a count: "could save thousands of lives", "would cost hundreds".
const HYPOTHETICAL = /\b(?:[Cc]ould|[Ww]ould|[Mm]ight|may|[Ii]f)\b[^,;:.]*$/;
const PERCENT_AFTER = /^\s*(?:%|per\s*cent|percent)/i;

/**
 * A number that counts no happening: a share of another number ("half of its 140,000
 * inhabitants"), a percentage, or a figure of what could or would happen ("could save thousands
 * of lives"). It attaches to nothing.
 * @example isFigureOfNothing('half of its 140,000 inhabitants have fled', figure) // true
 */
export function isFigureOfNothing(text: string, figure: At): boolean {
  const before = text.slice(Math.max(0, figure.start - 60), figure.start);
  return SHARE.test(before) || PERCENT_AFTER.test(text.slice(figure.end)) || HYPOTHETICAL.test(before);
}
