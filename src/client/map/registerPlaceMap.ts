import type { TimelineElement } from '../timeline/TimelineElement.ts';
import { wirePlaceMap } from './wirePlaceMap.ts';

// Every map on the page, tied to the page's timeline if it has one.
const timeline = document.querySelector<TimelineElement>('conflict-timeline');
for (const figure of document.querySelectorAll<HTMLElement>('[data-place-map]')) wirePlaceMap(figure, timeline);
