// `npm run extract -- [paths…] [options]`: a thin command line over runPipeline.
// Exit 0 when every input is ok (or skipped), 1 when any failed, 2 on a usage error,
// 130 when interrupted.
//
// Every option is one entry of OPTIONS: its flag, help line and parser live together, the
// help text and parseArgs' table are generated from it, and CliOptions' type follows from it.
import { existsSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { DEFAULT_MAX_ARTICLE_CHARS } from './1-read.ts';
import { checkAgainstBaseline } from './check.ts';
import { preferSmallHeap } from './heap.ts';
import { progressLine } from './progress.ts';
import { writeReport } from './report/index.ts';
import { runPipeline, Interrupted } from './run.ts';

export class UsageError extends Error {}

interface Spec<T> {
  type: 'string' | 'boolean';
  /** placeholder shown in the help for a string option */
  arg?: string;
  short?: string;
  /** how the help shows the flag, when not as --key (e.g. --no-cache for an option on by default) */
  shown?: string;
  help: string;
  /** turns what parseArgs found (undefined when absent) into the option's value; throws UsageError */
  parse: (raw: string | boolean | undefined, flag: string) => T;
}

const str = (fallback: string) => (raw: string | boolean | undefined) => (typeof raw === 'string' ? raw : fallback);
const flagOn = (fallback: boolean) => (raw: string | boolean | undefined) => (typeof raw === 'boolean' ? raw : fallback);
const wholeNumber = (fallback: number, min: number, max: number) => (raw: string | boolean | undefined, flag: string) => {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(String(raw)) || n < min || n > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
};
const CORES = os.availableParallelism();

export const OPTIONS = {
  out: { type: 'string', arg: 'DIR', help: 'output folder, replaced as a whole when the run ends (default: output)', parse: str('output') },
  published: {
    type: 'string',
    arg: 'DATE',
    help: 'reference date (YYYY-MM-DD) for articles without a "published:" header;\nmonth-only and relative dates resolve against it',
    parse: (raw, flag) => {
      if (raw === undefined || typeof raw === 'boolean') return null;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(raw))) throw new UsageError(`${flag} must be a date as YYYY-MM-DD, got "${raw}"`);
      return raw;
    },
  },
  workers: { type: 'string', arg: 'K', help: `worker threads extracting articles; 1 runs in the main thread (default: the ${CORES} cores)`, parse: wholeNumber(CORES, 1, 64) },
  concurrency: { type: 'string', arg: 'N', help: `files read at once (default: ${Math.max(2, CORES)})`, parse: wholeNumber(Math.max(2, CORES), 1, 256) },
  vendors: {
    type: 'string',
    arg: 'FILE',
    help: 'supplier list for the vendors extractor (its content is part of the cache key)',
    parse: (raw, flag) => {
      if (typeof raw !== 'string') return null;
      if (!existsSync(raw)) throw new UsageError(`${flag}: no such file "${raw}"`);
      return raw;
    },
  },
  maxMb: {
    type: 'string',
    arg: 'N',
    help: `longest article extracted, in millions of characters; longer ones fail with a reason (default: ${DEFAULT_MAX_ARTICLE_CHARS / 1e6})`,
    parse: (raw, flag) => {
      if (raw === undefined) return DEFAULT_MAX_ARTICLE_CHARS / 1e6;
      const n = Number(raw);
      if (typeof raw !== 'string' || !/^\d+(\.\d+)?$/.test(raw) || n <= 0 || n > 1000) throw new UsageError(`${flag} must be a number above 0 and at most 1000, got "${raw}"`);
      return n;
    },
  },
  cache: { type: 'boolean', shown: '--no-cache', help: 'extract every article again instead of reusing unchanged results', parse: flagOn(true) },
  cacheDir: { type: 'string', arg: 'DIR', help: 'where per-article results are cached (default: .cache/extract)', parse: str('.cache/extract') },
  report: { type: 'boolean', shown: '--no-report', help: 'skip the HTML report (report/index.html in the output folder)', parse: flagOn(true) },
  check: {
    type: 'string',
    arg: 'DIR',
    help: 'compare the records with a baseline folder (its json/); exit 1 and print\nwhat changed when they differ (for CI)',
    parse: (raw) => (typeof raw === 'string' ? raw : null),
  },
  update: { type: 'boolean', help: 'with --check: accept this run as the new baseline', parse: flagOn(false) },
  timings: { type: 'boolean', help: 'add per-stage milliseconds to each input in manifest.json', parse: flagOn(false) },
  quiet: { type: 'boolean', help: 'no progress bar, only problems and the summary line', parse: flagOn(false) },
  help: { type: 'boolean', short: 'h', help: 'show this help', parse: flagOn(false) },
} satisfies Record<string, Spec<unknown>>;

type Options = typeof OPTIONS;
export type CliOptions = { paths: string[] } & { [K in keyof Options]: ReturnType<Options[K]['parse']> };

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function helpText(): string {
  const rows: [string, string][] = [['paths', 'files or folders to read (default: corpus/)']];
  for (const [key, spec] of Object.entries(OPTIONS) as [string, Spec<unknown>][]) {
    const name = spec.shown ?? `${spec.short ? `-${spec.short}, ` : ''}--${kebab(key)}${spec.arg ? ` ${spec.arg}` : ''}`;
    rows.push([name, spec.help]);
  }
  const pad = Math.max(...rows.map(([n]) => n.length)) + 2;
  const lines = rows.flatMap(([n, h]) => h.split('\n').map((line, i) => `  ${(i === 0 ? n : '').padEnd(pad)}${line}`));
  return `usage: npm run extract -- [paths…] [options]

Reads articles (.txt, .md, .html, .jsonl; folders recursively, in sorted order) and writes
entities, dates and deadlines, metrics and vendors as JSON and CSV.

${lines.join('\n')}

Exit status: 0 all inputs ok or skipped, 1 some input failed (the rest is still written),
2 usage error, 130 interrupted (the previous output is left as it was).`;
}
export const HELP = helpText();

export function parseCli(argv: string[]): CliOptions {
  const table = Object.fromEntries(
    (Object.entries(OPTIONS) as [string, Spec<unknown>][]).map(([key, spec]) => [kebab(key), { type: spec.type, ...(spec.short ? { short: spec.short } : {}) }]),
  ) as Record<string, { type: 'string' | 'boolean'; short?: string }>;
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, allowNegative: true, options: table });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0]);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const out: Record<string, unknown> = { paths: parsed.positionals.length > 0 ? parsed.positionals : ['corpus'] };
  for (const [key, spec] of Object.entries(OPTIONS) as [string, Spec<unknown>][]) {
    const raw = values[kebab(key)];
    if (spec.type === 'string' && typeof raw === 'boolean') throw new UsageError(`--no-${kebab(key)} is not an option`);
    out[key] = spec.parse(raw, `--${kebab(key)}`);
  }
  if (out.update === true && out.check === null) throw new UsageError('--update needs --check DIR (the baseline to replace)');
  return out as CliOptions;
}

export async function main(argv: string[], stderr: NodeJS.WriteStream = process.stderr): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseCli(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      stderr.write(`extract: ${err.message} (see --help)\n`);
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
  const bar = progressLine(stderr, Boolean(stderr.isTTY) && !opts.quiet && !process.env.CI);
  try {
    const { manifest, exitCode, seconds } = await runPipeline({
      paths: opts.paths,
      outDir: opts.out,
      published: opts.published,
      concurrency: opts.concurrency,
      workers: opts.workers,
      vendorsFile: opts.vendors,
      maxArticleChars: Math.round(opts.maxMb * 1e6),
      cache: opts.cache,
      cacheDir: opts.cacheDir,
      timings: opts.timings,
      signal: controller.signal,
      onProgress: bar.update,
      onProblem: (e) => {
        bar.clear();
        stderr.write(`extract: ${e.status} ${e.source}: ${e.reason}\n`);
      },
    });
    bar.clear();
    const t = manifest.totals;
    const r = t.records;
    stderr.write(
      `extract: ${t.ok} ok, ${t.failed} failed, ${t.skipped} skipped (${t.cached} from cache); ` +
        `${r.entities} entities, ${r.dates} dates, ${r.metrics} metrics, ${r.vendors} vendors; ${seconds.toFixed(2)}s → ${opts.out}\n`,
    );
    if (opts.report) {
      const report = await writeReport(opts.out);
      for (const problem of report.problems) stderr.write(`extract: report: ${problem}\n`);
    }
    if (opts.check !== null) {
      const check = await checkAgainstBaseline(opts.out, opts.check, { update: opts.update });
      stderr.write(check.summary);
      return Math.max(exitCode, check.exitCode);
    }
    return exitCode;
  } catch (err) {
    bar.clear();
    if (err instanceof Interrupted) {
      stderr.write(`extract: ${err.message}\n`);
      return 130;
    }
    stderr.write(`extract: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  preferSmallHeap();
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
