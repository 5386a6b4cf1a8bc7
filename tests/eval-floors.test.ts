// The accuracy floor: the pipeline's F1 on the seed gold may not fall below the committed
// floors. Floors only go up (fixtures/eval-floors.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { discover, readArticles } from '../pipeline/1-read.ts';
import { processArticle } from '../pipeline/process.ts';
import { evaluate, loadGold } from '../pipeline/evaluate.ts';
import type { Predicted } from '../pipeline/score.ts';

const floors = JSON.parse(readFileSync('fixtures/eval-floors.json', 'utf8')) as { f1: Record<string, number>; attributes: Record<string, number> };

const gold = await loadGold('fixtures/gold');
const pred = new Map<string, Predicted>();
for (const f of (await discover(['corpus'])).files) {
  for (const o of await readArticles(f)) {
    if (o.status !== 'ok') continue;
    const p = processArticle(o.article, null);
    if (p.ok) pred.set(o.article.id, p.result);
  }
}
const { score } = evaluate(gold, pred);

describe('accuracy floors on the seed gold', () => {
  it('scores every gold article', () => {
    expect(pred.size).toBe(gold.size);
  });
  for (const [kind, floor] of Object.entries(floors.f1)) {
    it(`${kind} F1 ≥ ${floor}`, () => {
      expect(score.kinds[kind]?.f1 ?? 0).toBeGreaterThanOrEqual(floor);
    });
  }
  for (const [attr, floor] of Object.entries(floors.attributes)) {
    it(`${attr} accuracy ≥ ${floor}`, () => {
      expect(score.attributes[attr]?.accuracy ?? 0).toBeGreaterThanOrEqual(floor);
    });
  }
});
