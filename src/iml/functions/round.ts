/** `n × 10^by` through the decimal exponent, so 1.005 shifts to exactly 100.5. */
export function shift(n: number, by: number): number {
  const [mantissa, exp = '0'] = String(n).split('e');
  return Number(`${mantissa}e${Number(exp) + by}`);
}

/**
 * Round half away from zero at `decimals` places, exactly for decimal inputs (1.005 → 1.01).
 *
 * @example
 * roundTo(-2.5, 0); // -3
 */
export function roundTo(n: number, decimals: number): number {
  if (!Number.isFinite(n)) return n;
  const sign = n < 0 ? -1 : 1;
  // Fast path: only values whose scaled fraction sits near .5 need exact decimal shifting.
  const factor = 10 ** decimals;
  const scaled = Math.abs(n) * factor;
  const frac = scaled - Math.floor(scaled);
  if (Math.abs(frac - 0.5) > 1e-7 && scaled < 1e15) return (sign * Math.round(scaled)) / factor;
  return sign * shift(Math.round(shift(Math.abs(n), decimals)), -decimals);
}
