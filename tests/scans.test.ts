// A deterministic guard on a cost the benchmark only shows as noise: how often the extractors scan a whole article
// with a global pattern. Each scan of a 25,000-character article costs about as much as a small rule; the thirty-third
// session found the supplier gazetteer scanned twice per article and the descriptions of bodies ("the trust", "the
// ICB") three times, together 3% of the extraction time (docs/speed-log.md). Timing tests are too noisy on this
// machine to catch that; counting the scans is not.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareText } from './helpers.ts';
import { extractAll } from '../pipeline/3-extract.ts';

const CORPUS = path.join(import.meta.dirname, '..', 'corpus');
/** Whole-article scans per article: 11-12 on the seeds when this was written. Raise it on purpose, not by accident. */
const SCAN_BUDGET = 16;

/** The global patterns that started a scan of the whole article (its text or its normalised copy), by source. */
function wholeArticleScans(text: string): Map<string, number> {
  const doc = prepareText(text);
  const scans = new Map<string, number>();
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    if (this.global && !this.sticky && this.lastIndex === 0 && (s === doc.norm || s === doc.text)) scans.set(this.source, (scans.get(this.source) ?? 0) + 1);
    return exec.call(this, s);
  };
  try {
    extractAll(doc);
  } finally {
    RegExp.prototype.exec = exec;
  }
  return scans;
}

describe('whole-article scans', () => {
  const seeds = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
  it('has seed articles to count on', () => expect(seeds.length).toBeGreaterThan(0));
  it.each(seeds)('%s: no pattern scans the whole article twice, and all of them stay within the budget', (file) => {
    const scans = wholeArticleScans(readFileSync(path.join(CORPUS, file), 'utf8'));
    const repeated = [...scans].filter(([, n]) => n > 1).map(([source, n]) => `${n}× /${source.slice(0, 80)}/`);
    expect(repeated).toEqual([]);
    const total = [...scans.values()].reduce((a, b) => a + b, 0);
    expect(total, [...scans.keys()].map((s) => `/${s.slice(0, 80)}/`).join('\n')).toBeLessThanOrEqual(SCAN_BUDGET);
    // the count is of real scans: every article is scanned at least for dates and amounts
    expect(total).toBeGreaterThan(3);
  });
});
