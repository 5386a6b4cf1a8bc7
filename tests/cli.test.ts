// The command line: options from one table, usage errors exit 2 with one line, a real run
// exits 0 with its summary, --timings fills per-stage milliseconds, a bar only on a terminal.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HELP, main, OPTIONS, parseCli, UsageError } from '../pipeline/cli.ts';
import { progressLine, renderProgress } from '../pipeline/progress.ts';
import type { Manifest } from '../pipeline/records.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'cli-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

function fakeStream(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = { isTTY, write: (s: string) => (chunks.push(s), true) } as unknown as NodeJS.WriteStream;
  return { stream, text: () => chunks.join(''), chunks };
}

describe('parseCli', () => {
  it('has defaults for everything', () => {
    expect(parseCli([])).toEqual({
      paths: ['corpus'],
      out: 'output',
      published: null,
      workers: os.availableParallelism(),
      concurrency: Math.max(2, os.availableParallelism()),
      vendors: null,
      maxMb: 2,
      cache: true,
      cacheDir: '.cache/extract',
      report: true,
      check: null,
      update: false,
      timings: false,
      quiet: false,
      help: false,
    });
  });
  it('reads every option', () => {
    const o = parseCli(['a', 'b', '--out', 'o', '--published', '2024-05-14', '--workers', '3', '--concurrency', '5', '--vendors', 'package.json', '--max-mb', '0.5', '--no-cache', '--cache-dir', 'c', '--timings', '--quiet', '--no-report', '--check', 'base', '--update']);
    expect(o).toMatchObject({ report: false, check: 'base', update: true, paths: ['a', 'b'], out: 'o', published: '2024-05-14', workers: 3, concurrency: 5, vendors: 'package.json', maxMb: 0.5, cache: false, cacheDir: 'c', timings: true, quiet: true });
  });
  it.each([
    [['--workers', '0'], '--workers must be a whole number from 1 to 64, got "0"'],
    [['--workers', '2.5'], '--workers must be a whole number from 1 to 64, got "2.5"'],
    [['--concurrency', 'x'], '--concurrency must be a whole number from 1 to 256, got "x"'],
    [['--published', '14/05/2024'], '--published must be a date as YYYY-MM-DD, got "14/05/2024"'],
    [['--max-mb', '0'], '--max-mb must be a number above 0 and at most 1000, got "0"'],
    [['--vendors', 'no-such-file.csv'], '--vendors: no such file "no-such-file.csv"'],
    [['--frobnicate'], "Unknown option '--frobnicate'"],
    [['--update'], '--update needs --check DIR (the baseline to replace)'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCli(argv)).toThrow(UsageError);
    expect(() => parseCli(argv)).toThrow(message);
  });
  it('documents every option in the help', () => {
    const shown = (key: string) => (key === 'cache' || key === 'report' ? `--no-${key}` : `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
    for (const key of Object.keys(OPTIONS)) expect(HELP).toContain(shown(key));
  });
});

describe('main', () => {
  it('exits 2 with one line on a usage error', async () => {
    const err = fakeStream(false);
    expect(await main(['--workers', 'many'], err.stream)).toBe(2);
    expect(err.text()).toBe('extract: --workers must be a whole number from 1 to 64, got "many" (see --help)\n');
  });
  it('prints the help and exits 0', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await main(['--help'], fakeStream(false).stream)).toBe(0);
      expect(write).toHaveBeenCalledWith(HELP + '\n');
    } finally {
      write.mockRestore();
    }
  });
  it('runs the seed corpus: exit 0, the summary line, per-stage timings in the manifest', async () => {
    const err = fakeStream(false);
    const out = path.join(tmp, 'out');
    expect(await main(['corpus', '--out', out, '--no-cache', '--timings', '--workers', '1'], err.stream)).toBe(0);
    expect(err.text()).toMatch(/^extract: 5 ok, 0 failed, 0 skipped \(0 from cache\); \d+ entities, \d+ dates, \d+ metrics, \d+ vendors; [\d.]+s → .*out\n$/);
    const m = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as Manifest;
    for (const e of m.inputs) {
      expect(Object.keys(e.timings ?? {})).toEqual(expect.arrayContaining(['prepare', 'entities', 'dates', 'metrics', 'vendors', 'validate', 'serialise', 'write']));
      expect(Object.values(e.timings!).every((v) => v >= 0)).toBe(true);
    }
  });
  it('writes the HTML report unless --no-report', async () => {
    const out = path.join(tmp, 'report');
    expect(await main(['corpus/001_002db5e4db248a64.txt', '--out', out, '--workers', '1'], fakeStream(false).stream)).toBe(0);
    expect(await readFile(path.join(out, 'report', 'index.html'), 'utf8')).toContain('<html');
    const bare = path.join(tmp, 'bare');
    expect(await main(['corpus/001_002db5e4db248a64.txt', '--out', bare, '--workers', '1', '--no-report'], fakeStream(false).stream)).toBe(0);
    await expect(readFile(path.join(bare, 'report', 'index.html'))).rejects.toThrow(/ENOENT/);
  });
  it('--check fails without a baseline, --update creates it, then the same run passes and a changed corpus fails', async () => {
    const base = path.join(tmp, 'baseline');
    const out = path.join(tmp, 'checked');
    const args = ['corpus/001_002db5e4db248a64.txt', '--out', out, '--workers', '1', '--no-report', '--check', base];
    const first = fakeStream(false);
    expect(await main(args, first.stream)).toBe(1);
    expect(first.text()).toContain('no baseline');
    expect(await main([...args, '--update'], fakeStream(false).stream)).toBe(0);
    const same = fakeStream(false);
    expect(await main(args, same.stream)).toBe(0);
    expect(same.text()).toContain('same records as the baseline');
    const changed = fakeStream(false);
    expect(await main(['corpus/002_05af70310d9c75d9.txt', ...args.slice(1)], changed.stream)).toBe(1);
    expect(changed.text()).toContain('the extraction changed');
  });
  it('draws a progress bar on a terminal, and erases it before the summary', async () => {
    const ci = process.env.CI;
    delete process.env.CI;
    try {
      const err = fakeStream(true);
      expect(await main(['corpus', '--out', path.join(tmp, 'tty'), '--no-cache', '--workers', '1'], err.stream)).toBe(0);
      expect(err.text()).toMatch(/\r\x1b\[K\[#+\.*\] \d\/5 files {2}[\d.]+ MB\/s/);
      expect(err.text()).toMatch(/\r\x1b\[Kextract: 5 ok/);
      const quiet = fakeStream(true);
      await main(['corpus', '--out', path.join(tmp, 'tty'), '--quiet', '--workers', '1'], quiet.stream);
      expect(quiet.text()).not.toContain('\r');
    } finally {
      if (ci !== undefined) process.env.CI = ci;
    }
  });
});

describe('progress', () => {
  it('shows done/total, MB/s and time left', () => {
    expect(renderProgress({ done: 1, total: 4, chars: 2_000_000 }, 2, 8)).toBe('[##......] 1/4 files  1.00 MB/s  6s left');
    expect(renderProgress({ done: 10, total: 1000, chars: 0 }, 60, 4)).toBe('[....] 10/1000 files  0.00 MB/s  1h39m left');
    expect(renderProgress({ done: 1, total: 2, chars: 0 }, 119.6, 4)).toBe('[##..] 1/2 files  0.00 MB/s  2m00s left');
  });
  it('redraws at most ten times a second, but always the last update', () => {
    let now = 0;
    const s = fakeStream(true);
    const bar = progressLine(s.stream, true, () => now);
    for (let i = 1; i <= 50; i++) {
      now += 10;
      bar.update({ done: i, total: 50, chars: i });
    }
    expect(s.chunks.length).toBeGreaterThanOrEqual(5);
    expect(s.chunks.length).toBeLessThanOrEqual(6);
    expect(s.chunks.at(-1)).toContain('50/50');
  });
  it('writes nothing when disabled', () => {
    const s = fakeStream(false);
    const bar = progressLine(s.stream, false);
    bar.update({ done: 1, total: 1, chars: 1 });
    bar.clear();
    expect(s.chunks).toEqual([]);
  });
});
