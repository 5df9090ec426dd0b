import { TimelineElement } from './TimelineElement.ts';

if (!customElements.get('conflict-timeline')) customElements.define('conflict-timeline', TimelineElement);
