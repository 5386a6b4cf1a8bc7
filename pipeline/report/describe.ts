// What a reviewer needs to see of one record: its normalised fields, in a fixed order, as
// label/value pairs. Shared by the hover title, the details panel and the records list.
import type { ArticleResult } from '../records.ts';

export const KINDS = ['entities', 'dates', 'metrics', 'vendors'] as const;
export type Kind = (typeof KINDS)[number];

export type RecordOf<K extends Kind> = ArticleResult[K][number];
export type Field = readonly [label: string, value: string];

const list = (xs: readonly string[]) => xs.join('; ');

/** Drops empty values so the panel shows only what the record says. */
function fields(pairs: [string, string | number | null | undefined][]): Field[] {
  return pairs.filter((p): p is [string, string | number] => p[1] !== null && p[1] !== undefined && p[1] !== '').map(([k, v]) => [k, String(v)] as const);
}

export function describe<K extends Kind>(kind: K, record: RecordOf<K>): { heading: string; fields: Field[] } {
  switch (kind) {
    case 'entities': {
      const r = record as RecordOf<'entities'>;
      return {
        heading: `${r.type}: ${r.name}`,
        fields: fields([['name', r.name], ['type', r.type], ['aliases', list(r.aliases)], ['role', r.role], ['organisation', r.organisation], ['mentions', r.mentions.length], ['rule', r.rule]]),
      };
    }
    case 'dates': {
      const r = record as RecordOf<'dates'>;
      const range = r.start === r.end ? r.start : r.start || r.end ? `${r.start ?? '?'} … ${r.end ?? '?'}` : 'unresolved';
      return {
        heading: `${r.kind}: ${range}`,
        fields: fields([['text', r.text], ['kind', r.kind], ['start', r.start], ['end', r.end], ['granularity', r.granularity], ['trigger', r.trigger], ['subject', r.subject], ['commitment', r.commitment], ['rule', r.rule]]),
      };
    }
    case 'metrics': {
      const r = record as RecordOf<'metrics'>;
      const amount = [r.qualifier, String(r.value), r.unit, r.per !== null ? `per ${r.per}` : null].filter(Boolean).join(' ');
      return {
        heading: `metric: ${amount}${r.noun ? ` (${r.noun})` : ''}`,
        fields: fields([['text', r.text], ['value', r.value], ['unit', r.unit], ['noun', r.noun], ['qualifier', r.qualifier], ['per', r.per], ['rule', r.rule]]),
      };
    }
    case 'vendors': {
      const r = record as RecordOf<'vendors'>;
      return {
        heading: `vendor: ${r.name}`,
        fields: fields([['name', r.name], ['aliases', list(r.aliases)], ['products', list(r.products)], ['customers', list(r.customers)], ['mentions', r.mentions.length], ['rule', r.rule]]),
      };
    }
    default:
      throw new Error(`unknown record kind "${String(kind)}"`);
  }
}

/** Plain text for a title attribute (the no-JavaScript tooltip). */
export function describeAsText(kind: Kind, record: RecordOf<Kind>): string {
  const d = describe(kind, record);
  return [d.heading, ...d.fields.map(([k, v]) => `${k}: ${v}`)].join('\n');
}
