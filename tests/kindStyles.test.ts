import { describe, expect, test } from 'vitest';
import { KIND_STYLES, shapePath, type Shape } from '../src/lib/kindStyles.ts';

/** The corners of a path made of M, L, h, v and Z commands, in absolute coordinates. */
function corners(path: string): [number, number][] {
  const points: [number, number][] = [];
  let [x, y] = [0, 0];
  for (const [, command, args] of path.matchAll(/([MLhvZ])([^MLhvZ]*)/g)) {
    const n = args!.split(/[\s,]+/).filter(Boolean).map(Number);
    if (command === 'M' || command === 'L') [x, y] = [n[0]!, n[1]!];
    else if (command === 'h') x += n[0]!;
    else if (command === 'v') y += n[0]!;
    else continue;
    points.push([x, y]);
  }
  return points;
}

/** Whether a point lies inside a polygon (even–odd rule). */
function inside([px, py]: [number, number], polygon: [number, number][]): boolean {
  let within = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) within = !within;
  }
  return within;
}

describe('shapePath', () => {
  const R = 10;
  const onAxis: [number, number] = [0, -0.8 * R];
  const onDiagonal: [number, number] = [0.6 * R, 0.6 * R];

  test('draws plus as +, its arms along the axes', () => {
    const plus = corners(shapePath('plus', R));
    expect(inside(onAxis, plus)).toBe(true);
    expect(inside(onDiagonal, plus)).toBe(false);
  });

  test('draws times as ×, its arms along the diagonals', () => {
    const times = corners(shapePath('times', R));
    expect(inside(onDiagonal, times)).toBe(true);
    expect(inside(onAxis, times)).toBe(false);
  });

  test('gives every kind a shape of its own', () => {
    const shapes: Shape[] = Object.values(KIND_STYLES).map((style) => style.shape);
    expect(new Set(shapes).size).toBe(shapes.length);
  });
});
