import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { issueProblems } from '../../src/lib/issueProblems.ts';
import { lineColumn } from '../../src/lib/lineColumn.ts';
import { locateInYaml } from '../../src/lib/locateInYaml.ts';
import type { Problem } from '../../src/lib/problem.ts';
import { LEXICON_FILES, type Lexicon } from '../lib/extract/lexiconSchema.ts';

/**
 * Reads and checks the extractor's word lists (scripts/lexicon/*.yaml).
 * Every problem names the file, line and path; the lexicon is returned only when there are none.
 */
export async function readLexicon(dir: string): Promise<{ lexicon?: Lexicon; problems: Problem[] }> {
  const problems: Problem[] = [];
  const lexicon: Partial<Record<keyof Lexicon, unknown>> = {};
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
    const parsed = schema.safeParse(doc.toJS());
    if (!parsed.success) {
      problems.push(...issueProblems(parsed.error.issues, { file, text, schema, code: 'lexicon-field', ...locateInYaml(doc, 0) }));
      continue;
    }
    lexicon[name] = parsed.data;
  }
  return problems.length > 0 ? { problems } : { lexicon: lexicon as Lexicon, problems };
}
