import { parseDocument } from 'yaml';
import { ArticleMeta } from './articleSchema.ts';
import { blankControlCharacters } from './controlCharacters.ts';
import { describeValue } from './describeValue.ts';
import { issueProblems } from './issueProblems.ts';
import { lineColumn } from './lineColumn.ts';
import { markdownText } from './markdownText.ts';
import { locateInYaml } from './locateInYaml.ts';
import type { Problem } from './problem.ts';

/** An article from seeds/: its front matter and the body that citations refer to. */
export interface Article {
  /** File name in seeds/, e.g. `000_report.txt`. */
  name: string;
  meta: ArticleMeta;
  /** Text after the front matter; quotes and offsets refer to this. */
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

/**
 * Splits an article into front matter and body and checks the front matter. A `published` day
 * after `today` (YYYY-MM-DD, when given) is a problem: it is a typo, or the clock is wrong.
 * @example parseArticle('seeds/a.txt', '---\npublished: 2025-12-24\n---\nText').article?.meta.published // '2025-12-24'
 */
export function parseArticle(file: string, input: string, today?: string): { article?: Article; problems: Problem[] } {
  // Editors hide a byte-order mark, so offsets are counted without it. Control characters (the
  // form feeds of a PDF paste) become spaces here, the one place articles are read, so that the
  // article's page, the quotes taken from it and every export hold the same text.
  const text = blankControlCharacters(input.replace(/^\uFEFF/, ''));
  const name = file.split('/').pop()!;
  const at = (offset: number) => ({ file, ...lineColumn(text, offset) });
  // A Markdown article is read as its reader sees it: its markup as spaces, one for one.
  const prose = (body: string) => (name.endsWith('.md') ? markdownText(body) : body);
  if (!text.startsWith('---')) return { article: { name, meta: {}, body: prose(text), bodyLine: 1 }, problems: [] };

  const match = FRONT_MATTER.exec(text);
  if (!match || match.index !== 0) {
    return {
      problems: [
        {
          code: 'front-matter-unclosed',
          ...at(0),
          message: 'expected front matter to end with a line "---", found none',
          hint: 'close the block, or remove the first line if the article has no front matter',
        },
      ],
    };
  }
  const yamlStart = text.indexOf('\n') + 1;
  const doc = parseDocument(match[1]!, { prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        code: 'front-matter-syntax',
        ...at(yamlStart + e.pos[0]),
        message: `expected YAML front matter, found a syntax error: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
      })),
    };
  }
  const raw: unknown = doc.toJS() ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      problems: [
        {
          code: 'front-matter-syntax',
          ...at(yamlStart),
          message: `expected front matter of \`name: value\` lines, found ${describeValue(raw)}`,
          hint: 'e.g. `published: 2025-07-26`',
        },
      ],
    };
  }
  const parsed = ArticleMeta.safeParse(raw);
  const located = locateInYaml(doc, yamlStart);
  if (!parsed.success) {
    return { problems: issueProblems(parsed.error.issues, { file, text, schema: ArticleMeta, code: 'front-matter-field', ...located }) };
  }
  const published = parsed.data.published;
  if (today !== undefined && published !== undefined && published > today) {
    return {
      problems: [
        {
          code: 'published-in-future',
          ...at(located.keyAt(['published']) ?? yamlStart),
          path: 'published',
          message: `expected a day no later than today (${today}), found "${published}"`,
          hint: 'check the year and month; an article cannot be published after today',
        },
      ],
    };
  }
  const body = prose(text.slice(match[0].length));
  return {
    article: { name, meta: parsed.data, body, bodyLine: lineColumn(text, match[0].length).line },
    problems: [],
  };
}
