import type { Extractor } from '../types.ts';
import type { MetricRecord } from './schema.ts';

export const extractMetrics: Extractor<MetricRecord> = (_doc, _upstream) => [];
