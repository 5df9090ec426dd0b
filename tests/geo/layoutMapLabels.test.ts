import { describe, expect, test } from 'vitest';
import { layoutMapLabels, markBox, type LabelCandidate } from '../../src/lib/geo/layoutMapLabels.ts';

const label = (text: string, x: number, y: number, gap = 6): LabelCandidate<string> => ({ datum: text, x, y, text, fontSize: 12, gap });
const box = (l: { x: number; y: number; dx: number; dy: number; text: string; fontSize: number }) => {
  const w = l.text.length * l.fontSize * 0.6;
  const h = l.fontSize * 1.2;
  return { x0: l.x + l.dx - w / 2, x1: l.x + l.dx + w / 2, y0: l.y + l.dy - h / 2, y1: l.y + l.dy + h / 2 };
};

describe('layoutMapLabels', () => {
  test('puts a mark’s label above it when there is room', () => {
    const [placed] = layoutMapLabels([label('Surin', 100, 100)], [], 300, 200);
    expect(placed).toMatchObject({ dx: 0 });
    expect(placed!.dy).toBeLessThan(0);
  });

  test('moves a label below its mark when the one above is taken, and never lets two overlap', () => {
    const placed = layoutMapLabels([label('Ta Kwai temple', 100, 100), label('Ta Muen Thom', 104, 100)], [], 300, 200);
    expect(placed).toHaveLength(2);
    expect(placed[1]!.dy).toBeGreaterThan(0);
    const [a, b] = placed.map(box);
    expect(a!.y1 <= b!.y0 || b!.y1 <= a!.y0 || a!.x1 <= b!.x0 || b!.x1 <= a!.x0).toBe(true);
  });

  test('leaves out a label that fits nowhere rather than drawing it over another, a mark or the edge', () => {
    const crowd = [label('Preah Vihear', 60, 20, 0), label('Oddar Meanchey', 60, 20, 0)];
    expect(layoutMapLabels(crowd, [], 200, 100).map((l) => l.text)).toEqual(['Preah Vihear']);
    expect(layoutMapLabels([label('Trat', 60, 50, 0)], [markBox(60, 50, 8)], 200, 100)).toEqual([]);
    expect(layoutMapLabels([label('Ubon Ratchathani', 5, 50, 0)], [], 200, 100)).toEqual([]);
  });
});
