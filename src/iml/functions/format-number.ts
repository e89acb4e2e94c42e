/** Number → text with chosen decimal places and separators (Make's `formatNumber`). */
import { roundTo } from './round';

/**
 * Format `n` with `decimals` places (half away from zero), grouping thousands.
 *
 * @example
 * formatNumber(123456789, 3, ',', '.'); // '123.456.789,000'
 */
export function formatNumber(
  n: number,
  decimals: number,
  decimal: string,
  thousands: string,
): string {
  const places = Math.max(0, Math.min(20, decimals));
  const fixed = Math.abs(roundTo(n, places)).toFixed(places);
  const [whole = '0', frac] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const sign = n < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + grouped + (frac === undefined ? '' : decimal + frac);
}
