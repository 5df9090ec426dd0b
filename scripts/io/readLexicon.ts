import { join, relative } from 'node:path';
import type { Problem } from '../../src/lib/problem.ts';
import { formatPath } from '../../src/lib/formatPath.ts';
import { KINDS, TYPE_KINDS, TYPES } from '../../src/lib/ontology.ts';
import { happeningTypeProblems } from '../lib/extract/lexicon/happeningsSchema.ts';
import { LEXICON_FILES, OVERLAY_FILES, type Lexicon } from '../lib/extract/lexicon/lexiconSchema.ts';
import { overlayLexicon } from '../lib/extract/lexicon/overlayLexicon.ts';
import type { Ontology } from '../lib/ontologySchema.ts';
import { readYamlFile, type Read } from './readYamlFile.ts';

/** Whether the ontology's ids differ from those src/lib/ontology.ts was generated with. */
const stale = (ontology: Ontology) =>
  JSON.stringify([Object.keys(ontology.kinds), Object.entries(ontology.types).map(([id, t]) => [id, t.kind])]) !==
  JSON.stringify([KINDS, TYPES.map((t) => [t, TYPE_KINDS[t]])]);

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
    const file = relative(process.cwd(), join(dir, `${name}.yaml`));
    const read = await readYamlFile(join(dir, `${name}.yaml`), schema);
    if (read.missing) problems.push({ code: 'lexicon-missing', file, message: `expected the ${name} word list, found no file` });
    problems.push(...read.problems);
    if (name === 'ontology' && read.data && stale(read.data as Ontology)) {
      problems.push({
        code: 'ontology-stale',
        file,
        message: 'expected the kinds and types src/lib/ontology.ts was generated from, found others',
        hint: 'run `npm run schema` to regenerate src/lib/ontology.ts and data/events.schema.json from it',
      });
    }
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
      const read = await readYamlFile(join(overlay, `${name}.yaml`), LEXICON_FILES[name]);
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
