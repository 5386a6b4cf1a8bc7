// Unit tests of the review pages: escaping, nested highlights that lose nothing, the kind
// filters, one timeline point per deadline, and writeReport over a small run folder.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { articlePage } from '../pipeline/report/article-page.ts';
import { esc, pageFile, pageHref } from '../pipeline/report/escape.ts';
import { nest, renderHighlighted, type Highlight } from '../pipeline/report/highlights.ts';
import { timelineSvg, type Deadline } from '../pipeline/report/timeline.ts';
import { writeReport } from '../pipeline/report/index.ts';
import { ArticleResult, Manifest } from '../pipeline/records.ts';

const sha = (t: string) => createHash('sha256').update(t).digest('hex');

const TEXT =
  'NHS England said <script>alert("x")</script> & "quotes" are fine. ' +
  'By March 2025 NHS England will pay Lantum Ltd £2.5 million for 40% of rotas. ' +
  'Lantum said NHS England set it a deadline of 2026.';

/** A span of the n-th occurrence of `s` in TEXT. */
function at(s: string, n = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= n; k++) i = TEXT.indexOf(s, i + 1);
  if (i < 0) throw new Error(`"${s}" #${n} not in the fixture text`);
  return { start: i, end: i + s.length };
}
const mention = (s: string, n = 0) => ({ ...at(s, n), text: s, sentence: 0 });

function fixture(text = TEXT, id = 'a1', source = 'corpus/a1.txt'): ArticleResult {
  return ArticleResult.parse({
    article: { id, source, title: 'A <b>bold</b> title', published: '2024-05-14', sha256: sha(text), chars: text.length, sentences: 3 },
    entities: [{ type: 'organisation', name: 'NHS England', aliases: [], role: null, organisation: null, rule: 'org-gazetteer', mentions: [mention('NHS England'), mention('NHS England', 1), mention('NHS England', 2)] }],
    dates: [
      // the deadline's span holds "NHS England" (nested) and crosses into nothing else
      { text: 'By March 2025 NHS England', kind: 'deadline', trigger: 'by', start: '2025-03-01', end: '2025-03-31', granularity: 'month', subject: 'NHS England', commitment: 'pay Lantum', rule: 'by-month-year', span: at('By March 2025 NHS England'), sentence: 1 },
      { text: 'deadline of 2026', kind: 'deadline', trigger: 'deadline of', start: '2026-01-01', end: '2026-12-31', granularity: 'year', subject: null, commitment: null, rule: 'deadline-of-year', span: at('deadline of 2026'), sentence: 2 },
    ],
    metrics: [
      { text: '£2.5 million', value: 2500000, unit: 'GBP', noun: null, qualifier: null, per: null, rule: 'money', span: at('£2.5 million'), sentence: 1 },
      // crosses the vendor mention "Lantum Ltd": starts inside it, ends after it
      { text: 'Ltd £2.5', value: 2.5, unit: 'GBP', noun: null, qualifier: null, per: null, rule: 'crossing-test', span: at('Ltd £2.5'), sentence: 1 },
      { text: '40%', value: 40, unit: 'percent', noun: 'rotas', qualifier: null, per: null, rule: 'percent', span: at('40%'), sentence: 1 },
    ],
    vendors: [{ name: 'Lantum', aliases: [], products: [], customers: ['NHS England'], rule: 'gazetteer', mentions: [mention('Lantum Ltd'), mention('Lantum', 1)] }],
  });
}

const dom = (html: string) => parseDocument(html);
const byClass = (root: ReturnType<typeof dom>, cls: string) =>
  DomUtils.findAll((e) => (e.attribs.class ?? '').split(' ').includes(cls), root.children);
const text = (e: Element | Element[]) => DomUtils.textContent(e);

describe('esc', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(esc(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });
  it('gives ids that look like the index page a file of their own', () => {
    expect(pageFile('index')).not.toBe('index.html');
    expect(pageFile('INDEX')).not.toBe('INDEX.html');
    expect(new Set(['index', 'index.article', 'index.article.article'].map(pageFile)).size).toBe(3);
    expect(pageHref('a b#c', 'dates-1')).toBe('a%20b%23c.html#dates-1');
  });
});

describe('article page', () => {
  const result = fixture();
  const html = articlePage({ result, text: TEXT, textProblem: null });
  const doc = dom(html);
  const textDiv = DomUtils.getElementById('text', doc.children)!;
  const marks = DomUtils.getElementsByTagName('mark', doc.children);

  it('shows an article that contains <script> as text', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('A &lt;b&gt;bold&lt;/b&gt; title');
    // only the page's own script element
    expect(DomUtils.getElementsByTagName('script', doc.children)).toHaveLength(1);
  });

  it('keeps the article text whole: the text block reads exactly as the article', () => {
    expect(text(textDiv)).toBe(TEXT);
  });

  it('highlights every span, and the pieces of each record add up to its text', () => {
    const pieces = new Map<string, string>();
    for (const m of marks) pieces.set(m.attribs['data-rec']!, (pieces.get(m.attribs['data-rec']!) ?? '') + text(m));
    const want = new Map<string, string>([
      ['entities-0', 'NHS England'.repeat(3)],
      ['dates-0', 'By March 2025 NHS England'],
      ['dates-1', 'deadline of 2026'],
      ['metrics-0', '£2.5 million'],
      ['metrics-1', 'Ltd £2.5'],
      ['metrics-2', '40%'],
      ['vendors-0', 'Lantum LtdLantum'],
    ]);
    expect(pieces).toEqual(want);
  });

  it('nests a span inside the span that holds it', () => {
    const deadline = DomUtils.getElementById('dates-0', doc.children)!;
    const inner = DomUtils.getElementsByTagName('mark', deadline.children);
    expect(inner.map((m) => m.attribs['data-rec'])).toEqual(['entities-0']);
    expect(inner[0]!.attribs.id).toBe('entities-0-m1');
  });

  it('cuts a crossing span at the enclosing end and continues it after, losing nothing', () => {
    const vendor = DomUtils.getElementById('vendors-0', doc.children)!;
    const first = DomUtils.getElementsByTagName('mark', vendor.children);
    expect(first.map((m) => [m.attribs['data-rec'], text(m)])).toEqual([['metrics-1', 'Ltd']]);
    const cont = marks.filter((m) => m.attribs['data-rec'] === 'metrics-1' && m.attribs.class!.includes('cont'));
    expect(cont.map(text)).toEqual([' £2.5']);
    expect(cont[0]!.attribs.id).toBeUndefined();
    // the continuation holds the start of the money metric, which crosses it in turn
    expect(DomUtils.getElementsByTagName('mark', cont[0]!.children).map((m) => m.attribs['data-rec'])).toEqual(['metrics-0']);
  });

  it('shows the normalised record on hover without JavaScript and in the records list', () => {
    const deadline = DomUtils.getElementById('dates-0', doc.children)!;
    expect(deadline.attribs.title).toContain('end: 2025-03-31');
    expect(deadline.attribs.title).toContain('rule: by-month-year');
    expect(deadline.attribs.class).toContain('deadline');
    expect(deadline.attribs.tabindex).toBe('0');
    const item = DomUtils.getElementById('rec-metrics-0', doc.children)!;
    expect(text(item)).toContain('value2500000');
    expect(text(item)).toContain('unitGBP');
    expect(DomUtils.getElementById('rec-vendors-0', doc.children)).not.toBeNull();
  });

  it('offers one filter per kind, each with its count', () => {
    const radios = DomUtils.findAll((e) => e.name === 'input' && e.attribs.name === 'kind', doc.children);
    expect(radios.map((r) => r.attribs.id)).toEqual(['show-all', 'show-entities', 'show-dates', 'show-metrics', 'show-vendors']);
    const labels = DomUtils.findAll((e) => e.name === 'label' && e.attribs.for === 'show-metrics', doc.children);
    expect(text(labels).trim()).toBe('metrics 3');
  });

  it('lists spans that do not match the text instead of highlighting them', () => {
    const bad = structuredClone(result);
    bad.metrics[2]!.span = { start: 0, end: 3 }; // "NHS", not "40%"
    const page = dom(articlePage({ result: bad, text: TEXT, textProblem: null }));
    expect(byClass(page, 'problem').map(text).join(' ')).toContain('metrics-2');
    expect(DomUtils.findAll((e) => e.attribs['data-rec'] === 'metrics-2', page.children)).toHaveLength(0);
  });
});

describe('nest', () => {
  it('loses no span and no character for random overlapping spans', () => {
    let seed = 42;
    // 32-bit LCG: the same spans every run
    const rand = (n: number) => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) >>> 8) % n;
    const src = 'abcdefghijklmnopqrstuvwxyz0123456789'.repeat(3);
    for (let round = 0; round < 200; round++) {
      const hs: Highlight[] = [];
      for (let i = 0; i < 1 + rand(8); i++) {
        const start = rand(src.length - 1);
        const end = start + 1 + rand(Math.min(20, src.length - start));
        hs.push({ kind: (['entities', 'dates', 'metrics', 'vendors'] as const)[rand(4)]!, rec: `r${i}`, anchor: `r${i}`, start, end, variant: null, title: '' });
      }
      const page = dom(`<div>${renderHighlighted(src, nest(hs))}</div>`);
      expect(text(page.children as Element[])).toBe(src);
      const got = new Map<string, string>();
      for (const m of DomUtils.getElementsByTagName('mark', page.children)) got.set(m.attribs['data-rec']!, (got.get(m.attribs['data-rec']!) ?? '') + text(m));
      for (const h of hs) expect(got.get(h.rec), `round ${round} ${h.rec}`).toBe(src.slice(h.start, h.end));
      expect(DomUtils.findAll((e) => e.attribs.id !== undefined, page.children)).toHaveLength(hs.length);
    }
  });
});

describe('timeline', () => {
  const deadlines: Deadline[] = [
    { article: 'a1', anchor: 'dates-0', subject: 'NHS England', due: '2025-03-31', text: 'by March 2025', commitment: 'pay' },
    { article: 'a1', anchor: 'dates-3', subject: 'NHS England', due: '2025-03-31', text: 'by the end of March 2025', commitment: null },
    { article: 'a2', anchor: 'dates-1', subject: 'Kent & <Medway>', due: '2027-12-31', text: 'by 2027', commitment: null },
    { article: 'a2', anchor: 'dates-2', subject: null, due: null, text: 'by next spring', commitment: null },
  ];
  const svg = dom(timelineSvg(deadlines));
  const points = byClass(svg, 'deadline-point');

  it('draws one point per deadline, each linking to its highlight', () => {
    expect(points).toHaveLength(deadlines.length);
    const hrefs = points.map((p) => (p.parent as Element).attribs.href);
    expect(hrefs).toEqual(['a1.html#dates-0', 'a1.html#dates-3', 'a2.html#dates-1', 'a2.html#dates-2']);
  });

  it('keeps points on the same day apart, puts undated ones in their own column, and escapes subjects', () => {
    const xy = points.map((p) => `${p.attribs.cx},${p.attribs.cy}`);
    expect(new Set(xy).size).toBe(points.length);
    expect(points[3]!.attribs.class).toContain('undated');
    expect(Number(points[2]!.attribs.cx)).toBeGreaterThan(Number(points[0]!.attribs.cx));
    expect(timelineSvg(deadlines)).toContain('Kent &amp; &lt;Medway&gt;');
  });

  it('says so when there is no deadline', () => {
    expect(timelineSvg([])).toContain('No deadlines');
  });
});

describe('writeReport', () => {
  let dir: string;
  const cwd = process.cwd();
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'report-test-'));
    process.chdir(dir); // sources in the manifest are relative to where extract ran
    await fs.mkdir('corpus');
    await fs.mkdir('out/json', { recursive: true });
    await fs.writeFile('corpus/a1.txt', `title: A <b>bold</b> title\npublished: 2024-05-14\n\n${TEXT}`);
    const other = 'Second article: the ICS will go live by 2027.';
    await fs.writeFile('corpus/batch.jsonl', `${JSON.stringify({ id: 'x', text: 'skip me' })}\n${JSON.stringify({ id: 'index', text: other })}\n`);
    await fs.writeFile('corpus/gone.txt', 'This text changed after the run.');
    const second = ArticleResult.parse({
      article: { id: 'index', source: 'corpus/batch.jsonl:2', title: null, published: null, sha256: sha(other), chars: other.length, sentences: 1 },
      entities: [{ type: 'organisation', name: 'NHS England', aliases: [], role: null, organisation: null, rule: 'r', mentions: [{ start: 0, end: 6, text: 'Second', sentence: 0 }] }],
      dates: [{ text: 'by 2027', kind: 'deadline', trigger: 'by', start: '2027-01-01', end: '2027-12-31', granularity: 'year', subject: 'The ICS', commitment: 'go live', rule: 'by-year', span: { start: other.indexOf('by 2027'), end: other.indexOf('by 2027') + 7 }, sentence: 0 }],
      metrics: [],
      vendors: [],
    });
    const gone = { ...fixture('old text', 'gone', 'corpus/gone.txt'), entities: [], dates: [], metrics: [], vendors: [] };
    for (const r of [fixture(), second, gone]) await fs.writeFile(`out/json/${r.article.id}.json`, JSON.stringify(r));
    const counts = (r: ArticleResult) => ({ entities: r.entities.length, dates: r.dates.length, metrics: r.metrics.length, vendors: r.vendors.length });
    const manifest: Manifest = Manifest.parse({
      tool: { name: 't', version: '0', pipelineHash: 'h' },
      options: { paths: ['corpus'], published: null, concurrency: 1, cache: false, vendorsFile: null, maxArticleChars: 2000000 },
      startedAt: '2026-01-01T00:00:00.000Z',
      finishedAt: '2026-01-01T00:00:01.000Z',
      totals: { inputs: 5, ok: 3, skipped: 1, failed: 1, cached: 0, records: { entities: 2, dates: 3, metrics: 3, vendors: 1 } },
      inputs: [
        { source: 'corpus/a1.txt', status: 'ok', reason: null, article: 'a1', cached: false, counts: counts(fixture()) },
        { source: 'corpus/batch.jsonl:1', status: 'failed', reason: 'duplicate article id "x"', article: 'x', cached: false, counts: null },
        { source: 'corpus/batch.jsonl:2', status: 'ok', reason: null, article: 'index', cached: false, counts: counts(second) },
        { source: 'corpus/gone.txt', status: 'ok', reason: null, article: 'gone', cached: false, counts: counts(gone) },
        { source: 'corpus/notes.doc', status: 'skipped', reason: 'unknown extension ".doc"', article: null, cached: false, counts: null },
      ],
    });
    await fs.writeFile('out/manifest.json', JSON.stringify(manifest));
  });
  afterAll(async () => {
    process.chdir(cwd);
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('writes an index and one page per article, reading .txt and .jsonl sources back', async () => {
    const r = await writeReport('out');
    expect((await fs.readdir('out/report')).sort()).toEqual(['a1.html', 'gone.html', 'index.article.html', 'index.html']);
    expect(r.problems).toEqual([expect.stringMatching(/^gone: .*changed since the run/)]);
    const jsonlPage = dom(await fs.readFile('out/report/index.article.html', 'utf8'));
    expect(text(DomUtils.getElementById('text', jsonlPage.children)!)).toBe('Second article: the ICS will go live by 2027.');
    const gonePage = await fs.readFile('out/report/gone.html', 'utf8');
    expect(gonePage).toContain('changed since the run');
    expect(gonePage).not.toContain('id="text"');
  });

  it('indexes every input with its status, the deadlines and the top organisations', async () => {
    await writeReport('out');
    const index = dom(await fs.readFile('out/report/index.html', 'utf8'));
    const rows = DomUtils.getElementsByTagName('tr', index.children).filter((tr) => DomUtils.getElementsByTagName('td', tr.children).length > 0 && tr.parent && (tr.parent as Element).parent && ((tr.parent as Element).parent as Element).attribs.class === 'articles');
    expect(rows).toHaveLength(5);
    expect(text(rows[0]!)).toBe('a1A <b>bold</b> title12312ok');
    expect(rows.map((r) => DomUtils.getElementsByTagName('a', r.children)[0]?.attribs.href ?? null)).toEqual(['a1.html', 'index.article.html', 'gone.html', null, null]);
    expect(text(rows[3]!)).toContain('failed: duplicate article id');
    expect(text(rows[4]!)).toContain('skipped: unknown extension');
    expect(byClass(index, 'deadline-point')).toHaveLength(3);
    const top = DomUtils.findAll((e) => e.name === 'table' && e.attribs.class === 'top', index.children);
    const firstRow = (table: Element) => text(DomUtils.getElementsByTagName('tr', table.children)[1]!);
    expect(top.map(firstRow)).toEqual(['Lantum1a1', 'NHS England2a1, index']);
  });

  it('fails with a one-line reason when the run folder has no manifest', async () => {
    await expect(writeReport('missing')).rejects.toThrow(/missing\/manifest\.json: not found/);
  });
});
