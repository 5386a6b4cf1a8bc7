import type { Prepared } from './2-prepare.ts';
import { EXTRACTORS, type Extracted, type Extractor } from '../extractors/index.ts';

export interface StageTimings {
  [stage: string]: number;
}

/** Extractors to use in place of the default ones of their kind (e.g. vendors with a user's supplier file). */
export type ExtractorOverrides = { [K in keyof Extracted]?: Extractor<Extracted[K][number]> };

/** Runs every extractor in order; each sees a frozen view of the records before it. */
export function extractAll(doc: Prepared, timings?: StageTimings, overrides: ExtractorOverrides = {}): Extracted {
  const out: Partial<Extracted> = {};
  for (const { kind, run: byDefault } of EXTRACTORS) {
    const run = (overrides[kind] ?? byDefault) as Extractor<unknown>;
    const t0 = performance.now();
    const records = run(doc, Object.freeze({ ...out }));
    (out as Record<string, unknown>)[kind] = records;
    if (timings) timings[kind] = (timings[kind] ?? 0) + performance.now() - t0;
  }
  return out as Extracted;
}
