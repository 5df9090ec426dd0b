import type { At } from '../sentences/nearestByWords.ts';

// A share of a number is not a count of people: "half of its 140,000 inhabitants", "30% of".
const SHARE = /\b(?:half|third|quarter|fifth|tenth|(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)))\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|all\s+)?$/i;
// What could or would be is not a count: "could save thousands of lives", "would cost hundreds".
const HYPOTHETICAL = /\b(?:[Cc]ould|[Ww]ould|[Mm]ight|may|[Ii]f)\b[^,;:.]*$/;
const PERCENT_AFTER = /^\s*(?:%|per\s*cent|percent)/i;
// A running total of a whole war or of a span of days is no one day's toll: "since the fighting
// began, 300 have died", "the war has killed 3,000", "so far", "over the past 13 months".
const CUMULATIVE =
  /\b(?:since\s+(?:the\s+)?(?:\w+\s+){0,3}(?:began|started|erupted|broke\s+out|took\s+effect|came\s+into\s+force)|since\s+(?:the\s+(?:start|beginning|outbreak)|(?:early|late|mid-?)?\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})\b)|so\s+far|to\s+date|in\s+all|in\s+total|altogether|all\s+told|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:days|weeks|months|years)|(?:the|this)\s+(?:[\w-]+\s+)?(?:war|conflict)\s+(?:has|had)\s+(?:killed|left|claimed|displaced|uprooted))\b/i;

/**
 * A number that counts no happening: a running total of a whole war or of many days, a share of another number ("half of its 140,000
 * inhabitants"), a percentage, or a figure of what could or would happen ("could save thousands
 * of lives"). It attaches to nothing.
 * @example isFigureOfNothing('half of its 140,000 inhabitants have fled', figure) // true
 */
export function isFigureOfNothing(text: string, figure: At): boolean {
  const before = text.slice(Math.max(0, figure.start - 60), figure.start);
  return SHARE.test(before) || PERCENT_AFTER.test(text.slice(figure.end)) || HYPOTHETICAL.test(before) || isCumulative(text, figure);
}

/** Whether the clause of a figure tells a running total, before or after it ("300 have died since the war began"). */
function isCumulative(text: string, figure: At): boolean {
  const starts = [...text.slice(0, figure.start).matchAll(/;|,\s+(?:and|but|while)\s/g)];
  const from = starts.length > 0 ? starts.at(-1)!.index + starts.at(-1)![0].length : 0;
  const cut = text.slice(figure.end).search(/[;]|,\s+(?:and|but|while)\b/);
  const to = cut < 0 ? text.length : figure.end + cut;
  return CUMULATIVE.test(text.slice(from, to));
}
