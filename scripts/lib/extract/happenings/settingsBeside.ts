import { SPEECH_KINDS } from '../sentences/speechKinds.ts';
import type { Happening } from './findHappenings.ts';
import { SETTING_OPENERS } from './settingOpeners.ts';
import { VIOLENT_KINDS } from './violentKinds.ts';

const VIOLENT: ReadonlySet<string> = VIOLENT_KINDS;

type Told = Pick<Happening, 'kind' | 'conflict' | 'casualty' | 'negated' | 'background'>;

/**
 * The places in `happenings` of those a "when", "as", "while" or "once" clause sets beside a deed
 * of the clause it joins: "When Borean troops crossed the line, Arland summoned the envoy", "the
 * ministers met as both navies held drills". The deed is the sentence's news; its setting is
 * background, news only where told so elsewhere. Harm is no such deed ("two were killed when shells
 * hit the post" is told by its cause), and violence beside violence is one episode told twice ("the
 * fighting began when Arland launched strikes"). `clauseAt` gives each happening's clause, by index
 * into `openers`, each clause's opening word; a clause `background` opens ("after", "amid") is a
 * setting too, which a setting never joins.
 * @example settingsBeside([crossed, summoned], [0, 1], ['when', undefined], new Set()) // Set { 0 }
 */
export function settingsBeside(happenings: readonly Told[], clauseAt: readonly number[], openers: readonly (string | undefined)[], background: ReadonlySet<string>): Set<number> {
  const settings = new Set<number>();
  const setting = (k: number) => SETTING_OPENERS.has(openers[k] ?? '') || background.has(openers[k] ?? '');
  // The clause a setting joins is the nearest before it that is no setting, or after it for one
  // that opens the sentence; "but Borea broke off the contacts once the deal was announced" sets
  // the deal beside the breaking off, not beside what came before the "but".
  const joined = (k: number) => {
    for (let j = k - 1; j >= 0; j--) if (!setting(j)) return j;
    for (let j = k + 1; j < openers.length; j++) if (!setting(j)) return j;
    return -1;
  };
  const deedIn = (k: number, beside: Told) =>
    happenings.some(
      (h, i) =>
        clauseAt[i] === k && h.conflict && h.kind !== undefined && !SPEECH_KINDS.has(h.kind) && !h.casualty && !h.negated && !h.background &&
        !(VIOLENT.has(h.kind) && VIOLENT.has(beside.kind ?? '')),
    );
  for (const [i, h] of happenings.entries()) {
    if (!h.background && SETTING_OPENERS.has(openers[clauseAt[i]!] ?? '') && deedIn(joined(clauseAt[i]!), h)) settings.add(i);
  }
  return settings;
}
