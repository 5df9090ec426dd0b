import { BLAME_WORDS } from './blameWords.ts';
import type { ArticleAnalysis, Trigger } from '../sentences/analyseArticle.ts';

const UNCONFIRMED = /\b(?:(?:nobody|no one|none)\b[^.;]*\b(?:confirm|verify)|no (?:official |independent )?confirmation|(?:could|can|did|does|do|has|have) not (?:\w+ )?(?:confirm|verify|be verified|be confirmed)|(?:could|can)n['’]t (?:\w+ )?(?:confirm|verify)|unconfirmed|not (?:been )?(?:independently )?(?:confirmed|verified))\b/i;
const VIOLATING = /\b(?:break|breaks|breaking|broke|broken|breach|breaching|breached|violat\w*)\b/i;
// What a denial that names no happening may deny: what was just told ("denied it", "which Borea
// denied", "denied the report"). A denial that goes on to name something else ("denies backing the
// rebels", "denied losing any tank") denies that, not what was last told.
const DENIES_TOLD = /^\s*(?:$|[,.;:!?"”’)]|(?:it|this|that|them|so|any\s+such|the\s+(?:report|reports|claim|claims|account|accounts|allegation|allegations|accusation|accusations|charge|charges|story|assertion))\b|(?:all\s+)?(?:responsibility|involvement|wrongdoing|the\s+attack)\b|(?:within|in|on|late|early|later|again|strongly|flatly|firmly|swiftly|immediately)\b)/i;
// "rejected accusations that its soldiers had provoked the clash": a denial of who started or is to
// blame for a happening leaves the happening itself a fact.
const DENIES_BLAME = new RegExp(`^\\s*that\\b[^.;]*${BLAME_WORDS.source}`, 'i');
// "…, which the rebels denied": a denial in a relative clause denies what its own sentence told.
// "denied that its troops had …": a clause of what is denied, not "denied that" of what was told.
const THAT_CLAUSE = /^\s*that\s+[\p{L}'’]/iu;
const WHICH = /\bwhich\s+(?:\S+\s+){0,4}$/i;
// What a count is called: "the figures", "the toll", "a number".
const FIGURE_NOUN = /\b(?:figures?|tolls?|numbers?|tally|tallies|counts?)\b/i;
// What a report is called: "the claims", "either side's account".
const ACCOUNT_NOUN = /\b(?:claims?|reports?|accounts?|allegations?|accusations?|version|assertions?|statements?|incidents?|attacks?|details|events)\b/i;

/**
 * Whether what could not be confirmed, in the clause around `[start, end)`, is only a count:
 * "Reuters could not verify the figures", "…, figures the army has not confirmed". The
 * happening the count is of stays a fact; only its number rests on its teller's word.
 */
function onlyFigures(text: string, start: number, end: number): boolean {
  const from = Math.max(text.lastIndexOf(',', start), text.lastIndexOf(';', start)) + 1;
  const stop = text.slice(end).search(/[,;.]/);
  const clause = text.slice(from, stop < 0 ? text.length : end + stop);
  return FIGURE_NOUN.test(clause) && !ACCOUNT_NOUN.test(clause);
}

/**
 * Whether a telling is of who began a happening, not of the happening: "said Borean troops had
 * opened fire first", "said its soldiers were provoked into the clash". Its denial leaves the
 * happening a fact.
 */
function blameOnly(text: string, t: Trigger): boolean {
  const from = t.happening.told ? t.happening.told.frame.end : 0;
  return /^\s+first\b/i.test(text.slice(t.end)) || /\b(?:provok|instigat)\w*\s+(?:\S+\s+){0,3}$/i.test(text.slice(from, t.start));
}

/** How many sentences back a denial that names a happening may reach for it. */
const REACH = 4;
// Kinds a denial can deny: what was done, not what was said about it.
const DENIABLE = new Set(['fighting', 'strike', 'civilians', 'ceasefire', 'detention', 'measure', 'diplomacy', 'humanitarian', 'talks', 'protest']);

/**
 * The reported happenings an article's denials deny: "Borea denied bombing Kelvask Pass" denies the
 * bombing reported before it; "Arland denied it", "which Borea denied" deny what was last told.
 * A sentence saying what was told could not be confirmed leaves the happening told just before it
 * as unconfirmed. Each is the latest such happening the article dates, in the denial's sentence or the few before;
 * it is returned with the sentences that deny it.
 * @example deniedTriggers(analysis, dated) // Map { bombed => [4] }
 */
export function deniedTriggers(analysis: ArticleAnalysis, dated: ReadonlyMap<Trigger, unknown>): Map<Trigger, number[]> {
  const found = new Map<Trigger, number[]>();
  analysis.sentences.forEach((sentence, i) => {
    // "There was no official confirmation", "Nobody … could confirm that account": what was just
    // told rests on its teller's word.
    const unconfirmed = UNCONFIRMED.exec(sentence.span.text);
    if (unconfirmed && !onlyFigures(sentence.span.text, unconfirmed.index, unconfirmed.index + unconfirmed[0].length)) {
      const told = [i - 1, i].flatMap((j) => analysis.sentences[j]?.triggers.filter((t) => dated.has(t) && DENIABLE.has(t.value) && t.happening.told) ?? []).at(-1);
      if (told) found.set(told, [...(found.get(told) ?? []), sentence.index]);
    }
    for (const denial of sentence.happenings.filter((h) => h.type === 'denial' && !h.negated)) {
      // What the denial's own clause names after it, denied by it: "denied bombing Kelvask Pass".
      const named = sentence.happenings.filter((h) => h !== denial && h.negated && h.kind && h.trigger.start > denial.trigger.start && h.sentence === denial.sentence);
      // "denies breaking the truce" denies a violation, which is fighting, not the truce.
      const between = (h: (typeof named)[number]) => sentence.span.text.slice(denial.trigger.end, h.trigger.start);
      const kinds = new Set(named.map((h) => (h.kind === 'ceasefire' && VIOLATING.test(between(h)) ? 'fighting' : h.kind!)));
      const candidates: { t: Trigger; places: string[] }[] = [];
      // "…, which the rebels denied": what its own sentence told, told by someone or not; never a
      // claim or fighting reported sentences before.
      const relative = kinds.size === 0 && WHICH.test(sentence.span.text.slice(0, denial.trigger.start));
      const after = sentence.span.text.slice(denial.trigger.end);
      if (DENIES_BLAME.test(after) || (kinds.size === 0 && !DENIES_TOLD.test(after))) continue;
      // "rejected Arland's charge that its troops had executed two guards": a "that" clause names
      // what is denied in the denial's own words; it reaches back to nothing told before.
      if (kinds.size === 0 && THAT_CLAUSE.test(after) && sentence.triggers.some((t) => t.start >= denial.trigger.end && DENIABLE.has(t.value))) continue;
      for (let j = Math.max(0, i - REACH); j <= i; j++) {
        for (const t of analysis.sentences[j]!.triggers) {
          if (!dated.has(t) || !DENIABLE.has(t.value) || (j === i && t.start > denial.trigger.start)) continue;
          const fits = kinds.size > 0 ? kinds.has(t.value) || (kinds.has('strike') && t.value === 'fighting') || (kinds.has('fighting') && t.value === 'strike') : relative ? j === i : t.happening.told !== undefined;
          if (fits) candidates.push({ t, places: analysis.sentences[j]!.places.map((p) => p.name) });
        }
      }
      // "denied bombing Kelvask Pass": the bombing told of Kelvask Pass; else the latest told, else the latest.
      const object = sentence.span.text.slice(denial.trigger.end);
      const target = (
        candidates.filter((c) => c.places.some((p) => object.includes(p))).at(-1) ??
        candidates.filter((c) => c.t.happening.told).at(-1) ??
        candidates.at(-1)
      )?.t;
      // "said Borean troops had opened fire first, an accusation Velmora denied": who began it is denied.
      if (target && blameOnly(analysis.sentences.find((s) => s.triggers.includes(target))!.span.text, target)) continue;
      if (target) found.set(target, [...(found.get(target) ?? []), sentence.index]);
    }
  });
  return found;
}
