import { describe, expect, test } from 'vitest';
import { LABEL_FONT, useLabelFont } from '../../src/client/timeline/drawTimeline.ts';

/** A context that counts how often its font is set and reports it as a browser would. */
function context() {
  const asked = { fonts: 0 };
  let font = '10px sans-serif';
  const ctx = {
    get font() { return font; },
    set font(value: string) { asked.fonts++; font = value; },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, asked };
}

describe('useLabelFont', () => {
  test('sets the label font once for frame after frame: setting it restyles the page in Chromium', () => {
    const { ctx, asked } = context();
    useLabelFont(ctx);
    useLabelFont(ctx);
    useLabelFont(ctx);
    expect(asked.fonts).toBe(1);
    expect(ctx.font).toBe(LABEL_FONT);
  });

  test('sets it again once a resized canvas has reset the context', () => {
    const { ctx, asked } = context();
    useLabelFont(ctx);
    ctx.font = '10px sans-serif';
    useLabelFont(ctx);
    expect(asked.fonts).toBe(3);
    expect(ctx.font).toBe(LABEL_FONT);
  });
});
