import { toText } from '../../iml';
import type { FieldSpec } from '../contract';
import { field } from '../define';
import { fileOutput } from '../files/file-bundle';
import { integerField } from '../files/field-values';
import { badChoice } from './errors';

export const sourceFields: readonly FieldSpec[] = [
  field('fileName', 'File name', 'text', { default: 'image' }),
  field('data', 'Data', 'buffer', { required: true }),
];

export const imageOutput: readonly FieldSpec[] = [
  ...fileOutput,
  field('width', 'Width', 'integer'),
  field('height', 'Height', 'integer'),
];

/** The quality field of every module that encodes (read with `qualityOf`). */
export const qualityField: FieldSpec = field('quality', 'Quality', 'integer', {
  default: 92,
  help: 'JPEG and WebP, 1–100.',
});

/** `quality` (1–100, Make-style percent) as the codec's 0–1; default 92. */
export function qualityOf(m: Record<string, unknown>): number {
  return (integerField(m, 'quality', 'Quality', 'IMAGE', 1, 100, 92) as number) / 100;
}

/** A select field's value, checked against its options. */
export function choiceOf<T extends string>(
  m: Record<string, unknown>,
  name: string,
  label: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const raw = m[name];
  if (raw === undefined || raw === null || raw === '') return fallback;
  const value = toText(raw).toLowerCase();
  if (!(allowed as readonly string[]).includes(value)) throw badChoice(label, value, allowed);
  return value as T;
}
