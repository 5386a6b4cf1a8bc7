// `extract … --check BASELINE [--update]`: diffs a finished run against a stored baseline so a
// user's CI fails when the extraction of their corpus changes. The baseline is the run's
// json/ folder alone (the manifest and CSVs carry times and derive from the JSON), so it can
// be committed and `npm run diff -- BASELINE OUT` reads it like any output folder.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { diffFolders, formatDetails, formatSummary, listArticles, type RunDiff } from './diff.ts';

export interface CheckOptions {
  /** accept this run: rewrite the baseline with it (exit 0) */
  update: boolean;
  /** at most this many detail lines in the summary; a CI log needs the gist, `npm run diff` gives all */
  maxLines?: number;
}

export interface CheckResult {
  exitCode: 0 | 1;
  /** the text to print: what changed, the counts table and a verdict line */
  summary: string;
  /** null when there was no baseline to compare with */
  diff: RunDiff | null;
}

async function hasBaseline(dir: string): Promise<boolean> {
  try {
    return (await fs.stat(path.join(dir, 'json'))).isDirectory();
  } catch {
    return false;
  }
}

export async function checkAgainstBaseline(outDir: string, baselineDir: string, opts: CheckOptions): Promise<CheckResult> {
  const n = (await listArticles(outDir)).size;
  if (!(await hasBaseline(baselineDir))) {
    if (!opts.update) return { exitCode: 1, diff: null, summary: `check: no baseline at ${baselineDir} (no json/ folder); run again with --update to create it\n` };
    await replaceBaseline(outDir, baselineDir);
    return { exitCode: 0, diff: null, summary: `check: baseline created at ${baselineDir} (${n} articles)\n` };
  }
  const diff = await diffFolders(baselineDir, outDir);
  if (diff.identical) return { exitCode: 0, diff, summary: `check: same records as the baseline ${baselineDir} (${n} articles)\n` };

  const max = opts.maxLines ?? 200;
  const details = formatDetails(diff);
  const shown = details.length > max ? [...details.slice(0, max), `… ${details.length - max} more lines: npm run diff -- ${baselineDir} ${outDir}`] : details;
  const changes = Object.values(diff.summary).reduce((s, k) => s + k.added + k.removed + k.changed, 0);
  let verdict: string;
  if (opts.update) {
    await replaceBaseline(outDir, baselineDir);
    verdict = `check: baseline ${baselineDir} updated (${changes} record changes accepted)`;
  } else {
    verdict = `check: the extraction changed against the baseline ${baselineDir} (${changes} record changes); run again with --update to accept it`;
  }
  return { exitCode: opts.update ? 0 : 1, diff, summary: [...shown, '', ...formatSummary(diff), verdict].join('\n') + '\n' };
}

/**
 * Copies outDir/json to baselineDir/json through a staging folder and two renames, so an
 * interrupted update leaves the old baseline whole. Other files in baselineDir are kept.
 */
async function replaceBaseline(outDir: string, baselineDir: string): Promise<void> {
  const target = path.join(baselineDir, 'json');
  const staging = `${target}.partial-${process.pid}`;
  const old = `${target}.old-${process.pid}`;
  await fs.mkdir(baselineDir, { recursive: true });
  await fs.rm(staging, { recursive: true, force: true });
  await fs.cp(path.join(outDir, 'json'), staging, { recursive: true });
  let hadOld = false;
  try {
    await fs.rename(target, old);
    hadOld = true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  try {
    await fs.rename(staging, target);
  } catch (err) {
    if (hadOld) await fs.rename(old, target);
    throw err;
  }
  if (hadOld) await fs.rm(old, { recursive: true, force: true });
}
