// Table-driven tests of the dates extractor against ANNOTATION.md's tables and rules.
import { describe, expect, it } from 'vitest';
import { prepareText } from '../helpers.ts';
import { extractDates } from '../../extractors/dates/index.ts';
import { POSITIVE, NEGATIVE } from '../../extractors/dates/examples.ts';
import type { EntityRecord } from '../../extractors/entities/schema.ts';
import type { Prepared } from '../../pipeline/2-prepare.ts';
import { sentenceAt } from '../../pipeline/span.ts';
import { seasonYear } from '../../extractors/dates/resolve.ts';

const run = (text: string, published?: string) => extractDates(prepareText(text, { published: published ?? null }), {});

describe('dates: expressions from the guideline', () => {
  it('has at least 80 expressions and 20 negative sentences', () => {
    expect(POSITIVE.length).toBeGreaterThanOrEqual(80);
    expect(NEGATIVE.length).toBeGreaterThanOrEqual(20);
  });
  it.each(POSITIVE.map((e) => [e.text, e.published ?? 'no date', e] as const))('%s (published: %s)', (_t, _p, e) => {
    const records = run(e.sentence, e.published);
    const r = records.find((x) => x.text === e.text);
    expect(r, `${JSON.stringify(records.map((x) => x.text))}`).toBeDefined();
    expect(r!.kind).toBe(e.kind);
    expect([r!.start, r!.end]).toEqual([e.start, e.end]);
    if (e.granularity !== undefined) expect(r!.granularity).toBe(e.granularity);
    if (e.trigger !== undefined) expect(r!.trigger).toBe(e.trigger);
    if (e.kind !== 'deadline') expect(r!.trigger).toBeNull();
  });
});

describe('dates: negative cases yield nothing', () => {
  it.each(NEGATIVE)('%s', (sentence) => {
    expect(run(sentence).map((r) => r.text)).toEqual([]);
  });
});

describe('dates: record invariants', () => {
  const text = 'By March 2025 the ICS will go live. In 2022, 2022 was busy; last year too.\nLast year the plan ran until 2027.';
  const records = run(text);
  it('spans match the text and output is sorted by start', () => {
    for (const r of records) expect(text.slice(r.span.start, r.span.end)).toBe(r.text);
    expect(records.map((r) => r.span.start)).toEqual([...records.map((r) => r.span.start)].sort((a, b) => a - b));
  });
  it('lists each (text, kind) once, folding case', () => {
    expect(records.filter((r) => r.text === '2022')).toHaveLength(1);
    expect(records.filter((r) => r.text.toLowerCase() === 'last year')).toHaveLength(1);
  });
  it('carries a stable rule id', () => {
    expect(records.find((r) => r.text === 'By March 2025')!.rule).toBe('month-year');
  });
  it('is deterministic', () => {
    expect(run(text)).toEqual(records);
  });
});

describe('dates: odd and adversarial input', () => {
  it.each([
    ['empty', ''],
    ['spaces', ' '.repeat(1_000_000)],
    // 300 KB of nothing but date expressions: every rule runs over all of it (about 1.2 s alone
    // here); the linear-time test in tests/robustness covers how the time grows with length
    ['capitalised words, digits and commas', 'March April 2024, 2025, Q3 by '.repeat(10_000)],
    ['digits', '2024/25-2026 '.repeat(60_000)],
    ['unicode', '\u{1F600} 2023 \u200B\u00A0March\u2013May 2024 \uFFFF'],
  ])('%s stays fast and does not throw', (_name, text) => {
    const t0 = performance.now();
    expect(() => run(text)).not.toThrow();
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

/** Upstream entity records built by hand: each name with every mention found in the text. */
function entities(doc: Prepared, list: { type: EntityRecord['type']; name: string; aliases?: string[]; rule?: string; organisation?: string }[]): EntityRecord[] {
  return list.map((e) => {
    const mentions = [e.name, ...(e.aliases ?? [])].flatMap((n) =>
      [...doc.text.matchAll(new RegExp(n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({
        start: m.index,
        end: m.index + n.length,
        text: n,
        sentence: sentenceAt(doc.sentences, m.index),
      })),
    );
    return { type: e.type, name: e.name, aliases: e.aliases ?? [], role: null, organisation: e.organisation ?? null, rule: e.rule ?? 'test', mentions };
  });
}

describe('dates: every season word resolves on every day of the year', () => {
  // "last winter" in an article published in January once threw (no winter before the one under way
  // was among the candidates), losing the whole article
  const days = Array.from({ length: 12 }, (_, k) => `2026-${String(k + 1).padStart(2, '0')}-15`);
  it.each(days)('published %s', (published) => {
    for (const w of ['last', 'next', 'this', 'the coming', 'the past']) {
      for (const season of ['winter', 'spring', 'summer', 'autumn']) {
        const text = `It happened ${w} ${season}, and again in the ${season}.`;
        const records = run(text, published);
        const r = records.find((x) => x.text.toLowerCase() === `${w} ${season}`);
        expect(r?.start, text).toMatch(/^\d{4}-\d{2}-01$/);
      }
    }
  });
});

describe('dates: a season without a year is the occurrence nearest the publication day', () => {
  it.each([
    ['2026-01-21', 'summer', 2026],
    ['2026-01-21', 'autumn', 2025],
    ['2026-07-15', 'spring', 2026],
    ['2025-11-10', 'spring', 2026],
    ['2026-12-15', 'winter', 2026],
  ] as const)('published %s, %s → %i', (published, season, year) => {
    const [y, m, d] = published.split('-').map(Number) as [number, number, number];
    expect(seasonYear({ y, m, d }, season, 'closest')).toBe(year);
  });
});

describe('deadlines: subject and commitment', () => {
  const cases: { name: string; text: string; ents: Parameters<typeof entities>[1]; deadline: string; subject: string | null }[] = [
    {
      name: 'sentence subject',
      text: 'By 2024, Staffordshire and Stoke-on-Trent will be nationally recognised as an exemplar of digital transformation.',
      ents: [{ type: 'place', name: 'Staffordshire and Stoke-on-Trent' }],
      deadline: 'By 2024',
      subject: 'Staffordshire and Stoke-on-Trent',
    },
    {
      name: 'the subject of the clause with the deadline, past an apposition between spaced dashes',
      text: 'Northumbria Healthcare NHS Foundation Trust remains on Millennium, while University Hospitals Tees – the group formed by North Tees and Hartlepool NHS Foundation Trust and South Tees Hospitals NHS Foundation Trust – wants approval of its business case by March 2026.',
      ents: [{ type: 'organisation', name: 'Northumbria Healthcare NHS Foundation Trust' }, { type: 'organisation', name: 'University Hospitals Tees' }, { type: 'organisation', name: 'North Tees and Hartlepool NHS Foundation Trust' }, { type: 'organisation', name: 'South Tees Hospitals NHS Foundation Trust' }],
      deadline: 'by March 2026',
      subject: 'University Hospitals Tees',
    },
    {
      name: 'the first of bodies joined by "and" opening a clause, past the first one’s short form in brackets',
      text: 'Barnsley Hospital NHS Foundation Trust is scheduled to go live in November, while Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust (DBTH) and Sheffield Teaching Hospitals NHS Foundation Trust are due to follow in early 2026.',
      ents: [{ type: 'organisation', name: 'Barnsley Hospital NHS Foundation Trust' }, { type: 'organisation', name: 'Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust', aliases: ['DBTH'] }, { type: 'organisation', name: 'Sheffield Teaching Hospitals NHS Foundation Trust' }],
      deadline: 'due to follow in early 2026',
      subject: 'Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust',
    },
    {
      name: 'a body joined by "and" to a name the article gives no entity, before the verb',
      text: 'Avonshire ICB is funding the integration work. Under the ICB’s timetable, Wexcombe Hospices and ellenor are set to go live in Q3 2025.',
      ents: [{ type: 'organisation', name: 'Avonshire ICB' }, { type: 'organisation', name: 'Wexcombe Hospices' }],
      deadline: 'set to go live in Q3 2025',
      subject: 'Wexcombe Hospices',
    },
    {
      name: '"the system" after a preposition of place says where, not who: the next description is the subject',
      text: 'Avonshire and Wexcombe ICS covers 900,000 people. Dr Jo Bloggs is chief digital officer at Avonshire and Wexcombe ICB.\n\nElsewhere in the system, the ICB has rolled out the triage tool to 61 of its 86 practices, and says it will reach the rest by the end of the year.',
      ents: [{ type: 'organisation', name: 'Avonshire and Wexcombe ICS' }, { type: 'person', name: 'Jo Bloggs' }, { type: 'organisation', name: 'Avonshire and Wexcombe ICB' }],
      deadline: 'by the end of the year',
      subject: 'Avonshire and Wexcombe ICB',
    },
    {
      name: 'a person who reports the deadline earlier in its sentence speaks for their organisation',
      text: 'Avonshire ICS covers 900,000 people. Priya Raman is chief digital officer at Avonshire ICB.\n\nPriya said the next step is adding Wexcombe County Council and Belmont County Council records, which she wants in place no later than December.',
      ents: [{ type: 'organisation', name: 'Avonshire ICS' }, { type: 'person', name: 'Priya Raman', organisation: 'Avonshire ICB', aliases: ['Priya'] }, { type: 'organisation', name: 'Avonshire ICB' }, { type: 'organisation', name: 'Wexcombe County Council' }, { type: 'organisation', name: 'Belmont County Council' }],
      deadline: 'no later than December',
      subject: 'Avonshire ICB',
    },
    {
      name: '"she said" stands for the last person named before, who speaks for their organisation',
      text: 'Avonshire ICB joined the platform last year. Dr Kim Lowe is deputy director for data at NHS England.\n\nShe said the audit would be extended to access controls, with results published by April 2026.',
      ents: [{ type: 'organisation', name: 'Avonshire ICB' }, { type: 'person', name: 'Kim Lowe', organisation: 'NHS England' }, { type: 'organisation', name: 'NHS England' }],
      deadline: 'by April 2026',
      subject: 'NHS England',
    },
    {
      name: 'a clause of a quotation that names no body commits the speaker’s body',
      text: 'Avonshire ICS has published its digital strategy. The ICS covers 1.6 million people.\n\nJo Hale, chief digital officer at Avonshire ICB, said the strategy was written for the whole system.\n\n“We have 11 foundation trusts and 14 councils,” she said. “The first milestone is that every trust reaches the core level of digitisation by March 2026.”',
      ents: [{ type: 'organisation', name: 'Avonshire ICS' }, { type: 'person', name: 'Jo Hale', organisation: 'Avonshire ICB' }, { type: 'organisation', name: 'Avonshire ICB' }],
      deadline: 'by March 2026',
      subject: 'Avonshire ICB',
    },
    {
      name: 'in a quotation, a name that stands for the body after the deadline is still the subject, not the speaker’s body',
      text: 'Jo Hale, chief digital officer at Avonshire ICB, set out the vision.\n\n“By 2024, Wexcombe and Belmont will be nationally recognised as an exemplar of digital transformation,” she said.',
      ents: [{ type: 'person', name: 'Jo Hale', organisation: 'Avonshire ICB' }, { type: 'organisation', name: 'Avonshire ICB' }, { type: 'place', name: 'Wexcombe and Belmont' }],
      deadline: 'By 2024',
      subject: 'Wexcombe and Belmont',
    },
    {
      name: 'a news publisher reports a deadline, it never commits to one',
      text: 'The shared record is to be re-procured, with a new contract award scheduled for December 2026, HSJ has learned.',
      ents: [{ type: 'organisation', name: 'HSJ' }],
      deadline: 'scheduled for December 2026',
      subject: null,
    },
    {
      name: 'the body a duty is put on commits, not the one putting it',
      text: 'Under its special measures arrangements, the Welsh Government requires Betsi Cadwaladr University Health Board to submit a balanced three-year plan no later than 31 March 2025.',
      ents: [{ type: 'organisation', name: 'Welsh Government' }, { type: 'organisation', name: 'Betsi Cadwaladr University Health Board' }],
      deadline: 'no later than 31 March 2025',
      subject: 'Betsi Cadwaladr University Health Board',
    },
    {
      name: 'a sentence that names no one, in a supplier’s press release, commits the company the release is from',
      text: 'PRESS RELEASE\n\nMaidstone, 20 January 2026 – Telvora Health has won a £2.3m contract with NHS Kent and Medway Integrated Care Board.\n\nIt will see the platform installed in up to 400 care homes by December 2026.',
      ents: [{ type: 'organisation', name: 'Telvora Health', rule: 'company-x' }, { type: 'organisation', name: 'NHS Kent and Medway Integrated Care Board' }],
      deadline: 'by December 2026',
      subject: 'Telvora Health',
    },
    {
      name: '"the company" points back to a company named before it, not one named between it and the deadline',
      text: 'CarePoint raised £9m this year. The company also expects to complete an integration with the Oracle Health EPR used by several trusts by the end of March 2026.',
      ents: [{ type: 'organisation', name: 'CarePoint' }, { type: 'organisation', name: 'Oracle Health' }],
      deadline: 'by the end of March 2026',
      subject: 'CarePoint',
    },
    {
      name: '"we" in a quotation a body\'s spokesperson opened is that body, not the body of the person quoted most',
      text: 'Avonford Shared Services runs bots for three boards. Jo Bloggs, director of automation at Avonford Shared Services, said: "We run them for everyone."\n\nA Welsh Government spokesperson said: "Automation is central. We expect every health board to have an approved plan in place by April 2026."',
      ents: [{ type: 'organisation', name: 'Avonford Shared Services' }, { type: 'person', name: 'Jo Bloggs', organisation: 'Avonford Shared Services' }, { type: 'organisation', name: 'Welsh Government' }],
      deadline: 'by April 2026',
      subject: 'Welsh Government',
    },
    {
      name: 'bodies after ", with" commit to what they are scheduled for; hospital sites there would not',
      text: 'Bolton Council and Wigan Council connected in May; Stockport Council is next, with Trafford Council and Manchester City Council targeted for October.',
      ents: [{ type: 'organisation', name: 'Bolton Council' }, { type: 'organisation', name: 'Wigan Council' }, { type: 'organisation', name: 'Stockport Council' }, { type: 'organisation', name: 'Trafford Council' }, { type: 'organisation', name: 'Manchester City Council' }],
      deadline: 'targeted for October',
      subject: 'Trafford Council',
    },
    {
      name: 'hospital sites after ", with" follow; the body before them commits',
      text: 'Hywel Dda University Health Board went live at Glangwili, with Bronglais General Hospital and Prince Philip Hospital following by March 2026.',
      ents: [{ type: 'organisation', name: 'Hywel Dda University Health Board' }, { type: 'organisation', name: 'Bronglais General Hospital' }, { type: 'organisation', name: 'Prince Philip Hospital' }],
      deadline: 'by March 2026',
      subject: 'Hywel Dda University Health Board',
    },
    {
      name: '"the health board" points back to the health board, not a body named more often since',
      text: 'Hywel Dda University Health Board has published a strategy developed with Digital Health and Care Wales (DHCW).\nDHCW runs national systems. DHCW hosts the app. DHCW will add features.\nThe health board also wants 75 percent of letters to be sent digitally by December 2026.',
      ents: [{ type: 'organisation', name: 'Hywel Dda University Health Board' }, { type: 'organisation', name: 'Digital Health and Care Wales', aliases: ['DHCW'] }],
      deadline: 'by December 2026',
      subject: 'Hywel Dda University Health Board',
    },
    {
      name: 'a body called "the board" throughout is the topic of a sentence that names no one',
      text: 'NHS Grampian has launched a pilot with Qure.ai and Skin Analytics.\nThe board chose two suppliers. The board expects more referrals. The board will report back.\nQure.ai said Skin Analytics was a partner.\nAn independent evaluation of both tools is due by the end of March 2026.',
      ents: [{ type: 'organisation', name: 'NHS Grampian' }, { type: 'organisation', name: 'Qure.ai' }, { type: 'organisation', name: 'Skin Analytics' }],
      deadline: 'by the end of March 2026',
      subject: 'NHS Grampian',
    },
    {
      name: '"the network" points back to the network, past a supplier named since',
      text: 'North East Imaging Network gets £12m.\nHosted by Newcastle Hospitals NHS Foundation Trust, the network will roll out Annalise.ai across its trusts. The work is due to finish by December 2026.',
      ents: [{ type: 'organisation', name: 'North East Imaging Network' }, { type: 'organisation', name: 'Newcastle Hospitals NHS Foundation Trust' }, { type: 'organisation', name: 'Annalise.ai' }],
      deadline: 'by December 2026',
      subject: 'North East Imaging Network',
    },
    {
      name: '"the collaboration" points back to the pathology collaboration, past the ICS named since',
      text: 'The Avonford Pathology Collaboration brings together four trusts, and Avonford ICS funds it.\n\nIn Avonford, the collaboration plans to digitise its histopathology service in full by 2027.',
      ents: [{ type: 'organisation', name: 'Avonford Pathology Collaboration' }, { type: 'organisation', name: 'Avonford ICS' }],
      deadline: 'by 2027',
      subject: 'Avonford Pathology Collaboration',
    },
    {
      name: '"the trust" points back to the trust opening the sentence before, past a trust the article names more often',
      text: 'Avonford NHS Foundation Trust (ANFT) has a contact centre. ANFT added staff in 2024.\n\nBelmont Hospitals NHS Trust, which runs hospitals in three towns, signed a contract with Netcall last month. It will replace three lines, and the trust expects the first specialties to move across by November 2025.',
      ents: [{ type: 'organisation', name: 'Avonford NHS Foundation Trust', aliases: ['ANFT'] }, { type: 'organisation', name: 'Belmont Hospitals NHS Trust' }, { type: 'organisation', name: 'Netcall' }],
      deadline: 'by November 2025',
      subject: 'Belmont Hospitals NHS Trust',
    },
    {
      name: '"the radiology network" points back to the network',
      text: 'The Avonford Radiology Network links nine trusts, and Avonford ICB hosts it.\n\nThe radiology network expects every trust to report on one system by March 2026.',
      ents: [{ type: 'organisation', name: 'Avonford Radiology Network' }, { type: 'organisation', name: 'Avonford ICB' }],
      deadline: 'by March 2026',
      subject: 'Avonford Radiology Network',
    },
    {
      name: '"our" in an interview is the body of the person the article quotes',
      text: 'Jo Hale, chief clinical information officer at Avonford NHS Foundation Trust, spoke to us. Jo Hale said Belmont ICB had helped.\n\nBelmont ICB chose Epic in 2019 for the region. We are committed to Epic for the long haul; our contract runs until 2030.',
      ents: [{ type: 'person', name: 'Jo Hale', organisation: 'Avonford NHS Foundation Trust' }, { type: 'organisation', name: 'Avonford NHS Foundation Trust' }, { type: 'organisation', name: 'Belmont ICB' }, { type: 'organisation', name: 'Epic', rule: 'supplier-gazetteer' }],
      deadline: 'until 2030',
      subject: 'Avonford NHS Foundation Trust',
    },
    {
      name: 'a hospital is a site: the trust named after its town commits for it',
      text: 'Aylesford Vale Hospitals NHS Foundation Trust chose Epic. Aylesford General Hospital is due to go live across all specialties in spring 2026.',
      ents: [{ type: 'organisation', name: 'Aylesford Vale Hospitals NHS Foundation Trust' }, { type: 'organisation', name: 'Aylesford General Hospital' }, { type: 'organisation', name: 'Epic', rule: 'supplier-gazetteer' }],
      deadline: 'due to go live across all specialties in spring 2026',
      subject: 'Aylesford Vale Hospitals NHS Foundation Trust',
    },
    {
      name: 'a hospital named after no body’s town: the body the article is about commits for its site',
      text: 'NHS Grampian is expanding its patient record. NHS Grampian chose Epic in 2024. NHS Grampian has 16,000 staff.\n\nDr Gray’s Hospital in Elgin will follow by December 2025.',
      ents: [{ type: 'organisation', name: 'NHS Grampian' }, { type: 'organisation', name: 'Dr Gray’s Hospital' }, { type: 'organisation', name: 'Epic', rule: 'supplier-gazetteer' }, { type: 'place', name: 'Elgin' }],
      deadline: 'by December 2025',
      subject: 'NHS Grampian',
    },
    {
      name: 'a hospital named after no body’s town, in an article with no one topic: the trust last named in its paragraph runs it',
      text: 'Up the road, Belmont Hospitals NHS Foundation Trust – already a Nervecentre customer for electronic observations and bed management – is extending the platform to electronic prescribing. The work should be complete at King’s Mill Hospital by June 2025, with Newark Hospital following three months later.\n\nElsewhere, Avonford NHS Foundation Trust chose Epic.',
      ents: [{ type: 'organisation', name: 'Belmont Hospitals NHS Foundation Trust' }, { type: 'organisation', name: 'Nervecentre', rule: 'supplier-gazetteer' }, { type: 'organisation', name: 'King’s Mill Hospital' }, { type: 'organisation', name: 'Newark Hospital' }, { type: 'organisation', name: 'Avonford NHS Foundation Trust' }, { type: 'organisation', name: 'Epic', rule: 'supplier-gazetteer' }],
      deadline: 'by June 2025',
      subject: 'Belmont Hospitals NHS Foundation Trust',
    },
    {
      name: 'a hospital whose name joins two towns with "and" is a site too',
      text: 'Belmont Hospitals NHS Foundation Trust has signed a contract with Nervecentre.\n\nThe trust, which runs Belmont City Hospital and Wexcombe and Rutland Hospital, will roll out the EPR in phases. The full EPR is to be live across both hospitals by June 2025.',
      ents: [{ type: 'organisation', name: 'Belmont Hospitals NHS Foundation Trust' }, { type: 'organisation', name: 'Nervecentre', rule: 'supplier-gazetteer' }, { type: 'organisation', name: 'Belmont City Hospital' }, { type: 'organisation', name: 'Wexcombe and Rutland Hospital' }],
      deadline: 'by June 2025',
      subject: 'Belmont Hospitals NHS Foundation Trust',
    },
    {
      name: 'a hospital in a section under a trust’s name as its heading: that trust runs it',
      text: 'Avonford NHS Foundation Trust chose Epic.\n\nWestern Health and Social Care Trust\n\nIn the west, a £3.2 million upgrade of networks at Altnagelvin Area Hospital and the South West Acute Hospital is to be completed by the end of the year, ahead of the new record.',
      ents: [{ type: 'organisation', name: 'Avonford NHS Foundation Trust' }, { type: 'organisation', name: 'Epic', rule: 'supplier-gazetteer' }, { type: 'organisation', name: 'Western Health and Social Care Trust' }, { type: 'organisation', name: 'Altnagelvin Area Hospital' }, { type: 'organisation', name: 'South West Acute Hospital' }],
      deadline: 'by the end of the year',
      subject: 'Western Health and Social Care Trust',
    },
    {
      name: 'a relative clause after the subject that lists names keeps going past their commas to the verb',
      text: 'Manchester University NHS Foundation Trust went live in 2022. Northern Care Alliance NHS Foundation Trust (NCA), which runs hospitals in Salford, Oldham and Rochdale, is mid-way through the procurement of a single EPR; a contract award is expected by September.',
      ents: [{ type: 'organisation', name: 'Manchester University NHS Foundation Trust' }, { type: 'organisation', name: 'Northern Care Alliance NHS Foundation Trust', aliases: ['NCA'] }, { type: 'place', name: 'Salford' }, { type: 'place', name: 'Oldham' }, { type: 'place', name: 'Rochdale' }],
      deadline: 'expected by September',
      subject: 'Northern Care Alliance NHS Foundation Trust',
    },
    {
      name: '"the consortium" points back to the consortium, not the supplier named since',
      text: 'The Avonford Radiology Consortium has signed with Sectra. Lee said the consortium expects the network to be live on Sectra One Cloud by the end of March 2026.',
      ents: [{ type: 'organisation', name: 'Avonford Radiology Consortium' }, { type: 'organisation', name: 'Sectra' }],
      deadline: 'by the end of March 2026',
      subject: 'Avonford Radiology Consortium',
    },
    {
      name: '"…, with X due to go live no later than …": the body opening the clause, then the word that schedules it',
      text: 'Avonford NHS Foundation Trust is scheduled to join in the autumn, with Belmont NHS Trust due to go live no later than April 2025.',
      ents: [{ type: 'organisation', name: 'Avonford NHS Foundation Trust' }, { type: 'organisation', name: 'Belmont NHS Trust' }],
      deadline: 'no later than April 2025',
      subject: 'Belmont NHS Trust',
    },
    {
      name: '"the two trusts": the first trust the article names',
      text: 'Two hospital trusts, Avonford NHS Foundation Trust and Belmont NHS Trust, use the tool. Belmont NHS Trust started in May. The two trusts have funding for both licences until March 2026.',
      ents: [{ type: 'organisation', name: 'Avonford NHS Foundation Trust' }, { type: 'organisation', name: 'Belmont NHS Trust' }],
      deadline: 'until March 2026',
      subject: 'Avonford NHS Foundation Trust',
    },
    {
      name: 'a sentence naming no one goes on about the subject of the sentence before it',
      text: 'Avonford ICS has a plan.\n\nIn Herefordshire, Belmont NHS Trust has signed a £9.7 million contract with MEDITECH. Go-live is scheduled for October 2026.',
      ents: [{ type: 'organisation', name: 'Avonford ICS' }, { type: 'organisation', name: 'Belmont NHS Trust' }, { type: 'organisation', name: 'MEDITECH' }],
      deadline: 'scheduled for October 2026',
      subject: 'Belmont NHS Trust',
    },
    {
      name: 'a relative clause after a town names what is there, not the town',
      text: 'NHS Sussex has set aside £4.2m for crisis care.\nThe money pays for two new crisis cafés in Hastings and Crawley, which are set to open in the spring.',
      ents: [{ type: 'organisation', name: 'NHS Sussex' }, { type: 'place', name: 'Hastings' }, { type: 'place', name: 'Crawley' }],
      deadline: 'set to open in the spring',
      subject: 'NHS Sussex',
    },
    {
      name: '"ministers" are the government department the article names, not the body named last',
      text: 'The Department of Health and Social Care set the target in 2022. Avonford ICB has funded 40 care homes. Ministers now expect to reach that mark by March 2026.',
      ents: [{ type: 'organisation', name: 'Department of Health and Social Care' }, { type: 'organisation', name: 'Avonford ICB' }],
      deadline: 'by March 2026',
      subject: 'Department of Health and Social Care',
    },
    {
      name: '"ministers" of a government the article does not name commit no body',
      text: 'Avonford ICB has funded 40 care homes. Ministers now expect to reach that mark by March 2026.',
      ents: [{ type: 'organisation', name: 'Avonford ICB' }],
      deadline: 'by March 2026',
      subject: null,
    },
    {
      name: 'a department named in capitals is a name, not a description',
      text: 'Avonford ICB put in £1.8 million, including £650,000 from the Department of Health and Social Care. The Whzan contract has been extended until 2027.',
      ents: [{ type: 'organisation', name: 'Avonford ICB' }, { type: 'organisation', name: 'Department of Health and Social Care' }],
      deadline: 'until 2027',
      subject: 'Avonford ICB',
    },
    {
      name: 'a relative clause with its own subject commits that subject, not the sentence\'s',
      text: 'Avonford Imaging Network has begun a procurement.\nNHS England has allocated £6.2 million for 2025/26, which the network must commit before the end of the financial year.',
      ents: [{ type: 'organisation', name: 'Avonford Imaging Network' }, { type: 'organisation', name: 'NHS England' }],
      deadline: 'before the end of the financial year',
      subject: 'Avonford Imaging Network',
    },
    {
      name: 'a timetable item that names no one is the network\'s the article is about',
      text: 'Avonford Pathology Network has started a procurement. The network wants one system. The network runs seven labs.\n\nThe notice sets out a timetable:\n\n  • tender documents expected in June;\n  • contract award targeted for December, subject to approval by Avonford ICB.',
      ents: [{ type: 'organisation', name: 'Avonford Pathology Network' }, { type: 'organisation', name: 'Avonford ICB' }],
      deadline: 'expected in June',
      subject: 'Avonford Pathology Network',
    },
    {
      name: '"the PCN" points back to the primary care network',
      text: 'Calder Valley PCN runs the pilot with West Yorkshire ICB.\nThe PCN must confirm that it meets the requirements by 30 September.',
      ents: [{ type: 'organisation', name: 'Calder Valley PCN' }, { type: 'organisation', name: 'West Yorkshire ICB' }],
      deadline: 'by 30 September',
      subject: 'Calder Valley PCN',
    },
    {
      name: '"the ICS" points back to the ICS named before, not the board',
      text: 'Hertfordshire and West Essex ICS published its plan.\nHertfordshire and West Essex ICB approved it.\nThe ICS lists an ambition to protect 20 percent of care home residents by 2024.',
      ents: [{ type: 'organisation', name: 'Hertfordshire and West Essex ICS' }, { type: 'organisation', name: 'Hertfordshire and West Essex ICB' }],
      deadline: 'by 2024',
      subject: 'Hertfordshire and West Essex ICS',
    },
    {
      name: '"the ICS" is the body named as an ICS even when a partnership was named since',
      text: 'Avonford ICS covers the county.\nThe strategy comes from Avonford Health and Care Partnership.\nThe ICS aims to give every resident a shared record by March 2025.',
      ents: [{ type: 'organisation', name: 'Avonford ICS' }, { type: 'organisation', name: 'Avonford Health and Care Partnership' }],
      deadline: 'by March 2025',
      subject: 'Avonford ICS',
    },
    {
      name: 'a pronoun after "the ICS" in its paragraph takes the ICS, not a partnership named before',
      text: 'Avonford ICS covers the county.\nThe strategy comes from Avonford Health and Care Partnership.\nThe ICS shares its plans for devices. By March 2025 they will give every nurse a laptop.',
      ents: [{ type: 'organisation', name: 'Avonford ICS' }, { type: 'organisation', name: 'Avonford Health and Care Partnership' }],
      deadline: 'By March 2025',
      subject: 'Avonford ICS',
    },
    {
      name: '"the partnership" is the body named as a partnership',
      text: 'Avonford Health and Care Partnership wrote the plan.\nAvonford ICS covers the county.\nThe partnership will publish its review by June 2025.',
      ents: [{ type: 'organisation', name: 'Avonford ICS' }, { type: 'organisation', name: 'Avonford Health and Care Partnership' }],
      deadline: 'by June 2025',
      subject: 'Avonford Health and Care Partnership',
    },
    {
      name: 'passive sentence takes the body of the heading; a region heading maps to its ICS',
      text: 'South West London\nSouth West London ICS has a digital plan. It works with Lantum.\nShared care records are to be available for all healthcare workers by March 2024.',
      ents: [{ type: 'place', name: 'South West London' }, { type: 'organisation', name: 'South West London ICS' }, { type: 'organisation', name: 'Lantum' }],
      deadline: 'by March 2024',
      subject: 'South West London ICS',
    },
    {
      name: 'an object after the verb is not the subject',
      text: 'North East London ICS leads the work.\nIn particular, the ICS hopes for all organisations to achieve Healthcare Information and Management Systems Society Level 5 by 2023.',
      ents: [{ type: 'organisation', name: 'North East London ICS' }, { type: 'organisation', name: 'Healthcare Information and Management Systems Society' }],
      deadline: 'by 2023',
      subject: 'North East London ICS',
    },
    {
      name: 'the owner of the strategy',
      text: 'The digital strategy for Leicester, Leicestershire and Rutland runs until 2025.',
      ents: [{ type: 'place', name: 'Leicester, Leicestershire and Rutland' }],
      deadline: 'until 2025',
      subject: 'Leicester, Leicestershire and Rutland',
    },
    {
      name: 'reported speech commits the body the speaker speaks for, not the body of an earlier paragraph',
      text: 'Avonford ICS signed a deal.\n\nJo Bloggs, director of digital at NHS England, said the ambition was for 50 virtual ward beds per 100,000 people by December 2024.',
      ents: [{ type: 'organisation', name: 'Avonford ICS' }, { type: 'person', name: 'Jo Bloggs' }, { type: 'organisation', name: 'NHS England' }],
      deadline: 'by December 2024',
      subject: 'NHS England',
    },
    {
      name: '"our" inside a quotation its paragraph opened is the speaker’s body, not the body the article quotes most',
      text: 'Jo Hale, chief clinical information officer at Avonford Stroke Network, spoke to us. Jo Hale said the network had grown.\n\nKim Lowe, head of transformation at Belmont Ambulance Service NHS Trust, said: “The pre-alert used to be a phone call. Now the consultant sees the patient first. Our aim is to offer video triage from every station by March 2026.”',
      ents: [{ type: 'person', name: 'Jo Hale', organisation: 'Avonford Stroke Network' }, { type: 'organisation', name: 'Avonford Stroke Network' }, { type: 'person', name: 'Kim Lowe', organisation: 'Belmont Ambulance Service NHS Trust' }, { type: 'organisation', name: 'Belmont Ambulance Service NHS Trust' }],
      deadline: 'by March 2026',
      subject: 'Belmont Ambulance Service NHS Trust',
    },
    {
      name: '"the trusts" points back to a trust, not to the ICS named before',
      text: 'Avonford ICS leads the work.\nRiverside NHS Trust bought the system with its partners. The trusts plan to switch off their old systems by March 2026.',
      ents: [{ type: 'organisation', name: 'Avonford ICS' }, { type: 'organisation', name: 'Riverside NHS Trust' }],
      deadline: 'by March 2026',
      subject: 'Riverside NHS Trust',
    },
    {
      name: 'a relative clause holding the deadline is about the body before it',
      text: 'Riverside NHS Trust has a new scanner.\nThe trusts are part of Avonford ICS, which aims to bring all five providers onto one imaging platform by 2027.',
      ents: [{ type: 'organisation', name: 'Riverside NHS Trust' }, { type: 'organisation', name: 'Avonford ICS' }],
      deadline: 'by 2027',
      subject: 'Avonford ICS',
    },
    {
      name: '"the trust" is the trust named before, not a council named since',
      text: 'Nadia Forbes is a director at Somerset NHS Foundation Trust.\nAccess for Somerset Council social workers comes next.\nShe said the trust had no plans to deploy language models before 2026.',
      ents: [{ type: 'organisation', name: 'Somerset NHS Foundation Trust' }, { type: 'organisation', name: 'Somerset Council' }],
      deadline: 'before 2026',
      subject: 'Somerset NHS Foundation Trust',
    },
    {
      name: 'coordinated subjects after a heading: the first body',
      text: 'Avonford ICS has a strategy.\n\nElectronic patient records\n\nRiverside NHS Trust and Hilltop NHS Foundation Trust are working towards a shared EPR, with a business case due in spring 2025.',
      ents: [{ type: 'organisation', name: 'Avonford ICS' }, { type: 'organisation', name: 'Riverside NHS Trust' }, { type: 'organisation', name: 'Hilltop NHS Foundation Trust' }],
      deadline: 'due in spring 2025',
      subject: 'Riverside NHS Trust',
    },
    {
      name: 'a look-back takes a body before a place named in passing',
      text: 'Riverside NHS Trust has apologised for errors.\n\nA review, led by an officer for the South West, will report soon.\n\nThe £30m programme was originally due to go live in 2023.',
      ents: [{ type: 'organisation', name: 'Riverside NHS Trust' }, { type: 'place', name: 'South West' }],
      deadline: 'due to go live in 2023',
      subject: 'Riverside NHS Trust',
    },
    {
      name: 'the deadline’s own coordinated clause: "…, and the ICS aims to … by"',
      text: 'Avonford ICS runs a shared record.\nRiverside Borough Council and Hilltop NHS Foundation Trust also use the record, and the ICS aims to connect hospices by the end of 2025.',
      ents: [{ type: 'organisation', name: 'Avonford ICS' }, { type: 'organisation', name: 'Riverside Borough Council' }, { type: 'organisation', name: 'Hilltop NHS Foundation Trust' }],
      deadline: 'by the end of 2025',
      subject: 'Avonford ICS',
    },
    {
      name: 'a body opening the deadline’s coordinated clause: "…, and Kheiron expects …"',
      text: 'York and Scarborough will follow in January 2026, and Kheiron expects the tool to be live at all four trusts by the end of March 2026.',
      ents: [{ type: 'place', name: 'York' }, { type: 'place', name: 'Scarborough' }, { type: 'organisation', name: 'Kheiron' }],
      deadline: 'by the end of March 2026',
      subject: 'Kheiron',
    },
    {
      name: 'a place that is the short name of one body commits that body',
      text: 'Blackpool Teaching Hospitals NHS Foundation Trust chose the system last year.\nBlackpool is set to follow in spring 2026.',
      ents: [{ type: 'organisation', name: 'Blackpool Teaching Hospitals NHS Foundation Trust' }, { type: 'place', name: 'Blackpool' }],
      deadline: 'set to follow in spring 2026',
      subject: 'Blackpool Teaching Hospitals NHS Foundation Trust',
    },
    {
      name: 'a board named again without its legal ending commits that board',
      text: 'Hywel Dda University Health Board and Digital Health and Care Wales agreed the plan.\nGo-live at Hywel Dda had been scheduled for November 2025, but DHCW has now moved the first sites.',
      ents: [{ type: 'organisation', name: 'Hywel Dda University Health Board' }, { type: 'organisation', name: 'Digital Health and Care Wales', aliases: ['DHCW'] }],
      deadline: 'scheduled for November 2025',
      subject: 'Hywel Dda University Health Board',
    },
    {
      name: 'a trust named again by its hospital’s name commits the trust',
      text: 'Queen Victoria Hospital NHS Foundation Trust and East Sussex Healthcare NHS Trust met the ICB.\nCarr said Queen Victoria should be connected by June 2026.',
      ents: [{ type: 'organisation', name: 'Queen Victoria Hospital NHS Foundation Trust' }, { type: 'organisation', name: 'East Sussex Healthcare NHS Trust' }],
      deadline: 'by June 2026',
      subject: 'Queen Victoria Hospital NHS Foundation Trust',
    },
    {
      name: '"the group" is the group of trusts the article names',
      text: 'The University Hospitals of Northamptonshire NHS Group runs two trusts. Sherwood Forest Hospitals NHS Foundation Trust is nearby.\nThe group must go live by December.',
      ents: [{ type: 'organisation', name: 'University Hospitals of Northamptonshire NHS Group' }, { type: 'organisation', name: 'Sherwood Forest Hospitals NHS Foundation Trust' }],
      deadline: 'by December',
      subject: 'University Hospitals of Northamptonshire NHS Group',
    },
    {
      name: 'a body before a verb the tagger reads as a noun ("NWAS plans to …")',
      text: 'Next steps\n\nNWAS plans to extend the tool to its emergency operations centres in time for winter 2024.',
      ents: [{ type: 'organisation', name: 'North West Ambulance Service NHS Trust', aliases: ['NWAS'] }, { type: 'organisation', name: 'Lancashire and South Cumbria ICB' }],
      deadline: 'in time for winter 2024',
      subject: 'North West Ambulance Service NHS Trust',
    },
    {
      name: '"the trust" is the trust named before, not a hospital it runs',
      text: 'University Hospitals of Derby and Burton NHS Foundation Trust went live in May.\nThe trust expects all wards at Queen’s Hospital Burton to be live by the end of 2023.',
      ents: [{ type: 'organisation', name: 'University Hospitals of Derby and Burton NHS Foundation Trust' }, { type: 'organisation', name: 'Queen’s Hospital' }],
      deadline: 'by the end of 2023',
      subject: 'University Hospitals of Derby and Burton NHS Foundation Trust',
    },
    {
      name: 'a place named in passing commits nobody',
      text: 'Digital Health and Care Wales extended its contract.\nWith patients across Wales due to see their GP record by the end of 2025, work continues.',
      ents: [{ type: 'organisation', name: 'Digital Health and Care Wales' }, { type: 'place', name: 'Wales' }],
      deadline: 'by the end of 2025',
      subject: 'Digital Health and Care Wales',
    },
    {
      name: 'a passive deadline in an article about one body: that body, not an ICS named in passing',
      text: 'University Hospitals of Derby and Burton NHS Foundation Trust went live with ePMA.\nUniversity Hospitals of Derby and Burton NHS Foundation Trust trained 400 nurses.\nFunding came from NHS Derby and Derbyshire Integrated Care Board.\nStaff at University Hospitals of Derby and Burton NHS Foundation Trust like it.\nInstallation of a third robot is expected in spring 2024.',
      ents: [{ type: 'organisation', name: 'University Hospitals of Derby and Burton NHS Foundation Trust' }, { type: 'organisation', name: 'NHS Derby and Derbyshire Integrated Care Board' }],
      deadline: 'expected in spring 2024',
      subject: 'University Hospitals of Derby and Burton NHS Foundation Trust',
    },
    {
      name: '"the council" points back to the council named before',
      text: 'Derbyshire County Council funds the app with NHS Derby and Derbyshire Integrated Care Board.\nSome 26 providers have signed up, and the council hopes to reach 50 providers in time for winter 2025.',
      ents: [{ type: 'organisation', name: 'Derbyshire County Council' }, { type: 'organisation', name: 'NHS Derby and Derbyshire Integrated Care Board' }],
      deadline: 'in time for winter 2025',
      subject: 'Derbyshire County Council',
    },
    {
      name: 'the description written first in the clause',
      text: 'Cornwall Partnership NHS Foundation Trust runs the portal with NHS Cornwall and Isles of Scilly ICB.\nThe first figures are expected in January 2026, when the trust will report back to the ICB.',
      ents: [{ type: 'organisation', name: 'Cornwall Partnership NHS Foundation Trust' }, { type: 'organisation', name: 'NHS Cornwall and Isles of Scilly ICB' }],
      deadline: 'expected in January 2026',
      subject: 'Cornwall Partnership NHS Foundation Trust',
    },
    {
      name: 'a body opening a ", with X set to" clause',
      text: 'The NGH go-live is scheduled for February 2025, with KGH set to follow by the end of 2025.',
      ents: [{ type: 'organisation', name: 'Northampton General Hospital NHS Trust', aliases: ['NGH'] }, { type: 'organisation', name: 'Kettering General Hospital NHS Foundation Trust', aliases: ['KGH'] }],
      deadline: 'by the end of 2025',
      subject: 'Kettering General Hospital NHS Foundation Trust',
    },
    {
      name: 'bodies joined by "and" opening a coordinated clause with "the"',
      text: 'Avonford Trust went live in 2023, Belmont Trust followed in 2024, and the Northern Trust, Southern Trust and Western Trust are due to complete their go-lives by the end of 2025.',
      ents: [{ type: 'organisation', name: 'Avonford Trust' }, { type: 'organisation', name: 'Belmont Trust' }, { type: 'organisation', name: 'Northern Trust' }, { type: 'organisation', name: 'Southern Trust' }, { type: 'organisation', name: 'Western Trust' }],
      deadline: 'by the end of 2025',
      subject: 'Northern Trust',
    },
    {
      name: 'sites following "with" are not who commits',
      text: 'Avonford University Health Board aims to have the system live at Glanmor General Hospital within a year, with Brynteg General Hospital and Prince Edward Hospital following by the end of 2027.',
      ents: [{ type: 'organisation', name: 'Avonford University Health Board' }, { type: 'organisation', name: 'Glanmor General Hospital' }, { type: 'organisation', name: 'Brynteg General Hospital' }, { type: 'organisation', name: 'Prince Edward Hospital' }],
      deadline: 'by the end of 2027',
      subject: 'Avonford University Health Board',
    },
    {
      name: 'a relative clause after a body "in" a place is about the body',
      text: 'New customers are:\n  • Avonford Hospital NHS Trust in Harlow, which is adding Smartpage, with go-live scheduled for Q3;',
      ents: [{ type: 'organisation', name: 'Avonford Hospital NHS Trust' }, { type: 'place', name: 'Harlow' }],
      deadline: 'scheduled for Q3',
      subject: 'Avonford Hospital NHS Trust',
    },
    {
      name: '"the trust" past a trust named once in passing is the trust the article keeps naming',
      text: 'Avonford Ambulance Service NHS Trust has rolled out tablets. Avonford Ambulance Service NHS Trust staff like them. Patients were taken to Belmont Teaching Hospitals NHS Foundation Trust.\nKelly Anstey, the trust’s director of finance, said the money has to be spent by the end of the financial year.',
      ents: [{ type: 'organisation', name: 'Avonford Ambulance Service NHS Trust' }, { type: 'organisation', name: 'Belmont Teaching Hospitals NHS Foundation Trust' }],
      deadline: 'by the end of the financial year',
      subject: 'Avonford Ambulance Service NHS Trust',
    },
    {
      name: '"the board" in a paper about one board is that board, not a trust it names',
      text: 'Avonford ICB has approved a £31.5m digital plan. Avonford ICB will fund four projects. Avonford ICB expects savings.\nFunding goes to Belmont Teaching Hospitals NHS Foundation Trust for its EPR.\n\nThe board approved the plan unanimously. A progress report is due in November.',
      ents: [{ type: 'organisation', name: 'Avonford ICB' }, { type: 'organisation', name: 'Belmont Teaching Hospitals NHS Foundation Trust' }],
      deadline: 'due in November',
      subject: 'Avonford ICB',
    },
    {
      // (it used to give way to the trust named nearby: in 68 hand-annotated batches that was wrong 14 times, right 4)
      name: 'a supplier as subject stays the subject, with a trust named in the sentence before',
      text: 'Avonford NHS Trust has chosen Clinisys to supply a laboratory system. Under the seven-year deal, Clinisys expects all ten laboratories to be live by the third quarter of 2025.',
      ents: [{ type: 'organisation', name: 'Avonford NHS Trust' }, { type: 'organisation', name: 'Clinisys', rule: 'supplier-gazetteer' }],
      deadline: 'by the third quarter of 2025',
      subject: 'Clinisys',
    },
    {
      name: "a supplier's contract runs until a date: the supplier",
      text: 'Avonford NHS Trust uses a virtual ward platform. Doccla’s contract runs until 31 March 2026.',
      ents: [{ type: 'organisation', name: 'Avonford NHS Trust' }, { type: 'organisation', name: 'Doccla', rule: 'supplier-gazetteer' }],
      deadline: 'until 31 March 2026',
      subject: 'Doccla',
    },
    {
      name: 'a short form in brackets between a body and its verb',
      text: 'Avonford ICB funded the work. Digital Health and Care Wales (DHCW) is running a separate procurement on behalf of the health boards, with a contract award expected in spring 2026.',
      ents: [{ type: 'organisation', name: 'Avonford ICB' }, { type: 'organisation', name: 'Digital Health and Care Wales', aliases: ['DHCW'] }],
      deadline: 'expected in spring 2026',
      subject: 'Digital Health and Care Wales',
    },
    {
      name: 'bodies joined by "and" before the deadline, not a subject after it',
      text: 'Avonford University Health Board and Belmont University Health Board are expected to go live in the spring, while Carrick Teaching Health Board is targeting September.',
      ents: [{ type: 'organisation', name: 'Avonford University Health Board' }, { type: 'organisation', name: 'Belmont University Health Board' }, { type: 'organisation', name: 'Carrick Teaching Health Board' }],
      deadline: 'expected to go live in the spring',
      subject: 'Avonford University Health Board',
    },
    {
      name: 'the evaluator delivers the report that is due',
      text: 'Avonford ICB has commissioned the University of Belmont to evaluate outcomes for patients on virtual wards, with an interim report expected by January 2026.',
      ents: [{ type: 'organisation', name: 'Avonford ICB' }, { type: 'organisation', name: 'University of Belmont' }],
      deadline: 'expected by January 2026',
      subject: 'University of Belmont',
    },
    {
      name: 'of two evaluators joined by "and", the first',
      text: 'Avonford ICB said the University of Belmont and Carrick Medical School will evaluate the first year, with an interim report due in the autumn.',
      ents: [{ type: 'organisation', name: 'Avonford ICB' }, { type: 'organisation', name: 'University of Belmont' }, { type: 'organisation', name: 'Carrick Medical School' }],
      deadline: 'due in the autumn',
      subject: 'University of Belmont',
    },
    {
      name: 'the body a go-live is "at" commits to its schedule',
      text: 'Avonford ICB has funded the rollout. Go-live at Belmont Teaching Hospitals NHS Foundation Trust is scheduled for May 2025.',
      ents: [{ type: 'organisation', name: 'Avonford ICB' }, { type: 'organisation', name: 'Belmont Teaching Hospitals NHS Foundation Trust' }],
      deadline: 'scheduled for May 2025',
      subject: 'Belmont Teaching Hospitals NHS Foundation Trust',
    },
    {
      name: 'a hospital site a go-live is "at" is no subject: the trust is',
      text: 'Avonford NHS Trust has bought the system. Go-live at Belmont General Hospital is scheduled for October 2025.',
      ents: [{ type: 'organisation', name: 'Avonford NHS Trust' }, { type: 'organisation', name: 'Belmont General Hospital' }],
      deadline: 'scheduled for October 2025',
      subject: 'Avonford NHS Trust',
    },
    {
      name: '", with X due": the body right before the deadline',
      text: 'Carrick ICB says go-live at Avonford is scheduled for September 2025, with Belmont Children’s NHS Foundation Trust due in November.',
      ents: [{ type: 'organisation', name: 'Carrick ICB' }, { type: 'organisation', name: 'Belmont Children’s NHS Foundation Trust' }, { type: 'place', name: 'Avonford' }],
      deadline: 'due in November',
      subject: 'Belmont Children’s NHS Foundation Trust',
    },
    {
      name: 'a contract "with" a supplier is no "with X due"',
      text: 'Avonford ICB has extended its contract with Belmont Health until 2026.',
      ents: [{ type: 'organisation', name: 'Avonford ICB' }, { type: 'organisation', name: 'Belmont Health', rule: 'supplier-gazetteer' }],
      deadline: 'until 2026',
      subject: 'Avonford ICB',
    },
    {
      name: "the body whose target the deadline is",
      text: 'Avonford NHS Trust’s portal will reach patients through the NHS App, in line with NHS England’s expectation that every trust’s portal is accessible through the app by March 2028.',
      ents: [{ type: 'organisation', name: 'Avonford NHS Trust' }, { type: 'organisation', name: 'NHS England' }],
      deadline: 'by March 2028',
      subject: 'NHS England',
    },
    {
      name: "a target the subject must meet is the subject's deadline",
      text: 'Avonford NHS Trust and Belmont NHS Trust must meet NHS England’s target for 80 per cent of patients to be told within 28 days by March 2026.',
      ents: [{ type: 'organisation', name: 'Avonford NHS Trust' }, { type: 'organisation', name: 'Belmont NHS Trust' }, { type: 'organisation', name: 'NHS England' }],
      deadline: 'by March 2026',
      subject: 'Avonford NHS Trust',
    },
    {
      name: 'a supplier named to deliver stays the subject',
      text: 'Avonford NHS Trust was attacked.\n\nA review of the trust’s email controls by internal auditor TIAA is expected in Q3 of 2025/26.',
      ents: [{ type: 'organisation', name: 'Avonford NHS Trust' }, { type: 'organisation', name: 'TIAA', rule: 'company-x' }],
      deadline: 'expected in Q3 of 2025/26',
      subject: 'TIAA',
    },
    {
      name: 'a GP partnership the article is about commits a timetable item that names no one',
      text: 'Avonvale Partnership is rolling out AI scribes. Avonvale Partnership runs 38 practices. Avonvale Partnership chose the supplier.\nThe work is funded by Avonford ICB.\n\nNext steps:\n  • all practices on the new telephony by April 2026;',
      ents: [{ type: 'organisation', name: 'Avonvale Partnership' }, { type: 'organisation', name: 'Avonford ICB' }],
      deadline: 'by April 2026',
      subject: 'Avonvale Partnership',
    },
    {
      name: '"the ICB" points back to an ICB named "NHS <area>"',
      text: 'NHS Avonshire has published its digital strategy.\nAvonford NHS Trust, Avonford City Council and Wessex Hospice all contribute data, and the ICB wants to add care home records by 2029.',
      ents: [{ type: 'organisation', name: 'NHS Avonshire', rule: 'nhs-area' }, { type: 'organisation', name: 'Avonford NHS Trust' }, { type: 'organisation', name: 'Avonford City Council' }, { type: 'organisation', name: 'Wessex Hospice' }],
      deadline: 'by 2029',
      subject: 'NHS Avonshire',
    },
    {
      name: 'a body before its apposition is the sentence subject',
      text: 'Avonford ICB funds the bots.\n\nHealth Innovation Avonford, the region’s health innovation network, is drawing the work together into a playbook, due by the end of the year.',
      ents: [{ type: 'organisation', name: 'Avonford ICB' }, { type: 'organisation', name: 'Health Innovation Avonford' }],
      deadline: 'by the end of the year',
      subject: 'Health Innovation Avonford',
    },
    {
      name: '"the company" points back to the company, past an ICB named before',
      text: 'Avonford ICB funds the bots.\n\nJo Bloggs, managing director of T-Novo, said demand had grown. The company now works with 19 NHS organisations, and expects to recruit 15 developers before April 2026.',
      ents: [{ type: 'organisation', name: 'Avonford ICB' }, { type: 'organisation', name: 'T-Novo', rule: 'supplier-gazetteer' }],
      deadline: 'before April 2026',
      subject: 'T-Novo',
    },
    {
      name: 'a body followed by a relative clause is the sentence subject',
      text: 'Digital Health and Care Wales runs the centre. Digital Health and Care Wales hired 18 analysts. Digital Health and Care Wales will expand it.\n\nAvonford University Health Board, whose clinical systems were hit by an outage in 2022, has committed to bringing its servers under the centre’s monitoring no later than 31 December 2024.',
      ents: [{ type: 'organisation', name: 'Digital Health and Care Wales' }, { type: 'organisation', name: 'Avonford University Health Board' }],
      deadline: 'no later than 31 December 2024',
      subject: 'Avonford University Health Board',
    },
    {
      name: 'a body followed by a participial apposition is the sentence subject',
      text: 'Avonshire ICB has a plan.\n\nAvonford NHS Foundation Trust, formed through its merger with Wexley District Hospital NHS Foundation Trust in April 2023, is procuring a single EPR and expects to sign a contract by December 2025.',
      ents: [{ type: 'organisation', name: 'Avonshire ICB' }, { type: 'organisation', name: 'Avonford NHS Foundation Trust' }, { type: 'organisation', name: 'Wexley District Hospital NHS Foundation Trust' }],
      deadline: 'by December 2025',
      subject: 'Avonford NHS Foundation Trust',
    },
    {
      name: '"we" in a quotation commits the organisation of the person quoted, not the supplier the quotation names first',
      text: 'Avonshire ICB has a plan.\n\nDr Jo Bloggs, chief clinical information officer at Avonford NHS Trust, said: “Our clinicians have been flicking between screens. Nervecentre gives us one record, and we expect to switch off 60 legacy applications by the end of 2027.”',
      ents: [
        { type: 'organisation', name: 'Avonshire ICB' },
        { type: 'organisation', name: 'Avonford NHS Trust' },
        { type: 'organisation', name: 'Nervecentre', rule: 'supplier-gazetteer' },
        { type: 'person', name: 'Jo Bloggs', organisation: 'Avonford NHS Trust' },
      ],
      deadline: 'by the end of 2027',
      subject: 'Avonford NHS Trust',
    },
    {
      name: '"we" in a quotation after "said <person>, <body>\'s <title>." commits that person\'s organisation',
      text: 'Avonshire ICB has a plan, Sam Smith of Avonshire ICB said. Sam Smith added that it was funded.\n\n“It sounds unglamorous, but it works,” said Jo Bloggs, AVPT’s director of digital. “We’re set to switch on electronic prescribing in Q3 2025.”',
      ents: [
        { type: 'organisation', name: 'Avonshire ICB' },
        { type: 'organisation', name: 'Avonford Partnership NHS Foundation Trust', aliases: ['AVPT'] },
        { type: 'person', name: 'Jo Bloggs', organisation: 'Avonford Partnership NHS Foundation Trust' },
        { type: 'person', name: 'Sam Smith', organisation: 'Avonshire ICB' },
      ],
      deadline: 'set to switch on electronic prescribing in Q3 2025',
      subject: 'Avonford Partnership NHS Foundation Trust',
    },
    {
      name: '"our ambition" in a quotation that "she said" closes commits the organisation of the person the paragraph before introduced',
      text: 'Avonshire ICB has a plan with Avonford Hospital, Sam Smith of Wexley NHS Trust said. Sam Smith added that it was late.\n\nJo Bloggs, the ICB’s director of strategy, said the system had to keep the lights on.\n\n“Our ambition is 120 virtual ward beds by the end of 2026, including a frailty offer with Avonford Hospital,” she said.',
      ents: [
        { type: 'organisation', name: 'Avonshire ICB' },
        { type: 'organisation', name: 'Avonford Hospital' },
        { type: 'organisation', name: 'Wexley NHS Trust' },
        { type: 'person', name: 'Jo Bloggs', organisation: 'Avonshire ICB' },
        { type: 'person', name: 'Sam Smith', organisation: 'Wexley NHS Trust' },
      ],
      deadline: 'by the end of 2026',
      subject: 'Avonshire ICB',
    },
    {
      name: '"we" right after a deadline that opens a quotation commits the organisation of the person introduced before',
      text: 'Avonford NHS Trust runs 40 bots, Sam Smith of Avonford NHS Trust said. Sam Smith added that more would follow.\n\nJo Bloggs, associate director at Avonshire ICB, said the aim was to scale up.\n\n“By the end of the year we will stand up an automation centre of excellence.”',
      ents: [
        { type: 'organisation', name: 'Avonford NHS Trust' },
        { type: 'organisation', name: 'Avonshire ICB' },
        { type: 'person', name: 'Jo Bloggs', organisation: 'Avonshire ICB' },
        { type: 'person', name: 'Sam Smith', organisation: 'Avonford NHS Trust' },
      ],
      deadline: 'By the end of the year',
      subject: 'Avonshire ICB',
    },
    {
      name: '"we" in a quotation from a body\'s spokesperson commits that body, not a person quoted before',
      text: 'Jo Bloggs of Avonshire ICB said the platforms were complementary.\n\nAn NHS England spokesperson said: “We expect every ICB to be connected to FDP by March 2027.”',
      ents: [
        { type: 'organisation', name: 'Avonshire ICB' },
        { type: 'organisation', name: 'NHS England' },
        { type: 'person', name: 'Jo Bloggs', organisation: 'Avonshire ICB' },
      ],
      deadline: 'by March 2027',
      subject: 'NHS England',
    },
    {
      name: 'a body whose people are the clause\'s subject ("<body> crews will …") commits',
      text: 'NHS Avonshire runs the record.\n\nWhat comes next\n\nAvonford Ambulance Service NHS Trust (AAS) crews will be given access in time for winter, letting paramedics view both records.',
      ents: [{ type: 'organisation', name: 'NHS Avonshire', rule: 'nhs-area' }, { type: 'organisation', name: 'Avonford Ambulance Service NHS Trust', aliases: ['AAS'] }],
      deadline: 'in time for winter',
      subject: 'Avonford Ambulance Service NHS Trust',
    },
    {
      name: '"the two trusts" commits the first of the trusts last named together, not the first trust of the article',
      text: 'In South Avonshire, Avonford Teaching Hospitals NHS Foundation Trust went live with Nervecentre last year.\n\nWexley Hospital NHS Foundation Trust and The Carrow NHS Foundation Trust are running a joint procurement for a shared EPR. The two trusts aim to award the contract by the end of the year.',
      ents: [
        { type: 'organisation', name: 'Avonford Teaching Hospitals NHS Foundation Trust' },
        { type: 'organisation', name: 'Nervecentre', rule: 'supplier-gazetteer' },
        { type: 'organisation', name: 'Wexley Hospital NHS Foundation Trust' },
        { type: 'organisation', name: 'The Carrow NHS Foundation Trust' },
      ],
      deadline: 'by the end of the year',
      subject: 'Wexley Hospital NHS Foundation Trust',
    },
    {
      name: 'a sentence that names no one goes on about the first of the bodies joined by "and" that the sentence before was about',
      text: 'Avonshire ICB has a plan. Avonshire ICB funds the digital work of Avonshire ICB’s providers.\n\nAvonford NHS Foundation Trust and Wexley University Hospital NHS Trust will join Carrow Hospitals NHS Foundation Trust (CHFT) on Epic, under a ten-year contract. Go-live is scheduled for October 2026.',
      ents: [
        { type: 'organisation', name: 'Avonshire ICB' },
        { type: 'organisation', name: 'Avonford NHS Foundation Trust' },
        { type: 'organisation', name: 'Wexley University Hospital NHS Trust' },
        { type: 'organisation', name: 'Carrow Hospitals NHS Foundation Trust', aliases: ['CHFT'] },
        { type: 'organisation', name: 'Epic', rule: 'supplier-gazetteer' },
      ],
      deadline: 'scheduled for October 2026',
      subject: 'Avonford NHS Foundation Trust',
    },
    {
      name: 'a sentence opening with "Its" goes on about the body the sentence before was about',
      text: 'Avonshire ICB has a plan. Avonshire ICB funds the digital work of Avonshire ICB’s providers.\n\nAvonford NHS Foundation Trust, meanwhile, is still largely on paper. Its board approved an ePMA business case worth £3.4 million in February and expects to name a supplier by the end of the summer.',
      ents: [{ type: 'organisation', name: 'Avonshire ICB' }, { type: 'organisation', name: 'Avonford NHS Foundation Trust' }],
      deadline: 'by the end of the summer',
      subject: 'Avonford NHS Foundation Trust',
    },
    {
      name: 'a body before ", meanwhile," and its verb is the sentence subject',
      text: 'Avonshire ICB funds the work.\n\nAvonford Ambulance Service, meanwhile, expects to complete the replacement of mobile data terminals with Panasonic Toughbook devices by the summer.',
      ents: [{ type: 'organisation', name: 'Avonshire ICB' }, { type: 'organisation', name: 'Avonford Ambulance Service' }, { type: 'organisation', name: 'Panasonic', rule: 'supplier-gazetteer' }],
      deadline: 'by the summer',
      subject: 'Avonford Ambulance Service',
    },
    {
      name: 'a sentence that names no one goes on about the body of the nearest earlier sentence of its paragraph that names one',
      text: 'Avonshire ICB has a plan. Avonshire ICB funds the digital work of Avonshire ICB’s providers.\n\nAvonford NHS Foundation Trust signed a deal with Epic last year. The contract is worth £4 million over ten years. Go-live is scheduled for October 2026.',
      ents: [{ type: 'organisation', name: 'Avonshire ICB' }, { type: 'organisation', name: 'Avonford NHS Foundation Trust' }, { type: 'organisation', name: 'Epic', rule: 'supplier-gazetteer' }],
      deadline: 'scheduled for October 2026',
      subject: 'Avonford NHS Foundation Trust',
    },
    {
      name: 'a list of bodies between dashes after the plural noun they spell out commits the first of them',
      text: 'Avonshire ICB runs the record. Avonshire ICB funds it.\n\nThe first five councils – including Avonford City Council, Wexley City Council and Carrow Council – are going live by June 2025, and more will follow.',
      ents: [{ type: 'organisation', name: 'Avonshire ICB' }, { type: 'organisation', name: 'Avonford City Council' }, { type: 'organisation', name: 'Wexley City Council' }, { type: 'organisation', name: 'Carrow Council' }],
      deadline: 'by June 2025',
      subject: 'Avonford City Council',
    },
    {
      name: 'a list of bodies between commas after "The remaining acute providers" commits the first of them',
      text: 'Avonshire ICB runs the record. Avonshire ICB funds it.\n\nThe remaining acute providers, Avonford NHS Foundation Trust and Wexley NHS Trust, are expected to go live by the end of the year.',
      ents: [{ type: 'organisation', name: 'Avonshire ICB' }, { type: 'organisation', name: 'Avonford NHS Foundation Trust' }, { type: 'organisation', name: 'Wexley NHS Trust' }],
      deadline: 'by the end of the year',
      subject: 'Avonford NHS Foundation Trust',
    },
    {
      name: 'a company\'s possessive inside the sentence names its product; the body rolling it out commits',
      text: 'Avonshire ICB funds the work.\n\nAlongside the clinics, Avonford NHS Trust is replacing its booking line with Netcall’s Liberty Converse platform, and plans to roll out Netcall’s Patient Hub portal no later than June 2026.',
      ents: [{ type: 'organisation', name: 'Avonshire ICB' }, { type: 'organisation', name: 'Avonford NHS Trust' }, { type: 'organisation', name: 'Netcall', rule: 'supplier-gazetteer' }],
      deadline: 'no later than June 2026',
      subject: 'Avonford NHS Trust',
    },
    {
      name: 'a company\'s possessive opening the sentence is its subject',
      text: 'Avonshire ICB funds the work.\n\nIeso’s service is scheduled for September.',
      ents: [{ type: 'organisation', name: 'Avonshire ICB' }, { type: 'organisation', name: 'Ieso', rule: 'supplier-gazetteer' }],
      deadline: 'scheduled for September',
      subject: 'Ieso',
    },
    {
      name: 'bodies joined by "and" opening a "with" clause, then "due", commit the first of them',
      text: 'NHS Avonshire has become the latest board to move onto the national system, with NHS Wexley and NHS Carrow due to follow next year.',
      ents: [{ type: 'organisation', name: 'NHS Avonshire' }, { type: 'organisation', name: 'NHS Wexley' }, { type: 'organisation', name: 'NHS Carrow' }],
      deadline: 'due to follow next year',
      subject: 'NHS Wexley',
    },
    {
      name: 'a headline\'s bare place gives way to who commits to the same deadline in the body',
      text: 'Avonshire aims to switch on electronic prescriptions in every pharmacy by March 2026\n\nThe Digital Health Agency says 478 of the county’s 705 pharmacies can now receive electronic prescriptions, and it expects the remaining sites to be connected by March 2026.',
      ents: [{ type: 'place', name: 'Avonshire' }, { type: 'organisation', name: 'Digital Health Agency' }],
      deadline: 'by March 2026',
      subject: 'Digital Health Agency',
    },
    {
      name: 'a company that "said" after its apposition commits what it said',
      text: 'NHS Avonshire has a plan. NHS Avonshire funds it.\n\nCarrowsoft, best known for its messaging tools in general practice, said in June that hospital messages would appear as app notifications by the end of the year.',
      ents: [{ type: 'organisation', name: 'NHS Avonshire', rule: 'nhs-area' }, { type: 'organisation', name: 'Carrowsoft', rule: 'supplier-gazetteer' }],
      deadline: 'by the end of the year',
      subject: 'Carrowsoft',
    },
    {
      name: 'a body before ", part of <body>," and its verb is the sentence subject',
      text: 'NHS Avonshire runs the pilot. NHS Avonshire funds it.\n\nThe Avonshire Technologies Group (ATG), part of Healthcare Improvement Avonshire, is due to publish advice on remote monitoring by June 2026.',
      ents: [{ type: 'organisation', name: 'NHS Avonshire', rule: 'nhs-area' }, { type: 'organisation', name: 'Avonshire Technologies Group', aliases: ['ATG'] }, { type: 'organisation', name: 'Healthcare Improvement Avonshire' }],
      deadline: 'by June 2026',
      subject: 'Avonshire Technologies Group',
    },
    {
      name: '"both boards" commits the first of the ICBs last named together',
      text: 'Avonshire ICB and Wexley ICB wrote a joint plan.\n\nCarrow ICB runs the record. Carrow ICB funds it.\n\nThe document is due to go to both boards on 25 September.',
      ents: [{ type: 'organisation', name: 'Avonshire ICB' }, { type: 'organisation', name: 'Carrow ICB' }, { type: 'organisation', name: 'Wexley ICB' }],
      deadline: 'due to go to both boards on 25 September',
      subject: 'Avonshire ICB',
    },
    {
      name: 'a list item that opens with a body and a colon commits that body',
      text: 'Avonford Children’s NHS Foundation Trust, Carrow NHS Trust and Belmont Women’s NHS Foundation Trust will share an app.\n\nWhat happens next\n\n- Avonford Children’s: family app live in November.\n- Carrow: app live by spring 2026.\n- Belmont Women’s: app live by April 2026; observations extended to all wards by June 2026.',
      ents: [
        { type: 'organisation', name: 'Avonford Children’s NHS Foundation Trust', aliases: ['Avonford Children’s'] },
        { type: 'organisation', name: 'Carrow NHS Trust', aliases: ['Carrow'] },
        { type: 'organisation', name: 'Belmont Women’s NHS Foundation Trust', aliases: ['Belmont Women’s'] },
      ],
      deadline: 'by June 2026',
      subject: 'Belmont Women’s NHS Foundation Trust',
    },
    {
      name: 'a list item that opens with a verb commits the body its introduction names',
      text: 'The report sets out more work. Among other things, Avonford NHS Trust has committed to:\n\n- enforce multi-factor authentication by April 2025;\n- retire the last 340 unsupported laptops before October 2025, when Microsoft ends support.',
      ents: [{ type: 'organisation', name: 'Avonford NHS Trust' }, { type: 'organisation', name: 'Microsoft', rule: 'supplier-gazetteer' }],
      deadline: 'before October 2025',
      subject: 'Avonford NHS Trust',
    },
    { name: 'no entities, no subject', text: 'Plans must be ready by March 2025.', ents: [], deadline: 'by March 2025', subject: null },
    {
      name: 'a window for submissions commits no one body',
      text: 'Avonford NHS Trust has opened a tender for a new patient portal. Expressions of interest must be submitted by 30 September 2025.',
      ents: [{ type: 'organisation', name: 'Avonford NHS Trust' }],
      deadline: 'by 30 September 2025',
      subject: null,
    },
    {
      name: 'a clause with no body in it goes on from the coordinated clause before it',
      text: 'North Avonford General Hospital moved onto Hive at the same time.\n\nKestwick Care Alliance NHS Foundation Trust (KCA), which runs Avonford Royal Hospital, has taken a different path. Avonford Royal has used Sunrise for a decade, and the KCA is extending that instance to its other sites in three waves, with the final wave to go live by March 2026.',
      ents: [{ type: 'organisation', name: 'North Avonford General Hospital' }, { type: 'organisation', name: 'Kestwick Care Alliance NHS Foundation Trust', aliases: ['KCA'] }, { type: 'organisation', name: 'Avonford Royal Hospital', aliases: ['Avonford Royal'] }],
      deadline: 'by March 2026',
      subject: 'Kestwick Care Alliance NHS Foundation Trust',
    },
    {
      name: '"Both" opening a sentence points back to the pair of bodies the sentence before named; the first commits',
      text: 'Greater Avonford ICB has a plan. That leaves Belmont NHS Foundation Trust and Kestwick Teaching Hospitals NHS Trust as the two trusts without a route. Both have been asked to submit business cases to NHS England no later than September 2025.',
      ents: [{ type: 'organisation', name: 'Greater Avonford ICB' }, { type: 'organisation', name: 'Belmont NHS Foundation Trust' }, { type: 'organisation', name: 'Kestwick Teaching Hospitals NHS Trust' }, { type: 'organisation', name: 'NHS England' }],
      deadline: 'no later than September 2025',
      subject: 'Belmont NHS Foundation Trust',
    },
    {
      name: '"It" opening a sentence points back to the body opening the sentence before, past its relative clause',
      text: 'Avonford ICS has a plan for diagnostics. The Avonford Pathology Network, which links the laboratories at Belmont Hospital, processes 30 million tests a year. It is procuring a new LIMS, with the contract to be awarded by the end of 2025.',
      ents: [{ type: 'organisation', name: 'Avonford ICS' }, { type: 'organisation', name: 'Avonford Pathology Network' }, { type: 'organisation', name: 'Belmont Hospital' }],
      deadline: 'by the end of 2025',
      subject: 'Avonford Pathology Network',
    },
    {
      name: 'plan a body "has published": it commits',
      text: 'Avonford ICB has published a five-year digital strategy. It was signed off by partners across Avonford ICS in May.\n\nThe shared care record now covers every resident. The strategy commits to adding hospice data by December 2025.',
      ents: [{ type: 'organisation', name: 'Avonford ICB' }, { type: 'organisation', name: 'Avonford ICS' }],
      deadline: 'by December 2025',
      subject: 'Avonford ICB',
    },
    {
      name: 'plan "published by" a body: it commits',
      text: 'We look at the digital strategy published by Belmont Health and Care Partnership in July. Avonford ICB signed it off, and Avonford ICB will fund it.\n\nAvonford ICB chairs the digital board. The strategy also sets a target of 75 percent of adults using the app by the end of 2026.',
      ents: [{ type: 'organisation', name: 'Belmont Health and Care Partnership' }, { type: 'organisation', name: 'Avonford ICB' }],
      deadline: 'by the end of 2026',
      subject: 'Belmont Health and Care Partnership',
    },
    {
      name: '"the company": the one opening the sentence before, not one its apposition names',
      text: 'Pathology has been the other big story. Kestrix Diagnostics, the joint venture between the two trusts and SYNLAB, is still working through its review of the attack. The company has committed to having all 14 controls in place by the end of the year.',
      ents: [{ type: 'organisation', name: 'Kestrix Diagnostics' }, { type: 'organisation', name: 'SYNLAB', rule: 'supplier-gazetteer' }],
      deadline: 'by the end of the year',
      subject: 'Kestrix Diagnostics',
    },
  ];
  it.each(cases)('$name', ({ text, ents, deadline, subject }) => {
    const doc = prepareText(text);
    const records = extractDates(doc, { entities: entities(doc, ents) });
    const d = records.find((r) => r.text === deadline);
    expect(d?.kind).toBe('deadline');
    expect(d!.subject).toBe(subject);
    expect(d!.commitment).toBeTruthy();
    expect(d!.commitment!.split(/\s+/).length).toBeLessThanOrEqual(20);
  });

  it('keeps the commitment short and about what is due', () => {
    const r = run('Another priority is to coordinate providers to develop plans that meet a core level of digitisation by March 2025, in line with the plan.');
    expect(r.find((x) => x.kind === 'deadline')!.commitment).toBe('develop plans that meet a core level of digitisation');
  });

  it('a commitment does not start with a linking word like "Meanwhile,"', () => {
    const r = run('Meanwhile, the trust is evaluating a new tool on 2,500 biopsies, with results expected in the summer.', '2025-04-02');
    expect(r.find((x) => x.kind === 'deadline')!.commitment).not.toMatch(/^Meanwhile/);
  });

  it('a commitment before "are due" does not end with the copula', () => {
    const r = run('The first dashboards are due in the first quarter of 2026.');
    expect(r.find((x) => x.kind === 'deadline')!.commitment).toBe('The first dashboards');
  });

  it('a commitment in a bullet item does not start with the bullet', () => {
    const r = run('Its plan includes:\n\n• A device lending scheme reaching 1,500 households by March 2025');
    expect(r.find((x) => x.kind === 'deadline')!.commitment).toBe('A device lending scheme reaching 1,500 households');
  });

  it('in reported speech the commitment is what was said', () => {
    const r = run('Jo Bloggs, director of digital at NHS England, said the national ambition was for 50 virtual ward beds per 100,000 people by December 2024.');
    expect(r.find((x) => x.kind === 'deadline')!.commitment).toBe('the national ambition was for 50 virtual ward beds per 100,000 people');
  });

  it('one deadline text serving two subjects names the second in the commitment', () => {
    const text = 'The digital strategy for Leicester runs until 2025. Northamptonshire’s digital strategy also runs until 2025.';
    const doc = prepareText(text);
    const [d] = extractDates(doc, { entities: entities(doc, [{ type: 'place', name: 'Leicester' }, { type: 'place', name: 'Northamptonshire' }]) });
    expect(d!.subject).toBe('Leicester');
    expect(d!.commitment).toContain('Northamptonshire');
  });

  it('a date without a trigger is not a deadline, even in a plan', () => {
    const r = run('The intention of going live with our new EPR in 2026/27 is clear.');
    expect(r.map((x) => x.kind)).toEqual(['range']);
  });
});

describe('deadlines: a month or season without a year lies ahead of the publication date', () => {
  it.each([
    ['We want every practice live before winter.', '2025-03-05', '2025-12-01', '2026-02-28'],
    ['The trust will go live by February.', '2025-03-05', '2026-02-01', '2026-02-28'],
    ['The trust will go live by February.', '2027-03-05', '2028-02-01', '2028-02-29'],
    ['It must be done by 2 March.', '2025-03-05', '2026-03-02', '2026-03-02'],
    ['The trust will go live by June.', '2025-03-05', '2025-06-01', '2025-06-30'],
    ['Funding runs until last March.', '2025-03-05', '2024-03-01', '2024-03-31'],
    ['The trust will go live by February 2025.', '2025-03-05', '2025-02-01', '2025-02-28'],
  ])('%s (published %s) → %s … %s', (text, published, start, end) => {
    const d = run(text, published).find((r) => r.kind === 'deadline');
    expect([d?.start, d?.end]).toEqual([start, end]);
  });

  it('a month without a year that is not a deadline keeps its closest occurrence', () => {
    const d = run('The trust went live in February.', '2025-03-05')[0];
    expect([d?.start, d?.end]).toEqual(['2025-02-01', '2025-02-28']);
  });
});
