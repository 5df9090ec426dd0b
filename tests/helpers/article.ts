import { parseArticle, type Article } from '../../src/lib/parseArticle.ts';

/** An article from text written for a test, with an optional publication day. */
export function article(name: string, body: string, published?: string): Article {
  const text = published ? `---\npublished: ${published}\n---\n${body}` : body;
  const parsed = parseArticle(`seeds/${name}`, text);
  if (!parsed.article) throw new Error(JSON.stringify(parsed.problems));
  return parsed.article;
}
