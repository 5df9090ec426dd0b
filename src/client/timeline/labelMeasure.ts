import { useLabelFont } from './drawTimeline.ts';

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
  const measure = ((text: string): number => {
    let width = widths.get(text);
    if (width === undefined) {
      // Frames draw every text in the label font, so it stays set: setting it for each title
      // measured took longer than the measuring (a third of the start at 200 events).
      useLabelFont(ctx);
      width = ctx.measureText(text).width;
      widths.set(text, width);
    }
    return width;
  }) as LabelMeasure;
  measure.forget = () => widths.clear();
  return measure;
}
