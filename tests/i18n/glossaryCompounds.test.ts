import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { glossaryCompounds } from '../../src/i18n/glossaryCompounds.ts';

const TABLE = [
  '| English | Thai | Khmer | Notes |',
  '|---|---|---|---|',
  '| appeal, call | คำเรียกร้อง | ការអំពាវនាវ | |',
  '| border | ชายแดน | ព្រំដែន | |',
  '| killed | เสียชีวิต | ស្លាប់ | "ผู้เสียชีวิต / អ្នកស្លាប់" for the people |',
].join('\n');

describe('glossaryCompounds', () => {
  test('takes the terms of the language’s column and of the notes that the segmenter splits, longest first', () => {
    expect(glossaryCompounds(TABLE, 'th')).toEqual(['ผู้เสียชีวิต', 'คำเรียกร้อง', 'เสียชีวิต']);
    expect(glossaryCompounds(TABLE, 'km')).toEqual(['ការអំពាវនាវ', 'អ្នកស្លាប់']);
  });

  test('leaves out a term the segmenter keeps as one word, and the other language’s terms', () => {
    expect(glossaryCompounds(TABLE, 'th')).not.toContain('ชายแดน');
    expect(glossaryCompounds(TABLE, 'th').some((t) => /[\u1780-\u17FF]/.test(t))).toBe(false);
  });

  test('finds in the project’s glossary the compounds the issue saw broken', async () => {
    const glossary = await readFile('src/i18n/glossary.md', 'utf8');
    expect(glossaryCompounds(glossary, 'th')).toContain('คำเรียกร้อง');
    expect(glossaryCompounds(glossary, 'km')).toContain('អ្នកស្លាប់');
  });
});
