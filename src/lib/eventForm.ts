import type { Citation } from './eventSchema.ts';
import type { Phase } from './phases.ts';
import { typeForm, type TypeForm } from './typeForm.ts';

/**
 * The form of its type an event's title takes: the one its phase names (ontology.yaml `phases`:
 * "Border closed", not "Border closed or reopened"), else the one its reports' words call for
 * (`forms`: "Drone strike"), else none. The extractor's English titles and the editions' titles
 * both choose by this rule, so every edition names an event alike.
 * @example eventForm({ phase: 'end', citations: [] }, { phases: { end: 'Border closed' }, forms: [{ label: 'Border closed' }] })?.label // 'Border closed'
 */
export function eventForm<F extends TypeForm>(
  event: { phase?: Phase | undefined; citations: readonly Pick<Citation, 'quote'>[] },
  type: { forms?: readonly F[] | undefined; phases?: Partial<Record<Phase, string>> | undefined } | undefined,
): F | undefined {
  const byPhase = event.phase && type?.phases?.[event.phase];
  return (byPhase ? type?.forms?.find((f) => f.label === byPhase) : undefined) ?? typeForm(type?.forms, event.citations);
}
