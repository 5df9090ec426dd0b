/**
 * The month names in full, January first, capitalised as a sentence writes them.
 * @example MONTH_NAMES[4] // 'May'
 */
export const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/**
 * The weekday names in full, Monday first as ISO counts them, capitalised as a sentence writes them.
 * @example WEEKDAY_NAMES[6] // 'Sunday'
 */
export const WEEKDAY_NAMES: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * The month and weekday names in full: words that look like a name ("on Friday", "in March") but
 * name a time, for the rules that read capitals.
 * @example CALENDAR_NAMES.includes('Friday') // true
 */
export const CALENDAR_NAMES: readonly string[] = [...MONTH_NAMES, ...WEEKDAY_NAMES];
