import { findNodeAtLocation, getNodeValue, type Node } from 'jsonc-parser';
import { EventsFile } from './eventSchema.ts';
import { quoteFinder, type Passage } from './findQuote.ts';
import { formatPath } from './formatPath.ts';
import { parseJsonTree } from './jsonSyntaxProblem.ts';
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
  const { root, problem } = parseJsonTree(file, text);
  if (!root) return { problems: [problem!] };

  const schema = schemaProblems(EventsFile, file, text, root);
  const { data } = schema;
  const problems = hintKindProblems(schema.problems, getNodeValue(root), file);
  problems.push(...duplicateKeys(file, text, root));
  const locate = lineLocator(text);
  const at = (node: Node, path: Path, code: string, message: string, hint?: string): Problem => ({
    code,
    file,
    ...locate(node.offset),
    path: formatPath(path),
    message,
    ...(hint ? { hint } : {}),
  });
  const stringAt = (path: Path) => {
    const node = findNodeAtLocation(root, path);
    return node?.type === 'string' ? { node, value: node.value as string } : undefined;
  };

  const firstUse = new Map<string, number>();
  const events = findNodeAtLocation(root, ['events']);
  (events?.type === 'array' ? events.children ?? [] : []).forEach((_, i) => {
    const id = stringAt(['events', i, 'id']);
    if (!id) return;
    const first = firstUse.get(id.value);
    if (first === undefined) firstUse.set(id.value, i);
    else problems.push(at(id.node, ['events', i, 'id'], 'duplicate-id', `expected a unique id, found "${id.value}" already used by events[${first}]`));
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
  const unknownSource = (node: Node, path: Path, name: string) =>
    at(node, path, 'unknown-source', `expected the file name of an article in ${seedsDir}/, found "${name}"`, listed);

  // A source the schema already rejected (a path, no extension) is not reported again as unknown.
  const rejected = new Set(problems.map((p) => p.path));
  const value = getNodeValue(root);
  for (const path of citationPaths(value)) {
    const source = stringAt([...path, 'source']);
    const quote = stringAt([...path, 'quote']);
    if (!source || !seedsReadable || rejected.has(formatPath([...path, 'source']))) continue;
    const article = articles.get(source.value);
    if (unreadable.has(source.value)) continue;
    if (!article) {
      problems.push(unknownSource(source.node, [...path, 'source'], source.value));
      continue;
    }
    // A quote the schema refused (a control character in it) is not searched for as well.
    if (!quote || !quote.value.trim() || rejected.has(formatPath([...path, 'quote']))) continue;
    const checker = checkerFor(article);
    if (!checker.find(quote.value)) {
      problems.push(at(quote.node, [...path, 'quote'], 'quote-not-found',
        `expected a verbatim passage of ${seedsDir}/${source.value}, found text that is not in it`,
        checker.hint(quote.value)));
    }
    if (path.at(-1) === 'citation') {
      const figureText = stringAt([...path.slice(0, -1), 'text']);
      if (figureText && quote && !quoteFinder(quote.value)(figureText.value)) {
        problems.push(at(figureText.node, [...path.slice(0, -1), 'text'], 'figure-not-in-quote',
          `expected the figure as written in its citation quote, found ${describeValue(figureText.value)}`));
      }
    }
  }

  const sources = findNodeAtLocation(root, ['sources']);
  (sources?.type === 'array' ? sources.children ?? [] : []).forEach((_, i) => {
    const name = stringAt(['sources', i, 'file']);
    if (name && seedsReadable && !rejected.has(formatPath(['sources', i, 'file'])) && !articles.has(name.value) && !unreadable.has(name.value)) problems.push(unknownSource(name.node, ['sources', i, 'file'], name.value));
  });

  return problems.length === 0 ? { data, problems } : { problems: sortProblems(problems) };
}
