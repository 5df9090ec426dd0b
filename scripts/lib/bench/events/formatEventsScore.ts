import type { SentenceCause } from './sentenceFate.ts';
import { VERDICTS, type ConflictScore, type MissCause, type Verdict } from './scoreConflict.ts';
import { spanText } from '../../extract/explain/spanText.ts';
import { commonestFirst } from '../../commonestFirst.ts';

/** The figures of several conflicts added up, as one row of the table. */
export function totalScore(scores: readonly ConflictScore[]): Pick<ConflictScore, 'articles' | 'keyHappenings' | 'found' | 'events' | 'counts' | 'figures' | 'speakers'> & { refused: number } {
  const sum = (f: (s: ConflictScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  return {
    articles: sum((s) => s.articles),
    refused: sum((s) => s.refused.length),
    keyHappenings: sum((s) => s.keyHappenings),
    found: sum((s) => s.found),
    events: sum((s) => s.events),
    counts: Object.fromEntries(VERDICTS.map((v) => [v, sum((s) => s.counts[v])])) as Record<Verdict, number>,
    figures: { right: sum((s) => s.figures.right), misplaced: sum((s) => s.figures.misplaced) },
    speakers: { right: sum((s) => s.speakers.right), wrong: sum((s) => s.speakers.wrong) },
  };
}

/** A share as a whole percentage; "–" when there is nothing to divide. */
export const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)} %`);

const COLUMNS = ['conflict', 'articles', 'refused', 'key', 'found', 'recall', 'events', 'correct', 'precision', 'status', 'kind', 'speaker', 'dup', 'coarse', 'trap', 'unmatched', 'figures ok/bad', 'speakers ok/bad'];

function row(name: string, s: ReturnType<typeof totalScore>): string[] {
  const c = s.counts;
  return [
    name,
    String(s.articles),
    String(s.refused),
    String(s.keyHappenings),
    String(s.found),
    percent(s.found, s.keyHappenings),
    String(s.events),
    String(c.correct),
    percent(c.correct, s.events),
    String(c['wrong-status']),
    String(c['wrong-kind']),
    String(c['wrong-speaker']),
    String(c.duplicate),
    String(c['coarse-date']),
    String(c.trap),
    String(c.unmatched),
    `${s.figures.right}/${s.figures.misplaced}`,
    `${s.speakers.right}/${s.speakers.wrong}`,
  ];
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd());
}

const clip = (s: string, n = 180) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

/**
 * The report: one table row per conflict and the overall row, then, per conflict, each missed key
 * happening with the reason and each event that is not correct with its quote, so a reader sees why.
 */
export function formatEventsScore(scores: readonly ConflictScore[], { details = true } = {}): string[] {
  const lines = table([COLUMNS, ...scores.map((s) => row(s.conflict, { ...s, refused: s.refused.length })), row('overall', totalScore(scores))]);
  if (!details) return lines;
  for (const s of scores) {
    lines.push('', `## ${s.conflict} — ${s.title}`);
    for (const r of s.refused) lines.push(`refused  ${r.file}: ${r.message}`);
    lines.push(`missed key happenings (${s.misses.length} of ${s.keyHappenings}):`);
    for (const m of s.misses) lines.push(`  ${m.id}  [${m.kind}] ${m.what} — ${m.reason}`);
    const wrong = s.judged.filter((j) => j.verdict !== 'correct').sort((a, b) => VERDICTS.indexOf(a.verdict) - VERDICTS.indexOf(b.verdict) || a.date.localeCompare(b.date));
    lines.push(`events not correct (${wrong.length} of ${s.events}):`);
    for (const j of wrong) {
      const when = spanText(j);
      const against = j.happening ? ` → ${j.happening}` : '';
      lines.push(`  [${j.verdict}] ${when} ${j.kind}/${j.status} "${j.title}"${against}${j.note ? ` (${j.note})` : ''}`);
      lines.push(`      ${j.source}: "${clip(j.quote)}"`);
    }
    if (s.misplacedFigures.length > 0) {
      lines.push(`figures attached to the wrong happening (${s.misplacedFigures.length}):`);
      for (const f of s.misplacedFigures) lines.push(`  ${f.event} → ${f.happening}: ${f.measure} "${f.text}" from "${clip(f.quote, 140)}"`);
    }
    if (s.wrongSpeakers.length > 0) {
      lines.push(`speakers other than the key's (${s.wrongSpeakers.length}):`);
      for (const w of s.wrongSpeakers) lines.push(`  ${w.event} → ${w.happening}: ${w.speaker ?? 'no speaker'}, expected ${w.expected}`);
    }
  }
  return lines;
}

const CAUSES: readonly [MissCause, string][] = [
  ['kind', 'at their date under another kind'],
  ['speaker', 'at their date, said by another speaker'],
  ['coarse', 'only at a coarser date'],
  ['merged', 'sharing kind and date with a found happening (merged into its event, or not read)'],
  ['misdated', 'with an unmatched event of their kind near their date (misdated)'],
  ['none', 'with none of these (not read)'],
];

/**
 * The missed key happenings of several conflicts counted by cause, in one line that names no
 * happening: on a set nobody may read (held-out, reserve) it says whether a round should work on
 * kinds or on reading and dating, without opening a file.
 * @example formatMissCauses(scores) // 'missed 14 of 27: 3 at their date under another kind, 0 only at a coarser date, 2 with an unmatched event …, 9 with no event …'
 */
export function formatMissCauses(scores: readonly ConflictScore[]): string {
  const misses = scores.flatMap((s) => s.misses);
  const keys = scores.reduce((n, s) => n + s.keyHappenings, 0);
  return `missed ${misses.length} of ${keys}: ${CAUSES.map(([cause, words]) => `${misses.filter((m) => m.cause === cause).length} ${words}`).join(', ')}`;
}

const OWN: readonly [SentenceCause, string][] = [
  ['no happening', 'no happening read in it'],
  ['another kind', 'read as another kind'],
  ['dropped', 'its act read and dropped'],
  ['undated', 'read, but no date reached it'],
  ['no speaker', 'a saying whose speaker was not found'],
  ['article', 'its article refused or dated to another day'],
  ['misdated', 'dated elsewhere in an article dated right'],
  ['left out', 'built at its date, then left out'],
  ['merged', 'built at its date, in an event that stands for another happening'],
  ['unfound', 'no sentence of its articles found'],
];

/**
 * The missed happenings of the given causes (all when none are given), counted by what became of
 * their own sentence (sentenceFate), with the commonest finer reasons, and how many of those
 * sentences were guessed rather than placed by their day and act. Like formatMissCauses it names
 * no happening and quotes nothing, so it may be printed for a set nobody reads. Empty when no
 * miss carries it.
 * @example formatOwnSentences(scores, 'not read', ['none']) // 'not read 8, by what became of their own sentence: 5 no happening read in it; 3 read as another kind (2 fighting for accusation, 1 talks for statement) (2 of the 8 a guess: …)'
 */
export function formatOwnSentences(scores: readonly ConflictScore[], label: string, causes?: readonly MissCause[]): string {
  const own = scores.flatMap((s) => s.misses.flatMap((m) => (m.own && (!causes || causes.includes(m.cause)) ? [m.own] : [])));
  if (own.length === 0) return '';
  const parts = OWN.flatMap(([cause, words]) => {
    const these = own.filter((o) => o.cause === cause);
    if (these.length === 0) return [];
    const detail = commonestFirst(these.flatMap((o) => (o.how ? [o.how] : []))).map(([how, n]) => `${n} ${how}`).join(', ');
    return [`${these.length} ${words}${detail ? ` (${detail})` : ''}`];
  });
  const guessed = own.filter((o) => !o.placed).length;
  return `${label} ${own.length}, by what became of their own sentence: ${parts.join('; ')} (${guessed} of the ${own.length} a guess: no sentence of their articles names both their day and their act)`;
}

/**
 * The events of a wrong kind, counted by the kind read and the kind the key codes ("statement as
 * accusation 3"), commonest first: which kinds a round should tell apart. Names no happening.
 * Empty when there are none.
 * @example formatWrongKinds(scores) // 'wrong kind 8: fighting for strike 3, statement for accusation 2, …'
 */
export function formatWrongKinds(scores: readonly ConflictScore[]): string {
  const pairs = scores.flatMap((s) => s.judged).flatMap((j) => (j.verdict === 'wrong-kind' ? [`${j.kind} for ${j.expected}`] : []));
  if (pairs.length === 0) return '';
  return `wrong kind ${pairs.length}, read for coded: ${commonestFirst(pairs).map(([pair, n]) => `${pair} ${n}`).join(', ')}`;
}
