import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { issueProblems } from '../../src/lib/issueProblems.ts';
import { lineColumn } from '../../src/lib/lineColumn.ts';
import { locateInYaml } from '../../src/lib/locateInYaml.ts';
import type { Problem } from '../../src/lib/problem.ts';
import { formatPath } from '../../src/lib/formatPath.ts';
import { happeningTypeProblems } from '../lib/extract/happeningsSchema.ts';
import { LEXICON_FILES, OVERLAY_FILES, type Lexicon } from '../lib/extract/lexiconSchema.ts';
import { overlayLexicon } from '../lib/extract/overlayLexicon.ts';

type Read<T> = { data?: T; missing?: true; problems: Problem[]; at?: (path: (string | number)[]) => { line: number; column: number } };

/** One YAML word list, checked against its schema; problems name the file, line and path. */
async function readListFile<S extends z.ZodType>(path: string, schema: S): Promise<Read<z.infer<S>>> {
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

/**
 * Reads and checks the extractor's word lists (scripts/lexicon/*.yaml).
 * With `overlay`, the gazetteers found there (actors.yaml, places.yaml; either may be absent) are
 * merged over the base: a fork's own parties and places, an entry of the same name replacing the
 * base's. Every problem names the file, line and path; the lexicon is returned only when there are none.
 */
export async function readLexicon(dir: string, overlay?: string): Promise<{ lexicon?: Lexicon; problems: Problem[] }> {
  const problems: Problem[] = [];
  const lexicon: Partial<Record<keyof Lexicon, unknown>> = {};
  let locateHappening: Read<unknown>['at'];
  for (const [name, schema] of Object.entries(LEXICON_FILES) as [keyof Lexicon, (typeof LEXICON_FILES)[keyof Lexicon]][]) {
    const read = await readListFile(join(dir, `${name}.yaml`), schema);
    if (read.missing) problems.push({ code: 'lexicon-missing', file: relative(process.cwd(), join(dir, `${name}.yaml`)), message: `expected the ${name} word list, found no file` });
    problems.push(...read.problems);
    lexicon[name] = read.data;
    if (name === 'happenings') locateHappening = read.at;
  }
  // The happening rules name the ontology's types: checked once both files have been read.
  const { ontology, happenings } = lexicon as Partial<Lexicon>;
  if (ontology && happenings && locateHappening) {
    const file = relative(process.cwd(), join(dir, 'happenings.yaml'));
    for (const p of happeningTypeProblems(Object.keys(ontology.types), happenings)) {
      problems.push({ code: 'lexicon-field', file, ...locateHappening(p.path), path: formatPath(p.path), message: p.message });
    }
  }
  const extra: Partial<Pick<Lexicon, (typeof OVERLAY_FILES)[number]>> = {};
  if (overlay !== undefined) {
    let found = 0;
    for (const name of OVERLAY_FILES) {
      const read = await readListFile(join(overlay, `${name}.yaml`), LEXICON_FILES[name]);
      problems.push(...read.problems);
      if (!read.missing) found++;
      if (read.data) (extra as Record<string, unknown>)[name] = read.data;
    }
    if (found === 0) {
      problems.push({
        code: 'lexicon-overlay-empty',
        file: relative(process.cwd(), overlay) || overlay,
        message: `expected ${OVERLAY_FILES.map((n) => `${n}.yaml`).join(' or ')} in the overlay folder, found neither`,
        hint: 'a fork overlays only its gazetteers; the other word lists are about English',
      });
    }
  }
  return problems.length > 0 ? { problems } : { lexicon: overlayLexicon(lexicon as Lexicon, extra), problems };
}
