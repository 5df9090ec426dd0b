import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { readArticles } from '../../../src/io/readArticles.ts';
import { formatPath } from '../../../src/lib/formatPath.ts';
import { issueProblems } from '../../../src/lib/issueProblems.ts';
import { lineColumn } from '../../../src/lib/lineColumn.ts';
import { locateInYaml } from '../../../src/lib/locateInYaml.ts';
import type { Article } from '../../../src/lib/parseArticle.ts';
import type { Problem } from '../../../src/lib/problem.ts';
import { checkDevsetKey } from '../../lib/bench/events/checkDevsetKey.ts';
import { devsetKeySchema, type DevsetKey } from '../../lib/bench/events/devsetKey.ts';
import { OntologyFile, type Ontology } from '../../lib/ontologySchema.ts';

/** One conflict of a set of real reporting (the development or the held-out set): its key and its articles. */
export interface DevsetConflict {
  keyFile: string;
  key: DevsetKey;
  articles: Article[];
}

const shown = (path: string) => relative(process.cwd(), path) || path;

function at(doc: Document, text: string, path: (string | number)[]) {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: number[] } | undefined;
    if (node?.range) return lineColumn(text, node.range[0]!);
  }
  return { line: 1, column: 1 };
}

/** The ontology the keys are coded in. */
export async function readOntology(path: string): Promise<Ontology> {
  return OntologyFile.parse(parseDocument(await readFile(path, 'utf8')).toJS());
}

/**
 * Reads a set of real reporting laid out as tests/devset/README.md describes (the development set,
 * tests/devset, or the held-out set, tests/holdout): every `keys/<conflict>.yaml` under `dir`,
 * checked against the key schema and against its articles in `articles/<conflict>/`. Every
 * problem names the file, line and path; a conflict is returned only when its key and articles
 * have none.
 */
export async function readDevset(dir: string, ontology: Ontology): Promise<{ conflicts: DevsetConflict[]; problems: Problem[] }> {
  const schema = devsetKeySchema(ontology);
  const problems: Problem[] = [];
  const conflicts: DevsetConflict[] = [];
  const keysDir = join(dir, 'keys');
  const names = (await readdir(keysDir)).filter((n) => n.endsWith('.yaml')).sort();
  for (const name of names) {
    const path = join(keysDir, name);
    const file = shown(path);
    const text = await readFile(path, 'utf8');
    const doc = parseDocument(text, { prettyErrors: false });
    if (doc.errors.length > 0) {
      const e = doc.errors[0]!;
      problems.push({ code: 'key-syntax', file, ...lineColumn(text, e.pos[0]), message: `expected YAML, found a syntax error: ${e.message.split('\n')[0]}` });
      continue;
    }
    const parsed = schema.safeParse(doc.toJS());
    if (!parsed.success) {
      problems.push(...issueProblems(parsed.error.issues, { file, text, schema, code: 'key-field', ...locateInYaml(doc, 0) }));
      continue;
    }
    const key = parsed.data;
    const conflict = name.replace(/\.yaml$/, '');
    if (key.conflict !== conflict) {
      problems.push({ code: 'key-name', file, ...at(doc, text, ['conflict']), path: 'conflict', message: `expected "${conflict}", the key's file name, found "${key.conflict}"` });
    }
    const read = await readArticles(join(dir, 'articles', conflict));
    problems.push(...read.problems);
    const bodies = new Map([...read.articles].map(([n, a]) => [n, a.body]));
    const own = checkDevsetKey(key, bodies).map((p) => ({ code: p.code, file, ...at(doc, text, p.path), path: formatPath(p.path), message: p.message, ...(p.hint ? { hint: p.hint } : {}) }));
    problems.push(...own);
    if (own.length === 0 && read.problems.length === 0) conflicts.push({ keyFile: file, key, articles: [...read.articles.values()] });
  }
  if (names.length === 0) problems.push({ code: 'devset-empty', file: shown(keysDir), message: 'expected at least one key file (<conflict>.yaml), found none' });
  return { conflicts, problems };
}
