import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArticle, type Article } from '../lib/parseArticle.ts';
import type { Problem } from '../lib/problem.ts';

/** File names in seeds/ that are articles. */
export const ARTICLE_FILE = /\.(?:txt|md)$/;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads every article in a folder, in file-name order, with the problems found in them.
 * Paths in problems are relative to the working directory.
 */
export async function readArticles(dir: string): Promise<{ articles: Map<string, Article>; problems: Problem[] }> {
  const shown = relative(process.cwd(), dir) || '.';
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => ARTICLE_FILE.test(n)).sort();
  } catch {
    return {
      articles: new Map(),
      problems: [{ code: 'no-seeds', file: shown, message: `expected a folder of articles (.txt or .md), found none at ${shown}` }],
    };
  }
  const articles = new Map<string, Article>();
  const problems: Problem[] = [];
  for (const name of names) {
    const file = join(shown, name);
    let text: string;
    try {
      text = utf8.decode(await readFile(join(dir, name)));
    } catch {
      problems.push({ code: 'not-utf8', file, message: 'expected text encoded as UTF-8, found bytes that are not' });
      continue;
    }
    const parsed = parseArticle(file, text);
    problems.push(...parsed.problems);
    if (parsed.article) articles.set(name, parsed.article);
  }
  return { articles, problems };
}
