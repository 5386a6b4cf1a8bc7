import type { Extractor } from '../types.ts';
import type { VendorRecord } from './schema.ts';

export const extractVendors: Extractor<VendorRecord> = (_doc, _upstream) => [];
