import { describe, expect, it } from 'vitest';
import { readCommandLine, usageError } from '../../scripts/io/readCommandLine.ts';

const USAGE = 'usage: npm run example -- [--out FILE] [--check]';
const OPTIONS = {
  out: { type: 'string', default: 'data/events.json' },
  check: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

describe('readCommandLine', () => {
  it('gives the values, with defaults for what was not given', () => {
    expect(readCommandLine(['--check'], OPTIONS, USAGE)).toEqual({ values: { out: 'data/events.json', check: true, help: false }, positionals: [] });
    expect(readCommandLine(['--out', 'x.json'], OPTIONS, USAGE)).toEqual({ values: { out: 'x.json', check: false, help: false }, positionals: [] });
  });

  it('prints the usage and exits 0 on --help, whatever else is given', () => {
    expect(readCommandLine(['--check', '--help'], OPTIONS, USAGE)).toEqual({ exit: 0, print: USAGE });
  });

  it('names an unknown option, then prints the usage, and exits 2', () => {
    const read = readCommandLine(['--chek'], OPTIONS, USAGE);
    expect(read).toMatchObject({ exit: 2 });
    const { print } = read as { print: string };
    expect(print.split('\n')[0]).toContain('--chek');
    expect(print.endsWith(USAGE)).toBe(true);
  });

  it('refuses a string option given no value, and a value given to a flag', () => {
    expect(readCommandLine(['--out'], OPTIONS, USAGE)).toMatchObject({ exit: 2 });
    expect(readCommandLine(['--check=yes'], OPTIONS, USAGE)).toMatchObject({ exit: 2 });
  });

  it('takes arguments only from a command that says how many, and names what it expected', () => {
    expect(readCommandLine(['in.tsv'], OPTIONS, USAGE)).toMatchObject({ exit: 2 });
    const args = { count: 2, expected: 'an input and an output file' };
    expect(readCommandLine(['in.tsv', 'out.tsv', '--check'], OPTIONS, USAGE, args)).toMatchObject({ positionals: ['in.tsv', 'out.tsv'], values: { check: true } });
    expect(readCommandLine(['in.tsv'], OPTIONS, USAGE, args)).toEqual({ exit: 2, print: `expected an input and an output file, found 1 argument\n${USAGE}` });
    expect(readCommandLine([], OPTIONS, USAGE, args)).toEqual({ exit: 2, print: `expected an input and an output file, found 0 arguments\n${USAGE}` });
  });

  it('usageError puts the message first and the usage after it', () => {
    expect(usageError('invalid --now: 2025-13-01 (expected a date YYYY-MM-DD)', USAGE)).toEqual({ exit: 2, print: `invalid --now: 2025-13-01 (expected a date YYYY-MM-DD)\n${USAGE}` });
  });
});
