import type { DevsetKey } from './devsetKey.ts';

/** A problem of a key that its schema cannot see, with the path of the offending value. */
export interface KeyProblem {
  code: string;
  path: (string | number)[];
  message: string;
  hint?: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

/**
 * Checks what ties a key together: ids unique and every reference resolving, each happening cited
 * by some article, each article present, each trap's words found in its article.
 * `bodies` holds the text of each article of the conflict by file name.
 * @example checkDevsetKey(key, new Map([['a.txt', 'Text']])) // []
 */
export function checkDevsetKey(key: DevsetKey, bodies: ReadonlyMap<string, string>): KeyProblem[] {
  const problems: KeyProblem[] = [];
  const ids = new Map<string, number>();
  key.happenings.forEach((h, i) => {
    if (ids.has(h.id)) problems.push({ code: 'key-duplicate-id', path: ['happenings', i, 'id'], message: `expected a unique id, found "${h.id}" again (first at happenings[${ids.get(h.id)}])` });
    else ids.set(h.id, i);
  });
  const used = new Set<string>();
  const files = new Set<string>();
  key.articles.forEach((a, i) => {
    if (files.has(a.file)) problems.push({ code: 'key-duplicate-article', path: ['articles', i, 'file'], message: `expected each article once, found "${a.file}" again` });
    files.add(a.file);
    const body = bodies.get(a.file);
    if (body === undefined) problems.push({ code: 'key-article-missing', path: ['articles', i, 'file'], message: `expected the article "${a.file}" beside the key, found no such file` });
    for (const list of ['key', 'other'] as const) {
      a[list].forEach((id, j) => {
        used.add(id);
        if (!ids.has(id)) problems.push({ code: 'key-unknown-happening', path: ['articles', i, list, j], message: `expected the id of a happening, found "${id}"`, hint: 'add it under happenings, or correct the id' });
        if (list === 'other' && a.key.includes(id)) problems.push({ code: 'key-listed-twice', path: ['articles', i, list, j], message: `expected "${id}" under key or other, found it under both` });
      });
    }
    a.traps.forEach((t, j) => {
      if (body !== undefined && !squash(body).includes(squash(t.quote))) {
        problems.push({ code: 'key-trap-not-found', path: ['articles', i, 'traps', j, 'quote'], message: `expected words of ${a.file}, found "${t.quote}", which it does not contain` });
      }
    });
  });
  key.happenings.forEach((h, i) => {
    if (!used.has(h.id)) problems.push({ code: 'key-unused-happening', path: ['happenings', i, 'id'], message: `expected every happening to be listed by an article, found "${h.id}" listed by none` });
  });
  for (const file of bodies.keys()) {
    if (!files.has(file)) problems.push({ code: 'key-article-unlisted', path: ['articles'], message: `expected every article of the folder in the key, found "${file}" missing` });
  }
  return problems;
}
