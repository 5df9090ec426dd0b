import type { SentenceExplanation } from './explainArticle.ts';

/** Characters of a sentence shown before it is cut. */
const SHOWN = 160;

const cut = (text: string) => (text.length > SHOWN ? `${text.slice(0, SHOWN - 1)}…` : text);

/**
 * Lines a maintainer reads: each sentence with its verdict, then what each stage made of it.
 * Mentions and events whose date `near` accepts (a key happening's days) are marked.
 * @example formatExplanation('a.txt', '2024-03-20', explained)[1] // '[0] no happening: the lexicon reads no act in the sentence'
 */
export function formatExplanation(source: string, published: string | undefined, sentences: readonly SentenceExplanation[], near: (date: string) => boolean = () => false): string[] {
  const mark = (date: string) => (near(date) ? '  ← near the key\'s date' : '');
  const lines = [`## ${source} — published ${published ?? 'unknown'}`];
  for (const s of sentences) {
    lines.push(`[${s.index}] ${s.verdict}`, `    "${cut(s.text)}"`);
    if (s.dates.length > 0) lines.push(`    dates: ${s.dates.map((d) => `"${d}"`).join(', ')}`);
    for (const h of s.happenings) lines.push(`    read "${h.words}" ${h.kind ?? '-'}/${h.type}${h.kept ? '' : ` — dropped: ${h.why}`}`);
    for (const t of s.triggers) lines.push(`    trigger "${t.words}" ${t.kind}${t.background ? ' (background)' : ''}${t.modality ? ` (${t.modality})` : ''}`);
    for (const a of s.anchors) lines.push(`    anchor "${a.date}" → "${a.words}"${a.told ? ' (day told)' : ''}${a.borrowed ? ' (borrowed)' : ''}`);
    for (const m of s.mentions) {
      lines.push(`    mention ${m.kind} ${m.date} ${m.status} by ${m.dating} date${m.background ? ', background' : ''}${m.anaphoric ? ', anaphoric' : ''}${mark(m.date)}`);
      for (const step of m.steps) lines.push(`      ${step}`);
      lines.push(`      → ${m.event ? `event ${m.event}` : 'no event'}`);
    }
    for (const e of s.events) lines.push(`    event ${e.id} "${e.title}"${mark(e.date)}`);
  }
  return lines;
}
