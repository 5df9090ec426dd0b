import { DEFAULT_HEIGHT } from '../../lib/embedOptions.ts';
import { embedSnippet } from '../../lib/embedSnippet.ts';
import type { TimelineElement } from '../timeline/TimelineElement.ts';
import { serializeViewState } from '../timeline/viewState.ts';

/**
 * Keeps the "Embed this view" snippet in step with the timeline while its box is open: its filters, range and selected
 * event, plus the look chosen beside the snippet.
 */
export function wireSnippet(box: HTMLElement, timeline: TimelineElement): void {
  const textarea = box.querySelector('textarea')!;
  const preview = box.querySelector<HTMLAnchorElement>('[data-role="preview"]');
  const copied = box.querySelector('[data-role="copied"]');
  const field = (name: string) => box.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
  const { loaderUrl = '' } = box.dataset;
  // Each edition's embed and title: the language chosen beside the snippet picks one.
  const editions = JSON.parse(box.dataset.editions ?? '{}') as Record<string, { embedUrl: string; title: string }>;
  const edition = () => editions[field('lang')?.value ?? ''] ?? { embedUrl: box.dataset.embedUrl ?? '', title: box.dataset.title ?? '' };
  // A copy of the site served elsewhere (a fork, a preview) embeds itself, not the canonical site.
  const here = (url: string) => new URL(new URL(url).pathname, location.origin).href;

  // Written while the box is open, and when it opens: closed, nobody reads it, and building it
  // as the timeline started was some 5 ms of the reader page's first task at 200 events.
  const open = () => !(box instanceof HTMLDetailsElement) || box.open;
  const update = () => {
    if (!open()) return;
    const query = serializeViewState(timeline.view);
    const view = field('view')?.value;
    const theme = field('theme')?.value;
    if (view && view !== 'auto') query.set('view', view);
    if (theme && theme !== 'auto') query.set('theme', theme);
    const lang = field('lang')?.value;
    if (lang && lang !== 'en') query.set('lang', lang);
    const { embedUrl, title } = edition();
    const height = Number(field('height')?.value) || DEFAULT_HEIGHT;
    // Only what changed is written: the timeline tells of its view once more after it starts,
    // unchanged, and setting the same link again made the browser restyle and draw a frame then.
    const snippet = embedSnippet({ embedUrl: here(embedUrl), loaderUrl: here(loaderUrl), query, title, height });
    if (textarea.value !== snippet) textarea.value = snippet;
    if (preview) {
      const url = new URL(here(embedUrl));
      url.search = query.toString();
      if (preview.href !== url.href) preview.href = url.href;
    }
  };
  timeline.addEventListener('timeline-view', update);
  box.addEventListener('input', update);
  box.addEventListener('toggle', update);
  box.querySelector('[data-action="copy"]')?.addEventListener('click', async () => {
    update();
    try {
      await navigator.clipboard.writeText(textarea.value);
      if (copied) copied.textContent = box.dataset.copied ?? 'Copied.';
    } catch {
      textarea.select();
      if (copied) copied.textContent = box.dataset.selectToCopy ?? 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
    }
  });
  update();
}
