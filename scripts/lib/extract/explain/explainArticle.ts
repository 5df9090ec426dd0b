import type { Event } from '../../../../src/lib/eventSchema.ts';
import type { Happening } from '../happenings/findHappenings.ts';
import type { Mention } from '../mentions/buildMentions.ts';
import type { Fate } from './fatesOf.ts';
import type { ArticleAnalysis, SentenceAnalysis } from '../sentences/analyseArticle.ts';
import { isHeading } from '../sentences/isHeading.ts';
import { SPEECH_KINDS } from '../sentences/speechKinds.ts';
import { spanText } from './spanText.ts';

/** What one stage of the extractor made of one sentence, for a maintainer asking why a happening was missed. */
export interface SentenceExplanation {
  index: number;
  text: string;
  /** The date expressions the sentence holds, as written. */
  dates: string[];
  /** Every happening the lexicon read, kept as a trigger or dropped, with why. */
  happenings: { words: string; kind?: string; type: string; kept: boolean; why?: string }[];
  /** The happenings the timeline takes (speech acts included), with how each is told. */
  triggers: { words: string; kind: string; background: boolean; modality?: string }[];
  /** Which date the sentence ties to which trigger. */
  anchors: { date: string; words: string; told: boolean; borrowed: boolean }[];
  /** The article's dated reports built from the sentence, before any folding or merging, with what each stage did to each and its event. */
  mentions: { kind: string; date: string; dating: string; status: string; background: boolean; anaphoric: boolean; steps: string[]; event?: string }[];
  /** The events of the run that cite the sentence. */
  events: { id: string; kind: string; date: string; title: string }[];
  /** The stage that lost the sentence's happenings, or where they ended up. */
  verdict: string;
}


/** Why the trigger stage (triggersOf) leaves a happening out, from how the happening is told. */
function whyDropped(h: Happening): string {
  if (!h.conflict) return `not of the conflict (${h.type})`;
  if (h.kind === undefined) return 'no kind';
  if (h.negated) return 'negated';
  if (h.modality !== undefined) return `hedged (${h.modality}${h.modalityWord ? ` "${h.modalityWord}"` : ''})`;
  return 'generic, habitual, stopped, an instrument, a toll or inside a date';
}

/** The stage that lost a sentence's happenings, from what each stage kept. */
function verdictOf(sentence: SentenceAnalysis, explained: Omit<SentenceExplanation, 'verdict'>): string {
  const { happenings, triggers, mentions, events } = explained;
  // A report lost is one whose event is none, or one of another kind or period than its own: the stage that took it says why.
  const lost = mentions.filter((m) => {
    const event = events.find((e) => e.id === m.event);
    return !event || event.kind !== m.kind || !event.date.startsWith(m.date.slice(0, 7));
  });
  const fate = (m: (typeof mentions)[number]) => `${m.kind} ${m.date} ${m.steps.at(-1) ?? 'the first report of its group'}${m.event ? `, in ${m.event}` : ''}`;
  if (events.length > 0) {
    const shown = new Set(events.map((e) => `${e.kind} ${e.date}`));
    const into = events.map((e) => e.id).join(', ');
    if (lost.length === 0) return `event${shown.size > 1 ? 's' : ''} ${into}`;
    return `${lost.every((m) => m.event) ? 'merged' : 'lost'}: ${lost.map(fate).join('; ')}`;
  }
  if (mentions.length > 0) {
    const lead = mentions.every((m) => m.background) ? 'background' : mentions.every((m) => m.anaphoric) ? 'anaphoric' : 'lost';
    return `${lead}: ${mentions.map(fate).join('; ')}`;
  }
  if (triggers.length > 0) {
    const mute = sentence.triggers.filter((t) => SPEECH_KINDS.has(t.value) && !sentence.about.get(t)?.speaker);
    // "…, who condemned the attack": a saying by nobody named beside the setting it names (a
    // background trigger, never this sentence's news) is lost for its speaker, not for a date.
    if (mute.length > 0 && sentence.triggers.every((t) => mute.includes(t) || t.happening.background)) return 'no speaker: something said, by nobody named';
    if (explained.anchors.length === 0 && isHeading(sentence.span.text)) return 'heading: a line without closing punctuation repeats what follows and dates nothing';
    if (explained.anchors.length > 0) return 'dated, but no mention: a year only, a statement outside the week, a plan told in the past, or a date needing the unknown publication day';
    return explained.dates.length > 0 ? 'no date: the sentence\'s dates anchor none of its triggers, and the context gave none' : 'no date: none in the sentence, and the context gave none';
  }
  if (happenings.length > 0) return `no trigger kept: ${[...new Set(happenings.map((h) => h.why))].join('; ')}`;
  return 'no happening: the lexicon reads no act in the sentence';
}

/**
 * What each stage of the extractor made of each sentence of an article: its dates, the
 * happenings read and why any was dropped, the triggers and their anchors, the mentions built
 * and the events that cite it, with the stage that lost what it tells: with `fates` (the trace's,
 * by the index of `mentions`), the fold or merge step that took each report, and into what. Pure.
 * @example explainArticle(analysis, mentions, events)[2].verdict // 'no date: none in the sentence, …'
 */
export function explainArticle(analysis: ArticleAnalysis, mentions: readonly Mention[], events: readonly Event[], fates: readonly Fate[]): SentenceExplanation[] {
  const source = analysis.article.name;
  return analysis.sentences.map((sentence) => {
    const text = sentence.span.text;
    const kept = (h: Happening) => sentence.triggers.some((t) => t.start === h.trigger.start && t.end === h.trigger.end);
    const explained = {
      index: sentence.index,
      text,
      dates: sentence.dates.map((d) => d.text),
      happenings: sentence.happenings.map((h) => ({
        words: h.trigger.text,
        ...(h.kind ? { kind: h.kind } : {}),
        type: h.type,
        kept: kept(h),
        ...(kept(h) ? {} : { why: whyDropped(h) }),
      })),
      triggers: sentence.triggers.map((t) => ({
        words: t.text,
        kind: t.value,
        background: t.happening.background,
        ...(t.happening.modality ? { modality: t.happening.modality } : {}),
      })),
      anchors: sentence.anchors.map((a) => ({ date: a.time.text, words: a.trigger.text, told: a.told, borrowed: a.borrowed })),
      mentions: mentions.flatMap((m, i) => {
        if (m.source !== source || m.sentence !== sentence.index) return [];
        const fate = fates[i];
        return [{
          kind: m.kind,
          date: spanText(m.time),
          dating: m.dating,
          status: m.status,
          background: m.background,
          anaphoric: m.anaphoric,
          steps: fate?.steps ?? [],
          ...(fate?.event ? { event: fate.event } : {}),
        }];
      }),
      events: events
        .filter((e) => e.citations.some((c) => c.source === source && c.quote === text))
        .map((e) => ({ id: e.id, kind: e.kind, date: spanText(e), title: e.title })),
    };
    return { ...explained, verdict: verdictOf(sentence, explained) };
  });
}
