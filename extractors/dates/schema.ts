import { z } from 'zod';
import { IsoDay, Span } from '../../pipeline/schema.ts';

export const DateKind = z.enum(['point', 'range', 'deadline', 'relative']);
export type DateKind = z.infer<typeof DateKind>;

export const Granularity = z.enum(['day', 'month', 'season', 'quarter', 'part-of-year', 'year', 'fiscal-year', 'range']);
export type Granularity = z.infer<typeof Granularity>;

export const DateRecord = z.strictObject({
  text: z.string().min(1),
  kind: DateKind,
  /** deadlines only: the lower-case trigger ("by", "until", "set to") */
  trigger: z.string().min(1).nullable(),
  /** inclusive ISO days; null when the date needs a publication date that is unknown */
  start: IsoDay.nullable(),
  end: IsoDay.nullable(),
  granularity: Granularity.nullable(),
  /** deadlines only: canonical name of the entity that committed */
  subject: z.string().min(1).nullable(),
  /** deadlines only: a short clause of what is due */
  commitment: z.string().min(1).nullable(),
  rule: z.string().min(1),
  span: Span,
  sentence: z.int().nonnegative(),
});
export type DateRecord = z.infer<typeof DateRecord>;
