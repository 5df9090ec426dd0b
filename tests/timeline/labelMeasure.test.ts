import { describe, expect, test } from 'vitest';
import { LABEL_FONT } from '../../src/client/timeline/drawTimeline.ts';
import { labelMeasure } from '../../src/client/timeline/labelMeasure.ts';

/** A context that measures 6 px a character and counts what it is asked. */
function context() {
  const asked = { measured: [] as string[], fonts: 0 };
  let font = '10px sans-serif';
  const ctx = {
    get font() { return font; },
    set font(value: string) { asked.fonts++; font = value; },
    measureText: (text: string) => {
      asked.measured.push(text);
      return { width: text.length * 6 };
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, asked };
}

describe('labelMeasure', () => {
  test('measures a text in the label font once, however often it is asked', () => {
    const { ctx, asked } = context();
    const measure = labelMeasure(ctx);
    expect([measure('Talks'), measure('Talks'), measure('Ceasefire')]).toEqual([30, 30, 54]);
    expect(asked.measured).toEqual(['Talks', 'Ceasefire']);
    expect(asked.fonts).toBe(1);
    expect(ctx.font).toBe(LABEL_FONT);
  });

  test('measures again after forget, as after the page’s web font has loaded', () => {
    const { ctx, asked } = context();
    const measure = labelMeasure(ctx);
    measure('Talks');
    measure.forget();
    measure('Talks');
    expect(asked.measured).toEqual(['Talks', 'Talks']);
  });

  test('sets the font again when something else changed the context’s (a resized canvas resets it)', () => {
    const { ctx, asked } = context();
    const measure = labelMeasure(ctx);
    measure('a');
    ctx.font = '10px sans-serif';
    measure('b');
    expect(asked.fonts).toBe(3);
    expect(ctx.font).toBe(LABEL_FONT);
  });
});
