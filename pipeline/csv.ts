// CSV layout, derived from the record schemas so the columns have no second source of truth.
// Lists are joined with "; ", mention lists become a count and the first mention's offset,
// spans become span_start/span_end. Cells are guarded against spreadsheet formula injection.
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import type { Prepared } from './2-prepare.ts';
import { RECORD_SCHEMAS, type ArticleResult } from './records.ts';
import { ArticleMeta } from './schema.ts';

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/** OWASP CSV-injection guidance: a text cell that a spreadsheet could read as a formula gets a leading quote. */
export function neutraliseFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function columnsOf(shape: Record<string, z.ZodType>): string[] {
  const cols: string[] = [];
  for (const key of Object.keys(shape)) {
    if (key === 'mentions') cols.push('mentions', 'first_mention_start', 'first_mention_end');
    else if (key === 'span') cols.push('span_start', 'span_end');
    else cols.push(key);
  }
  return cols;
}

type Kind = keyof typeof RECORD_SCHEMAS;
const RECORD_COLUMNS = Object.fromEntries(
  (Object.keys(RECORD_SCHEMAS) as Kind[]).map((k) => [k, ['article', ...columnsOf(RECORD_SCHEMAS[k].shape as Record<string, z.ZodType>)]]),
) as Record<Kind, string[]>;

const DEADLINE_FIRST = ['article', 'subject', 'commitment', 'due', 'text'];
export const TABLES = {
  articles: ['article', ...Object.keys(ArticleMeta.shape).filter((k) => k !== 'id'), 'entities', 'dates', 'metrics', 'vendors', 'status', 'reason'],
  entities: RECORD_COLUMNS.entities,
  dates: RECORD_COLUMNS.dates,
  deadlines: [...DEADLINE_FIRST, ...RECORD_COLUMNS.dates.filter((c) => !DEADLINE_FIRST.includes(c)), 'sentence_text'],
  metrics: RECORD_COLUMNS.metrics,
  vendors: [...RECORD_COLUMNS.vendors, 'first_sentence'],
} as const;
export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

function flatten(article: string, record: Record<string, unknown>): Row {
  const row: Row = { article };
  for (const [key, value] of Object.entries(record)) {
    if (key === 'mentions' && Array.isArray(value)) {
      const first = value[0] as { start: number; end: number } | undefined;
      row.mentions = value.length;
      row.first_mention_start = first?.start ?? null;
      row.first_mention_end = first?.end ?? null;
    } else if (key === 'span' && value && typeof value === 'object') {
      const s = value as { start: number; end: number };
      row.span_start = s.start;
      row.span_end = s.end;
    } else if (Array.isArray(value)) row[key] = value.join('; ');
    else row[key] = value as Cell;
  }
  return row;
}

export function toCsv(table: TableName, rows: readonly Row[], withHeader: boolean): string {
  const columns = TABLES[table] as readonly string[];
  return stringify(
    rows.map((r) => columns.map((c) => r[c] ?? null)),
    {
      header: false,
      record_delimiter: '\r\n',
      cast: {
        string: (s) => neutraliseFormula(s),
        number: (n) => String(n),
        boolean: (b) => (b ? 'true' : 'false'),
      },
    },
  ).replace(/^/, withHeader ? stringify([columns as string[]], { record_delimiter: '\r\n' }) : '');
}

/** The CSV rows of one validated article, per table (no header), ready to be concatenated in article order. */
export function articleCsvChunks(result: ArticleResult, doc: Prepared): Record<Exclude<TableName, 'articles'>, string> {
  const id = result.article.id;
  const sentenceText = (i: number) => doc.sentences[i]?.text ?? null;
  const dates = result.dates.map((d) => flatten(id, d));
  const deadlines = result.dates
    .filter((d) => d.kind === 'deadline')
    .map((d) => ({ ...flatten(id, d), due: d.end, sentence_text: sentenceText(d.sentence) }));
  return {
    entities: toCsv('entities', result.entities.map((e) => flatten(id, e)), false),
    dates: toCsv('dates', dates, false),
    deadlines: toCsv('deadlines', deadlines, false),
    metrics: toCsv('metrics', result.metrics.map((m) => flatten(id, m)), false),
    vendors: toCsv('vendors', result.vendors.map((v) => ({ ...flatten(id, v), first_sentence: sentenceText(v.mentions[0]?.sentence ?? -1) })), false),
  };
}
