import type { Phase } from './phases.ts';

/** Which of a kind's templates words an event: said by a named speaker, named, still to come, or by its phase. */
export const TEMPLATE_KEYS = ['default', 'scheduled', 'named', 'spoken'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number] | Phase;

/**
 * The template an event takes among those its kind has, else `default`: the choice the
 * extractor's English titles make (scripts/lib/extract/titles/describeEvent.ts), so that every
 * edition words an event alike.
 * @example templateKey({ status: 'occurred', phase: 'resume' }, { default: '…', resume: '…' }) // 'resume'
 */
export function templateKey(
  event: { status: string; phase?: Phase | undefined; name?: string | undefined; speaker?: string | undefined },
  has: Partial<Record<TemplateKey, unknown>>,
): TemplateKey {
  const key: TemplateKey = event.speaker && has.spoken ? 'spoken' : event.name && has.named ? 'named' : event.status === 'scheduled' && has.scheduled ? 'scheduled' : (event.phase ?? 'default');
  return has[key] === undefined ? 'default' : key;
}
