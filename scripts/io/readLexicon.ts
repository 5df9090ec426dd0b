import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { formatPath } from '../../src/lib/formatPath.ts';
import { lineColumn } from '../../src/lib/lineColumn.ts';
import type { Problem } from '../../src/lib/problem.ts';
import { happeningTypeProblems } from '../lib/extract/happeningsSchema.ts';
import { LEXICON_FILES, type Lexicon } from '../lib/extract/lexiconSchema.ts';

/**
 * Reads and checks the extractor's word lists (scripts/lexicon/*.yaml).
 * Every problem names the file, line and path; the lexicon is returned only when there are none.
 */
export async function readLexicon(dir: string): Promise<{ lexicon?: Lexicon; problems: Problem[] }> {
  const problems: Problem[] = [];
  const lexicon: Partial<Record<keyof Lexicon, unknown>> = {};
  const located: Partial<Record<keyof Lexicon, (path: (string | number)[]) => { line?: number; column?: number }>> = {};
  for (const [name, schema] of Object.entries(LEXICON_FILES) as [keyof Lexicon, (typeof LEXICON_FILES)[keyof Lexicon]][]) {
    const file = relative(process.cwd(), join(dir, `${name}.yaml`));
    let text: string;
    try {
      text = await readFile(join(dir, `${name}.yaml`), 'utf8');
    } catch {
      problems.push({ code: 'lexicon-missing', file, message: `expected the ${name} word list, found no file` });
      continue;
    }
    const doc = parseDocument(text, { prettyErrors: false });
    if (doc.errors.length > 0) {
      const e = doc.errors[0]!;
      problems.push({ code: 'lexicon-syntax', file, ...lineColumn(text, e.pos[0]), message: `expected YAML, found a syntax error: ${e.message.split('\n')[0]}` });
      continue;
    }
    const at = (path: (string | number)[]) => lineColumn(text, (doc.getIn(path, true) as { range?: number[] } | undefined)?.range?.[0] ?? 0);
    located[name] = at;
    const parsed = schema.safeParse(doc.toJS());
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
        problems.push({
          code: 'lexicon-field',
          file,
          ...at(path),
          path: formatPath(path),
          message: issue.message.startsWith('expected') ? issue.message : `expected ${issue.message.replace(/^Invalid input: expected /, '')}`,
        });
      }
      continue;
    }
    lexicon[name] = parsed.data;
  }
  // The happening rules name the ontology's types: checked once both files have been read.
  const { ontology, happenings } = lexicon as Partial<Lexicon>;
  if (ontology && happenings) {
    const file = relative(process.cwd(), join(dir, 'happenings.yaml'));
    for (const p of happeningTypeProblems(Object.keys(ontology.types), happenings)) {
      problems.push({ code: 'lexicon-field', file, ...located.happenings!(p.path), path: formatPath(p.path), message: p.message });
    }
  }
  return problems.length > 0 ? { problems } : { lexicon: lexicon as Lexicon, problems };
}
