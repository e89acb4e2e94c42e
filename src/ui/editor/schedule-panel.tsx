import { For, Match, Show, Switch, createSignal, untrack, type JSX } from 'solid-js';
import { DEFAULT_SCHEDULE, type Schedule } from '../../storage';
import { ScheduleWindowFields } from './schedule-window';

const TYPES: { type: Schedule['type']; label: string }[] = [
  { type: 'indefinitely', label: 'At regular intervals' },
  { type: 'once', label: 'Once' },
  { type: 'daily', label: 'Every day' },
  { type: 'weekly', label: 'Days of the week' },
  { type: 'monthly', label: 'Days of the month' },
  { type: 'yearly', label: 'Specified dates' },
  { type: 'on-demand', label: 'On demand' },
  { type: 'immediately', label: 'Immediately as data arrives' },
];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A fresh schedule of a type, keeping the time of day where both have one. */
function ofType(type: Schedule['type'], from: Schedule): Schedule {
  const time = 'time' in from ? from.time : '09:00';
  switch (type) {
    case 'indefinitely':
      return { type, minutes: 15 };
    case 'once':
      return { type, date: new Date(Date.now() + 3_600_000).toISOString() };
    case 'daily':
      return { type, time };
    case 'weekly':
      return { type, days: [1], time };
    case 'monthly':
      return { type, days: [1], time };
    case 'yearly':
      return { type, months: [1], days: [1], time };
    default:
      return { type };
  }
}

/** Scheduling: every schedule type, the time window, and the catch-up choice. */
export function SchedulePanel(props: {
  schedule: Schedule | undefined;
  catchUp: boolean;
  onSave: (s: Schedule, catchUp: boolean) => void;
  onClose: () => void;
}): JSX.Element {
  const [s, setS] = createSignal<Schedule>(untrack(() => props.schedule) ?? DEFAULT_SCHEDULE);
  const [catchUp, setCatchUp] = createSignal(untrack(() => props.catchUp));
  const patch = (p: Partial<Schedule>) => setS((cur) => ({ ...cur, ...p }) as Schedule);
  const toggle = (list: number[], v: number) =>
    list.includes(v) ? list.filter((x) => x !== v) : [...list, v].sort((a, b) => a - b);
  const days = (key: 'days' | 'months', names: string[], base: number) => (
    <div class="chips" role="group" aria-label={key === 'months' ? 'Months' : 'Days'}>
      <For each={names}>
        {(name, i) => {
          const v = () => i() + base;
          const list = () => ((s() as Record<string, unknown>)[key] as number[] | undefined) ?? [];
          return (
            <label class="chip" classList={{ on: list().includes(v()) }}>
              <input
                type="checkbox"
                checked={list().includes(v())}
                onChange={() => patch({ [key]: toggle(list(), v()) })}
              />
              {name}
            </label>
          );
        }}
      </For>
    </div>
  );
  const time = () => (
    <div class="form-field">
      <label for="sched-time" class="field-label">
        Time
      </label>
      <input
        id="sched-time"
        class="input"
        type="time"
        value={(s() as { time?: string }).time ?? '09:00'}
        onChange={(e) => patch({ time: e.currentTarget.value })}
      />
    </div>
  );
  return (
    <aside class="side-panel" aria-label="Scheduling">
      <header class="side-head">
        <h2>Scheduling</h2>
        <button
          type="button"
          class="btn btn-icon"
          aria-label="Close scheduling"
          onClick={() => props.onClose()}
        >
          ✕
        </button>
      </header>
      <div class="side-body">
        <div class="form-field">
          <label for="sched-type" class="field-label">
            Run scenario
          </label>
          <select
            id="sched-type"
            class="input"
            value={s().type}
            onChange={(e) => setS((cur) => ofType(e.currentTarget.value as Schedule['type'], cur))}
          >
            <For each={TYPES}>{(t) => <option value={t.type}>{t.label}</option>}</For>
          </select>
        </div>
        <Switch>
          <Match when={s().type === 'indefinitely'}>
            <div class="form-field">
              <label for="sched-minutes" class="field-label">
                Minutes
              </label>
              <input
                id="sched-minutes"
                class="input"
                type="number"
                min="1"
                value={(s() as { minutes: number }).minutes}
                onChange={(e) => patch({ minutes: Math.max(1, Number(e.currentTarget.value)) })}
              />
            </div>
          </Match>
          <Match when={s().type === 'once'}>
            <div class="form-field">
              <label for="sched-date" class="field-label">
                Date
              </label>
              <input
                id="sched-date"
                class="input"
                type="datetime-local"
                value={new Date((s() as { date: string }).date).toISOString().slice(0, 16)}
                onChange={(e) => patch({ date: new Date(e.currentTarget.value).toISOString() })}
              />
            </div>
          </Match>
          <Match when={s().type === 'daily'}>{time()}</Match>
          <Match when={s().type === 'weekly'}>
            {days('days', WEEKDAYS, 0)}
            {time()}
          </Match>
          <Match when={s().type === 'monthly'}>
            {days(
              'days',
              Array.from({ length: 31 }, (_, i) => String(i + 1)),
              1,
            )}
            {time()}
          </Match>
          <Match when={s().type === 'yearly'}>
            {days('months', MONTHS, 1)}
            {days(
              'days',
              Array.from({ length: 31 }, (_, i) => String(i + 1)),
              1,
            )}
            {time()}
          </Match>
        </Switch>
        <Show when={s().type === 'indefinitely'}>
          <ScheduleWindowFields schedule={s()} onChange={(restrict) => patch({ restrict })} />
        </Show>
        <Show when={s().type !== 'on-demand' && s().type !== 'immediately'}>
          <div class="form-row">
            <div class="form-field">
              <label for="sched-start" class="field-label">
                Start
              </label>
              <input
                id="sched-start"
                class="input"
                type="date"
                value={s().between?.start?.slice(0, 10) ?? ''}
                onChange={(e) =>
                  patch({
                    between: {
                      ...s().between,
                      start: e.currentTarget.value
                        ? new Date(e.currentTarget.value).toISOString()
                        : undefined,
                    },
                  })
                }
              />
            </div>
            <div class="form-field">
              <label for="sched-end" class="field-label">
                End
              </label>
              <input
                id="sched-end"
                class="input"
                type="date"
                value={s().between?.end?.slice(0, 10) ?? ''}
                onChange={(e) =>
                  patch({
                    between: {
                      ...s().between,
                      end: e.currentTarget.value
                        ? new Date(e.currentTarget.value).toISOString()
                        : undefined,
                    },
                  })
                }
              />
            </div>
          </div>
          <label class="check">
            <input
              type="checkbox"
              checked={catchUp()}
              onChange={(e) => setCatchUp(e.currentTarget.checked)}
            />
            Make one catch-up run for runs missed while Weft was closed
          </label>
        </Show>
      </div>
      <footer class="side-foot">
        <button type="button" class="btn" onClick={() => props.onClose()}>
          Cancel
        </button>
        <button type="button" class="btn btn-primary" onClick={() => props.onSave(s(), catchUp())}>
          OK
        </button>
      </footer>
    </aside>
  );
}
