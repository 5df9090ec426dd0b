import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArticle, type Article } from '../lib/parseArticle.ts';
import type { Problem } from '../lib/problem.ts';
import { SIZE_LIMITS } from '../lib/sizeLimits.ts';
import { readTextFile } from './readTextFile.ts';

/** File names in seeds/ that are articles. */
export const ARTICLE_FILE = /\.(?:txt|md)$/;

export interface ReadArticlesOptions {
  /** Today, YYYY-MM-DD: a `published` day after it is a problem. */
  today?: string;
}

/**
 * Reads every article in a folder, in file-name order, with the problems found in them.
 * Any other file there is a problem too (hidden files such as .gitkeep excepted): a maintainer
 * who saved an article as .html or .pdf expects it to be read. `unreadable` names the articles
 * that have problems, so that citations of them are not also reported as citing no article.
 * Paths in problems are relative to the working directory.
 */
export async function readArticles(dir: string, options: ReadArticlesOptions = {}): Promise<{ articles: Map<string, Article>; unreadable: Set<string>; problems: Problem[] }> {
  const shown = relative(process.cwd(), dir) || '.';
  const articles = new Map<string, Article>();
  const unreadable = new Set<string>();
  const problems: Problem[] = [];
  let entries;
  try {
    entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    problems.push({ code: 'no-seeds', file: shown, message: `expected a folder of articles (.txt or .md), found none at ${shown}` });
    return { articles, unreadable, problems };
  }
  for (const entry of entries) {
    const file = join(shown, entry.name);
    if (entry.isDirectory() || !ARTICLE_FILE.test(entry.name)) {
      problems.push({
        code: 'not-an-article',
        file,
        message: `expected an article file ending in .txt or .md, found ${entry.isDirectory() ? 'a folder' : `"${entry.name}"`}`,
        hint: `save articles as plain text; move anything else out of ${shown}/`,
      });
      continue;
    }
    const { text, problem } = await readTextFile(join(dir, entry.name), { shown: file, maxBytes: SIZE_LIMITS.article, what: 'an article' });
    const parsed = text === undefined ? { problems: [problem!] } : parseArticle(file, text, options.today);
    problems.push(...parsed.problems);
    if (parsed.article) articles.set(entry.name, parsed.article);
    else unreadable.add(entry.name);
  }
  return { articles, unreadable, problems };
}
