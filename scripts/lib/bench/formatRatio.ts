/**
 * How many times `value` is `reference`, for a table: "2.31×", "0.05×", "0.004×" (one significant
 * digit below a tenth, so a tiny ratio does not print as zero), or "—" when either is
 * missing or the reference is zero (a page with no script has no script bytes to compare with).
 * @example formatRatio(462, 200) // '2.31×'
 */
export function formatRatio(value: number | undefined, reference: number | undefined): string {
  if (value === undefined || reference === undefined || reference === 0 || !Number.isFinite(value) || !Number.isFinite(reference)) return '—';
  const ratio = value / reference;
  return `${ratio >= 100 ? ratio.toFixed(0) : ratio >= 10 ? ratio.toFixed(1) : ratio >= 0.1 ? ratio.toFixed(2) : ratio.toPrecision(1)}×`;
}
