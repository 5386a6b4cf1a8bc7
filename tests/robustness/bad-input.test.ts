// The bad-input matrix through a whole run: every path given or found is in the manifest as
// ok, skipped or failed with a one-line reason, also printed on stderr; the good articles are
// still written; the exit code is 1 because something failed.
import { promises as fs } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile, chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { displayPath } from '../../pipeline/1-read.ts';
import { main } from '../../pipeline/cli.ts';
import type { Manifest } from '../../pipeline/records.ts';
import { runPipeline } from '../../pipeline/run.ts';

const SEED = 'The North West London ICS will roll out the shared care record by March 2025, costing £2.5m across 12 trusts.';

let tmp: string;
let corpus: string;
let manifest: Manifest;
let stderr: string;
let exitCode: number;

/** A stderr stand-in that collects what main() writes and is not a terminal. */
function captureStderr() {
  const chunks: string[] = [];
  const stream = { isTTY: false, write: (s: string) => (chunks.push(s), true) } as unknown as NodeJS.WriteStream;
  return { stream, text: () => chunks.join('') };
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'bad-input-'));
  corpus = path.join(tmp, 'corpus');
  await mkdir(path.join(corpus, 'nested'), { recursive: true });
  const put = (name: string, data: string | Uint8Array) => writeFile(path.join(corpus, name), data);
  await put('good.txt', `title: Good\npublished: 2024-05-14\n\n${SEED}\n`);
  await put('empty.txt', '');
  await put('blank.md', '   \n\t\n');
  await put('binary.txt', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]));
  await put('latin1.txt', Buffer.from('Caf\xe9 opens in M\xe1laga.', 'latin1'));
  await put('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${SEED}\n`, 'utf16le')]));
  await put('huge.txt', 'Trust board papers. '.repeat(1_050_000)); // 21 MB
  await put('one-line.txt', 'lorem ipsum dolor sit amet '.repeat(38_000).slice(0, 1_000_000)); // 1 MB, no punctuation
  await put('page.html', `<html><head><title>Page</title><style>.x{}</style></head><body><!-- c --><script>document.write("=evil")</script><p>${SEED}</p></body></html>`);
  await put('feed.jsonl', [JSON.stringify({ id: 'feed-a', text: SEED }), '{"id":"feed-b",', JSON.stringify({ id: 'feed-c', text: SEED })].join('\n'));
  await put('nested/good.txt', `${SEED}\n`); // same id as good.txt
  await put('unreadable.txt', SEED);
  await put('notes.pdf', '%PDF-1.4');
  await put('.DS_Store', 'Bud1');
  await symlink('loop-b.txt', path.join(corpus, 'loop-a.txt'));
  await symlink('loop-a.txt', path.join(corpus, 'loop-b.txt'));
  await symlink('.', path.join(corpus, 'nested', 'self')); // a folder loop

  // Running as root makes chmod 000 readable, so the permission error is also simulated.
  await chmod(path.join(corpus, 'unreadable.txt'), 0o000);
  const realRead = fs.readFile;
  const spy = vi.spyOn(fs, 'readFile').mockImplementation((async (file: unknown, ...rest: unknown[]) => {
    if (String(file).endsWith('unreadable.txt')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    return (realRead as (...a: unknown[]) => Promise<unknown>)(file, ...rest);
  }) as typeof fs.readFile);

  const err = captureStderr();
  const outDir = path.join(tmp, 'out');
  exitCode = await main([corpus, path.join(tmp, 'missing-folder'), '--out', outDir, '--no-cache', '--workers', '1', '--cache-dir', path.join(tmp, 'cache')], err.stream);
  spy.mockRestore();
  stderr = err.text();
  manifest = JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8')) as Manifest;
}, 120_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const rel = (name: string) => displayPath(path.join(corpus, name));
const find = (source: string) => manifest.inputs.filter((e) => e.source === source);

describe('a run over a folder of bad inputs', () => {
  const expected: [string, 'ok' | 'skipped' | 'failed', RegExp | null][] = [
    ['good.txt', 'ok', null],
    ['empty.txt', 'failed', /^empty article$/],
    ['blank.md', 'failed', /^article has only white space$/],
    ['binary.txt', 'failed', /^binary file \(NUL byte at offset 4\)$/],
    ['latin1.txt', 'failed', /^not valid UTF-8 text$/],
    ['utf16.txt', 'ok', null],
    ['huge.txt', 'failed', /^file is 21\.0 MB, over 4 × the article limit/],
    ['one-line.txt', 'ok', null],
    ['page.html', 'ok', null],
    ['feed.jsonl:1', 'ok', null],
    ['feed.jsonl:2', 'failed', /^malformed JSON on line 2: /],
    ['feed.jsonl:3', 'ok', null],
    ['nested/good.txt', 'failed', /^duplicate article id "good" \(first read from .*good\.txt\)$/],
    ['unreadable.txt', 'failed', /^permission denied$/],
    ['notes.pdf', 'skipped', /^unknown extension "\.pdf"/],
    ['.DS_Store', 'skipped', /^hidden file or folder/],
    ['loop-a.txt', 'failed', /^symbolic link loop$/],
    ['loop-b.txt', 'failed', /^symbolic link loop$/],
    ['nested/self', 'skipped', /^folder already read/],
  ];

  it.each(expected)('%s is %s with its reason', (name, status, reason) => {
    const [e, ...more] = find(rel(name));
    expect(more).toEqual([]);
    expect(e).toMatchObject({ status });
    if (reason) {
      expect(e!.reason).toMatch(reason);
      expect(e!.reason).not.toContain('\n');
      expect(stderr).toContain(`extract: ${status} ${rel(name)}: ${e!.reason}\n`);
    } else expect(e!.reason).toBeNull();
  });

  it('lists a path that does not exist', () => {
    const missing = manifest.inputs.find((e) => e.source.endsWith('missing-folder'));
    expect(missing).toMatchObject({ status: 'failed', reason: 'no such file or folder' });
  });

  it('accounts for every input and nothing else', () => {
    expect(manifest.inputs).toHaveLength(expected.length + 1);
    expect(manifest.totals).toMatchObject({ inputs: expected.length + 1, ok: 6, skipped: 3, failed: 11 });
  });

  it('exits 1 and still writes the good articles, HTML without its scripts', async () => {
    expect(exitCode).toBe(1);
    const out = path.join(tmp, 'out');
    const ids = (await fs.readdir(path.join(out, 'json'))).sort();
    expect(ids).toEqual(['feed-a.json', 'feed-c.json', 'good.json', 'one-line.json', 'page.json', 'utf16.json']);
    const page = JSON.parse(await readFile(path.join(out, 'json', 'page.json'), 'utf8'));
    expect(page.article.title).toBe('Page');
    expect(page.article.chars).toBe(SEED.length);
    expect(stderr).toMatch(/extract: 6 ok, 11 failed, 3 skipped \(0 from cache\)/);
  });

  it('prints one line per problem and no progress bar when stderr is not a terminal', () => {
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(11 + 3 + 1);
    expect(stderr).not.toContain('\r');
  });
});

it('a run whose every input is good exits 0', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'good-input-'));
  try {
    await writeFile(path.join(dir, 'a.txt'), SEED);
    const r = await runPipeline({ paths: [dir], outDir: path.join(dir, 'out'), published: null, concurrency: 2, cache: false, cacheDir: path.join(dir, 'cache'), timings: false });
    expect(r.exitCode).toBe(0);
    expect(r.manifest.totals).toMatchObject({ ok: 1, failed: 0 });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
