import { findNodeAtLocation, getNodeValue, type Node } from 'jsonc-parser';
import { EventsFile } from './eventSchema.ts';
import { quoteFinder, type Passage } from './findQuote.ts';
import { formatPath } from './formatPath.ts';
import { parseJsonTree } from './jsonSyntaxProblem.ts';
import { parseCleanJson } from './parseCleanJson.ts';
import { valueAt } from './valueAt.ts';
import { lineLocator } from './lineLocator.ts';
import type { Article } from './parseArticle.ts';
import { sortProblems, type Problem } from './problem.ts';
import { quoteMismatchHint } from './quoteMismatchHint.ts';
import { hintKindProblems } from './hintKindProblems.ts';
import { schemaProblems } from './schemaProblems.ts';
import { describeValue } from './describeValue.ts';
import { duplicateKeys } from './duplicateKeys.ts';

type Path = (string | number)[];

export interface ValidateInput {
  /** Path of the file as it should appear in messages, e.g. `data/events.json`. */
  file: string;
  text: string;
  /** Articles in seeds/, by file name. */
  articles: ReadonlyMap<string, Article>;
  /** Folder of the articles as it should appear in messages. */
  seedsDir?: string;
  /** Articles that are there but could not be read; their own problems are reported elsewhere. */
  unreadable?: ReadonlySet<string>;
  /** False when the folder of articles itself could not be read: citations are then not looked up. */
  seedsReadable?: boolean;
}

/** Every place in an events file where a citation may stand. */
function citationPaths(value: unknown): Path[] {
  const events = (value as { events?: unknown })?.events;
  if (!Array.isArray(events)) return [];
  return events.flatMap((event: unknown, i): Path[] => {
    if (typeof event !== 'object' || event === null) return [];
    const e = event as Record<string, unknown>;
    const list = (key: string) => (Array.isArray(e[key]) ? (e[key] as unknown[]) : []);
    return [
      ...list('citations').map((_, j): Path => ['events', i, 'citations', j]),
      ...list('figures').map((_, j): Path => ['events', i, 'figures', j, 'citation']),
      ...list('claims').map((_, j): Path => ['events', i, 'claims', j, 'citation']),
    ];
  });
}

/**
 * Checks an events file beyond its syntax and schema: unique ids, known sources, verbatim quotes,
 * figures that stand in their quotes. Reports every problem in one pass; never throws on bad data.
 * @example validateEvents({ file: 'data/events.json', text, articles }).problems.length // 0
 */
export function validateEvents(input: ValidateInput): { data?: EventsFile; problems: Problem[] } {
  const { file, articles, seedsDir = 'seeds', unreadable = new Set<string>(), seedsReadable = true } = input;
  const text = input.text.replace(/^\uFEFF/, '');
  // A clean file that fits the schema is checked on its plain value; otherwise the located tree
  // is built at once, to say where each syntax and schema problem is (see parseCleanJson).
  const clean = parseCleanJson(text);
  const fitted = clean && EventsFile.safeParse(clean.value);
  let root: Node | undefined;
  let value: unknown;
  let data: EventsFile | undefined;
  const problems: Problem[] = [];
  if (clean && fitted?.success) {
    value = clean.value;
    data = fitted.data;
  } else {
    const parsed = parseJsonTree(file, text);
    if (!parsed.root) return { problems: [parsed.problem!] };
    root = parsed.root;
    value = getNodeValue(root);
    const schema = schemaProblems(EventsFile, file, text, root, value);
    data = schema.data;
    problems.push(...hintKindProblems(schema.problems, value, file), ...duplicateKeys(file, text, root));
  }
  // Built only when a problem is to be located.
  const tree = () => (root ??= parseJsonTree(file, text).root!);
  let locator: ReturnType<typeof lineLocator> | undefined;
  const locate = (offset: number) => (locator ??= lineLocator(text))(offset);
  const at = (path: Path, code: string, message: string, hint?: string): Problem => ({
    code,
    file,
    ...locate(findNodeAtLocation(tree(), path)!.offset),
    path: formatPath(path),
    message,
    ...(hint ? { hint } : {}),
  });
  const stringAt = (path: Path) => {
    const found = valueAt(value, path);
    return typeof found === 'string' ? { value: found } : undefined;
  };
  const listAt = (key: string) => {
    const list = valueAt(value, [key]);
    return Array.isArray(list) ? list : [];
  };

  const firstUse = new Map<string, number>();
  listAt('events').forEach((_, i) => {
    const id = stringAt(['events', i, 'id']);
    if (!id) return;
    const first = firstUse.get(id.value);
    if (first === undefined) firstUse.set(id.value, i);
    else problems.push(at(['events', i, 'id'], 'duplicate-id', `expected a unique id, found "${id.value}" already used by events[${first}]`));
  });

  // Each article is indexed once, however many quotes cite it, so checking stays linear.
  const checkers = new Map<string, { find: (quote: string) => Passage | undefined; hint: (quote: string) => string }>();
  const checkerFor = (article: Article) => {
    let checker = checkers.get(article.name);
    if (!checker) checkers.set(article.name, (checker = { find: quoteFinder(article.body), hint: quoteMismatchHint(article.body) }));
    return checker;
  };
  const names = [...articles.keys()].sort();
  const SHOWN_NAMES = 10;
  const listed = names.length === 0 ? `${seedsDir}/ holds no articles`
    : `articles there: ${names.slice(0, SHOWN_NAMES).join(', ')}${names.length > SHOWN_NAMES ? ` and ${names.length - SHOWN_NAMES} more` : ''}`;
  const unknownSource = (path: Path, name: string) =>
    at(path, 'unknown-source', `expected the file name of an article in ${seedsDir}/, found "${name}"`, listed);

  // A source the schema already rejected (a path, no extension) is not reported again as unknown.
  const rejected = new Set(problems.map((p) => p.path));
  for (const path of citationPaths(value)) {
    const source = stringAt([...path, 'source']);
    const quote = stringAt([...path, 'quote']);
    if (!source || !seedsReadable || rejected.has(formatPath([...path, 'source']))) continue;
    const article = articles.get(source.value);
    if (unreadable.has(source.value)) continue;
    if (!article) {
      problems.push(unknownSource([...path, 'source'], source.value));
      continue;
    }
    // A quote the schema refused (a control character in it) is not searched for as well.
    if (!quote || !quote.value.trim() || rejected.has(formatPath([...path, 'quote']))) continue;
    const checker = checkerFor(article);
    if (!checker.find(quote.value)) {
      problems.push(at([...path, 'quote'], 'quote-not-found',
        `expected a verbatim passage of ${seedsDir}/${source.value}, found text that is not in it`,
        checker.hint(quote.value)));
    }
    if (path.at(-1) === 'citation') {
      const figureText = stringAt([...path.slice(0, -1), 'text']);
      if (figureText && quote && !quoteFinder(quote.value)(figureText.value)) {
        problems.push(at([...path.slice(0, -1), 'text'], 'figure-not-in-quote',
          `expected the figure as written in its citation quote, found ${describeValue(figureText.value)}`));
      }
    }
  }

  listAt('sources').forEach((_, i) => {
    const name = stringAt(['sources', i, 'file']);
    if (name && seedsReadable && !rejected.has(formatPath(['sources', i, 'file'])) && !articles.has(name.value) && !unreadable.has(name.value)) problems.push(unknownSource(['sources', i, 'file'], name.value));
  });

  return problems.length === 0 ? { data, problems } : { problems: sortProblems(problems) };
}
