/**
 * A mark's outline, drawn by the timeline, the legends and the event pages alike. Names follow
 * d3 and Observable Plot where they have the shape ("cross" is the plus sign, "times" the X,
 * "wye" the Y), so a name means one drawing everywhere in the project.
 */
export type Shape =
  | 'triangle'
  | 'triangle-down'
  | 'triangle-right'
  | 'circle'
  | 'square'
  | 'diamond'
  | 'star'
  | 'cross'
  | 'times'
  | 'wye'
  | 'hourglass'
  | 'bowtie';

const f = (n: number) => Number(n.toFixed(2));
const polygon = (points: readonly (readonly [number, number])[]) => `M${points.map(([x, y]) => `${f(x)},${f(y)}`).join('L')}Z`;

/** Three arms of half-width `t` and length `r` at the given angles (radians), joined at the centre. */
function arms(angles: readonly number[], r: number, t: number): string {
  const inner = t / Math.sin(Math.PI / angles.length);
  return polygon(
    angles.flatMap((a, i) => {
      const before = (a + angles[(i + angles.length - 1) % angles.length]! - (i === 0 ? 2 * Math.PI : 0)) / 2;
      const tip = [Math.cos(a) * r, Math.sin(a) * r];
      const side = [-Math.sin(a) * t, Math.cos(a) * t];
      return [
        [Math.cos(before) * inner, Math.sin(before) * inner],
        [tip[0]! - side[0]!, tip[1]! - side[1]!],
        [tip[0]! + side[0]!, tip[1]! + side[1]!],
      ] as const;
    }),
  );
}

/**
 * An SVG path for a shape centred on 0,0 with the given radius. Every shape is one closed
 * outline, so it can be filled (occurred), left hollow (scheduled) or dashed (claimed).
 * @example shapePath('square', 5) // 'M-4.4,-4.4h8.8v8.8h-8.8Z'
 */
export function shapePath(shape: Shape, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${f(r)},0A${f(r)},${f(r)} 0 1,1 ${f(-r)},0A${f(r)},${f(r)} 0 1,1 ${f(r)},0Z`;
    case 'square': {
      const s = r * 0.88;
      return `M${f(-s)},${f(-s)}h${f(2 * s)}v${f(2 * s)}h${f(-2 * s)}Z`;
    }
    case 'triangle':
      return polygon([[0, -r * 1.1], [r, r * 0.8], [-r, r * 0.8]]);
    case 'triangle-down':
      return polygon([[0, r * 1.1], [r, -r * 0.8], [-r, -r * 0.8]]);
    case 'triangle-right':
      return polygon([[r * 1.1, 0], [-r * 0.8, r], [-r * 0.8, -r]]);
    case 'diamond':
      return polygon([[0, -r * 1.2], [r, 0], [0, r * 1.2], [-r, 0]]);
    case 'times': {
      const t = r * 0.35;
      return polygon([[-r, -r + t], [-r + t, -r], [0, -t], [r - t, -r], [r, -r + t], [t, 0], [r, r - t], [r - t, r], [0, t], [-r + t, r], [-r, r - t], [-t, 0]]);
    }
    case 'cross': {
      const t = r * 0.33;
      return polygon([[-t, -r], [t, -r], [t, -t], [r, -t], [r, t], [t, t], [t, r], [-t, r], [-t, t], [-r, t], [-r, -t], [-t, -t]]);
    }
    case 'star':
      return polygon(
        Array.from({ length: 10 }, (_, i) => {
          const radius = i % 2 === 0 ? r * 1.15 : r * 0.5;
          const angle = (Math.PI / 5) * i - Math.PI / 2;
          return [Math.cos(angle) * radius, Math.sin(angle) * radius] as const;
        }),
      );
    case 'wye':
      // A Y: the stem down, the arms up to the left and right.
      return arms([-Math.PI * 5 / 6, -Math.PI / 6, Math.PI / 2], r * 1.1, r * 0.32);
    case 'hourglass': {
      const waist = r * 0.18;
      return polygon([[-r, -r], [r, -r], [waist, 0], [r, r], [-r, r], [-waist, 0]]);
    }
    case 'bowtie': {
      const waist = r * 0.18;
      return polygon([[-r, -r], [0, -waist], [r, -r], [r, r], [0, waist], [-r, r]]);
    }
  }
}
