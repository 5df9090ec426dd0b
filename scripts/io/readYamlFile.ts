import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { issueProblems } from '../../src/lib/issueProblems.ts';
import { lineColumn } from '../../src/lib/lineColumn.ts';
import { locateInYaml } from '../../src/lib/locateInYaml.ts';
import type { Problem } from '../../src/lib/problem.ts';

export type Read<T> = {
  data?: T;
  missing?: true;
  problems: Problem[];
  /** Where a path of the data stands in the file, for checks made after the schema's. */
  at?: (path: (string | number)[]) => { line: number; column: number };
};

/**
 * One YAML data file (a word list, the ontology), checked against its schema; problems name the
 * file, line and path. A missing file is `missing`, not a problem: whether it may be absent is the
 * caller's to say.
 * @example await readYamlFile('scripts/lexicon/places.yaml', PlacesFile) // { data: [...], problems: [] }
 */
export async function readYamlFile<S extends z.ZodType>(path: string, schema: S): Promise<Read<z.infer<S>>> {
  const file = relative(process.cwd(), path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { missing: true, problems: [] };
  }
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    return { problems: [{ code: 'lexicon-syntax', file, ...lineColumn(text, e.pos[0]), message: `expected YAML, found a syntax error: ${e.message.split('\n')[0]}` }] };
  }
  const parsed = schema.safeParse(doc.toJS());
  const at = (path: (string | number)[]) => lineColumn(text, (doc.getIn(path, true) as { range?: number[] } | undefined)?.range?.[0] ?? 0);
  if (parsed.success) return { data: parsed.data, problems: [], at };
  return { problems: issueProblems(parsed.error.issues, { file, text, schema, code: 'lexicon-field', ...locateInYaml(doc, 0) }) };
}
