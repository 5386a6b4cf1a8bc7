import type { Extractor } from '../types.ts';
import type { EntityRecord } from './schema.ts';

export const extractEntities: Extractor<EntityRecord> = (_doc, _upstream) => [];
