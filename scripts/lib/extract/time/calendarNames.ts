/**
 * The month and weekday names in full, capitalised as a sentence writes them: words that look like
 * a name ("on Friday", "in March") but name a time, for the rules that read capitals.
 * @example CALENDAR_NAMES.includes('Friday') // true
 */
export const CALENDAR_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
];
