// The review pages in a real headless Chromium (Debian's chromium, driven by playwright-core):
// run the pipeline over the seed corpus, write the report, then check what a reviewer sees
// against output JSON. Screenshots go to output/report-e2e/ for a person to look at.
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { runPipeline } from '../pipeline/run.ts';
import { writeReport } from '../pipeline/report/index.ts';
import { pageFile } from '../pipeline/report/escape.ts';
import { ArticleResult } from '../pipeline/records.ts';

const CHROMIUM = '/usr/bin/chromium';
const missing = !existsSync(CHROMIUM);
const SHOTS = path.resolve('output', 'report-e2e');
// as root Chromium needs --no-sandbox; the rest keeps a test browser off the network
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

describe.skipIf(missing)(`report in headless Chromium${missing ? ` (skipped: ${CHROMIUM} not installed; apt-get install chromium)` : ''}`, () => {
  let tmp: string;
  let outDir: string;
  let results: ArticleResult[];
  let browser: Browser;
  let ctx: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];
  const url = (file: string) => pathToFileURL(path.join(outDir, 'report', file)).href;

  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'report-e2e-'));
    outDir = path.join(tmp, 'out');
    await runPipeline({ paths: ['corpus'], outDir, published: null, concurrency: 2, cache: false, cacheDir: path.join(tmp, 'cache'), timings: false });
    await writeReport(outDir);
    const names = (await fs.readdir(path.join(outDir, 'json'))).sort();
    results = await Promise.all(names.map(async (n) => ArticleResult.parse(JSON.parse(await fs.readFile(path.join(outDir, 'json', n), 'utf8')))));
    await fs.mkdir(SHOTS, { recursive: true });
    // launch() gives Chromium a fresh temporary --user-data-dir of its own
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    ctx.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    page = await ctx.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  });

  it('index: one row per article and one timeline point per deadline, each leading to its highlight', async () => {
    await page.goto(url('index.html'));
    expect(await page.locator('table.articles tr.article').count()).toBe(results.length);
    const deadlines = results.flatMap((r) => r.dates.map((d, i) => ({ id: r.article.id, i, d })).filter((x) => x.d.kind === 'deadline'));
    const points = page.locator('svg.timeline .deadline-point');
    expect(await points.count()).toBe(deadlines.length);
    const hrefs = await page.locator('svg.timeline a.deadline-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(deadlines.map((x) => `${encodeURIComponent(pageFile(x.id))}#dates-${x.i}`).sort());
    await page.screenshot({ path: path.join(SHOTS, 'index.png'), fullPage: true });
    if (deadlines.length > 0) {
      await points.first().click();
      expect(page.url()).toMatch(/\.html#dates-\d+$/);
      const target = page.locator(':target');
      await expect.poll(() => target.count()).toBe(1);
      expect(await target.evaluate((e) => e.classList.contains('deadline'))).toBe(true);
      expect(await target.isVisible()).toBe(true);
    }
  });

  it('article: every record is highlighted at its span, visibly, and reads as the JSON says', async () => {
    const busiest = [...results].sort((a, b) => count(b) - count(a))[0]!;
    await page.goto(url(pageFile(busiest.article.id)));
    const pieces = await page.locator('#text mark.hl').evaluateAll((ms) => {
      const by: Record<string, string> = {};
      for (const m of ms) by[(m as HTMLElement).dataset.rec!] = (by[(m as HTMLElement).dataset.rec!] ?? '') + m.textContent;
      return by;
    });
    const want: Record<string, string> = {};
    for (const kind of ['entities', 'dates', 'metrics', 'vendors'] as const) {
      busiest[kind].forEach((r, i) => {
        want[`${kind}-${i}`] = 'mentions' in r ? r.mentions.map((m) => m.text).join('') : r.text;
      });
    }
    expect(pieces).toEqual(want);
    const first = page.locator('#text mark.hl').first();
    const box = await first.boundingBox();
    expect(box && box.width > 0 && box.height > 0).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'article.png') });
  });

  it('article: a highlight is clickable and shows its normalised record; filters show one kind', async () => {
    const withMetric = results.find((r) => r.metrics.length > 0 && (r.dates.length > 0 || r.entities.length > 0));
    expect(withMetric, 'an article with metrics and another kind').toBeDefined();
    const r = withMetric!;
    await page.goto(url(pageFile(r.article.id)));
    const mark = page.locator('#metrics-0');
    await mark.click();
    const details = page.locator('#details');
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await details.getAttribute('class')).toContain('pinned');
    const shown = await details.innerText();
    expect(shown).toContain(r.metrics[0]!.rule);
    expect(shown).toContain(r.metrics[0]!.unit);
    await page.screenshot({ path: path.join(SHOTS, 'article-details.png') });

    const other = page.locator(r.dates.length > 0 ? '#dates-0' : '#entities-0');
    const colour = (l: typeof mark) => l.evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await colour(other)).not.toBe('rgba(0, 0, 0, 0)');
    await page.locator('label[for=show-metrics]').click();
    expect(await colour(other)).toBe('rgba(0, 0, 0, 0)');
    expect(await colour(mark)).not.toBe('rgba(0, 0, 0, 0)');
    await page.locator('label[for=show-all]').click();
    expect(await colour(other)).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('reads without JavaScript, asks for nothing over the network, and raises no script error', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    const r = [...results].sort((a, b) => count(b) - count(a))[0]!;
    await p.goto(url(pageFile(r.article.id)));
    expect(await p.locator('#text').innerText()).toContain(r.article.title ?? '');
    expect(await p.locator('#details').isVisible()).toBe(false);
    // one element with an id per mention or span: every highlight is there without the script
    const spans = r.entities.flatMap((e) => e.mentions).length + r.dates.length + r.metrics.length + r.vendors.flatMap((v) => v.mentions).length;
    expect(await p.locator('#text mark.hl[id]').count()).toBe(spans);
    expect(await p.locator('#rec-dates-0, #rec-metrics-0').count()).toBeGreaterThan(0);
    await noJs.close();
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});

const count = (r: ArticleResult) => r.entities.length + r.dates.length + r.metrics.length + r.vendors.length;
