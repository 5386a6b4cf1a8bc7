import type { Prepared } from './2-prepare.ts';
import { EXTRACTORS, type Extracted } from '../extractors/index.ts';

export interface StageTimings {
  [stage: string]: number;
}

/** Runs every extractor in order; each sees a frozen view of the records before it. */
export function extractAll(doc: Prepared, timings?: StageTimings): Extracted {
  const out: Partial<Extracted> = {};
  for (const { kind, run } of EXTRACTORS) {
    const t0 = performance.now();
    const records = run(doc, Object.freeze({ ...out }));
    (out as Record<string, unknown>)[kind] = records;
    if (timings) timings[kind] = (timings[kind] ?? 0) + performance.now() - t0;
  }
  return out as Extracted;
}
