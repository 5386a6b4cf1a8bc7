// Runs the stages for every input: discover → read → (cache | prepare → extract → validate)
// → write. Every path given or found ends in the manifest as ok, skipped or failed.
//
// Articles are read ahead under p-limit and extracted on a worker pool, but their results
// are taken strictly in discovery order through a bounded window: the manifest, the output
// files and which of two same-id inputs wins never depend on timing or on the number of
// workers, and memory holds only the window, not the corpus.
import { createHash } from 'node:crypto';
import { readFileSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { DEFAULT_MAX_ARTICLE_CHARS, discover, readArticles, type ReadOutcome, type ReadProblem } from './1-read.ts';
import { OutputWriter } from './5-write.ts';
import { ResultCache, pipelineHash } from './cache.ts';
import { createRunner } from './pool.ts';
import type { ProcessOptions, Written } from './process.ts';
import type { Manifest, ManifestInput } from './records.ts';
import type { Article } from './article.ts';

const PKG = JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'package.json'), 'utf8')) as { name: string; version: string };

export interface RunOptions {
  paths: string[];
  outDir: string;
  /** reference date for articles without a published header */
  published: string | null;
  /** how many files are read at once */
  concurrency: number;
  /** worker threads that extract articles (default 1: in the main thread) */
  workers?: number;
  /** longest article text extracted, in characters (default DEFAULT_MAX_ARTICLE_CHARS) */
  maxArticleChars?: number;
  /** supplier list for the vendors extractor; its content is part of the cache key */
  vendorsFile?: string | null;
  cache: boolean;
  cacheDir: string;
  timings: boolean;
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
  /** one line per skipped or failed input, as it happens */
  onProblem?: (entry: ManifestInput) => void;
}

export interface Progress {
  done: number;
  total: number;
  chars: number;
}

export interface RunResult {
  manifest: Manifest;
  exitCode: 0 | 1;
  seconds: number;
}

export class Interrupted extends Error {
  constructor() {
    super('interrupted; the previous output was left as it was');
  }
}

/** One manifest entry in the making: ready now (a read problem), or waiting for its article. */
interface Slot {
  lastOfFile: boolean;
  chars: number;
  settle: () => Promise<ManifestInput>;
}

export async function runPipeline(opts: RunOptions): Promise<RunResult> {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const vendors = opts.vendorsFile ? await readVendorsFile(opts.vendorsFile) : null;
  const processOptions: ProcessOptions = { vendorsFile: opts.vendorsFile ?? null };
  const version = await pipelineHash();
  const cache = opts.cache ? new ResultCache(opts.cacheDir, version) : null;
  const cacheExtra = vendors ? `vendors ${vendors.sha256}` : '';
  const workers = Math.max(1, opts.workers ?? 1);
  const writer = new OutputWriter(opts.outDir);
  await writer.begin();
  const runner = createRunner(workers, opts.published, processOptions);
  const checkSignal = () => {
    if (opts.signal?.aborted) throw new Interrupted();
  };
  try {
    const entries: ManifestInput[] = [];
    const report = (e: ManifestInput) => {
      entries.push(e);
      if (e.status !== 'ok') opts.onProblem?.(e);
    };
    const { files, problems } = await discover(opts.paths);
    for (const p of problems) report(entry(p));

    // An article, from the cache or from the pool, written as soon as its turn comes.
    const articleSlot = (o: { source: string; article: Article }): (() => Promise<ManifestInput>) => {
      const a = o.article;
      const key = cache?.key(a, opts.published, cacheExtra);
      const pending: Promise<{ processed: Written; cached: boolean }> = (async () => {
        const hit = key ? await cache!.get(key) : null;
        if (hit) return { processed: hit, cached: true };
        return { processed: await runner.run(a), cached: false };
      })();
      pending.catch(() => {}); // a run that stops early never awaits it
      return async () => {
        const { processed, cached } = await pending;
        if (!processed.ok) {
          if (processed.meta) writer.noteFailedArticle(processed.meta, processed.reason);
          return { source: o.source, status: 'failed', reason: processed.reason, article: a.id, cached: false, counts: null };
        }
        if (key && !cached) await cache!.put(key, processed);
        const tw = performance.now();
        await writer.addArticle(processed.summary, processed.json, processed.chunks);
        return {
          source: o.source,
          status: 'ok',
          reason: null,
          article: a.id,
          cached,
          counts: processed.summary.counts,
          ...(opts.timings ? { timings: roundTimings({ ...processed.timings, write: performance.now() - tw }) } : {}),
        };
      };
    };

    // A generator, so that a .jsonl file of thousands of articles is dispatched a window at a
    // time, not all at once.
    const seen = new Map<string, string>();
    function* toSlots(outcomes: ReadOutcome[]): Generator<Slot> {
      for (const [i, o] of outcomes.entries()) {
        const lastOfFile = i === outcomes.length - 1;
        if (o.status !== 'ok') {
          yield { lastOfFile, chars: 0, settle: async () => entry(o) };
          continue;
        }
        const first = seen.get(o.article.id);
        if (first !== undefined) {
          const dup = entry({ status: 'failed', source: o.source, reason: `duplicate article id "${o.article.id}" (first read from ${first})` });
          yield { lastOfFile, chars: 0, settle: async () => dup };
          continue;
        }
        seen.set(o.article.id, o.source);
        yield { lastOfFile, chars: o.article.text.length, settle: articleSlot(o) };
      }
    }

    // Reads run ahead of extraction by a few files; extraction runs ahead of writing by a
    // few articles per worker. Both windows are fixed, so memory does not grow with the corpus.
    const readLimit = pLimit(Math.max(1, opts.concurrency));
    const readWindow = Math.max(2, opts.concurrency * 2);
    const slotWindow = workers * 2 + 2;
    const reads: Promise<ReadOutcome[]>[] = [];
    const slots: Slot[] = [];
    let nextFile = 0;
    let done = 0;
    let chars = 0;
    const fillReads = () => {
      while (reads.length < readWindow && nextFile < files.length) {
        const f = files[nextFile++]!;
        reads.push(readLimit(() => readArticles(f, { maxArticleChars: opts.maxArticleChars })));
      }
    };
    const settleHead = async () => {
      const s = slots.shift()!;
      report(await s.settle());
      chars += s.chars;
      if (s.lastOfFile) {
        done++;
        opts.onProgress?.({ done, total: files.length, chars });
      }
      checkSignal();
    };
    fillReads();
    while (reads.length > 0) {
      checkSignal();
      const outcomes = await reads.shift()!;
      fillReads();
      for (const s of toSlots(outcomes)) {
        slots.push(s);
        while (slots.length >= slotWindow) await settleHead();
      }
    }
    while (slots.length > 0) await settleHead();

    const manifest = buildManifest(opts, version, startedAt, entries);
    await writer.finish(manifest);
    return { manifest, exitCode: manifest.totals.failed > 0 ? 1 : 0, seconds: (performance.now() - t0) / 1000 };
  } catch (err) {
    await writer.abort();
    throw err;
  } finally {
    await runner.close();
  }
}

/** Hashes the user's supplier file for the cache key and checks it once, before any article is read. */
async function readVendorsFile(file: string): Promise<{ sha256: string }> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    throw new Error(`cannot read the vendors file ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  await loadSuppliersChecked(file);
  return { sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Imported only for a --vendors file: the shipped gazetteer, validated when its module loads,
 * costs the main thread about 13 MB, which a run on worker threads would hold for nothing.
 */
async function loadSuppliersChecked(file: string): Promise<void> {
  const { loadSuppliers } = await import('../extractors/vendors/gazetteer.ts');
  try {
    loadSuppliers(file);
  } catch (err) {
    throw new Error((err as Error).message.split('\n').map((l) => l.trim()).filter(Boolean).join(' '));
  }
}

function entry(o: ReadProblem): ManifestInput {
  return { source: o.source, status: o.status, reason: o.reason, article: null, cached: false, counts: null };
}

function roundTimings(t: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v * 100) / 100]));
}

function buildManifest(opts: RunOptions, version: string, startedAt: string, entries: ManifestInput[]): Manifest {
  // Entries are already in a deterministic order: path problems, then files in sorted discovery order.
  const inputs = entries;
  const records = { entities: 0, dates: 0, metrics: 0, vendors: 0 };
  for (const e of inputs) if (e.counts) for (const k of Object.keys(records) as (keyof typeof records)[]) records[k] += e.counts[k];
  const count = (s: string) => inputs.filter((e) => e.status === s).length;
  return {
    tool: { name: PKG.name, version: PKG.version, pipelineHash: version },
    options: {
      paths: opts.paths,
      published: opts.published,
      concurrency: opts.concurrency,
      cache: opts.cache,
      vendorsFile: opts.vendorsFile ?? null,
      maxArticleChars: opts.maxArticleChars ?? DEFAULT_MAX_ARTICLE_CHARS,
    },
    startedAt,
    finishedAt: new Date().toISOString(),
    totals: { inputs: inputs.length, ok: count('ok'), skipped: count('skipped'), failed: count('failed'), cached: inputs.filter((e) => e.cached).length, records },
    inputs,
  };
}
