import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { canvasIsView } from '../../src/client/timeline/canvasIsView.ts';

/** A timeline element in its mode, inside a page asking for a view (an embed's `data-view`) or none. */
function element(mode: string | undefined, view?: string): HTMLElement {
  const { document } = parseHTML(`<html${view ? ` data-view="${view}"` : ''}><body><main><conflict-timeline${mode ? ` data-mode="${mode}"` : ''}></conflict-timeline></main></body></html>`);
  return document.querySelector('conflict-timeline') as unknown as HTMLElement;
}

describe('canvasIsView', () => {
  test.each([
    ['the horizontal timeline on the reader page', 'timeline', undefined, true],
    ['an embed asking for the horizontal timeline', 'timeline', 'timeline', true],
    ['the vertical timeline, where the list is the view', 'vertical', undefined, false],
    ['an embed’s list view, which hides the canvas', 'timeline', 'list', false],
    ['an embed’s map view, which hides the canvas', 'timeline', 'map', false],
    ['an element that has not read its width yet', undefined, undefined, false],
  ])('%s', (_, mode, view, expected) => {
    expect(canvasIsView(element(mode, view))).toBe(expected);
  });
});
