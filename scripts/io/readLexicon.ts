import { join, relative } from 'node:path';
import type { Problem } from '../../src/lib/problem.ts';
import { KINDS, TYPE_KINDS, TYPES } from '../../src/lib/ontology.ts';
import { LEXICON_FILES, type Lexicon } from '../lib/extract/lexiconSchema.ts';
import type { Ontology } from '../lib/ontologySchema.ts';
import { readYamlFile } from './readYamlFile.ts';

/** Whether the ontology's ids differ from those src/lib/ontology.ts was generated with. */
const stale = (ontology: Ontology) =>
  JSON.stringify([Object.keys(ontology.kinds), Object.entries(ontology.types).map(([id, t]) => [id, t.kind])]) !==
  JSON.stringify([KINDS, TYPES.map((t) => [t, TYPE_KINDS[t]])]);

/**
 * Reads and checks the extractor's word lists (scripts/lexicon/*.yaml).
 * Every problem names the file, line and path; the lexicon is returned only when there are none.
 */
export async function readLexicon(dir: string): Promise<{ lexicon?: Lexicon; problems: Problem[] }> {
  const problems: Problem[] = [];
  const lexicon: Partial<Record<keyof Lexicon, unknown>> = {};
  for (const [name, schema] of Object.entries(LEXICON_FILES) as [keyof Lexicon, (typeof LEXICON_FILES)[keyof Lexicon]][]) {
    const file = relative(process.cwd(), join(dir, `${name}.yaml`));
    const { value, problems: found } = await readYamlFile(join(dir, `${name}.yaml`), file, schema, `the ${name} word list`);
    problems.push(...found);
    if (value === undefined) continue;
    if (name === 'ontology' && stale(value as Ontology)) {
      problems.push({
        code: 'ontology-stale',
        file,
        message: 'expected the kinds and types src/lib/ontology.ts was generated from, found others',
        hint: 'run `npm run schema` to regenerate src/lib/ontology.ts and data/events.schema.json from it',
      });
    }
    lexicon[name] = value;
  }
  return problems.length > 0 ? { problems } : { lexicon: lexicon as Lexicon, problems };
}
