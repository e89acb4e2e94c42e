import { bundleSize } from './bundle-size';

/** Default size limit of one module's stored input or output bundles in a run log. */
export const DEFAULT_LOG_BUNDLE_LIMIT = 256 * 1024;

/** What a run log keeps instead of bundles that passed the size limit. */
export interface TruncationNote {
  $truncated: true;
  bundles: number;
  size: number;
}

/**
 * Keeps bundles whole up to `maxBytes` in total (as UTF-8 JSON); past it the stored list ends
 * with one note saying how many bundles and bytes were left out. History shows what fits and
 * says what did not, so one large run cannot fill the user's storage.
 *
 * @example limitBundles([{ a: 1 }], 1024) // { bundles: [{ a: 1 }], truncated: false }
 */
export function limitBundles(
  bundles: readonly unknown[],
  maxBytes = DEFAULT_LOG_BUNDLE_LIMIT,
): { bundles: unknown[]; truncated: boolean } {
  let used = 0;
  for (let i = 0; i < bundles.length; i++) {
    const size = bundleSize(bundles[i]);
    if (used + size > maxBytes) {
      let rest = size;
      for (let j = i + 1; j < bundles.length; j++) rest += bundleSize(bundles[j]);
      const note: TruncationNote = { $truncated: true, bundles: bundles.length - i, size: rest };
      return { bundles: [...bundles.slice(0, i), note], truncated: true };
    }
    used += size;
  }
  return { bundles: [...bundles], truncated: false };
}
