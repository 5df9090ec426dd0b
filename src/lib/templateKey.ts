import type { EventType } from './ontology.ts';
import type { Phase } from './phases.ts';

/**
 * Which of a kind's templates words an event: said by a named speaker, named, still to come, its
 * type's own (a kind may word one of its types apart: ground taken is no "Fighting …"), or by its phase.
 */
export const TEMPLATE_KEYS = ['default', 'scheduled', 'named', 'spoken'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number] | Phase | EventType;

/**
 * The template an event takes among those its kind has, else `default`: the choice the
 * extractor's English titles make (scripts/lib/extract/titles/describeEvent.ts), so that every
 * edition words an event alike.
 * @example templateKey({ status: 'occurred', phase: 'resume' }, { default: '…', resume: '…' }) // 'resume'
 * @example templateKey({ status: 'occurred', type: 'territory-taken' }, { default: '…', 'territory-taken': '…' }) // 'territory-taken'
 */
export function templateKey(
  event: { status: string; phase?: Phase | undefined; name?: string | undefined; speaker?: string | undefined; type?: string | undefined },
  has: Partial<Record<TemplateKey, unknown>>,
): TemplateKey {
  const own = event.type !== undefined && has[event.type as EventType] !== undefined ? (event.type as EventType) : undefined;
  const key: TemplateKey = event.speaker && has.spoken ? 'spoken' : event.name && has.named ? 'named' : event.status === 'scheduled' && has.scheduled ? 'scheduled' : (own ?? event.phase ?? 'default');
  return has[key] === undefined ? 'default' : key;
}
