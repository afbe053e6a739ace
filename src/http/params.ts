import { z } from 'zod';
import { badRequest } from './errors.js';

// Parameters are checked before any query runs: malformed or over-long input is a 400, never a 500.
export const slugSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const pageSchema = z.coerce.number().int().min(1).max(10_000);

export function parseSlug(value: unknown): string {
  const r = slugSchema.safeParse(value);
  if (!r.success) throw badRequest('invalid_slug');
  return r.data;
}

/** A query parameter given twice (?p=1&p=2) arrives as an array: its first value is the one read. */
export const firstValue = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);

export function parsePage(value: unknown): number {
  if (value === undefined || value === '') return 1;
  const r = pageSchema.safeParse(firstValue(value));
  if (!r.success) throw badRequest('invalid_page');
  return r.data;
}
