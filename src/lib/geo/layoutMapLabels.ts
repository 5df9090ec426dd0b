/** A label to place on the map, at a point in the drawing's coordinates. */
export interface LabelCandidate<T> {
  datum: T;
  x: number;
  y: number;
  text: string;
  fontSize: number;
  /** Room to leave around the point (a mark's radius); 0 centres the label on the point. */
  gap: number;
}

export interface PlacedLabel<T> extends LabelCandidate<T> {
  /** Offset of the label's centre from the point. */
  dx: number;
  dy: number;
}

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Text width from its length: system sans-serif averages about 0.58 em a character, bold a little more. */
const widthOf = (text: string, fontSize: number) => text.length * fontSize * 0.6;
const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Greedy label placement: candidates in the order given (most important first), each at the
 * first of its positions (above, below, right, left of its point; or centred when it has no gap)
 * where it overlaps no label already placed, no obstacle (the marks) and stays inside the
 * drawing; a label with no such position is left out rather than drawn over another.
 * @example layoutMapLabels([{ datum: 'a', x: 50, y: 50, text: 'Surin', fontSize: 12, gap: 6 }], [], 300, 200)[0].dy // < 0 (above)
 */
export function layoutMapLabels<T>(candidates: LabelCandidate<T>[], obstacles: Rect[], width: number, height: number): PlacedLabel<T>[] {
  const taken: Rect[] = [...obstacles];
  const placed: PlacedLabel<T>[] = [];
  for (const c of candidates) {
    const w = widthOf(c.text, c.fontSize);
    const h = c.fontSize * 1.2;
    const offsets: [number, number][] = c.gap === 0
      ? [[0, 0]]
      : [[0, -(c.gap + h / 2)], [0, c.gap + h / 2], [c.gap + 3 + w / 2, 0], [-(c.gap + 3 + w / 2), 0]];
    for (const [dx, dy] of offsets) {
      const box = { x0: c.x + dx - w / 2, x1: c.x + dx + w / 2, y0: c.y + dy - h / 2, y1: c.y + dy + h / 2 };
      if (box.x0 < 2 || box.y0 < 2 || box.x1 > width - 2 || box.y1 > height - 2) continue;
      if (taken.some((t) => overlaps(t, box))) continue;
      taken.push(box);
      placed.push({ ...c, dx, dy });
      break;
    }
  }
  return placed;
}

/** The box a round mark covers, as an obstacle for labels. */
export const markBox = (x: number, y: number, r: number): Rect => ({ x0: x - r, x1: x + r, y0: y - r, y1: y + r });
