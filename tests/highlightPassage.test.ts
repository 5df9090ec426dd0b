import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { highlightPassage } from '../src/scripts/sources/highlightPassage.ts';

const page = () =>
  parseHTML(`<p><mark id="p-0-9" data-passages="p-0-9">Rain fell</mark><mark id="p-9-20" data-passages="p-0-9 p-9-20"> on the hill</mark><mark data-passages="p-9-20">s.</mark></p>`).document;
const targeted = (doc: ReturnType<typeof page>) => [...doc.querySelectorAll('mark[data-target]')].map((m) => m.textContent);

describe('highlightPassage', () => {
  test('marks every run of the passage the hash names, not only the run with its anchor', () => {
    const doc = page();
    highlightPassage(doc, '#p-9-20');
    expect(targeted(doc)).toEqual([' on the hill', 's.']);
  });

  test('moves the highlight when the hash changes, and clears it for a hash that names no passage', () => {
    const doc = page();
    highlightPassage(doc, '#p-9-20');
    highlightPassage(doc, '#p-0-9');
    expect(targeted(doc)).toEqual(['Rain fell', ' on the hill']);
    highlightPassage(doc, '#main');
    expect(targeted(doc)).toEqual([]);
  });
});
