import type { en } from './en.ts';

/**
 * What every catalogue holds: the English one's keys, each with the same kind of value (a string,
 * or a function of the same arguments). A language that leaves out a key fails `astro check`.
 */
export type Messages = typeof en;
