import { join } from 'node:path';
import { readLexicon } from '../../scripts/io/readLexicon.ts';
import { compileLexicon } from '../../scripts/lib/extract/compileLexicon.ts';

const { lexicon, problems } = await readLexicon(join(import.meta.dirname, '../../scripts/lexicon'));
if (!lexicon) throw new Error(`the lexicon has problems: ${JSON.stringify(problems)}`);

/** The project's own lexicon, compiled once per test file. */
export const compiled = compileLexicon(lexicon);
