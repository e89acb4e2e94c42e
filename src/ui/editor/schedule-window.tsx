import { createSignal, untrack, type JSX } from 'solid-js';
import type { Schedule } from '../../storage';

/**
 * "Only between" for interval schedules (Make's restriction in advanced scheduling): one
 * time-of-day window, every day, in the user's time zone. Both times empty removes it; the end is
 * exclusive, and an end before the start spans midnight (the runtime's window rules).
 */
export function ScheduleWindowFields(props: {
  schedule: Schedule;
  onChange: (restrict: Schedule['restrict']) => void;
}): JSX.Element {
  // Both ends are kept here while the user fills them in; the schedule gets the window once both
  // are set (and loses it when either is cleared).
  const initial = untrack(() => props.schedule.restrict?.[0]?.time);
  const [from, setFrom] = createSignal(initial?.[0] ?? '');
  const [to, setTo] = createSignal(initial?.[1] ?? '');
  const update = () => props.onChange(from() && to() ? [{ time: [from(), to()] }] : undefined);
  return (
    <div class="form-row">
      <div class="form-field">
        <label for="sched-window-from" class="field-label">
          Only between
        </label>
        <input
          id="sched-window-from"
          class="input"
          type="time"
          value={from()}
          onChange={(e) => {
            setFrom(e.currentTarget.value);
            update();
          }}
        />
      </div>
      <div class="form-field">
        <label for="sched-window-to" class="field-label">
          and
        </label>
        <input
          id="sched-window-to"
          class="input"
          type="time"
          value={to()}
          onChange={(e) => {
            setTo(e.currentTarget.value);
            update();
          }}
        />
      </div>
    </div>
  );
}
