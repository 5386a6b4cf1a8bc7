// Interrupted runs leave the previous output complete: SIGINT, SIGKILL, an error thrown
// mid-run, and a kill between the two renames of the final swap.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, promises as fsp } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, mkdir, rename } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OutputWriter } from '../../pipeline/5-write.ts';
import { runPipeline } from '../../pipeline/run.ts';
import { buildCorpus } from '../../scripts/bench.ts';

let tmp: string;
let big: string;
let out: string;
let before: Record<string, string>;

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const sub of ['', 'csv', 'json']) for (const e of await readdir(path.join(dir, sub), { withFileTypes: true })) if (e.isFile()) files[path.join(sub, e.name)] = await readFile(path.join(dir, sub, e.name), 'utf8');
  return files;
}
const siblings = async () => (await readdir(tmp)).filter((n) => n.startsWith('out.'));

function startCli(args: string[]): { child: ChildProcess; exit: Promise<number | null>; stderr: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', ...args], { env: { ...process.env, CI: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));
  return { child, exit, stderr: () => err };
}

/** Waits until the running CLI has written some articles into its staging folder. */
async function waitForProgress(pid: number, atLeast: number): Promise<void> {
  const staging = path.join(`${out}.partial-${pid}`, 'json');
  for (let i = 0; i < 600; i++) {
    if (existsSync(staging) && (await readdir(staging)).length >= atLeast) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the run never got going');
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'interrupt-'));
  big = path.join(tmp, 'big');
  out = path.join(tmp, 'out');
  await buildCorpus('corpus', big, 3e6); // long enough to be caught part-way
  const r = await runPipeline({ paths: ['corpus'], outDir: out, published: null, concurrency: 2, cache: false, cacheDir: path.join(tmp, 'cache'), timings: false });
  expect(r.manifest.totals.ok).toBe(5);
  before = await snapshot(out);
}, 60_000);
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('an interrupted run', () => {
  it('SIGINT part-way: exit 130, the previous output untouched, no staging left', async () => {
    const run = startCli([big, '--out', out, '--no-cache', '--workers', '1']);
    await waitForProgress(run.child.pid!, 3);
    run.child.kill('SIGINT');
    expect(await run.exit).toBe(130);
    expect(run.stderr()).toContain('extract: interrupted; the previous output was left as it was');
    expect(await snapshot(out)).toEqual(before);
    expect(await siblings()).toEqual([]);
  });

  it('SIGKILL part-way: the previous output untouched; the next run clears the dead staging folder', async () => {
    const run = startCli([big, '--out', out, '--no-cache', '--workers', '2']);
    await waitForProgress(run.child.pid!, 3);
    run.child.kill('SIGKILL');
    await run.exit;
    expect(await snapshot(out)).toEqual(before);
    expect(await siblings()).toEqual([`out.partial-${run.child.pid}`]);
    const w = new OutputWriter(out);
    await w.begin();
    await w.abort();
    expect(await siblings()).toEqual([]);
    expect(await snapshot(out)).toEqual(before);
  });

  it('an error thrown mid-run: rejected, the previous output untouched, no staging left', async () => {
    let seen = 0;
    const run = runPipeline({
      paths: [big],
      outDir: out,
      published: null,
      concurrency: 2,
      cache: false,
      cacheDir: path.join(tmp, 'cache'),
      timings: false,
      onProgress: () => {
        if (++seen === 3) throw new Error('disk on fire');
      },
    });
    await expect(run).rejects.toThrow('disk on fire');
    expect(await snapshot(out)).toEqual(before);
    expect(await siblings()).toEqual([]);
  });

  it('a disk error while writing an article: rejected with it, the previous output untouched', async () => {
    const real = fsp.writeFile;
    let jsonWrites = 0;
    const spy = vi.spyOn(fsp, 'writeFile').mockImplementation((async (file: unknown, ...rest: unknown[]) => {
      if (String(file).includes(`${path.sep}json${path.sep}`) && ++jsonWrites === 5) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      return (real as (...a: unknown[]) => Promise<void>)(file, ...rest);
    }) as typeof fsp.writeFile);
    try {
      const run = runPipeline({ paths: [big], outDir: out, published: null, concurrency: 2, cache: false, cacheDir: path.join(tmp, 'cache'), timings: false });
      await expect(run).rejects.toThrow('ENOSPC: no space left on device');
    } finally {
      spy.mockRestore();
    }
    expect(await snapshot(out)).toEqual(before);
    expect(await siblings()).toEqual([]);
  });

  it('a kill between the two renames of the swap: the next run puts the previous output back', async () => {
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((r) => dead.on('exit', r));
    await rename(out, `${out}.old-${dead.pid}`);
    await mkdir(`${out}.partial-${dead.pid}`);
    const w = new OutputWriter(out);
    await w.begin();
    await w.abort();
    expect(await snapshot(out)).toEqual(before);
    expect(await siblings()).toEqual([]);
  });
});
