import { expect, test } from 'vitest';
import { escapeHtml } from '../src/lib/escapeHtml.ts';

test('escapeHtml escapes the five characters that matter in content and quoted attributes', () => {
  expect(escapeHtml(`<a href="x" title='y'>Q&A</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Q&amp;A&lt;/a&gt;');
});
