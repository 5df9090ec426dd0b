import type { Fate } from '../../extract/explain/fatesOf.ts';
import { spanText } from '../../extract/explain/spanText.ts';
import type { Happening } from '../../extract/happenings/findHappenings.ts';
import type { Mention } from '../../extract/mentions/buildMentions.ts';
import type { SentenceAnalysis } from '../../extract/sentences/analyseArticle.ts';
import { SPEECH_KINDS } from '../../extract/sentences/speechKinds.ts';
import { daysBetween } from '../../extract/time/dayArithmetic.ts';
import { DAY_MS } from '../../../../src/lib/dayMs.ts';
import { excerpt } from '../../../../src/lib/excerpt.ts';
import { daysOff } from './articleDating.ts';
import type { KeyHappening } from './devsetKey.ts';
import { isRightDate, spanOf, WINDOW_DAYS } from './isRightDate.ts';
import type { OwnSentence } from './ownSentences.ts';
import { takenBy } from './takenBy.ts';

/**
 * What became of a missed happening's own sentence, furthest stage last:
 * - `no happening`: the lexicon read no act in it;
 * - `another kind`: it read acts, none of the happening's kind;
 * - `dropped`: it read the act and left it out (negated, hedged, generic, not of the conflict);
 * - `undated`: the act was a trigger that no date reached;
 * - `no speaker`: a saying of its kind whose speaker was not found;
 * - `article`: its article was refused, or dated to another day than the key's, and the act with it;
 * - `misdated`: a mention of its kind was built at another date, in an article dated to its day;
 * - `left out`: a mention at its date was built and left out of every event;
 * - `merged`: a mention at its date ended in an event that stands for another happening (merged into
 *   it by a step, or its own event given to another happening of its kind and day), or for none;
 * - `unfound`: no sentence of its articles shares a clue with the key.
 */
export type SentenceCause = 'unfound' | 'no happening' | 'another kind' | 'dropped' | 'undated' | 'no speaker' | 'article' | 'misdated' | 'left out' | 'merged';
const ORDER: readonly SentenceCause[] = ['unfound', 'no happening', 'another kind', 'dropped', 'undated', 'no speaker', 'article', 'misdated', 'left out', 'merged'];

/** What one sentence's fate says, in words the counts group by (`how`) and with the sentence and event for a reader (`detail`). */
export interface SentenceFate {
  cause: SentenceCause;
  /** The finer reason, if the cause has any, named without a sentence or an id so counts of a blind set may print it: "merged by clusterMentions (its kind and day)". */
  how: string;
  /** False when the sentence was a guess (ownSentences' `placed`). */
  placed: boolean;
  /** The article, the sentence and the event it ended in, for the list of misses. */
  detail: string;
}

/** An event of the run as the scorer judged it: the happening it stands for, if any. */
export interface JudgedAs {
  verdict: string;
  happening?: string;
}

export interface FateInput {
  /** The articles that tell the happening. */
  files: ReadonlySet<string>;
  mentions: readonly Mention[];
  fates?: readonly Fate[];
  judged: ReadonlyMap<string, JudgedAs>;
  refused: ReadonlySet<string>;
  /** Each article's day from the key. */
  published: ReadonlyMap<string, string>;
}

function droppedFor(h: Happening): string {
  if (!h.conflict) return 'not of the conflict';
  if (h.negated) return 'negated';
  if (h.modality !== undefined) return `hedged (${h.modality})`;
  return 'generic, habitual, stopped, an instrument, a toll or inside a date';
}

/** What became of one sentence that tells `h`. */
function fateOf(h: KeyHappening, own: OwnSentence, { mentions, fates, judged, refused, published }: FateInput): Omit<SentenceFate, 'detail'> & { event?: string } {
  const { file, sentence: s, placed } = own;
  const kinds = new Set([h.kind, ...h.alsoKinds]);
  const built = mentions.flatMap((m, i) => (m.source === file && (m.sentence === s.index || m.citations.some((c) => c.source === file && c.quote === s.span.text)) ? [{ m, fate: fates?.[i] }] : []));
  const ofKind = built.filter(({ m }) => kinds.has(m.kind));
  const atDate = ofKind.filter(({ m }) => isRightDate(m.time, h));
  if (atDate.length > 0) {
    // The one that went furthest: into an event before left out.
    const { fate } = atDate.find(({ fate }) => fate?.event !== undefined) ?? atDate[0]!;
    if (!fate?.event) return { cause: 'left out', how: fate ? takenBy(fate) : 'in no event', placed };
    const as = judged.get(fate.event);
    // No step took it: its own event, which the scorer gave another happening of its kind and day
    // (the two were not kept apart), or judged another way.
    const stands = as?.happening === h.id ? `judged ${as.verdict}` : as?.happening ? 'which the scorer gives another happening' : `which stands for none (${as?.verdict ?? 'no verdict'})`;
    const how = fate.by ? takenBy(fate) : `its own event, ${stands}`;
    return { cause: 'merged', how, placed, event: fate.event };
  }
  if (ofKind.length > 0) {
    const { m } = ofKind[0]!;
    const day = published.get(file);
    if (day && m.published.slice(0, 10) !== day) {
      const off = m.published.length < 10 ? 'read only to a month' : daysOff(daysBetween(day, m.published.slice(0, 10)));
      return { cause: 'article', how: `dated ${off}`, placed };
    }
    const { first, last } = spanOf(h);
    const gap = Math.max(Date.parse(spanOf(m.time).first) - Date.parse(last), Date.parse(first) - Date.parse(spanOf(m.time).last)) / DAY_MS;
    return { cause: 'misdated', how: gap <= WINDOW_DAYS ? 'within a week' : 'further off', placed };
  }
  const triggers = s.triggers.filter((t) => kinds.has(t.value));
  if (triggers.length > 0) {
    if (triggers.every((t) => SPEECH_KINDS.has(t.value) && !s.about.get(t)?.speaker)) return { cause: 'no speaker', how: '', placed };
    if (refused.has(file)) return { cause: 'article', how: 'refused', placed };
    return { cause: 'undated', how: '', placed };
  }
  const read = s.happenings.filter((x) => x.kind !== undefined && kinds.has(x.kind));
  if (read.length > 0) return { cause: 'dropped', how: droppedFor(read[0]!), placed };
  // The first act the sentence reads, as the wrong-kind line pairs them: "statement for measure".
  const other = s.triggers[0]?.value ?? s.happenings.find((x) => x.kind !== undefined)?.kind;
  if (other) return { cause: 'another kind', how: `${other} for ${h.kind}${s.triggers.length > 0 ? '' : ', and dropped'}`, placed };
  return { cause: 'no happening', how: '', placed };
}

/**
 * What became of a missed key happening's own sentences (`ownSentences`): of its sentences in
 * each article, a placed one before a guess, the one that went furthest through the extractor,
 * and what stopped it there. So
 * a miss is laid to its own sentence, not to another mention of its kind or day in the article.
 * Pure.
 * @example sentenceFate(keyShelling, own, input).cause // 'undated'
 */
export function sentenceFate(h: KeyHappening, own: readonly OwnSentence[], input: FateInput): SentenceFate {
  if (own.length === 0) {
    // An article refused before it was read leaves no sentence to find.
    if ([...input.files].some((f) => input.refused.has(f))) return { cause: 'article', how: 'refused', placed: false, detail: 'its article was refused' };
    return { cause: 'unfound', how: '', placed: false, detail: 'no sentence of its articles found' };
  }
  const all = own.map((o) => ({ o, f: fateOf(h, o, input) }));
  // A placed sentence before a guess; between those, the furthest stage.
  const { o, f } = [...all].sort((a, b) => Number(b.o.placed) - Number(a.o.placed) || ORDER.indexOf(b.f.cause) - ORDER.indexOf(a.f.cause))[0]!;
  const stands = f.event ? input.judged.get(f.event)?.happening : undefined;
  const into = f.event ? `, ${f.event}${stands && stands !== h.id ? ` (stands for ${stands})` : ''}` : '';
  const when = spanText(h);
  return { cause: f.cause, how: f.how, placed: f.placed, detail: `its sentence${f.placed ? '' : ' (a guess)'} in ${o.file}, "${excerpt(o.sentence.span.text, 140)}": ${f.cause}${f.how ? `, ${f.how}` : ''}${into} [key ${when}]` };
}
