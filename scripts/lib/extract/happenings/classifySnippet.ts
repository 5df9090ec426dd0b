import { chooseHappening } from './chooseHappening.ts';
import type { HappeningRules } from './compileHappenings.ts';
import { findHappenings, type Happening } from './findHappenings.ts';

/** The label a snippet gets, and the happening that gave it. */
export interface SnippetLabel {
  /** A CASE 2021 task 2 label: an ACLED sub-event type, DIPLO, ATTRIB, ORG_CRIME, MAN_MADE_DISASTER, NATURAL_DISASTER or OTHER. */
  label: string;
  happening?: Happening;
}

/**
 * Labels a news snippet the way the CASE 2021 shared task does, with the extractor's own
 * happening finder: the snippet's main happening, its type mapped to a CASE label through the
 * ontology's `case` field. A snippet that reports no happening is OTHER.
 * @example classifySnippet('Two suicide bombers blew themselves up at a checkpoint.', rules).label // 'SUIC_BOMB'
 */
export function classifySnippet(text: string, rules: HappeningRules): SnippetLabel {
  const happening = chooseHappening(findHappenings(text, rules), rules);
  return happening ? { label: rules.types.get(happening.type)!.caseLabel, happening } : { label: 'OTHER' };
}
