import type { Figure } from '../../../../src/lib/eventSchema.ts';
import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';
import { parseCardinal } from './parseCardinal.ts';
import type { PhraseMatch } from '../lexicon/phraseMatcher.ts';
import { wordDistance } from './wordDistance.ts';

/** A reported number found in a sentence, before it is given a citation. */
export type FigureCandidate = Omit<Figure, 'citation'> & { start: number; end: number };

const NUMBER_WORD =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion';
const NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N},.])(?<!\\p{L}-)(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:\\s+(?:thousand|million|billion))?(?![\\p{L}\\p{N}]|,\\d|\\.\\d)` +
    `|\\b(?:half\\s+an?\\s+|an?\\s+(?=hundred|thousand|million))?(?:${NUMBER_WORD})(?:[\\s-]+(?:and\\s+)?(?:${NUMBER_WORD}))*\\b`,
  'giu',
);
const LENGTH_UNITS = new Set(['km', 'mi']);
// A number that modifies a noun of time, money or things counts those, not people: "a two-year
// war", "a 3-day truce", "12 villages", "eight missiles" (lengths are read below, as a border's).
// English nouns, not one conflict's.
const OF_THINGS =
  /^[\s-]*(?:year|day|week|month|hour|minute|second|decade|century|night|time|round|stage|phase|point|acre|hectare|per\s*cent|percent|%|dollar|baht|riel|rupee|euro|pound|yuan|village|town|city|district|province|region|house|home|building|school|vehicle|truck|car|tank|drone|missile|rocket|shell|bomb|mine|aircraft|jet|plane|helicopter|ship|boat|checkpoint|post|outpost|base|position|location|place|site|area|border|crossing|temple|camp|point|gun|weapon|tonne|ton)s?\b/i;
// "fighting between the two sides", "both countries": a number naming the parties, not people.
const OF_PARTIES = /^\s+(?:sides|countries|nations|neighbou?rs|armies|governments|capitals|parties|states)\b/i;
const SCAN_WORDS = 8;
// Armed men who flee, desert or are sheltered are no people displaced by a happening: "30 deserters
// it was sheltering", "200 soldiers fled across the border". What is counted is the noun's to say.
const COMBATANTS = /^(?:\s+of)?(?:\s+(?!and\b|or\b)[\p{L}'’-]+){0,2}?\s+(?:soldiers|troops|deserters|defectors|fighters|militants|militiamen|rebels|guards|officers|police(?:men)?|servicemen|gunmen|insurgents)\b/iu;
// "one that was hit", "one which fell": "one" as a pronoun for a thing named before, no count.
const PRONOUN_ONE = /^\s+(?:that|which)\b/i;
// "wounded at five": a measure a number is set at.
const SET_AT = /^\s+at\s+$/i;
// The wounded who then died: "wounded and then killed", "hurt and later died in hospital".
const DIED_AFTER = /^\s+(?:and|before)\s+(?:then\s+|later\s+|subsequently\s+)?(?:(?:was|were|had\s+been)\s+)?(?:killed|died|shot\s+dead)\b/i;
// A measure after "and" starts a predicate of its own: "eight Boreans and wounded dozens".
const NEW_PREDICATE = /\band\s+(?:\p{L}+\s+)?$/u;
// "one of the two crew", "12 of the 30 passengers": the second number is the whole the first is
// a part of; what the sentence counts is the part.
const WHOLE_OF = /^\s+of\s+(?:the|its|their|his|her|our|these|those|all)\s+$/i;
// ", one of them a woman,": a part set off as an aside tells of the count before it and is none.
const ASIDE_PART = /^\s+of\s+(?:them|whom)\b[^,;:.]*,/i;
// "one person died on each side": a count told for each of the two sides is twice that in all.
const EACH_SIDE = /^[^,;:.]*?\b(?:on|from)\s+(?:each|either)\s+side\b/i;
// "one guard was badly hurt and the other slightly": the other of two shares the measure by ellipsis,
// told only by how badly; one and the other are two.
const AND_THE_OTHER = /^[^.;]*?\band\s+the\s+other(?:\s+(?!was\b|were\b)\p{L}+)?\s+(?:(?:was|were)\s+)?(?:less\s+)?(?:lightly|slightly|seriously|badly|moderately|critically|gravely|mildly|severely)\b(?!\s+(?:wounded|injured|hurt|killed))/iu;
// A measure right after its number that a noun follows is an adjective of what is counted ("six
// displaced Syrians", "two wounded soldiers"): the clause's own predicate says what befell them.
const ADJECTIVE = /^\s+(?!(?:and|or|but|in|at|on|by|from|during|after|before|when|while|as|since|near|across|to|so|were|was|are|is|had|have|has|been|being|of|that|who|which)\b)\p{L}/iu;
// One item of a list to the next: a few words of what is counted, then "," or "and".
const LIST_JOIN = /^(?:\s+(?!(?:were|was|had|have|has|been|are|is|of|who|which|in|on|at|from)\b)[\p{L}'’-]+){0,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/iu;
// What the last item of a list counts, which the figure's text keeps: "and eight Boreans".
const LIST_TAIL = /^(?:\s+(?!(?:and|or|were|was|had|have|has|been|are|is|in|on|at|of|from|who|which|when|while|as|by|wounded|injured|killed|dead|hurt|died)\b)[\p{L}'’-]+){0,3}/iu;
// The last item of a list as one person: "and a Borean civilian".
const LIST_ONE = /^,?\s+and\s+(?:an?|one)(?:\s+(?!(?:and|or|were|was|had|have|has|been|in|on|at|of|who|which|wounded|injured|killed|dead|hurt|died)\b)[\p{L}'’-]+){1,3}/iu;

/** The bounds a qualifier gives a quantity: "at least 12" has no highest value, "up to 30" no lowest. */
function boundsOf(kind: string, q: { min?: number; max?: number; vague: boolean }): { min?: number; max?: number } {
  if (kind === 'at-least' || kind === 'more-than') return { min: q.min };
  if (kind === 'at-most' || kind === 'fewer-than') return { max: q.vague ? q.max : q.min };
  return { min: q.min, max: q.max };
}

/** Marks the characters the spans cover, so that whether an offset lies in one is a lookup. */
function coverage(length: number, spans: readonly { start: number; end: number }[]): Uint8Array {
  const covered = new Uint8Array(length);
  for (const s of spans) covered.fill(1, Math.max(0, s.start), Math.min(length, s.end));
  return covered;
}

/** The index of the first item whose `key` is at least `at`, in items sorted by it. */
function firstFrom<T>(items: readonly T[], key: (item: T) => number, at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// A clause ends at these; figures look for what they count no further.
const CLAUSE_END = /[;:]|,\s+(?:while|with|and)\b/g;

/**
 * Finds reported numbers in a sentence and what they count: people killed, injured, displaced or
 * evacuated, and the length of a border. Spans given in `skip` (dates, durations) are not numbers.
 * @example findFigures('At least 12 soldiers were killed.', lexicon, [])[0] // { measure: 'killed', min: 12, qualifier: 'at-least', … }
 */
export function findFigures(text: string, lexicon: CompiledLexicon, skip: readonly { start: number; end: number }[]): FigureCandidate[] {
  type Quantity = { start: number; end: number; min?: number; max?: number; vague: boolean };
  const quantities: Quantity[] = [];
  // Every lookup below is by position, so that a sentence of thousands of numbers is read in
  // linear time: a scan of all matches, or of the rest of the text, for each number would not be.
  const skipped = coverage(text.length, skip);
  for (const v of lexicon.vague(text)) {
    if (!skipped[v.start]) quantities.push({ start: v.start, end: v.end, min: v.value[0], max: v.value[1], vague: true });
  }
  const vague = coverage(text.length, quantities);
  for (const m of text.matchAll(NUMBER)) {
    if (skipped[m.index] || vague[m.index]) continue;
    const value = parseCardinal(m[0]);
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (value === undefined || OF_THINGS.test(rest) || OF_PARTIES.test(rest) || (/^one$/i.test(m[0]) && PRONOUN_ONE.test(rest))) continue;
    quantities.push({ start: m.index, end: m.index + m[0].length, min: value, max: value, vague: false });
  }
  quantities.sort((a, b) => a.start - b.start);
  // Asides of a part (", one of them a woman,") count nothing; their words do not part the count
  // before them from its measure.
  const asides: { start: number; end: number; words: number }[] = [];
  for (let i = quantities.length - 1; i >= 0; i--) {
    const q = quantities[i]!;
    const aside = ASIDE_PART.exec(text.slice(q.end, q.end + 80));
    if (!aside || !/,\s*$/.test(text.slice(Math.max(0, q.start - 4), q.start))) continue;
    const span = text.slice(q.start, q.end + aside[0].length);
    asides.push({ start: q.start, end: q.end + aside[0].length, words: span.split(/\s+/).length });
    quantities.splice(i, 1);
  }

  const clauseEnds = [...text.matchAll(CLAUSE_END)].map((m) => m.index);
  // A qualifier or a unit counts only right beside its number: index them by where they touch it.
  const qualifierAt = new Map<number, PhraseMatch<string>>();
  for (const x of lexicon.qualifiers(text)) {
    const at = x.end + (/^\s*/.exec(text.slice(x.end, x.end + 40))![0].length);
    if (!qualifierAt.has(at)) qualifierAt.set(at, x);
  }
  const unitAt = new Map<number, PhraseMatch<string>>();
  for (const u of lexicon.units(text)) {
    const at = u.start - (/[\s-]*$/.exec(text.slice(Math.max(0, u.start - 40), u.start))![0].length);
    if (!unitAt.has(at)) unitAt.set(at, u);
  }
  const measuresAfter = lexicon.measureAfter(text);
  const measuresBefore = lexicon.measureBefore(text);
  /** The first measure after `from`, before `limit`, within `words` words of `near`, that passes `test`. */
  const measureAfter = (from: number, limit: number, near: { start: number; end: number }, words: number, test: (m: PhraseMatch<Figure['measure']>) => boolean) => {
    for (let i = firstFrom(measuresAfter, (m) => m.start, from); i < measuresAfter.length; i++) {
      const m = measuresAfter[i]!;
      if (m.start >= limit || wordDistance(text, near, m) > words) return undefined;
      if (test(m)) return m;
    }
    return undefined;
  };

  // What each number counts by its own words: a measure touching it before ("killed 12", "wounded
  // at five"), or one after it in its clause ("12 soldiers were killed") that is not a new
  // predicate of its own ("three Arlandese and eight Boreans and wounded dozens").
  type Read = { q: Quantity; qualifier?: PhraseMatch<string>; measure?: Figure['measure']; length?: PhraseMatch<string>; each?: boolean; adjectival?: boolean };
  const reads: (Read | undefined)[] = quantities.map((q, i) => {
    // A conversion in brackets, "817 kilometres (508 miles)", repeats the figure before it.
    if (/\(\s*$/.test(text.slice(Math.max(0, q.start - 20), q.start)) && i > 0) return undefined;
    const next = quantities[i + 1]?.start ?? text.length;
    const limit = Math.min(next, clauseEnds[firstFrom(clauseEnds, (at) => at, q.end)] ?? text.length);
    const qualifier = qualifierAt.get(q.start);
    const unit = unitAt.get(q.end);
    if (unit && LENGTH_UNITS.has(unit.value)) {
      const after = measureAfter(unit.end, text.length, unit, 3, (m) => m.value === 'border-length');
      return after ? { q, qualifier, measure: 'border-length', length: unit } : undefined;
    }
    const asideWords = asides.filter((a) => a.start >= q.end && a.start < limit).reduce((n, a) => n + a.words, 0);
    const predicate = (m: PhraseMatch<Figure['measure']>) => m.value !== 'border-length' && !NEW_PREDICATE.test(text.slice(q.end, m.start));
    const nearestMeasure = measureAfter(q.end, limit, q, SCAN_WORDS - 1 + asideWords, predicate);
    const adjective = nearestMeasure && /^\s+$/.test(text.slice(q.end, nearestMeasure.start)) && ADJECTIVE.test(text.slice(nearestMeasure.end, nearestMeasure.end + 20));
    const told = adjective ? measureAfter(nearestMeasure.end, limit, q, SCAN_WORDS - 1 + asideWords, predicate) : undefined;
    const after = told ?? nearestMeasure;
    const each = EACH_SIDE.test(text.slice(q.end, limit)) || (!q.vague && q.min === 1 && /^one$/i.test(text.slice(q.start, q.end)) && AND_THE_OTHER.test(text.slice(q.end)));
    const lead = qualifier ?? q;
    // A measure before the number touches it, or is set at it ("put the number wounded at five"),
    // but for punctuation other than , ; : ("killed: 12" is not one).
    let before: PhraseMatch<Figure['measure']> | undefined;
    for (let j = firstFrom(measuresBefore, (m) => m.end, lead.start + 1) - 1; j >= 0; j--) {
      const m = measuresBefore[j]!;
      // Only a few characters can part a measure from its number; a longer gap is not read at all.
      if (lead.start - m.end > 12) break;
      const gap = text.slice(m.end, lead.start);
      if ((wordDistance(text, m, lead) !== 0 && !SET_AT.test(gap)) || /[,;:]/.test(gap)) break;
      before = m;
    }
    // "one pilot was wounded and then killed", "two were hurt and later died": the wounded who died
    // are counted among the dead.
    const toldBy = before ?? after;
    const measure = toldBy?.value === 'injured' && DIED_AFTER.test(text.slice(toldBy.end, toldBy.end + 60)) ? 'killed' : toldBy?.value;
    if (measure === 'displaced' && COMBATANTS.test(text.slice(q.end, q.end + 60))) return { q, qualifier };
    return { q, qualifier, measure, ...(each ? { each } : {}), ...(adjective && !told && !before ? { adjectival: true } : {}) };
  });
  // The whole a part is of counts nothing; the part has the measure told of the whole's members.
  // A whole its measure qualifies ("seven of the 20 injured soldiers") is the count, not the part.
  reads.forEach((read, i) => {
    const part = reads[i - 1];
    if (!read || !part || read.adjectival || !WHOLE_OF.test(text.slice(part.q.end, read.q.start))) return;
    reads[i - 1] = { ...part, measure: part.measure ?? read.measure, ...(read.each ? { each: true } : {}) };
    reads[i] = undefined;
  });

  // Numbers listed with one measure count one group of people: "killed three Arlandese and eight
  // Boreans", "six soldiers and five civilians wounded" are 11 each. "Between 10 and 20" is a range.
  const groups: Read[][] = [];
  reads.forEach((read, i) => {
    if (!read) return;
    const group = groups.at(-1);
    const last = group?.at(-1);
    const joined =
      last !== undefined && last === reads[i - 1] && !last.length && !read.length &&
      (last.measure === undefined || read.measure === undefined || last.measure === read.measure) &&
      LIST_JOIN.test(text.slice(last.q.end, read.q.start)) && !read.qualifier && !/^\s+of\b/i.test(text.slice(read.q.end, read.q.end + 4));
    if (joined) group!.push(read);
    else groups.push([read]);
  });

  const figures: FigureCandidate[] = [];
  for (const group of groups) {
    const measure = group.find((r) => r.measure)?.measure;
    if (!measure) continue;
    const first = group[0]!;
    const lastRead = group.at(-1)!;
    const start = first.qualifier?.start ?? first.q.start;
    // One figure of the group's measure, its bounds as its qualifier reads them, over the text it spans.
    const figure = (unit: FigureCandidate['unit'], kind: string, q: Parameters<typeof boundsOf>[1], end: number): FigureCandidate =>
      ({ measure, unit, ...boundsOf(kind, q), qualifier: kind as Figure['qualifier'], text: text.slice(start, end), start, end });
    if (measure === 'border-length') {
      figures.push(figure(first.length!.value as 'km' | 'mi', first.qualifier?.value ?? 'exactly', first.q, first.length!.end));
      continue;
    }
    if (group.length === 1) {
      const twice = (n: number | undefined) => (n === undefined || !first.each ? n : 2 * n);
      figures.push(figure('people', first.qualifier?.value ?? (first.q.vague ? 'vague' : 'exactly'), { ...first.q, min: twice(first.q.min), max: twice(first.q.max) }, first.q.end));
      continue;
    }
    const between = /\bbetween\s+$/i.test(text.slice(Math.max(0, start - 12), start));
    const tail = LIST_TAIL.exec(text.slice(lastRead.q.end, lastRead.q.end + 80))![0];
    // "eight soldiers, six police and a civilian": a list may end on one person.
    const one = between ? null : LIST_ONE.exec(text.slice(lastRead.q.end + tail.length, lastRead.q.end + tail.length + 80));
    const end = between ? lastRead.q.end : lastRead.q.end + tail.length + (one?.[0].length ?? 0);
    const kind = first.qualifier?.value ?? (group.some((r) => r.q.vague) ? 'vague' : 'exactly');
    const sum = (key: 'min' | 'max', reads: readonly Read[] = group) => reads.reduce((n, r) => (n === undefined || r.q[key] === undefined ? undefined : n + r.q[key]!), 0 as number | undefined);
    const plus = (n: number | undefined) => (n === undefined ? undefined : n + (one ? 1 : 0));
    // "two men, one Velmoran and one Borean, were shot": the rest of the list, set off by commas,
    // adds up to its first number and tells who they were; the count is the first.
    const breakdown = !between && !first.q.vague && group.length > 1 && /^(?:\s+[\p{L}'’-]+){0,2},\s*$/u.test(text.slice(first.q.end, group[1]!.q.start)) &&
      /^\s*,/.test(text.slice(end, end + 2)) && plus(sum('min', group.slice(1))) === first.q.min;
    const q = between ? { min: first.q.min, max: lastRead.q.max ?? lastRead.q.min, vague: false } : breakdown ? first.q : { min: plus(sum('min')), max: plus(sum('max')), vague: false };
    figures.push(figure('people', kind, q, end));
  }
  return figures;
}
