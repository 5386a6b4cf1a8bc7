// Record-level diff between two runs: per article and per kind, records are matched by what
// identifies them (entity type + name, date kind + text, metric text, vendor name), so a
// changed rule shows as the few records it touched rather than as shifted CSV rows.
// `diffRuns` is pure; `readRun` is the only part that touches the disk.
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

/** Compares two loaded runs record by record. Pure: same inputs, same result, nothing read or written. */
export function diffRuns(oldRun: Run, newRun: Run): RunDiff {
  const ids = [...new Set([...oldRun.articles.keys(), ...newRun.articles.keys()])].sort(byId);
  const summary = Object.fromEntries(RECORD_KINDS.map((k) => [k, { old: 0, new: 0, added: 0, removed: 0, changed: 0, unchanged: 0 }])) as Record<RecordKind, KindCounts>;
  const diffs: ArticleDiff[] = [];
  const noRecords: RunArticle = { article: { id: '' }, entities: [], dates: [], metrics: [], vendors: [] };
  for (const id of ids) {
    const a = oldRun.articles.get(id);
    const b = newRun.articles.get(id);
    const status = !a ? 'added' : !b ? 'removed' : 'changed';
    const note = !a ? (oldRun.failed.has(id) ? `failed in the old run: ${oldRun.failed.get(id)}` : null) : !b ? (newRun.failed.has(id) ? `failed in the new run: ${newRun.failed.get(id)}` : null) : null;
    const d: ArticleDiff = {
      id,
      status,
      note,
      article: a && b ? fieldChanges(a.article, b.article) : [],
      entities: diffKind('entities', (a ?? noRecords).entities, (b ?? noRecords).entities),
      dates: diffKind('dates', (a ?? noRecords).dates, (b ?? noRecords).dates),
      metrics: diffKind('metrics', (a ?? noRecords).metrics, (b ?? noRecords).metrics),
      vendors: diffKind('vendors', (a ?? noRecords).vendors, (b ?? noRecords).vendors),
    };
    for (const k of RECORD_KINDS) {
      const s = summary[k];
      s.old += a?.[k].length ?? 0;
      s.new += b?.[k].length ?? 0;
      s.added += d[k].added.length;
      s.removed += d[k].removed.length;
      s.changed += d[k].changed.length;
    }
    if (!isEmpty(d) || status !== 'changed') diffs.push(d);
  }
  for (const k of RECORD_KINDS) summary[k].unchanged = summary[k].old - summary[k].removed - summary[k].changed;
  const count = (s: ArticleDiff['status']) => diffs.filter((d) => d.status === s).length;
  return {
    identical: diffs.length === 0,
    articles: { old: oldRun.articles.size, new: newRun.articles.size, added: count('added'), removed: count('removed'), changed: count('changed') },
    diffs,
    summary,
  };
}

/** Reads an output folder (or a baseline: the same layout) — `json/<id>.json`, and manifest.json when there. */
export async function readRun(dir: string): Promise<Run> {
  const jsonDir = path.join(dir, 'json');
  let names: string[];
  try {
    names = (await fs.readdir(jsonDir)).filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort(byId);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `${dir}: not an output folder (no json/ folder in it)` : `${dir}: cannot list json/ (${code ?? String(err)})`);
  }
  const articles = new Map<string, RunArticle>();
  for (const name of names) {
    const file = path.join(jsonDir, name);
    let parsed;
    try {
      parsed = RunArticle.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
    } catch (err) {
      throw new Error(`${file}: not valid JSON (${(err as Error).message.split('\n')[0]})`);
    }
    if (!parsed.success) throw new Error(`${file}: not a per-article result (${z.prettifyError(parsed.error).split('\n').join(' ')})`);
    articles.set(parsed.data.article.id, parsed.data);
  }
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
