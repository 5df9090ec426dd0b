import { join } from 'node:path';
import { readLexicon } from '../../scripts/io/readLexicon.ts';
import { compileLexicon } from '../../scripts/lib/extract/lexicon/compileLexicon.ts';
import { compileHappenings } from '../../scripts/lib/extract/happenings/compileHappenings.ts';

const { lexicon: read, problems } = await readLexicon(join(import.meta.dirname, '../../scripts/lexicon'));
if (!read) throw new Error(`the lexicon has problems: ${JSON.stringify(problems)}`);

/** The project's lexicon as read from scripts/lexicon/. */
export const lexicon = read;

/** The project's own lexicon, compiled once per test file. */
export const compiled = compileLexicon(lexicon);

/** The happening rules of the project's lexicon and ontology, compiled once per test file. */
export const rules = compileHappenings(lexicon.happenings, lexicon.ontology);
