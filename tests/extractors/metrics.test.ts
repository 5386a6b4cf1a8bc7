// Table-driven tests of the metrics extractor against ANNOTATION.md's "## Metrics" rules: the
// worked examples in extractors/metrics/examples.ts, negative sentences, record invariants and
// odd input.
import { describe, expect, it } from 'vitest';
import { prepareText } from '../helpers.ts';
import { extractMetrics } from '../../extractors/metrics/index.ts';
import { extractEntities } from '../../extractors/entities/index.ts';
import { extractDates } from '../../extractors/dates/index.ts';
import { POSITIVE, NEGATIVE } from '../../extractors/metrics/examples.ts';
import { MetricRecord, Unit } from '../../extractors/metrics/schema.ts';
import { OTHER_UNITS } from '../../extractors/metrics/lexicon.ts';

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

describe('metrics: values as written in full', () => {
  // a gold file writes a third as the double 1/3; a value rounded to nine places matches it only within a tolerance
  it.each([
    ['Roughly a third of self-referrals now come online.', 1 / 3],
    ['Two thirds of practices use the tool.', 2 / 3],
    ['One in six adults has a long-term condition.', 1 / 6],
    ['Uptake rose by 0.3 percent.', 0.3],
    ['The contract is worth £1.1 million.', 1_100_000],
    ['The contract is worth £8.2m over five years.', 8_200_000],
    ['The programme has a budget of £0.29bn.', 290_000_000],
  ])('%s', (sentence, value) => {
    expect(run(sentence).map((r) => r.value)).toContain(value);
  });
});

describe('metrics: negative cases yield nothing', () => {
  it.each(NEGATIVE)('%s', (sentence) => {
    expect(run(sentence).map((r) => r.text)).toEqual([]);
  });
});

describe('metrics: record invariants', () => {
  const text = 'More than 300 GP practices and 17% of staff joined.\nThe ICB invested £4.5 million; 300 GP practices agreed.\nBetween 20 and 30 patients attend, one in five adults.';
  const records = run(text);
  it('every record fits the schema and its span matches the text', () => {
    for (const r of records) {
      expect(() => MetricRecord.parse(r)).not.toThrow();
      expect(text.slice(r.span.start, r.span.end)).toBe(r.text);
      expect(r.text).toBe(r.text.trim());
    }
  });
  it('lists records in text order, each distinct text once', () => {
    expect(records.map((r) => r.span.start)).toEqual([...records.map((r) => r.span.start)].sort((a, b) => a - b));
    expect(records.filter((r) => r.text === '300 GP practices')).toHaveLength(1);
  });
  it('carries a stable rule id', () => {
    expect(records.find((r) => r.text.includes('£4.5 million'))!.rule).toBe('money-symbol');
  });
  it('is deterministic', () => {
    expect(run(text)).toEqual(records);
  });
});

describe('metrics: age bands', () => {
  it('give a record for each end of each band, its text saying which end, so a number two bands share is not merged', () => {
    const rs = run('Women aged 25 to 50 are invited every three years and those aged 50 to 64 every five.');
    const ages = rs.filter((r) => r.noun === 'age').map((r) => [r.text, r.value]);
    expect(ages).toEqual([['aged 25', 25], ['to 50', 50], ['aged 50', 50], ['to 64', 64]]);
  });
});

describe('metrics: abbreviations that look like units', () => {
  it('reads "HR" as human resources, not hours', () => {
    const rs = run('The shared service answered 31,500 HR and pay queries last year.');
    expect(rs.filter((r) => r.unit === 'hour')).toEqual([]);
    expect(rs.map((r) => [r.value, r.unit])).toContainEqual([31500, 'count']);
  });
});

describe('metrics: unit words', () => {
  // a unit the schema rejects would fail its whole article at validation
  it.each([...new Set(OTHER_UNITS.values())])('%s fits the unit schema', (unit) => {
    expect(Unit.safeParse(unit).success).toBe(true);
  });
});

describe('metrics: odd and adversarial input', () => {
  it.each([
    ['empty', ''],
    ['spaces', ' '.repeat(1_000_000)],
    ['numbers with units and ranges', '£12m to 13% of 12 - '.repeat(20_000)],
    ['digits and commas', '1,2,3,4,5,6,7,8,9,0,'.repeat(20_000)],
    ['number words', 'twenty-five and a half thousand and a third of '.repeat(10_000)],
    ['unicode', '\u{1F600} 12\u00A0% \u200B£4\u2009m \u2013 5bn \uFFFF'],
  ])('%s stays fast and does not throw', (_name, text) => {
    const doc = prepareText(text);
    const t0 = performance.now();
    expect(() => extractMetrics(doc, {})).not.toThrow();
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('metrics: the base of a rate', () => {
  it('belongs to the rate’s own clause, not to a count before a new clause', () => {
    const rs = run('Its virtual ward programme now has 160 beds, with a target of 40 to 50 beds per 100,000 population.');
    expect(rs.map((r) => [r.value, r.per])).toEqual([
      [160, null],
      [40, 100000],
      [50, 100000],
    ]);
  });
});

describe('metrics: a set counted before', () => {
  it('is not a new metric when a word points back to it', () => {
    const rs = run('Kheiron partnered with four NHS trusts. Mia will be live at all four trusts by May, and the trusts expect four more sites.');
    expect(rs.map((r) => r.text)).toEqual(['four NHS trusts', 'four more sites']);
  });
});

describe('metrics: the span of a qualified quantity', () => {
  it.each([
    ['He said: “Within three years we want it.”', 'Within three years'],
    ['The app reached (around 40,000 users) by May.', 'around 40,000 users'],
    ['It has about 40 staff.', 'about 40 staff'],
  ])('%s → %s', (sentence, text) => {
    expect(run(sentence).map((r) => r.text)).toContain(text);
  });
});

describe('metrics: numbers inside dates the dates extractor found', () => {
  const withDates = (text: string) => {
    const doc = prepareText(text);
    return extractMetrics(doc, { dates: extractDates(doc, {}) });
  };
  it('drop a duration that is the date ("within the next 18 months")', () => {
    expect(withDates('The trust will replace its PAS in the next 18 months.').map((m) => m.text)).toEqual([]);
  });
  it('keep a thing that lasts inside what a deadline says is due', () => {
    const rs = withDates('NHS Borders is due to begin a nine-month evaluation in the spring.');
    expect(rs.map((m) => [m.value, m.unit, m.noun])).toEqual([[9, 'month', 'evaluation']]);
  });
});

describe('metrics: a product the entities extractor named, between a number and a plural', () => {
  const withEntities = (text: string) => {
    const doc = prepareText(text);
    return extractMetrics(doc, { entities: extractEntities(doc, {}) });
  };
  it('counts the plural it modifies ("3,100 Near Me appointments"), without the product\'s name', () => {
    const rs = withEntities('Therapists held 3,100 Near Me appointments last year.');
    expect(rs.map((m) => [m.value, m.unit, m.noun])).toEqual([[3100, 'count', 'appointments']]);
  });
  it('leaves out a supplier or body named in front of what is counted ("a £4.2m Civica deal", "105,000 NHS Wales staff")', () => {
    const rs = withEntities('Cwm Taf Morgannwg signed a £4.2m Civica deal with Civica. The agreement with NHS Wales covers about 105,000 NHS Wales staff.');
    expect(rs.map((m) => [m.value, m.unit, m.noun])).toEqual([[4200000, 'GBP', 'deal'], [105000, 'count', 'staff']]);
  });
  it('reads a capitalised word the tagger takes for a verb as a name in front of the noun ("a £250,000 Innovate UK grant")', () => {
    const rs = withEntities('The company has won a £250,000 Innovate UK grant for the pilot.');
    expect(rs.map((m) => [m.value, m.unit, m.noun])).toEqual([[250000, 'GBP', 'grant']]);
  });
  it('keeps generic initials in front of what is counted ("32 NHS trusts", "365 GP practices")', () => {
    const rs = withEntities('The NHS in the region has 32 NHS trusts and 365 GP practices.');
    expect(rs.map((m) => [m.value, m.unit, m.noun])).toEqual([[32, 'count', 'NHS trusts'], [365, 'count', 'GP practices']]);
  });
  it('counts nothing before a name that no extractor calls a product ("10 Downing Street")', () => {
    expect(withEntities('The office is at 10 Downing Street in London.')).toEqual([]);
  });
});

describe('metrics: how often, inside a range', () => {
  it('is no number: "a quarter" after a quantity is how often it happens', () => {
    const rs = run('The move will cut planned downtime from around six hours a quarter to under 30 minutes.');
    expect(rs.map((m) => [m.text, m.value, m.unit])).toEqual([
      ['around six hours', 6, 'hour'],
      ['under 30 minutes', 30, 'minute'],
    ]);
  });
});
