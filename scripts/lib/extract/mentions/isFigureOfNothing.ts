import type { At } from '../sentences/nearestByWords.ts';
import { WEEKDAY_NAMES } from '../time/calendarNames.ts';

// A share of a number is not a count of people: "half of its 140,000 inhabitants", "30% of".
const SHARE = /\b(?:half|third|quarter|fifth|tenth|(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)))\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|all\s+)?$/i;
// What could or would be is not a count: "could save thousands of lives", "would cost hundreds".
// So is what one threatens, risks or means to do: "threatened to expel 9,000 refugees", "risks
// killing thousands", "aims to return 5,000 families".
const HYPOTHETICAL = /\b(?:[Cc]ould|[Ww]ould|[Mm]ight|may|[Ii]f|[Uu]nless|threaten(?:s|ed|ing)?\s+to|risk(?:s|ed|ing)?|(?:aim|plan|intend|vow)(?:s|ed|ned)?\s+to|(?:ready|prepared|poised)\s+to)\b[^,;:.]*$/;
// The same after the count, before any harm its clause tells happened: "the 200,000 refugees there
// would be expelled unless…", "20,000 more will be displaced", but not "the 12 who died would be buried on Friday".
const HYPOTHETICAL_AFTER = /^(?:(?!\b(?:killed|died|dead|wounded|injured|hurt|fled)\b)[^,;:.])*?\b(?:would|could|might|may|will)\s+(?:not\s+)?be\b/i;
// A first count since given up is none: "had at first reported six killed", "initially put the
// dead at 12". The count that replaced it is the happening's.
const SUPERSEDED = /\b(?:at\s+first|initially|originally)\s+(?:(?:had|has|was|were)\s+)?(?:reported|said|put|gave|counted|announced|spoke\s+of)\b[^;:.]*$/i;
// People a country hosts are a standing population, not a happening's count: "Borea is home to
// 40,000 refugees", "Arland, long host to 12,000 Ondrians".
const HOSTED = /\b(?:(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|still\s+|already\s+)?home|host)\s+to|hosts|hosting|hosted)\s+$/i;
// Rival claims of both sides of what each inflicted are no count of one happening: "both sides
// claim hundreds of enemy dead".
const EACH_CLAIMS = /\b(?:each|both|either)\s+sides?\s+(?:(?:has|have|had)\s+)?(?:now\s+|also\s+)?(?:claimed|claims?)\b[^;:.]*$/i;
// Bodies handed over, returned or exchanged are a transfer, not the toll of a happening.
// "took back the bodies of 15 soldiers": the same, the count told after the bodies.
const BODIES_OF_MOVED =
  /\b(?:took|take|takes|taking|taken|handed|hand|hands|handing|returned|return|returns|returning|received|receive|receives|receiving|repatriated|exchanged|collected|brought|sent)\s+(?:back\s+|over\s+)?(?:the\s+)?bodies\s+of\s+(?:the\s+|some\s+|all\s+)?$/i;
const BODIES_MOVED = /^\s+(?:[\p{L}-]+\s+)?bodies\s+(?:(?:had|have|has|were|was|are|is|being|been|will\s+be)\s+)*(?:handed|returned|repatriated|exchanged|swapped|transferred|sent\s+back|given\s+back)\b/iu;
// So are the wounded handed back, freed or held: "handed back two wounded guards", "gave the body
// and the two injured men to", "is holding two wounded soldiers" count people moved, not a toll.
const WOUNDED_MOVED_BEFORE =
  /\b(?:handed|hands|handing|returned|returns|returning|gave|gives|giving|released|releases|releasing|freed|frees|freeing|repatriated|repatriates|swapped|exchanged|holding|holds|held)\s+(?:back\s+|over\s+)?(?:(?:the\s+|a\s+)?bod(?:y|ies)\s+and\s+)?(?:the\s+|its\s+|their\s+)?$/i;
const WOUNDED_AFTER = /^\s+(?:wounded|injured|hurt)\b/i;
const PERCENT_AFTER = /^\s*(?:%|per\s*cent|percent)/i;
// "No one was hurt": a negated count is none, not one.
const NEGATED = /\bno\s+$/i;
// One of a count already given is a part of it, not a count: "one of the dead was a teacher".
// So is one named among them: "a teacher was one civilian among the dead".
// "every one of the 12 bodies": the same, with the count given between.
const PART_OF =
  /^(?:\s+of|(?:\s+(?!(?:were|was|had|have|has|are|is)\b)[\p{L}'’-]+){0,2}?\s+among)\s+(?:the|those|them)\s+(?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|(?:twenty|thirty|forty|fifty)(?:-[a-z]+)?)\s+)?(?:dead|deaths|killed|wounded|injured|victims|casualties|missing|displaced|bodies)\b/iu;
// A number in figures that names a unit, not a count of its men: "18 soldiers of 4 Velmora
// Regiment", "the 3 Commando Brigade"; but "12 Marine Corps troops" counts them.
const UNIT_NAME = /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:Regiment|Battalion|Brigade|Division|Corps|Squadron|Fleet|Wing)\b(?!\s+(?:soldiers|troops|men|personnel|members|officers|marines|sailors|airmen|fighters|guards)\b)/u;
// A person's age set off by commas after the name: "Ana Ruiz, 63, who had fled".
const AGE = /\p{Lu}[\p{L}'’-]+,\s*$/u;
const AGE_AFTER = /^\s*,/;
// A number that is part of a date: "Aug. 3-6", "March 12", "on the 4th of May".
// Whole month names or their short forms only: "12 Marines", "three Junior officers" are no dates.
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?`;
const DATE_BEFORE = new RegExp(String.raw`\b${MONTH}\s+(?:\d{1,2}\s*[-–]\s*)?$`);
const DATE_AFTER = new RegExp(String.raw`^(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?:\s|,|$)`);
// A running total of a whole war or of a span of days is no one day's toll: "since the fighting
// began, 300 have died", "the war has killed 3,000", "so far", "over the past 13 months".
const CUMULATIVE =
  /\b(?:since\s+(?:the\s+)?(?:\w+\s+){0,6}(?:began|started|erupted|broke\s+out|took\s+effect|came\s+into\s+force)|since\s+(?:the\s+(?:start|beginning|outbreak)|(?:early|late|mid-?)?\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})\b)|since\s+then|so\s+far|to\s+date|over\s+the\s+(?:course\s+of\s+the\s+)?(?:[\w-]+\s+){0,2}(?:war|conflict|campaign|offensive)|in\s+all|in\s+total|(?:on|over|between|from)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:and|to|through)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|up\s+from|altogether|all\s+told|(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?:[\w-]+\s+)?(?:days|weeks|months|years)|(?:the|this)\s+(?:[\w-]+\s+)?(?:war|conflict)\s+(?:has|had)\s+(?:killed|left|claimed|displaced|uprooted))\b/i;

/**
 * A number that counts no happening: a count negated ("no one was hurt"), a running total of a
 * whole war or of many days, a share or a part of another number ("half of its 140,000
 * inhabitants", "one of the dead"), a percentage, an age, a day of a date, a figure of what
 * could or would happen ("could save thousands of lives", "10,000 refugees would be expelled"), or
 * bodies or wounded handed over, or the toll of a whole war told in the past ("that war claimed
 * some 2,000 lives"). It attaches to nothing.
 * @example isFigureOfNothing('half of its 140,000 inhabitants have fled', figure) // true
 */
export function isFigureOfNothing(text: string, figure: At): boolean {
  const before = text.slice(Math.max(0, figure.start - 60), figure.start);
  const after = text.slice(figure.end, figure.end + 60);
  return (
    SHARE.test(before) ||
    NEGATED.test(before) ||
    PERCENT_AFTER.test(after) ||
    PART_OF.test(after) ||
    (UNIT_NAME.test(after) && /^\d+$/.test(text.slice(figure.start, figure.end))) ||
    (AGE.test(before) && AGE_AFTER.test(after) && /^\d{1,3}$/.test(text.slice(figure.start, figure.end))) ||
    DATE_BEFORE.test(before) ||
    DATE_AFTER.test(after) ||
    HYPOTHETICAL.test(before) ||
    SUPERSEDED.test(before) ||
    HOSTED.test(before) ||
    EACH_CLAIMS.test(before) ||
    HYPOTHETICAL_AFTER.test(text.slice(figure.end, clauseOf(text, figure).end)) ||
    BODIES_MOVED.test(after) ||
    BODIES_OF_MOVED.test(before) ||
    (WOUNDED_MOVED_BEFORE.test(before) && WOUNDED_AFTER.test(after)) ||
    isCumulative(text, figure)
  );
}

// A clause that dates its own toll tells a day's count, whatever total the sentence also gives.
const OWN_TIME = new RegExp(
  String.raw`\b(?:on\s+(?:${WEEKDAY_NAMES.join('|')})|today|yesterday|overnight|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|${MONTH}\s+\d{1,2}|\d{1,2}\s+${MONTH})\b`,
  'i',
);

// A toll said of the whole war or conflict, told in the past ("that war claimed some 2,000 lives",
// "were killed during the border war of the 1970s", "died in the conflict"): the count of every round, which no
// one day's event holds. A clause that dates its own toll ("killed in the war on Tuesday") is a
// day's count and stays.
const WHOLE_WAR =
  /\b(?:(?:the|that)\s+(?:[\w-]+\s+){0,2}(?:war|conflict)\s+(?:killed|left|claimed|displaced|uprooted)\b|(?:killed|died|dead|wounded|injured|displaced|uprooted)\s+(?:in|during|by)\s+(?:the|that)\s+(?:[\w-]+\s+){0,2}(?:war|conflict)\b(?!\s+(?:on|this|today|yesterday|zones?|areas?|regions?)\b))/i;

/**
 * Whether the clause of a figure tells a running total, before or after it ("300 have died since
 * the war began"); or, when the clause dates nothing of its own, whether its sentence frames the
 * count so ("since the war began, truces failed within hours, and 900 had died").
 */
function isCumulative(text: string, figure: At): boolean {
  const { start, end: until } = clauseOf(text, figure);
  const clause = text.slice(start, until);
  return CUMULATIVE.test(clause) || (!datesItsOwn(text, figure) && (WHOLE_WAR.test(clause) || statementIsCumulative(text, figure)));
}

/**
 * Whether the statement of a figure, from the last ";" before it to the next, tells a running
 * total ("…since the war began; the other side admits 10 dead" frames only the first). Each
 * statement is tested once per text: a sentence of thousands of numbers and no ";" tested its
 * whole length once for each.
 */
function statementIsCumulative(text: string, figure: At): boolean {
  const memo = textMemo(text);
  const semi = memo.semicolons[firstAtOrAfter(memo.semicolons, figure.start) - 1] ?? -1;
  const next = memo.semicolons[firstAtOrAfter(memo.semicolons, figure.end)] ?? text.length;
  const key = `${semi}:${next}`;
  let cumulative = memo.statements.get(key);
  if (cumulative === undefined) memo.statements.set(key, (cumulative = CUMULATIVE.test(text.slice(semi + 1, next))));
  return cumulative;
}

// Characters a clause reaches at most on either side of a figure: real clauses are far shorter, and
// the bound keeps a sentence of thousands of numbers linear.
const CLAUSE_REACH = 1000;

/** The clause of a figure: from the last ";" or ", and|but|while" before it to the next. */
export function clauseOf(text: string, figure: At): At {
  // Asked three times of each figure (two readings here, one in isStandingToll): read once.
  const clauses = textMemo(text).clauses;
  const key = `${figure.start}:${figure.end}`;
  let clause = clauses.get(key);
  if (!clause) clauses.set(key, (clause = readClause(text, figure)));
  return clause;
}

function readClause(text: string, figure: At): At {
  const reach = Math.max(0, figure.start - CLAUSE_REACH);
  const starts = [...text.slice(reach, figure.start).matchAll(CLAUSE_OPENS)];
  const from = starts.length > 0 ? reach + starts.at(-1)!.index + starts.at(-1)![0].length : reach;
  const cut = text.slice(figure.end, figure.end + CLAUSE_REACH).search(CLAUSE_CLOSES);
  const to = cut < 0 ? Math.min(text.length, figure.end + CLAUSE_REACH) : figure.end + cut;
  return { start: from, end: to };
}
const CLAUSE_OPENS = /;|,\s+(?:and|but|while)\s/g;
const CLAUSE_CLOSES = /[;]|,\s+(?:and|but|while)\b/;

/** The index of the first of the ascending `list` that is at least `at` (its length when none is). */
function firstAtOrAfter(list: readonly number[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// What is read of one text, kept while figures of that same text are asked about: the text is
// the key, so a new text starts afresh and the answers stay those of a pure function.
interface TextMemo {
  text: string;
  semicolons: number[];
  statements: Map<string, boolean>;
  clauses: Map<string, At>;
  ownTimes: Map<string, boolean>;
}
let memo: TextMemo | undefined;
function textMemo(text: string): TextMemo {
  if (memo?.text !== text) {
    const semicolons: number[] = [];
    for (let i = text.indexOf(';'); i >= 0; i = text.indexOf(';', i + 1)) semicolons.push(i);
    memo = { text, semicolons, statements: new Map(), clauses: new Map(), ownTimes: new Map() };
  }
  return memo;
}

/**
 * Whether the clause of a figure dates what it tells by a day of its own: "on Monday",
 * "yesterday", "12 May". Read once per clause: isCumulative and isStandingToll both ask it.
 */
export function datesItsOwn(text: string, figure: At): boolean {
  const { start, end } = clauseOf(text, figure);
  const owns = textMemo(text).ownTimes;
  const key = `${start}:${end}`;
  let own = owns.get(key);
  if (own === undefined) owns.set(key, (own = OWN_TIME.test(text.slice(start, end))));
  return own;
}
