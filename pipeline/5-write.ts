// Writes a run into a staging folder beside the output folder and swaps it in at the end,
// so an interrupted run leaves the previous output complete. Articles are written one at a
// time as they finish (JSON plus CSV row chunks); the combined CSVs are streamed together
// in article-id order at the end, so memory does not grow with the corpus.
import { createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { TABLE_NAMES, toCsv, type Row, type TableName } from './csv.ts';
import { ArticleResult, Manifest, RECORD_SCHEMAS } from './records.ts';
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

export class OutputWriter {
  readonly outDir: string;
  readonly staging: string;
  private readonly chunkDir: string;
  private readonly articleRows = new Map<string, Row>();

  constructor(outDir: string) {
    this.outDir = path.resolve(outDir);
    this.staging = `${this.outDir}.partial-${process.pid}`;
    this.chunkDir = path.join(this.staging, '.chunks');
  }

  async begin(): Promise<void> {
    await removeStaleStaging(this.outDir);
    await fs.rm(this.staging, { recursive: true, force: true });
    await fs.mkdir(path.join(this.staging, 'json'), { recursive: true });
    await fs.mkdir(path.join(this.staging, 'csv'), { recursive: true });
    await fs.mkdir(path.join(this.staging, 'schema'), { recursive: true });
    await fs.mkdir(this.chunkDir, { recursive: true });
  }

  /** Writes one article's JSON and CSV row chunks as soon as it is done. */
  async addArticle(result: ArticleResult, jsonText: string, chunks: ArticleChunks): Promise<void> {
    const id = result.article.id;
    await fs.writeFile(path.join(this.staging, 'json', `${id}.json`), jsonText);
    await fs.writeFile(path.join(this.chunkDir, `${encodeURIComponent(id)}.json`), JSON.stringify(chunks));
    this.articleRows.set(id, {
      ...articleRow(result.article),
      entities: result.entities.length,
      dates: result.dates.length,
      metrics: result.metrics.length,
      vendors: result.vendors.length,
      status: 'ok',
      reason: null,
    });
  }

  /** An article that was read but failed later still gets its row in articles.csv. */
  noteFailedArticle(meta: ArticleMeta, reason: string): void {
    this.articleRows.set(meta.id, { ...articleRow(meta), entities: null, dates: null, metrics: null, vendors: null, status: 'failed', reason });
  }

  /** Assembles the CSVs in article-id order, writes schemas and manifest, and swaps the staging folder in. */
  async finish(manifest: Manifest): Promise<void> {
    const ids = [...this.articleRows.keys()].sort(compareIds);
    await fs.writeFile(path.join(this.staging, 'csv', 'articles.csv'), BOM + toCsv('articles', ids.map((id) => this.articleRows.get(id)!), true));
    const okIds = ids.filter((id) => this.articleRows.get(id)!.status === 'ok');
    for (const table of TABLE_NAMES) {
      if (table === 'articles') continue;
      const out = createWriteStream(path.join(this.staging, 'csv', `${table}.csv`));
      await pipeline(
        (async function* (chunkDir: string) {
          yield BOM + toCsv(table, [], true);
          for (const id of okIds) {
            const chunks = JSON.parse(await fs.readFile(path.join(chunkDir, `${encodeURIComponent(id)}.json`), 'utf8')) as ArticleChunks;
            yield chunks[table];
          }
        })(this.chunkDir),
        out,
      );
    }
    await fs.rm(this.chunkDir, { recursive: true, force: true });
    for (const [name, schema] of Object.entries(JSON_SCHEMAS)) {
      await fs.writeFile(path.join(this.staging, 'schema', `${name}.json`), stableJson(z.toJSONSchema(schema)));
    }
    await fs.writeFile(path.join(this.staging, 'manifest.json'), stableJson(manifest));
    await swapIn(this.staging, this.outDir);
  }

  /** Drops the staging folder (on an interrupted or failed run); the previous output stays. */
  async abort(): Promise<void> {
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
    const m = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:partial|old)-(\\d+)$`).exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid !== process.pid && isAlive(pid)) continue;
    await fs.rm(path.join(parent, name), { recursive: true, force: true });
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

