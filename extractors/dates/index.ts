import type { Extractor } from '../types.ts';
import type { DateRecord } from './schema.ts';

export const extractDates: Extractor<DateRecord> = (_doc, _upstream) => [];
