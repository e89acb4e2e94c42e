/**
 * Calendar arithmetic for add* and set* in a zone. `add` of months/years clamps the day to the
 * target month (Moment; docs/adr/0103); `set` of a field overflows into the next units
 * (`setDate(…-08-07; 32)` → 09-01), except month/year setters, which clamp the day as Moment does.
 */
import { daysInMonth } from './names';
import { fromWall, toWall, type Wall } from './zoned';

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year';

const MS: Partial<Record<Unit, number>> = { second: 1000, minute: 60000, hour: 3600000 };

/** `date` plus `amount` units; seconds to hours are absolute, days and up follow the calendar. */
export function addUnits(date: Date, unit: Unit, amount: number, tz: string): Date {
  const ms = MS[unit];
  if (ms !== undefined) return new Date(date.getTime() + amount * ms);
  const w = toWall(date, tz);
  if (unit === 'day') return fromWall({ ...w, day: w.day + amount }, tz);
  const months = unit === 'month' ? amount : amount * 12;
  const total = w.year * 12 + (w.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return fromWall({ ...w, year, month, day: Math.min(w.day, daysInMonth(year, month)) }, tz);
}

export type Field = 'second' | 'minute' | 'hour' | 'date' | 'day' | 'month' | 'year';

/** `date` with one wall-clock field set; `day` is 1 (Sunday) … 7 (Saturday) in the same week. */
export function setField(date: Date, field: Field, value: number, tz: string): Date {
  const w: Wall = toWall(date, tz);
  switch (field) {
    case 'second':
      return fromWall({ ...w, second: value }, tz);
    case 'minute':
      return fromWall({ ...w, minute: value }, tz);
    case 'hour':
      return fromWall({ ...w, hour: value }, tz);
    case 'date':
      return fromWall({ ...w, day: value }, tz);
    case 'day':
      return fromWall({ ...w, day: w.day - w.dow + (value - 1) }, tz);
    case 'month': {
      const total = w.year * 12 + (value - 1);
      const year = Math.floor(total / 12);
      const month = total - year * 12 + 1;
      return fromWall({ ...w, year, month, day: Math.min(w.day, daysInMonth(year, month)) }, tz);
    }
    case 'year':
      return fromWall({ ...w, year: value, day: Math.min(w.day, daysInMonth(value, w.month)) }, tz);
  }
}
