/**
 * A problem found in data: where it is, what was expected and found, and a stable code.
 * Data problems are values, collected and reported together; only programmer errors throw.
 */
export interface Problem {
  /** Stable identifier of the rule, e.g. `duplicate-id`. */
  code: string;
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line and column of the offending text, when known. */
  line?: number;
  column?: number;
  /** JSON path inside the file, e.g. `events[3].citations[0].quote`. */
  path?: string;
  /** One sentence: what was expected and what was found. */
  message: string;
  /** How to fix it, when the message alone does not say. */
  hint?: string;
}

/**
 * One line per problem, in the form editors and terminals turn into links.
 * @example formatProblem(p) // 'data/events.json:12:7  events[3].date: expected … [invalid-date]'
 */
export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
  const what = p.path ? `${p.path}: ${p.message}` : p.message;
  const hint = p.hint ? ` (${p.hint})` : '';
  return `${where}  ${what}${hint} [${p.code}]`;
}

/** Problems in reading order: by file, then position. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      (a.path ?? '').localeCompare(b.path ?? ''),
  );
}
