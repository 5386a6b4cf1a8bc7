import { z } from 'zod';
import { Span } from '../../pipeline/schema.ts';

/**
 * The guideline's units; any other unit keeps its own singular lower-case word ("mile", "bed-day", "megabit per
 * second" for "Mbps"), a clinical concentration its ratio of units ("mmol/mol", "mmol/L"), and blood pressure the
 * "mmHg" everyone writes.
 */
export const KNOWN_UNITS = ['count', 'percent', 'percentage point', 'GBP', 'USD', 'EUR', 'AUD', 'year', 'month', 'week', 'day', 'hour', 'minute', 'multiplier', 'ratio'] as const;
export const Unit = z.string().regex(/^(?:GBP|USD|EUR|AUD|mmHg|[a-z]+(?:[ -][a-z]+)*|[a-z]+\/[a-zA-Z]+)$/, 'a known unit, a concentration (mmol/mol), mmHg or a singular lower-case word');

export const Qualifier = z.enum(['more than', 'less than', 'about', 'at least', 'up to']);
export type Qualifier = z.infer<typeof Qualifier>;

export const MetricRecord = z.strictObject({
  text: z.string().min(1),
  value: z.number().finite(),
  unit: Unit,
  /** head of the counted noun phrase, or what lasts for a duration */
  noun: z.string().min(1).nullable(),
  qualifier: Qualifier.nullable(),
  /** base of a rate ("per 100,000" → 100000) */
  per: z.number().finite().positive().nullable(),
  rule: z.string().min(1),
  span: Span,
  sentence: z.int().nonnegative(),
});
export type MetricRecord = z.infer<typeof MetricRecord>;
