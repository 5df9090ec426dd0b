export { chooseHappening } from './chooseHappening.ts';
export { classifySnippet, type SnippetLabel } from './classifySnippet.ts';
export { compileHappenings, type HappeningRules, type TypeInfo } from './compileHappenings.ts';
export { findHappenings, type Happening, type TextSpan } from './findHappenings.ts';
