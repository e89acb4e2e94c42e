/**
 * A scenario's schedule, after Make's `Scheduling` object (MAKE-REFERENCE §4) with one change:
 * interval schedules count minutes (`minutes`), not seconds. Times are `HH:mm` in the user's time
 * zone; weekdays are 0–6 with Sunday 0; days of the month 1–31; months 1–12.
 *
 * These types live in storage because the scenario record carries them and storage may not import
 * the runtime; they are plain data.
 */
export type ScheduleSpec =
  | { type: 'indefinitely'; minutes: number }
  | { type: 'once'; date: string }
  | { type: 'daily'; time: string }
  | { type: 'weekly'; days: number[]; time: string }
  | { type: 'monthly'; days: number[]; time: string }
  | { type: 'yearly'; months: number[]; days: number[]; time: string }
  | { type: 'on-demand' }
  | { type: 'immediately' };

/** A time-of-day window (`time: ['09:00', '17:00']`, end exclusive) on some weekdays or months. */
export interface ScheduleWindow {
  days?: number[];
  months?: number[];
  time?: [string, string];
}

export type Schedule = ScheduleSpec & {
  /** Optional start and end (ISO instants): no slot before start or after end. */
  between?: { start?: string; end?: string };
  /** Slots run only inside at least one of these windows. */
  restrict?: ScheduleWindow[];
};

/** Make's default schedule for a new scenario: every 15 minutes. */
export const DEFAULT_SCHEDULE: Schedule = { type: 'indefinitely', minutes: 15 };
