import type { LocatorMap } from '../lib/geo/locatorMap.ts';

/** The event pages' locator drawings, by place and its number of events, kept for the build. */
export const LOCATORS = new Map<string, LocatorMap>();
