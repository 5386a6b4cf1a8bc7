// Writes a run into a staging folder beside the output folder and swaps it in at the end,
// so an interrupted run leaves the previous output complete. Articles are written one at a
// time as they finish: the JSON file, and each table's CSV rows appended to a spool file.
// When articles arrive in id order (one folder of files, the usual case) the spools are the
// finished CSVs; otherwise they are copied out in id order by offset. Memory holds only a
// few numbers per article, never the rows.
import { createWriteStream, promises as fs, type WriteStream } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import pLimit from 'p-limit';
import { z } from 'zod';
import { TABLE_NAMES, toCsv, type Row, type TableName } from './csv.ts';
import { ArticleResult, Manifest, RECORD_SCHEMAS, type ArticleSummary } from './records.ts';
import type { ArticleMeta } from './schema.ts';

const BOM = '\uFEFF';

export type ArticleChunks = Record<Exclude<TableName, 'articles'>, string>;

/** Writes `data` to `file` through a temporary name and a rename, so readers never see half a file. */
export async function writeFileAtomic(file: string, data: string): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  await fs.writeFile(tmp, data);
  await fs.rename(tmp, file);
}

export function stableJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

type SpoolTable = Exclude<TableName, 'articles'>;
const MAX_QUEUED = 16;
const SPOOL_TABLES = TABLE_NAMES.filter((t): t is SpoolTable => t !== 'articles');

export class OutputWriter {
  readonly outDir: string;
  readonly staging: string;
  private readonly spoolDir: string;
  private readonly articleRows = new Map<string, Row>();
  private readonly spools = new Map<SpoolTable, { stream: WriteStream; bytes: number }>();
  /** where each article's rows sit in each spool: [offset, length] per table, in SPOOL_TABLES order */
  private readonly placed = new Map<string, [number, number][]>();
  private lastId: string | null = null;
  private inIdOrder = true;
  /**
   * Per-article JSON files are written in the background, a few at a time, so extraction does
   * not wait on the disk; at most MAX_QUEUED wait their turn, which bounds the memory they hold.
   */
  private readonly writeLimit = pLimit(4);
  private readonly inFlight = new Set<Promise<void>>();
  private writeError: Error | null = null;

  constructor(outDir: string) {
    this.outDir = path.resolve(outDir);
    this.staging = `${this.outDir}.partial-${process.pid}`;
    this.spoolDir = path.join(this.staging, '.spool');
  }

  async begin(): Promise<void> {
    await removeStaleStaging(this.outDir);
    await fs.rm(this.staging, { recursive: true, force: true });
    for (const sub of ['json', 'csv', 'schema', '.spool']) await fs.mkdir(path.join(this.staging, sub), { recursive: true });
    for (const table of SPOOL_TABLES) {
      const stream = createWriteStream(path.join(this.spoolDir, `${table}.csv`));
      const header = BOM + toCsv(table, [], true);
      stream.write(header);
      this.spools.set(table, { stream, bytes: Buffer.byteLength(header) });
    }
  }

  /** Writes one article's JSON and appends its CSV rows as soon as it is done. */
  async addArticle(summary: ArticleSummary, jsonText: string, chunks: ArticleChunks): Promise<void> {
    const id = summary.article.id;
    this.throwIfWriteFailed();
    while (this.inFlight.size >= MAX_QUEUED) await Promise.race(this.inFlight);
    const write: Promise<void> = this.writeLimit(() => fs.writeFile(path.join(this.staging, 'json', `${id}.json`), jsonText))
      .catch((err: Error) => {
        this.writeError ??= err;
      })
      .finally(() => this.inFlight.delete(write));
    this.inFlight.add(write);
    const where: [number, number][] = [];
    for (const table of SPOOL_TABLES) {
      const spool = this.spools.get(table)!;
      const length = Buffer.byteLength(chunks[table]);
      where.push([spool.bytes, length]);
      spool.bytes += length;
      // Back-pressure: wait for the stream to drain rather than buffer a corpus in memory.
      if (!spool.stream.write(chunks[table])) await new Promise<void>((r) => spool.stream.once('drain', () => r()));
    }
    this.placed.set(id, where);
    if (this.lastId !== null && compareIds(this.lastId, id) >= 0) this.inIdOrder = false;
    this.lastId = id;
    this.articleRows.set(id, {
      ...articleRow(summary.article),
      ...summary.counts,
      status: 'ok',
      reason: null,
    });
  }

  private throwIfWriteFailed(): void {
    if (this.writeError) throw this.writeError;
  }

  /** An article that was read but failed later still gets its row in articles.csv. */
  noteFailedArticle(meta: ArticleMeta, reason: string): void {
    this.articleRows.set(meta.id, { ...articleRow(meta), entities: null, dates: null, metrics: null, vendors: null, status: 'failed', reason });
  }

  private async closeSpools(): Promise<void> {
    await Promise.all([...this.spools.values()].map(({ stream }) => new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())))));
    this.spools.clear();
  }

  /** Finishes the CSVs in article-id order, writes schemas and manifest, and swaps the staging folder in. */
  async finish(manifest: Manifest): Promise<void> {
    await Promise.all(this.inFlight);
    this.throwIfWriteFailed();
    const ids = [...this.articleRows.keys()].sort(compareIds);
    await fs.writeFile(path.join(this.staging, 'csv', 'articles.csv'), BOM + toCsv('articles', ids.map((id) => this.articleRows.get(id)!), true));
    await this.closeSpools();
    const okIds = ids.filter((id) => this.placed.has(id));
    for (const [t, table] of SPOOL_TABLES.entries()) {
      const spool = path.join(this.spoolDir, `${table}.csv`);
      const target = path.join(this.staging, 'csv', `${table}.csv`);
      if (this.inIdOrder) {
        await fs.rename(spool, target);
        continue;
      }
      const handle = await fs.open(spool, 'r');
      try {
        const placed = this.placed;
        await pipeline(
          (async function* () {
            const head = BOM + toCsv(table, [], true);
            yield head;
            for (const id of okIds) {
              const [offset, length] = placed.get(id)![t]!;
              if (length === 0) continue;
              const buf = Buffer.alloc(length);
              await handle.read(buf, 0, length, offset);
              yield buf;
            }
          })(),
          createWriteStream(target),
        );
      } finally {
        await handle.close();
      }
    }
    await fs.rm(this.spoolDir, { recursive: true, force: true });
    for (const [name, schema] of Object.entries(JSON_SCHEMAS)) {
      await fs.writeFile(path.join(this.staging, 'schema', `${name}.json`), stableJson(z.toJSONSchema(schema)));
    }
    await fs.writeFile(path.join(this.staging, 'manifest.json'), stableJson(manifest));
    await swapIn(this.staging, this.outDir);
  }

  /** Drops the staging folder (on an interrupted or failed run); the previous output stays. */
  async abort(): Promise<void> {
    await Promise.all(this.inFlight);
    await this.closeSpools().catch(() => {});
    await fs.rm(this.staging, { recursive: true, force: true });
  }
}

const JSON_SCHEMAS: Record<string, z.ZodType> = {
  'article-result': ArticleResult,
  entities: RECORD_SCHEMAS.entities,
  dates: RECORD_SCHEMAS.dates,
  metrics: RECORD_SCHEMAS.metrics,
  vendors: RECORD_SCHEMAS.vendors,
  manifest: Manifest,
};

function articleRow(meta: ArticleMeta): Row {
  const { id, ...rest } = meta;
  return { article: id, ...rest };
}

/** Code-unit order, not locale order, so every machine sorts the same way. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Replaces outDir by staging: the old output is renamed aside first and removed only after the swap. */
async function swapIn(staging: string, outDir: string): Promise<void> {
  const old = `${outDir}.old-${process.pid}`;
  let hadOld = false;
  try {
    await fs.rename(outDir, old);
    hadOld = true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  try {
    await fs.rename(staging, outDir);
  } catch (err) {
    if (hadOld) await fs.rename(old, outDir);
    throw err;
  }
  if (hadOld) await carryOver(old, outDir);
  await fs.rm(old, { recursive: true, force: true });
}

/** Files other commands keep in the output folder (evaluation, benchmark) survive a new run. */
async function carryOver(old: string, outDir: string): Promise<void> {
  for (const name of ['eval.json', 'bench.json']) {
    try {
      await fs.copyFile(path.join(old, name), path.join(outDir, name));
    } catch {
      /* not there: nothing to keep */
    }
  }
}

/** Removes staging folders left by runs that were killed (their process is gone). */
async function removeStaleStaging(outDir: string): Promise<void> {
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  let names: string[];
  try {
    names = await fs.readdir(parent);
  } catch {
    return;
  }
  for (const name of names) {
    const m = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(partial|old)-(\\d+)$`).exec(name);
    if (!m) continue;
    const pid = Number(m[2]);
    if (pid !== process.pid && isAlive(pid)) continue;
    // A run killed between the two renames of swapIn left the previous output aside: put it back.
    if (m[1] === 'old' && !(await exists(outDir))) {
      await fs.rename(path.join(parent, name), outDir);
      continue;
    }
    await fs.rm(path.join(parent, name), { recursive: true, force: true });
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

