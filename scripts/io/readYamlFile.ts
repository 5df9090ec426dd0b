import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { issueProblems } from '../../src/lib/issueProblems.ts';
import { lineColumn } from '../../src/lib/lineColumn.ts';
import { locateInYaml } from '../../src/lib/locateInYaml.ts';
import type { Problem } from '../../src/lib/problem.ts';

/**
 * Reads one YAML data file and checks it against a schema. Every problem names the file (as
 * `shown`), line and path; the value is returned only when there are none.
 * @example await readYamlFile('scripts/lexicon/places.yaml', 'places.yaml', PlacesFile, 'the places word list')
 */
export async function readYamlFile<S extends z.ZodType>(
  path: string,
  shown: string,
  schema: S,
  what: string,
): Promise<{ value?: z.output<S>; problems: Problem[] }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { problems: [{ code: 'lexicon-missing', file: shown, message: `expected ${what}, found no file` }] };
  }
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    return { problems: [{ code: 'lexicon-syntax', file: shown, ...lineColumn(text, e.pos[0]), message: `expected YAML, found a syntax error: ${e.message.split('\n')[0]}` }] };
  }
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) return { problems: issueProblems(parsed.error.issues, { file: shown, text, schema, code: 'lexicon-field', ...locateInYaml(doc, 0) }) };
  return { value: parsed.data, problems: [] };
}
