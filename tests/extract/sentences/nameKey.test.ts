import { describe, expect, test } from 'vitest';
import { nameKey } from '../../../scripts/lib/extract/sentences/nameKey.ts';

describe('nameKey: a name as reports are compared by it', () => {
  test('reads a name spelled with accents as the same name spelled without', () => {
    expect(nameKey('Prime Minister Lena Ferrín')).toBe(nameKey('prime minister Lena Ferrin'));
    expect(nameKey('Ana Ruíz')).toBe('ana ruiz');
    expect(nameKey('Ondrian Coast Guard')).toBe('ondrian coast guard');
  });

  test('keeps names whose letters differ apart', () => {
    expect(nameKey('Lena Ferrin')).not.toBe(nameKey('Lena Ferran'));
    expect(nameKey('Ana Ruiz')).not.toBe(nameKey('Ana Ruis'));
  });
});
