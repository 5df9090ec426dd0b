import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/problem.ts';
import { parseSnippets } from '../../scripts/lib/classify/parseSnippets.ts';

describe('parseSnippets', () => {
  test('reads id and text, skipping a header and blank lines', () => {
    expect(parseSnippets('id\ttext\n7\tRebels shelled the town.\n\n8\tTalks began.\r\n', 'in.tsv')).toEqual({
      snippets: [
        { id: '7', text: 'Rebels shelled the town.', line: 2 },
        { id: '8', text: 'Talks began.', line: 4 },
      ],
      problems: [],
    });
  });

  test('keeps the third column of the CASE files as the gold label', () => {
    expect(parseSnippets('id\tEventSnippet\tSubType\n1\tA grenade exploded.\tGRENADE', 'dev.tsv').snippets).toEqual([{ id: '1', text: 'A grenade exploded.', line: 2, gold: 'GRENADE' }]);
  });

  test('reports every bad line with its place and returns no snippet', () => {
    const { snippets, problems } = parseSnippets('1\tfine\nno tab here\n\tno id\n4\t\n1\tagain', 'in.tsv');
    expect(snippets).toEqual([]);
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "in.tsv:2:1  expected an id, a tab and the snippet's text, found "no tab here" (separate the id from the text with a tab) [bad-snippet]",
        "in.tsv:3:1  expected an id before the first tab, found none [bad-snippet]",
        "in.tsv:4:3  expected the text of snippet 4 after the tab, found none [bad-snippet]",
        "in.tsv:5:1  expected each id once, found 1 again (first on line 1) [bad-snippet]",
      ]
    `);
  });
});
