// Reruns reuse the per-article cache: only new or changed articles are extracted, the combined
// CSVs equal a full run's, removed articles disappear, --no-cache and a new vendors file miss.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cp, mkdtemp, readFile, readdir, rm, writeFile, appendFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type RunOptions } from '../../pipeline/run.ts';

let tmp: string;
let corpus: string;
let cacheDir: string;
const NEW = 'The Kent and Medway ICS will go live with its shared care record by June 2025, after a £3m investment across 40 practices.\n';

const run = (outName: string, extra: Partial<RunOptions> = {}) =>
  runPipeline({ paths: [corpus], outDir: path.join(tmp, outName), published: '2024-06-01', concurrency: 2, cache: true, cacheDir, timings: false, ...extra });

async function csvs(outName: string): Promise<Record<string, string>> {
  const dir = path.join(tmp, outName, 'csv');
  const out: Record<string, string> = {};
  for (const n of (await readdir(dir)).sort()) out[n] = await readFile(path.join(dir, n), 'utf8');
  return out;
}
/** The command line in its own process, as a user runs it: each run starts with fresh NLP state. */
async function cli(args: string[]): Promise<void> {
  await promisify(execFile)(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', ...args, '--quiet', '--workers', '1'], { env: { ...process.env, CI: '1' } }).catch((err: { code?: number }) => {
    if (err.code !== 0) throw err;
  });
}

const cachedById = (m: Awaited<ReturnType<typeof run>>['manifest']) => Object.fromEntries(m.inputs.map((e) => [e.article, e.cached]));

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'rerun-'));
  corpus = path.join(tmp, 'corpus');
  cacheDir = path.join(tmp, 'cache');
  await cp('corpus', corpus, { recursive: true });
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('reruns', () => {
  let ids: string[];
  it('a first run extracts everything and fills the cache', async () => {
    const r = await run('out');
    ids = r.manifest.inputs.map((e) => e.article!);
    expect(r.manifest.totals).toMatchObject({ ok: 5, cached: 0 });
  });

  it('a rerun with one new article extracts only that one', async () => {
    await writeFile(path.join(corpus, 'zz-new.txt'), NEW);
    const r = await run('out');
    expect(cachedById(r.manifest)).toEqual({ ...Object.fromEntries(ids.map((id) => [id, true])), 'zz-new': false });
    expect(r.manifest.totals.cached).toBe(5);
  });

  it('run by run from the command line, the rerun writes the same files as a full run', async () => {
    const fresh = path.join(tmp, 'cli-cache');
    const seeds = path.join(tmp, 'cli-corpus');
    await cp('corpus', seeds, { recursive: true });
    await cli([seeds, '--out', path.join(tmp, 'cli-out'), '--cache-dir', fresh, '--published', '2024-06-01']);
    await writeFile(path.join(seeds, 'zz-new.txt'), NEW);
    await cli([seeds, '--out', path.join(tmp, 'cli-out'), '--cache-dir', fresh, '--published', '2024-06-01']);
    await cli([seeds, '--out', path.join(tmp, 'cli-full'), '--no-cache', '--published', '2024-06-01']);
    const manifest = JSON.parse(await readFile(path.join(tmp, 'cli-out', 'manifest.json'), 'utf8'));
    expect(manifest.totals.cached).toBe(5);
    expect(await csvs('cli-out')).toEqual(await csvs('cli-full'));
  });

  // wink-nlp learns every token it reads; pipeline/nlp.ts hides what it learned from earlier
  // documents, so a full run in a process that already read the corpus writes the same files.
  it('in one process, a full run after a cached rerun writes the same files (wink learns nothing across articles)', async () => {
    await run('out');
    await run('full', { cache: false });
    expect(await csvs('out')).toEqual(await csvs('full'));
  });

  it('a changed article is extracted again', async () => {
    await appendFile(path.join(corpus, 'zz-new.txt'), 'It will cost a further £1.2m by 2026.\n');
    const r = await run('out');
    expect(cachedById(r.manifest)['zz-new']).toBe(false);
    expect(r.manifest.totals.cached).toBe(5);
    const json = JSON.parse(await readFile(path.join(tmp, 'out', 'json', 'zz-new.json'), 'utf8'));
    expect(json.article.chars).toBe(NEW.length + 'It will cost a further £1.2m by 2026.\n'.length);
  });

  it("a removed article's rows and file disappear", async () => {
    await rm(path.join(corpus, 'zz-new.txt'));
    const r = await run('out');
    expect(r.manifest.inputs.map((e) => e.article)).toEqual(ids);
    expect(r.manifest.totals.cached).toBe(5);
    await expect(readFile(path.join(tmp, 'out', 'json', 'zz-new.json'))).rejects.toThrow(/ENOENT/);
    for (const [name, text] of Object.entries(await csvs('out'))) expect(text, name).not.toContain('zz-new');
  });

  it('--no-cache extracts everything again', async () => {
    const r = await run('out', { cache: false });
    expect(r.manifest.totals.cached).toBe(0);
    expect(r.manifest.inputs.every((e) => e.cached === false)).toBe(true);
  });

  it('a different vendors file misses the cache, the same one hits it', async () => {
    const vendors = path.join(tmp, 'suppliers.json');
    await writeFile(vendors, JSON.stringify([{ name: 'Harbour Analytics', kind: 'analytics' }]));
    expect((await run('out', { vendorsFile: vendors })).manifest.totals.cached).toBe(0);
    expect((await run('out', { vendorsFile: vendors })).manifest.totals.cached).toBe(5);
    await writeFile(vendors, JSON.stringify([{ name: 'Harbour Analytics', kind: 'analytics' }, { name: 'Quayside Health', kind: 'software' }]));
    expect((await run('out', { vendorsFile: vendors })).manifest.totals.cached).toBe(0);
  });

  it('a vendors file reaches the vendors extractor, in the main thread and in workers', async () => {
    const dir = path.join(tmp, 'vendors-corpus');
    await cp(path.join(corpus, '..', 'corpus'), dir, { recursive: true });
    await writeFile(path.join(dir, 'quayside.txt'), 'The trust said Quayside Health would support the rollout across the region.\n');
    const vendors = path.join(tmp, 'quayside.json');
    await writeFile(vendors, JSON.stringify([{ name: 'Quayside Health', kind: 'software' }]));
    const names = async (out: string) => JSON.parse(await readFile(path.join(tmp, out, 'json', 'quayside.json'), 'utf8')).vendors.map((v: { name: string }) => v.name);
    const base = { paths: [dir], published: null, concurrency: 2, cache: false, cacheDir, timings: false };
    await runPipeline({ ...base, outDir: path.join(tmp, 'v0') });
    await runPipeline({ ...base, outDir: path.join(tmp, 'v1'), vendorsFile: vendors, workers: 1 });
    await runPipeline({ ...base, outDir: path.join(tmp, 'v2'), vendorsFile: vendors, workers: 2 });
    expect(await names('v0')).toEqual([]);
    expect(await names('v1')).toEqual(['Quayside Health']);
    expect(await names('v2')).toEqual(['Quayside Health']);
  });

  it('a missing or invalid vendors file stops the run with a one-line reason', async () => {
    await expect(run('out', { vendorsFile: path.join(tmp, 'nope.json') })).rejects.toThrow(/^cannot read the vendors file .*nope\.json \(ENOENT\)$/);
    const bad = path.join(tmp, 'bad.json');
    await writeFile(bad, JSON.stringify([{ name: '' }]));
    const err = await run('out', { vendorsFile: bad }).catch((e: Error) => e);
    expect(String(err)).toMatch(/--vendors .*bad\.json: not a valid supplier list/);
    expect(String(err)).not.toContain('\n');
  });

  it('a corrupt cache entry is extracted again, not trusted', async () => {
    const files: string[] = [];
    for (const sub of await readdir(cacheDir)) for (const f of await readdir(path.join(cacheDir, sub))) files.push(path.join(cacheDir, sub, f));
    for (const f of files) await writeFile(f, '{"ok": true, "trunc');
    const r = await run('out');
    expect(r.manifest.totals).toMatchObject({ ok: 5, cached: 0 });
  });
});
