// The scorer decides every accuracy figure we publish, so it is tested against the rules
// of ANNOTATION.md's "How a run is scored" directly.
import { describe, expect, it } from 'vitest';
import { prf, scoreArticle, scoreCorpus, type GoldArticle, type Predicted } from '../pipeline/score.ts';
import { fold } from '../pipeline/fold.ts';

const empty = { entities: [], dates: [], metrics: [], vendors: [] };
const gold = (over: Partial<GoldArticle>): GoldArticle => ({ article: 'a', published: null, ...empty, ...over });
const pred = (over: Partial<Predicted>): Predicted => ({ ...empty, ...over });
const ent = (type: string, name: string, aliases: string[] = [], extra: object = {}) => ({ type, name, aliases, ...extra });
const date = (text: string, kind: string, start: string | null, end: string | null, extra: object = {}) => ({ text, kind, start, end, ...extra });

describe('fold', () => {
  it.each([
    ['The Royal Free', 'royal free'],
    ['Moorfields’', 'moorfields'],
    ["Lantum's", 'lantum'],
    ['  North   East London ICS ', 'north east london ics'],
    ['CW+', 'cw'],
  ])('%s → %s', (a, b) => expect(fold(a)).toBe(b));
});

describe('prf', () => {
  it('computes precision, recall and F1', () => {
    const s = prf({ tp: 3, fp: 1, fn: 2 });
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.6);
    expect(s.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });
});

describe('entities', () => {
  it('matches by folded name or by a name and an alias, same type only', () => {
    const g = gold({ entities: [ent('organisation', 'Moorfields Eye Hospital', ['Moorfields']), ent('place', 'London'), ent('person', 'Jane Haplin')] });
    const p = pred({ entities: [ent('organisation', 'Moorfields'), ent('organisation', 'London'), ent('person', 'jane haplin')] });
    const s = scoreArticle(g, p);
    expect(s.counts.entities).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(s.counts['entities.place']).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
  it('matches one-to-one: a second prediction of the same entity is spurious', () => {
    const s = scoreArticle(gold({ entities: [ent('place', 'London')] }), pred({ entities: [ent('place', 'London'), ent('place', 'the London')] }));
    expect(s.counts.entities).toEqual({ tp: 1, fp: 1, fn: 0 });
  });
  it('scores person role and organisation over matched people', () => {
    const g = gold({ entities: [ent('person', 'Paul Adams', [], { role: 'head of IT', organisation: 'Homerton University Hospital' }), ent('organisation', 'Homerton University Hospital', ['Homerton'])] });
    const p = pred({ entities: [ent('person', 'Paul Adams', [], { role: 'Head of IT', organisation: 'Homerton' })] });
    const s = scoreArticle(g, p);
    expect(s.attributes['person.role']).toEqual({ correct: 1, total: 1 });
    expect(s.attributes['person.organisation']).toEqual({ correct: 1, total: 1 });
  });
});

describe('dates', () => {
  it('matches resolved dates on kind, start and end', () => {
    const g = gold({ dates: [date('March 2025', 'point', '2025-03-01', '2025-03-31')] });
    expect(scoreArticle(g, pred({ dates: [date('in March 2025', 'point', '2025-03-01', '2025-03-31')] })).counts.dates).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scoreArticle(g, pred({ dates: [date('March 2025', 'point', '2025-03-01', '2025-03-30')] })).counts.dates).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
  it('matches unresolved dates by kind and folded text containment', () => {
    const g = gold({ dates: [date('In March', 'point', null, null)] });
    expect(scoreArticle(g, pred({ dates: [date('March', 'point', null, null)] })).counts.dates!.tp).toBe(1);
    expect(scoreArticle(g, pred({ dates: [date('March', 'relative', null, null)] })).counts.dates!.tp).toBe(0);
  });
  it('counts a deadline found as a point as a miss, and scores deadlines and subjects on their own', () => {
    const dl = date('by March 2025', 'deadline', '2025-03-01', '2025-03-31', { trigger: 'by', subject: 'South West London ICS' });
    const g = gold({ dates: [dl], entities: [ent('organisation', 'South West London ICS', ['South West London'])] });
    const asPoint = scoreArticle(g, pred({ dates: [date('March 2025', 'point', '2025-03-01', '2025-03-31')] }));
    expect(asPoint.counts.deadlines).toEqual({ tp: 0, fp: 0, fn: 1 });
    const found = scoreArticle(g, pred({ dates: [{ ...dl, subject: 'South West London' }] }));
    expect(found.counts.deadlines).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(found.attributes['deadline.subject']).toEqual({ correct: 1, total: 1 });
  });
});

describe('metrics', () => {
  it('matches on value and unit; noun and qualifier are attribute accuracies', () => {
    const g = gold({ metrics: [{ text: 'over 60 percent of participants', value: 60, unit: 'percent', noun: 'participants', qualifier: 'more than', per: null }] });
    const s = scoreArticle(g, pred({ metrics: [{ text: '60 percent', value: 60, unit: 'percent', noun: 'people', qualifier: 'more than', per: null }] }));
    expect(s.counts.metrics).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.attributes['metric.noun']).toEqual({ correct: 0, total: 1 });
    expect(s.attributes['metric.qualifier']).toEqual({ correct: 1, total: 1 });
    expect(scoreArticle(g, pred({ metrics: [{ text: '60', value: 60, unit: 'count', noun: null, qualifier: null, per: null }] })).counts.metrics!.tp).toBe(0);
  });
});

describe('vendors', () => {
  it('matches on name or alias and scores products and customers as recall', () => {
    const g = gold({
      vendors: [{ name: 'Lantum', aliases: ['Network Locum'], products: ['Connected Scheduling', 'Rocketpay'], customers: ['Birmingham and Solihull ICB'] }],
      entities: [ent('organisation', 'Birmingham and Solihull ICB', ['BSol ICB'])],
    });
    const s = scoreArticle(g, pred({ vendors: [{ name: 'Network Locum', aliases: [], products: ['Connected Scheduling'], customers: ['BSol ICB', 'Other Trust'] }] }));
    expect(s.counts.vendors).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.attributes['vendor.products']).toEqual({ correct: 1, total: 2 });
    expect(s.attributes['vendor.customers']).toEqual({ correct: 1, total: 1 });
  });
});

describe('corpus', () => {
  it('micro-averages over articles and reports the macro F1 of the four kinds', () => {
    const a = scoreArticle(gold({ entities: [ent('place', 'London')] }), pred({ entities: [ent('place', 'London')] }));
    const b = scoreArticle(gold({ entities: [ent('place', 'Leeds')] }), pred({}));
    const c = scoreCorpus([a, b]);
    expect(c.kinds.entities!.tp).toBe(1);
    expect(c.kinds.entities!.fn).toBe(1);
    expect(c.kinds.entities!.f1).toBeCloseTo(2 / 3);
    // dates, metrics and vendors: nothing in gold and nothing predicted counts as perfect
    expect(c.macroF1).toBeCloseTo((2 / 3 + 3) / 4);
  });
});
