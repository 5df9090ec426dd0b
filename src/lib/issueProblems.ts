import { z } from 'zod';
import { describeValue } from './describeValue.ts';
import { formatPath } from './formatPath.ts';
import { lineLocator } from './lineLocator.ts';
import type { Problem } from './problem.ts';

export type Path = (string | number)[];

/** Where the value at a path stands in the text, or the nearest part of it that exists. */
export interface Located {
  offset: number;
  /** True when the value itself was found, false when only an ancestor was (a missing field). */
  exact: boolean;
  found?: unknown;
}

/** A parsed document and how to find a path in its text: JSON, YAML front matter, a lexicon file. */
export interface IssueContext {
  file: string;
  text: string;
  schema: z.ZodType;
  /** Where the value at a path is; for a missing one, where its nearest existing ancestor is. */
  locate(path: Path): Located;
  /** Where the name of the property at a path stands, for an unknown field; undefined when absent. */
  keyAt(path: Path): number | undefined;
  /** One code for every problem (e.g. `front-matter-field`), instead of a code per kind of issue. */
  code?: string;
  /** What the whole document should be, said when its top level has the wrong type. */
  root?: string;
}

/** The sub-schema at a data path, looking through lists, optionals and defaults. */
function schemaAt(schema: z.ZodType, path: Path): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
    if (current instanceof z.ZodObject && typeof key === 'string') current = current.shape[key] as z.ZodType | undefined;
    else if (current instanceof z.ZodArray && typeof key === 'number') current = current.element as z.ZodType;
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else return undefined;
  }
  return current;
}

const TYPE_NAMES: Record<string, string> = { array: 'a list', object: 'an object', string: 'a string', number: 'a number', boolean: 'true or false', null: 'null' };

function message(issue: z.core.$ZodIssue, found: unknown, missing: boolean, root: string | undefined, path: Path): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = path.length === 0 && root ? root : TYPE_NAMES[issue.expected] ?? `a ${issue.expected}`;
      return missing ? `expected ${expected}, found nothing (the field is required)` : `expected ${expected}, found ${describeValue(found)}`;
    }
    case 'invalid_key': {
      const inner = issue.issues[0]?.message ?? 'a valid key';
      return `${inner.startsWith('expected') ? inner : `expected ${inner.toLowerCase()}`}, found the key ${JSON.stringify(path.at(-1))}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${JSON.stringify(issue.values[0])}, found ${describeValue(found)}`
        : `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; found ${describeValue(found)}`;
    default: {
      const expected = issue.message.startsWith('expected') ? issue.message : `expected ${issue.message.toLowerCase()}`;
      return `${expected}, found ${describeValue(found)}`;
    }
  }
}

/**
 * Turns a schema's issues into located problems, worded one way whatever the file's format:
 * `expected …, found …`, unknown fields listed with the fields that are allowed there.
 * @example issueProblems(result.error.issues, jsonContext)[0].message // 'expected a string, found 3'
 */
export function issueProblems(issues: readonly z.core.$ZodIssue[], context: IssueContext): Problem[] {
  const { file, text, code } = context;
  const lineColumn = lineLocator(text);
  return issues.flatMap((issue): Problem[] => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const at = schemaAt(context.schema, path);
      const known = at instanceof z.ZodObject ? Object.keys(at.shape) : [];
      return issue.keys.map((key) => ({
        code: code ?? 'unknown-field',
        file,
        ...lineColumn(context.keyAt([...path, key]) ?? context.locate(path).offset),
        path: formatPath([...path, key]),
        message: `expected one of the fields ${known.join(', ')}; found unknown field "${key}"`,
      }));
    }
    // A bad key of a record is shown where the key is written, not its value.
    const keyOffset = issue.code === 'invalid_key' ? context.keyAt(path) : undefined;
    const { offset, exact, found } = context.locate(path);
    return [
      {
        code: code ?? (issue.code === 'invalid_value' ? 'invalid-value' : exact ? 'invalid-field' : 'missing-field'),
        file,
        ...lineColumn(keyOffset ?? offset),
        path: formatPath(path),
        message: message(issue, exact ? found : undefined, !exact, context.root, path),
      },
    ];
  });
}
