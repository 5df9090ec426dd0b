import type { Kind, Status } from './eventSchema.ts';

/**
 * A mark's outline, drawn by the timeline and the legend alike. `plus` is +, `times` is ×, as d3
 * and Plot name them (their `cross` is +, so no shape here is called that).
 */
export type Shape = 'triangle' | 'circle' | 'square' | 'times' | 'diamond' | 'triangle-down' | 'star' | 'plus';

/**
 * How each kind looks: a label, a shape, and a colour from the Okabe–Ito palette, which stays
 * distinguishable with the common colour-vision deficiencies. Shape repeats what colour says,
 * so nothing depends on colour alone. The colour itself is the CSS variable `--kind-<kind>`.
 */
export const KIND_STYLES: Record<Kind, { label: string; shape: Shape }> = {
  fighting: { label: 'Fighting', shape: 'triangle' },
  ceasefire: { label: 'Ceasefire & accords', shape: 'circle' },
  talks: { label: 'Talks & meetings', shape: 'square' },
  casualties: { label: 'Casualties', shape: 'times' },
  displacement: { label: 'Displacement', shape: 'diamond' },
  statement: { label: 'Statements & appeals', shape: 'triangle-down' },
  accusation: { label: 'Accusations', shape: 'star' },
  other: { label: 'Other', shape: 'plus' },
};

export const STATUS_LABELS: Record<Status, string> = {
  occurred: 'Occurred',
  scheduled: 'Scheduled',
  claimed: 'Claimed by one side',
};

/**
 * An SVG path for a shape centred on 0,0 with the given radius.
 * @example shapePath('square', 5) // 'M-4.4,-4.4h8.8v8.8h-8.8Z'
 */
export function shapePath(shape: Shape, r: number): string {
  const f = (n: number) => Number(n.toFixed(2));
  switch (shape) {
    case 'circle':
      return `M${f(r)},0A${f(r)},${f(r)} 0 1,1 ${f(-r)},0A${f(r)},${f(r)} 0 1,1 ${f(r)},0Z`;
    case 'square': {
      const s = r * 0.88;
      return `M${f(-s)},${f(-s)}h${f(2 * s)}v${f(2 * s)}h${f(-2 * s)}Z`;
    }
    case 'triangle':
      return `M0,${f(-r * 1.1)}L${f(r)},${f(r * 0.8)}L${f(-r)},${f(r * 0.8)}Z`;
    case 'triangle-down':
      return `M0,${f(r * 1.1)}L${f(r)},${f(-r * 0.8)}L${f(-r)},${f(-r * 0.8)}Z`;
    case 'diamond':
      return `M0,${f(-r * 1.2)}L${f(r)},0L0,${f(r * 1.2)}L${f(-r)},0Z`;
    case 'times': {
      const t = r * 0.35;
      return `M${f(-r)},${f(-r + t)}L${f(-r + t)},${f(-r)}L0,${f(-t)}L${f(r - t)},${f(-r)}L${f(r)},${f(-r + t)}L${f(t)},0L${f(r)},${f(r - t)}L${f(r - t)},${f(r)}L0,${f(t)}L${f(-r + t)},${f(r)}L${f(-r)},${f(r - t)}L${f(-t)},0Z`;
    }
    case 'plus': {
      const t = r * 0.33;
      return `M${f(-t)},${f(-r)}h${f(2 * t)}v${f(r - t)}h${f(r - t)}v${f(2 * t)}h${f(-(r - t))}v${f(r - t)}h${f(-2 * t)}v${f(-(r - t))}h${f(-(r - t))}v${f(-2 * t)}h${f(r - t)}Z`;
    }
    case 'star': {
      const points = Array.from({ length: 10 }, (_, i) => {
        const radius = i % 2 === 0 ? r * 1.15 : r * 0.5;
        const angle = (Math.PI / 5) * i - Math.PI / 2;
        return `${f(Math.cos(angle) * radius)},${f(Math.sin(angle) * radius)}`;
      });
      return `M${points.join('L')}Z`;
    }
  }
}
