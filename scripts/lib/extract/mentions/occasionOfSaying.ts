import type { ArticleAnalysis, SentenceAnalysis, Trigger } from '../sentences/analyseArticle.ts';
import { SPEECH_KINDS } from '../sentences/speechKinds.ts';
import { isHeading } from '../sentences/isHeading.ts';
import { escapeRegExp } from '../../../../src/lib/escapeRegExp.ts';
import { isExactDay } from '../time/isExactDay.ts';
import type { ResolvedTime } from '../time/resolveTime.ts';

type Anchor = SentenceAnalysis['anchors'][number];

/**
 * Kinds of happening at which their parties speak: a meeting or a call. Not a summons: what the
 * summoning side says there is the summons's own protest (the codebook codes it so), and dated to
 * its day it stood beside the summons as a second event of it.
 */
const MEETING_KINDS: ReadonlySet<string> = new Set(['talks']);
// Words that set a saying at another occasion than the one just told: "in a separate statement",
// "later", "has since said", "in an interview".
const ANOTHER_OCCASION = /\b(?:separate(?:ly)?|later|afterwards|subsequently|since|earlier|in\s+an?\s+(?:interview|statement|speech|post)|on\s+(?:social\s+media|television|radio|twitter|x))\b/i;

/** Whether a sentence names a person by the surname, as a word of its own: "Lena Ferrin" in "… Ferrin met …". */
const namesPerson = (text: string, person: string) => {
  const surname = person.trim().split(/\s+/).at(-1) ?? '';
  return surname.length > 2 && /^\p{Lu}/u.test(surname) && new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'u').test(text);
};

/** The parties and people a sentence has speak or take part: who may go on speaking in the next. */
const partiesOf = (sentence: SentenceAnalysis): ReadonlySet<string> =>
  new Set([...sentence.actors, ...sentence.tellers, ...[...sentence.about.values()].flatMap((f) => (f.speaker ? [f.speaker] : []))]);

/**
 * "On Friday Lena Ferrin met Kael Orvan in Velmora. Ferrin warned that …": a saying told in the
 * simple past with no time of its own, right after a sentence that dates an occasion its speaker
 * took part in (a meeting or a call of the speaker's side, or words of the same speaker, "said on
 * Friday"), was said at that occasion, on its day, not on the later day the story has reached by
 * then. TimeML anchors an event with no time of its own to the narrative time the discourse set,
 * here the occasion the speaker was last placed at. Returns that day, or undefined.
 *
 * Limits, each for a reading that fails without it: the speaker must be a party of the occasion
 * (a third side's words told next are not said there); only the sentence right before (at two
 * sentences back, another office of the same side, told as speaking elsewhere, "In Washington, the
 * State Department …", was carried back to the occasion too); an occasion on an exact day earlier
 * than the one the context gave (otherwise nothing changes); not a saying whose
 * words set it at another occasion ("in a separate statement", "later"); not the present or the
 * present perfect, which tell where a side stands, not what it said that day.
 * @example occasionOfSaying(analysis, 5, trigger, timeOf, toldOn, { date: '2024-05-04', approximate: false }) // { date: '2024-05-03', … }
 */
export function occasionOfSaying(
  analysis: ArticleAnalysis,
  i: number,
  trigger: Trigger,
  timeOf: (anchor: Anchor) => ResolvedTime | undefined,
  toldOn: (sentence: SentenceAnalysis) => ResolvedTime | undefined,
  given: ResolvedTime,
): ResolvedTime | undefined {
  const sentence = analysis.sentences[i]!;
  const h = trigger.happening;
  if (!SPEECH_KINDS.has(trigger.value) || h.tense !== 'past' || h.perfect !== undefined || h.pos !== 'verb') return undefined;
  if (sentence.dates.length > 0 || sentence.tellings.length > 0 || ANOTHER_OCCASION.test(sentence.span.text)) return undefined;
  const speaker = sentence.about.get(trigger)?.speaker;
  if (!speaker) return undefined;
  // A headline dates no occasion the body goes on from.
  const before = analysis.sentences[i - 1];
  if (!before || isHeading(before.span.text)) return undefined;
  const parties = partiesOf(before);
  const days = before.anchors
    .filter((a) => !a.borrowed && a.tense !== 'future' && !a.trigger.happening.background && a.trigger.happening.modality === undefined)
    .filter((a) => (MEETING_KINDS.has(a.trigger.value) ? parties.has(speaker) || namesPerson(before.span.text, speaker) : SPEECH_KINDS.has(a.trigger.value) && before.about.get(a.trigger)?.speaker === speaker))
    .map(timeOf);
  // "The Kremlin said on Friday that …": the day its teller spoke, when the speaker is that teller.
  if (before.tellers.includes(speaker)) days.push(toldOn(before));
  return days.find((t): t is ResolvedTime => isExactDay(t) && t!.date < given.date);
}
