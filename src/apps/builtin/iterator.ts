import { ModuleError } from '../contract';
import { toNumber } from '../../iml';
import { asRecord, defineModule, field } from '../define';

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  !(v instanceof Date) &&
  !(v instanceof Uint8Array);

/** The iterator's bundles, made one at a time as the engine asks for the next. */
class ItemBundles implements Iterable<unknown> {
  constructor(private readonly items: readonly unknown[]) {}

  [Symbol.iterator](): Iterator<unknown> {
    const items = this.items;
    const n = items.length;
    let i = 0;
    return {
      next: () => {
        if (i >= n) return { done: true, value: undefined };
        const item = items[i++];
        // Object.assign, not spread: spreading objects made by JSON.parse is far slower in V8.
        const value: Record<string, unknown> = isPlainObject(item)
          ? Object.assign({}, item)
          : { value: item };
        value.__IMTINDEX__ = i;
        value.__IMTLENGTH__ = n;
        return { done: false, value };
      },
    };
  }
}

/**
 * Iterator: one bundle per array item, with `__IMTINDEX__` (1-based) and `__IMTLENGTH__`. Object
 * items keep their fields; other items come as `value` (MAKE-OUTPUTS.md §5). A non-array becomes
 * one item, as Make's Feeder does; a missing array gives no bundles (ADR 0203).
 */
export const iterator = defineModule(
  {
    id: 'builtin:BasicFeeder',
    label: 'Iterator',
    description: 'Turns an array into a series of bundles.',
    kind: 'feeder',
    mapper: [field('array', 'Array', 'array', { required: true })],
    output: [
      field('__IMTLENGTH__', 'Total number of bundles', 'integer'),
      field('__IMTINDEX__', 'Bundle order position', 'integer'),
      field('value', 'Value', 'any'),
    ],
  },
  {
    run(_ctx, input) {
      const raw = asRecord(input).array;
      return new ItemBundles(
        raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw],
      );
    },
  },
);

/** Repeater: `repeats` bundles with `i` from `start` by `step` (MAKE-OUTPUTS.md §6). */
export const repeater = defineModule(
  {
    id: 'builtin:BasicRepeater',
    label: 'Repeater',
    description: 'Repeats the following modules a given number of times.',
    kind: 'feeder',
    mapper: [
      field('start', 'Initial value', 'number', { default: 1 }),
      field('repeats', 'Repeats', 'integer', { required: true, help: '0 to 10,000' }),
      field('step', 'Step', 'number', { default: 1 }),
    ],
    output: [field('i', 'i', 'number')],
  },
  {
    run(_ctx, input) {
      const m = asRecord(input);
      const start = m.start === undefined || m.start === '' ? 1 : toNumber(m.start);
      const step = m.step === undefined || m.step === '' ? 1 : toNumber(m.step);
      const repeats = toNumber(m.repeats);
      if (start === undefined || step === undefined)
        throw new ModuleError('BundleValidationError', 'Initial value and Step must be numbers');
      if (repeats === undefined || !Number.isInteger(repeats) || repeats < 0 || repeats > 10000) {
        throw new ModuleError(
          'BundleValidationError',
          'Repeats must be an integer from 0 to 10,000',
        );
      }
      return Array.from({ length: repeats }, (_, k) => ({ i: start + k * step }));
    },
  },
);
