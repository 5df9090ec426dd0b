import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { highlightPassage } from '../src/client/sources/highlightPassage.ts';

// Passages p-0-9 ("Rain fell") and p-9-20 (" on the hills"), overlapping nowhere, and p-0-20 around both.
const page = () =>
  parseHTML(`<p><mark id="p-0-20" data-start="0" data-end="9" data-overlap><span id="p-0-9"></span>Rain fell</mark><mark id="p-9-20" data-start="9" data-end="20" data-overlap> on the hill</mark><mark data-start="20" data-end="22">s.</mark></p>`).document as unknown as Document;
const targeted = (doc: Document) => [...doc.querySelectorAll('mark[data-target]')].map((m) => m.textContent);

describe('highlightPassage', () => {
  test('marks every run of the passage the hash names, not only the run with its anchor', () => {
    const doc = page();
    highlightPassage(doc, '#p-0-20');
    expect(targeted(doc)).toEqual(['Rain fell', ' on the hill']);
  });

  test('moves the highlight when the hash changes, and clears it for a hash that names no passage', () => {
    const doc = page();
    highlightPassage(doc, '#p-9-20');
    highlightPassage(doc, '#p-0-9');
    expect(targeted(doc)).toEqual(['Rain fell']);
    highlightPassage(doc, '#main');
    expect(targeted(doc)).toEqual([]);
  });

  test.each(['#p-%', '#%E0%A4%A', '#p-0-99999999999999999999', '#p-1-2', `#${'%'.repeat(5000)}`, '#<img src=x>'])('does not throw on the fragment %j and highlights nothing', (hash) => {
    const doc = page();
    highlightPassage(doc, '#p-0-9');
    expect(() => highlightPassage(doc, hash)).not.toThrow();
    expect(targeted(doc)).toEqual([]);
  });
});
