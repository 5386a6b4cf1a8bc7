// Table-driven tests of the vendors extractor against ANNOTATION.md ("Vendors"): one row per
// context rule with a company the gazetteer does not know, negative sentences for every
// exclusion, products, customers, upstream entities, the gazetteer file and adversarial input.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractText, prepareText } from '../helpers.ts';
import { extractVendors, makeVendorExtractor } from '../../extractors/vendors/index.ts';
import { DEFAULT_SUPPLIERS, findSuppliers, loadSuppliers, parseSuppliers } from '../../extractors/vendors/gazetteer.ts';
import { RULES } from '../../extractors/vendors/rules.ts';
import shipped from '../../extractors/vendors/suppliers.json' with { type: 'json' };
import type { EntityRecord } from '../../extractors/entities/schema.ts';
import type { VendorRecord } from '../../extractors/vendors/schema.ts';
import { mention } from '../../pipeline/span.ts';

const run = (text: string, entities: EntityRecord[] = []) => extractVendors(prepareText(text), { entities });
const names = (rs: VendorRecord[]) => rs.map((r) => r.name);
const byName = (rs: VendorRecord[], name: string) => rs.find((r) => r.name === name);
/** The vendors of the whole extractor chain, so upstream entities are the real ones. */
const runWithEntities = (text: string) => extractText(text).vendors;

/** Each context rule, with a supplier that is not in the gazetteer. */
const RULE_CASES: { rule: string; text: string; vendor: string; customers?: string[]; products?: string[] }[] = [
  { rule: 'merger-of-x', text: 'The merger of Ardwell Care Systems and Pathlane Connect slowed the rollout.', vendor: 'Pathlane Connect' },
  { rule: 'partnered-with', text: 'Kingston Hospital has partnered with Acmedix to digitise its fertility pathway.', vendor: 'Acmedix', customers: ['Kingston Hospital'] },
  { rule: 'went-live-with', text: 'Walsall Manor Hospital went live with Nervecentre last week.', vendor: 'Nervecentre', customers: ['Walsall Manor Hospital'] },
  { rule: 'partnership-between', text: 'The project is a collaboration between Holovista, Cambridge University Hospitals and the University of Cambridge.', vendor: 'Holovista', customers: ['Cambridge University Hospitals'] },
  { rule: 'contract-with', text: 'Walsall Healthcare NHS Trust signed a three-year contract with Zentrio Health for its patient portal.', vendor: 'Zentrio Health', customers: ['Walsall Healthcare NHS Trust'] },
  { rule: 'contract-with', text: 'Marwood Health Board has signed a three-year contract worth £2.6m with Kallora Health for its virtual ward platform.', vendor: 'Kallora Health', customers: ['Marwood Health Board'] },
  { rule: 'x-supplies-its-offering', text: 'Under the deal, Fell Diagnostics will supply its LabBridge middleware to every practice.', vendor: 'Fell Diagnostics' },
  { rule: 'made-thing-by-x', text: 'The ward switched to the VitaPatch, a single-use chest patch made by Quorn Biosignals.', vendor: 'Quorn Biosignals' },
  { rule: 'x-wins-contract', text: 'Fellgate Digital has won a £2.1m contract to supply its triage tool.', vendor: 'Fellgate Digital' },
  { rule: 'company-possessive-name', text: 'We went out to four suppliers and picked Talbrook Health’s Talbrook Triage for the practices.', vendor: 'Talbrook Health' },
  { rule: 'named-x-as-partner', text: 'The trust’s design authority recommended Fellside Health as preferred supplier for the service.', vendor: 'Fellside Health' },
  { rule: 'awarded-contract-to-x', text: 'The board is asked to award a £4.8m contract for a population health management platform to Fellmoor Analytics.', vendor: 'Fellmoor Analytics' },
  { rule: 'awarded-contract-to-x', text: 'The trust has awarded a three-year contract worth £450,000 to Fellmoor Health for its discharge platform.', vendor: 'Fellmoor Health' },
  { rule: 'x-supplies-its-offering', text: 'Under the proposed deal, Fellmoor Analytics would deploy its population health platform across the county.', vendor: 'Fellmoor Analytics' },
  { rule: 'awarded-x-contract', text: 'Princess Alexandra Hospital awarded Carevio a £28 million contract for a new EPR.', vendor: 'Carevio', customers: ['Princess Alexandra Hospital'] },
  { rule: 'based-x', text: 'NHS Lothian reads X-rays through a platform from Edinburgh-based Corvalis Analysis, which sits between the tools.', vendor: 'Corvalis Analysis' },
  { rule: 'contract-awarded-to-x', text: 'After a competitive tender the contract was awarded to Medisphere in May.', vendor: 'Medisphere' },
  { rule: 'x-possessive-offering', text: 'Brightwell’s Connected Rota platform is now used by 40 practices.', vendor: 'Brightwell', products: ['Connected Rota'] },
  { rule: 'x-a-company', text: 'The trust is working on this with Nuvola, a digital health company based in Leeds.', vendor: 'Nuvola' },
  { rule: 'company-x', text: 'Software company Trellica will supply the new system.', vendor: 'Trellica' },
  { rule: 'x-whose-offering', text: 'Scheduling for visits will be handled by Malinko, whose tool will be integrated with the record.', vendor: 'Malinko' },
  { rule: 'x-which-provides', text: 'Kinetiq, which provides remote monitoring for virtual wards, now covers 12 sites.', vendor: 'Kinetiq' },
  { rule: 'x-which-provides', text: 'Next spring we start a pilot with Vitalink, who make a falls and activity monitoring kit.', vendor: 'Vitalink' },
  { rule: 'legal-suffix', text: 'Harbour Analytics Ltd has been appointed to run the data platform.', vendor: 'Harbour Analytics' },
  { rule: 'selected-x-to', text: 'Norfolk and Waveney ICB selected Interlink to provide interoperability expertise.', vendor: 'Interlink', customers: ['Norfolk and Waveney ICB'] },
  { rule: 'supplied-by-x', text: 'The self-referral app was developed by Mindloop last year.', vendor: 'Mindloop' },
  { rule: 'x-serves-body', text: 'Caresync supports Leeds Teaching Hospitals NHS Trust with its rostering.', vendor: 'Caresync', customers: ['Leeds Teaching Hospitals NHS Trust'] },
  { rule: 'x-chosen-by-body', text: 'Rotaflex has been chosen by Barts Health NHS Trust to run its staff bank.', vendor: 'Rotaflex', customers: ['Barts Health NHS Trust'] },
  { rule: 'x-chosen-by-body', text: 'Leeds-based Rotaflex has been chosen by Barts Health NHS Trust to run its staff bank.', vendor: 'Rotaflex', customers: ['Barts Health NHS Trust'] },
  { rule: 'acquired-by-x', text: 'The app maker was acquired by Quantix Health in 2022.', vendor: 'Quantix Health' },
  { rule: 'founder-of-x', text: '“It changes how clinicians work,” says Anna Lee, CEO and founder of Rotaplan.', vendor: 'Rotaplan' },
  { rule: 'systems-such-as', text: 'They build interfaces for systems such as Cerner, Lorenzo and Epic.', vendor: 'Epic' },
  { rule: 'awarded-contract-to-x', text: 'Black Country ICB awarded a £7.9 million device contract to Trellix Devices in August.', vendor: 'Trellix Devices', customers: ['Black Country ICB'] },
  { rule: 'made-thing-from-x', text: 'Inpatient notes were on Crosscare, the hospice system from Advanced, until May.', vendor: 'Advanced' },
  { rule: 'made-thing-from-x', text: 'The unit uses a cloud audiology platform from Danish firm Auditora.', vendor: 'Auditora' },
  { rule: 'made-thing-by-x', text: 'Plans are shared through an integration built by Better and hosted by South West London ICB.', vendor: 'Better', customers: ['South West London ICB'] },
  { rule: 'awarded-contract-to-x', text: 'Avonford University Hospitals NHS Trust has awarded a five-year, £2.4 million contract to Sonara for a location system.', vendor: 'Sonara', customers: ['Avonford University Hospitals NHS Trust'] },
  { rule: 'made-thing-from-x', text: 'The trust has tagged 650 wheelchairs at Frimley Park Hospital with Bluetooth beacons from Kontakta.io.', vendor: 'Kontakta.io' },
  { rule: 'selected-x-to', text: 'What changed things was bringing in Demand Logica to run analytics over the BMS data.', vendor: 'Demand Logica' },
  { rule: 'x-whose-offering', text: 'The face-to-face service remains with Ablex Health, whose contract runs until March 2027.', vendor: 'Ablex Health' },
  { rule: 'x-possessive-offering', text: 'NHS Frimley ICB has extended its use of Holly Health’s habit-coaching app to all 11 networks.', vendor: 'Holly Health', customers: ['NHS Frimley ICB'] },
  { rule: 'selected-x-to', text: 'The council has commissioned Breaking Free Group to provide its recovery programme.', vendor: 'Breaking Free Group' },
  { rule: 'fronted-made-by-x', text: 'Developed by Ximora, Lifelight measures blood pressure in 40 seconds.', vendor: 'Ximora' },
  { rule: 'named-x-as-partner', text: 'Finally, Dorset ICB has named Bettera and Alcidra as partners for a pilot.', vendor: 'Alcidra', customers: ['Dorset ICB'] },
  { rule: 'company-x', text: 'A cyber awareness programme will be delivered with training provider CyberSmarta for all practices.', vendor: 'CyberSmarta' },
  { rule: 'x-possessive-offering', text: 'The money will pay for licences for Sonara Informatics’ Sonar clinical services platform.', vendor: 'Sonara Informatics' },
  { rule: 'made-thing-from-x', text: 'It is the biopsy algorithm from New York-based Zentrio, which NICE is assessing.', vendor: 'Zentrio' },
  { rule: 'company-x', text: 'The ICB has commissioned digital transformation specialist Quorvane Health to run workflow clinics.', vendor: 'Quorvane Health' },
  { rule: 'based-x', text: 'Stoke-on-Trent-based Quorvane Health has been commissioned to provide training.', vendor: 'Quorvane Health' },
  { rule: 'based-x', text: 'Milton Keynes-based Quorvane Health has been commissioned to provide training.', vendor: 'Quorvane Health' },
  { rule: 'listed-product-from-x', text: 'Out-of-hours calls are logged in Adastra from Quillon Systems at every base.', vendor: 'Quillon Systems' },
  { rule: 'brand-from-x', text: 'Every public PC in the libraries now runs Read&Write from Quillex, so people can have a page read aloud.', vendor: 'Quillex' },
  { rule: 'x-possessive-brand', text: 'The blood service has chosen Quorvex-MED’s ePROGESA to replace its system.', vendor: 'Quorvex-MED' },
  { rule: 'companies-such-as', text: 'Companies such as Caresynthia now capture timestamps from devices in theatre.', vendor: 'Caresynthia' },
  { rule: 'companies-named', text: 'Sleep services work with CPAP manufacturers Zorblex and Quintara Medical on referrals.', vendor: 'Quintara Medical' },
  { rule: 'a-firm-x', text: 'A smaller Liverpool firm, Wendomo, built the asthma app for the trust.', vendor: 'Wendomo' },
  { rule: 'suppliers-include', text: 'Other suppliers with compliant products include Ulyssia and InPhasa.', vendor: 'Ulyssia' },
  { rule: 'company-x', text: 'The trust has commissioned clinical safety consultancy Assurova to review its hazard log.', vendor: 'Assurova' },
  { rule: 'company-x', text: 'The licences were procured with support from York-based reseller Phoenix Software.', vendor: 'Phoenix Software' },
  { rule: 'company-x', text: 'Each home received a lifting chair from Danish manufacturer Liftara.', vendor: 'Liftara' },
  { rule: 'x-a-company', text: 'The trust has selected T-Impacta, a Kent-based automation specialist, to build the bots.', vendor: 'T-Impacta' },
  { rule: 'x-a-company', text: 'The cohort includes Rescapa Innovation, the Cardiff-based maker of a virtual reality headset.', vendor: 'Rescapa Innovation' },
  { rule: 'x-a-company', text: 'Altura Health, the cloud electronic patient record (EPR) company, has been awarded a £14.2m contract.', vendor: 'Altura Health' },
  { rule: 'whose-supplier-x', text: 'Around 180 PCs are tied to the CardioView cardiology reporting system, whose supplier, Corvia Medical Imaging, has yet to certify it.', vendor: 'Corvia Medical Imaging' },
  { rule: 'based-x', text: 'The hospice has bought headsets from Cardiff-based Rescapa Innovation, whose system lets patients visit beaches.', vendor: 'Rescapa Innovation' },
];

describe('vendors: context rules find suppliers the gazetteer does not know', () => {
  it('covers every rule', () => {
    expect(new Set(RULE_CASES.map((c) => c.rule))).toEqual(new Set(RULES.map((r) => r.id)));
  });
  it.each(RULE_CASES.map((c) => [c.rule, c] as const))('%s', (_rule, c) => {
    const rs = run(c.text);
    const v = byName(rs, c.vendor);
    expect(v, JSON.stringify(names(rs))).toBeDefined();
    for (const cust of c.customers ?? []) expect(v!.customers).toContain(cust);
    for (const p of c.products ?? []) expect(v!.products).toContain(p);
  });
});

/** Sentences with no vendor in them: every exclusion of the guideline. */
const NEGATIVE: [string, string][] = [
  ['a university partner', 'The trust is partnering with the University of Leeds on a research study.'],
  ['a police force as a partner', 'Lancashire and South Cumbria ICB has partnered with Lancashire Constabulary on a crisis line for people in distress.'],
  ['an NHS trust partnering with another trust', 'Barts Health NHS Trust is partnering with Homerton Healthcare NHS Foundation Trust on pathology.'],
  ['a council and a charity', 'The ICS worked with Leeds City Council and Macmillan Cancer Support on the scheme.'],
  ['a national charity’s local charity', 'The practice worked with Age UK Norfolk and Citizens Advice Somerset on drop-in sessions.'],
  ['an ICB and an ICS', 'The plan was developed in partnership with Lincolnshire ICB and the Black Country ICS.'],
  ['government bodies and a compound name', 'We collaborated with the Department of Health, NHS England, NHS Digital and Track and Trace to do it.'],
  ['a person with an honorific', 'HTN spoke with Dr Sarah Jones about the plan.'],
  ['people by first and last name', 'Leeds Teaching Hospitals worked with James Davis and Sarah Hughes on the business case.'],
  ['the publisher', 'The trust told HTN that it is working with Digital Health on an event.'],
  ['an unnamed supplier', 'A remote monitoring tech supplier was chosen to support the virtual ward.'],
  ['an NHS innovation body', 'The programme was delivered by Health Innovation Manchester across the region.'],
  ['products only, in a list of systems', 'They have experience with systems such as Lorenzo and CaMIS.'],
  ['a place with a possessive', 'London’s digital platform now links every borough.'],
  ['a county with a possessive', 'Norfolk’s shared care record system now covers mental health data.'],
  ['a place named by a lower-case noun', 'Following a long-standing partnership with Bedfordshire hospital, the trust moved on.'],
  ['a university acronym', 'The hospital collaborated with UCL on the study.'],
  ['a product written alone', 'Clinicians use PainChek and DERM in care homes.'],
  ['an app named like a company', 'Hand Therapy: The Exercise Prescription App, which provides exercises, is free.'],
  ['a region in a coordination', 'We spoke with the chief executive of Mid and South Essex about the plan.'],
  ['a body’s officer on a subject, in a headline', 'Interview: Royal Devon’s CCIO on EPR optimisation and Bridgewater’s 0-19 lead on apps'],
  ['an investor and a law firm', 'The start-up closed a round led by venture firm Lakestar, advised by the law firm Bristowe.'],
  ['a place inside a partnership’s name', 'The trust has signed a contract with Humber and North Yorkshire Health and Care Partnership.'],
  ['a person the article calls a specialist', 'Jane Smith, a clinical specialist in the team, led the work with Moorfields, a specialist eye hospital.'],
  ['a partner the article calls a charity', 'The trust is working with Mental Health Innovations, a charity, on crisis text support.'],
  ['a product that went live', 'The Royal Marsden went live with Connect, its new EPR, in March.'],
  ['a trust chosen by another body', 'Leeds Teaching Hospitals NHS Trust was chosen by NHS England as a pilot site.'],
  ['a two-part region before its body', 'The plan is a partnership between Cambridgeshire and Peterborough NHS Foundation Trust and the ICS.'],
  ['a product named like a plural, with the bare apostrophe', 'The council renewed Carefield Adults’ Social Care System for three years.'],
  ['a health innovation network that delivers a programme', 'The programme is delivered by UCLPartners on behalf of NHS England.'],
  ['a public body or a person named in a fronted clause', 'Developed by NHS England, the tool is free. Developed by Sarah Jones, it works.'],
  ['a person appointed to lead', 'The trust has appointed Sarah Jones to lead the programme, and named Dr Amir Khan as its clinical partner.'],
  ['a list of assured suppliers, and a place’s service', 'Providers had to choose a system from the Assured Solutions List. Fife’s care at home service employs 1,000 staff.'],
  ['what a programme is based on is no place', 'The ICB used funding from the national Cloud-based Telephony programme.'],
  ['a local pharmacy committee', 'Gemma Lacey, chief executive of Community Pharmacy Suffolk, welcomed the investment.'],
  ['the company’s app, not the company', 'The service will trial Limbara Care, the company’s between-session support app, with 500 patients.'],
  ['a public body a platform comes from', 'Trusts can use a shared platform from NHS England and a tool from Leeds.'],
  ['a common word before a possessive', 'Children’s digital services and Women’s health apps were the focus.'],
  ['a scheme named after a person with a possessive', 'Patients can call for help through Martha’s Rule escalation service at all three sites.'],
  ['a charity whose name opens with a preposition', 'Sam Jones, chief executive of Off the Record, said so.'],
  ['a GP system’s maker written only in the system’s name', 'Practices in the county moved from EMIS Web to SystmOne last year.'],
  ['a national charity’s chief executive', 'Jan Tregelles, chief executive of Mencap, welcomed the flag.'],
  ['where a company is based is no name', 'The trust funded licences for the self-management app from the Exeter-based company of the same name.'],
  ['a nationality with a compass word is no maker', 'The scoring tool was developed by South Korean engineers.'],
  ['"Let\'s" before an offering noun', 'Let’s talk about EPRs. Where are the trusts at?'],
  ['a person from a place after a product name', 'The Adastra from Leeds update went live.'],
  ['an NHS body’s initials after a head of service', '"We expect to halve that," said Louise Harker, head of medicines management at NEAS.'],
  ['a law firm that advised a deal', 'The seller was advised by Ashdown Corporate Finance and the law firm Pryor Wells LLP.'],
  ['a body named before a lower-case kind of body', 'The ICB signed a care navigation deal with Black Country GP alliance last month.'],
  ['a body named after its place, with its board', 'Wyreside Health’s Board met on Tuesday to approve the plan.'],
  ['a title a body named like a company has', 'The plan was agreed after Wyreside Health’s Chief Executive met the board.'],
  ['a pharmacy chain’s branches that serve an area', 'The PCN worked with the 12 community pharmacies serving the area, including branches of Boots and Rowlands Pharmacy.'],
  ['a head of a service at a body the article calls a charity elsewhere', 'Harbourlight, the peer-led homeless health charity, hands out phones. Mark Bell, head of peer advocacy at Harbourlight, said it helped.'],
  ['a body "the charity" names before one of its mentions', 'Providers should adopt the charter, run by the charity Student Minds. Jo Bloggs, chief executive of Student Minds, said so.'],
  ['"a specialist" before a lower-case noun says what a visit is, not who', 'For a patient on Carrick, a specialist visit could mean a four-hour trip.'],
  ['a GP practice the article calls one, which a team works with', 'The team works closely with Eastside Medical, the specialist homeless GP practice run by the trust.'],
  ['a site in a town that services come from', 'Avonford NHS Foundation Trust provides forensic services from Roseberry Park in Middlesbrough.'],
];

describe('vendors: exclusions yield nothing', () => {
  it.each(NEGATIVE)('%s', (_why, text) => {
    expect(names(run(text))).toEqual([]);
  });
});

describe('vendors: gazetteer suppliers, names, products and customers', () => {
  it('keeps a capitalised adjective that opens a company name inside a sentence', () => {
    // not also "Health", which would then be found in every "Health" of the article
    expect(names(run('Patients wear sensors from Edinburgh company Current Health. Digital Health and Care Wales funds it.'))).toEqual(['Current Health']);
  });
  it('names the maker, not the first words of its product, after a verb of buying', () => {
    expect(names(runWithEntities('The ICB has procured Microsoft Defender for Endpoint and Microsoft Sentinel for the centre.'))).toEqual(['Microsoft']);
  });
  it('keeps a first word that only looks like an adverb when it opens a sentence before a company’s last word', () => {
    expect(names(run('Calmly Health, the digital mental health company, has been selected by three ICBs.'))).toEqual(['Calmly Health']);
  });
  it('lists independent-sector providers that hold NHS contracts, not care-home operators', () => {
    const rs = runWithEntities('The ICB holds contracts with Spire Healthcare and Ramsay Health Care UK, and NHS 111 is run by IC24. Care home operator HC-One uses the app.');
    expect(names(rs).sort()).toEqual(['IC24', 'Ramsay Health Care UK', 'Spire Healthcare']);
  });
  it('reads a supplier the gazetteer lists as another named supplier’s product as that product', () => {
    const rs = runWithEntities('East Lancashire uses Induction Healthcare’s Induction Zesty portal for outpatient letters.');
    expect(names(rs)).toEqual(['Induction Healthcare']);
  });
  it('finds a clinical speech recognition supplier and the board that uses its scribe', () => {
    const v = byName(runWithEntities('Aneurin Bevan University Health Board is using T-Pro’s ambient scribe in community mental health teams.'), 'T-Pro');
    expect(v?.customers).toEqual(['Aneurin Bevan University Health Board']);
  });
  it('reads a sentence opening with "It", "Its" or "The trust" as going on about the body that opened the sentence before', () => {
    const it = runWithEntities('Avonford NHS Foundation Trust, which sits in another ICB, has taken a different route. It is testing Tortus with 25 clinicians in outpatients.');
    expect(byName(it, 'Tortus')?.customers).toEqual(['Avonford NHS Foundation Trust']);
    const its = runWithEntities('Avonshire Ambulance Service NHS Trust has begun procuring a new dispatch system. Its crews have used Ortivus’s MobiMed record since 2022.');
    expect(byName(its, 'Ortivus')?.customers).toEqual(['Avonshire Ambulance Service NHS Trust']);
    const described = runWithEntities('Wexley NHS Trust runs the county’s hospices. Avonford Hospitals NHS Foundation Trust is furthest along. The trust, which runs two hospitals, signed with System C for its CareFlow EPR last year.');
    expect(byName(described, 'System C')?.customers).toEqual(['Avonford Hospitals NHS Foundation Trust']);
  });
  it('takes the hospitals a relative clause says a body runs as its sites, not as buyers beside it', () => {
    const named = runWithEntities('Avonford Teaching NHS Trust (ATNT), which runs the Lister Hospital in Stevenage, is replacing DXC Technology’s Lorenzo with Epic.');
    expect(byName(named, 'Epic')?.customers).toEqual(['Avonford Teaching NHS Trust']);
    expect(byName(named, 'DXC Technology')?.customers).toEqual(['Avonford Teaching NHS Trust']);
    const described = runWithEntities('Wexley and Avonford Hospital NHS Trust has delayed its EPR. The trust, which runs the Royal Wexley Hospital and the Princess Royal Hospital in Avonford, had planned to go live with Epic in April.');
    expect(byName(described, 'Epic')?.customers).toEqual(['Wexley and Avonford Hospital NHS Trust']);
  });
  it('takes a description that buys from the supplier ("which the ICB procures from") as a customer beside the bodies listed', () => {
    const rs = runWithEntities('NHS Avonshire ICB covers 1.8 million people. The Avonshire Care Record, which the ICB procures from Graphnet Health, now includes data from Wexcombe Council and Belmont Council.');
    expect(byName(rs, 'Graphnet Health')?.customers).toContain('NHS Avonshire ICB');
  });
  it('reads a sentence opening "At <body>," as about that body', () => {
    const rs = runWithEntities('Wexley NHS Trust runs the county’s hospices.\n\nAt Avonford NHS Foundation Trust (ANFT), which runs Hive, its Epic record, a 12-week pilot of Microsoft’s Dragon Copilot in outpatients finished in July.');
    expect(byName(rs, 'Microsoft')?.customers).toEqual(['Avonford NHS Foundation Trust']);
  });
  it.each([
    ['Working with Sopra Steria, it has moved 210 of its applications into the cloud since 2025.', 'Sopra Steria'],
    ['In December it began using Kheiron Medical Technologies’ Mia as a second reader.', 'Kheiron Medical Technologies'],
  ])('reads "it" after a short fronted phrase as the body that opened the sentence before: %s', (sentence, vendor) => {
    const rs = runWithEntities(`Wexley NHS Trust runs the county’s hospices. Avonford NHS Foundation Trust has the largest estate in the region. ${sentence}`);
    expect(byName(rs, vendor)?.customers).toEqual(['Avonford NHS Foundation Trust']);
  });
  it('reads a community provider named "<area> Health and Care" as a customer', () => {
    const v = byName(runWithEntities('In the community, Avonford Health and Care uses Doccla’s remote monitoring platform for its virtual wards.'), 'Doccla');
    expect(v?.customers).toEqual(['Avonford Health and Care']);
  });
  it('names a product its maker follows with ", which <maker> supplies" or ", the <maker>-based"', () => {
    const supplies = runWithEntities('Three trusts are live on the NHS Federated Data Platform (FDP), which Palantir Technologies supplies to NHS England.');
    expect(byName(supplies, 'Palantir Technologies')?.products).toContain('NHS Federated Data Platform');
    const based = runWithEntities('GP practices view hospital information through the Avonshire Electronic Care Record (AECR), the Orion Health-based shared record.');
    expect(byName(based, 'Orion Health')?.products).toContain('Avonshire Electronic Care Record');
  });
  it('names a product followed by ", the <maker>-supplied …" or ", the shared care record that <maker> supplies" as the maker\'s', () => {
    const supplied = runWithEntities('Data comes from the Avonshire Care Record (ACR), the Graphnet-supplied shared care record.');
    expect(byName(supplied, 'Graphnet')?.products).toContain('Avonshire Care Record');
    const that = runWithEntities('Data arrives from the Wexley Care Records, the shared care record that Graphnet Health supplies to three ICBs.');
    expect(byName(that, 'Graphnet Health')?.products).toContain('Wexley Care Records');
  });
  it('names a product "commissioned by <body> from <maker>" as the maker\'s', () => {
    const rs = runWithEntities('The Avonshire Care Record, commissioned by the ICB from Graphnet Health, now holds 1.2 million records.');
    expect(byName(rs, 'Graphnet Health')?.products).toContain('Avonshire Care Record');
  });
  it('names a product in apposition with its maker\'s offering ("EMIS Web, Optum\'s clinical system")', () => {
    const rs = runWithEntities('The federation’s clinicians work in EMIS Web, Optum’s clinical system, while 30 practices use SystmOne.');
    expect(byName(rs, 'Optum')?.products).toContain('EMIS Web');
  });
  it('finds a council software supplier and the product after its possessive', () => {
    const v = byName(runWithEntities('Kent County Council uses Idox’s EHC Hub for its education, health and care plans.'), 'Idox');
    expect(v?.products).toEqual(['EHC Hub']);
  });
  it('names a supplier’s product from the gazetteer beside its maker (Epic’s Care Everywhere, RLDatix’s Activity Manager)', () => {
    expect(byName(runWithEntities('The trust shares records with other Epic sites through Care Everywhere.'), 'Epic')?.products).toEqual(['Care Everywhere']);
    expect(byName(runWithEntities('Rotas are built in RLDatix’s Activity Manager.'), 'RLDatix')?.products).toEqual(['Activity Manager']);
  });
  it('names an automation supplier by its former name as written', () => {
    expect(names(run('The trust first automated its referrals with Thoughtonomy in 2018.'))).toEqual(['Thoughtonomy']);
  });
  it('reads a listed supplier right after another’s possessive as that supplier’s brand', () => {
    const rs = runWithEntities('The council’s adult social care data, held in System C’s Liquidlogic case management system, now flows into the record.');
    expect(names(rs)).toEqual(['System C']);
    expect(byName(rs, 'System C')!.products).toEqual(['Liquidlogic']);
  });
  it('keeps a company of the maker’s a company ("Microsoft’s Nuance unit")', () => {
    expect(names(runWithEntities('Microsoft’s Nuance unit sells its speech recognition to the trust.')).sort()).toEqual(['Microsoft', 'Nuance']);
  });
  it('takes a care provider that only shares its records for no supplier', () => {
    const rs = runWithEntities('The record now includes documents from urgent care provider IC24 and from the trust.');
    expect(names(rs)).toEqual([]);
  });
  it('finds a gazetteer supplier by its former name and keeps the written name', () => {
    const rs = run('Princess Alexandra Hospital’s award of a £28 million contract for the Cerner EPR system.');
    const v = byName(rs, 'Cerner');
    expect(v).toBeDefined();
    expect(v!.products).toContain('Cerner EPR');
    expect(v!.customers).toContain('Princess Alexandra Hospital');
    expect(v!.rule).toBe('gazetteer');
  });
  it('finds a brand the gazetteer writes in lower case when the article capitalises it, under the written name', () => {
    const rs = run('Cornwall Partnership NHS Foundation Trust has extended its contract with Ieso Digital Health. Ieso said it was pleased.');
    expect(names(rs)).toEqual(['Ieso Digital Health']);
    expect(rs[0]!.aliases).toEqual(['Ieso']);
  });
  it('finds a company by a short form that is an ordinary word only inside a sentence of an article naming its product', () => {
    const v = byName(run('The cyber attack on Advanced in August 2022 took its Adastra system offline.'), 'Advanced');
    expect(v).toBeDefined();
    expect(v!.products).toEqual(['Adastra']);
    expect(names(run('Advanced Practice nurses use Adastra in the out-of-hours service.'))).not.toContain('Advanced');
    expect(names(run('The cyber attack on Advanced in August 2022 took the trust offline.'))).not.toContain('Advanced');
  });
  it('names a supplier’s business unit as the article writes it', () => {
    expect(names(run("We put BD Rowa's Vmax into the Glenrothes hub in September."))).toEqual(['BD Rowa']);
  });
  it('reads a number inside a company’s name', () => {
    expect(names(run('The group has appointed Channel 3 Consulting as implementation partner under a £2.9m contract.'))).toEqual(['Channel 3 Consulting']);
  });
  it('leaves where a company is based or was founded out of its name', () => {
    expect(names(run('NHS Tayside has signed a contract with Edinburgh-based Quorvex Informatics.'))).toEqual(['Quorvex Informatics']);
    expect(names(run('NHS Lanarkshire uses the monitoring kit from Edinburgh-founded Quillex Health.'))).toEqual(['Quillex Health']);
  });
  it('finds a company named like a person by its possessive offering in lower case', () => {
    expect(names(run('The provider has rolled out Isla’s visual clinical record platform.'))).toEqual(['Isla']);
  });
  it('finds a GP system’s maker where the article names the company itself', () => {
    expect(names(runWithEntities('EMIS said its EMIS Web system would be updated in the spring.'))).toEqual(['EMIS']);
  });
  it('knows laboratory middleware, analyser and digital pathology makers', () => {
    const rs = run('The network links Data Innovations middleware to Werfen and CellaVision analysers and scans slides for Indica Labs’ HALO AP.');
    expect(names(rs)).toEqual(['Data Innovations', 'Werfen', 'CellaVision', 'Indica Labs']);
  });
  it('knows cyber security, backup and interpreting suppliers', () => {
    const rs = run('The trust shortlisted Socura and Integrity360, backs up to Pure Storage with Veeam, and books interpreters through DA Languages.');
    expect(names(rs)).toEqual(['Socura', 'Integrity360', 'Pure Storage', 'Veeam', 'DA Languages']);
  });
  it('knows finance and procurement, genomics, voluntary-sector and point-of-care suppliers', () => {
    const rs = run('The trust replaced its ledger with Unit4, sequences with Velsera, refers through Elemental Software and tests with analysers from Aidian.');
    expect(names(rs)).toEqual(['Unit4', 'Velsera', 'Elemental Software', 'Aidian']);
  });
  it('knows dental, optical, hearing and school-systems suppliers', () => {
    const rs = run('The line reads slots from Henry Schein One and Carestream Dental, optometrists refer through Primary Eyecare Services, audiology runs on Auditdata and school nurses see CPOMS.');
    expect(names(rs)).toEqual(['Henry Schein One', 'Carestream Dental', 'Primary Eyecare Services', 'Auditdata', 'CPOMS']);
  });
  it('knows staffing agencies, recruitment checks and staff wellbeing apps', () => {
    const rs = run('The trust paid Thornbury Nursing Services for agency nurses, checks identities through TrustID and offers staff Unmind.');
    expect(names(rs)).toEqual(['Thornbury Nursing Services', 'TrustID', 'Unmind']);
  });
  it('takes a product whose name opens with the maker’s, instead of the shorter gazetteer name inside it', () => {
    const rs = runWithEntities('Thames Valley Imaging Network will deploy Lunit INSIGHT CXR and Lunit INSIGHT MMG, supplied by Lunit.');
    expect(byName(rs, 'Lunit')!.products).toEqual(['Lunit INSIGHT CXR', 'Lunit INSIGHT MMG']);
  });
  it('takes a product an apposition says comes from the vendor ("P, the hospice system from X")', () => {
    const rs = runWithEntities('Inpatient notes at St Oswald’s Hospice were on Crosscare, the hospice system from Advanced, until May.');
    expect(byName(rs, 'Advanced')!.products).toEqual(['Crosscare']);
  });
  it('takes no listed product whose name the article gives a body as its acronym', () => {
    const rs = runWithEntities('Crews from London Ambulance Service NHS Trust (LAS) can see it. Liquidlogic supplies the councils, and LAS crews use the record.');
    expect(byName(rs, 'Liquidlogic')!.products).toEqual([]);
  });
  it('counts a body that deploys the vendor’s product as a customer', () => {
    const rs = runWithEntities('Kheiron Medical Technologies makes Mia. Separately, Peninsula Imaging Network will roll out Mia in breast screening.');
    expect(byName(rs, 'Kheiron Medical Technologies')!.customers).toContain('Peninsula Imaging Network');
  });
  it('takes customers from a bullet list the vendor’s sentence introduces', () => {
    const rs = run('Under a three-year agreement, Kheiron’s software will read mammograms for services run by:\n\n- Hull University Teaching Hospitals NHS Trust\n- Harrogate and District NHS Foundation Trust\n\nThe trusts went live in May.');
    expect(byName(rs, 'Kheiron')!.customers).toEqual(['Hull University Teaching Hospitals NHS Trust', 'Harrogate and District NHS Foundation Trust']);
  });
  it('names a gazetteer supplier as the article writes it with its corporate tail', () => {
    const rs = runWithEntities('Induction Healthcare Group said revenue rose by 14 percent in the half year.');
    expect(names(rs)).toEqual(['Induction Healthcare Group']);
  });
  it('keeps a company with a legal suffix whose name holds a business word', () => {
    const rs = runWithEntities('Khipu Networks Ltd, the UK cyber security and network specialist, has been awarded a contract by NHS Humber and North Yorkshire Integrated Care Board.');
    expect(names(rs)).toEqual(['Khipu Networks']);
  });
  it('drops a public body written by its acronym, and counts a national health body as a customer', () => {
    const rs = runWithEntities('North West Ambulance Service NHS Trust (NWAS) runs 111. Salman Desai, chief executive of NWAS, said so. Digital Health and Care Wales (DHCW) has extended its contract with Kainos, and DHCW partnered with Velindre University NHS Trust.');
    expect(names(rs)).toEqual(['Kainos']);
    expect(rs[0]!.customers).toContain('Digital Health and Care Wales');
  });
  it('gives a supplier named with no customer the health body a single-topic article is about', () => {
    const text = 'Wye Valley NHS Trust has gone live with a new record.\nWye Valley NHS Trust chose it after a long search.\nStaff at Wye Valley NHS Trust were trained.\nNurses now use apps from Accurx on the wards.';
    expect(byName(run(text), 'Accurx')!.customers).toEqual(['Wye Valley NHS Trust']);
  });
  it('adds the body a single-topic article is about to the customers of its only supplier, not of one of several', () => {
    const text = 'Wye Valley NHS Trust has gone live with a new record.\nWye Valley NHS Trust chose it after a long search.\nStaff at Wye Valley NHS Trust were trained.\nAccurx also works with Coldham NHS Trust.';
    expect(byName(run(text), 'Accurx')!.customers).toEqual(['Coldham NHS Trust', 'Wye Valley NHS Trust']);
    const two = text + '\nEpic works with Avonford NHS Trust.';
    expect(byName(run(two), 'Accurx')!.customers).toEqual(['Coldham NHS Trust']);
  });
  it('counts "the health board" towards the body a single-topic article is about', () => {
    const text = 'Hywel Dda University Health Board has a strategy written with Digital Health and Care Wales (DHCW).\nDHCW runs the app. DHCW hosts it. DHCW will add features.\nThe health board will pay for it. The health board wants more. The health board agreed it.\nScheduling will be handled by Malinko, whose tool will be integrated.';
    expect(byName(run(text), 'Malinko')!.customers).toEqual(['Hywel Dda University Health Board']);
  });
  it('gives none to a supplier the article only names as an example', () => {
    const text = 'Wye Valley NHS Trust has gone live with a new record.\nWye Valley NHS Trust chose it after a long search.\nStaff at Wye Valley NHS Trust were trained.\nThe team had worked with systems such as Cerner and Epic before.';
    expect(byName(run(text), 'Epic')!.customers).toEqual([]);
  });
  it.each([
    ['among them', 'NHS England’s framework now lists 14 companies, among them Tortus, Heidi Health and Accurx.'],
    ['including', 'NHS England’s framework now lists 14 companies, including Tortus, Heidi Health and Accurx.'],
  ])('gives none to a supplier named as an example after "%s"', (_, sentence) => {
    const text = `Wye Valley NHS Trust has gone live with a new record.\nWye Valley NHS Trust chose it after a long search.\nStaff at Wye Valley NHS Trust were trained.\n${sentence}`;
    expect(byName(run(text), 'Heidi Health')!.customers).toEqual([]);
  });
  it('gives none in a round-up that names many bodies', () => {
    const text = 'Leeds Teaching Hospitals NHS Trust went live. Leeds Teaching Hospitals NHS Trust is pleased. Leeds Teaching Hospitals NHS Trust trained staff. York Hospital NHS Trust, Hull Royal Infirmary NHS Trust, Bradford NHS Trust, Airedale NHS Trust, Harrogate NHS Trust, Barnsley Hospital NHS Trust, Calderdale NHS Trust, Mid Yorkshire NHS Trust, Rotherham NHS Trust, Doncaster NHS Trust and Sheffield NHS Trust also spoke.\nSeparately, apps from Accurx are popular.';
    expect(byName(run(text), 'Accurx')!.customers).toEqual([]);
  });
  it('reads a company’s name without its corporate tail as the same supplier', () => {
    const rs = runWithEntities('Kestrel Health Group, a software company, has bought the start-up Tidewell Digital. Tidewell makes the VitalsLink virtual ward platform. Its staff will join Kestrel, whose PathwayOne patient flow software is used widely.');
    expect(names(rs).sort()).toEqual(['Kestrel Health Group', 'Tidewell Digital']);
    expect(byName(rs, 'Tidewell Digital')!.products).toEqual(['VitalsLink']);
    expect(byName(rs, 'Kestrel Health Group')!.products).toEqual(['PathwayOne']);
  });
  it('takes the product a vendor’s sentence names after "its"', () => {
    const rs = runWithEntities('Healthcare Communications, a software company, has secured four new contracts worth £4.6 million, bringing its Patient Hub digital letters platform to three NHS trusts.');
    expect(byName(rs, 'Healthcare Communications')!.products).toEqual(['Patient Hub']);
  });
  it('reads "the network" after a fronted host as the customer, not the host', () => {
    const rs = run('North East Imaging Network will get £12m.\n\nHosted by Newcastle Hospitals NHS Foundation Trust, the network will roll out Annalise.ai across its eight trusts.');
    expect(byName(rs, 'Annalise.ai')!.customers).toEqual(['North East Imaging Network']);
  });
  it('names a supplier whose one-word name is an English word where the article names its product ("Better Meds from Better")', () => {
    const v = byName(runWithEntities('The trust’s ePMA, Better Meds from Better, went live in November 2023.'), 'Better');
    expect(v?.products).toEqual(['Better Meds']);
  });
  it('names no vendor for a product whose maker the article does not name', () => {
    expect(names(runWithEntities('Eleven practices use eConsult for online requests.'))).toEqual([]);
    expect(names(runWithEntities('Kooth has partnered with the trust on its mental health service.'))).toEqual(['Kooth']);
  });
  it('does not take a conjunction opening the sentence into a name', () => {
    const rs = run('Because Northampton General works with Kettering General Hospital NHS Foundation Trust, the automations are shared.');
    expect(names(rs).filter((n) => n.startsWith('Because'))).toEqual([]);
  });
  it('keeps a short first word that merely ends like an adverb ("Ally Cares")', () => {
    const rs = run('Hampshire County Council has signed a three-year contract with Ally Cares, with the option to extend.');
    expect(names(rs)).toEqual(['Ally Cares']);
  });
  it('reads "the council" as the council named before', () => {
    const rs = run('Hampshire County Council runs the scheme with the ICB.\n\nThe council has signed a three-year contract with Ally Cares, with the option to extend.');
    expect(byName(rs, 'Ally Cares')!.customers).toEqual(['Hampshire County Council']);
  });
  // a description, a pronoun or a care record that points back to the body that buys
  it.each([
    [
      '"the ICB": the body named as an ICB, not an ICS partnership or a trust with "Integrated Care" in its name',
      'Avonshire and Kelby Health and Care Partnership serves 1.7 million people. Avonshire and Kelby Integrated Care NHS Foundation Trust runs the hospitals on Epic. NHS Avonshire and Kelby Integrated Care Board has committed £14 million.\n\nData\n\nOn data, the ICB has chosen Graphnet Health’s CareCentric Population Health to replace five analytics tools.',
      'Graphnet Health',
      ['NHS Avonshire and Kelby Integrated Care Board'],
    ],
    [
      'a shared care record a supplier builds: the ICB named for its area, before the ICS of the same area',
      'Avonshire and Kelby ICS and Avonshire and Kelby ICB published their digital plan. The Avonshire and Kelby Care Record (AKCR), built on Graphnet Health’s CareCentric platform, went live in 2021. The trusts run Epic.',
      'Graphnet Health',
      ['Avonshire and Kelby ICB'],
    ],
    [
      'a care record named by its area’s initials: the ICB of that area',
      'Avonshire, Kelby and Rutmoor ICB published its digital plan. Board papers show the money will fund the next phase of the AKR Care Record, which is built on Graphnet Health’s CareCentric platform. The trusts run Epic.',
      'Graphnet Health',
      ['Avonshire, Kelby and Rutmoor ICB'],
    ],
    [
      '"It" after a sentence a word that places its body opens ("Neighbouring …")',
      'Neighbouring Avonford NHS Foundation Trust, which sits in another ICB, has taken a different route. It is testing Tortus with 25 clinicians in outpatients.',
      'Tortus',
      ['Avonford NHS Foundation Trust'],
    ],
  ] as const)('customers: %s', (_name, text, vendor, customers) => {
    expect(byName(runWithEntities(text), vendor)!.customers).toEqual(customers);
  });
  it('does not make a supplier that only writes to a care record the record’s owner’s supplier', () => {
    const rs = runWithEntities(
      'Avonshire and Kelby ICB published its digital plan. The network has asked Annalise.ai to confirm that results can be written back to the Avonshire and Kelby Shared Care Record before March. The trusts run Epic.',
    );
    expect(byName(rs, 'Annalise.ai')!.customers).not.toContain('Avonshire and Kelby ICB');
  });
  it('keeps a former name as an alias of one record', () => {
    const rs = run('Lantum started as Network Locum back in 2012. Today Lantum works with 18 ICSs.');
    expect(names(rs)).toEqual(['Lantum']);
    expect(rs[0]!.aliases).toEqual(['Network Locum']);
    expect(rs[0]!.mentions.map((m) => m.text)).toEqual(['Lantum', 'Network Locum', 'Lantum']);
  });
  it('drops a trade-mark sign from a product', () => {
    const v = byName(run('Lantum’s Connected SchedulingTM solution helps deliver an agile workforce.'), 'Lantum');
    expect(v!.products).toEqual(['Connected Scheduling']);
  });
  it('takes gazetteer products named in the same sentence', () => {
    const v = run('Most practices use SystmOne, supplied by TPP.').find((r) => r.name === 'TPP');
    expect(v!.products).toContain('SystmOne');
  });
  it('keeps customers to the clause that names the vendor', () => {
    const rs = run('We covered the ICB’s award to Leeds Teaching Hospitals NHS Trust; and Princess Alexandra Hospital’s award of a contract for the Cerner EPR system.');
    expect(byName(rs, 'Cerner')!.customers).toEqual(['Princess Alexandra Hospital']);
  });
  it('resolves "the trust" to the body the section is about', () => {
    const text = 'Interoperability for a combined trust\n\nIn 2020 the new Bedfordshire NHS Foundation Trust was formed.\n\nThe combined trust continued to work with Interlink on integration.';
    expect(byName(run(text), 'Interlink')!.customers).toEqual(['Bedfordshire NHS Foundation Trust']);
  });
  it('reads "the alliance" sections later as the one alliance the article named, and "the network" as it too', () => {
    const text = 'The Eastern Pathology Alliance has moved its laboratories onto one system. It runs three hospital labs. The work took two years. Staff were trained in March.\n\nDigital pathology\n\nThe second phase covers cellular pathology. Slides are scanned in Norwich. Sectra will supply its digital pathology module on the alliance’s existing PACS.\n\nThe network has also signed an evaluation agreement with Ibex Medical Analytics.';
    const rs = runWithEntities(text);
    expect(byName(rs, 'Sectra')!.customers).toEqual(['Eastern Pathology Alliance']);
    expect(byName(rs, 'Ibex Medical Analytics')!.customers).toEqual(['Eastern Pathology Alliance']);
  });
  it('learns an acronym written in brackets', () => {
    const text = 'Norfolk and Norwich University Hospitals NHS Foundation Trust (NNUH) went live in May. Since then NNUH selected Interlink to provide integration work.';
    expect(byName(run(text), 'Interlink')!.customers).toContain('Norfolk and Norwich University Hospitals NHS Foundation Trust');
  });
  it('reads "with X and Y ICB" as one board where the entities read the region whole', () => {
    const rs = runWithEntities('Cavendale Digital wins £4.9m shared care record contract with Wyreside and Pennine ICB.');
    expect(names(rs)).not.toContain('Wyreside');
  });
  it('reads "between X and Y Trust" as two parties when X is not a place', () => {
    const rs = run('The project is a collaboration between Holovista and Leeds Teaching Hospitals NHS Trust.');
    expect(rs.map((r) => [r.name, r.customers])).toEqual([['Holovista', ['Leeds Teaching Hospitals NHS Trust']]]);
  });
  it('keeps every company of a list joined by "and"', () => {
    expect(names(run('The ICB has partnered with Optimise Health and Qventus to improve theatre scheduling.'))).toEqual(['Optimise Health', 'Qventus']);
  });
  it('ends a list at a comma not followed by a final "and"', () => {
    expect(names(run('In partnership with Mindwave Ventures, Birmingham Community Healthcare developed the app.'))).toEqual(['Mindwave Ventures']);
  });
  it('cuts a clause at ", while" before taking customers', () => {
    const rs = run('Somerset ICB has signed a five-year deal with Doccla, while Dorset County Hospital NHS Foundation Trust selected Medefer to provide outpatient care.');
    expect(byName(rs, 'Doccla')!.customers).toEqual(['Somerset ICB']);
    expect(byName(rs, 'Medefer')!.customers).toEqual(['Dorset County Hospital NHS Foundation Trust']);
  });
  it('reads "the system has worked with X" as the care system named before, but not "the system was"', () => {
    expect(byName(run('Somerset ICB covers 580,000 residents. Since 2021 the system has worked with Graphnet Health to join up records.'), 'Graphnet Health')!.customers).toEqual(['Somerset ICB']);
    expect(byName(run('Somerset ICB covers 580,000 residents. Nervecentre said the system was easy to use.'), 'Nervecentre')!.customers).toEqual([]);
  });
  it('takes a product supplied by the vendor in a relative clause, or owned in a possessive', () => {
    // with the entities extractor upstream, which finds the product
    const withEntities = (text: string) => extractText(text).vendors;
    expect(byName(withEntities('Practices share records through the Great North Care Record, which is supplied by Graphnet Health.'), 'Graphnet Health')!.products).toEqual(['Great North Care Record']);
    expect(byName(withEntities('The trust uses Graphnet Health’s Great North Care Record for every patient.'), 'Graphnet Health')!.products).toEqual(['Great North Care Record']);
  });
  it('does not list customers for a vendor named without one', () => {
    expect(byName(run('They know systems such as Cerner, McKesson and System C.'), 'McKesson')!.customers).toEqual([]);
  });
});

/** A hand-built upstream entity with one mention per written form. */
function entity(text: string, type: EntityRecord['type'], name: string, aliases: string[] = []): EntityRecord {
  const doc = prepareText(text);
  const mentions = [name, ...aliases].flatMap((form) => {
    const out = [];
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) out.push(mention(text, doc.sentences, at, at + form.length));
    return out;
  });
  return { type, name, aliases, role: null, organisation: null, rule: 'test', mentions };
}

describe('vendors: a provider named like a body', () => {
  it('is not its own customer', () => {
    const t = 'Spectrum Community Health CIC delivers prison healthcare under contract to NHS England across the North.';
    expect(byName(runWithEntities(t), 'Spectrum Community Health CIC')?.customers).toEqual(['NHS England']);
  });
});

describe('vendors: a body the article calls a charity', () => {
  it('is no supplier where a head of a service works, its name read whole past a possessive', () => {
    const t = 'St Aldhelm’s Healthcare, a charity based in Northampton, runs 500 beds. Priya Nandra, head of digital at St Aldhelm’s Healthcare, said so.';
    expect(names(runWithEntities(t))).toEqual([]);
  });
});

describe('vendors: customers named in other ways', () => {
  it('counts a local council as a customer, but not a regulator named "Council"', () => {
    const t = 'Fife Council and Cheshire East Council have signed contracts with Kinnear Digital for reablement software. The General Medical Council has no view on Kinnear Digital.';
    expect(byName(runWithEntities(t), 'Kinnear Digital')!.customers).toEqual(['Fife Council', 'Cheshire East Council']);
  });
  it('does not read "the partnership" as a Scottish health board named "NHS …" before it', () => {
    const t = 'NHS Grampian serves the north east of Scotland. Aberdeen City Health and Social Care Partnership runs care at home.\n\nThe partnership has signed a contract with Kinnear Digital for telecare.';
    expect(byName(runWithEntities(t), 'Kinnear Digital')!.customers).not.toContain('NHS Grampian');
  });
  it('reads "the board" as a Scottish health board named "NHS …" before', () => {
    const t = 'NHS Grampian serves the north east of Scotland.\n\nThe board has signed a contract with Kinnear Digital for breast screening software.';
    expect(byName(runWithEntities(t), 'Kinnear Digital')!.customers).toEqual(['NHS Grampian']);
  });
  it('reads "The PCN" as a primary care network named in full before', () => {
    const t = 'GPs in Avonvale Primary Care Network (PCN) saw demand rise.\n\nThe PCN commissioned Lumen Health to deploy its Clearhead app. Lumen Health later signed North Somerset Council.';
    expect(byName(runWithEntities(t), 'Lumen Health')!.customers).toEqual(['Avonvale Primary Care Network', 'North Somerset Council']);
  });
  it('finds a company by its first word without the words that say what it does ("Cadence" for "Cadence Audiology")', () => {
    const t = 'Cornwall Partnership NHS Foundation Trust has signed a contract with Cadence Audiology for its Aurora hearing system.\n\nCadence already supplies Aurora to Somerset NHS Foundation Trust and Royal Devon University Healthcare NHS Foundation Trust.';
    const v = byName(runWithEntities(t), 'Cadence Audiology')!;
    expect(v.aliases).toContain('Cadence');
    expect(v.customers).toEqual(expect.arrayContaining(['Somerset NHS Foundation Trust', 'Royal Devon University Healthcare NHS Foundation Trust']));
  });
  it('takes no first word that is also a word of a body’s name ("Clyde" beside "NHS Greater Glasgow and Clyde")', () => {
    const t = 'NHS Lanarkshire has signed a contract with Clyde Digital Care for its care home app. NHS Greater Glasgow and Clyde is the next board to call off from the framework.';
    const v = byName(runWithEntities(t), 'Clyde Digital Care')!;
    expect(v.aliases).toEqual([]);
    expect(v.customers).toEqual(['NHS Lanarkshire']);
  });
});

describe('vendors: companies the entities name by what only a company does', () => {
  it('is a vendor that "employs" people, with the trust that tests its tool', () => {
    const t = 'Lintora AI, which employs 14 people and was spun out of Keele University, has been testing its triage tool at Marwood Hospitals NHS Foundation Trust.';
    expect(byName(runWithEntities(t), 'Lintora AI')!.customers).toEqual(['Marwood Hospitals NHS Foundation Trust']);
  });
  it('is a vendor that owns a trade-marked product, with its product', () => {
    const t = 'NHS Marwood ICB will fund the next phase. Kestrel Digital Care’s Kestrel Watch™ system will go to 40 care homes for NHS Marwood ICB.';
    const v = byName(runWithEntities(t), 'Kestrel Digital Care')!;
    expect(v.products).toEqual(['Kestrel Watch']);
  });
  it('is no vendor where the name opens a health body’s name ("Northumbria’s patient portal")', () => {
    const t = 'Ravensmoor Healthcare NHS Foundation Trust runs the service.\n\nRavensmoor’s patient portal now joins the NHS App.';
    expect(names(runWithEntities(t))).toEqual([]);
  });
});

describe('vendors: mentions and cues', () => {
  it('takes no mention of a supplier inside a person’s name', () => {
    const t = 'The pumps come from B. Braun and Baxter. Dr Anna Baxter, chief executive of Marwood Hospitals NHS Foundation Trust, welcomed the deal.';
    const v = byName(runWithEntities(t), 'Baxter Healthcare') ?? byName(runWithEntities(t), 'Baxter');
    expect(v).toBeDefined();
    expect(v!.customers).toEqual([]);
  });
  it('reads a service from a company as the company’s', () => {
    const t = 'Marwood Hospitals NHS Foundation Trust contacted 12,000 patients using an interactive text messaging service from Tamsin Digital.';
    expect(byName(runWithEntities(t), 'Tamsin Digital')!.customers).toEqual(['Marwood Hospitals NHS Foundation Trust']);
  });
});

describe('vendors: customers a deal covers', () => {
  it('are the bodies a deal covers past an aside after "The contract"', () => {
    const t = 'Three acute trusts have signed a ten-year contract worth £112m with Epic to deploy a shared record.\n\nThe contract, signed earlier this month, covers Hull Royal NHS Trust, Goole Hospitals NHS Foundation Trust and Scarborough NHS Foundation Trust. They serve 1.6 million people.';
    expect(byName(runWithEntities(t), 'Epic')!.customers).toEqual(['Hull Royal NHS Trust', 'Goole Hospitals NHS Foundation Trust', 'Scarborough NHS Foundation Trust']);
  });
  it('are the bodies listed at the start of the next sentence ("The contract covers A, B and C")', () => {
    const t = 'Stone Group has been awarded a three-year contract to recycle retired IT equipment for four trusts.\n\nThe contract covers Walsall Healthcare NHS Trust, Sandwell and West Birmingham Hospitals NHS Trust and The Royal Wolverhampton NHS Trust, and was procured by the ICB.';
    expect(byName(runWithEntities(t), 'Stone Group')!.customers).toEqual(['Walsall Healthcare NHS Trust', 'Sandwell and West Birmingham Hospitals NHS Trust', 'The Royal Wolverhampton NHS Trust']);
  });
});

describe('vendors: a name listed with suppliers', () => {
  it('is a supplier where the entities find it only as an item of the list', () => {
    expect(names(runWithEntities('From the suppliers: Cegedim, Quorvex and the GP system suppliers have all improved.'))).toEqual(['Cegedim', 'Quorvex']);
  });
  it('is not one that comes from its maker, nor a health body', () => {
    expect(names(runWithEntities('Providers use Birdie, Quorvex from Nourish Care and Leeds Teaching Hospitals NHS Trust.'))).toEqual(['Birdie', 'Nourish Care']);
  });
  it('is not a name written with "’s" in the list, a trust’s short name', () => {
    expect(names(runWithEntities('The laboratory is a partnership between SYNLAB UK & Ireland, Guy’s and St Thomas’ and King’s.'))).toEqual(['SYNLAB UK & Ireland']);
  });
  it('is the owner of a platform written with its possessive', () => {
    expect(names(runWithEntities('Some pharmacies record consultations on Quorvex Informatics’ platform.'))).toEqual(['Quorvex Informatics']);
  });
});

describe('vendors: a product the gazetteer knows by its maker', () => {
  it('opening with another listed supplier’s name, it is the product of the maker written before it', () => {
    const vs = runWithEntities('Avonford Council moved onto System C’s Liquidlogic Adults’ System (LAS) in May.');
    expect(names(vs)).toEqual(['System C']);
    expect(byName(vs, 'System C')!.products).toContain('Liquidlogic Adults’ System');
  });
  it('is no supplier when the maker is not named', () => {
    expect(names(runWithEntities('Outpatient clinics now run about a third of follow-ups through Attend Anywhere.'))).toEqual([]);
  });
  it('is its owner’s product when the owner is named ("SilverCloud … supplied by Amwell")', () => {
    const vs = runWithEntities('Both trusts use SilverCloud, the guided self-help platform supplied by Amwell, for step 2 care.');
    expect(names(vs)).toEqual(['Amwell']);
    expect(byName(vs, 'Amwell')!.products).toContain('SilverCloud');
  });
  it('a short name that is the product: "eConsult" alone is no supplier', () => {
    expect(names(runWithEntities('Most practices in the area use eConsult for online requests.'))).toEqual([]);
  });
  it('a product named alone is no supplier; its maker named is ("Medic Bleep" is Medic Creations’)', () => {
    expect(names(runWithEntities('Dorset County Hospital has switched off its pagers as Medic Bleep goes live.'))).toEqual([]);
    const vs = runWithEntities('The trust awarded a contract worth £486,000 to Medic Creations for its Medic Bleep messaging app.');
    expect(names(vs)).toEqual(['Medic Creations']);
    expect(byName(vs, 'Medic Creations')!.products).toEqual(['Medic Bleep']);
  });
  it('a product listed after a vendor with "or" is not that vendor’s', () => {
    const vs = runWithEntities('Most of our practices use Accurx or eConsult.');
    expect(byName(vs, 'Accurx')!.products).toEqual([]);
  });
  it('is the maker’s product when the maker is named', () => {
    const vs = runWithEntities('Induction Healthcare said its Attend Anywhere platform now hosts 40,000 consultations a week.');
    expect(names(vs)).toEqual(['Induction Healthcare']);
    expect(byName(vs, 'Induction Healthcare')!.products).toContain('Attend Anywhere');
  });
});

describe('vendors: one record per name', () => {
  it('merges a subsidiary and the parent the entities make its alias, without where the parent\'s shares trade', () => {
    const rs = run('The trust signed a deal with Feedback Medical, the subsidiary of AIM-listed Feedback plc, to roll out its Bleepa platform.');
    expect(rs.filter((r) => r.name === 'Feedback Medical')).toHaveLength(1);
    expect(rs.map((r) => r.name).filter((n) => /AIM/.test(n))).toEqual([]);
  });
});

describe('vendors: names the article calls companies, and names inside public bodies', () => {
  it('a company named like a city, which the article calls a start-up', () => {
    expect(names(runWithEntities('In social care, Stockport Council has commissioned Florence, the London start-up, to fill shifts.'))).toContain('Florence');
  });
  it('no part of a national body\'s name', () => {
    expect(names(runWithEntities('In March, the Information Commissioner’s Office (ICO) fined Advanced Computer Software Group £3.07m.'))).toEqual(['Advanced Computer Software Group']);
  });
});

describe('vendors: customers named in the sentences after the vendor', () => {
  it('where the expansion sees the service rolled out', () => {
    const text = 'Kestrel Health has won a £1.8m contract to extend HeartLine. The expansion will see the service rolled out to Avonford NHS Trust and Belmont NHS Foundation Trust over the summer.';
    expect(byName(runWithEntities(text), 'Kestrel Health')!.customers).toEqual(['Avonford NHS Trust', 'Belmont NHS Foundation Trust']);
  });
  it('where the sites of its trial are listed', () => {
    const text = 'Kestrel Health, a Cambridge start-up, will run a trial of HeartLine. Sites are Avonford NHS Trust, which is the lead site, and Belmont NHS Foundation Trust.';
    expect(byName(runWithEntities(text), 'Kestrel Health')!.customers).toEqual(['Avonford NHS Trust', 'Belmont NHS Foundation Trust']);
  });
});

describe('vendors: a company named again without its last words', () => {
  it('is one vendor, "Pinnacle" for "Pinnacle Health Partnership"', () => {
    const text = 'The platform is supplied by Pinnacle Health Partnership to every practice. The ICB has agreed a two-year extension to its contract with Pinnacle, which will now run until March 2028.';
    expect(names(runWithEntities(text))).toEqual(['Pinnacle Health Partnership']);
  });
  it('keeps a company the entities name by a coined name and a business word ("Networks")', () => {
    const text = 'NHS 24 is replacing its telephony as part of a ten-year contract with Corvaxa Networks, awarded last year.';
    expect(names(runWithEntities(text))).toEqual(['Corvaxa Networks']);
  });
  it('drops a listed supplier’s name the article defines as another body’s initials', () => {
    const text = 'Calls to the Scottish Ambulance Service (SAS) from the pilot homes fell by 31%. She works closely with the Scottish Ambulance Service’s falls pathway.';
    expect(names(runWithEntities(text))).toEqual([]);
  });
  it('keeps a pharmacy chain the article says holds a contract', () => {
    expect(names(run('Boots was awarded a contract by the ICB to run the service.'))).toEqual(['Boots']);
  });
});

describe('vendors: with upstream entities', () => {
  const text = 'Kingston Hospital partnered with Acmedix on fertility care. Acmedix’s FertiTrack app went live in May.';
  it('keeps a weak partner the entities call an organisation', () => {
    const rs = run(text, [entity(text, 'organisation', 'Acmedix')]);
    expect(names(rs)).toEqual(['Acmedix']);
  });
  it('drops a weak partner the entities do not call an organisation', () => {
    const t = 'The trust partnered with Alexis on the pilot.';
    expect(names(run(t, [entity(t, 'person', 'Alexis Smith', ['Alexis'])]))).toEqual([]);
    expect(names(run(t, [entity(t, 'organisation', 'Homerton Healthcare')]))).toEqual([]);
  });
  it('lists a company the entities name by a coined name and a company’s last word', () => {
    const t = 'The trust chose Oakbrook Systems after a competitive procurement.';
    expect(names(runWithEntities(t))).toEqual(['Oakbrook Systems']);
  });
  it('takes no body introduced with "a" for a customer', () => {
    const t = 'Case study: how a Bristol PCN cut locum costs with Rotawise\n\nSeverndale Primary Care Network rolled out the Rotawise app from the company Rotawise last year.';
    const v = byName(runWithEntities(t), 'Rotawise');
    expect(v?.customers).toEqual(['Severndale Primary Care Network']);
  });
  it('are named in the sentences after the vendor that go on about its product', () => {
    const t = 'Brightfield Learning, the training technology company, has been awarded a contract to deliver a learning platform.\n\nThe platform, Brightfield LX, will replace seven systems. It will be rolled out to James Paget University Hospitals NHS Foundation Trust and Norfolk Community Health and Care NHS Trust.';
    expect(byName(runWithEntities(t), 'Brightfield Learning')!.customers).toEqual(['James Paget University Hospitals NHS Foundation Trust', 'Norfolk Community Health and Care NHS Trust']);
  });
  it('are the bodies a sentence calls its new customers, after the vendor and before any other', () => {
    const t = 'CareBeacon, the remote monitoring company, has signed contracts with three boards.\n\nThe funding will be used to grow the team.\n\nNew contracts\n\nThe new customers are NHS Dorset ICB and Black Country ICB.';
    expect(byName(runWithEntities(t), 'CareBeacon')!.customers).toEqual(['NHS Dorset ICB', 'Black Country ICB']);
  });
  it('lists a company a contract is awarded to, whatever business word its name has', () => {
    const t = 'Wessex Dale Hospitals NHS Foundation Trust has awarded a £3.2m contract to Brightwave Networks to replace its network.';
    expect(names(runWithEntities(t))).toEqual(['Brightwave Networks']);
  });
  it('lists a partner the article says is based somewhere', () => {
    const t = 'Kestrel Cloudworks, a Manchester-based AWS partner, moved 340 applications for the trust.';
    expect(names(run(t))).toContain('Kestrel Cloudworks');
  });
  it('lists the company a direct award goes to', () => {
    const t = 'The board paper recommends a direct award to Cadenza Audiology for its Aurelon cloud platform.';
    expect(names(run(t))).toEqual(['Cadenza Audiology']);
  });
  it('lists an implementation partner', () => {
    const t = 'Implementation partner Redfern Support Services configured the platform in 14 weeks for the three trusts.';
    expect(names(runWithEntities(t))).toEqual(['Redfern Support Services']);
  });
  it('lists the company that won a deal', () => {
    const t = 'NHS Wales Shared Services Partnership bought a new rostering system. The seven-year deal, won by Rostrane Health for its Cadence platform, replaces nine systems.';
    expect(names(runWithEntities(t))).toEqual(['Rostrane Health']);
  });
  it('lists no investor, however the article says where it is based', () => {
    const t = 'Clinexa closed a £9m round led by Boston-based Harbourstone Capital. Clinexa supplies Kent and Medway ICB.';
    expect(names(runWithEntities(t))).toEqual(['Clinexa']);
  });
  it.each([
    ['an offering without an article, from a maker introduced by where it is based', 'Avonford NHS Trust uses the CareLoop remote monitoring platform from Monmouth-based Wyeside Health.', 'Wyeside Health', 'CareLoop'],
    ['"P, is supplied by X"', 'The software, ChestSight, is supplied by Boston-based Radiant AI under a deal worth £2m.', 'Radiant AI', 'ChestSight'],
    ['an apposition whose offering opens on a capital', 'Images were uploaded to SkinSight, an AI triage tool developed by Aurora Medical Imaging, an Edinburgh company.', 'Aurora Medical Imaging', 'SkinSight'],
    ['the offering in apposition after the possessive', "Triagely's product, TriageFlow, is used by 140 GP practices.", 'Triagely', 'TriageFlow'],
    ['"its" with modifiers before the product', 'Fife Council has awarded a contract to Kelpie Care Technologies, which will migrate the councils onto its cloud-based Lumivox alarm receiving centre software. The Lumivox platform will be live by June.', 'Kelpie Care Technologies', 'Lumivox'],
    ['a launch by the vendor, past an apposition', 'Kestrel Labs, a spin-out from the University of Nottingham, has launched SepsisWatch™, an early-warning tool.', 'Kestrel Labs', 'SepsisWatch'],
    ['"announced the general availability of"', 'Quillon Health, the UK clinical documentation company, today announced the general availability of QuillScribe™, its ambient voice technology.', 'Quillon Health', 'QuillScribe'],
    ['"the company’s P" in the vendor’s sentence', 'Marches Valley Hospitals NHS Foundation Trust has signed a contract with Leeds-based Optisurg to roll out the company’s CaseFlow theatre scheduling platform.', 'Optisurg', 'CaseFlow'],
    ['"the company’s P" inside the next sentence', "Digital Health and Care Wales has signed a £18.4m deal with Meddyg Systems. The seven-year deal covers licences and cloud hosting for the company's MedsFlow platform.", 'Meddyg Systems', 'MedsFlow'],
    ['a next sentence opening on "the supplier’s P"', "Avonford NHS Trust has awarded a contract to Kestrel Workforce Systems. The Leeds-based supplier's ShiftPilot™ system will replace spreadsheets.", 'Kestrel Workforce Systems', 'ShiftPilot'],
    ['"the company behind the P"', 'Carepath Labs, the clinician-founded company behind the NoteFlow™ ambient voice scribe, has raised £2.3m.', 'Carepath Labs', 'NoteFlow'],
    ['"whose P" after an apposition about the company', 'DHCW has selected Meridian Pharmacy Systems, a Belfast-based company whose Meridian Clinical product is used in Northern Ireland.', 'Meridian Pharmacy Systems', 'Meridian Clinical'],
    ['an apposition saying what the product is, then "from <place>-based start-up"', 'Avonford NHS Trust piloted ArriveSafe, a real-time ambulance arrivals board from Bristol-based start-up Handova.', 'Handova', 'ArriveSafe'],
    ['"a P robot from the Italian manufacturer"', 'The unit will contain an APOTECAchemo robot from the Italian manufacturer Loccioni.', 'Loccioni', 'APOTECAchemo'],
    ['"to provide its P" under a contract a named body awarded', "Nottingham-based remote monitoring company Kestrel Health has been awarded a three-year contract by Derbyshire Community Health Services NHS Foundation Trust (DCHS) to provide its KestrelCare™ platform across the trust's virtual wards.", 'Kestrel Health', 'KestrelCare'],
    ['a maker introduced by what its firm does', 'The myHealth Jersey app, developed by Channel Islands software firm Tarrant Digital under a three-year contract, passed 30,000 users.', 'Tarrant Digital', 'myHealth Jersey'],
    ['a product opening on the maker’s own first word', 'The board signed a five-year contract with Caledon Telecom this year to move its contact centre onto a cloud platform, Caledon Connect.', 'Caledon Telecom', 'Caledon Connect'],
    ['a care record, its initials, then "supplied by"', 'Northamptonshire runs the Northamptonshire Care Record (NCR), supplied by Graphnet Health since 2019.', 'Graphnet Health', 'Northamptonshire Care Record'],
    ['a care record "built on" the supplier’s platform', "LLR uses the LLR Care Record, which is built on Orion Health's platform and went live in 2021.", 'Orion Health', 'LLR Care Record'],
    ['a care record the bodies "commission from" the supplier', 'The Devon and Cornwall Care Record, which both ICBs jointly commission from Orion Health, recorded 1.2 million views.', 'Orion Health', 'Devon and Cornwall Care Record'],
    ['"the developer of the P platform" in an apposition', 'Manchester, 27 January 2026 – Kinnect Health, the Manchester-based developer of the ClearView video triage platform, has announced a funding round.', 'Kinnect Health', 'ClearView'],
    ['"offers a maternity app, P"', 'The third company, Nurture Digital, offers a maternity app, Bloom, that gives expectant parents access to their notes.', 'Nurture Digital', 'Bloom'],
    ['"for its … app, P"', 'NHS South Yorkshire Integrated Care Board has awarded a £640,000 contract to Kindred Minds for its guided cognitive behavioural therapy app, Steady, which will be offered to under-25s.', 'Kindred Minds', 'Steady'],
    ['a record as the offering', 'The Aurora electronic patient record, supplied by Meridian Health Systems, is scheduled for February 2025.', 'Meridian Health Systems', 'Aurora'],
    ['a product the gazetteer lists for the supplier, sentences away', 'Avonford NHS Trust went live with Epic in May.\n\nThe trust has new beds.\n\nThe trust plans more beds.\n\nThe trust’s MyChart patient portal is due to go live in spring 2026.', 'Epic', 'MyChart'],
  ])('links a product to its maker: %s', (_, t, vendor, product) => {
    expect(byName(runWithEntities(t), vendor)?.products).toEqual([product]);
  });
  it('links a product after a plural possessive, and reads its other mentions for customers', () => {
    const t = "Coldham NHS Trust chose Kelpie Care Technologies' Lumivox platform last year.\n\nIn other news, Avonford NHS Trust went live with Lumivox in May.";
    const kelpie = byName(runWithEntities(t), 'Kelpie Care Technologies');
    expect(kelpie?.products).toEqual(['Lumivox']);
    expect(kelpie?.customers).toEqual(['Coldham NHS Trust', 'Avonford NHS Trust']);
  });
  it('names a vendor’s product without the lower-case noun "app"', () => {
    const t = 'Avonford NHS Trust staff book shifts through the FlexPool app from Flexora, the workforce software company.';
    expect(byName(runWithEntities(t), 'Flexora')?.products).toEqual(['FlexPool']);
  });
  it('links the other members of a product family the vendor’s product opens', () => {
    const t = 'Saxon Shore Hospitals NHS Trust went live with the CareFlow EPR from System C.\n\nThe trust has new beds.\n\nStaff use CareFlow Vitals for observations and CareFlow Connect for messaging.';
    expect(byName(runWithEntities(t), 'System C')?.products).toEqual(['CareFlow EPR', 'CareFlow Vitals', 'CareFlow Connect']);
  });
  it('does not link a listed product named only beside another supplier that provides it', () => {
    const t = 'Avonford NHS Trust uses System C for its PAS.\n\nThe trust has new beds.\n\nThe trust plans more beds.\n\nThe ICB’s contract with Graphnet Health, which provides the CareCentric platform, was extended.';
    const rs = runWithEntities(t);
    expect(byName(rs, 'System C')?.products).toEqual([]);
    expect(byName(rs, 'Graphnet Health')?.products).toEqual(['CareCentric']);
  });
  it('names a plain word after the maker’s name with it, and takes no acronym there for a product', () => {
    expect(byName(run('Avonford NHS Trust uses Accurx. Staff read the Accurx Hub dashboard.'), 'Accurx')?.products).toEqual(['Accurx Hub']);
    expect(byName(run('Avonford NHS Trust uses the Accurx AI platform.'), 'Accurx')?.products).toEqual([]);
  });
  it('links the system whose supplier the vendor is, and no product after "its" and a preposition', () => {
    const t = 'Around 180 PCs are tied to the CardioView cardiology reporting system, whose supplier, Corvia Medical Imaging, has yet to certify its software on Windows 11.';
    expect(byName(runWithEntities(t), 'Corvia Medical Imaging')?.products).toEqual(['CardioView']);
  });
  it('keeps a shorter product the article names on its own beside a longer one', () => {
    const t = 'Kinnect Health, the Manchester-based developer of the ClearView video triage platform, has a new tool. Clinicians have used ClearView since 2023, and the company now sells its ClearView Scribe tool.';
    expect(byName(runWithEntities(t), 'Kinnect Health')?.products).toEqual(['ClearView', 'ClearView Scribe']);
  });
  it('reads a company’s short name, found alone, as the company the article names in full', () => {
    const t = "Fernlea chose Clearwater Care Tech, a Manchester supplier, and signed a four-year contract.\n\nFernlea plans to trial Clearwater's new hydration tracking module in 10 services.";
    const rs = runWithEntities(t);
    expect(names(rs)).toEqual(['Clearwater Care Tech']);
  });
  it('reads Openreach retiring analogue lines as no supplier, and one given a contract as a vendor', () => {
    expect(runWithEntities('With the switch under way, and Openreach due to retire the old copper network by January 2027, the council replaced the service.')).toEqual([]);
    expect(byName(runWithEntities('Avonford NHS Trust has awarded a £2m contract to Openreach to upgrade its network.'), 'Openreach')?.customers).toEqual(['Avonford NHS Trust']);
  });
  it('reads a staff grade written with a listed supplier’s initials as no supplier ("SAS doctors")', () => {
    expect(runWithEntities('The company will release a job planning module for consultants and SAS doctors in November.')).toEqual([]);
  });
  it('takes a care home operator a supplier partners with for its customer, no supplier', () => {
    const t = 'London, 4 June 2024 – CareSpring, the care technology company, has announced a three-year partnership with Greenhaven Care Group, one of the largest family-owned care home operators in the South West, to deploy its NightWatch™ acoustic monitoring.';
    const rs = runWithEntities(t);
    expect(names(rs)).toEqual(['CareSpring']);
    expect(byName(rs, 'CareSpring')?.customers).toEqual(['Greenhaven Care Group']);
  });
  it('takes no care provider for a supplier ("X, which provides home care")', () => {
    const t = 'In Fife, Glenview Care, which provides home care to around 900 people, has rolled out a new app.';
    expect(byName(runWithEntities(t), 'Glenview Care')).toBeUndefined();
  });
  it('takes the maker a product comes from as a vendor, with the bodies that piloted it', () => {
    const t = 'Lancashire Teaching Hospitals NHS Foundation Trust has completed a pilot of Scribewell Ambient, an AI scribe from Scribewell that drafts clinic letters.';
    const v = byName(runWithEntities(t), 'Scribewell');
    expect(v?.products).toEqual(['Scribewell Ambient']);
    expect(v?.customers).toEqual(['Lancashire Teaching Hospitals NHS Foundation Trust']);
  });
  it('does not take the system a product plugs into as the maker’s', () => {
    const t = 'The practice uses ScriptLink Refer, a referral tool from Manchester-based ScriptLink Health that plugs into EMIS Web.';
    expect(byName(runWithEntities(t), 'ScriptLink Health')?.products).toEqual(['ScriptLink Refer']);
  });
  it('takes a product entity written after the possessive', () => {
    const ents = [entity(text, 'organisation', 'Acmedix'), entity(text, 'product', 'FertiTrack')];
    expect(byName(run(text, ents), 'Acmedix')!.products).toEqual(['FertiTrack']);
  });
  it('takes product entities from the bullet list a sentence about the vendor introduces', () => {
    const t = 'Across your ICS, Lantum’s platform can help you build a flexible staff pool that:\n  • Offers free next-day payments with Rocketpay\n  • Reduces agency spend\n\nPatients use the NHS App.';
    const ents = [entity(t, 'product', 'Rocketpay'), entity(t, 'product', 'NHS App')];
    expect(byName(run(t, ents), 'Lantum')!.products).toEqual(['Rocketpay']);
  });
  it('keeps a supplier whose product name ends in a body\'s head word ("… Pathology Solution")', () => {
    const t = 'Avonford NHS Trust has scanned its slides with the Philips IntelliSite Pathology Solution since 2021.';
    const rs = runWithEntities(t);
    expect(byName(rs, 'Philips')?.products).toEqual(['Philips IntelliSite Pathology Solution']);
    expect(byName(rs, 'Philips')?.customers).toEqual(['Avonford NHS Trust']);
  });
  it('reads a sentence that goes on about the company ("Its products are used at …") for its customers', () => {
    const t = 'Alcidion now works with 29 NHS organisations. Its products are already used at Isle of Wight NHS Trust and Leeds Teaching Hospitals NHS Trust.';
    expect(byName(runWithEntities(t), 'Alcidion')?.customers).toEqual(['Isle of Wight NHS Trust', 'Leeds Teaching Hospitals NHS Trust']);
  });
  it('reads a sentence whose subject is "the company" soon after the vendor for its customers', () => {
    const t = 'Avonford NHS Trust has hired Brightwire Networks, said its director. The Bristol-based company already supports networks at Coldham NHS Foundation Trust.';
    expect(byName(runWithEntities(t), 'Brightwire Networks')?.customers).toEqual(['Avonford NHS Trust', 'Coldham NHS Foundation Trust']);
    // (not once another vendor has been named in between: "the company" is then that one)
    const other = 'Avonford NHS Trust has hired Brightwire Networks. Cisco will supply the switches. The company already supports Coldham NHS Foundation Trust.';
    expect(byName(runWithEntities(other), 'Brightwire Networks')?.customers).toEqual(['Avonford NHS Trust']);
  });
  it('reads "The business works with …", "Its products are used by …", "Other NHS customers include …" and "Customers include …" after the vendor', () => {
    const business = 'Avonford NHS Trust has bought ListCheck from Validra Health. The business now works with 11 NHS organisations, including Coldham NHS Foundation Trust.';
    expect(byName(runWithEntities(business), 'Validra Health')?.customers).toEqual(['Avonford NHS Trust', 'Coldham NHS Foundation Trust']);
    const its = 'Avonford NHS Trust has signed a contract with Hartwell Health, the clinical software company. Its products are used by 42 NHS organisations, including Coldham NHS Foundation Trust.';
    expect(byName(runWithEntities(its), 'Hartwell Health')?.customers).toEqual(['Avonford NHS Trust', 'Coldham NHS Foundation Trust']);
    const other = 'Avonford NHS Trust has signed a contract with Auralis Health, the voice software company. Other NHS customers include Coldham NHS Foundation Trust.';
    expect(byName(runWithEntities(other), 'Auralis Health')?.customers).toEqual(['Avonford NHS Trust', 'Coldham NHS Foundation Trust']);
    const bare = 'Avonford NHS Trust has signed a contract with Auralis Health, the voice software company. Customers include Coldham NHS Foundation Trust.';
    expect(byName(runWithEntities(bare), 'Auralis Health')?.customers).toEqual(['Avonford NHS Trust', 'Coldham NHS Foundation Trust']);
  });
  it('adds the one trust named after a customer hospital’s place, which runs it', () => {
    const t = 'Avonford NHS Foundation Trust agreed the plan. Nervecentre will go live at Avonford Maritime Hospital in May.';
    expect(byName(runWithEntities(t), 'Nervecentre')?.customers).toEqual(['Avonford Maritime Hospital', 'Avonford NHS Foundation Trust']);
  });
  it('adds no trust when two are named after the hospital’s place, or the shared word is no place', () => {
    const t = 'Avonford NHS Trust and Avonford Community NHS Trust met. Nervecentre went live at Avonford General Hospital.';
    expect(byName(runWithEntities(t), 'Nervecentre')?.customers).toEqual(['Avonford General Hospital']);
    const w = 'Western Health and Social Care Trust met. Nervecentre went live at the Western General Hospital.';
    expect(byName(runWithEntities(w), 'Nervecentre')?.customers).toEqual(['Western General Hospital']);
  });
  it('counts a community interest company (CIC), the form many community health providers take, as a customer', () => {
    const t = 'Calder Community Care CIC has signed a contract with Rotawise Health, the scheduling software company.';
    expect(byName(runWithEntities(t), 'Rotawise Health')?.customers).toEqual(['Calder Community Care CIC']);
  });
  it('does not let a candidate dropped as no vendor (a trust’s short name) split another vendor’s clause', () => {
    const t = "Doccla will supply wearable devices, a clinical dashboard and a patient app to Nottinghamshire Healthcare NHS Foundation Trust, which runs the frailty ward, and to Sherwood Forest Hospitals NHS Foundation Trust, which hosts the respiratory ward.\n\nNottinghamshire Healthcare's director of community services, Gareth Pryce, said the trust had learnt a lot.";
    expect(byName(runWithEntities(t), 'Doccla')?.customers).toEqual(['Nottinghamshire Healthcare NHS Foundation Trust', 'Sherwood Forest Hospitals NHS Foundation Trust']);
  });
  it('keeps Northern Ireland’s Department of Health, which buys for its health service, a customer', () => {
    const t = 'In Northern Ireland, the Department of Health has extended its contract with Epic for the encompass record.';
    expect(byName(runWithEntities(t), 'Epic')?.customers).toEqual(['Department of Health']);
  });
  it('does not make the NHS as a whole or England’s health department a customer', () => {
    const t = 'Kainos has signed a contract with the NHS and the Department of Health and Social Care, and with Avonford NHS Trust.';
    expect(byName(runWithEntities(t), 'Kainos')?.customers).toEqual(['Avonford NHS Trust']);
  });
  it('does not make the body that runs a framework a customer', () => {
    const t = "Alcidion has been appointed to NHS Shared Business Services' Clinical Digital Solutions framework, and has signed contracts with Avonford NHS Trust.";
    expect(byName(runWithEntities(t), 'Alcidion')?.customers).toEqual(['Avonford NHS Trust']);
  });
  it('pairs each of several vendors in one clause with the bodies of its own part', () => {
    const t = 'At present, Avonford NHS Trust runs Clinisys WinPath, Bexley NHS Trust uses Evolution vLab from Magentus, and Dartford and Gravesham NHS Trust relies on TelePath.\n\nColdham NHS Foundation Trust, which uses Nervecentre, and Leeds Teaching Hospitals NHS Trust, which uses Epic, spoke.';
    const rs = runWithEntities(t);
    expect(byName(rs, 'Clinisys')?.customers).toEqual(['Avonford NHS Trust']);
    expect(byName(rs, 'Magentus')?.customers).toEqual(['Bexley NHS Trust']);
    expect(byName(rs, 'Magentus')?.products).toEqual(['Evolution vLab']);
    expect(byName(rs, 'Nervecentre')?.customers).toEqual(['Coldham NHS Foundation Trust']);
    expect(byName(rs, 'Epic')?.customers).toEqual(['Leeds Teaching Hospitals NHS Trust']);
  });
  it('keeps a list of partners with several vendors in it as one clause', () => {
    const t = 'Avonford NHS Trust announced a new collaboration with Avonford City Council, Apple and Loughborough University.';
    expect(byName(runWithEntities(t), 'Apple')?.customers).toEqual(['Avonford NHS Trust', 'Avonford City Council']);
  });
  it('reads "the federation" as the body its apposition called a GP federation', () => {
    const t = 'Vale Care, the GP federation for Avonford, is to extend its programme.\n\nThe federation has signed a two-year agreement with Accurx to provide Accurx Patient Triage across the patch.';
    expect(byName(runWithEntities(t), 'Accurx')?.customers).toEqual(['Vale Care']);
  });
  it('reads no apposition into a new clause after a company: "acquisition of VMware, the trust has been quoted"', () => {
    const t = "Following Broadcom's acquisition of VMware, the trust has been quoted a higher price. Avonford NHS Foundation Trust will move to Microsoft Azure.";
    const rs = runWithEntities(t);
    expect(byName(rs, 'Microsoft')?.customers).toEqual(['Avonford NHS Foundation Trust']);
    expect(byName(rs, 'VMware')?.customers).not.toContain('VMware');
  });
  it('reads no apposition into a possessive: "Everlight Radiology, the trust\'s current provider" names the trust, not a body', () => {
    const t = "Avonford NHS Foundation Trust has awarded Hexarad a five-year contract.\n\nEverlight Radiology, the trust's current provider, will keep out-of-hours reporting until September 2026.";
    expect(byName(runWithEntities(t), 'Everlight Radiology')?.customers).toEqual(['Avonford NHS Foundation Trust']);
  });
  it('reads a local maternity and neonatal system as an NHS body, never a supplier', () => {
    const t = 'The procurement was run by the Avonford Local Maternity and Neonatal System (LMNS) on behalf of NHS Avonford Integrated Care Board. Iain Morrison, managing director of Clevermed, said: "We have worked with the LMNS over the past six months."';
    const rs = runWithEntities(t);
    expect(rs.map((r) => r.name)).not.toContain('Avonford Local Maternity and Neonatal System');
  });
  it('reads a listed supplier with "AI" after its name as that supplier', () => {
    const rs = runWithEntities('Limbic AI to support NHS Talking Therapies referrals in Devon\n\nLimbic has signed a contract with Devon Partnership NHS Trust.');
    expect(rs.filter((r) => /limbic/i.test(r.name)).map((r) => r.name)).toEqual(['Limbic']);
  });
  it('reads "we" in an interview as the health body of the person quoted most', () => {
    const t = 'Jo Hale is chief digital officer at Avonford NHS Foundation Trust. Jo Hale said the board backed her.\n\nBelmont ICB has funded a shared portal for the region.\n\nWhen the contract came up for renewal, we chose not to extend and moved everything to DrDoctor. Jo Hale said it was simpler.';
    expect(byName(runWithEntities(t), 'DrDoctor')?.customers).toEqual(['Avonford NHS Foundation Trust']);
  });
  it('reads no "we" inside a quotation as the body of the person quoted most', () => {
    const t = 'Jo Hale is chief digital officer at Avonford NHS Foundation Trust. Jo Hale said the board backed her. Jo Hale said more.\n\nSam Reed of Belmont ICB said: "We have been monitoring asthma patients using Patient Knows Best and peak flow devices."';
    expect(byName(runWithEntities(t), 'Patient Knows Best')?.customers ?? []).not.toContain('Avonford NHS Foundation Trust');
  });
  it('gives a vendor the bodies where the next sentences of its paragraph say the roll-out goes live', () => {
    const t = 'Inhealthcare has been selected by the cancer alliance to deliver remote monitoring. The service will go live at Avonford NHS Foundation Trust in October, followed by Belmont NHS Trust.\n\nIn March, Coldham NHS Trust went live with Connect, its electronic patient record.';
    expect(byName(runWithEntities(t), 'Inhealthcare')?.customers).toEqual(['Avonford NHS Foundation Trust', 'Belmont NHS Trust']);
  });
  it('names no framework operator or regulator a customer', () => {
    const t = 'NICE has recommended Skin Analytics, and NHS Shared Business Services has added Skin Analytics to its framework, which Avonford NHS Foundation Trust used to buy DERM from Skin Analytics.';
    const cs = byName(runWithEntities(t), 'Skin Analytics')?.customers ?? [];
    expect(cs).not.toContain('NICE');
    expect(cs).not.toContain('NHS Shared Business Services');
  });
  it('knows diabetes technology suppliers and their products', () => {
    const t = "Avonford NHS Foundation Trust collects readings in Glooko from pumps that send data through Tandem Diabetes Care's t:connect app.";
    const rs = runWithEntities(t);
    expect(byName(rs, 'Glooko')?.customers).toEqual(['Avonford NHS Foundation Trust']);
    expect(byName(rs, 'Tandem Diabetes Care')?.products).toEqual(['t:connect']);
  });
  it('gives a contract awarded with no buyer named to the bodies of the sentence before', () => {
    const t = 'Three trusts – Avonford NHS Foundation Trust, Belmont NHS Foundation Trust and Coldham NHS Foundation Trust – have agreed to move onto a shared laboratory system. The contract, worth £6.8 million over seven years, has been awarded to Clinisys for its WinPath Enterprise platform.';
    expect(byName(runWithEntities(t), 'Clinisys')?.customers).toEqual(['Avonford NHS Foundation Trust', 'Belmont NHS Foundation Trust', 'Coldham NHS Foundation Trust']);
  });
  // a body the article describes as a health or care provider is a customer: [what says so, text, vendor, customer]
  it.each([
    ['its apposition calls it one of the GP groups (also by its short name)', "Avonvale Partnership, one of England's largest GP groups, is rolling out AI scribes.\n\nHeidi was tested by 46 GPs. Avonvale compared it with a product from Tortus.", 'Tortus', 'Avonvale Partnership'],
    ['a relative clause says it runs practices', 'Avonvale Group, which runs practices in Avonford and Belmont, introduced Smart Triage from Rapid Health across its sites.', 'Rapid Health', 'Avonvale Group'],
    ['its apposition calls it a provider of community services', 'Avonford Care Partnership, the employee-owned provider of community services in Avonford, is rolling out the Minuteful for Wound app from Healthy.io.', 'Healthy.io', 'Avonford Care Partnership'],
    ['its name ends "GP Alliance"', 'Avonford GP Alliance operates the town’s extended access hubs, using Accurx for messaging.', 'Accurx', 'Avonford GP Alliance'],
    ['its name ends as a network of providers’ does', 'The Avonvale and Coldham Radiology Network has signed a contract with Kinnear Digital for a shared PACS.', 'Kinnear Digital', 'Avonvale and Coldham Radiology Network'],
    ['it is a Scottish health and social care partnership', 'Marwood Health and Social Care Partnership has signed a contract with Kinnear Digital for digital alarms.', 'Kinnear Digital', 'Marwood Health and Social Care Partnership'],
    ['it is a provider collaborative', 'The Avonvale Provider Collaborative has signed a contract with Kinnear Digital.', 'Kinnear Digital', 'Avonvale Provider Collaborative'],
    ['it is a genomic laboratory hub', 'The Eastbrook Genomic Laboratory Hub has signed a contract with Kinnear Digital.', 'Kinnear Digital', 'Eastbrook Genomic Laboratory Hub'],
    ['it is a stroke delivery network, which "the network" points back to', 'The Avonvale Integrated Stroke Delivery Network spans three counties.\n\nThe network has signed a contract with Kinnear Digital for imaging alerts.', 'Kinnear Digital', 'Avonvale Integrated Stroke Delivery Network'],
    ['"the stroke network" points back to a network, as the deadline subjects read it', 'The Avonvale Stroke Network covers three counties.\n\nThe stroke network has signed a contract with Kinnear Digital for imaging alerts.', 'Kinnear Digital', 'Avonvale Stroke Network'],
    ['"the <first word> network" points back to the network named with that word', 'Belmont is part of the Severnvale Integrated Stroke Delivery Network. Coldham NHS Trust is its thrombectomy centre.\n\nThe Severnvale network was one of the first to deploy imaging software from Kinnear Digital.', 'Kinnear Digital', 'Severnvale Integrated Stroke Delivery Network'],
  ])('reads a body as a customer where %s', (_what, t, vendor, customer) => {
    expect(byName(runWithEntities(t), vendor)?.customers).toEqual([customer]);
  });
  it('reads a community interest company that provides community services as a customer, not a supplier', () => {
    const t = 'Belmont Healthcare, the community interest company that provides community services in Belmont, has moved its wound care onto Minuteful for Wound from Healthy.io.';
    const rs = runWithEntities(t);
    expect(byName(rs, 'Healthy.io')?.customers).toEqual(['Belmont Healthcare']);
    expect(byName(rs, 'Belmont Healthcare')).toBeUndefined();
  });
  it('names customers by their canonical entity name', () => {
    const t = 'Moorfields partnered with Acmedix on eye care.';
    const ents = [entity(t, 'organisation', 'Moorfields Eye Hospital NHS Foundation Trust', ['Moorfields']), entity(t, 'organisation', 'Acmedix')];
    expect(byName(run(t, ents), 'Acmedix')!.customers).toEqual(['Moorfields Eye Hospital NHS Foundation Trust']);
  });
  it('uses the entity’s canonical name and aliases', () => {
    const t = 'Lantum, formerly Network Locum, partners with South East London ICS.';
    const rs = run(t, [entity(t, 'organisation', 'Lantum', ['Network Locum'])]);
    expect(rs.map((r) => [r.name, r.aliases])).toEqual([['Lantum', ['Network Locum']]]);
  });
});

describe('vendors: record invariants', () => {
  const text = 'Kingston Hospital partnered with Acmedix. Lantum’s Rocketpay feature pays next day; Epic and Cerner were shortlisted by the trust, and Acmedix won.';
  const rs = run(text);
  it('spans match the text, mentions are sorted, records are sorted by first mention', () => {
    for (const r of rs) {
      expect(r.rule).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(r.mentions.map((m) => m.start)).toEqual([...r.mentions.map((m) => m.start)].sort((a, b) => a - b));
    }
    expect(rs.map((r) => r.mentions[0]!.start)).toEqual([...rs.map((r) => r.mentions[0]!.start)].sort((a, b) => a - b));
  });
  it('is deterministic', () => {
    expect(run(text)).toEqual(rs);
  });
});

describe('vendors: odd and adversarial input', () => {
  it.each([
    ['empty', ''],
    ['no sentences', '   \n\n  '],
    ['arbitrary Unicode', 'Ωμέγα 🚀 partnered with 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 Ltd’s ÉPR système, which provides 中文.'],
  ])('%s does not throw', (_why, text) => {
    expect(() => run(text)).not.toThrow();
  });
  it('stays linear on a million spaces and a megabyte of capitalised words, digits and commas', () => {
    const inputs = [' '.repeat(1_000_000), 'Alpha Beta Gamma 123, Delta Ltd, '.repeat(32_000), "Acme's, a, Acme Ltd Acme partners with Acme and ".repeat(20_000)];
    for (const text of inputs) {
      const doc = prepareText(text);
      const t0 = performance.now();
      extractVendors(doc, {});
      expect(performance.now() - t0).toBeLessThan(3000);
    }
  }, 60_000);
});

describe('vendors: the supplier gazetteer', () => {
  it('is a real list of at least 200 suppliers with a note on how it was compiled', () => {
    expect(DEFAULT_SUPPLIERS.length).toBeGreaterThanOrEqual(200);
    expect((shipped as { note: string }).note).toMatch(/compiled/);
    // (names are unique whatever their case: "ieso Digital Health" once, not again as "Ieso Digital Health")
    expect(new Set(DEFAULT_SUPPLIERS.map((e) => e.name.toLowerCase())).size).toBe(DEFAULT_SUPPLIERS.length);
  });
  it('gives every name, alias and former name to one supplier only', () => {
    // ("PKB" once listed under both "Patients Know Best" and a misspelt copy, so an article's PKB became a second company)
    const owners = new Map<string, Set<string>>();
    for (const e of DEFAULT_SUPPLIERS) {
      for (const n of [e.name, ...e.aliases, ...e.formerNames]) {
        const folded = n.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
        owners.set(folded, (owners.get(folded) ?? new Set()).add(e.name));
      }
    }
    expect([...owners].filter(([, names]) => names.size > 1).map(([n, names]) => `${n}: ${[...names].join(', ')}`)).toEqual([]);
  });
  it('finds names, aliases and former names with their spans, case-sensitively and on word boundaries', () => {
    const text = 'EMIS and Cerner, not epic or Epicentre; the Oracle Health EPR.';
    const hits = findSuppliers(text);
    expect(hits.map((h) => [h.text, h.entry.name, h.form])).toEqual([
      ['EMIS', 'EMIS Health', 'alias'],
      ['Cerner', 'Oracle Health', 'former'],
      ['Oracle Health', 'Oracle Health', 'name'],
    ]);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.text);
  });
  it('gives each text its own hits when the last text’s are kept for the next caller, in an array the caller may change', () => {
    const a = 'Alder Ridge went live with EMIS.';
    const b = 'Cerner and Epic bid; EMIS did not.';
    const first = findSuppliers(a);
    expect(first.map((h) => h.text)).toEqual(['EMIS']);
    first.length = 0;
    expect(findSuppliers(a).map((h) => h.text)).toEqual(['EMIS']);
    expect(findSuppliers(b).map((h) => [h.text, h.start])).toEqual([
      ['Cerner', 0],
      ['Epic', 11],
      ['EMIS', 21],
    ]);
    expect(findSuppliers(a).map((h) => h.start)).toEqual([27]);
  });
  it('lists a maker’s rota products as its products, not as suppliers of their own', () => {
    const text = 'Avonford NHS Trust has signed an agreement with Rotamap to use Medirota and CLWRota in its anaesthesia directorate.';
    const vendors = runWithEntities(text);
    expect(vendors.map((v) => [v.name, v.products])).toEqual([['Rotamap', ['Medirota', 'CLWRota']]]);
  });
  it('rejects a bad file with a clear message', () => {
    expect(() => parseSuppliers([{ name: '', kind: 'epr' }], 'mine.json')).toThrow(/mine\.json: not a valid supplier list[\s\S]*name/);
    expect(() => parseSuppliers({ entries: [{ name: 'X' }] }, 'mine.json')).toThrow(/kind/);
    const dir = mkdtempSync(path.join(tmpdir(), 'vendors-'));
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{ not json');
    expect(() => loadSuppliers(broken)).toThrow(/not valid JSON/);
    expect(() => loadSuppliers(path.join(dir, 'missing.json'))).toThrow(/cannot read/);
  });
  it('adds a user file to the shipped list and extracts its suppliers', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vendors-'));
    const file = path.join(dir, 'extra.json');
    writeFileSync(file, JSON.stringify([{ name: 'Quorvex', kind: 'epr', products: ['QEPR'] }]));
    const suppliers = loadSuppliers(file);
    expect(suppliers.length).toBe(DEFAULT_SUPPLIERS.length + 1);
    const extract = makeVendorExtractor(suppliers);
    const rs = extract(prepareText('The trust runs QEPR from Quorvex across three sites.'), {});
    expect(rs.map((r) => [r.name, r.products, r.rule])).toEqual([['Quorvex', ['QEPR'], 'gazetteer']]);
  });
});
