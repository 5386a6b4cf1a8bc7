// `npm run extract -- [paths…] [options]`: a thin command line over runPipeline.
// Exit 0 when every input is ok (or skipped), 1 when any failed, 2 on a usage error.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { runPipeline, Interrupted, type Progress } from './run.ts';

export const HELP = `usage: npm run extract -- [paths…] [options]

Reads articles (.txt, .md, .html, .jsonl; folders recursively, in sorted order) and writes
entities, dates and deadlines, metrics and vendors as JSON and CSV.

  paths                 files or folders to read (default: corpus/)
  --out DIR             output folder, replaced as a whole when the run ends (default: output)
  --published DATE      reference date (YYYY-MM-DD) for articles without a "published:" header;
                        month-only and relative dates resolve against it
  --concurrency N       files read at once (default: ${Math.max(2, os.availableParallelism())})
  --no-cache            extract every article again instead of reusing unchanged results
  --cache-dir DIR       where per-article results are cached (default: .cache/extract)
  --timings             add per-stage milliseconds to each input in manifest.json
  --quiet               no progress bar, only the summary line
  -h, --help            show this help

Exit status: 0 all inputs ok or skipped, 1 some input failed (the rest is still written),
2 usage error, 130 interrupted (the previous output is left as it was).`;

export class UsageError extends Error {}

export interface CliOptions {
  paths: string[];
  out: string;
  published: string | null;
  concurrency: number;
  cache: boolean;
  cacheDir: string;
  timings: boolean;
  quiet: boolean;
  help: boolean;
}

export function parseCli(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      allowNegative: true,
      options: {
        out: { type: 'string', default: 'output' },
        published: { type: 'string' },
        concurrency: { type: 'string' },
        cache: { type: 'boolean', default: true },
        'cache-dir': { type: 'string', default: '.cache/extract' },
        timings: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0]);
  }
  const v = parsed.values;
  const published = v.published ?? null;
  if (published !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(published) || Number.isNaN(Date.parse(published)))) {
    throw new UsageError(`--published must be a date as YYYY-MM-DD, got "${published}"`);
  }
  let concurrency = Math.max(2, os.availableParallelism());
  if (v.concurrency !== undefined) {
    concurrency = Number(v.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) throw new UsageError(`--concurrency must be a whole number from 1 to 256, got "${v.concurrency}"`);
  }
  return {
    paths: parsed.positionals.length > 0 ? parsed.positionals : ['corpus'],
    out: v.out!,
    published,
    concurrency,
    cache: v.cache!,
    cacheDir: v['cache-dir']!,
    timings: v.timings!,
    quiet: v.quiet!,
    help: v.help!,
  };
}

function progressBar(stream: NodeJS.WriteStream, t0: number) {
  return (p: Progress) => {
    const secs = (performance.now() - t0) / 1000;
    const mbps = p.chars / 1e6 / Math.max(secs, 1e-3);
    const left = p.done > 0 ? (secs / p.done) * (p.total - p.done) : 0;
    const width = 24;
    const filled = p.total > 0 ? Math.round((p.done / p.total) * width) : width;
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${p.total} files  ${mbps.toFixed(2)} MB/s  ${left.toFixed(0)}s left `);
  };
}

export async function main(argv: string[]): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseCli(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`extract: ${err.message} (see --help)\n`);
      return 2;
    }
    throw err;
  }
  if (opts.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const showBar = process.stderr.isTTY && !opts.quiet && !process.env.CI;
  const t0 = performance.now();
  try {
    const { manifest, exitCode, seconds } = await runPipeline({
      paths: opts.paths,
      outDir: opts.out,
      published: opts.published,
      concurrency: opts.concurrency,
      cache: opts.cache,
      cacheDir: opts.cacheDir,
      timings: opts.timings,
      signal: controller.signal,
      onProgress: showBar ? progressBar(process.stderr, t0) : undefined,
      onProblem: (e) => process.stderr.write(`${showBar ? '\r\x1b[K' : ''}extract: ${e.status} ${e.source}: ${e.reason}\n`),
    });
    if (showBar) process.stderr.write('\r\x1b[K');
    const t = manifest.totals;
    const r = t.records;
    process.stderr.write(
      `extract: ${t.ok} ok, ${t.failed} failed, ${t.skipped} skipped (${t.cached} from cache); ` +
        `${r.entities} entities, ${r.dates} dates, ${r.metrics} metrics, ${r.vendors} vendors; ${seconds.toFixed(2)}s → ${opts.out}\n`,
    );
    return exitCode;
  } catch (err) {
    if (showBar) process.stderr.write('\r\x1b[K');
    if (err instanceof Interrupted) {
      process.stderr.write(`extract: ${err.message}\n`);
      return 130;
    }
    process.stderr.write(`extract: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
