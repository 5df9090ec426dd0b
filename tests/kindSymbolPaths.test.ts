import { describe, expect, test } from 'vitest';
import { KIND_STYLES } from '../src/lib/kindStyles.ts';
import { kindSymbolPaths } from '../src/lib/kindSymbolPaths.ts';
import { shapePath } from '../src/lib/shapePath.ts';

describe('kindSymbolPaths', () => {
  test('draws every kind\'s shape at the radius asked, and another radius on its own', () => {
    for (const r of [5, 3, 5]) {
      expect(kindSymbolPaths(r)).toEqual(Object.entries(KIND_STYLES).map(([kind, style]) => [kind, shapePath(style.shape, r)]));
    }
    expect(kindSymbolPaths(5)).not.toEqual(kindSymbolPaths(3));
  });
});
