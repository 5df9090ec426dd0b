import type { Problem } from '../../../src/lib/problem.ts';

/** One news snippet to label, from a line of a TSV file. */
export interface Snippet {
  id: string;
  text: string;
  /** 1-based line of the file. */
  line: number;
  /** The label a third column gives, as in the CASE 2021 files (`id`, `EventSnippet`, `SubType`). */
  gold?: string;
}

/**
 * Reads snippets from tab-separated text: `id<TAB>text` a line, or the CASE file's three columns
 * (the third, a label, is kept as `gold`). A first line whose first column is `id` is a header.
 * Blank lines are skipped. Every bad line is a problem with its line number; no snippet is
 * returned when there is any.
 * @example parseSnippets('id\ttext\n7\tRebels shelled the town.', 'in.tsv').snippets // [{ id: '7', text: 'Rebels shelled the town.', line: 2 }]
 */
export function parseSnippets(text: string, file: string): { snippets: Snippet[]; problems: Problem[] } {
  const snippets: Snippet[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((raw, i) => {
    const line = i + 1;
    const row = raw.replace(/\r$/, '');
    if (row.trim() === '') return;
    const columns = row.split('\t');
    if (line === 1 && columns[0]!.trim().toLowerCase() === 'id') return;
    const problem = (message: string, column = 1, hint?: string) => problems.push({ code: 'bad-snippet', file, line, column, message, ...(hint ? { hint } : {}) });
    if (columns.length < 2) return problem(`expected an id, a tab and the snippet's text, found ${JSON.stringify(row.slice(0, 40))}`, 1, 'separate the id from the text with a tab');
    const [id, body, gold] = columns.map((c) => c.trim());
    if (!id) return problem('expected an id before the first tab, found none');
    if (!body) return problem(`expected the text of snippet ${id} after the tab, found none`, columns[0]!.length + 2);
    const first = seen.get(id);
    if (first !== undefined) return problem(`expected each id once, found ${id} again (first on line ${first})`);
    seen.set(id, line);
    snippets.push({ id, text: body, line, ...(gold ? { gold } : {}) });
  });
  return problems.length > 0 ? { snippets: [], problems } : { snippets, problems };
}
