/**
 * The usage periods an instant falls in, in the user's time zone: the calendar day and month there.
 *
 * @example periodKeys(new Date('2026-11-30T23:30:00Z'), 'Europe/Berlin')
 * // { day: 'day:2026-12-01', month: 'month:2026-12' }
 */
export function periodKeys(at: Date, timeZone: string): { day: string; month: string } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const month = `${get('year')}-${get('month')}`;
  return { day: `day:${month}-${get('day')}`, month: `month:${month}` };
}

/** The id of a usage row: `<period>|<scenarioId>`, with `*` for the total of all scenarios. */
export const usageId = (period: string, scenarioId: string) => `${period}|${scenarioId}`;
