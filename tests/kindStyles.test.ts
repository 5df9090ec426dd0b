import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { KIND_STYLES, OKABE_ITO } from '../src/lib/kindStyles.ts';
import { KIND_LABELS, KINDS } from '../src/lib/ontology.ts';
import { shapePath } from '../src/lib/shapePath.ts';

const css = (path: string) => readFile(path, 'utf8');
/** The value a stylesheet's first (light) `:root` block gives a custom property. */
const lightValue = (text: string, name: string) => new RegExp(`^\\s*${name}:\\s*(#[0-9a-f]{6});`, 'mi').exec(text.slice(0, text.indexOf('}')))?.[1];

describe('KIND_STYLES', () => {
  test('gives every kind of the ontology its label', () => {
    expect(Object.keys(KIND_STYLES)).toEqual([...KINDS]);
    for (const kind of KINDS) expect(KIND_STYLES[kind].label).toBe(KIND_LABELS[kind]);
  });

  test('tells every kind apart by shape alone, so no reader depends on colour', () => {
    const shapes = KINDS.map((k) => KIND_STYLES[k].shape);
    expect(new Set(shapes).size).toBe(KINDS.length);
    expect(new Set(shapes.map((s) => shapePath(s, 6))).size).toBe(KINDS.length);
  });

  test('colours kinds from the Okabe–Ito palette, at most two kinds a colour', () => {
    const uses = new Map<string, number>();
    for (const kind of KINDS) uses.set(KIND_STYLES[kind].colour, (uses.get(KIND_STYLES[kind].colour) ?? 0) + 1);
    expect([...uses.keys()].every((c) => c in OKABE_ITO)).toBe(true);
    expect(Math.max(...uses.values())).toBeLessThanOrEqual(2);
  });

  test('is what the stylesheets draw: global.css sets each kind\'s colour, the icons and charts paint with it', async () => {
    const [global, icon, charts] = await Promise.all([css('src/styles/global.css'), css('src/components/KindIcon.css'), css('src/styles/charts.css')]);
    for (const kind of KINDS) {
      expect(lightValue(global, `--kind-${kind}`), kind).toBe(OKABE_ITO[KIND_STYLES[kind].colour]);
      expect(icon).toContain(`.kind-icon.kind-${kind} { --kind-color: var(--kind-${kind}); }`);
      expect(charts).toContain(`.fill-kind-${kind} { fill: var(--kind-${kind}); }`);
    }
  });
});

describe('shapePath', () => {
  test.each(KINDS.map((k) => KIND_STYLES[k].shape))('draws %s as one closed outline within its box', (shape) => {
    const path = shapePath(shape, 5);
    expect(path).toMatch(/^M[^M]*Z$/);
    const numbers = [...path.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Math.abs(Number(m[0])));
    expect(Math.max(...numbers)).toBeLessThanOrEqual(5 * 1.25 * 2);
  });
});
