import { LEGACY_KINDS, TYPE_KINDS, type EventType } from './ontology.ts';
import type { Problem } from './problem.ts';

const AT = /^events\[(\d+)\]\.(kind|type)$/;

/**
 * Adds what to do to the schema's problems with kinds and types: a kind from before the ontology
 * (data written by an older version) gets its own code and the command that rewrites it; a type
 * given under the wrong kind is told which kind it belongs to. `data` is the parsed file.
 * @example hintKindProblems(problems, { events: [{ kind: 'casualties' }] }, 'data/events.json')[0].code // 'legacy-kind'
 */
export function hintKindProblems(problems: readonly Problem[], data: unknown, file: string): Problem[] {
  const events = (data as { events?: unknown })?.events;
  return problems.map((problem) => {
    const [, index, field] = AT.exec(problem.path ?? '') ?? [];
    const event = Array.isArray(events) ? (events[Number(index)] as Record<string, unknown> | undefined) : undefined;
    const value = event?.[field ?? ''];
    if (typeof value !== 'string') return problem;
    if (field === 'kind' && Object.hasOwn(LEGACY_KINDS, value)) {
      const type = LEGACY_KINDS[value]!;
      return {
        ...problem,
        code: 'legacy-kind',
        message: `${problem.message}, a kind from before the event ontology`,
        hint: `run \`npm run migrate\`: it rewrites the old kinds of ${file} and of the extracted.json beside it, this one as kind "${TYPE_KINDS[type]}" with type "${type}"`,
      };
    }
    if (field === 'type' && Object.hasOwn(TYPE_KINDS, value) && problem.code !== 'invalid-value') {
      return { ...problem, hint: `"${value}" is a type of kind "${TYPE_KINDS[value as EventType]}"` };
    }
    return problem;
  });
}
