/** English month and weekday names (Make formats and reads dates in English). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/** 1-based position of an English name or its 3-letter start in `names`; 0 when none. */
export function nameIndex(names: readonly string[], text: string): number {
  const t = text.trim().toLowerCase();
  if (t.length < 2) return 0;
  const i = names.findIndex(
    (n) => n.toLowerCase() === t || (t.length >= 3 && n.toLowerCase().startsWith(t)),
  );
  return i + 1;
}

/** `1st`, `2nd`, `3rd`, `11th`. */
export function ordinal(n: number): string {
  const rem100 = n % 100;
  if (rem100 >= 11 && rem100 <= 13) return `${n}th`;
  const rem10 = n % 10;
  return `${n}${rem10 === 1 ? 'st' : rem10 === 2 ? 'nd' : rem10 === 3 ? 'rd' : 'th'}`;
}

export const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();
