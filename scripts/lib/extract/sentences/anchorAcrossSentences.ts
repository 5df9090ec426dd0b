import { findOffsets } from '../time/findOffsets.ts';
import type { TimeExpression } from '../time/findTimeExpressions.ts';
import { shiftSpec } from '../time/shiftSpec.ts';
import type { Anchor, SentenceAnalysis, Trigger } from './analyseSentence.ts';

/** Characters from "hours after" to the happening it counts from: "hours after the ceasefire took effect". */
const NAMED_REACH = 60;

/**
 * How far back a sentence that counts from something looks for it: a report names what it counts
 * from within its last paragraphs, and a bound keeps an article of thousands of such sentences
 * linear (each looked back over every sentence before it).
 */
const EARLIER_SENTENCES = 40;

/** The latest day a recent earlier sentence gave a happening of this kind, its own and not lent. */
function earlierDay(sentences: readonly SentenceAnalysis[], before: number, kind: Trigger['value']): Anchor | undefined {
  for (let k = before - 1; k >= Math.max(0, before - EARLIER_SENTENCES); k--) {
    const own = sentences[k]!.anchors.filter((a) => a.trigger.value === kind && !a.borrowed && !a.told && a.time.extent === undefined).at(-1);
    if (own) return own;
  }
  return undefined;
}

// "The recalls came a day after …", "The strikes followed by two days …": the news named before
// the offset is the sentence's subject, and the verb tells only that it followed.
const CAME = /\b(?:came|comes|followed|follows|happened|took\s+place|was|were)\s+(?:just\s+|only\s+|barely\s+)?$/i;

/**
 * The day of the news a sentence tells as coming after something ("The recalls came a day after
 * the ministers met"): the day an earlier sentence gave a happening of the kind named before the
 * offset, or, when the sentence's subject is no happening the lexicon knows, the latest day a
 * recent earlier sentence gave its news.
 */
function countedBack(sentences: readonly SentenceAnalysis[], before: number, head: string, news: readonly Trigger[]): Anchor | undefined {
  if (!CAME.test(head)) return undefined;
  const kinds = news.map((t) => t.value);
  if (kinds.length > 0) return kinds.map((kind) => earlierDay(sentences, before, kind)).find((a) => a !== undefined);
  for (let k = before - 1; k >= Math.max(0, before - EARLIER_SENTENCES); k--) {
    const own = sentences[k]!.anchors.filter((a) => !a.borrowed && !a.trigger.happening.background && a.tense === 'past' && a.time.extent === undefined).at(-1);
    if (own) return own;
  }
  return undefined;
}

/**
 * Dates a sentence without a date of its own by the happening it counts from, when an earlier
 * sentence of the article dates that happening's kind: "Shelling resumed hours after the ceasefire
 * took effect", the truce dated before, dates the shelling that day.
 * @example anchorAcrossSentences(sentences)[3].anchors.map((a) => a.trigger.text) // ['Shelling']
 */
export function anchorAcrossSentences(sentences: readonly SentenceAnalysis[]): SentenceAnalysis[] {
  return sentences.map((s, k) => {
    if (s.dates.length > 0 || s.anchors.length > 0) return s;
    const added: Anchor[] = [];
    for (const offset of findOffsets(s.span.text)) {
      const named = s.triggers.find((t) => t.start >= offset.end && t.start - offset.end <= NAMED_REACH && t.happening.modality === undefined);
      const news = s.triggers.filter((t) => t.end <= offset.start && !t.happening.background && t.happening.modality === undefined);
      const namedDay = named && earlierDay(sentences, k, named.value);
      const spec = namedDay && shiftSpec(namedDay.time.spec, offset.days);
      if (!spec) {
        // "The recalls came a day after the ministers met": the news an earlier sentence dated comes
        // first, and what the offset counts from lies that many days before its day.
        const back = named && countedBack(sentences, k, s.span.text.slice(0, offset.start), news);
        const namedSpec = back && shiftSpec(back.time.spec, -offset.days);
        if (!named || !namedSpec) continue;
        const time: TimeExpression = { start: offset.start, end: offset.end, text: s.span.text.slice(offset.start, offset.end), spec: namedSpec, rule: 'shifted' };
        const facts = s.about.get(named);
        added.push({ time, trigger: named, ...(named.type ? { type: named.type } : {}), ...(facts?.phase ? { phase: facts.phase } : {}), tense: 'past', claimed: facts?.claimed ?? false, borrowed: false, told: false });
        continue;
      }
      const time: TimeExpression = { start: offset.start, end: offset.end, text: s.span.text.slice(offset.start, offset.end), spec, rule: 'shifted' };
      for (const trigger of news) {
        const facts = s.about.get(trigger);
        added.push({ time, trigger, ...(trigger.type ? { type: trigger.type } : {}), ...(facts?.phase ? { phase: facts.phase } : {}), tense: 'past', claimed: facts?.claimed ?? false, borrowed: false, told: false });
      }
    }
    return added.length > 0 ? { ...s, anchors: added } : s;
  });
}
