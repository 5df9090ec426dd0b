/**
 * A short phrase naming a JSON value, for "found …" in messages.
 * @example describeValue('battle') // '"battle"'
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (value === '') return 'an empty string';
  if (typeof value === 'string' && value.trim() === '') return 'a string of only spaces';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(shown);
  }
  return String(value);
}
