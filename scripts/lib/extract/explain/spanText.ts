/**
 * A date or a span of dates as the trace and the bench reports write it: the first and last day
 * joined by an ellipsis, so one token reads as one period.
 * @example spanText({ date: '2024-03-18', endDate: '2024-03-20' }) // '2024-03-18…2024-03-20'
 */
export const spanText = ({ date, endDate }: { date: string; endDate?: string }): string => (endDate ? `${date}…${endDate}` : date);
