// Record-level diff between two runs: per article and per kind, records are matched by what
// identifies them (entity type + name, date kind + text, metric text, vendor name), so a
// changed rule shows as the few records it touched rather than as shifted CSV rows.
// `diffArticle` and `diffRuns` are pure; `diffFolders` streams two folders through the same
// comparison one article at a time; `readRun` loads a folder whole.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RecordKind } from '../extractors/types.ts';
import { RECORD_SCHEMAS } from './records.ts';

/** In the order the extractors run, which is the order reports list them in. */
export const RECORD_KINDS = Object.keys(RECORD_SCHEMAS) as RecordKind[];

// Deliberately loose: a baseline written by an older version (a field since added or
// renamed) must still load, and the diff then shows that field as changed.
const LooseRecord = z.record(z.string(), z.unknown());
export const RunArticle = z.object({
  article: z.looseObject({ id: z.string().min(1) }),
  entities: z.array(LooseRecord),
  dates: z.array(LooseRecord),
  metrics: z.array(LooseRecord),
  vendors: z.array(LooseRecord),
});
export type RunArticle = z.infer<typeof RunArticle>;

/** One loaded run: per-article results by id, and why an article without results failed (from manifest.json). */
export interface Run {
  articles: Map<string, RunArticle>;
  failed: Map<string, string>;
}

export const FieldChange = z.strictObject({ field: z.string(), old: z.unknown(), new: z.unknown() });
export type FieldChange = z.infer<typeof FieldChange>;

export const RecordRef = z.strictObject({
  /** the identifying key, unique within the article and kind ("deadline\tby March 2025") */
  key: z.string(),
  /** the key as a reader sees it (`"by March 2025"`, `person "James Davis"`) */
  label: z.string(),
  record: LooseRecord,
});
export type RecordRef = z.infer<typeof RecordRef>;

export const RecordChange = z.strictObject({ key: z.string(), label: z.string(), changes: z.array(FieldChange).min(1) });
export type RecordChange = z.infer<typeof RecordChange>;

export const KindDiff = z.strictObject({ added: z.array(RecordRef), removed: z.array(RecordRef), changed: z.array(RecordChange) });
export type KindDiff = z.infer<typeof KindDiff>;

export const ArticleDiff = z.strictObject({
  id: z.string(),
  status: z.enum(['added', 'removed', 'changed']),
  /** why the article has no results on one side (it failed in that run), when the manifest says */
  note: z.string().nullable(),
  /** changed article fields (sha256, chars, title, …) */
  article: z.array(FieldChange),
  entities: KindDiff,
  dates: KindDiff,
  metrics: KindDiff,
  vendors: KindDiff,
});
export type ArticleDiff = z.infer<typeof ArticleDiff>;

const KindCounts = z.strictObject({ old: z.int(), new: z.int(), added: z.int(), removed: z.int(), changed: z.int(), unchanged: z.int() });
export type KindCounts = z.infer<typeof KindCounts>;

export const RunDiff = z.strictObject({
  identical: z.boolean(),
  articles: z.strictObject({ old: z.int(), new: z.int(), added: z.int(), removed: z.int(), changed: z.int() }),
  /** only articles with a difference, in id order */
  diffs: z.array(ArticleDiff),
  summary: z.strictObject({ entities: KindCounts, dates: KindCounts, metrics: KindCounts, vendors: KindCounts }),
});
export type RunDiff = z.infer<typeof RunDiff>;

type Rec = Record<string, unknown>;

/** The fields that identify a record of each kind; everything else is compared. */
export const KEY_FIELDS: Record<RecordKind, readonly string[]> = {
  entities: ['type', 'name'],
  dates: ['kind', 'text'],
  metrics: ['text'],
  vendors: ['name'],
};

function label(kind: RecordKind, r: Rec, nth: number): string {
  const q = (v: unknown) => JSON.stringify(v ?? null);
  const base = kind === 'entities' ? `${String(r.type)} ${q(r.name)}` : kind === 'dates' ? `${q(r.text)} (${String(r.kind)})` : kind === 'metrics' ? q(r.text) : q(r.name);
  return nth > 0 ? `${base} #${nth + 1}` : base;
}

/**
 * Keys records; the same text twice in one article ("2025" in two sentences) gets an
 * occurrence number, so the nth one in the old run is compared with the nth in the new.
 */
function keyed(kind: RecordKind, records: readonly Rec[]): Map<string, { label: string; record: Rec }> {
  const seen = new Map<string, number>();
  const out = new Map<string, { label: string; record: Rec }>();
  for (const r of records) {
    const base = KEY_FIELDS[kind].map((f) => String(r[f] ?? '')).join('\t');
    const nth = seen.get(base) ?? 0;
    seen.set(base, nth + 1);
    out.set(nth > 0 ? `${base}\t#${nth + 1}` : base, { label: label(kind, r, nth), record: r });
  }
  return out;
}

/** Key-order-insensitive equality of JSON values. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => same(v, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && same((a as Rec)[k], (b as Rec)[k]));
}

/** Fields that differ, in the old record's field order, then fields only the new one has. */
export function fieldChanges(a: Rec, b: Rec, skip: readonly string[] = []): FieldChange[] {
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => !skip.includes(f));
  return fields.filter((f) => !same(a[f], b[f])).map((f) => ({ field: f, old: a[f] ?? null, new: b[f] ?? null }));
}

function emptyKind(): KindDiff {
  return { added: [], removed: [], changed: [] };
}

function diffKind(kind: RecordKind, oldRecs: readonly Rec[], newRecs: readonly Rec[]): KindDiff {
  const a = keyed(kind, oldRecs);
  const b = keyed(kind, newRecs);
  const out = emptyKind();
  for (const [key, { label, record }] of a) if (!b.has(key)) out.removed.push({ key, label, record });
  for (const [key, { label, record }] of b) {
    const prev = a.get(key);
    if (!prev) out.added.push({ key, label, record });
    else {
      const changes = fieldChanges(prev.record, record, KEY_FIELDS[kind]);
      if (changes.length > 0) out.changed.push({ key, label, changes });
    }
  }
  return out;
}

function isEmpty(d: ArticleDiff): boolean {
  return d.article.length === 0 && RECORD_KINDS.every((k) => d[k].added.length + d[k].removed.length + d[k].changed.length === 0);
}

/** Code-unit order, as the writer sorts ids, so the report is the same on every machine. */
const byId = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

const NO_RECORDS: RunArticle = { article: { id: '' }, entities: [], dates: [], metrics: [], vendors: [] };

/** Compares one article's results; `a` or `b` is undefined when the article is only in one run. Pure. */
export function diffArticle(id: string, a: RunArticle | undefined, b: RunArticle | undefined, note: string | null = null): ArticleDiff {
  const x = a ?? NO_RECORDS;
  const y = b ?? NO_RECORDS;
  return {
    id,
    status: !a ? 'added' : !b ? 'removed' : 'changed',
    note,
    article: a && b ? fieldChanges(a.article, b.article) : [],
    entities: diffKind('entities', x.entities, y.entities),
    dates: diffKind('dates', x.dates, y.dates),
    metrics: diffKind('metrics', x.metrics, y.metrics),
    vendors: diffKind('vendors', x.vendors, y.vendors),
  };
}

/**
 * Collects article diffs into a RunDiff, keeping only those with a difference, so memory
 * grows with the size of the change rather than with the corpus.
 */
class Collector {
  private readonly diffs: ArticleDiff[] = [];
  private readonly counts = { old: 0, new: 0 };
  private readonly summary = Object.fromEntries(RECORD_KINDS.map((k) => [k, { old: 0, new: 0, added: 0, removed: 0, changed: 0, unchanged: 0 }])) as Record<RecordKind, KindCounts>;

  add(id: string, a: RunArticle | undefined, b: RunArticle | undefined, failedOld: ReadonlyMap<string, string>, failedNew: ReadonlyMap<string, string>): void {
    const why = (run: 'old' | 'new', failed: ReadonlyMap<string, string>) => (failed.has(id) ? `failed in the ${run} run: ${failed.get(id)}` : null);
    const d = diffArticle(id, a, b, !a ? why('old', failedOld) : !b ? why('new', failedNew) : null);
    if (a) this.counts.old++;
    if (b) this.counts.new++;
    for (const k of RECORD_KINDS) {
      const s = this.summary[k];
      s.old += a?.[k].length ?? 0;
      s.new += b?.[k].length ?? 0;
      s.added += d[k].added.length;
      s.removed += d[k].removed.length;
      s.changed += d[k].changed.length;
    }
    if (d.status !== 'changed' || !isEmpty(d)) this.diffs.push(d);
  }

  result(): RunDiff {
    for (const k of RECORD_KINDS) this.summary[k].unchanged = this.summary[k].old - this.summary[k].removed - this.summary[k].changed;
    const count = (s: ArticleDiff['status']) => this.diffs.filter((d) => d.status === s).length;
    return {
      identical: this.diffs.length === 0,
      articles: { ...this.counts, added: count('added'), removed: count('removed'), changed: count('changed') },
      diffs: this.diffs,
      summary: this.summary,
    };
  }
}

/** Compares two loaded runs record by record. Pure: same inputs, same result, nothing read or written. */
export function diffRuns(oldRun: Run, newRun: Run): RunDiff {
  const c = new Collector();
  for (const id of [...new Set([...oldRun.articles.keys(), ...newRun.articles.keys()])].sort(byId)) {
    c.add(id, oldRun.articles.get(id), newRun.articles.get(id), oldRun.failed, newRun.failed);
  }
  return c.result();
}

/**
 * The same as `diffRuns(await readRun(oldDir), await readRun(newDir))`, reading one article
 * of each run at a time, for corpora whose results do not fit in memory twice over.
 */
export async function diffFolders(oldDir: string, newDir: string): Promise<RunDiff> {
  const [oldIds, newIds] = await Promise.all([listArticles(oldDir), listArticles(newDir)]);
  const [failedOld, failedNew] = await Promise.all([readFailures(oldDir), readFailures(newDir)]);
  const c = new Collector();
  for (const id of [...new Set([...oldIds, ...newIds])].sort(byId)) {
    const [a, b] = await Promise.all([oldIds.has(id) ? readArticle(oldDir, id) : undefined, newIds.has(id) ? readArticle(newDir, id) : undefined]);
    c.add(id, a, b, failedOld, failedNew);
  }
  return c.result();
}

/** Article ids of an output folder (or a baseline: the same layout), from json/<id>.json. */
export async function listArticles(dir: string): Promise<Set<string>> {
  try {
    const names = await fs.readdir(path.join(dir, 'json'));
    return new Set(names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).map((n) => n.slice(0, -'.json'.length)));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `${dir}: not an output folder (no json/ folder in it)` : `${dir}: cannot list json/ (${code ?? String(err)})`);
  }
}

async function readArticle(dir: string, id: string): Promise<RunArticle> {
  const file = path.join(dir, 'json', `${id}.json`);
  let data: unknown;
  try {
    data = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message.split('\n')[0]})`);
  }
  const parsed = RunArticle.safeParse(data);
  if (!parsed.success) throw new Error(`${file}: not a per-article result (${z.prettifyError(parsed.error).split('\n').join(' ')})`);
  if (parsed.data.article.id !== id) throw new Error(`${file}: holds article "${parsed.data.article.id}", not "${id}"`);
  return parsed.data;
}

/** Loads a whole output folder (or baseline) into memory: json/<id>.json, and manifest.json when there. */
export async function readRun(dir: string): Promise<Run> {
  const articles = new Map<string, RunArticle>();
  for (const id of [...(await listArticles(dir))].sort(byId)) articles.set(id, await readArticle(dir, id));
  return { articles, failed: await readFailures(dir) };
}

const ManifestFailures = z.object({ inputs: z.array(z.object({ status: z.string(), article: z.string().nullable(), reason: z.string().nullable() })) });

async function readFailures(dir: string): Promise<Map<string, string>> {
  const failed = new Map<string, string>();
  let text: string;
  try {
    text = await fs.readFile(path.join(dir, 'manifest.json'), 'utf8');
  } catch {
    return failed; // a baseline keeps no manifest: nothing to explain with
  }
  const m = ManifestFailures.safeParse(JSON.parse(text));
  if (m.success) for (const e of m.data.inputs) if (e.status === 'failed' && e.article) failed.set(e.article, e.reason ?? 'failed');
  return failed;
}

// ---- the report a reader sees ----

/** A field value in one short token: ISO days and rule ids bare, other strings quoted, spans as start-end. */
export function showValue(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return /^[\w.:+-]+$/.test(v) ? v : JSON.stringify(v);
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) {
    const MAX = 4;
    const items = v.slice(0, MAX).map(showValue);
    return `[${items.join(', ')}${v.length > MAX ? `, … +${v.length - MAX}` : ''}]`;
  }
  const o = v as Rec;
  if (typeof o.start === 'number' && typeof o.end === 'number') return `${o.start}-${o.end}`;
  const s = JSON.stringify(o);
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}

function showChanges(changes: readonly FieldChange[]): string {
  return changes.map((c) => `${c.field} ${showValue(c.old)} → ${showValue(c.new)}`).join('; ');
}

/** What an added or removed record is, beyond its key. */
function brief(kind: RecordKind, r: Rec): string {
  if (kind === 'dates') return ` ${String(r.kind)} ${showValue(r.start)}..${showValue(r.end)}`;
  if (kind === 'metrics') return ` ${showValue(r.value)} ${showValue(r.unit)}`;
  return '';
}

function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word.replace(/ies$/, 'y').replace(/s$/, '') : word}`;
}

/** Per-article lines: `~` changed (with the changed fields), `+` added, `-` removed. */
export function formatDetails(d: RunDiff): string[] {
  const lines: string[] = [];
  for (const a of d.diffs) {
    if (a.status !== 'changed') {
      const n = RECORD_KINDS.map((k) => plural(a[k][a.status].length, k)).join(', ');
      lines.push(`${a.status === 'added' ? '+' : '-'} ${a.id}: article ${a.status} (${n})${a.note ? `; ${a.note}` : ''}`);
      continue;
    }
    lines.push(a.id);
    if (a.article.length > 0) lines.push(`  ~ article: ${showChanges(a.article)}`);
    for (const k of RECORD_KINDS) {
      for (const r of a[k].removed) lines.push(`  - ${k}: ${r.label}${brief(k, r.record)}`);
      for (const r of a[k].added) lines.push(`  + ${k}: ${r.label}${brief(k, r.record)}`);
      for (const c of a[k].changed) lines.push(`  ~ ${k}: ${c.label} ${showChanges(c.changes)}`);
    }
  }
  return lines;
}

/** The counts table, one row per kind, and a line on articles. */
export function formatSummary(d: RunDiff): string[] {
  const cols = ['old', 'new', 'added', 'removed', 'changed', 'unchanged'] as const;
  const rows = [['kind', ...cols], ...RECORD_KINDS.map((k) => [k, ...cols.map((c) => String(d.summary[k][c]))])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const table = rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd());
  const a = d.articles;
  const verdict = d.identical ? 'identical' : `${a.changed} changed, ${a.added} added, ${a.removed} removed`;
  return [...table, `articles: ${a.old} old, ${a.new} new; ${verdict}`];
}

/** The whole text report: details, a blank line, the summary table. */
export function formatDiff(d: RunDiff): string {
  const details = formatDetails(d);
  return [...details, ...(details.length > 0 ? [''] : []), ...formatSummary(d)].join('\n') + '\n';
}
