import { LABEL_FONT } from './drawTimeline.ts';

/** A text's width in the label font, remembered; `forget` drops what was measured in a font no longer in force. */
export interface LabelMeasure {
  (text: string): number;
  forget(): void;
}

/**
 * Measures texts in the label font on `ctx`, each once: a frame of 2,000 events measured the
 * beginnings of every shortened title again (some 10 ms a frame). Titles and their beginnings
 * are few enough to keep.
 */
export function labelMeasure(ctx: CanvasRenderingContext2D): LabelMeasure {
  const widths = new Map<string, number>();
  // The font the context holds, as it reports it: resizing the canvas resets it. Frames draw
  // every text in the label font, so it stays set: setting it for each title measured took
  // longer than the measuring (a third of the start at 200 events).
  let font = '';
  let asked = '';
  const measure = ((text: string): number => {
    let width = widths.get(text);
    if (width === undefined) {
      if (ctx.font !== font || asked !== LABEL_FONT) {
        ctx.font = asked = LABEL_FONT;
        font = ctx.font;
      }
      width = ctx.measureText(text).width;
      widths.set(text, width);
    }
    return width;
  }) as LabelMeasure;
  measure.forget = () => widths.clear();
  return measure;
}
