import type { Status } from './eventSchema.ts';
import { KIND_LABELS, type Kind } from './ontology.ts';
import type { Shape } from './shapePath.ts';
import { KIND_LOOKS, type OkabeIto } from './kindLooks.ts';

export { KIND_LOOKS, OKABE_ITO, type OkabeIto } from './kindLooks.ts';


/**
 * How each kind looks: its label (from the ontology), a colour of the Okabe–Ito palette and a
 * shape. The colour itself is the CSS variable `--kind-<kind>`, so both themes can set it.
 */
export const KIND_STYLES: Record<Kind, { label: string; colour: OkabeIto; shape: Shape }> = Object.fromEntries(
  Object.entries(KIND_LOOKS).map(([kind, look]) => [kind, { label: KIND_LABELS[kind as Kind], ...look }]),
) as Record<Kind, { label: string; colour: OkabeIto; shape: Shape }>;

export const STATUS_LABELS: Record<Status, string> = {
  occurred: 'Occurred',
  scheduled: 'Scheduled',
  claimed: 'Claimed by one side',
};
