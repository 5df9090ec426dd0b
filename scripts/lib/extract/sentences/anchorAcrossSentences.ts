import { findOffsets } from '../time/findOffsets.ts';
import type { TimeExpression } from '../time/findTimeExpressions.ts';
import { shiftSpec } from '../time/shiftSpec.ts';
import type { Anchor, SentenceAnalysis, Trigger } from './analyseSentence.ts';

/** Characters from "hours after" to the happening it counts from: "hours after the ceasefire took effect". */
const NAMED_REACH = 60;

/** The latest day an earlier sentence gave a happening of this kind, its own and not lent. */
function earlierDay(sentences: readonly SentenceAnalysis[], before: number, kind: Trigger['value']): Anchor | undefined {
  for (let k = before - 1; k >= 0; k--) {
    const own = sentences[k]!.anchors.filter((a) => a.trigger.value === kind && !a.borrowed && !a.told && a.time.extent === undefined).at(-1);
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
      if (!spec) continue;
      const time: TimeExpression = { start: offset.start, end: offset.end, text: s.span.text.slice(offset.start, offset.end), spec, rule: 'shifted' };
      for (const trigger of news) {
        const facts = s.about.get(trigger);
        added.push({ time, trigger, ...(trigger.type ? { type: trigger.type } : {}), ...(facts?.phase ? { phase: facts.phase } : {}), tense: 'past', claimed: facts?.claimed ?? false, borrowed: false, told: false });
      }
    }
    return added.length > 0 ? { ...s, anchors: added } : s;
  });
}
