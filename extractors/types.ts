import type { Prepared } from '../pipeline/2-prepare.ts';
import type { EntityRecord } from './entities/schema.ts';
import type { DateRecord } from './dates/schema.ts';
import type { MetricRecord } from './metrics/schema.ts';
import type { VendorRecord } from './vendors/schema.ts';

/** Everything extracted from one article, keyed by record kind. */
export interface Extracted {
  entities: EntityRecord[];
  dates: DateRecord[];
  metrics: MetricRecord[];
  vendors: VendorRecord[];
}
export type RecordKind = keyof Extracted;

/**
 * An extractor is pure and synchronous: it reads the prepared article and the records of
 * the extractors before it, never changes them, never reads files or prints.
 */
export type Extractor<R> = (doc: Prepared, upstream: Readonly<Partial<Extracted>>) => R[];
