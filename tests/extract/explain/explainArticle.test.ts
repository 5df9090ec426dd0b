import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { explainArticle } from '../../../scripts/lib/extract/explain/explainArticle.ts';
import { formatExplanation } from '../../../scripts/lib/extract/explain/formatExplanation.ts';
import { extractEvents } from '../../../scripts/lib/extract/extractEvents.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';

const body = [
  'Arlandese troops shelled a Borean village near the Halvane crossing on Monday.',
  'The weather in Ondria province stayed cold.',
  'Borea did not attack any Arlandese post.',
  'Officials fear that fighting could resume.',
].join(' ');
const now = DateTime.fromISO('2026-11-22', { zone: 'UTC' });
const { file, trace } = extractEvents({ articles: [article('halvane.txt', body, '2024-03-20')], lexicon: invented, now, locale: 'en-GB' });
const explained = explainArticle(trace.analyses[0]!, trace.mentions, file.events, trace.fates);

describe('explainArticle tells what each stage made of each sentence', () => {
  test('follows a dated act from its date and trigger to the event that cites it', () => {
    const first = explained[0]!;
    expect(first.dates).toEqual(['Monday']);
    expect(first.anchors).toEqual([{ date: 'Monday', words: 'shelled', told: false, borrowed: false }]);
    expect(first.mentions).toMatchObject([{ kind: 'strike', date: '2024-03-18', dating: 'own' }]);
    expect(first.events.map((e) => e.date)).toEqual(['2024-03-18']);
    expect(first.verdict).toMatch(/^event /);
  });

  test('says which stage lost a sentence: no happening, a negation, a hedge', () => {
    expect(explained[1]!.verdict).toBe('no happening: the lexicon reads no act in the sentence');
    expect(explained[2]!.happenings).toMatchObject([{ words: 'attack', kept: false, why: 'negated' }]);
    expect(explained[2]!.verdict).toBe('no trigger kept: negated');
    expect(explained[3]!.verdict).toBe('no trigger kept: hedged (feared "fear")');
  });

  test('says that a saying by nobody named is lost for its speaker, though it names a setting', () => {
    const text = 'Arlandese troops shelled a Borean village on Monday. Two mayors were among those who condemned the attack.';
    const { file: said, trace: traced } = extractEvents({ articles: [article('mute.txt', text, '2024-03-20')], lexicon: invented, now, locale: 'en-GB' });
    const second = explainArticle(traced.analyses[0]!, traced.mentions, said.events, traced.fates)[1]!;
    expect(second.triggers.some((t) => t.background)).toBe(true);
    expect(second.verdict).toBe('no speaker: something said, by nobody named');
  });

  test('says that a heading dates nothing', () => {
    const { file: headed, trace: traced } = extractEvents({ articles: [article('heading.txt', `Borea shells Arlandese village\n\n${body}`, '2024-03-20')], lexicon: invented, now, locale: 'en-GB' });
    expect(explainArticle(traced.analyses[0]!, traced.mentions, headed.events, traced.fates)[0]!.verdict).toMatch(/^heading: /);
  });

  test('formats one verdict line and the sentence for each, then each stage', () => {
    const lines = formatExplanation('halvane.txt', '2024-03-20', explained);
    expect(lines[0]).toBe('## halvane.txt — published 2024-03-20');
    expect(lines).toContain('[1] no happening: the lexicon reads no act in the sentence');
    expect(lines).toContain('    anchor "Monday" → "shelled"');
    expect(lines.filter((l) => /^\[\d+\] /.test(l))).toHaveLength(explained.length);
    expect(lines.some((l) => l.includes('←'))).toBe(false);
  });

  test('marks the mentions and events a key happening\'s days accept', () => {
    const lines = formatExplanation('halvane.txt', '2024-03-20', explained, (date) => date === '2024-03-18');
    expect(lines.filter((l) => l.endsWith("← near the key's date"))).toEqual([
      "    mention strike 2024-03-18 occurred by own date  ← near the key's date",
      expect.stringMatching(/^ {4}event 2024-03-18-strike ".*" {2}← near the key's date$/),
    ]);
  });
});
