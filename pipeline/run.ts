// Runs the stages for every input: discover → read → (cache | prepare → extract → validate)
// → write. Every path given or found ends in the manifest as ok, skipped or failed.
import path from 'node:path';
import pLimit from 'p-limit';
import { discover, readArticles, type ReadOutcome, type ReadProblem } from './1-read.ts';
import { OutputWriter } from './5-write.ts';
import { ResultCache, pipelineHash } from './cache.ts';
import { processArticle, type Processed } from './process.ts';
import type { Manifest, ManifestInput } from './records.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PKG = JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'package.json'), 'utf8')) as { name: string; version: string };

export interface RunOptions {
  paths: string[];
  outDir: string;
  /** reference date for articles without a published header */
  published: string | null;
  /** how many files are read at once */
  concurrency: number;
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

export async function runPipeline(opts: RunOptions): Promise<RunResult> {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const version = await pipelineHash();
  const cache = opts.cache ? new ResultCache(opts.cacheDir, version) : null;
  const writer = new OutputWriter(opts.outDir);
  await writer.begin();
  try {
    const entries: ManifestInput[] = [];
    const report = (e: ManifestInput) => {
      entries.push(e);
      if (e.status !== 'ok') opts.onProblem?.(e);
    };
    const { files, problems } = await discover(opts.paths);
    for (const p of problems) report(entry(p));

    const seen = new Map<string, string>();
    const readLimit = pLimit(Math.max(1, opts.concurrency));
    let done = 0;
    let chars = 0;
    // Files are read ahead under p-limit, but handled in discovery order so that which of
    // two same-id inputs wins does not depend on timing.
    const WINDOW = Math.max(2, opts.concurrency * 2);
    const pending: Promise<ReadOutcome[]>[] = [];
    let next = 0;
    const fill = () => {
      while (pending.length < WINDOW && next < files.length) {
        const f = files[next++]!;
        pending.push(readLimit(() => readArticles(f)));
      }
    };
    fill();
    while (pending.length > 0) {
      if (opts.signal?.aborted) throw new Interrupted();
      const outcomes = await pending.shift()!;
      fill();
      for (const o of outcomes) {
        if (o.status !== 'ok') {
          report(entry(o));
          continue;
        }
        const a = o.article;
        const first = seen.get(a.id);
        if (first !== undefined) {
          report(entry({ status: 'failed', source: o.source, reason: `duplicate article id "${a.id}" (first read from ${first})` }));
          continue;
        }
        seen.set(a.id, o.source);
        const key = cache?.key(a, opts.published);
        let processed: Processed | null = key ? await cache!.get(key) : null;
        const cached = processed !== null;
        if (!processed) {
          processed = processArticle(a, opts.published);
          if (processed.ok && key) await cache!.put(key, processed);
        }
        if (processed.ok) {
          await writer.addArticle(processed.result, processed.json, processed.chunks);
          const r = processed.result;
          report({
            source: o.source,
            status: 'ok',
            reason: null,
            article: a.id,
            cached,
            counts: { entities: r.entities.length, dates: r.dates.length, metrics: r.metrics.length, vendors: r.vendors.length },
            ...(opts.timings ? { timings: roundTimings(processed.timings) } : {}),
          });
        } else {
          if (processed.meta) writer.noteFailedArticle(processed.meta, processed.reason);
          report({ source: o.source, status: 'failed', reason: processed.reason, article: a.id, cached: false, counts: null });
        }
        chars += a.text.length;
      }
      done++;
      opts.onProgress?.({ done, total: files.length, chars });
    }

    const manifest = buildManifest(opts, version, startedAt, entries);
    await writer.finish(manifest);
    return { manifest, exitCode: manifest.totals.failed > 0 ? 1 : 0, seconds: (performance.now() - t0) / 1000 };
  } catch (err) {
    await writer.abort();
    throw err;
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
    options: { paths: opts.paths, published: opts.published, concurrency: opts.concurrency, cache: opts.cache },
    startedAt,
    finishedAt: new Date().toISOString(),
    totals: { inputs: inputs.length, ok: count('ok'), skipped: count('skipped'), failed: count('failed'), cached: inputs.filter((e) => e.cached).length, records },
    inputs,
  };
}
