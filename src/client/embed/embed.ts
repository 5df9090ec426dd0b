// The embed's only script, bundled as a classic script: an embed in a sandboxed iframe has an
// opaque origin, and module scripts would then need CORS headers that many static hosts omit.
import { parseEmbedLook } from '../../lib/embedOptions.ts';
import { wirePlaceMap } from '../map/wirePlaceMap.ts';
import { TimelineElement } from '../timeline/TimelineElement.ts';
import { HEIGHT_MESSAGE, HELLO_MESSAGE } from './messages.ts';

const root = document.documentElement;
const { look, warnings } = parseEmbedLook(new URLSearchParams(location.search));
for (const warning of warnings) console.warn(`embed: ${warning}`);

// `lang=th` asks for the Thai edition: each edition is its own page, written in its language at
// build time, so the embed goes there, keeping the rest of the view. Once there, `lang` matches.
const editions = JSON.parse(root.dataset.editions ?? '{}') as Record<string, string>;
if (look.lang && look.lang !== root.lang && editions[look.lang]) {
  location.replace(`${editions[look.lang]}${location.search}${location.hash}`);
} else if (look.lang && !editions[look.lang]) {
  console.warn(`embed: lang "${look.lang}" is not an edition this site was built with (built: ${Object.keys(editions).join(', ')})`);
}

// The look is set before the timeline starts, so it reads the right palette.
if (look.theme !== 'auto') root.dataset.theme = look.theme;
root.dataset.view = look.view;
if (look.height) {
  root.dataset.fixedHeight = '';
  root.style.setProperty('--embed-height', `${look.height}px`);
}
// Links open in a new tab through the page's <base target="_blank">, the one way for every link.
if (look.view === 'vertical' || look.view === 'timeline') document.querySelector<HTMLElement>('conflict-timeline')?.setAttribute('data-view', look.view);
if (!customElements.get('conflict-timeline')) customElements.define('conflict-timeline', TimelineElement);
// view=map: a place on the map shows only its events in the list below it.
const map = look.view === 'map' ? document.querySelector<HTMLElement>('[data-place-map]') : null;
if (map) wirePlaceMap(map, document.querySelector<TimelineElement>('conflict-timeline'));

const content = document.querySelector<HTMLElement>('.embed') ?? document.body;
let reported = 0;
const report = (force = false) => {
  if (parent === window) return;
  const height = look.height ?? Math.ceil(content.getBoundingClientRect().height);
  if (height === reported && !force) return;
  reported = height;
  parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
};
new ResizeObserver(() => report()).observe(content);
addEventListener('message', (event) => {
  if (event.source === parent && (event.data as { type?: unknown } | null)?.type === HELLO_MESSAGE) report(true);
});
report(true);
