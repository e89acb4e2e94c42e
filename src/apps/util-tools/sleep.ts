import { toNumber } from '../../iml';
import { asRecord, defineModule, field } from '../define';
import { badDelay, sleepStopped } from './errors';

const MAX_SECONDS = 300;

/**
 * Waits, ending early (with ExecutionInterruptedError) when the run is aborted.
 *
 * @example await sleepFor(1000, ctx.signal);
 */
export function sleepFor(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(sleepStopped());
    const onAbort = () => {
      clearTimeout(timer);
      reject(sleepStopped());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Sleep: delays the flow by `duration` seconds (0–300, Make's limit); abortable. */
export const sleep = defineModule(
  {
    id: 'util:FunctionSleep',
    label: 'Sleep',
    description: 'Delays the scenario flow for up to 300 seconds.',
    kind: 'action',
    mapper: [field('duration', 'Delay', 'number', { required: true, help: 'Seconds, 0 to 300.' })],
  },
  {
    async run(ctx, input) {
      const raw = asRecord(input).duration;
      const seconds = toNumber(raw);
      if (seconds === undefined || seconds < 0 || seconds > MAX_SECONDS) throw badDelay(raw);
      await sleepFor(seconds * 1000, ctx.signal);
      return [{}];
    },
  },
);
