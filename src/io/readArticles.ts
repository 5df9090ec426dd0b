import { lstat, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ARTICLE_FILE, ARTICLE_NAME_RULE, articleNameKey, checkArticleName } from '../lib/articleName.ts';
import { parseArticle, type Article } from '../lib/parseArticle.ts';
import type { Problem } from '../lib/problem.ts';
import { SIZE_LIMITS } from '../lib/sizeLimits.ts';
import { readTextFile } from './readTextFile.ts';

export { ARTICLE_FILE };

export interface ReadArticlesOptions {
  /** Today, YYYY-MM-DD: a `published` day after it is a problem. */
  today?: string;
}

/**
 * Reads every article in a folder, in file-name order, with the problems found in them. The one
 * place articles are read, so validate, extract and the build accept and refuse the same files:
 * only regular files (no links, devices or pipes), named by the article-name rule, each name
 * distinct from the others when case and Unicode form are ignored. Any other file there is a
 * problem too (hidden files such as .gitkeep excepted): a maintainer who saved an article as
 * .html or .pdf expects it to be read. `unreadable` names the articles that have problems, so
 * that citations of them are not also reported as citing no article. Paths in problems are
 * relative to the working directory.
 */
export async function readArticles(dir: string, options: ReadArticlesOptions = {}): Promise<{ articles: Map<string, Article>; unreadable: Set<string>; problems: Problem[] }> {
  const shown = relative(process.cwd(), dir) || '.';
  const articles = new Map<string, Article>();
  const unreadable = new Set<string>();
  const problems: Problem[] = [];
  const noSeeds = (found: string) => {
    problems.push({ code: 'no-seeds', file: shown, message: `expected a folder of articles (.txt or .md), found ${found}` });
    return { articles, unreadable, problems };
  };
  // The folder itself is not followed either: a link would let a change elsewhere publish other files.
  const folder = await lstat(dir).catch(() => undefined);
  if (folder?.isSymbolicLink()) return noSeeds(`a symbolic link at ${shown}`);
  let entries;
  try {
    entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return noSeeds(`none at ${shown}`);
  }
  const firstByKey = new Map<string, string>();
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
    const refused = checkArticleName(entry.name);
    const key = articleNameKey(entry.name);
    const twin = firstByKey.get(key);
    if (refused || twin !== undefined) {
      problems.push({
        code: 'article-name',
        file,
        message: refused
          ? `expected an article name of ${ARTICLE_NAME_RULE}; found ${refused}`
          : `expected a name distinct from every other article's, found one that differs from "${twin}" only in capitals or Unicode form`,
        hint: refused
          ? 'rename the file; the name becomes the address of its page and the source of its citations'
          : 'on macOS, on Windows and to a reader they are the same file; rename one',
      });
      unreadable.add(entry.name);
      continue;
    }
    firstByKey.set(key, entry.name);
    const { text, problem } = await readTextFile(join(dir, entry.name), { shown: file, maxBytes: SIZE_LIMITS.article, what: 'an article' });
    const parsed = text === undefined ? { problems: [problem!] } : parseArticle(file, text, options.today);
    problems.push(...parsed.problems);
    if (parsed.article) articles.set(entry.name, parsed.article);
    else unreadable.add(entry.name);
  }
  return { articles, unreadable, problems };
}
