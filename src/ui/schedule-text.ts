import type { Schedule } from '../storage';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const ordinal = (n: number) => {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
};
const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

function every(minutes: number): string {
  if (minutes % 1440 === 0) return minutes === 1440 ? 'Every day' : `Every ${minutes / 1440} days`;
  if (minutes % 60 === 0) return minutes === 60 ? 'Every hour' : `Every ${minutes / 60} hours`;
  return minutes === 1 ? 'Every minute' : `Every ${minutes} minutes`;
}

/**
 * A schedule as one short sentence for lists (the Scenarios page), in Make's words. Times are
 * the stored `HH:mm` of the user's zone; a missing schedule is Make's default, every 15 minutes.
 *
 * @example describeSchedule({ type: 'weekly', days: [1, 3], time: '09:00' }) // 'Mon and Wed at 09:00'
 */
export function describeSchedule(s: Schedule | undefined): string {
  if (!s) return every(15);
  switch (s.type) {
    case 'indefinitely': {
      const w = s.restrict?.[0]?.time;
      return w ? `${every(s.minutes)}, ${w[0]}–${w[1]}` : every(s.minutes);
    }
    case 'once':
      return `Once, ${new Date(s.date).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`;
    case 'daily':
      return `Every day at ${s.time}`;
    case 'weekly':
      return `${list(s.days.map((d) => WEEKDAYS[d] ?? String(d)))} at ${s.time}`;
    case 'monthly':
      return `Monthly on the ${list(s.days.map(ordinal))} at ${s.time}`;
    case 'yearly':
      return `${list(s.months.map((m) => MONTHS[m - 1] ?? String(m)))}, on the ${list(s.days.map(ordinal))} at ${s.time}`;
    case 'on-demand':
      return 'On demand';
    case 'immediately':
      return 'Immediately as data arrives';
  }
}
