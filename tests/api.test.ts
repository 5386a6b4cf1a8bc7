// The library API: in-process behaviour, agreement with the command line, and the built
// package imported from a scratch project the way a user would (npm install <path>, offline).
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleResult, extractArticle, extractCorpus, type RunResult } from '../pipeline/api.ts';
import { readArticles } from '../pipeline/1-read.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..');
const TEXT = 'Leeds Teaching Hospitals NHS Trust said it will roll out the system by March 2025, cutting waits by 20%.';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'api-test-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('extractArticle', () => {
  it('returns records that pass the schema, with spans into the text as given', () => {
    const r = extractArticle(TEXT, { published: '2024-05-01', id: 'leeds' });
    expect(ArticleResult.parse(r)).toEqual(r);
    expect(r.article).toMatchObject({ id: 'leeds', published: '2024-05-01', chars: TEXT.length });
    const spans = [...r.dates.map((d) => [d.span, d.text] as const), ...r.metrics.map((m) => [m.span, m.text] as const)];
    expect(spans.length).toBeGreaterThan(0);
    for (const [s, text] of spans) expect(TEXT.slice(s.start, s.end)).toBe(text);
  });

  it('rejects bad options with a one-line message', () => {
    expect(() => extractArticle(TEXT, { published: '2024-13-01' })).toThrow(/^extractArticle: invalid options: .*published[^\n]*$/);
    // @ts-expect-error published is required, even when it is null
    expect(() => extractArticle(TEXT, {})).toThrow(/published/);
  });
});

describe('extractCorpus', () => {
  let api: RunResult;
  const apiOut = () => path.join(tmp, 'api-out');
  beforeAll(async () => {
    api = await extractCorpus(path.join(ROOT, 'corpus'), { outDir: apiOut(), cache: false, concurrency: 2 });
  });

  it('writes what the command line writes, run the way npm run extract runs it', async () => {
    const cliOut = path.join(tmp, 'cli-out');
    await run(process.execPath, ['--v8-pool-size=1', 'pipeline/launch.mjs', 'pipeline/cli.ts', path.join(ROOT, 'corpus'), '--out', cliOut, '--no-cache', '--quiet'], { cwd: ROOT });
    const names = (await readdir(path.join(apiOut(), 'json'))).sort();
    expect(names.length).toBe(api.manifest.totals.ok);
    expect((await readdir(path.join(cliOut, 'json'))).sort()).toEqual(names);
    for (const dir of ['json', 'csv']) {
      for (const name of (await readdir(path.join(apiOut(), dir))).sort()) {
        expect(await readFile(path.join(cliOut, dir, name), 'utf8'), `${dir}/${name}`).toBe(await readFile(path.join(apiOut(), dir, name), 'utf8'));
      }
    }
  });

  it('gives an article the same records as extractArticle on its text', async () => {
    const [first] = await readArticles(path.join(ROOT, 'corpus', (await readdir(path.join(ROOT, 'corpus'))).sort()[0]!));
    if (first?.status !== 'ok') throw new Error('the first corpus file did not read');
    const a = first.article;
    const written = JSON.parse(await readFile(path.join(apiOut(), 'json', `${a.id}.json`), 'utf8')) as ArticleResult;
    const one = extractArticle(a.text, { published: a.published, id: a.id, title: a.title, source: written.article.source });
    // metrics aside: its first pass in a process differs from later ones (reported), and the corpus run was the first
    expect({ ...one, metrics: [] }).toEqual({ ...written, metrics: [] });
  });

  it('rejects bad options before touching the disk', async () => {
    await expect(extractCorpus('corpus', { outDir: path.join(tmp, 'never'), concurrency: 0 })).rejects.toThrow(/^extractCorpus: invalid options: .*concurrency/);
    await expect(extractCorpus('corpus', { outDir: path.join(tmp, 'never'), workers: 0 })).rejects.toThrow(/^extractCorpus: invalid options: .*workers/);
    await expect(extractCorpus('corpus', { outDir: path.join(tmp, 'never'), maxArticleChars: 0 })).rejects.toThrow(/^extractCorpus: invalid options: .*maxArticleChars/);
    await expect(readdir(path.join(tmp, 'never'))).rejects.toThrow(/ENOENT/);
  });
});

describe('the built package, from a scratch project', () => {
  it('builds, installs offline with npm install <path>, type-checks and runs', async () => {
    await run('npm', ['run', 'build'], { cwd: ROOT });
    const packed = JSON.parse((await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT })).stdout) as { files: { path: string }[] }[];
    const files = packed[0]!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['dist/pipeline/api.js', 'dist/pipeline/api.d.ts', 'dist/package.json', 'package.json']));
    expect(files.filter((f) => /^(tests|corpus|fixtures|output)\//.test(f))).toEqual([]);

    const user = path.join(tmp, 'user');
    await run('mkdir', ['-p', user]);
    await writeFile(path.join(user, 'package.json'), JSON.stringify({ name: 'user', private: true, type: 'module' }));
    await run('npm', ['install', '--offline', '--no-audit', '--no-fund', ROOT], { cwd: user });
    const { name } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { name: string };

    // Types: a user's strict NodeNext project, library declarations checked too (no skipLibCheck).
    await writeFile(
      path.join(user, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['use.ts'] }),
    );
    await writeFile(
      path.join(user, 'use.ts'),
      [
        `import { extractArticle, extractCorpus, type ArticleResult, type DateRecord, type RunResult } from '${name}';`,
        `const r: ArticleResult = extractArticle('x', { published: null });`,
        `const d: DateRecord | undefined = r.dates[0];`,
        `const end: string | null | undefined = d?.end;`,
        `const run: Promise<RunResult> = extractCorpus(['corpus'], { outDir: 'out' });`,
        `// @ts-expect-error unknown option`,
        `extractCorpus('corpus', { outdir: 'out' });`,
        `export { end, run };`,
      ].join('\n'),
    );
    await run(path.join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', '.'], { cwd: user });

    // Runtime: plain ESM from the package name, no tsx.
    await writeFile(
      path.join(user, 'use.mjs'),
      [
        `import { extractArticle, extractCorpus } from '${name}';`,
        `const r = extractArticle(${JSON.stringify(TEXT)}, { published: '2024-05-01' });`,
        `const c = await extractCorpus(${JSON.stringify(path.join(ROOT, 'corpus'))}, { outDir: 'out', cache: false });`,
        `console.log(JSON.stringify({ dates: r.dates.map((d) => d.text), ok: c.manifest.totals.ok, exit: c.exitCode, tool: c.manifest.tool.name }));`,
      ].join('\n'),
    );
    const out = JSON.parse((await run('node', ['use.mjs'], { cwd: user })).stdout) as { dates: string[]; ok: number; exit: number; tool: string };
    expect(out.dates).toEqual(extractArticle(TEXT, { published: '2024-05-01' }).dates.map((d) => d.text));
    expect(out).toMatchObject({ ok: (await readdir(path.join(ROOT, 'corpus'))).length, exit: 0, tool: name });
    expect((await readdir(path.join(user, 'out', 'json'))).length).toBe(out.ok);
  }, 90_000);
});
