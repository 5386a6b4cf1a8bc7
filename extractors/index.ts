// The ordered list of extractors: this list IS the pipeline's extract stage. Each one sees
// the records of those before it (dates use entities for deadline subjects; vendors use
// entities for products and customers).
import { extractEntities } from './entities/index.ts';
import { extractDates } from './dates/index.ts';
import { extractMetrics } from './metrics/index.ts';
import { extractVendors } from './vendors/index.ts';
import type { Extracted, Extractor, RecordKind } from './types.ts';

export const EXTRACTORS: readonly { [K in RecordKind]: { kind: K; run: Extractor<Extracted[K][number]> } }[RecordKind][] = [
  { kind: 'entities', run: extractEntities },
  { kind: 'dates', run: extractDates },
  { kind: 'metrics', run: extractMetrics },
  { kind: 'vendors', run: extractVendors },
];

export type { Extracted, Extractor, RecordKind } from './types.ts';
