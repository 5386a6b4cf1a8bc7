// Table-driven tests of the entities extractor against ANNOTATION.md ("Entities" and "Hard
// cases, decided"): one row per pattern family, with invented sentences (no seed article's
// people or bodies), negative rows for sentence-initial capitals, headings, job titles alone,
// programmes and generic systems, and adversarial input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexWords } from '../../extractors/entities/words.ts';
import { extractText, prepareText } from '../helpers.ts';
import { extractEntities, providerPlace } from '../../extractors/entities/index.ts';
import { EntityRecord, type EntityType } from '../../extractors/entities/schema.ts';
import { PLACE_NAMES } from '../../extractors/entities/places.ts';
import shippedPlaces from '../../extractors/entities/uk-places.json' with { type: 'json' };

const run = (text: string) => extractEntities(prepareText(text), {});
const find = (rs: EntityRecord[], type: EntityType, name: string) => rs.find((r) => r.type === type && r.name === name);
const show = (rs: EntityRecord[]) => JSON.stringify(rs.map((r) => [r.type, r.name, r.aliases, r.role, r.organisation]));

interface Case {
  text: string;
  type: EntityType;
  name: string;
  aliases?: string[];
  role?: string | null;
  organisation?: string | null;
}

const PEOPLE: [string, Case][] = [
  ['a surname with a lower-case particle', { text: 'Jeroen van Dijk, chief executive of the company, said the pilot worked.', type: 'person', name: 'Jeroen van Dijk' }],
  ['a capitalised title before the name', { text: 'Health Minister Roberta Quilliam visited the clinical hub.', type: 'person', name: 'Roberta Quilliam', role: 'Health Minister' }],
  ['a title after "is" in an author’s note', { text: 'Dr Kamala Iyer is a consultant psychiatrist and chief clinical information officer at Avonford Mental Health NHS Trust. She writes in a personal capacity.', type: 'person', name: 'Kamala Iyer', role: 'consultant psychiatrist and chief clinical information officer', organisation: 'Avonford Mental Health NHS Trust' }],
  ['a title after "will become"', { text: 'Professor Daniel Hart will become chief digital and information officer at Avonford Hospitals NHS Foundation Trust next spring.', type: 'person', name: 'Daniel Hart', role: 'chief digital and information officer', organisation: 'Avonford Hospitals NHS Foundation Trust' }],
  ['a "head of …" title before the comma and the name', { text: 'Breakthrough T1D welcomed the plan. Its head of policy, Megan Clarke, said the picture was a lottery.', type: 'person', name: 'Megan Clarke', role: 'head of policy' }],
  ['a second title after the employer and "and" is part of the role', { text: 'Jonathan Whitfield, chief information officer at Medway NHS Foundation Trust and senior responsible owner for the LIMS programme, said the go-live was hard.', type: 'person', name: 'Jonathan Whitfield', role: 'chief information officer and senior responsible owner for the LIMS programme', organisation: 'Medway NHS Foundation Trust' }],
  ['a second title after where the first is held keeps the place', { text: 'Dr Rebecca Thornton, a GP in Beverley and clinical lead for planned care, said referrals fell.', type: 'person', name: 'Rebecca Thornton', role: 'GP in Beverley and clinical lead for planned care' }],
  ['a GP practice before a second title stays in the role; the second title’s body is the organisation', { text: 'Dr Priya Natarajan, a GP partner at Hollins Lane Surgery and clinical director of Fellside Coast PCN, said calls fell.', type: 'person', name: 'Priya Natarajan', role: 'GP partner at Hollins Lane Surgery and clinical director', organisation: 'Fellside Coast PCN' }],
  ['a GP practice alone at the end of the title is the organisation', { text: 'Dr Jo Bramley, GP partner at Hollins Lane Surgery, said calls fell.', type: 'person', name: 'Jo Bramley', role: 'GP partner', organisation: 'Hollins Lane Surgery' }],
  ['a later post is no second title', { text: 'Gareth Pryce, former chief digital officer at Hywel Dda University Health Board and now an independent adviser, said so.', type: 'person', name: 'Gareth Pryce', role: 'former chief digital officer' }],
  ['a kind of body in words owning the title is no part of it', { text: 'Betsi Cadwaladr University Health Board has a new record. Gethin Price, the health board’s assistant director of digital transformation, said it worked.', type: 'person', name: 'Gethin Price', role: 'assistant director of digital transformation', organisation: 'Betsi Cadwaladr University Health Board' }],
  ['a body of two words, or with a capital inside, owning the title is no part of it', { text: 'Craig Oduya, NHS GM’s associate director for commissioning, and Alan Drummond, iCAIRD’s clinical director, both spoke.', type: 'person', name: 'Alan Drummond', role: 'clinical director' }],
  ['a body owning the title is the organisation, not part of the role', { text: 'According to Simon Harcourt, NHS England’s director of data platforms, the rollout is on track.', type: 'person', name: 'Simon Harcourt', role: 'director of data platforms', organisation: 'NHS England' }],
  ['the organisation after "of" is no part of the role', { text: 'Avonford-based consultancy T-Novo supports the work. Chris Ellery, managing director of T-Novo, said demand had grown.', type: 'person', name: 'Chris Ellery', role: 'managing director', organisation: 'T-Novo' }],
  ['a body named "at" the end of the title is the organisation, not part of the role', { text: 'Avonford NHS Trust runs the service. Tom Ashworth, chief executive at Belmont Health, said the consent tool helped.', type: 'person', name: 'Tom Ashworth', role: 'chief executive', organisation: 'Belmont Health' }],
  ['a place then a body at the end of the title: the body is the organisation', { text: 'Avonford NHS Trust has a new service. Owen Price, chief scientific officer at Bristol start-up Neuronostics, said it worked.', type: 'person', name: 'Owen Price', role: 'chief scientific officer', organisation: 'Neuronostics' }],
  ['a place at the end of the title is no part of the role', { text: 'Marcus Adeyemi, chief executive of the Bristol youth mental health charity Off the Record, said it helped.', type: 'person', name: 'Marcus Adeyemi', role: 'chief executive' }],
  ['a councillor’s cabinet role', { text: 'Patricia Haldane, cabinet member for health and wellbeing at Gateshead Council, said it helped.', type: 'person', name: 'Patricia Haldane', role: 'cabinet member for health and wellbeing', organisation: 'Gateshead Council' }],
  ['a minister works for no body they visit', { text: 'Avonford NHS Trust has rolled out video triage. Health Minister Roberta Quilliam visited the hub.', type: 'person', name: 'Roberta Quilliam', role: 'Health Minister', organisation: null }],
  ['"became" a title at a body', { text: 'Morag Sinclair became chief nursing information officer at NHS Highland in 2022.', type: 'person', name: 'Morag Sinclair', role: 'chief nursing information officer', organisation: 'NHS Highland' }],
  ['"who" after a name is said of a person', { text: 'Not everyone is convinced. Mererid Thomas, who chairs the network, warned of the costs.', type: 'person', name: 'Mererid Thomas' }],
  ['a sentence adverb without its comma is no part of the name', { text: 'The board met on Monday. Later Tom Reyes told it the plan was on track.', type: 'person', name: 'Tom Reyes' }],
  ['a name after "Yesterday" without a comma', { text: 'The board met on Monday. Yesterday Helen Marsh confirmed the plan.', type: 'person', name: 'Helen Marsh' }],
  ['honorific dropped', { text: 'The plan was launched by Dr Helena Marsh last spring.', type: 'person', name: 'Helena Marsh' }],
  ['a name with letters beyond ASCII', { text: 'Åsa Lindqvist, managing director for the UK at Ortivus, said the company was ready.', type: 'person', name: 'Åsa Lindqvist', role: 'managing director for the UK', organisation: 'Ortivus' }],
  ['professor dropped', { text: 'HTN spoke with Professor Owen Tallis about genomics.', type: 'person', name: 'Owen Tallis' }],
  ['name, role at body', { text: 'Grace Whitfield, chief nursing information officer at Riverside University Hospitals NHS Foundation Trust, said the rollout went well.', type: 'person', name: 'Grace Whitfield', role: 'chief nursing information officer', organisation: 'Riverside University Hospitals NHS Foundation Trust' }],
  ['name, the previous role at body', { text: 'We spoke with Rahul Mehta, the former head of digital at Oakfield NHS Trust, about the move.', type: 'person', name: 'Rahul Mehta', role: 'former head of digital', organisation: 'Oakfield NHS Trust' }],
  ['role before name', { text: 'The work was led by chief executive Laura Penhaligon over two years.', type: 'person', name: 'Laura Penhaligon', role: 'chief executive' }],
  ['said name, role', { text: '“It has changed how we work,” said Owen Castell, associate director of informatics.', type: 'person', name: 'Owen Castell', role: 'associate director of informatics' }],
  ['says name, role of company', { text: '“Clinicians want flexibility,” says Hannah Brightwater, CEO and founder of Rotaplan.', type: 'person', name: 'Hannah Brightwater', role: 'CEO and founder' }],
  ['a body’s short name before the title is its organisation', { text: 'The Avonford Radiology Consortium (ARAD) runs the network. Gary Linton, ARAD programme director, said so.', type: 'person', name: 'Gary Linton', role: 'programme director', organisation: 'Avonford Radiology Consortium' }],
  ['a non-executive title before the name', { text: 'Avonford NHS Trust met in May. Non-executive director Deborah Lyle said the board was satisfied.', type: 'person', name: 'Deborah Lyle', role: 'Non-executive director', organisation: 'Avonford NHS Trust' }],
  ['a title in brackets after the name', { text: 'The project is led by Sarah Okafor (deputy CIO, Avonford NHS Foundation Trust).', type: 'person', name: 'Sarah Okafor', role: 'deputy CIO', organisation: 'Avonford NHS Foundation Trust' }],
  ['a title in brackets after an honorific name', { text: 'Dr Anna Kowalski (medical director, Avonford ICB) agreed.', type: 'person', name: 'Anna Kowalski', role: 'medical director', organisation: 'Avonford ICB' }],
  ['a title acronym alone in brackets ends at the bracket', { text: 'Avonford ICB has a plan. Jane Lee (CCIO) spoke first.', type: 'person', name: 'Jane Lee', role: 'CCIO', organisation: 'Avonford ICB' }],
  ['a sentence-first name before a bracketed aside', { text: 'Sarah Jones (pictured) said the rollout went well.', type: 'person', name: 'Sarah Jones', role: null, organisation: null }],
  ['role for body', { text: 'Tom Ellery, Head of Primary Care Digital for Kent and Medway ICB, explained the plan.', type: 'person', name: 'Tom Ellery', role: 'Head of Primary Care Digital', organisation: 'Kent and Medway ICB' }],
  ['role, body after a second comma', { text: 'Sarah Okafor, Digital Programme Manager, Somerset ICB explains: “We started small.”', type: 'person', name: 'Sarah Okafor', role: 'Digital Programme Manager', organisation: 'Somerset ICB' }],
  ['the trust’s role: the trust named before', { text: 'Ashford Vale NHS Trust has gone live. Neil Harcourt, the trust’s chief medical officer, said it was a milestone.', type: 'person', name: 'Neil Harcourt', role: 'chief medical officer', organisation: 'Ashford Vale NHS Trust' }],
  ['the ICB’s role: the ICB named before', { text: 'Norfolk and Waveney ICB will roll out the tool. “It works,” said Dr Ardyn Ross, the ICB’s medical director for primary care.', type: 'person', name: 'Ardyn Ross', role: 'medical director for primary care', organisation: 'Norfolk and Waveney ICB' }],
  ['the ICB’s role in an article that names no ICB: no body of another kind', { text: 'Dr Lena Moss, chief clinical information officer at Avonford Hospitals NHS Trust, said it was overdue. “We are delighted,” added Tom Walsh, the ICB’s director of digital transformation.', type: 'person', name: 'Tom Walsh', role: 'director of digital transformation', organisation: null }],
  ['the ICS’s role where the article names the ICB', { text: 'Avonford ICB has approved the plan. “It works,” said Ardyn Ross, the ICS’s director of digital.', type: 'person', name: 'Ardyn Ross', role: 'director of digital', organisation: 'Avonford ICB' }],
  ['the ICB’s role paragraphs after the ICB was named', { text: 'Avonford Integrated Care Board has approved a plan.\n\nThe procurement starts next year.\n\nMost residents use the NHS App.\n\nKevin Lavery, the ICB’s chief executive, said: “This is big.”', type: 'person', name: 'Kevin Lavery', role: 'chief executive', organisation: 'Avonford Integrated Care Board' }],
  ['"at the trust" past a trust named once in passing', { text: 'Avonford NHS Foundation Trust was attacked in October. Avonford NHS Foundation Trust has recovered. Patients were diverted to Belmont Ambulance Service NHS Trust.\n\nGareth Lowe, head of cyber security at the trust, said the attackers got in through a supplier.', type: 'person', name: 'Gareth Lowe', role: 'head of cyber security', organisation: 'Avonford NHS Foundation Trust' }],
  ['a title holder with no body named works for the body the article is about', { text: 'Avonford NHS Foundation Trust was attacked in October. Avonford NHS Foundation Trust has recovered. Avonford NHS Foundation Trust thanked its staff.\n\nWhat happened\n\nDr Priya Nair, medical director, said clinicians had been calm.', type: 'person', name: 'Priya Nair', role: 'medical director', organisation: 'Avonford NHS Foundation Trust' }],
  ['a title before the honorific', { text: 'Avonford NHS Trust expects the system to be live by May. Chief nursing officer Dr Sam Okafor said the trust had looked at the data.', type: 'person', name: 'Sam Okafor', role: 'Chief nursing officer', organisation: 'Avonford NHS Trust' }],
  ['a title covering a list after its "of"', { text: 'Dr Priya Raman, director of digital, data and technology at Avonford ICB, told the board.', type: 'person', name: 'Priya Raman', role: 'director of digital, data and technology', organisation: 'Avonford ICB' }],
  ['a title holder in an article that calls its trust "the trust" throughout', { text: 'Avonford Hospitals NHS Trust has published its recovery plan. NHS England was told. The trust said the attack began in August. The trust has hired staff. The trust expects savings. The Information Commissioner was told.\n\nChief finance officer Karen Hosking said the money would come from capital.', type: 'person', name: 'Karen Hosking', role: 'Chief finance officer', organisation: 'Avonford Hospitals NHS Trust' }],
  ['the trust’s title, name: the trust named before', { text: 'Riverside University Hospitals NHS Foundation Trust has apologised.\n\nA report to NHS England said 312 patients had missed appointments.\n\nThe trust’s chief executive, Kim Harwood, said a plan would clear the backlog.', type: 'person', name: 'Kim Harwood', role: 'chief executive', organisation: 'Riverside University Hospitals NHS Foundation Trust' }],
  ['a titled speaker talking about "the trust" means the trust its paragraph is about, not one it mentions on the way', { text: 'Avonford NHS Foundation Trust, which took its current shape when it merged with Belmont District Hospital NHS Foundation Trust in April 2023, uses DrDoctor.\n\nKieran Doyle, associate director of digital services, said the trust plans to move all requests into the portal.', type: 'person', name: 'Kieran Doyle', organisation: 'Avonford NHS Foundation Trust' }],
  ['a titled speaker talking about "the trust"', { text: 'Fenland Community Services NHS Trust has rolled out an app.\n\nStaff now save time.\n\nMatthew Winn, chief executive, said the trust would extend the app by April 2024.', type: 'person', name: 'Matthew Winn', role: 'chief executive', organisation: 'Fenland Community Services NHS Trust' }],
  ['the ICB’s title, Dr name', { text: 'Frimley ICB reports more consultations. The ICB’s head of medicines optimisation, Dr Anna Kowalski, said uptake had risen.', type: 'person', name: 'Anna Kowalski', role: 'head of medicines optimisation', organisation: 'Frimley ICB' }],
  ['at the ICB: the ICB named before', { text: 'Dorset Integrated Care Board has approved the case. Joe Hartley, senior digital lead at the ICB, said: “This matters.”', type: 'person', name: 'Joe Hartley', organisation: 'Dorset Integrated Care Board' }],
  ['the chief executive of a region, name: the ICS', { text: 'Kent and Medway ICS has a new plan. We spoke with the chief executive of Kent and Medway, Paul Ransome, on the strategy.', type: 'person', name: 'Paul Ransome', role: 'chief executive', organisation: 'Kent and Medway ICS' }],
  ['first name later is an alias', { text: 'We heard from Imogen Carraway, director of nursing at Eastfield NHS Trust. Imogen said the pilot will grow.', type: 'person', name: 'Imogen Carraway', aliases: ['Imogen'] }],
  ['a surname a supplier’s context would take for a company is the person named before', { text: 'The paper came from chief digital officer Steve Kirkham. Six councils run Liquidlogic, two use Mosaic and two use Eclipse from OLM Systems. Kirkham’s paper estimates the integration will cost £2.8m.', type: 'person', name: 'Steve Kirkham', aliases: ['Kirkham'] }],
  ['surname after an honorific is an alias', { text: 'The foreword is by Dr Miriam Oduya, CEO of Dorset ICB. Dr Oduya says digital is central.', type: 'person', name: 'Miriam Oduya', aliases: ['Oduya'] }],
  ['its title, name', { text: 'Wessex Care Partnership welcomed the move. Its chair, Olivia Grantham, said every trust would benefit.', type: 'person', name: 'Olivia Grantham', role: 'chair' }],
  ['a body’s possessive before the title', { text: 'Eastfield NHS Trust (ENT) has launched an app. Ruth Okonjo, ENT’s director of transformation, said patients asked for it.', type: 'person', name: 'Ruth Okonjo', role: 'director of transformation', organisation: 'Eastfield NHS Trust' }],
  ['a short form after "at" is the body named in full', { text: 'Kettleby Hospital NHS Foundation Trust chose a new system. Dr Emma Clarke, chief clinical information officer at Kettleby, said it was needed.', type: 'person', name: 'Emma Clarke', role: 'chief clinical information officer', organisation: 'Kettleby Hospital NHS Foundation Trust' }],
  ['the title is name', { text: 'At Riverside ICB, the chief digital officer is John Llewellyn, who joined in 2022.', type: 'person', name: 'John Llewellyn', role: 'chief digital officer', organisation: 'Riverside ICB' }],
  ['appointed name as role', { text: 'Nervecentre has appointed Dr Rachel Moore as its UK chief medical officer.', type: 'person', name: 'Rachel Moore', role: 'UK chief medical officer', organisation: 'Nervecentre' }],
  ['name has been appointed role of body', { text: 'Jane Halloway has been appointed chief executive of Riverside University Hospitals NHS Foundation Trust.', type: 'person', name: 'Jane Halloway', role: 'chief executive', organisation: 'Riverside University Hospitals NHS Foundation Trust' }],
  ['"as" without a verb of appointing gives no role', { text: 'We see Jane Halloway as a leader in the field.', type: 'person', name: 'Jane Halloway', role: null }],
  ['a time phrase ends the title', { text: 'The board appointed Jane Halloway as chief digital officer in May.', type: 'person', name: 'Jane Halloway', role: 'chief digital officer' }],
  ['an unknown employer after "at"', { text: 'Amir Latif, head of product at Brightwell Health, said the pilot will grow.', type: 'person', name: 'Amir Latif', role: 'head of product', organisation: 'Brightwell Health' }],
  ['the body a person works for is the public body named before, not the supplier', { text: 'Torbay Coast NHS Trust has deployed Nervecentre across its wards. Chief digital officer Martin Collard said staff had seen a difference.', type: 'person', name: 'Martin Collard', organisation: 'Torbay Coast NHS Trust' }],
  ['"The trust, which runs …" stands for the trust named before', { text: 'Ashby Vale NHS Foundation Trust has chosen a new EPR. The trust, which runs Kettering Road Hospital, said go-live is in 2026. Chief executive Alan Pryce said it was a big moment.', type: 'person', name: 'Alan Pryce', role: 'Chief executive', organisation: 'Ashby Vale NHS Foundation Trust' }],
  ['at the trust: a trust before a hospital', { text: 'Ashby Vale NHS Foundation Trust runs Kettering Road Hospital. Phil Drayton, chief digital information officer at the trust, said staff were ready.', type: 'person', name: 'Phil Drayton', organisation: 'Ashby Vale NHS Foundation Trust' }],
  ['a region framing the clause stands for its board', { text: 'Kent and Medway ICS and Kent and Medway ICB have published their plans. For Kent and Medway, chief digital officer Nadia Brook leads the work.', type: 'person', name: 'Nadia Brook', role: 'chief digital officer', organisation: 'Kent and Medway ICB' }],
  ['a place framing its own clause: not the body of the clause before', { text: 'For Kent and Medway ICB, the priority is records, whilst in Sussex, director of digital Tom Reyes leads on apps.', type: 'person', name: 'Tom Reyes', role: 'director of digital', organisation: null }],
  ['a region framing the clause: the ICS when the article named it last', { text: 'Kent and Medway ICB approved the plan, and Kent and Medway ICS published it. For Kent and Medway, chief digital officer Nadia Brook leads the work.', type: 'person', name: 'Nadia Brook', organisation: 'Kent and Medway ICS' }],
  ['a title holder in a section headed by a region: its ICS', { text: 'Round-up of the region\n\nKent and Medway\n\nKent and Medway ICS is developing a strategy.\n\nIn January, Professor Dave Rosser (previously CEO of Riverside Hospital) took up a new post as strategic director for digital health and care.', type: 'person', name: 'Dave Rosser', role: 'strategic director for digital health and care', organisation: 'Kent and Medway ICS' }],
  ['"has taken up the role of": the title', { text: 'Jane Halloway has taken up the role of chief nursing information officer at Riverside University Hospitals NHS Foundation Trust.', type: 'person', name: 'Jane Halloway', role: 'chief nursing information officer', organisation: 'Riverside University Hospitals NHS Foundation Trust' }],
  ['"took up" without a post gives no role', { text: 'Jane Halloway took up running in 2020.', type: 'person', name: 'Jane Halloway', role: null }],
  ['the one public body the paragraph names before a titled speaker', { text: 'We were joined by a team from Oakfield Combined Healthcare for a discussion on data. The team shared how they assess needs. “We use many sources,” said Vicky Boswell, associate director of performance.', type: 'person', name: 'Vicky Boswell', role: 'associate director of performance', organisation: 'Oakfield Combined Healthcare' }],
  ['two bodies in the paragraph before a titled speaker leave it open', { text: 'The ICS scaled up its programme, involving Oakfield NHS Trust and Riverside NHS Trust. The pathways cover frailty. Dr Caroline Trevithick, chief nursing officer and deputy chief executive, said that the technology helped.', type: 'person', name: 'Caroline Trevithick', organisation: null }],
  ['a month opening the sentence is no frame', { text: 'Ashford Vale NHS Trust went live last year. In March, chief digital officer Nadia Brook said the rollout was complete.', type: 'person', name: 'Nadia Brook', organisation: 'Ashford Vale NHS Trust' }],
  ['a title with its acronym in brackets, then the body’s acronym', { text: 'Wye Valley NHS Trust (WVT) went live. Dr Helen Marsh, chief clinical information officer (CCIO) at WVT, told HTN it works.', type: 'person', name: 'Helen Marsh', role: 'chief clinical information officer (CCIO)', organisation: 'Wye Valley NHS Trust' }],
  ['a health board\'s short form after "at" is the board, not its city', { text: 'Leeds and Vale University Health Board went live. Dr Siân Morgan, chief pharmacist at Leeds and Vale, said it works.', type: 'organisation', name: 'Leeds and Vale University Health Board', aliases: ['Leeds and Vale'] }],
  ['a short form after "at" before ", said" is the body, not a speaker', { text: 'Wye Valley NHS Trust went live. Andrew Pryce, chief digital information officer at Wye Valley, said: “We are small.”', type: 'person', name: 'Andrew Pryce', organisation: 'Wye Valley NHS Trust' }],
  ['"of the X" names the body after a title', { text: 'Peninsula Imaging Network will roll it out. Fiona Treharne, clinical director of the Peninsula Imaging Network, said it works.', type: 'person', name: 'Fiona Treharne', role: 'clinical director', organisation: 'Peninsula Imaging Network' }],
  ['"for the alliance" points back to the alliance', { text: 'The BSW Acute Hospital Alliance chose it. Harriet Lowe, programme director for the alliance, said the go-live slipped.', type: 'person', name: 'Harriet Lowe', role: 'programme director', organisation: 'BSW Acute Hospital Alliance' }],
  ['a place after the employer ends the title', { text: 'Helen Marchetti, registered manager at Oakridge House in Basingstoke, said residents sleep better.', type: 'person', name: 'Helen Marchetti', role: 'registered manager', organisation: 'Oakridge House' }],
  ['"our" title in an article about one body: that body', { text: 'NHS Humber and North Yorkshire ICB has a plan.\n\nNHS Humber and North Yorkshire ICB met in May.\n\nNHS Humber and North Yorkshire ICB agreed it.\n\nQ: Where next?\n\nA: Practices are ready. Joanne Stott, our head of digital primary care, has led the work.', type: 'person', name: 'Joanne Stott', role: 'head of digital primary care', organisation: 'NHS Humber and North Yorkshire ICB' }],
  ['"our" title after a sentence naming a partner: the body the article is about', { text: 'NHS Humber and North Yorkshire ICB has a plan.\n\nNHS Humber and North Yorkshire ICB met in May.\n\nNHS Humber and North Yorkshire ICB agreed it.\n\nQ: Who helps?\n\nA: We work with Age UK Hull on drop-ins. Joanne Stott, our head of digital primary care, has led the work.', type: 'person', name: 'Joanne Stott', role: 'head of digital primary care', organisation: 'NHS Humber and North Yorkshire ICB' }],
  ['a common first name and a surname', { text: 'The dashboard was presented to the board by Stephen Arkwright last week.', type: 'person', name: 'Stephen Arkwright' }],
];

const ORGANISATIONS: [string, Case][] = [
  ['NHS England’s regional team, named after its region', { text: 'NHS England South West figures show the independent sector did more.', type: 'organisation', name: 'NHS England South West' }],
  ['NHS England’s regional team, its region after a dash', { text: 'NHS England – North West has funded the pilot.', type: 'organisation', name: 'NHS England – North West' }],
  ['NHS England before a programme’s name', { text: 'We leaned heavily on the NHS England Wayfinder team for help.', type: 'organisation', name: 'NHS England' }],
  ['a regulator named by the national bodies list', { text: 'The takeover completed after a Competition and Markets Authority review in October.', type: 'organisation', name: 'Competition and Markets Authority' }],
  ['a council before its possessive and a figure', { text: "Volunteers trained by Leeds City Council's 100% Digital Leeds team have helped.", type: 'organisation', name: 'Leeds City Council' }],
  ['a company before its possessive and a product written with one lower-case letter first', { text: "Practices are offered iPLATO's myGP app for reminders.", type: 'organisation', name: 'iPLATO' }],
  ['a provider named nowhere else, "and", then a trust named after a place', { text: 'It owes much to early adopters such as Everyturn Mental Health and Berkshire Healthcare NHS Foundation Trust.', type: 'organisation', name: 'Everyturn Mental Health' }],
  ['… and the trust after it', { text: 'It owes much to early adopters such as Everyturn Mental Health and Berkshire Healthcare NHS Foundation Trust.', type: 'organisation', name: 'Berkshire Healthcare NHS Foundation Trust' }],
  ['two ICS areas that make no area together are two boards', { text: 'The dashboard would also give NHS Sussex and Surrey Heartlands ICB the same numbers.', type: 'organisation', name: 'Surrey Heartlands ICB' }],
  ['a trust named after two towns stays one', { text: 'Staff at North Tees and Hartlepool NHS Foundation Trust were trained.', type: 'organisation', name: 'North Tees and Hartlepool NHS Foundation Trust' }],
  ['a trust named after a county and a city stays one', { text: 'Staff at Royal Devon and Exeter NHS Foundation Trust were trained.', type: 'organisation', name: 'Royal Devon and Exeter NHS Foundation Trust' }],
  ['a university, "and", then a trust whose name starts with the second part of a two-part place', { text: 'The study is a partnership between the University of Nottingham and Nottinghamshire Healthcare NHS Foundation Trust.', type: 'organisation', name: 'Nottinghamshire Healthcare NHS Foundation Trust' }],
  ['a trust named after a two-part place keeps its own legal ending', { text: 'The award went to University Hospitals Coventry and Warwickshire NHS Trust last week.', type: 'organisation', name: 'University Hospitals Coventry and Warwickshire NHS Trust' }],
  ['a company coordinated with a listed maker, before "into"', { text: 'The platform pulls readings from monitors made by Dexcom and Tandemly into a single view.', type: 'organisation', name: 'Tandemly' }],
  ['NHS foundation trust', { text: 'Riverside University Hospitals NHS Foundation Trust has signed a deal.', type: 'organisation', name: 'Riverside University Hospitals NHS Foundation Trust' }],
  ['NHS trust with "and"', { text: 'The move was led by Harrow and Hillingdon Community NHS Trust this year.', type: 'organisation', name: 'Harrow and Hillingdon Community NHS Trust' }],
  ['a Northern Ireland trust and its short name', { text: 'The Belfast Health and Social Care Trust went first. The Belfast Trust has 20,000 staff.', type: 'organisation', name: 'Belfast Health and Social Care Trust', aliases: ['Belfast Trust'] }],
  ['a health partners body', { text: "An independent evaluation, led by King's Health Partners, will report in spring.", type: 'organisation', name: "King's Health Partners" }],
  ['a company after where it is based', { text: 'Leeds-based Kestrel Health Group has bought Tidewell Digital.', type: 'organisation', name: 'Kestrel Health Group' }],
  ['a person after an honorific is "of" the university, not in its name', { text: 'Another member, Professor Hana Ashworth of Lancaster University, welcomed it.', type: 'organisation', name: 'Lancaster University' }],
  ['a Northern Irish council named for its district, "and" and all', { text: 'The pilot covers Belfast City Council and Causeway Coast and Glens Borough Council.', type: 'organisation', name: 'Causeway Coast and Glens Borough Council' }],
  ['a council named for a place with a lower-case word inside', { text: 'Records from Blackpool Council, Blackburn with Darwen Borough Council and others can flow.', type: 'organisation', name: 'Blackburn with Darwen Borough Council' }],
  ['a trust named for a town and a saint, after "to"', { text: 'We are rolling it out to Ashford and St Peter’s Hospitals NHS Foundation Trust next.', type: 'organisation', name: 'Ashford and St Peter’s Hospitals NHS Foundation Trust' }],
  ['a council named head first', { text: 'The Scottish Council for Voluntary Organisations (SCVO) and the Council of the Isles of Scilly agreed.', type: 'organisation', name: 'Council of the Isles of Scilly', aliases: [] }],
  ['the last item of a list closed by ", and"', { text: 'Loans run through Hull Libraries, run by Hull Culture and Leisure, and North Yorkshire Council’s library service.', type: 'organisation', name: 'North Yorkshire Council' }],
  ['a health innovation network by its own name', { text: 'The evaluation was run by Health Innovation Network South London with UCLPartners.', type: 'organisation', name: 'Health Innovation Network South London' }],
  ['a listed hospital whose name holds a comma', { text: 'A pilot ran at Scunthorpe General Hospital and Diana, Princess of Wales Hospital in Grimsby.', type: 'organisation', name: 'Diana, Princess of Wales Hospital' }],
  ['a place’s possessive owns the body after it', { text: 'Patients are monitored by Bradford’s Digital Care Hub.', type: 'organisation', name: 'Digital Care Hub' }],
  ['a charity named as an appeal', { text: 'The Daisy Appeal and other charities have been really helpful.', type: 'organisation', name: 'Daisy Appeal' }],
  ['the last name of a comma list after a body', { text: 'Partners include Avonford Teaching NHS Trust, Corvane and Tidewell.', type: 'organisation', name: 'Tidewell' }],
  ['a group practice', { text: 'Dr Hannah Greenwood, a GP partner at Hebden Bridge Group Practice, said so.', type: 'organisation', name: 'Hebden Bridge Group Practice' }],
  ['a specialist trust’s short name without its specialty', { text: "Alder Hey Children's NHS Foundation Trust has gone live. Rachel Okafor, chief nursing information officer at Alder Hey, said so. Alder Hey said it would train 1,400 nurses.", type: 'organisation', name: "Alder Hey Children's NHS Foundation Trust", aliases: ['Alder Hey'] }],
  ['a short name ending in "Children\'s", its hospital named first', { text: "Patients at Avonford Children's Hospital were moved. Avonford Children's NHS Foundation Trust has gone live. Dr Rachel Okafor, chief clinical information officer at Avonford Children's, said so.", type: 'organisation', name: "Avonford Children's NHS Foundation Trust", aliases: ["Avonford Children's Hospital", "Avonford Children's"] }],
  ['a hospital named for whom it serves', { text: 'Babies moved to the Royal Belfast Hospital for Sick Children last year.', type: 'organisation', name: 'Royal Belfast Hospital for Sick Children' }],
  ['a hospital named for whom it serves, with "and"', { text: 'The unit at the Royal Hospital for Children and Young People in Edinburgh opened.', type: 'organisation', name: 'Royal Hospital for Children and Young People' }],
  ['a hospice named for whom it serves', { text: 'Rainbows Hospice for Children and Young People in Loughborough uses the system.', type: 'organisation', name: 'Rainbows Hospice for Children and Young People' }],
  ['a trust named for women and children, one of its hospitals named before', { text: "Avonford Women's Hospital opened a unit. The app was built by Avonford Women's and Children's NHS Foundation Trust.", type: 'organisation', name: "Avonford Women's and Children's NHS Foundation Trust" }],
  ['a trust named after two hospitals, one named before as a hospital', { text: 'Most staff work at St Helens Hospital. When St Helens and Knowsley Teaching Hospitals NHS Trust merged with its neighbour, rotas moved.', type: 'organisation', name: 'St Helens and Knowsley Teaching Hospitals NHS Trust' }],
  ['a body named elsewhere, "and", then a second body', { text: "Alder Hey Children's NHS Foundation Trust has gone live. Alder Hey and Liverpool University Hospitals NHS Foundation Trust will share data.", type: 'organisation', name: 'Liverpool University Hospitals NHS Foundation Trust' }],
  ['an acronym defined in brackets, "and", then a second body', { text: 'South London and Maudsley NHS Foundation Trust (SLaM) and Bromley Healthcare launched it. SLaM and Bromley Healthcare have pushed us hard.', type: 'organisation', name: 'Bromley Healthcare' }],
  ['a head-first hospital after another body and "and"', { text: 'Extra weekend lists ran at Kingston Hospital and University Hospital Lewisham.', type: 'organisation', name: 'University Hospital Lewisham' }],
  ['a Scottish territorial health board', { text: 'NHS Fife runs Victoria Hospital in Kirkcaldy.', type: 'organisation', name: 'NHS Fife' }],
  ['a charity named after a knight', { text: 'The Sir James Knott Trust gave £40,000 to the appeal.', type: 'organisation', name: 'Sir James Knott Trust' }],
  ['a hospital named after a doctor', { text: "A hub opened at Dr Gray's Hospital in Elgin.", type: 'organisation', name: "Dr Gray's Hospital" }],
  ['"X and District Hospital" after a town in a list of hospitals', { text: 'The trust runs Pilgrim Hospital in Boston and Grantham and District Hospital.', type: 'organisation', name: 'Grantham and District Hospital' }],
  ['Northern Ireland’s digital health body', { text: 'The programme is led by Digital Health and Care Northern Ireland (DHCNI) for the Department of Health.', type: 'organisation', name: 'Digital Health and Care Northern Ireland' }],
  ['the public procurement agency', { text: 'The contracts were let through a Crown Commercial Service framework.', type: 'organisation', name: 'Crown Commercial Service' }],
  ['a lottery funder', { text: 'A £95,000 grant came from The National Lottery Community Fund.', type: 'organisation', name: 'The National Lottery Community Fund' }],
  ['a hospital that is an infirmary', { text: 'The software went live at Aberdeen Royal Infirmary in February.', type: 'organisation', name: 'Aberdeen Royal Infirmary' }],
  ['an infirmary named head first', { text: 'It follows a pilot at the Royal Infirmary of Edinburgh last year.', type: 'organisation', name: 'Royal Infirmary of Edinburgh' }],
  ['a hospital after a town and "and" in a list of hospitals', { text: 'Its hospitals include Prince Philip Hospital in Llanelli and Withybush General Hospital in Haverfordwest.', type: 'organisation', name: 'Withybush General Hospital' }],
  ['a hospital named after two places stays one name', { text: 'Patients in Chelsea and Westminster Hospital were seen sooner.', type: 'organisation', name: 'Chelsea and Westminster Hospital' }],
  ['a centre after a possessive owner', { text: "It is backed by the Scottish Government's Centre for Sustainable Delivery.", type: 'organisation', name: 'Centre for Sustainable Delivery' }],
  ['a unit after a possessive university', { text: "NHS Grampian commissioned the University of Aberdeen's Health Services Research Unit to do it.", type: 'organisation', name: 'Health Services Research Unit' }],
  ['a university before its possessive', { text: "NHS Grampian commissioned the University of Aberdeen's Health Services Research Unit to do it.", type: 'organisation', name: 'University of Aberdeen' }],
  ['ICS', { text: 'Humber and North Yorkshire ICS published its strategy.', type: 'organisation', name: 'Humber and North Yorkshire ICS' }],
  ['a PCN named after a list of towns', { text: 'Heywood, Middleton and Rochdale PCN has introduced online consultations.', type: 'organisation', name: 'Heywood, Middleton and Rochdale PCN' }],
  ['an ICB named after a list of places', { text: 'Patients across Leeds, Bradford and Wakefield ICB can book online.', type: 'organisation', name: 'Leeds, Bradford and Wakefield ICB' }],
  ['ICS named after a region with "the" inside', { text: 'Cornwall and the Isles of Scilly ICS published its digital strategy in 2023.', type: 'organisation', name: 'Cornwall and the Isles of Scilly ICS' }],
  ['ICB', { text: 'The contract was awarded by Somerset ICB in May.', type: 'organisation', name: 'Somerset ICB' }],
  ['an ICB’s formal name starts with NHS, and is one body with its short name', { text: 'The firm partnered with NHS Humber and North Yorkshire Integrated Care Board (ICB). Humber and North Yorkshire ICB will fund it.', type: 'organisation', name: 'NHS Humber and North Yorkshire Integrated Care Board', aliases: ['Humber and North Yorkshire ICB', 'ICB'] }],
  ['an ICB named after two places, one with "of"', { text: 'The update was presented to NHS Cornwall and Isles of Scilly Integrated Care Board (ICB), which funds it.', type: 'organisation', name: 'NHS Cornwall and Isles of Scilly Integrated Care Board' }],
  ['a bracketed acronym that is also a known body is one body', { text: 'The fund was announced by the Department of Health and Social Care (DHSC) in 2023. DHSC said more would follow.', type: 'organisation', name: 'Department of Health and Social Care', aliases: ['DHSC'] }],
  ['a board written with its region’s initials is the board named in full', { text: 'Bristol, North Somerset and South Gloucestershire ICB leads the work. BNSSG ICB will fund it.', type: 'organisation', name: 'Bristol, North Somerset and South Gloucestershire ICB', aliases: ['BNSSG ICB'] }],
  ['an integrated care system named head first, before its county', { text: 'Integrated Care Northamptonshire (ICN), the county’s ICS, covers around 800,000 people.', type: 'organisation', name: 'Integrated Care Northamptonshire', aliases: ['ICN'] }],
  ['a partnership written with its place and the initials of the rest of its name', { text: 'Renfrewshire Health and Social Care Partnership runs the service. Staff at Renfrewshire HSCP said it works.', type: 'organisation', name: 'Renfrewshire Health and Social Care Partnership', aliases: ['Renfrewshire HSCP'] }],
  ['a body named again without its "for" part', { text: 'Figures from the National Centre for Social Research show a rise. A researcher at the National Centre said so.', type: 'organisation', name: 'National Centre for Social Research', aliases: ['National Centre'] }],
  ['a community provider named by its place and "Health and Care"', { text: 'Community services are run by Wiltshire Health and Care, a partnership of three trusts.', type: 'organisation', name: 'Wiltshire Health and Care' }],
  ['a community interest company', { text: 'Data will come from the trust and Provide Community Interest Company, alongside the council.', type: 'organisation', name: 'Provide Community Interest Company' }],
  ['a group of trusts named again without "NHS Group"', { text: 'The two trusts in University Hospitals of Northamptonshire NHS Group agreed. Dev Chauhan, group chief digital officer at University Hospitals of Northamptonshire, said so.', type: 'organisation', name: 'University Hospitals of Northamptonshire NHS Group', aliases: ['University Hospitals of Northamptonshire'] }],
  ['a short name of several words in brackets after a body’s name is that body', { text: 'The trust began working with NHS Arden and Greater East Midlands Commissioning Support Unit (Arden & GEM) in 2023. Stephanie Yeung, head of automation at Arden & GEM, said so.', type: 'organisation', name: 'NHS Arden and Greater East Midlands Commissioning Support Unit', aliases: ['Arden & GEM'] }],
  ['a federation of local medical committees', { text: 'Dr Ali is a member of Greater Manchester Local Medical Committees (GMLMC), which objected.', type: 'organisation', name: 'Greater Manchester Local Medical Committees', aliases: ['GMLMC'] }],
  ['initials of a region whose first place has several words', { text: 'Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board has a plan. BSW ICB will fund it.', type: 'organisation', name: 'Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board', aliases: ['BSW ICB'] }],
  ['initials spelt with "of" and a syllable', { text: 'NHS Hampshire and Isle of Wight Integrated Care Board agreed. HIOW ICB will pay, as Birmingham and Solihull ICB did; BSol ICB said so.', type: 'organisation', name: 'NHS Hampshire and Isle of Wight Integrated Care Board', aliases: ['HIOW ICB'] }],
  ['an ambulance service is its trust without the legal ending', { text: 'North West Ambulance Service NHS Trust (NWAS) runs 111. North West Ambulance Service said demand rose.', type: 'organisation', name: 'North West Ambulance Service NHS Trust', aliases: ['North West Ambulance Service'] }],
  ['"University Hospitals of X and Y" with its trust ending', { text: 'University Hospitals of Derby and Burton NHS Foundation Trust (UHDB) went live.', type: 'organisation', name: 'University Hospitals of Derby and Burton NHS Foundation Trust', aliases: ['UHDB'] }],
  ['a listed company after “and” ends a department’s name', { text: 'NHS SBS is a joint venture between the Department of Health and Social Care and Sopra Steria.', type: 'organisation', name: 'Department of Health and Social Care' }],
  ['a listed company after “and” is a body of its own', { text: 'NHS SBS is a joint venture between the Department of Health and Social Care and Sopra Steria.', type: 'organisation', name: 'Sopra Steria' }],
  ['an acronym after “and” ends a university’s name', { text: 'Skin Analytics is working with the University of Birmingham and NICE on the data.', type: 'organisation', name: 'University of Birmingham' }],
  ['a company’s longer name ends on its possessive, before the product it owns', { text: 'The trust began reading mammograms with Kheiron Medical’s Mia alongside two human readers.', type: 'organisation', name: 'Kheiron Medical' }],
  ['a company’s national arm is part of its name, and the short name an alias', { text: 'The contract went to a consortium led by Palantir Technologies UK. A dashboard built by Palantir is expected in the summer.', type: 'organisation', name: 'Palantir Technologies UK', aliases: ['Palantir'] }],
  ['a quoted short form of a company with a legal suffix', { text: 'Kheiron Medical Technologies Ltd (“Kheiron”) announced it. Kheiron said more.', type: 'organisation', name: 'Kheiron Medical Technologies Ltd', aliases: ['Kheiron'] }],
  ['a short form made of places is the trust, not two places', { text: 'Early adopters include Chelsea and Westminster Hospital NHS Foundation Trust. At Chelsea and Westminster, the tool cut delays.', type: 'organisation', name: 'Chelsea and Westminster Hospital NHS Foundation Trust', aliases: ['Chelsea and Westminster'] }],
  ['a hospital’s short name after "at" is the trust it shortens', { text: 'Royal Dorset University Healthcare NHS Foundation Trust has a portal. Jenna Hale, chief nursing information officer at Royal Dorset, said it works.', type: 'organisation', name: 'Royal Dorset University Healthcare NHS Foundation Trust', aliases: ['Royal Dorset'] }],
  ['initials a rule knows as a body of their own, spelling a body the article names, are its alias', { text: 'The toolkit follows the National Cyber Security Centre’s framework. Teams worked with the NCSC all week.', type: 'organisation', name: 'National Cyber Security Centre', aliases: ['NCSC'] }],
  ['a short form another rule found is the trust', { text: 'Cornwall Partnership NHS Foundation Trust runs the service. Cornwall Partnership said demand rose.', type: 'organisation', name: 'Cornwall Partnership NHS Foundation Trust', aliases: ['Cornwall Partnership'] }],
  ['a hospital’s name ending with its town', { text: 'Wards at Queen’s Hospital Burton went live, as did Queen Elizabeth Hospital Birmingham.', type: 'organisation', name: 'Queen Elizabeth Hospital Birmingham' }],
  ['a hospice’s name ending with its town', { text: 'The hospices are St Luke’s Hospice, Marie Curie Hospice Glasgow and Ardgowan Hospice.', type: 'organisation', name: 'Marie Curie Hospice Glasgow' }],
  ['a university’s name ending with its town', { text: 'Researchers at Queen’s University Belfast will evaluate the pilot.', type: 'organisation', name: 'Queen’s University Belfast' }],
  ['Integrated Care Board and ICB are one body', { text: 'Dorset Integrated Care Board met on Tuesday. Dorset ICB then approved the plan.', type: 'organisation', name: 'Dorset Integrated Care Board', aliases: ['Dorset ICB'] }],
  ['Health and Care Partnership', { text: 'The Surrey Heartlands Health and Care Partnership set out its aims.', type: 'organisation', name: 'Surrey Heartlands Health and Care Partnership' }],
  ['University of X', { text: 'The study was run with the University of Exeter and local GPs.', type: 'organisation', name: 'University of Exeter' }],
  ['X University', { text: 'Researchers at Keele University built the model.', type: 'organisation', name: 'Keele University' }],
  ['X College London', { text: 'The trial was designed with Queen Mary College London last year.', type: 'organisation', name: 'Queen Mary College London' }],
  ['city council', { text: 'The app was co-funded by Plymouth City Council and partners.', type: 'organisation', name: 'Plymouth City Council' }],
  ['a listed body written with "&"', { text: 'The Digital Health & Care Innovation Centre (DHI) will run the pilot.', type: 'organisation', name: 'Digital Health & Care Innovation Centre' }],
  ['a body named after a national body, ending in a head word, before a scheme noun', { text: 'I did the NHS Digital Academy programme and became the lead.', type: 'organisation', name: 'NHS Digital Academy' }],
  ['a health-tech publisher', { text: 'She spoke to Digital Health News about the rollout.', type: 'organisation', name: 'Digital Health News' }],
  ['a national regulator named outright', { text: 'The rules follow guidance from Ofcom on the switch-off.', type: 'organisation', name: 'Ofcom' }],
  ['a local pharmaceutical committee named by its area', { text: 'Jo Hale, chief officer of Community Pharmacy Devon, welcomed the funding.', type: 'organisation', name: 'Community Pharmacy Devon' }],
  ['a trust named after a town ending in -ing opens the sentence', { text: 'Worthing General Hospital NHS Trust, which runs the centre, said it plans to extend the service.', type: 'organisation', name: 'Worthing General Hospital NHS Trust' }],
  ['a police force', { text: 'The trust informed the regulator and Avonford Constabulary, and Wessex Police opened an inquiry.', type: 'organisation', name: 'Avonford Constabulary' }],
  ['collaborative', { text: 'The Kent Acute Provider Collaborative will buy one EPR.', type: 'organisation', name: 'Kent Acute Provider Collaborative' }],
  ['GP federation', { text: 'Salford GP Federation now runs the hub.', type: 'organisation', name: 'Salford GP Federation' }],
  ['department, head first', { text: 'Funding came from the Department of Health and Social Care in April.', type: 'organisation', name: 'Department of Health and Social Care' }],
  ['NHS and an area: a health board', { text: 'Patients in NHS Greater Glasgow and Clyde can now book online.', type: 'organisation', name: 'NHS Greater Glasgow and Clyde' }],
  ['NHS and an area before "and" and the next body named after a joined area', { text: 'NHS Cheshire and Merseyside, NHS Greater Manchester and Lancashire and South Cumbria ICB will share the contract.', type: 'organisation', name: 'NHS Greater Manchester' }],
  ['national body', { text: 'NHS England has published new guidance on virtual wards.', type: 'organisation', name: 'NHS England' }],
  ['a national unit', { text: 'The pilots were funded by the NHS AI Lab last year.', type: 'organisation', name: 'NHS AI Lab' }],
  ['a devolved government', { text: 'The Scottish Government has set aside £15 million for digital front door services.', type: 'organisation', name: 'Scottish Government' }],
  ['a national charity after a word opening the sentence', { text: 'The trust uses the Lumen Mind app. Charity Mind said the plan was welcome.', type: 'organisation', name: 'Mind' }],
  ['a system of an area with "and" in its name stays whole beside the area alone', { text: 'South Yorkshire and Bassetlaw ICS became South Yorkshire ICS in 2022. On occupancy, South Yorkshire leads.', type: 'organisation', name: 'South Yorkshire and Bassetlaw ICS' }],
  ['a trust named after its hospitals’ towns stays whole beside its first town’s short name', { text: 'Data comes from University Hospitals Bristol and Weston NHS Foundation Trust. Later, University Hospitals Bristol and Weston and North Bristol NHS Trust signed a case.', type: 'organisation', name: 'University Hospitals Bristol and Weston NHS Foundation Trust' }],
  ['a council named after a listed town that is also an English word, joined with "&"', { text: 'Local authority partners Bath & North East Somerset Council and Wiltshire Council agreed.', type: 'organisation', name: 'Bath & North East Somerset Council' }],
  ['a health and care place named after a district and a town', { text: 'The partnership covers five places – Bradford District and Craven, Calderdale, Kirklees, Leeds and Wakefield.', type: 'place', name: 'Bradford District and Craven' }],
  ['a body named after the three services the NHS names together, with their comma', { text: 'The West Yorkshire Mental Health, Learning Disability and Autism Collaborative runs the programme.', type: 'organisation', name: 'West Yorkshire Mental Health, Learning Disability and Autism Collaborative' }],
  ['a trust after a kind of system and "for"', { text: 'The ICB is also investing in a new PACS for United Lincolnshire Hospitals NHS Trust.', type: 'organisation', name: 'United Lincolnshire Hospitals NHS Trust' }],
  ['a university and, after its possessive, its school', { text: "The tool was built with researchers at the University of Edinburgh's School of Informatics.", type: 'organisation', name: 'School of Informatics' }],
  ['a body after "and" introduced by where it is based ends the name before it', { text: "It was developed by the University of Glasgow's School of Cardiovascular and Metabolic Health and Edinburgh-based Meridian Health Analytics.", type: 'organisation', name: 'School of Cardiovascular and Metabolic Health' }],
  ['a Crown Dependency’s parliament', { text: 'The plan was approved by Tynwald in July.', type: 'organisation', name: 'Tynwald' }],
  ['Wales’s technology enabled care programme, by its short name', { text: 'The pilot is supported by TEC Cymru and the health board.', type: 'organisation', name: 'TEC Cymru' }],
  ['a department’s remits, one of which opens a national body’s name elsewhere', { text: 'The Department for Science, Innovation and Technology (DSIT) and Technology Enabled Care Cymru agreed.', type: 'organisation', name: 'Department for Science, Innovation and Technology' }],
  ['a Highland area', { text: 'Clinics in Lochaber use video consultations.', type: 'place', name: 'Lochaber' }],
  ['a trust named by its two parts without its legal ending, in a list', { text: 'Guy’s and St Thomas’ NHS Foundation Trust shares Epic with King’s. The attack affected services for Guy’s and St Thomas’, King’s College Hospital and primary care.', type: 'organisation', name: 'Guy’s and St Thomas’ NHS Foundation Trust', aliases: ['Guy’s and St Thomas'] }],
  ['a regional population health platform by its initials', { text: 'Cheshire and Merseyside analysts use CIPHA to plan services.', type: 'product', name: 'CIPHA' }],
  ['London’s health data partnership', { text: 'One London leads the London Care Record.', type: 'organisation', name: 'One London' }],
  ['a trust named after two places, by its possessive short name', { text: 'Northern Lincolnshire and Goole NHS Foundation Trust has piloted Luscii. The plan replaces legacy systems across Northern Lincolnshire and Goole’s three hospitals.', type: 'organisation', name: 'Northern Lincolnshire and Goole NHS Foundation Trust', aliases: ['Northern Lincolnshire and Goole'] }],
  ['a place named like a trust, after "across", stays a place', { text: 'Lancashire and South Cumbria NHS Foundation Trust backs the plan to cut the systems in use across Lancashire and South Cumbria to four.', type: 'place', name: 'Lancashire and South Cumbria' }],
  ['a health and care place named after a town and a district', { text: 'Teams in Guildford and Waverley and Surrey Downs use the record.', type: 'place', name: 'Guildford and Waverley' }],
  ['a body’s name stops before the kind of system it buys', { text: 'The group has begun procurement for a University Hospitals Tees EPR, with a contract expected in 2026.', type: 'organisation', name: 'University Hospitals Tees' }],
  ['Bradford’s linked data platform', { text: 'Researchers use Connected Bradford, the linked data platform.', type: 'product', name: 'Connected Bradford' }],
  ['the ICS of Derby and Derbyshire by its own name', { text: 'Joined Up Care Derbyshire published its digital strategy.', type: 'organisation', name: 'Joined Up Care Derbyshire' }],
  ['a unit named head first after an area named with "and"', { text: 'The Nottingham and Nottinghamshire Office of Data Analytics runs the work.', type: 'organisation', name: 'Nottingham and Nottinghamshire Office of Data Analytics' }],
  ['a council written with its area’s initials is the council named in full', { text: 'Data from Bournemouth, Christchurch and Poole Council flows in. BCP Council is piloting sensors.', type: 'organisation', name: 'Bournemouth, Christchurch and Poole Council', aliases: ['BCP Council'] }],
  ['a title after a company’s first word and its possessive: the company', { text: 'Kelpie Care Technologies has won a contract with Fife Council. “Councils need data,” said Kelpie’s chief executive, Dr Ruth Calder.', type: 'person', name: 'Ruth Calder', role: 'chief executive', organisation: 'Kelpie Care Technologies' }],
  ['a title after the last word of a longer name and its possessive: that name’s body, not another the word opens', { text: 'Care Quality Commission inspectors visited. Mersey Care NHS Foundation Trust agreed. Mersey Care’s director of digital, Ade Olusanya, said so.', type: 'person', name: 'Ade Olusanya', organisation: 'Mersey Care NHS Foundation Trust' }],
  ['Staffordshire’s and Shropshire’s shared care record', { text: 'Shropshire, Telford and Wrekin shares the One Health and Care record with Staffordshire.', type: 'product', name: 'One Health and Care' }],
  ['an island of Scilly', { text: 'Patients on Tresco use video consultations.', type: 'place', name: 'Tresco' }],
  ['a trust by its hospital’s two-part name, then "and" and another trust’s short name', { text: 'Imperial College Healthcare NHS Trust and Chelsea and Westminster Hospital NHS Foundation Trust agreed. Patients at Chelsea and Westminster and Imperial College Healthcare are monitored by Luscii.', type: 'organisation', name: 'Chelsea and Westminster Hospital NHS Foundation Trust', aliases: ['Chelsea and Westminster'] }],
  ['an NHS group named after its trusts, with a comma', { text: 'St George’s, Epsom and St Helier University Hospitals and Health Group already share a single record.', type: 'organisation', name: 'St George’s, Epsom and St Helier University Hospitals and Health Group' }],
  ['a devolved national body', { text: 'In Wales, Digital Health and Care Wales has awarded a contract for GP systems.', type: 'organisation', name: 'Digital Health and Care Wales' }],
  ['the NHS as the national body', { text: 'The pressure on the NHS has grown every winter.', type: 'organisation', name: 'NHS' }],
  ['acronym in brackets', { text: 'Wessex Valley Hospitals NHS Foundation Trust (WVH) has gone live. WVH says staff like it.', type: 'organisation', name: 'Wessex Valley Hospitals NHS Foundation Trust', aliases: ['WVH'] }],
  ['acronym from initials', { text: 'University Hospitals Dorset Plymouth opened a ward. Staff at UHDP were trained first.', type: 'organisation', name: 'University Hospitals Dorset Plymouth', aliases: ['UHDP'] }],
  ['a trust’s hospital name joins the trust', { text: 'Kettleby Hospital NHS Trust was formed in 2020. Kettleby Hospital now shares records.', type: 'organisation', name: 'Kettleby Hospital NHS Trust', aliases: ['Kettleby Hospital'] }],
  ['a short form joins the full name', { text: 'In May, The Royal Eastbrook NHS Foundation Trust went live. The project at the Royal Eastbrook took a year.', type: 'organisation', name: 'The Royal Eastbrook NHS Foundation Trust', aliases: ['Royal Eastbrook'] }],
  ['a company by its legal suffix', { text: 'The app, built by Fernlea Software Ltd, links to the record.', type: 'organisation', name: 'Fernlea Software Ltd' }],
  ['company from the supplier gazetteer', { text: 'The trust chose Nervecentre for its new observations system.', type: 'organisation', name: 'Nervecentre' }],
  ['a company owning a care record', { text: 'The trust uses Graphnet Health’s Great North Care Record for every patient.', type: 'organisation', name: 'Graphnet Health' }],
  ['a gazetteer company written with a possessive', { text: 'Rapid Health’s Smart Triage was tested at eight practices.', type: 'organisation', name: 'Rapid Health' }],
  ['a gazetteer company of two words written into a compound adjective', { text: 'Practices view it through the NIECR, the Orion Health-based shared record.', type: 'organisation', name: 'Orion Health' }],
  ['a gazetteer company written into a compound adjective', { text: "Results now land in Hive, the trust's Epic-based electronic patient record.", type: 'organisation', name: 'Epic' }],
  ['a company another has acquired', { text: 'Kestrel Imaging acquired Harbourview Analytics last year.', type: 'organisation', name: 'Harbourview Analytics' }],
  ['a company bought after where it is based', { text: 'The group bought Leeds-based Harbourview Analytics in 2020.', type: 'organisation', name: 'Harbourview Analytics' }],
  ['a company that bought another', { text: 'The business was bought by Tamarind Holdings in 2023.', type: 'organisation', name: 'Tamarind Holdings' }],
  ['a buyer introduced by its nationality and what it is', { text: 'Northlight Imaging has been bought by Nordic health-tech group Medivance for €31 million.', type: 'organisation', name: 'Medivance' }],
  ['a one-word gazetteer company with a possessive', { text: 'Staff log shifts in Nervecentre’s mobile tool.', type: 'organisation', name: 'Nervecentre' }],
  ['a charity named by its noun', { text: 'The hospital and its charity Brightlight+ launched a new appeal.', type: 'organisation', name: 'Brightlight+' }],
  ['a name listed with bodies', { text: 'The project is a collaboration with Leeds City Council, Quorvia and the University of Leeds.', type: 'organisation', name: 'Quorvia' }],
  ['a brand-like name as a subject', { text: 'For five years MedLoop has supported trusts with integration work.', type: 'organisation', name: 'MedLoop' }],
  ['named internal unit', { text: 'The trust set up the Clinical Robotics Centre at its main site.', type: 'organisation', name: 'Clinical Robotics Centre' }],
  ['head-first with words before', { text: 'The work was funded by the National Institute for Health and Care Research last year.', type: 'organisation', name: 'National Institute for Health and Care Research' }],
  ['co-operative with its acronym', { text: 'The Northern Imaging Co-operative (NIC) will coordinate the work.', type: 'organisation', name: 'Northern Imaging Co-operative', aliases: ['NIC'] }],
  ['AHSN after a university', { text: 'It will work with the University of Leeds and Yorkshire and Humber AHSN on the evaluation.', type: 'organisation', name: 'Yorkshire and Humber AHSN' }],
  ['a trust’s inner core as its short form', { text: 'Wensley Bay trust publishes its recovery plan\n\nUniversity Hospitals of Wensley Bay NHS Foundation Trust has set out a day-by-day account.', type: 'organisation', name: 'University Hospitals of Wensley Bay NHS Foundation Trust', aliases: ['Wensley Bay'] }],
  ['a supplier’s group and legal form', { text: 'Clinisys Group has won the deal.\n\nClinisys Group Limited is listed in London.', type: 'organisation', name: 'Clinisys Group Limited', aliases: ['Clinisys Group'] }],
  ['a name its apposition calls a GP federation', { text: 'Vale Care, the GP federation for Avonford and Wexley, is to extend the programme.', type: 'organisation', name: 'Vale Care' }],
  ['a town after "in", then a one-word named infirmary', { text: 'The tool will replace bleeps at Leighton Hospital in Crewe and Victoria Infirmary in Northwich.', type: 'organisation', name: 'Victoria Infirmary' }],
  ['a company named by its auditor role', { text: 'A review by internal auditor TIAA is expected in the autumn.', type: 'organisation', name: 'TIAA' }],
  ['a university "of the" compass "of" region', { text: 'Researchers at the University of the West of Scotland will study the service.', type: 'organisation', name: 'University of the West of Scotland' }],
  ['a supplier’s longer company name, and its short name', { text: 'The trust has chosen Cleric Computer Services as preferred supplier. Cleric will deliver the system.', type: 'organisation', name: 'Cleric Computer Services', aliases: ['Cleric'] }],
  ['a supplier’s name with a descriptive company ending', { text: 'Integration is by Kainos Software Services. Kainos will test it.', type: 'organisation', name: 'Kainos Software Services', aliases: ['Kainos'] }],
  ['an ICB named "NHS <area> Integrated Care"', { text: 'The council is in talks with NHS Greater Manchester Integrated Care about funding.', type: 'organisation', name: 'NHS Greater Manchester Integrated Care' }],
  ['a national charity named with "UK"', { text: 'Hospice UK has warned that one in five hospices is cutting services.', type: 'organisation', name: 'Hospice UK' }],
  ['initials with the kind of body, in brackets, are an alias', { text: 'From April, Buckinghamshire, Oxfordshire and Berkshire West ICB (BOB ICB) will fund them. The chief medical officer at BOB ICB agreed.', type: 'organisation', name: 'Buckinghamshire, Oxfordshire and Berkshire West ICB', aliases: ['BOB ICB'] }],
  ['a local maternity and neonatal system', { text: 'The West Yorkshire Local Maternity and Neonatal System (LMNS) funded the tablets.', type: 'organisation', name: 'West Yorkshire Local Maternity and Neonatal System', aliases: ['LMNS'] }],
  ['a sentence adverb before a listed name', { text: 'Separately, Humber and North Yorkshire ICB agreed the funding.', type: 'organisation', name: 'Humber and North Yorkshire ICB' }],
  ['a sentence adverb without its comma before a name that lists places', { text: 'Meanwhile Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust says most staff agree.', type: 'organisation', name: 'Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust' }],
  ['a place before an ICS whose whole area follows its comma', { text: 'Stretching from the border down to Teesside, North East and North Cumbria ICS is the largest system.', type: 'organisation', name: 'North East and North Cumbria ICS' }],
  ['a company’s name and the gazetteer’s shorter one for its product’s maker', { text: 'Kent County Council gave homes the Whzan Blue Box from Whzan Digital Health.', type: 'organisation', name: 'Whzan Digital Health', aliases: ['Whzan'] }],
  ['a word opening the sentence is cut from an ICB’s name, not its NHS', { text: 'When NHS Devon ICB and Royal Devon University Healthcare NHS Foundation Trust ran a pilot, it worked.', type: 'organisation', name: 'NHS Devon ICB' }],
  ['an ICB by its "NHS <area>" name and as "<area> ICB" is one body', { text: 'NHS Norfolk and Waveney awarded the deal. Norfolk and Waveney ICB said the contract runs for three years.', type: 'organisation', name: 'NHS Norfolk and Waveney', aliases: ['Norfolk and Waveney ICB'] }],
  ['a Welsh hospital named head first', { text: 'Patients at Ysbyty Glan Clwyd in Bodelwyddan agreed.', type: 'organisation', name: 'Ysbyty Glan Clwyd' }],
  ['a national body’s name ending a longer name is that body’s', { text: 'The Avonford Kidney Patients Association welcomed the portal.', type: 'organisation', name: 'Avonford Kidney Patients Association' }],
  ['a national data body', { text: 'The National Data Guardian has said public trust depends on openness.', type: 'organisation', name: 'National Data Guardian' }],
  ['the adult social care workforce body', { text: 'The council has focused on funding training through Skills for Care.', type: 'organisation', name: 'Skills for Care' }],
  ['a department\'s name before "-owned"', { text: 'NHS Professionals, the Department of Health and Social Care-owned bank provider, grew.', type: 'organisation', name: 'Department of Health and Social Care' }],
  ['a ransomware group named before "ransomware"', { text: 'When the Qilin ransomware group encrypted the systems, the labs stopped.', type: 'organisation', name: 'Qilin' }],
  ['a ransomware gang named after "ransomware gang"', { text: 'Last year the ransomware gang Rhysida claimed the attack.', type: 'organisation', name: 'Rhysida' }],
  ['the register of companies', { text: 'Its accounts, filed at Companies House in April, put the cost at £32.7m.', type: 'organisation', name: 'Companies House' }],
  ['a local Healthwatch by its place', { text: 'Healthwatch Dudley said patients wanted a choice.', type: 'organisation', name: 'Healthwatch Dudley' }],
  ['a national charity’s local charity by its place', { text: 'The team worked with Age UK Norfolk on drop-in sessions in Dereham.', type: 'organisation', name: 'Age UK Norfolk' }],
  ['a local Citizens Advice by its place', { text: 'A pilot with Citizens Advice Somerset began in May.', type: 'organisation', name: 'Citizens Advice Somerset' }],
  ['a local Mind by its place', { text: 'The referral route was built with Mind in Calderdale and the council.', type: 'organisation', name: 'Mind in Calderdale' }],
  ['a GP federation named "Primary Care" and its place', { text: 'Primary Care Rotherham, the borough’s GP federation, runs the hub.', type: 'organisation', name: 'Primary Care Rotherham' }],
  ['a national charity that is also a name', { text: 'Marie Curie nurses run the service.', type: 'organisation', name: 'Marie Curie' }],
  ['a place framing the sentence is no item of a listed name', { text: 'In north-east London, Barking, Havering and Redbridge University Hospitals NHS Trust has run the pilot.', type: 'organisation', name: 'Barking, Havering and Redbridge University Hospitals NHS Trust' }],
  ['who a product comes from is a company', { text: 'The trust has started using theatre scheduling software from Caresyntax in its day surgery unit.', type: 'organisation', name: 'Caresyntax' }],
  ['a body’s first word that its bracketed acronym spells', { text: 'The Specialist Pharmacy Service (SPS) has done good work on the national picture.', type: 'organisation', name: 'Specialist Pharmacy Service', aliases: ['SPS'] }],
  ['a charity that runs several hospices, named "… Hospices"', { text: 'Under the new timetable, Wexcombe Hospices and two care homes go live in May.', type: 'organisation', name: 'Wexcombe Hospices' }],
  ['a hospice charity named with "Care" after its head', { text: 'St Nicholas Hospice Care runs the advice line.', type: 'organisation', name: 'St Nicholas Hospice Care' }],
  ['a body named with "UK" after its head', { text: 'Guidance from the Resuscitation Council UK was followed.', type: 'organisation', name: 'Resuscitation Council UK' }],
  ['a body’s bracketed acronym is no listed product', { text: 'Crews from London Ambulance Service NHS Trust (LAS) can see it. Liquidlogic supplies the councils, and LAS crews use the record.', type: 'organisation', name: 'London Ambulance Service NHS Trust', aliases: ['LAS'] }],
  ['a hospital named after a saint keeps the saint’s possessive', { text: 'Doctors work across St James’s University Hospital and Leeds General Infirmary.', type: 'organisation', name: 'St James’s University Hospital' }],
  ['a trust named after its hospitals’ towns stays one body beside one of them', { text: 'South Tees Hospitals NHS Foundation Trust and North Tees and Hartlepool NHS Foundation Trust formed a group. Staff work at the University Hospital of North Tees.', type: 'organisation', name: 'North Tees and Hartlepool NHS Foundation Trust' }],
  ['an English health and social care trust is no other trust of its town', { text: 'HTN spoke to Sarah Whitfield at Sheffield Teaching Hospitals NHS Foundation Trust. The team also runs payroll for Sheffield Children’s NHS Foundation Trust and Sheffield Health and Social Care NHS Foundation Trust.', type: 'organisation', name: 'Sheffield Teaching Hospitals NHS Foundation Trust', aliases: [] }],
  ['who home devices come from is a company', { text: 'We have trialled pill dispensers from Tabriven with a few clients.', type: 'organisation', name: 'Tabriven' }],
  ['who devices come from is a company', { text: 'Since last winter the ICB has placed point-of-care analysers from Aidian in 38 community pharmacies.', type: 'organisation', name: 'Aidian' }],
  ['a commissioning support unit', { text: 'The data work is done by Midlands and Lancashire CSU for the board.', type: 'organisation', name: 'Midlands and Lancashire CSU' }],
  ['a body after a sentence-opening "Patients of"', { text: 'Patients of Hywel Dda University Health Board can use the app.', type: 'organisation', name: 'Hywel Dda University Health Board' }],
  ['a name between "at" and "in <place>"', { text: 'The ICB has already funded a similar move at Compton Care in Wolverhampton, which went live last year.', type: 'organisation', name: 'Compton Care' }],
  ['a partnership by its short name', { text: 'Avonvale Partnership runs 38 practices. Avonvale compared two products.', type: 'organisation', name: 'Avonvale Partnership', aliases: ['Avonvale'] }],
  ['a name after where it is based', { text: 'AI tools are delivered through a platform from Edinburgh-based Corvalis Analysis.', type: 'organisation', name: 'Corvalis Analysis' }],
  ['an unknown company before "and" and an acronym in a list of bodies', { text: 'Support will come from the consortium of Accenture, PwC, Halvern Fairley and NECS.', type: 'organisation', name: 'Halvern Fairley' }],
  ['company in a case-study heading', { text: 'Case study: Caremesh in the North East\nCaremesh helps practices share shifts.', type: 'organisation', name: 'Caremesh' }],
  ['a trust whose name puts "University" after "Hospitals", by its short name in a headline', { text: 'Avonford Hospitals switches on RFID tracking\n\nAvonford Hospitals University NHS Foundation Trust has gone live.', type: 'organisation', name: 'Avonford Hospitals University NHS Foundation Trust', aliases: ['Avonford Hospitals'] }],
  ['a one-word company only the suppliers’ context names, by its possessive', { text: 'The trust replaced its barcode system with Getina’s T-DOC sterile supply management software.', type: 'organisation', name: 'Getina' }],
  ['an international health body', { text: 'Uptake was below the 95 percent World Health Organization target.', type: 'organisation', name: 'World Health Organization' }],
  ['a company named with a first name, only the suppliers’ context names', { text: 'NHS Frimley ICB has extended its use of Holly Health’s habit-coaching app to all 11 networks.', type: 'organisation', name: 'Holly Health' }],
  ['a company only the suppliers’ context names: a contract awarded to it', { text: 'Black Country ICB awarded a £7.9 million device contract to Trellix Devices in August.', type: 'organisation', name: 'Trellix Devices' }],
  ['a company only the suppliers’ context names: the maker of an app', { text: 'Patients can use the Nucleus Smart App made by Cochlora.', type: 'organisation', name: 'Cochlora' }],
  ['a company only the suppliers’ context names: its possessive', { text: 'Theatre data moved onto a cloud contact centre platform. Contenta Guru’s storm platform is used.', type: 'organisation', name: 'Contenta Guru' }],
  ['an NHS trust named by places and commas, opening a sentence', { text: 'The Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust runs the clinics.', type: 'organisation', name: 'Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust' }],
  ['an NHS trust named by places, written as a modifier after "a"', { text: 'Staff can see what happened in a Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust clinic.', type: 'organisation', name: 'Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust' }],
  ['a health board after an amount', { text: "The fund includes £2.4m for Swansea Bay University Health Board's virtual wards.", type: 'organisation', name: 'Swansea Bay University Health Board' }],
  ['a care system branded "One" and its area, before an apposition', { text: 'One Devon – the integrated care system covering the county – has a new strategy.', type: 'organisation', name: 'One Devon' }],
  ['a partnership branded "One" and its borough, inside a sentence', { text: 'Dr James Pemberton, a GP and digital lead for One Bromley, said it works.', type: 'organisation', name: 'One Bromley' }],
  ['a company’s former name in brackets, listed as a company of its own, is its alias', { text: 'Pharmacies use PharmOutcomes, supplied by Optum (formerly EMIS), to send referrals.', type: 'organisation', name: 'Optum', aliases: ['EMIS'] }],
  ['a company’s former name in brackets is no canonical name, though longer', { text: 'Staff book shifts in HealthRoster from RLDatix (formerly Allocate Software).', type: 'organisation', name: 'RLDatix', aliases: ['Allocate Software'] }],
  ['a healthcare company named on past "Healthcare" by what it does', { text: 'The hub is run by Phoenix Healthcare Distribution on behalf of its members.', type: 'organisation', name: 'Phoenix Healthcare Distribution' }],
  ['a hospice named "… Hospicecare" is a body, and ends before "and" the next one', { text: 'Weldmar Hospicecare and Forest Holme Hospice have joined the record.', type: 'organisation', name: 'Weldmar Hospicecare' }],
  ['a campaign group named after what it is', { text: 'The BMA has called for a pause, and campaign group Foxglove says patients were not told.', type: 'organisation', name: 'Foxglove' }],
  ['a campaign group the national list knows, written with a capital inside', { text: 'Campaigners at medConfidential objected to the contract.', type: 'organisation', name: 'medConfidential' }],
  ['a collaborative that procures for a trust ends before "for"', { text: 'The EPR is procured by the Avonford Acute Hospital Collaborative for Avonford University Hospitals NHS Foundation Trust and others.', type: 'organisation', name: 'Avonford Acute Hospital Collaborative' }],
  ['a hospital named for whom it serves keeps its "for"', { text: 'Great Ormond Street Hospital for Children NHS Foundation Trust agreed the deal.', type: 'organisation', name: 'Great Ormond Street Hospital for Children NHS Foundation Trust' }],
  ['a Marie Curie hospice named by its town after a comma', { text: 'The seven include St Gemma’s Hospice, Marie Curie Hospice, Bradford and Overgate Hospice.', type: 'organisation', name: 'Marie Curie Hospice, Bradford' }],
  ['a care board named by the first place of its area is that board', { text: 'Avonford ICB signs virtual ward deal\n\nNHS Avonford and Belmont Integrated Care Board has awarded the contract.', type: 'organisation', name: 'NHS Avonford and Belmont Integrated Care Board', aliases: ['Avonford ICB'] }],
  ['a listed product whose name is an ordinary word, with the initials of its kind of system after it', { text: 'The trust will move onto a single instance of its Millennium EPR next year.', type: 'product', name: 'Millennium EPR' }],
  ['trusts named together as one body, with the initials that spell the name', { text: 'The programme is led by Avonford and Belmont Acute and Specialist Trusts (ABAST), the provider collaborative.', type: 'organisation', name: 'Avonford and Belmont Acute and Specialist Trusts', aliases: ['ABAST'] }],
  ['a commissioning support unit its apposition names', { text: 'The dashboards come from NECS, the commissioning support unit headquartered in Sunderland.', type: 'organisation', name: 'NECS' }],
  ['a pathology partnership its apposition names', { text: 'In January, EMPATH, the pathology partnership between two trusts, agreed a deal.', type: 'organisation', name: 'EMPATH' }],
  ['investors named after the word for them', { text: 'Existing investors Ahren Innovation Capital and Oxford Science Enterprises (OSE) joined the round.', type: 'organisation', name: 'Oxford Science Enterprises' }],
  ['investors listed after "including"', { text: 'Backers including Kindred Capital took part.', type: 'organisation', name: 'Kindred Capital' }],
  ['an investor after its bracketed acronym and "and"', { text: 'Existing investors Oxford Science Enterprises (OSE) and Parkwalk Advisors also took part.', type: 'organisation', name: 'Parkwalk Advisors' }],
  ['who led a funding round', { text: 'We raised £6.5 million in a round led by Par Equity last spring.', type: 'organisation', name: 'Par Equity' }],
  ['who advised on a deal', { text: 'The transaction was advised by Shoosmiths on the legal side.', type: 'organisation', name: 'Shoosmiths' }],
  ['where analysts work', { text: 'Analysts at Peel Hunt described the results as solid.', type: 'organisation', name: 'Peel Hunt' }],
  ['who compiled the figures', { text: 'According to figures compiled by Dealroom, companies raised £610m.', type: 'organisation', name: 'Dealroom' }],
  ['a venture capital firm', { text: 'The round was led by Northstar Ventures last year.', type: 'organisation', name: 'Northstar Ventures' }],
  ['a royal borough, named head first', { text: 'The app is used by the Royal Borough of Windsor and Maidenhead.', type: 'organisation', name: 'Royal Borough of Windsor and Maidenhead' }],
  ['a hospital named after a doctor, opening a sentence', { text: "Dr Brodie's Hospital in Kelso now runs the clinics.", type: 'organisation', name: "Dr Brodie's Hospital" }],
  ['a hospital after its owner’s acronym, between "at" and its town', { text: "During a pilot at LCHS's Pilgrim Community Hospital in Boston, 300 patients were seen.", type: 'organisation', name: 'Pilgrim Community Hospital' }],
  ['bodies a counted plural lists in brackets, a place’s name among them', { text: 'The agency will connect the remaining three boards (Cwm Taf Morgannwg, Hywel Dda and Powys) by 2026.', type: 'organisation', name: 'Powys' }],
  ['bodies a counted plural lists in brackets closed by ", and", one name with "and" inside', { text: 'Three health boards (Aneurin Bevan, Cardiff and Vale, and Swansea Bay) show letters in the app.', type: 'organisation', name: 'Cardiff and Vale' }],
  ['no bodies from a bracket that lists fewer than the plural counts', { text: 'The agency will connect the remaining three boards (Powys and Gwent) by 2026.', type: 'place', name: 'Powys' }],
  ['hospitals named before one plural head', { text: 'Surgery at Glangwili and Withybush hospitals now uses the app.', type: 'organisation', name: 'Withybush' }],
  ['hospitals named in a counted apposition', { text: 'Its three main hospitals, Ysbyty Gwynedd, Glan Clwyd and Wrexham Maelor, use the system.', type: 'organisation', name: 'Wrexham Maelor' }],
  ['a company after where its shares trade', { text: 'The work went to Feedback Medical. Bleepa comes from Ortho Medical, part of AIM-listed Ortho Group plc.', type: 'organisation', name: 'Ortho Group' }],
  ['a primary care network and its initials are one body', { text: 'When Oldham Vale Primary Care Network (PCN) looked at its figures, it acted. In 2024 the Oldham Vale PCN ran three strands of work.', type: 'organisation', name: 'Oldham Vale Primary Care Network', aliases: ['Oldham Vale PCN', 'PCN'] }],
  ['a primary care network’s name without its head is the network, not the places in it', { text: 'When GPs at Broadmere Fens Primary Care Network (PCN) looked at their data, they acted. Karen Douglas said the Broadmere Fens results were strong.', type: 'organisation', name: 'Broadmere Fens Primary Care Network', aliases: ['PCN', 'Broadmere Fens'] }],
  ['a practice and a medical centre joined by "and" are two bodies', { text: 'Patients at Horton Road Surgery, Lockmere Family Practice and Southdale Park Medical Centre benefit.', type: 'organisation', name: 'Lockmere Family Practice' }],
  ['an NHS area already joined by "and", then "and" and a trust, is two bodies', { text: 'It is used by NHS organisations including NHS Cheshire and Merseyside and Dorset HealthCare University NHS Foundation Trust.', type: 'organisation', name: 'Dorset HealthCare University NHS Foundation Trust' }],
  ['two groups of initials that together spell a body’s name', { text: 'Cwm Taf Morgannwg University Health Board runs the service. Dr Ann Price, clinical lead at CTM UHB, said it works.', type: 'organisation', name: 'Cwm Taf Morgannwg University Health Board', aliases: ['CTM UHB'] }],
  ['a pharmacy named "… Pharmacy"', { text: 'Ravi Chauhan, owner of Edgeford Road Pharmacy, said referrals had doubled.', type: 'organisation', name: 'Edgeford Road Pharmacy' }],
  ['a national body and its acronym with "NHS" in brackets', { text: 'NHS Shared Business Services (NHS SBS) launched a framework. Jo Bloggs, director at NHS SBS, said it helps.', type: 'organisation', name: 'NHS Shared Business Services', aliases: ['NHS SBS'] }],
  ['a GP practice named "… Surgery"', { text: 'Patients at Kingsmead Road Surgery can now book online.', type: 'organisation', name: 'Kingsmead Road Surgery' }],
  ['a maker after "supplied by" with no comma before it', { text: 'The ward launched with remote monitoring supplied by Vitalyne and now takes 25 patients.', type: 'organisation', name: 'Vitalyne' }],
  ['a company "called" its name', { text: 'We chose Triagera, from a Bristol company called Clearwell Digital, because it was cheaper.', type: 'organisation', name: 'Clearwell Digital' }],
  ['a social enterprise in apposition is a body', { text: 'Old equipment will be recycled by Rewire IT Solutions, a social enterprise based in Peterborough.', type: 'organisation', name: 'Rewire IT Solutions' }],
  ['a partner where it is based is a company', { text: 'The trust works with Kestrel Cloudworks, a Manchester-based AWS partner, under a contract.', type: 'organisation', name: 'Kestrel Cloudworks' }],
  ['a specialist whose name opens with no first name is a company', { text: 'Liverpool-based authentication specialist Lockford Identity has been selected by the ICB.', type: 'organisation', name: 'Lockford Identity' }],
  ['a clinical specialist with a first name is a person', { text: 'Clinical nurse specialist Jane Harper said it helped.', type: 'person', name: 'Jane Harper', role: 'Clinical nurse specialist' }],
  ['a company named again by its first word is one company', { text: 'Liverpool-based authentication specialist Lockford Identity has been selected by the ICB. Lockford\'s platform, Lockford Tap, lets clinicians sign in.', type: 'organisation', name: 'Lockford Identity', aliases: ['Lockford'] }],
  ['a company that won a deal', { text: 'The seven-year deal, won by Rostrane Health for its Cadence platform, replaces nine systems.', type: 'organisation', name: 'Rostrane Health' }],
  ['places after "in" stay places where a trust is named after them', { text: 'It replaces systems used in Norfolk and Suffolk. It goes to Norfolk and Suffolk NHS Foundation Trust next.', type: 'place', name: 'Suffolk' }],
  ['a coined name before a company’s last word is a company', { text: 'The trust chose Oakbrook Systems after a competitive procurement.', type: 'organisation', name: 'Oakbrook Systems' }],
  ['a council named by places joined with "and", opening a sentence', { text: 'Bath and North East Somerset Council and Telford and Wrekin Council agreed.', type: 'organisation', name: 'Bath and North East Somerset Council' }],
  ['a council named by a town no gazetteer lists, "&" and a place', { text: 'Shropshire Council and Telford & Wrekin Council agreed.', type: 'organisation', name: 'Telford & Wrekin Council' }],
  ['a council after a body of other words and "and"', { text: 'The pilot was run with Age Cymru Gwent and Newport City Council, which funded tablets.', type: 'organisation', name: 'Newport City Council' }],
  ['a coined name, a word of the trade and a company’s last word', { text: 'The trust chose Paragon Mobile from Northway Health Software last year.', type: 'organisation', name: 'Northway Health Software' }],
  ['an investor after where it is based', { text: 'The round was led by Boston-based Harbourstone Capital, with existing backers.', type: 'organisation', name: 'Harbourstone Capital' }],
  ['a hospital listed after another hospital and its town', { text: 'Clinics run at Balfour Hospital in Kirkwall and Stromness Hospital in Orkney.', type: 'organisation', name: 'Stromness Hospital' }],  ['"X and District" after "to", not after a body in its town, is one trust', { text: 'The firm supplies Quillan to Kettering and District NHS Foundation Trust and to Marwood NHS Trust.', type: 'organisation', name: 'Kettering and District NHS Foundation Trust' }],
  ['a town "upon" its river, written without it, is the same trust', { text: 'Nurses at the Kingston upon Thames Hospitals NHS Foundation Trust tested it. Kingston Hospitals now uses it on every ward.', type: 'organisation', name: 'Kingston upon Thames Hospitals NHS Foundation Trust', aliases: ['Kingston Hospitals'] }],
  ['a national body before a framework’s name', { text: 'The contract was awarded through the NHS England Digital Care Services framework last year.', type: 'organisation', name: 'NHS England' }],
  ['investors listed with "and" after a company word are two', { text: 'Existing investors Lowther Health Capital and Brightmoor Partners also took part in the round.', type: 'organisation', name: 'Lowther Health Capital' }],
  ['a press release’s "About" heading is no part of the company’s name', { text: 'It was a good year.\n\nAbout Quarrendon Systems\n\nQuarrendon Systems builds care planning tools.', type: 'organisation', name: 'Quarrendon Systems' }],
  ['a capitalised word after "the" before "Health Innovation Fund" names it too', { text: 'The round had participation from existing investors and the Northern Health Innovation Fund.', type: 'organisation', name: 'Northern Health Innovation Fund' }],
  ['a coined name before "Networks" is a company', { text: 'NHS 24 is replacing its telephony as part of a ten-year contract with Corvaxa Networks, awarded last year.', type: 'organisation', name: 'Corvaxa Networks' }],
  ['a college named with Dublin, as with London', { text: 'Researchers at University College Dublin worked with the trust on the study.', type: 'organisation', name: 'University College Dublin' }],
  ['"The NHS" opening a quoted sentence is the national body', { text: 'The chief executive said: "The NHS needs more aseptic capacity, and it needs it now."', type: 'organisation', name: 'NHS' }],
  ['a commissioning support unit with a comma in its name', { text: 'The evaluation was run by NHS South, Central and West Commissioning Support Unit last year.', type: 'organisation', name: 'NHS South, Central and West Commissioning Support Unit' }],
  ['a "University Hospitals" trust after another body’s initials and "and" is whole', { text: 'The hub serves North Bristol NHS Trust (NBT) and University Hospitals Bristol and Weston NHS Foundation Trust (UHBW).', type: 'organisation', name: 'University Hospitals Bristol and Weston NHS Foundation Trust' }],
  ['a trust’s short form before a title in a headline', { text: 'Royal Avonford CCIO on scaling ambient AI\n\nRoyal Avonford Hospitals NHS Foundation Trust switched on an AI scribe.', type: 'organisation', name: 'Royal Avonford Hospitals NHS Foundation Trust', aliases: ['Royal Avonford'] }],
  ['a place-named short form before a possessive title is the trust', { text: '"We went ward by ward": Ribble Valley’s CCIO on a phased EPR\n\nRibble Valley Teaching Hospitals NHS Trust is halfway through its rollout.', type: 'organisation', name: 'Ribble Valley Teaching Hospitals NHS Trust', aliases: ['Ribble Valley'] }],
  ['a place-named short form before a body’s verb is the trust', { text: 'Board papers: Ribble Valley sets out £2.3m case for referral management\n\nRibble Valley Teaching Hospitals NHS Trust is asking its board to approve it.', type: 'organisation', name: 'Ribble Valley Teaching Hospitals NHS Trust', aliases: ['Ribble Valley'] }],
  ['a care system’s initials before its head are its short form too', { text: 'Avonford and Marston Integrated Care Board (AMX ICB) has merged. A committee chaired by AMX’s chair will meet monthly.', type: 'organisation', name: 'Avonford and Marston Integrated Care Board', aliases: ['AMX'] }],
  ['a company and "and", then a head written first with "of", are two names', { text: 'Hospices join forces with US firm Palliora Health and University of Leicester on a data platform.', type: 'organisation', name: 'University of Leicester' }],
  ['both parties of a merger are companies', { text: 'The merger of Ardent Care Systems and Pathway Connect slowed the rollout.', type: 'organisation', name: 'Pathway Connect' }],
  ['a company bought in a purchase', { text: 'It followed its purchase of SlotWise last year, its second deal.', type: 'organisation', name: 'SlotWise' }],
  ['the owner of a trade-marked name is a company', { text: 'Kestrel Digital Care’s Kestrel Watch™ system will go to 40 care homes.', type: 'organisation', name: 'Kestrel Digital Care' }],
  ['an investor after "participation from the"', { text: 'The £2m seed round had participation from the Northern Lakes Investment Fund and two angels.', type: 'organisation', name: 'Northern Lakes Investment Fund' }],
  ['an investor with "of" in its name after "led by the"', { text: 'Corvale Health closed a £3m round in May, led by the Growth Bank of Scotland with support from others.', type: 'organisation', name: 'Growth Bank of Scotland' }],
  ['a name that "employs" people is a company, even opening its sentence', { text: 'Lintora AI, which employs 14 people and was spun out of Keele University, is testing its triage tool.', type: 'organisation', name: 'Lintora AI' }],
  ['a name "spun out" of a university is a company', { text: 'Lintora AI, which was spun out of Keele University in 2021, is testing its triage tool.', type: 'organisation', name: 'Lintora AI' }],
  ['a product noun before "company" describes the company', { text: 'Rostwell Health, the Leeds-based workforce software company, today announced a framework place.', type: 'organisation', name: 'Rostwell Health' }],
  ['a provider named "… Health and Wellbeing" after its noun', { text: 'Community services provider Avonvale Health and Wellbeing is replacing paper diaries.', type: 'organisation', name: 'Avonvale Health and Wellbeing' }],
  ['a trust’s first word listed with another body is its short form', { text: 'The roll-out covers Barts Health NHS Trust and Hazelmere Healthcare NHS Foundation Trust. Under the agreement with Barts Health and Hazelmere, NoteWell is set to be live in May.', type: 'organisation', name: 'Hazelmere Healthcare NHS Foundation Trust', aliases: ['Hazelmere'] }],
  ['two groups of initials that spell a name with its "of"', { text: 'The NHS North of England Commercial Procurement Collaborative ran the competition. Claire Dunning, head of procurement at NOE CPC, said it went well.', type: 'organisation', name: 'NHS North of England Commercial Procurement Collaborative', aliases: ['NOE CPC'] }],
  ['initials with a lower-case letter inside, before "and", are a body of their own', { text: 'SLaM and King’s College London have developed a platform for patients.', type: 'organisation', name: 'King’s College London' }],
  ['a brand with a capital inside, before a comma, is no place listed in a trust’s name', { text: 'Rather than replacing RiO, South West London and St George’s Mental Health NHS Trust has committed to an upgrade.', type: 'organisation', name: 'South West London and St George’s Mental Health NHS Trust' }],
  ['"Your" with a capital inside a sentence opens a company’s name', { text: 'The pilot ran in Richmond, while Your Healthcare CIC in Kingston tested wound imaging.', type: 'organisation', name: 'Your Healthcare CIC' }],
  ['a research collaboration’s name ends with the region it serves', { text: 'The evaluation was funded by the NIHR Applied Research Collaboration East of England last year.', type: 'organisation', name: 'NIHR Applied Research Collaboration East of England' }],
  ['a members’ association goes on to the plural that names its members', { text: 'Two analysts joined the Association of Professional Healthcare Analysts in May.', type: 'organisation', name: 'Association of Professional Healthcare Analysts' }],
  ['a centre for AI goes on with the field it works in', { text: 'The study ran with the Cambridge Centre for AI in Medicine.', type: 'organisation', name: 'Cambridge Centre for AI in Medicine' }],
  ['a national association’s regional branch, named by its region first', { text: 'Sarah Whitcombe, digital lead for London ADASS, said most homes had moved.', type: 'organisation', name: 'London ADASS' }],
  ['a charity’s local branch named by a list of places', { text: 'Crisis cafés are run by Cambridgeshire, Peterborough and South Lincolnshire Mind and by Norfolk & Waveney Mind.', type: 'organisation', name: 'Cambridgeshire, Peterborough and South Lincolnshire Mind' }],
  ['… places joined by an ampersand', { text: 'Crisis cafés are run by Norfolk & Waveney Mind in three towns.', type: 'organisation', name: 'Norfolk & Waveney Mind' }],
  ['places joined by "and" after a preposition frame the sentence, and the name after the comma is whole', { text: 'In Kent and Sussex, Brighton and Sussex Medical School runs the courses.', type: 'organisation', name: 'Brighton and Sussex Medical School' }],
  ['a national body named outright after "and" ends a head-first name', { text: 'We made the case to the Department of Finance and HM Treasury that stopping would cost more.', type: 'organisation', name: 'Department of Finance' }],
  ['a UK-wide body’s national branch: its initials, then the nation', { text: 'Dr Orla Maguire, digital lead for RCGP Northern Ireland, welcomed the procurement.', type: 'organisation', name: 'RCGP Northern Ireland' }],
  ['the GP committee of a nation, named by the nation first', { text: 'The Northern Ireland General Practitioners Committee has asked for the tool to stay.', type: 'organisation', name: 'Northern Ireland General Practitioners Committee' }],
  ['the Republic of Ireland’s health service, named across the border', { text: 'The trust works with the Health Service Executive on cross-border services.', type: 'organisation', name: 'Health Service Executive' }],
  ['a listed maker’s research arm is a body', { text: 'OSAIRIS, the auto-segmentation tool, was developed at the hospital with Microsoft Research.', type: 'organisation', name: 'Microsoft Research' }],
  ['a site in a town that services come from is a body (a hospital), read by no company rule', { text: 'Avonford NHS Foundation Trust provides forensic services from Roseberry Park in Middlesbrough.', type: 'organisation', name: 'Roseberry Park' }],
  ['an apposition of three words and "GP practice"', { text: 'The team works closely with Eastside Medical, the specialist homeless GP practice run by the trust.', type: 'organisation', name: 'Eastside Medical' }],
  ['a listed company’s app names the company too', { text: 'Trusts are piloting antibiotic guidance in the Eolas Medical app this year.', type: 'organisation', name: 'Eolas Medical' }],
  ['a head-first name goes on past a head to a field of study', { text: 'The Institute of Healthcare Engineering and Estate Management welcomed the plans.', type: 'organisation', name: 'Institute of Healthcare Engineering and Estate Management' }],
  ['a field of study with a possessive ends a head-first name', { text: "Trusts train staff through the Academy for Healthcare Science's accredited register.", type: 'organisation', name: 'Academy for Healthcare Science' }],
  ['an academy is named head first', { text: 'The Academy for Healthcare Science runs the register.', type: 'organisation', name: 'Academy for Healthcare Science' }],
  ['a ministry is a body named head first', { text: 'The Ministry of Justice has said it will fund the pilot.', type: 'organisation', name: 'Ministry of Justice' }],
  ['a ministry’s remits up to their "and"', { text: 'Funding from the Ministry of Housing, Communities and Local Government has been confirmed.', type: 'organisation', name: 'Ministry of Housing, Communities and Local Government' }],
  ['"the charity" and a name that goes on with "for"', { text: 'Elsewhere, the charity Together for Brighter Minds provides staff in several courts.', type: 'organisation', name: 'Together for Brighter Minds' }],
  ['"the charity" and a name that goes on with "of the"', { text: 'The charity Friends of the Wards runs a shop in the atrium.', type: 'organisation', name: 'Friends of the Wards' }],
  ['a trust named for its place, meant by "at <place>, which"', { text: 'Scans were carried out in Cromer by Holderness Hospitals NHS Trust. Case reviews with radiologists at Holderness, which she said helped, are monthly.', type: 'organisation', name: 'Holderness Hospitals NHS Trust', aliases: ['Holderness'] }],  ['a charity named after a person, by its apposition', { text: 'Sarah Kemp, the children’s mental health charity based in King’s Cross, co-designed the questions.', type: 'organisation', name: 'Sarah Kemp' }],
  ['an organisation by its apposition, its name closing on "First"', { text: 'Kestrel People First, a self-advocacy organisation, helped design the flags.', type: 'organisation', name: 'Kestrel People First' }],
  ['a clinical research facility', { text: 'Trials run at the NIHR Thornbury Clinical Research Facility.', type: 'organisation', name: 'NIHR Thornbury Clinical Research Facility' }],
  ['a Scottish health and social care partnership named head first', { text: 'Health and Social Care Moray has published a new plan.', type: 'organisation', name: 'Health and Social Care Moray' }],
  ['a local maternity and neonatal system by its initials', { text: 'The Avonford and Belmont LMNS has agreed a single record.', type: 'organisation', name: 'Avonford and Belmont LMNS' }],
  ['a head-first name ends before "and" and a one-word national body', { text: 'Figures from the Office for National Statistics and Ofcom show the gap.', type: 'organisation', name: 'Office for National Statistics' }],
  ['a national charity’s local branch named by two places joined by "&"', { text: 'Age UK Leicestershire & Rutland runs the befriending service.', type: 'organisation', name: 'Age UK Leicestershire & Rutland' }],
  ['a trust whose name opens with an ICS area the article also uses for the ICS', { text: 'South West London ICB covers six boroughs.\n\nSouth West London plans to spend £2m. South West London and St George’s Mental Health NHS Trust runs CAMHS in five of them.', type: 'organisation', name: 'South West London and St George’s Mental Health NHS Trust' }],
];

const PLACES: [string, Case][] = [
  ['a county named again without its "of" part', { text: 'The trust serves Hull and the East Riding of Yorkshire. Services across the East Riding are busy.', type: 'place', name: 'East Riding of Yorkshire', aliases: ['East Riding'] }],
  ['the second of two areas of one place, each named by two compass words', { text: 'Digital and data south of the river: South East and South West London.', type: 'place', name: 'South West London' }],
  ['a county’s part the NHS names its services after', { text: 'Royal Berkshire is the acute trust for Berkshire West.', type: 'place', name: 'Berkshire West' }],
  ['an inhabited island of Shetland', { text: 'It must work for a crofter in Unst as well as for someone in Aberdeen.', type: 'place', name: 'Unst' }],
  ['a place joined to "-area"', { text: 'Sheffield-area trust picks a new EPR supplier.', type: 'place', name: 'Sheffield' }],
  ['a former ICS area', { text: 'We are one of several sites across South Yorkshire and Bassetlaw using it.', type: 'place', name: 'South Yorkshire and Bassetlaw' }],
  ['a London place-based partnership area named after a borough and the City', { text: 'We look after people across City and Hackney, Newham and Tower Hamlets.', type: 'place', name: 'City and Hackney' }],
  ['a place’s two names joined by a tilde', { text: 'The trust works with a campus in Derry~Londonderry on the study.', type: 'place', name: 'Derry~Londonderry' }],
  ['a place’s two names joined by a slash', { text: 'The fallback control room in Derry/Londonderry went live later.', type: 'place', name: 'Derry/Londonderry' }],
  ['a place whose last word, a geographic noun, is written in lower case', { text: 'Care homes in Blackpool and on the Fylde coast will join first.', type: 'place', name: 'Fylde coast' }],
  ['a subregion the NHS names services after', { text: 'The rollout starts in Morecambe Bay this autumn.', type: 'place', name: 'Morecambe Bay' }],
  ['a place and a capitalised geographic noun after it', { text: 'Patients in the Waveney Valley have asked for it since 2019.', type: 'place', name: 'Waveney Valley' }],
  ['a Scottish county and an island in a list after "from"', { text: 'Families from Caithness, Skye and the Western Isles travel to Inverness.', type: 'place', name: 'Skye' }],
  ['a Scottish county', { text: 'Families from Caithness, Skye and the Western Isles travel to Inverness.', type: 'place', name: 'Caithness' }],
  ['the West of England', { text: 'The partnership covers the West of England.', type: 'place', name: 'West of England' }],
  ['a riding by its short name', { text: 'The service stretches from Hull and the East Riding to Scarborough.', type: 'place', name: 'East Riding' }],
  ['a town that is also a surname, past an unknown item of the same list', { text: 'The group serves patients through 38 practices in Birmingham, Sandwell, Hull, Airedale and Wakefield.', type: 'place', name: 'Wakefield' }],
  ['a city', { text: 'Clinics in Leeds will use the new tool.', type: 'place', name: 'Leeds' }],
  ['a county', { text: 'Care homes across Cornwall took part.', type: 'place', name: 'Cornwall' }],
  ['an NHS region', { text: 'Trusts in the North East and Yorkshire have signed up.', type: 'place', name: 'North East and Yorkshire' }],
  ['a compass word before a county', { text: 'The virtual ward covers patients in West Sussex.', type: 'place', name: 'West Sussex' }],
  ['two compass words and a county', { text: 'Practices in East and North Hertfordshire joined this year.', type: 'place', name: 'East and North Hertfordshire' }],
  ['a London borough', { text: 'The pilot began in Tower Hamlets before going wider.', type: 'place', name: 'Tower Hamlets' }],
  ['an ICS area with a comma', { text: 'The shared record for Bath and North East Somerset, Swindon and Wiltshire is live.', type: 'place', name: 'Bath and North East Somerset, Swindon and Wiltshire' }],
  ['a hyphenated city', { text: 'Practices in Stoke-on-Trent will pilot the tool.', type: 'place', name: 'Stoke-on-Trent' }],
  ['an ambiguous town after a place preposition', { text: 'The new clinic in Reading opens in June.', type: 'place', name: 'Reading' }],
  ['an ambiguous town listed after a place', { text: 'Around a million patients across Liverpool, Chester and Warrington have records.', type: 'place', name: 'Chester' }],
  ['an ambiguous town listed before a place', { text: 'The Chester and Warrington hubs opened this year.', type: 'place', name: 'Chester' }],
  ['a country', { text: 'It is the first service of its kind in Wales.', type: 'place', name: 'Wales' }],
  ['a shire district', { text: 'The hub covers practices in Thanet and Swale.', type: 'place', name: 'Thanet' }],
  ['a place written into "-based"', { text: 'Eleven practices use Patchs, which comes from Manchester-based Patchs Health.', type: 'place', name: 'Manchester' }],
  ['a small town from the GeoNames list after a place preposition', { text: 'The photography hub at the community hospital in Elgin opened in May.', type: 'place', name: 'Elgin' }],
  ['a small town from the GeoNames list after a listed place', { text: 'Homes in Salisbury, Chippenham and Devizes took part.', type: 'place', name: 'Devizes' }],
  ['a two-word town from the GeoNames list', { text: 'The practice in Potters Bar joined the pilot.', type: 'place', name: 'Potters Bar' }],
  ['a small town named as an example of a kind of place', { text: 'Optometrists in towns such as Kelso can share images.', type: 'place', name: 'Kelso' }],
  ['a small town named as one of the places like it', { text: 'We run clinics in places like Bromyard every week.', type: 'place', name: 'Bromyard' }],
  ['a small town before "company"', { text: 'The Leatherhead company, which employs 90 people, has added 11 trusts.', type: 'place', name: 'Leatherhead' }],
  ['a small town before "area"', { text: 'A pilot in the Bromyard area sent 4,120 messages.', type: 'place', name: 'Bromyard' }],
  ['a small town listed before "and the" and a place', { text: 'Teams visit Bromyard and the Forest of Dean every week.', type: 'place', name: 'Bromyard' }],
  ['compass words in lower case before a place', { text: 'Patients in south east Wales can now use the app.', type: 'place', name: 'south east Wales' }],
  ['a press release’s dateline in capitals', { text: 'PRESS RELEASE\n\nLONDON, 4 February 2026 – Dispensa Robotics has announced a deal.', type: 'place', name: 'LONDON' }],
  ['an ICS area written without "the"', { text: 'Practices across Cornwall and Isles of Scilly use the service.', type: 'place', name: 'Cornwall and Isles of Scilly' }],
  ['a national park from the landscapes list', { text: 'Rural practices on the edge of the North York Moors struggle with broadband.', type: 'place', name: 'North York Moors' }],
  ['a Scottish health board’s area as a section heading', { text: 'Greater Glasgow and Clyde\n\nNHS Greater Glasgow and Clyde is replacing 11,000 PCs.', type: 'place', name: 'Greater Glasgow and Clyde' }],
  ['a Welsh valley from the landscapes list', { text: 'The health board runs three storage units in the Cynon Valley and a fleet of vans.', type: 'place', name: 'Cynon Valley' }],
  ['an ICS area of two counties ending a list of counties is two places', { text: 'The trust serves 1.2 million people across Gloucestershire, Herefordshire and Worcestershire.', type: 'place', name: 'Worcestershire' }],
  ['a city of two names ending a list stays one place', { text: 'The service runs in Kent, Surrey, Brighton and Hove.', type: 'place', name: 'Brighton and Hove' }],
  ['a compass word in lower case before a county says which part of it: the place is the county', { text: 'Patients across northern Lincolnshire can now use the app.', type: 'place', name: 'Lincolnshire' }],
  ['a board written with the initials of its region, a compass word after a place unspelt', { text: 'The trust sits in NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board. BOB ICB has asked each trust to share data.', type: 'organisation', name: 'NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board', aliases: ['BOB ICB'] }],
  ['a compass prefix joined by a hyphen', { text: 'The trust serves 190,000 people across Herefordshire and mid-Powys.', type: 'place', name: 'mid-Powys' }],
  ['a continent', { text: 'The tool is used by screening services in the UK and Europe.', type: 'place', name: 'Europe' }],
  ['a country abroad', { text: 'The company also has offices in South Korea.', type: 'place', name: 'South Korea' }],
  ['a city abroad', { text: 'The supplier has opened offices in Lisbon and Stockholm this year.', type: 'place', name: 'Stockholm' }],
  ['a US state', { text: 'Revenue from its contract in California fell by a third.', type: 'place', name: 'California' }],
  ['a two-word place before "-based"', { text: 'The algorithm comes from New York-based Paige, which is being assessed.', type: 'place', name: 'New York' }],
  ['an Irish city', { text: 'Deciphex, which is based in Dublin, reports the slides.', type: 'place', name: 'Dublin' }],
  ['a town that is also a person\'s surname stays a town after a preposition', { text: 'Dr Amanda Preston leads the service. Services in Preston grew.', type: 'place', name: 'Preston' }],
  ['a town that is also a surname, joined by "and" to another after "for"', { text: 'New hospitals are planned for Lancaster and Preston.', type: 'place', name: 'Lancaster' }],
  ['the second of two such towns, after "as well as for"', { text: 'Digital has to work for Barrow as well as for Preston.', type: 'place', name: 'Preston' }],
  ['towns that are also surnames, joined by "as well as for"', { text: 'Digital has to work for Barrow as well as for Preston.', type: 'place', name: 'Barrow' }],
  ['a river after "the"', { text: 'Across the Mersey, the children’s trust has run its EPR since 2010.', type: 'place', name: 'Mersey' }],
  ['a county of the Republic of Ireland, named across the border', { text: 'Patients also travel from County Donegal for treatment.', type: 'place', name: 'County Donegal' }],
  ['a sea around Britain', { text: 'Ferries cross the Irish Sea to Belfast every day.', type: 'place', name: 'Irish Sea' }],
  ['a district of a city that the list of settlements leaves out', { text: 'The new hub in Leith will serve the north of the city.', type: 'place', name: 'Leith' }],
  ['a Welsh health board’s region', { text: 'Across Cwm Taf Morgannwg, GP clusters use the tool.', type: 'place', name: 'Cwm Taf Morgannwg' }],
  ['a Scottish city’s council area', { text: 'Aberdeen City and Aberdeenshire health and social care partnerships share the service.', type: 'place', name: 'Aberdeen City' }],
  ['an ICS area of two places joined by “and” inside a list that goes on', { text: 'We head to the West Midlands, with Birmingham and Solihull, the Black Country, Coventry and Warwickshire, Herefordshire and Worcestershire, and Shropshire.', type: 'place', name: 'Coventry and Warwickshire' }],
  ['a named campus is a place', { text: 'The hub sits on the Alderbrook Biomedical Campus at Hinxley, next to the hospital.', type: 'place', name: 'Alderbrook Biomedical Campus' }],
  ['a science or research park is a place, not the town inside its name', { text: 'Start-ups at Norwich Research Park work with the trust.', type: 'place', name: 'Norwich Research Park' }],
  ['England’s north after "the", before a lower-case word', { text: 'Trusts across the North and Midlands have drawn on recovery funds.', type: 'place', name: 'North' }],
  ['an island whose name is also a surname, after "on"', { text: 'For a patient on Skye, a specialist visit could mean a long trip.', type: 'place', name: 'Skye' }],
  ['an ampersand for "and" in a place’s name', { text: 'Clinics in Brighton & Hove run the service.', type: 'place', name: 'Brighton & Hove' }],
  ['a district that hosts a major hospital', { text: 'The trust turned the orthopaedic centre in Headington into a hub.', type: 'place', name: 'Headington' }],
  ['a moor named after its town', { text: 'A patient who has a stroke on Bodmin Moor can face a long journey.', type: 'place', name: 'Bodmin Moor' }],
  ['a coastal area before "coast"', { text: 'The system stretches from the Yorkshire Dales to the Holderness coast.', type: 'place', name: 'Holderness' }],
  ['a town after a trust, before a dash and "with … services from"', { text: 'The third is James Paget University Hospitals NHS Foundation Trust in Gorleston – with community services from Norfolk Community Health and Care NHS Trust.', type: 'place', name: 'Gorleston' }],  ['a nation’s part named by a compass direction and "of"', { text: 'Hospitals in the North East of Scotland joined the network.', type: 'place', name: 'North East of Scotland' }],  ['an ICS area of two places before the "and" that opens a last area of two', { text: 'Boards in Greater Manchester, Cheshire and Merseyside and Lancashire and South Cumbria are testing it.', type: 'place', name: 'Cheshire and Merseyside' }],
  ['an ICS area of two places inside a list closed by ", and"', { text: 'We look at Greater Manchester, Cheshire and Merseyside, and Lancashire and South Cumbria.', type: 'place', name: 'Cheshire and Merseyside' }],  ['a Scottish partnership’s locality', { text: 'Care at home in Tweeddale is scheduled by the partnership.', type: 'place', name: 'Tweeddale' }],
  ['a listed place whose name opens with a first name', { text: 'Care homes in Erewash and Amber Valley were connected first.', type: 'place', name: 'Amber Valley' }],
  ['a historic county of Wales', { text: 'Video clinics now run across Radnorshire for the board.', type: 'place', name: 'Radnorshire' }],
  ['a large town whose name the settlement list left out', { text: 'A patient from Ellesmere Port has bloods taken in Chester.', type: 'place', name: 'Ellesmere Port' }],
];

const PRODUCTS: [string, Case][] = [
  ['the brand a platform goes under', { text: 'The platform, to be branded North West Population Health Insights, is due to go live by April 2026.', type: 'product', name: 'North West Population Health Insights' }],
  ['the brand a system goes under locally', { text: 'The trust uses Oracle Health’s Millennium system, branded locally as e-Care, under a contract that runs until 2027.', type: 'product', name: 'e-Care' }],
  ['a product named after what it is built on', { text: 'The trust’s Epic-based Hive record has been live since September 2022.', type: 'product', name: 'Hive' }],
  ['a system its owner built itself', { text: 'The trust continues to build its in-house Aurora system.', type: 'product', name: 'Aurora' }],
  ['a brand that ends on a plus', { text: 'The teaching hospitals rely on their in-house PPM+ system.', type: 'product', name: 'PPM+' }],
  ['a name spelled out with its initials in brackets before a product noun', { text: 'Patients were texted through the supplier’s Waiting List Validation (WLV) product.', type: 'product', name: 'Waiting List Validation' }],
  ['generic words closed by a hub after a supplier’s possessive are its product', { text: 'Outpatient letters now go through Netcall’s Patient Hub, which lets patients rebook.', type: 'product', name: 'Patient Hub' }],
  ['a supplier’s online consultation product', { text: 'The remaining practices use Engage Health Systems’ Engage Consult.', type: 'product', name: 'Engage Consult' }],
  ['an app named with "app", its bare name an alias', { text: 'Women can now see their notes through the BadgerNotes app.', type: 'product', name: 'BadgerNotes app', aliases: ['BadgerNotes'] }],
  ['a listed supplier’s app: the supplier’s name alone stays the company', { text: 'The ward uses the Luscii app for self-monitoring.', type: 'product', name: 'Luscii app', aliases: [] }],
  ['a product after its maker’s possessive, opening on a word that ends companies’ names', { text: "Researchers at the trust use Sectra's Digital Research Environment.", type: 'product', name: 'Digital Research Environment' }],
  ['capitalised words after a listed supplier’s possessive', { text: "Community staff will get read-only access through Epic's Care Everywhere by next summer.", type: 'product', name: 'Care Everywhere' }],
  ['a national data service of Wales', { text: 'Researchers will link the records in the SAIL Databank at Swansea University.', type: 'product', name: 'SAIL Databank' }],
  ['a national screening system named after a place', { text: 'Screening staff reach the old system through Open Exeter.', type: 'product', name: 'Open Exeter' }],
  ['a product named with a body’s head, after its supplier’s possessive', { text: "Radiologists have been using Optellum's Virtual Nodule Clinic since May.", type: 'product', name: 'Virtual Nodule Clinic' }],
  ['two brands a possessive determiner owns, before a plural kind', { text: 'The company will supply around 120 of its Daytona and Monaco devices.', type: 'product', name: 'Monaco' }],
  ['brands spelt with inner capitals before "modules"', { text: 'The trust also bought its e-CTA and e-ASPECTS modules.', type: 'product', name: 'e-ASPECTS' }],
  ['a brand of several words before "module"', { text: 'Graphnet Health has a contract for its CareCentric Population Health module.', type: 'product', name: 'CareCentric Population Health' }],
  ['a named register with its initials', { text: 'Tracking moved to the Somerset Cancer Register (SCR) last year.', type: 'product', name: 'Somerset Cancer Register', aliases: ['SCR'] }],
  ['a care record whose region is joined by "&"', { text: 'Dr Priya Nandakumar, clinical lead for the Yorkshire & Humber Care Record, said so.', type: 'product', name: 'Yorkshire & Humber Care Record' }],
  ['a tool described as for business intelligence is a product, not a business', { text: 'The ICB uses Aristotle, the business intelligence tool developed by a support unit, for dashboards.', type: 'product', name: 'Aristotle' }],
  ['a national NHS service with no maker named', { text: 'Activity data flows to the Secondary Uses Service every night.', type: 'product', name: 'Secondary Uses Service' }],
  ['a national vaccination service with its acronym', { text: 'Pharmacies moved to NHS England’s Record a Vaccination Service (RAVS) in May.', type: 'product', name: 'Record a Vaccination Service', aliases: ['RAVS'] }],
  ['a Welsh national clinical system', { text: 'Wards moved off the Welsh Patient Administration System in May.', type: 'product', name: 'Welsh Patient Administration System' }],
  ['a maker\'s product name runs on past a word a body\'s name also has', { text: 'Crews use Ortivus MobiMed ePCR on tablets; MobiMed replaced paper.', type: 'product', name: 'Ortivus MobiMed ePCR', aliases: ['MobiMed'] }],
  ['a maker\'s product name stops before a title', { text: 'Cerner Millennium Chief Executive Tom Ashby said so.', type: 'product', name: 'Cerner Millennium' }],
  ['a hyphenated brand before a product noun', { text: 'Clinicians used the Instant-On-Scene tool to see patients.', type: 'product', name: 'Instant-On-Scene' }],
  ['a brand, then who supplied it', { text: 'Patient records are held in Adastra, supplied by Advanced, which the trust uses.', type: 'product', name: 'Adastra' }],
  ['who supplied a brand is an organisation', { text: 'Patient records are held in Adastra, supplied by Advanced, which the trust uses.', type: 'organisation', name: 'Advanced' }],
  ['a listed product, then "from" its maker', { text: 'Out-of-hours calls are logged in Adastra from Quillon Systems at every base.', type: 'product', name: 'Adastra' }],
  ['a listed product and its maker, between commas', { text: 'Notes sit in Carenotes, from Quillon Systems, at both trusts.', type: 'organisation', name: 'Quillon Systems' }],
  ['a maker\'s product name whose words also end companies\' names, closed by what it is', { text: 'The Sectra Digital Pathology Solution has been installed at the hub.', type: 'product', name: 'Sectra Digital Pathology Solution' }],
  ['a brand after its maker\'s relative possessive', { text: 'Monitors will come from Omron Healthcare, whose Evolv upper-arm monitor is validated.', type: 'product', name: 'Evolv' }],
  ['a brand after "whose" runs on past a word companies\' names end with', { text: 'The council works with Tunstall Healthcare, whose Lifeline Digital units replace the old ones.', type: 'product', name: 'Lifeline Digital' }],
  ['a name whose apposition calls it a digital programme', { text: 'Sleepio, the digital CBT for insomnia programme from Big Health, was offered to everyone.', type: 'product', name: 'Sleepio' }],
  ['a short name, then "from" its company\'s full name, is the product', { text: 'Two practices are evaluating Medicus from Medicus Health this year.', type: 'product', name: 'Medicus' }],
  ['a name after its owner\'s possessive of two words is the product', { text: 'Klinik leads, followed by eConsult Health\'s eConsult in 22 practices.', type: 'product', name: 'eConsult' }],
  ['a second brand after its maker\'s possessive and "and"', { text: 'They watch the estate with Microsoft\'s Sentinel and Defender tools.', type: 'product', name: 'Defender' }],
  ['a name whose apposition is a long-named body\'s platform', { text: 'Appraisals will move onto Turas, NHS Education for Scotland\'s platform, next year.', type: 'product', name: 'Turas' }],
  ['who built a record is an organisation', { text: "London's care record, built by OneLondon, connects 1,500 organisations.", type: 'organisation', name: 'OneLondon' }],
  ['a version of a name', { text: 'Dartford relies on a version of TelePath that its own IT team has kept going.', type: 'product', name: 'TelePath' }],
  ['a version of a name with its number', { text: 'Staff moved to the latest version of Windows 11 last year.', type: 'product', name: 'Windows 11' }],
  ['a brand whose maker is not named is the product', { text: 'Eleven practices use eConsult for online requests.', type: 'product', name: 'eConsult' }],
  ['a brand named beside the company that owns it is the product', { text: 'Induction Healthcare says Zesty is live at the trust.', type: 'product', name: 'Zesty' }],
  ['a plain name before what it is, its maker named after', { text: 'The charity has replaced the Crosscare system from OneAdvanced, which it had used since 2014.', type: 'product', name: 'Crosscare' }],
  ['a device named before a description, its maker named after', { text: 'The pharmacy installed two Rowa Vmax dispensing robots from Becton Dickinson.', type: 'product', name: 'Rowa Vmax' }],
  ['a plain brand before a described product noun', { text: 'The ICB is rolling out the Patchs online consultation tool to 40 practices.', type: 'product', name: 'Patchs' }],
  ['a two-word brand before a described product noun', { text: 'The deal brings its Patient Hub digital letters platform to three trusts.', type: 'product', name: 'Patient Hub' }],
  ['a brand before "product" after "whose"', { text: 'Sign-on is provided by Imprivata, whose OneSign product is on 23,000 workstations.', type: 'product', name: 'OneSign' }],
  ['an AI scribe named in apposition', { text: "The network deployed Heidi Health's AI scribe, Heidi, across 42 clinicians.", type: 'product', name: 'Heidi' }],
  ['a product after its maker’s possessive', { text: "The trust selected Alcidion's Miya Flow in January.", type: 'product', name: 'Miya Flow' }],
  ['a lower-case brand after its maker’s possessive', { text: "Brainomix's e-Stroke platform reads the scans.", type: 'product', name: 'e-Stroke' }],
  ['a camel-case brand before a described product noun', { text: 'Tidewell makes the VitalsLink virtual ward platform.', type: 'product', name: 'VitalsLink' }],
  ['a brand after "whose" before a described product noun', { text: 'Its staff will join Kestrel, whose PathwayOne patient flow software is used in 45 trusts.', type: 'product', name: 'PathwayOne' }],
  ['a lower-case-initial brand in apposition with an owner’s record', { text: "Doccla Connect writes back to ePJS, SLaM's electronic patient record.", type: 'product', name: 'ePJS' }],
  ['a system named with its initials', { text: 'Nurses will move onto the Welsh Community Care Information System (WCCIS) next year.', type: 'product', name: 'Welsh Community Care Information System' }],
  ['a maker’s solution named with its initials', { text: 'The network has selected Clinisys Laboratory Solution (CLS) for its labs.', type: 'product', name: 'Clinisys Laboratory Solution' }],
  ['a generic record made a name by its initials', { text: 'Homes will be connected to the Integrated Care Record (ICR), the shared care record.', type: 'product', name: 'Integrated Care Record' }],
  ['a camel-case platform after its maker’s possessive', { text: "Person Centred Software's mCare platform is used by 16 homes.", type: 'product', name: 'mCare' }],
  ['a camel-case brand alone after its maker’s possessive, ending the sentence', { text: "Eleven trusts now roster staff through Tallis Workforce's SmartRota.", type: 'product', name: 'SmartRota' }],
  ['a product before "from" and where its maker is based', { text: 'The trust chose MedLinc from Glasgow-based Kestrel Clinical Systems last year.', type: 'product', name: 'MedLinc' }],
  ['a product in a long apposition on "the company’s … platform"', { text: 'The investment will be used to scale EchoFit, the company’s remote hearing aid fitting and fine-tuning platform, across NHS audiology services.', type: 'product', name: 'EchoFit' }],
  ['a camel-case brand before the initials of the kind of system it is', { text: 'Vantage will supply its VantageCare ePRF application to around 5,000 paramedics.', type: 'product', name: 'VantageCare' }],
  ['a system after its owner’s possessive', { text: "The company's Ally system uses sensors in residents' rooms.", type: 'product', name: 'Ally' }],
  ['a named record', { text: 'Patients will see information from the Welsh GP Record in the app.', type: 'product', name: 'Welsh GP Record' }],
  ['a named portal', { text: 'Results come from the Welsh Clinical Portal.', type: 'product', name: 'Welsh Clinical Portal' }],
  ['a product the gazetteer lists, not a former name of its maker', { text: 'Calls are triaged in Adastra, supplied by OneAdvanced.', type: 'product', name: 'Adastra' }],
  ['a one-word gazetteer product where its maker is named', { text: 'Pilot work by Kheiron suggested Mia could pick up more cancers.', type: 'product', name: 'Mia' }],
  ['a one-word gazetteer product before a product noun', { text: 'The trusts will replace their ageing Lorenzo systems.', type: 'product', name: 'Lorenzo' }],
  ['a maker’s name with more of the product’s name', { text: 'Practices offer online consultation through Accurx Patient Triage.', type: 'product', name: 'Accurx Patient Triage' }],
  ['a maker’s product with a model code', { text: 'It reads chest X-rays with Lunit INSIGHT CXR.', type: 'product', name: 'Lunit INSIGHT CXR' }],
  ['a maker’s product with a number', { text: 'Brainomix 360 Stroke is live in every unit.', type: 'product', name: 'Brainomix 360 Stroke' }],
  ['the X app', { text: 'Patients can now book through the CareNest app from home.', type: 'product', name: 'CareNest app' }],
  ['NHS App', { text: 'More patients are using the NHS App to order repeat prescriptions.', type: 'product', name: 'NHS App' }],
  ['X platform', { text: 'The trust has rolled out the Wayfinder platform to every ward.', type: 'product', name: 'Wayfinder' }],
  ['a name that is both maker and product, after its maker’s possessive, is the product', { text: 'Patients use Amwell’s SilverCloud for online CBT.', type: 'product', name: 'SilverCloud' }],
  ['a gazetteer product its maker spells in lower case', { text: 'Referrals go straight into iaptus, the patient record.', type: 'product', name: 'iaptus' }],
  ['a body’s head going on with "of" and whose body it is', { text: 'The West Yorkshire Association of Acute Trusts ran the pilot.', type: 'organisation', name: 'West Yorkshire Association of Acute Trusts' }],
  ['a head-first name with a second "of" after a plural', { text: 'The Association of Directors of Adult Social Services said so.', type: 'organisation', name: 'Association of Directors of Adult Social Services' }],
  ['a national body before the name of a framework it runs', { text: 'The deal was awarded through the NHS Shared Business Services Clinical Digital Solutions framework.', type: 'organisation', name: 'NHS Shared Business Services' }],
  ['a system’s brand before its region', { text: 'It shares a laboratory system with the other trusts in One Gloucestershire ICS.', type: 'organisation', name: 'One Gloucestershire ICS' }],
  ['an association named head first', { text: 'The Association of Ambulance Chief Executives said so.', type: 'organisation', name: 'Association of Ambulance Chief Executives' }],
  ['a department with a list of remits', { text: 'The Department for Science, Innovation and Technology funds the centre.', type: 'organisation', name: 'Department for Science, Innovation and Technology' }],
  ['a department with a list of remits, then a possessive', { text: 'The Department for Science, Innovation and Technology’s Cyber Security and Resilience Bill was debated.', type: 'organisation', name: 'Department for Science, Innovation and Technology' }],
  ['a gazetteer product written with a letter and a hyphen', { text: 'Lot 3 includes Brainomix (e-Stroke) and others.', type: 'product', name: 'e-Stroke' }],
  ['a government procurement service', { text: 'The notice was published on Find a Tender last week.', type: 'product', name: 'Find a Tender' }],
  ['an acronym’s possessive owns a unit’s name, not part of it', { text: 'Projects approved by the SDE’s Data Access Committee include two studies.', type: 'organisation', name: 'Data Access Committee' }],
  ['a named committee is an internal unit', { text: 'Deborah Lyle, who chairs the trust’s Digital Oversight Committee, said the committee was satisfied.', type: 'organisation', name: 'Digital Oversight Committee' }],
  ['a national product named outright', { text: 'Care homes update the Capacity Tracker daily.', type: 'product', name: 'Capacity Tracker' }],
  ['a national product of several words', { text: 'Hospices will be linked through the National Record Locator next year.', type: 'product', name: 'National Record Locator' }],
  ['a national product’s named part', { text: 'Pharmacists will get GP Connect Update Record access from April.', type: 'product', name: 'GP Connect Update Record' }],
  ['a trust that joins two places, listed after another body with "and"', { text: 'Patients are served by Livewell Southwest and Torbay and South Devon NHS Foundation Trust.', type: 'organisation', name: 'Torbay and South Devon NHS Foundation Trust' }],
  ['a trust whose head joins words that are no places', { text: 'Herefordshire and Worcestershire Health and Care NHS Trust signed the deal.', type: 'organisation', name: 'Herefordshire and Worcestershire Health and Care NHS Trust' }],
  ['a board that lists places with commas and two "and"s', { text: 'NHS Bath and North East Somerset, Swindon and Wiltshire ICB agreed the plan.', type: 'organisation', name: 'NHS Bath and North East Somerset, Swindon and Wiltshire ICB' }],
  ['a Welsh national body whose name ends in a place', { text: 'The device was assessed by Health Technology Wales last year.', type: 'organisation', name: 'Health Technology Wales' }],
  ['a Scottish health and social care partnership by its acronym', { text: 'Argyll and Bute HSCP has shown that proactive calls work.', type: 'organisation', name: 'Argyll and Bute HSCP' }],
  ['a regional shared care record', { text: 'BNSSG ICB is extending its Connecting Care shared record to include care plans.', type: 'product', name: 'Connecting Care' }],
  ['a town whose gazetteer name capitalises its linking word', { text: 'The hub opened in Berwick-upon-Tweed last year.', type: 'place', name: 'Berwick-upon-Tweed' }],
  ['a town without its river or sea', { text: 'Clinics in Gorleston and Lowestoft opened in May.', type: 'place', name: 'Gorleston' }],
  ['a town of the Crown Dependencies', { text: 'Health and Care Jersey opened a clinic in St Helier and one in St Peter Port.', type: 'place', name: 'St Peter Port' }],
  ['a Manx town that is also a surname, after "in"', { text: 'Patients in Peel and Castletown use the app.', type: 'place', name: 'Peel' }],
  ['a national standards body whose name ends in "UK"', { text: 'GS1 UK, the not-for-profit standards body, will support the trust.', type: 'organisation', name: 'GS1 UK' }],
  ['a prison named after its title', { text: 'The trust delivers healthcare at HMP Belmarsh and HMP Isis in south east London.', type: 'organisation', name: 'HMP Belmarsh' }],
  ['a young offender institution of two words', { text: 'Data for HMYOI Cookham Wood will move before the end of 2025.', type: 'organisation', name: 'HMYOI Cookham Wood' }],
  ['a national product that starts with no capital', { text: 'Practices will refer through the e-Referral Service from June.', type: 'product', name: 'e-Referral Service' }],
  ['a national product that starts with a number', { text: 'Last winter 111 online took a fifth of all contacts.', type: 'product', name: '111 online' }],
  ['a national online service', { text: 'Patients can book through NHS 111 online over the winter.', type: 'product', name: 'NHS 111 online' }],
  ['a national charity', { text: 'Callers in crisis are also given the number of Samaritans.', type: 'organisation', name: 'Samaritans' }],
  ['a company’s care record: the product without its owner, the owner an organisation', { text: 'The trust uses Graphnet Health’s Great North Care Record for every patient.', type: 'product', name: 'Great North Care Record' }],
  ['a region’s secure data environment, named by places joined by “and”', { text: 'When the Thames Valley and Surrey Secure Data Environment went live, data flowed.', type: 'product', name: 'Thames Valley and Surrey Secure Data Environment' }],
  ['a region’s trusted research environment', { text: 'The East Midlands Trusted Research Environment is run by the ICB.', type: 'product', name: 'East Midlands Trusted Research Environment' }],
  ['a hospital by “Royal” and its town, as a site', { text: 'A patient seen at Royal Preston, then transferred to Blackpool Victoria, will have one record.', type: 'organisation', name: 'Royal Preston' }],
  ['a hospital by its town and “Royal”, listed before another hospital', { text: 'The trust will run it at two hospital sites – Salford Royal and Royal Oldham Hospital – first.', type: 'organisation', name: 'Salford Royal' }],
  ['the hospital listed after a town’s “Royal” is a name of its own', { text: 'The trust will run it at two hospital sites – Salford Royal and Royal Oldham Hospital – first.', type: 'organisation', name: 'Royal Oldham Hospital' }],
  ['a hospital by its town and “Victoria”, as a site', { text: 'A patient seen at Royal Preston, then transferred to Blackpool Victoria, will have one record.', type: 'organisation', name: 'Blackpool Victoria' }],
  ['a hospital by its town and “Royal”, as a site', { text: 'The build will replace legacy systems at Salford Royal and at two other hospitals.', type: 'organisation', name: 'Salford Royal' }],
  ['a trust whose short name is also used alone stays whole', { text: 'Staff at Royal Devon were told. The trust was formed when the Royal Devon and Exeter NHS Foundation Trust merged with Northern Devon Healthcare NHS Trust.', type: 'organisation', name: 'Royal Devon and Exeter NHS Foundation Trust' }],
  ['a sentence adverb and a place after a preposition frame a trust’s name', { text: 'Also in south east London, Lewisham and Greenwich NHS Trust has begun sending letters.', type: 'organisation', name: 'Lewisham and Greenwich NHS Trust' }],
  ['a local body named after two places', { text: 'Adam Irvine, chief executive of Community Pharmacy Cheshire and Wirral, said so.', type: 'organisation', name: 'Community Pharmacy Cheshire and Wirral' }],
  ['a local body’s place before another body’s name', { text: 'Healthwatch Dudley and Sandwell Council met on Monday.', type: 'organisation', name: 'Healthwatch Dudley' }],
  ['a hospital’s name ending with a town of two words', { text: 'It works with Norfolk and Norwich University Hospitals NHS Foundation Trust and the Queen Elizabeth Hospital King’s Lynn.', type: 'organisation', name: 'Queen Elizabeth Hospital King’s Lynn' }],
  ['where a company is based stays out of the name an apposition gives', { text: 'Oxford-based Ufonia, the company behind the autonomous assistant Dora, said so.', type: 'organisation', name: 'Ufonia' }],
  ['“Health and Care” ends a body’s name before “and” and a trust', { text: 'BSW ICB has agreed to fund a pilot with us, Wiltshire Health and Care and Salisbury NHS Foundation Trust.', type: 'organisation', name: 'Salisbury NHS Foundation Trust' }],
  ['a national product whose name opens with a national body’s', { text: 'The scheme builds on NHS England’s NHS Digital Staff Passport, which was launched in 2023.', type: 'product', name: 'NHS Digital Staff Passport' }],
  ['an app after its owner’s plural possessive', { text: 'The trust has signed up to Best Beginnings’ Baby Buddy app, giving parents access.', type: 'product', name: 'Baby Buddy app' }],
  ['a company before its app’s name is a body of its own', { text: 'The ward uses Spirit Health’s CliniTouch Vie app for remote monitoring.', type: 'organisation', name: 'Spirit Health' }],
  ['a bank and business angels named by their heads', { text: 'According to the British Business Bank, the round included Minerva Business Angels.', type: 'organisation', name: 'British Business Bank' }],
  ['NHS England’s patient safety reporting service is a national product', { text: 'Reports go to NHS England’s Learn from Patient Safety Events service.', type: 'product', name: 'Learn from Patient Safety Events' }],
  ['a corporation named after its city', { text: 'Twenty-nine boroughs, together with the City of London Corporation, have awarded the contract.', type: 'organisation', name: 'City of London Corporation' }],
  ['a group of trusts named “NHS Group”', { text: 'The University Hospitals of Northamptonshire NHS Group runs two trusts.', type: 'organisation', name: 'University Hospitals of Northamptonshire NHS Group' }],
  ['a care record’s name before the kind of record it is', { text: 'The ICB has agreed to extend its Connected Care shared care record until March 2029.', type: 'product', name: 'Connected Care' }],
  ['a court named head first', { text: 'We also secured an interdict from the Court of Session to stop the data being republished.', type: 'organisation', name: 'Court of Session' }],
  ['a reseller named after its kind', { text: 'The licences were procured with support from York-based reseller Phoenix Software.', type: 'organisation', name: 'Phoenix Software' }],
  ['what a centre’s research is in is part of its name', { text: 'Work came through the Industrial Centre for Artificial Intelligence Research in Digital Diagnostics in Glasgow.', type: 'organisation', name: 'Industrial Centre for Artificial Intelligence Research in Digital Diagnostics' }],
  ['examples of a kind of place are places, known to the gazetteer or not', { text: 'Teams in areas such as Sutton Coldfield, Erdington and Small Heath had used paper diaries.', type: 'place', name: 'Small Heath' }],
  ['a list of three places or more after “in”, one of them known, are all places', { text: 'The remaining practices are in Armley, Seacroft, Morley and Otley.', type: 'place', name: 'Seacroft' }],
  ['a possessive inside an example place', { text: 'Villages including Much Wenlock, Clun, and Bishop’s Castle have no pharmacy.', type: 'place', name: 'Bishop’s Castle' }],
  ['a place’s care record', { text: 'Clinicians can view the Cheshire Care Record in every practice.', type: 'product', name: 'Cheshire Care Record' }],
  ['who built a record is no part of its name', { text: 'It links 40 systems, including the Lumen-built Wessex Shared Care Record, to one view.', type: 'product', name: 'Wessex Shared Care Record' }],
  ['a product named without its generic tail later is the same product', { text: 'The trust has used System C’s CareFlow EPR since 2019. The next CareFlow upgrade is due in the spring.', type: 'product', name: 'CareFlow EPR', aliases: ['CareFlow'] }],
  ['an owner’s possessive dropped when the name is also written alone', { text: 'Brightwell’s Rota Planner platform is live. Rota Planner covers every ward.', type: 'product', name: 'Rota Planner' }],
  ['trademark dropped', { text: 'Staff book shifts with Rotawise SchedulerTM every week.', type: 'product', name: 'Rotawise Scheduler', aliases: ['Rotawise SchedulerTM'] }],
  ['a kind of product, then its name', { text: 'The practices are trialling a link with the online consultation tool Triora, so callers get a text.', type: 'product', name: 'Triora' }],
  ['a name described as a thing from a maker', { text: 'Patients are monitored using Pennor Monitor, a tablet and Bluetooth kit from Cardiff-based Pennor Health.', type: 'product', name: 'Pennor Monitor' }],
  ['a name from a company', { text: 'We chose Triagera, from a Bristol company called Clearwell Digital, because it was cheaper.', type: 'product', name: 'Triagera' }],
  ['a thing a body owns, then its name between commas', { text: 'The health board has extended its electronic bed board, FlowBoard, to a second hospital.', type: 'product', name: 'FlowBoard' }],
  ['"for" inside a product’s name supplied by a maker', { text: 'Boards are testing virtual smartcards tied to Windows Hello for Business, supplied by Microsoft.', type: 'product', name: 'Windows Hello for Business' }],
  ['a brand with a lower-case first letter after "the"', { text: 'Last spring the trust began offering the eBluebook to every new parent.', type: 'product', name: 'eBluebook' }],
  ['a name in apposition after "the platform"', { text: 'Clevermed, whose neonatal version of the platform, BadgerLink Neonatal, is already used by every unit, won again.', type: 'product', name: 'BadgerLink Neonatal' }],
  ['a plain name, a description, a product noun, then its maker after a comma', { text: 'The Aurelia electronic patient record, supplied by Meridian Health Systems, is due to go live.', type: 'product', name: 'Aurelia' }],
  ['products a company’s products "include", a model number and a description after each', { text: 'Its products include the Dispensia Hub 600 and Dispensia Mini robots, Dispensia Track inventory software and CDGuard, a cabinet for controlled drugs.', type: 'product', name: 'Dispensia Hub 600' }],
  ['the last of the products a company’s products "include"', { text: 'Its products include the Dispensia Hub 600 and Dispensia Mini robots, Dispensia Track inventory software and CDGuard, a cabinet for controlled drugs.', type: 'product', name: 'CDGuard' }],
  ['a device "called" its name', { text: 'Patients get a chest-worn sensor called Trellian that measures heart rate.', type: 'product', name: 'Trellian' }],
  ['a brand a company owns', { text: 'The patches are supplied by Leeds-based Cardiolyne under its LumaStrip brand.', type: 'product', name: 'LumaStrip' }],
  ['a trademark sign after the name, before a product noun', { text: 'Each ICB will use the CareBeacon Community™ platform for nursing teams.', type: 'product', name: 'CareBeacon Community', aliases: ['CareBeacon Community™'] }],
  ['a registered sign after a brand written in lower case', { text: 'Calls will move to the cloud contact centre platform, storm®, which the provider already uses.', type: 'product', name: 'storm', aliases: ['storm®'] }],
  ['a name with a body’s weak head written with ™ is a product', { text: 'Practices will use the ShiftPath Hub™ to book shifts. ShiftPath Hub links to the GP record.', type: 'product', name: 'ShiftPath Hub', aliases: ['ShiftPath Hub™'] }],
  ['a registered sign after a one-word name', { text: 'Patients book scans through ScanPath®, the provider’s booking platform.', type: 'product', name: 'ScanPath', aliases: ['ScanPath®'] }],
  ['a tool called X', { text: 'Dermatologists use a tool called SKINSCAN to triage referrals.', type: 'product', name: 'SKINSCAN' }],
  ['X, its electronic patient record', { text: 'In May the trust went live with Meridian, its new electronic patient record.', type: 'product', name: 'Meridian' }],
  ['X, an electronic device', { text: 'Care homes will trial Paincue, an electronic device that scores pain.', type: 'product', name: 'Paincue' }],
  ['products including …, with small words in a title', { text: 'NICE recommended products including Beating the Blues, deprexis and Space from Depression from Amwell.', type: 'product', name: 'Space from Depression' }],
  ['a brand in lower case inside a list of products', { text: 'NICE recommended products including Beating the Blues, deprexis and Space from Depression from Amwell.', type: 'product', name: 'deprexis' }],
  ['tools like …', { text: 'Practices use tools like Aristotle and Orlando for reporting.', type: 'product', name: 'Aristotle' }],
  ['systems such as …', { text: 'They build interfaces for systems such as Epic, Lorimer and Cortexa.', type: 'product', name: 'Cortexa' }],
  ['a maker’s EPR', { text: 'The trust awarded a contract for the Cerner EPR system.', type: 'product', name: 'Cerner EPR' }],
  ['what a company is the maker of', { text: 'Suppliers include Positive Solutions, maker of Analyst, and two others.', type: 'product', name: 'Analyst' }],
  ['what a company supplies, in apposition', { text: 'Invatech Health, which supplies Titan, has agreed to the timetable.', type: 'product', name: 'Titan' }],
  ['a listed product that looks like a name, as the object of a verb of using', { text: 'The trust has run Lorenzo for more than a decade.', type: 'product', name: 'Lorenzo' }],
  ['a listed product that looks like a word, after a verb of moving', { text: 'The trust migrated from Medway last spring.', type: 'product', name: 'Medway' }],
  ['a product’s name without its system initials is the same product', { text: "The deal covers Ortivus's MobiMed ePCR software. With MobiMed, crews will see observations.", type: 'product', name: 'MobiMed ePCR', aliases: ['MobiMed'] }],
  ['a listed product that opens on a place’s name, then that name alone', { text: 'It replaces the Medway PAS supplied by System C. The existing Medway contract runs to March.', type: 'product', name: 'Medway PAS', aliases: ['Medway'] }],
  ['a listed product that looks like a name, after a noun of moving', { text: 'Its migration from Lorenzo to a new system is due by March.', type: 'product', name: 'Lorenzo' }],
  ['a listed product that looks like a name, after "moved off"', { text: 'Two hospices moved off Crosscare in 2022.', type: 'product', name: 'Crosscare' }],
  ['three listed products that look like names, listed together', { text: 'Trusts are reviewing contracts as the Rio, Carenotes and Lorenzo estate ages.', type: 'product', name: 'Carenotes' }],
  ['a listed product that looks like a name, in a list with one read as a product', { text: 'The trusts still run Rio and Carenotes across their wards.', type: 'product', name: 'Carenotes' }],
  ['a listed one-word product before "instances"', { text: 'The trust kept three separate Datix instances until May.', type: 'product', name: 'Datix' }],
  ['a listed one-word product opening its line, then who supplied it', { text: 'Footfall, supplied by Redwood Digital, is used by nine practices.', type: 'product', name: 'Footfall' }],
  ['a listed one-word product opening its sentence, then who made it', { text: 'For falls, monitoring is moving quickly. Oxevision, made by Oxford-based Oxehealth, is used on 23 wards.', type: 'product', name: 'Oxevision' }],
  ['a name, then "from" a listed maker, after "live with"', { text: 'We went live with Careflow Vitals from System C on all 32 wards.', type: 'product', name: 'Careflow Vitals' }],
  ['a name, then "from" a listed maker, after a verb of trying', { text: 'The council is evaluating Mosaic from Servelec alongside its own system.', type: 'product', name: 'Mosaic' }],
  ['a first name that starts its listed maker’s name, then ", from" the maker', { text: 'Clinical teams use Isla, from Isla Health, to collect images.', type: 'product', name: 'Isla' }],
  ['a product in apposition after "for", a listed supplier before it', { text: 'The trusts renewed their contract with Positive Solutions for Quillon, the medicines ordering and administration system, until 2027.', type: 'product', name: 'Quillon' }],
  ['X, the … module of a maker', { text: 'The trusts plan to move pathology onto Beaker, the laboratory module of Epic, next year.', type: 'product', name: 'Beaker' }],
  ['X, the … service from a maker', { text: 'The trust is using Florence, the text-messaging service from Manchester-based Generated Health, to remind patients.', type: 'product', name: 'Florence' }],
  ['X, the … service developed by someone', { text: 'Pupils can message a school nurse through ChatHealth, the text messaging service developed by Leicestershire Partnership NHS Trust.', type: 'product', name: 'ChatHealth' }],
  ['a name after "or" and a listed product', { text: 'The remaining 13 practices use PATCHS or Quillfall.', type: 'product', name: 'Quillfall' }],
  ['a name before "or" and a listed product', { text: 'Trackers copy events from a register such as Oncotrack or SystmOne by hand.', type: 'product', name: 'Oncotrack' }],
  ['names coordinated with a listed product, then what they all are', { text: 'Several still depend on SystmOne or Cardex systems.', type: 'product', name: 'Cardex' }],
  ['the X <description> app', { text: 'Nurses use the Morse mobile app to see observations.', type: 'product', name: 'Morse' }],
  ['a company’s short name that an apposition calls a record', { text: 'All alerts now flow into Nourish, the digital social care record the group uses.', type: 'product', name: 'Nourish' }],
  ['a maker’s named service closes its product’s name', { text: 'NHS Greater Glasgow and Clyde will roll out the Lenus COPD Support Service across the region.', type: 'product', name: 'Lenus COPD Support Service' }],
  ['a listed product with its model number', { text: 'The last 140 Windows Server 2012 machines will go this year.', type: 'product', name: 'Windows Server 2012' }],
  ['a service named for what it does with data is a product', { text: 'Researchers reach the records through the Discovery Data Service run by the ICB.', type: 'product', name: 'Discovery Data Service' }],
  ['a name coordinated with a maker’s listed product', { text: "Colleagues using Cegedim's Pharmacy Manager or Quillon from Invatech Health do better.", type: 'product', name: 'Quillon' }],
  ['a listed product that looks like a name, after "replace"', { text: 'The deal will replace Lorenzo at Hull.', type: 'product', name: 'Lorenzo' }],
  ['a listed product that looks like a name, after "through"', { text: 'Hospice notes are shared through Crosscare at the two sites.', type: 'product', name: 'Crosscare' }],
  ['a brand of two words before "service" still names one', { text: 'Patients get texts from the Smart Reminder service each week.', type: 'product', name: 'Smart Reminder' }],
  ['the X solution', { text: 'Specialists use the OPTIPLAN solution to plan radiotherapy.', type: 'product', name: 'OPTIPLAN' }],
  ['app, X', { text: 'The trust will launch a new version of its staff app, MyWard, in the spring.', type: 'product', name: 'MyWard' }],
  ['record, X, where the name opens with "Your"', { text: 'A dashboard built on the ICS’s shared care record, Your Care Linked, shows occupancy.', type: 'product', name: 'Your Care Linked' }],
  ['the X Y tool', { text: 'Pathologists at the trust use the Vireo Prostate tool to flag slides.', type: 'product', name: 'Vireo Prostate' }],
  ['its X Y tool', { text: 'Radiologists will use its Lumen Chest tool to read X-rays.', type: 'product', name: 'Lumen Chest' }],
  ['its X, a longer description joined by "and", then the noun', { text: 'The ICB chose Norhaven Digital to provide its WayIn online access and care navigation platform to 90 practices.', type: 'product', name: 'WayIn' }],
  ['a company’s first word and a capitalised word is its product, not a person', { text: 'Freya Health, a London start-up, raised £3m in January. The trust will use Freya Validate to review its longest waits. Freya says it expects approval by Q3.', type: 'product', name: 'Freya Validate' }],
  ['a company’s possessive before a capitalised name', { text: 'We went out to four suppliers and picked Talbrook Health’s Talbrook Triage, which uses a rules engine.', type: 'product', name: 'Talbrook Triage' }],
  ['X, a thing made by a company', { text: 'In January the ward switched to the VitaPatch, a single-use chest patch made by Quorn Biosignals that measures heart rate.', type: 'product', name: 'VitaPatch' }],
  ['the maker of a patch', { text: 'In January the ward switched to the VitaPatch, a single-use chest patch made by Quorn Biosignals that measures heart rate.', type: 'organisation', name: 'Quorn Biosignals' }],
  ['a product whose name repeats the one before "and" is a second product', { text: 'Its products include Harbourview and Harbourview Insights, an analytics dashboard for PCNs.', type: 'product', name: 'Harbourview Insights' }],
  ['an acronym platform', { text: 'The ICS built its Joined Analytics for Population Health (JAPH) platform in 2022.', type: 'product', name: 'Joined Analytics for Population Health', aliases: ['JAPH'] }],
  ['a company’s possessive, then a plain word and "engine"', { text: 'Aster Atlas uses the company’s Segments engine to group residents by need.', type: 'product', name: 'Segments' }],
  ['a company’s coined first word and a capitalised word is its product', { text: 'Halvora, a Leeds start-up, raised £4m. Two networks will deploy Halvora Grade, which scores tumour grade.', type: 'product', name: 'Halvora Grade' }],
  ['… with a model number', { text: 'Kinetra Labs, a Bristol company, makes wearables. Patients wear the Kinetra Band 3 at home.', type: 'product', name: 'Kinetra Band 3' }],
  ['… while its maker stays named by the first word', { text: 'Brivex Systems, a Leeds company, sells analytics. Dashboards are built on Brivex Lens for the ICB.', type: 'organisation', name: 'Brivex Systems' }],
  ['a name, then "from" and a company the article names (not a listed supplier)', { text: 'We went with Quorlink from Tamsin Clinical Systems, a supplier based in Leeds.', type: 'product', name: 'Quorlink' }],
  ['a brand and its model number before what the thing is', { text: 'The trust has gone live with two StockWise R8 dispensing robots in its main pharmacy.', type: 'product', name: 'StockWise R8' }],
  ['… a model number of digits before a device noun', { text: 'Each PickRight 900 robot can hold up to 18,000 packs.', type: 'product', name: 'PickRight 900' }],
  ['its own X portal', { text: 'Northcote reports through its own NorthcoteView portal, which is integrated with the PACS.', type: 'product', name: 'NorthcoteView' }],
  ['a company’s possessive, then a brand, then "kit"', { text: 'The board agreed to test Tamworth Labs’ HomeWise kit: a set of motion sensors.', type: 'product', name: 'HomeWise' }],
  ['a product family’s brand with a capital inside names its other members', { text: 'The deployment includes CareFlow Vitals for observations and CareFlow Connect for clinical messaging.', type: 'product', name: 'CareFlow Connect' }],
  ['an owned name whose first word is coined may end on a trade word', { text: 'The board chose Meridale Pharmacy Systems, a company whose Meridale Clinical product is used by pharmacies.', type: 'product', name: 'Meridale Clinical' }],
  ['generic words a body’s possessive owns, supplied by a company, name its system', { text: 'The board’s Clinical Portal, supplied by Orion Health, brings together results and letters.', type: 'product', name: 'Clinical Portal' }],
  ['a region’s named dataset', { text: 'Its approach still rests on the Kent Integrated Dataset, which links primary care data.', type: 'product', name: 'Kent Integrated Dataset' }],
  ['a data environment named by a list of places', { text: 'The Kent, Medway and Sussex Secure Data Environment uses a cloud workspace.', type: 'product', name: 'Kent, Medway and Sussex Secure Data Environment' }],
  ['a lower-case particle opens a brand, then "from" its maker', { text: 'The robot-assisted surgery uses the da Vinci system from Intuitive.', type: 'product', name: 'da Vinci' }],
  ['a brand ending in a plus, then what it is', { text: 'The trust has integrated clinical photographs into PPM+, its in-house electronic patient record.', type: 'product', name: 'PPM+' }],
  ['a maker’s possessive, its product and the model’s code', { text: 'The ICB has funded AliveCor’s KardiaMobile 6L devices for all 78 GP practices.', type: 'product', name: 'KardiaMobile 6L' }],  ['a listed one-word product before modifiers and a system noun', { text: 'The trust went live last May, replacing a Lorenzo patient administration system.', type: 'product', name: 'Lorenzo' }],
  ['a listed one-word product after "onto"', { text: 'Last month the trust also moved the ward’s clinical records onto Rio.', type: 'product', name: 'Rio' }],
  ['a national surveillance system', { text: 'Clinics report diagnoses through GUMCAD every quarter.', type: 'product', name: 'GUMCAD' }],
];

describe('entities: each pattern family finds its entity', () => {
  for (const [group, cases] of [['people', PEOPLE], ['organisations', ORGANISATIONS], ['places', PLACES], ['products', PRODUCTS]] as const) {
    describe(group, () => {
      it.each(cases)('%s', (_label, c) => {
        const rs = run(c.text);
        const e = find(rs, c.type, c.name);
        expect(e, show(rs)).toBeDefined();
        for (const a of c.aliases ?? []) expect(e!.aliases, show(rs)).toContain(a);
        if (c.role !== undefined) expect(e!.role, show(rs)).toBe(c.role);
        if (c.organisation !== undefined) expect(e!.organisation, show(rs)).toBe(c.organisation);
      });
    });
  }
});

/** Text that must not yield an entity of the type, or a given name. */
const NEGATIVE: [string, string, EntityType | null, string | null][] = [
  ['"One" and a place before what it counts is no body', 'One Devon hospital has bought a pharmacy robot.', 'organisation', 'One Devon'],
  ['a listed product named with a company is no body of its own', 'The deal covers integration with EMIS Web and TPP’s SystmOne, the GP systems used across the county.', 'organisation', 'EMIS Web'],
  ['a supplier whose name is also its product, as the owner of a product noun', 'The ICB will offer Kooth’s adult platform, Qwell, from January.', 'product', 'Kooth'],
  ['two areas of one place named together are no one place', 'Digital and data south of the river: South East and South West London.', 'place', 'South East and South West London'],
  ['a kind of system’s initials before an apposition name no product', 'Each device will carry the trust’s ePR, the JRCALC Plus guidelines app and Teams.', 'product', 'ePR'],
  ['"Health and Care" before a capitalised word goes on to a longer name', 'The Health and Care Act 2022 gave the boards their duties.', 'organisation', 'Health and Care'],
  ['"branded" with no system before it names no product', 'The inspectors branded Castle Ward a failure last year.', 'product', 'Castle Ward'],
  ['what a system is built on is no part of its name', 'The trust’s Epic-based Hive record has been live since September 2022.', 'product', 'Epic-based Hive'],
  ['electronic observations written short are a kind of system, no product', 'The trust uses Nervecentre’s eObs on 40 wards.', 'product', 'eObs'],
  ['a maker’s systems in the plural are no product', 'The papers put interface work with the trusts’ Oracle Health and Altera Digital Health EPRs at £2.3 million.', 'product', 'Altera Digital Health EPRs'],
  ['a maker’s word before its plural systems is no product', 'The region still runs two Cerner EPRs and a paper system.', 'product', 'Cerner EPRs'],
  ['a product noun after "in" is no apposition’s head', 'For someone living on St Mary’s, a results message in the NHS App can save a boat crossing.', 'product', 'St Mary'],
  ['an island whose name is also a word needs a place preposition', 'Yell and shout were the words the report used.', 'place', 'Yell'],
  ['a first name before "Street" names a street, a clinic on it', 'Staff at 56 Dean Street said the clinic was full.', 'person', 'Dean Street'],
  ['"a specialist visit" after a name makes no company', 'For a patient on Carrick, a specialist visit could mean a four-hour trip.', 'organisation', 'Carrick'],
  ['a team’s name ends before "and" and a university', 'The UKHSA North East Health Protection Team and Newcastle University built the tool.', 'organisation', 'UKHSA North East Health Protection Team and Newcastle University'],
  ['"on" before a body’s head joins no name', 'Students register at Cripps Health Centre on University Park.', 'organisation', 'Cripps Health Centre on University'],
  ['an island’s name after "on", before a capitalised word, is no place', 'The focus on Harris Health continues this year.', 'place', 'Harris'],
  ['"the South of England" is no place named "South"', 'The South of England has three systems.', 'place', 'South'],
  ['a kind of service, "for" and a trust names no trust', 'The ICB is preparing to re-procure PTS for North Bristol NHS Trust.', 'organisation', 'PTS for North Bristol NHS Trust'],
  ['no body’s name ends "and ICB"', 'It was paid for from the Avonford Digital Fund and ICB transformation budgets.', 'organisation', 'Avonford Digital Fund and ICB'],
  ['a region, a colon and "ICB plans" in a heading', 'Dermatology across the North of England: ICB plans and AI triage in focus', 'organisation', 'North of England: ICB'],
  ['a town before a dash and "with … services from" names no product', 'The third is James Paget University Hospitals NHS Foundation Trust in Gorleston – with community services from Norfolk Community Health and Care NHS Trust.', 'product', 'Gorleston'],
  ['a maker’s product without the model code it is written with', 'The ICB has funded AliveCor’s KardiaMobile 6L devices for all 78 GP practices.', 'product', 'KardiaMobile'],
  ['a compound adjective before "app" names no app', 'Feebris is a start-up whose AI-guided app helps parents.', 'product', 'AI-guided app'],
  ['a number before "app" names no app', 'The trust sent 4,120 app messages in May.', 'product', '120 app'],
  ['a clinical service named by its area is no product', 'Our Talking Therapies service has used Limbic since 2024.', 'product', 'Talking Therapies'],
  ['a place, a word of the trade and a company’s last word are no company', 'It uses Clinical Systems and Leeds Health Systems.', 'organisation', 'Leeds Health Systems'],
  ['a camel-case name after a place’s possessive is no product', "Pathwise has agreed to merge with Middlesbrough's CareLoop.", 'product', 'CareLoop'],
  ['a trade’s partner before a comma is a company, no title of a person', "Crews will use rugged tablets provided by Vantage's hardware partner, Northgate Devices.", 'person', 'Northgate Devices'],
  ['a council’s name joins only places with "and"', 'The pilot was run with Age Cymru Gwent and Newport City Council, which funded tablets.', 'organisation', 'Age Cymru Gwent and Newport City Council'],
  ['a condition’s initials before a service name no product', "We heard how the board's COPD and heart failure service, built on the CareSignal platform from Edinburgh-based Tidewell Health, has grown.", 'product', 'COPD'],
  ['a common acronym before "platform" names no product', 'DHCW has agreed to provide integration support through its national API platform.', 'product', 'API'],
  ['a kind of record’s initials before "application" name no product', 'Vantage will supply its VantageCare ePRF application to around 5,000 paramedics.', 'product', 'ePRF'],
  ['analysts at "the" body work for it, and invest in nothing', 'Population health analysts at the ICB are using it to find patients.', 'organisation', 'ICB'],
  ['a place before a fronted phrase’s comma is no person', 'Like practices across Northern Ireland, the 16 surgeries in the Foyle GP Federation had been struggling.', 'person', 'Northern Ireland'],
  ['a possessive after "said" opens the reported clause, no speaker', "The ICB's head of primary care digital, Liam Carver, said Brunel Riverside's work would form the basis of a toolkit.", 'person', 'Brunel Riverside'],
  ['a company whose apposition names a product and its initials before "company" is no product', 'London, 5 November 2024 – Altura Health, the cloud electronic patient record (EPR) company, has been awarded a £14.2m contract.', 'product', 'Altura Health'],
  ['NHS England’s assurance return is no product (six of seven gold files that name it do not list it)', 'All 14 practices met the standard in their Data Security and Protection Toolkit submission.', 'product', 'Data Security and Protection Toolkit'],
  ['"UK" inside a name is no place', 'Profiles follow the UK Core, and Three UK donates data.', 'place', 'UK'],
  ['a national body before its named grant is that body', 'We received a £285,000 Innovate UK Smart grant in 2021.', 'place', 'UK'],
  ['the nation inside NHS England’s name is no place', 'We leaned heavily on the NHS England Wayfinder team for help.', 'place', 'England'],
  ['a Mc surname before a verb is no company', 'The change was welcome, and McAllister said the team would expand it.', 'organisation', 'McAllister'],
  ['a product written with one lower-case letter first, before a verb, is no company', 'The trust said iPM has been in place since 2009.', 'organisation', 'iPM'],
  ['a pharmacy’s clinical offer named a service is no body', 'Pharmacists also deliver the Discharge Medicines Service to patients.', 'organisation', 'Discharge Medicines Service'],
  ['a maker’s generic system introduced with "a" is no product', 'The trust is midway through deploying a Nervecentre EPR across its sites.', 'product', 'Nervecentre EPR'],
  ['an edition after "for" stays in a maker’s product name', 'Every trust now runs Microsoft Defender for Endpoint across its estate.', 'product', 'Microsoft Defender'],
  ['a place after "for" is no edition of a product', 'The trust runs Oracle Health EPR for Hampshire patients.', 'product', 'Oracle Health EPR for Hampshire'],
  ['a listed maker, then "AI", names no product', 'The stroke network extends Brainomix AI deal until 2028.', 'product', 'Brainomix AI'],
  ['the national telephone line is a service, no product (as hand-made gold files read it 42 times in 46)', 'Calls to NHS 111 rose by a fifth over the winter.', 'product', 'NHS 111'],
  ['a nationality before "solution" names no product', 'With encompass almost complete, the Welsh solution due in 2026 is next.', 'product', 'Welsh'],
  ['an amount after a company’s possessive names no product', "Health tech deals round-up: Cera's £40m, a rota software tie-up", 'product', '40m'],
  ['a lower-case "platform" before a company’s name describes it', 'Workforce platform Patchwork Health has agreed to acquire Rotamap.', 'product', 'Workforce'],
  ['a person after a company’s possessive is no product (a Scottish first name)', "Interview: Lenus Health's Morag Sinclair on the AI Airlock", 'product', 'Morag Sinclair'],
  ['a list of systems keeps its names apart', 'They build interfaces for systems such as Epic, Lorimer and Cortexa.', 'product', 'Lorimer and Cortexa'],
  ['a lower-case word after a list of systems is no brand', 'Teams use systems such as Cortexa, which the trust bought.', 'product', 'which'],
  ['a town standing for its trust before an adverb and a verb is no place', 'Blackpool Teaching Hospitals NHS Foundation Trust signed the deal in May. Blackpool still runs Nervecentre for observations.', 'place', 'Blackpool'],
  ['a town standing for its trust after another body in a list is no place', 'Blackpool Teaching Hospitals NHS Foundation Trust signed the deal. Lancashire Teaching Hospitals NHS Foundation Trust and Blackpool are due to go live first.', 'place', 'Blackpool'],
  ['"UK and Ireland" after a company names its business there, no place', 'Mark Ferris, managing director of Swisslog Healthcare UK and Ireland, said so.', 'place', 'Ireland'],
  ['… nor a body coordinated with the company', 'Mark Ferris, managing director of Swisslog Healthcare UK and Ireland, said so.', 'organisation', 'Ireland'],
  ['two places joined by a slash stay two places', 'Sites in Bath/Bristol joined.', 'place', 'Bath/Bristol'],
  ['a wireless standard before a device and its maker is no product', 'Patients are given a Bluetooth blood pressure monitor supplied by Withings.', 'product', 'Bluetooth'],
  ['a company’s short name that an apposition calls a supplier stays the company', 'The home works with Nourish, the care record supplier, on alerts.', 'product', 'Nourish'],
  ['a place in a compound adjective before a described product is no product', 'They use the Paris-founded digital therapy platform at home.', 'product', 'Paris-founded'],
  ['a name after a listed product and "and", before a verb of its own, is no product', 'The trust uses the NHS App and Marbleworth said so.', 'product', 'Marbleworth'],
  ['a place coordinated with a product is no product', 'Practices use SystmOne or Leeds.', 'product', 'Leeds'],
  ['a service in apposition with no maker after it is no product', 'Patients are referred to Healthy Minds, the talking therapies service for the county.', 'product', 'Healthy Minds'],
  ['a person, then "from" a listed maker, is no product', 'She is working with Sarah Jones from Accurx on the rollout.', 'product', 'Sarah Jones'],
  ['months after “in” are no places', 'The pilots ran in Leeds in March, April and May.', 'place', 'March'],
  ['a two-part region after “in” keeps its second part out of the places', 'Teams in Greater Glasgow and Clyde were trained.', 'place', 'Clyde'],
  ['a body’s name ends a list after “in”', 'Practices in Wakefield, Kirklees and Calderdale Council areas use it.', 'place', 'Calderdale Council'],
  ['a sentence adverb before “, the company” is no body', 'Nationally, the company said the tool is used in 40 trusts.', 'organisation', 'Nationally'],
  ['the place inside a national system’s name is no place', 'Screening staff reach the old system through Open Exeter.', 'place', 'Exeter'],
  ['a product named with a body’s head after its supplier’s possessive is no body', "Radiologists have been using Optellum's Virtual Nodule Clinic since May.", 'organisation', 'Virtual Nodule Clinic'],
  ['a supplier’s research centre is no product', "Microsoft's Research Centre in Cambridge led the work.", 'product', 'Research Centre'],
  ['places a possessive determiner owns before no product kind stay places', 'The firm moved its London and Leeds offices.', 'product', 'London'],
  ['generic words a possessive determiner owns before a kind are no products', 'The company sells its NHS and Private services and its AI and MRI scanners.', 'product', 'AI'],
  ['a survey’s name after a role word is no person', 'The GP Patient Survey published last summer found that 54% of respondents were happy.', 'person', null],
  ['“Royal” before a word that is no town is no hospital', 'Staff at Royal Mail were told on Monday.', 'organisation', null],
  ['examples of a loose kind of place with no known place among them are no places', 'Teams in areas such as Radiology and Pathology were trained first.', 'place', null],
  ['a place’s shared care record is named by the place, not a product', 'The Dorset shared care record is live in every practice.', 'product', null],
  ['a company’s shared care record is no product of that name', 'Clinicians use the Graphnet Health shared care record.', 'product', null],
  ['a secure data environment with no name of its own is no product', 'Trusts must use a Secure Data Environment for research.', 'product', null],
  ['a possessive place before "shared" is no speaker', "Opinion: Northern Ireland's shared record has proved its worth", 'person', null],
  ['a person who developed something is no organisation', 'The app, developed by Dr Sam Jones, works well.', 'organisation', null],
  ['a listed supplier followed by its role in apposition is no person', 'Suppliers include Positive Solutions, maker of Analyst, and two others.', 'person', null],
  ['an acronym’s plural after a listed body is no body', 'Homes use Person Centred Software or The Access Group, and the ICBs said both had agreed.', 'organisation', 'ICBs'],
  ['an acronym in brackets spelling out a kind of system is no product', 'The trust moved onto a new computer-aided dispatch (CAD) system supplied by Cleric.', 'product', 'CAD'],
  ['an event between "at" and "in <place>" is no body', 'The app was launched at Digital Health Rewired in Birmingham.', 'organisation', 'Digital Health Rewired'],
  ['a conference between "at" and "in <place>" is no body', 'Delegates met at NHS ConfedExpo in Manchester.', 'organisation', 'NHS ConfedExpo'],
  ['a first name that is also a country is no place', 'Jordan Hale, the chief digital officer, said the plan was on track.', 'place', 'Jordan'],
  ['a first name alone that is also a state is no place', 'The team met on Monday. Later it told colleagues that Victoria would present the figures.', 'place', 'Victoria'],
  ['a decision "taken by" someone is no takeover', 'The final decision was taken by Ministers in May.', 'organisation', 'Ministers'],
  ['a job title alone', 'The chief executive said the plan was on track.', 'person', null],
  ['a role without a name', 'The CCIO and the CNIO will lead the work.', 'person', null],
  ['sentence-initial capitals', 'Digital Transformation is at the heart of the plan.', null, 'Digital Transformation'],
  ['a heading of generic words', 'Digital Strategy\nThe ICS has published a strategy.', null, 'Digital Strategy'],
  ['a programme is not an entity', 'The trust joined the Frontline Digitisation programme last year.', null, 'Frontline Digitisation'],
  ['a framework is not an entity', 'Plans follow the What Good Looks Like framework.', null, 'What Good Looks Like'],
  ['a generic system with "a"', 'The trust is implementing a new PACS across all sites.', 'product', null],
  ['a kind of system with its initials', 'Staff use the new Patient Administration System (PAS) daily.', 'product', 'Patient Administration System'],
  ['a description of a system with its initials', 'The Laboratory Information Management System (LIMS) is due for renewal.', 'product', 'Laboratory Information Management System'],
  ['an integrated care system with its initials is a body', 'Cheshire and Merseyside Integrated Care System (ICS) agreed the plan.', 'product', 'Cheshire and Merseyside Integrated Care System'],
  ['a capitalised generic with "a"', 'They will build a Trusted Research Environment by 2025.', 'product', null],
  ['a unit introduced with "an"', 'The ICS secured an ICS Programme Management Office for the work.', 'organisation', 'ICS Programme Management Office'],
  ['NHS as a modifier', 'There are 32 NHS trusts in the region.', 'organisation', 'NHS'],
  ['NHS inside a compound', 'It is an NHS-to-NHS service for testing.', 'organisation', 'NHS'],
  ['NHS in a numbered service’s name', 'The trust will integrate the system with the national NHS 111 service.', 'organisation', 'NHS'],
  ['a place inside a trust’s name', 'Leeds Teaching Hospitals NHS Trust has a new CIO.', 'place', 'Leeds'],
  ['a place inside an ICS name', 'Norfolk and Waveney ICS has 78 practices.', 'place', 'Norfolk and Waveney'],
  ['a month is not a place', 'In March, the trust went live with its new record.', 'place', 'March'],
  ['an ambiguous town without a place preposition', 'Reading the report, the board agreed.', 'place', 'Reading'],
  ['a GeoNames town that is also a surname, standing alone', 'Sarah Morley, chief nurse, said the pilot had gone well.', 'place', 'Morley'],
  ['a GeoNames town that is an ordinary word', 'The Street team will meet in Wool Hall.', 'place', 'Wool'],
  ['an ambiguous name next to a person, not a place', 'Chester, Smith and Jones wrote the report.', 'place', 'Chester'],
  ['a person before a comma is not part of a listed name', 'Ian Smith, Leeds and York PCN lead, said so.', 'organisation', 'Ian Smith, Leeds and York PCN'],
  ['a first name inside a body', 'James Cook University Hospital has opened a new unit.', 'person', null],
  ['the EPR is generic', 'The EPR will go live across the trust next year.', 'product', 'EPR'],
  ['an owner’s app is not a named app', 'Patients can book through Doccla’s app from May.', 'product', null],
  ['an ICS region label', 'Our East of England ICS region series continues.', 'organisation', 'East of England ICS'],
  ['a title-case heading ending in a head word', 'Digital Inclusion In Practice\nThe session covered portals.', 'organisation', null],
  ['a capitalised title is no name', 'Ravi Shah, Head of General Practice Sustainability for the ICB, said so.', 'person', 'Practice Sustainability'],
  ['a maker’s name does not run across a full stop', 'The shared record, supplied by Corvane Health. Hospice information appears in it.', 'organisation', 'Corvane Health. Hospice'],
  ['a hospital in its town, then "and" and a hospital whose name starts with a place, lists two hospitals', 'It runs Altnagelvin Area Hospital in Londonderry and South West Acute Hospital in Enniskillen.', 'organisation', 'Londonderry and South West Acute Hospital'],
  ['a hospital in its town, then "and" and a hospital named after another town, lists two hospitals', 'Staff at Ysbyty Glan Clwyd in Bodelwyddan and Wrexham Maelor Hospital agreed.', 'organisation', 'Bodelwyddan and Wrexham Maelor Hospital'],
  ['where a company is based opens no person’s name', 'The app comes from London-based Cognetivity Neurosciences, in 22 GP practices across four PCNs.', 'person', 'London-based Cognetivity Neurosciences'],
  ['what a system is built on is no place a company is based in', 'Manchester’s Epic-based Hive EPR went live in 2022.', 'organisation', 'Hive EPR'],
  ['a GP system’s maker written only in the system’s name is no body', 'Practices in the county moved from EMIS Web to SystmOne last year.', 'organisation', 'EMIS'],
  ['a press release’s "About" heading is no part of the body', 'Notes to editors\nAbout Avonford GP Federation\nAvonford GP Federation is a GP-led organisation.', 'organisation', 'About Avonford GP Federation'],
  ['a fronted phrase’s comma is no apposition of a person', 'Before Quick Sort, a GP in each practice was spending two hours on it.', 'person', 'Quick Sort'],
  ['a company’s last word ends its name before "and" and a university', 'Quorvex Analytics and Queen’s University Belfast built the model.', 'organisation', 'Quorvex Analytics and Queen’s University Belfast'],
  ['a one-word brand ends its name before "and"', 'It was run with UCLPartners and Imperial College Health Partners.', 'organisation', 'UCLPartners and Imperial College Health Partners'],
  ['a health innovation network does not run on into a trust after "and"', 'Support came from Health Innovation Manchester and Stockport NHS Foundation Trust.', 'organisation', 'Health Innovation Manchester and Stockport'],
  ['a place’s plural last word does not carry a name on over "of"', 'Health Innovation East Midlands of Limbic Access said so.', 'organisation', 'Health Innovation East Midlands of Limbic Access'],
  ['a register of one word before it is a list, no product', 'The doctor is on the GMC Register.', 'product', 'GMC Register'],
  ['where a maker was founded is no part of its name', 'The platform was developed by London-based Quorvex with the trust.', 'organisation', 'London-based Quorvex'],
  ['a comma list of companies is no one body named for places', 'The trust buys beds from Quorvex, Cygnet Health Care and Elysium Healthcare when needed.', 'organisation', 'Quorvex, Cygnet Health Care and Elysium Healthcare'],
  ['a department’s name does not end on "and"', 'The Department for Education and NHS England have committed to full coverage.', 'organisation', 'Department for Education and'],
  ['a national body’s name ending a longer name that opens a sentence, written inside one elsewhere', 'The trust uses the Lumen Mind app. "Lumen Mind means we can see who is waiting," she said.', 'organisation', 'Mind'],
  ['a law before a product noun and its maker is no product', 'The trust went live with Formwise, a digital Mental Health Act platform from Statute Health.', 'product', 'Act'],
  ['a law before a product noun is no product', 'The trust went live with Formwise, a digital Mental Health Act platform from Statute Health.', 'product', 'Mental Health Act'],
  ['a publisher’s name running on with "and" and a capital is a longer name', 'Scotland’s Digital Health and Care Strategy was refreshed in 2023.', 'organisation', 'Digital Health'],
  ['the second part of a trust’s two-part name is no body of its own', 'Guy’s and St Thomas’ NHS Foundation Trust shares Epic. The attack affected services for Guy’s and St Thomas’, King’s College Hospital and primary care.', 'organisation', 'St Thomas'],
  ['a hospital split off a list is the trust named after it, not a body of its own', 'Synnovis, the partnership between SYNLAB, Guy’s and St Thomas’ and King’s College Hospital, rebuilt its systems. Guy’s and St Thomas’ NHS Foundation Trust and King’s College Hospital NHS Foundation Trust agreed.', 'organisation', 'King’s College Hospital'],
  ['a kind of body alone after a place’s possessive names none', 'London’s ICS digital strategies are in focus.', 'organisation', 'ICS'],
  ['a name read from inside a trust’s short name across the next "and" is the body after it', 'Records come from University Hospitals Bristol and Weston NHS Foundation Trust and North Bristol NHS Trust. University Hospitals Bristol and Weston and North Bristol NHS Trust signed a case.', 'organisation', 'Weston and North Bristol NHS Trust'],
  ['a place inside a trust’s hospital’s two-part name is no place', 'Chelsea and Westminster Hospital NHS Foundation Trust agreed. Patients at Chelsea and Westminster and Imperial College Healthcare are monitored by Luscii.', 'place', 'Chelsea'],
  ['a place’s name inside a listed product’s name is no place', 'It replaces the Medway PAS supplied by System C.', 'place', 'Medway'],
  ['an amount and its "and" open no council’s name', 'The ICB will pay £2.4 million, Kent County Council £650,000 and Medway Council £150,000.', 'organisation', 'and Medway Council'],
  ['a name before a plural product noun modifies what is bought', 'We have avoided buying Quorvex tools trust by trust.', 'organisation', 'Quorvex'],
  ['a nationality after "bought by" is no company', 'Northlight Imaging has been bought by Nordic health-tech group Medivance for €31 million.', 'organisation', 'Nordic'],
  ['a compound adjective opening a case-study heading is no company', 'Case study: AI-assisted triage at Avonford NHS Trust\nThe trust went live.', 'organisation', 'AI-assisted'],
  ['a nationality after a compass word names no maker of a product', 'Lunit INSIGHT CXR, the chest X-ray tool from South Korean company Lunit, is live.', 'organisation', 'South Korean'],
  ['a title before a name is the role, not the name', 'Chancellor Rachel Reeves told MPs on 11 June that spending would grow.', 'person', 'Chancellor Rachel Reeves'],
  ['a brand with an inner capital is no first name', 'Capsules are read by CorporateHealth International, a specialist provider, under contract.', 'person', 'CorporateHealth International'],
  ['a number word alone before "ICB" counts bodies', 'One ICB I worked with spends around £4 on software for every £1 on analysts.', 'organisation', 'One ICB'],
  ['a person after an honorific is no part of the body after "of"', 'Another member, Professor Hana Ashworth of Lancaster University, welcomed it.', 'organisation', 'Hana Ashworth of Lancaster University'],
  ['a quarter and its year before an apposition name no provider', 'The trust will share data through the SDE in Q2 2026, the first mental health provider in the region to do so.', 'organisation', 'Q2 2026'],
  ['a nationality before "supplier" names no company', 'The contract is 18 per cent higher than the original deal with the Slovenian supplier.', 'organisation', 'Slovenian'],
  ['"and" closes a comma list of bodies: the last two names are two', 'Partners include Avonford Teaching NHS Trust, Corvane and Tidewell.', 'organisation', 'Corvane and Tidewell'],
  ['a department of one remit before a list of bodies', 'The Department of Health, NHS England, NHS Digital and Track and Trace were named.', 'organisation', 'Department of Health, NHS England, NHS Digital and Track'],
  ['a hospital named with its town ends before "and"', 'Staff at Queen Elizabeth Hospital Kings Lynn and James Paget University Hospitals use it.', 'organisation', 'Queen Elizabeth Hospital Kings Lynn and James Paget University Hospitals'],
  ['a community interest company ends before "and"', 'Riverside Health Partnership CIC and Avonford Teaching NHS Foundation Trust will follow.', 'organisation', 'Riverside Health Partnership CIC and Avonford Teaching NHS Foundation Trust'],
  ['a domain abbreviation is no product', 'The trust has rolled out the ePMA solution across its wards.', 'product', 'ePMA'],
  ['a sentence adverb before a product’s comma is no product', 'Nationally, the NHS app now has 35 million users.', 'product', 'Nationally'],
  ['a count before a body’s head is no part of a name', 'We now support collaborative banks in 11 ICS areas.', 'organisation', '11 ICS'],
  ['a body’s acronym before "and" is a name of its own', 'Researchers at OUH and Royal Surrey NHS Foundation Trust led it.', 'organisation', 'OUH and Royal Surrey NHS Foundation Trust'],
  ['a supplier’s name opening a name run is no person', 'Accurx Scribe, an ambient tool from GP messaging firm Accurx, was tested.', 'person', 'Accurx Scribe'],
  ['a nationality before "company" names no maker', 'Lunit INSIGHT CXR, made by South Korean company Lunit, reads the films.', 'organisation', 'South Korean'],
  ['a committee is no person', 'Deborah Lyle, who chairs the trust’s Digital Oversight Committee, said the committee was satisfied.', 'person', 'Oversight Committee'],
  ['a national product inside a longer name is not found alone', 'The Avonford GP Connect Hub opened.', 'product', 'GP Connect'],
  ['a system’s words after a title are no person', 'Pharmacists will get GP Connect Update Record access from April.', 'person', 'Connect Update Record'],
  ['a possessive company owns the noun after it, which names no body', "Sectra One Cloud, the Swedish company's subscription service, will go live.", 'organisation', 'Sectra One Cloud'],
  ['a person after a maker’s possessive is no product', "Interview: Lenus Health's Fiona Drummond on launching the service.", 'product', 'Fiona Drummond'],
  ['a count after a maker’s possessive is no product', "Healthera's 42 employees will transfer to the buyer.", 'product', '42'],
  ['a surname is no company of its own', 'The paper came from chief digital officer Steve Kirkham. Six councils run Liquidlogic, two use Mosaic and two use Eclipse from OLM Systems. Kirkham’s paper estimates the integration will cost £2.8m.', 'organisation', 'Kirkham'],
  ['where a maker is based names no maker', 'The nurse uses a DermLite dermatoscope, made by California-based 3Gen.', 'organisation', 'California-based'],
  ['a body’s bracketed acronym is no product of its own', 'Crews from London Ambulance Service NHS Trust (LAS) can see it. Liquidlogic supplies the councils, and LAS crews use the record.', 'product', 'LAS'],
  ['a year before an apposition is no product', 'Payments passed $1.1bn in 2023, a record.', 'product', '2023'],
  ['a place after "said" opens the reported clause', 'Paul Reed said Northern Ireland now had the first such service.', 'person', 'Northern Ireland'],
  ['AI is no product name', 'Patholytix is a digital pathology and AI platform from Deciphex.', 'product', 'AI'],
  ['a numbered framework is no body', "Procurement can use the Crown Commercial Service's Tech Services 3 agreement.", 'organisation', 'Tech Services'],
  ['a place inside "New York" is no place of its own', 'The firm is listed in New York.', 'place', 'York'],
  ['a surname that is also a town, opening a sentence as its subject, is the person', 'Les Hatfield, who chairs the finance committee, asked about money. Hatfield also pressed for clarity on the timetable.', 'place', 'Hatfield'],
  ['a place of two words before "-based" is no part of the company\'s name', 'It is the biopsy algorithm from New York-based Zentrio, which NICE is assessing.', 'organisation', 'New York-based Zentrio'],
  ['the plural of a health innovation network names the kind, not one', 'The scheme is run by the 15 Health Innovation Networks across England.', 'organisation', 'Health Innovation Networks'],
  ['"ransomware" after a sentence\'s first word names no group', 'Ransomware hit the trust again. The NHS ransomware threat grew.', 'organisation', null],
  ['a place inside "New York-based" is no place of its own', 'The trust uses a tool from New York-based Paige.', 'place', 'York'],
  ['a maker in a compound adjective names no product', 'The trust moved to encompass, the Epic-based electronic patient record.', 'product', 'Epic-based'],
  ['a compound adjective before a product noun names no product', 'The trust is piloting an AI-assisted triage tool from Infermedica.', 'product', 'AI-assisted'],
  ['a place a product comes from is no company', 'The trust uses a triage tool from Cornwall.', 'organisation', 'Cornwall'],
  ['a body before "who" is no person', 'Graphnet Health, who built the record, said it was ready.', 'person', null],
  ['a local Healthwatch is no speaker', 'Healthwatch Dudley said patients wanted a choice.', 'person', null],
  ['a place inside a job title', 'Rebecca Stone, UK managing director at Alcidion, added her thanks.', 'place', 'UK'],
  ['a publisher’s name ending a longer name', 'The trust extended its contract with Ieso Digital Health for therapy.', 'organisation', 'Digital Health'],
  ['a maker and a title are no product', 'Accurx Chief Executive Jacob Haddad said so.', 'product', null],
  ['an acronym after a maker’s possessive is no product', "The network deployed Heidi Health's AI scribe across 42 clinicians.", 'product', 'AI'],
  ['a trust’s short name is no person', "Alder Hey Children's NHS Foundation Trust has gone live. Alder Hey said it would train 1,400 nurses.", 'person', 'Alder Hey'],
  ['two bodies joined by "and" are not one', "Alder Hey Children's NHS Foundation Trust has gone live. Alder Hey and Liverpool University Hospitals NHS Foundation Trust will share data.", 'organisation', 'Alder Hey and Liverpool University Hospitals NHS Foundation Trust'],
  ['a region of two places stays one body', 'Birmingham City Council agreed. Birmingham and Solihull ICS published its plan.', 'organisation', 'Solihull ICS'],
  ['a place adjective before a described product noun is no product', 'Practices use the Scottish online consultation tool.', 'product', 'Scottish'],
  ['a body before a described noun is no product', 'Staff praised the Trust digital letters platform.', 'product', 'Trust'],
  ['a kind of scanner before its maker is no product', 'The network will add three CT scanners from Siemens Healthineers.', 'product', 'CT'],
  ['a place before a system from a body is no product', 'Staff use the Welsh system from DHCW.', 'product', 'Welsh'],
  ['a product named like a hub is no body when the article says it is a platform', 'The deal brings its Patient Hub digital letters platform to three trusts. Patient Hub will be integrated with the EPR.', 'organisation', 'Patient Hub'],
  ['a company written in full is no product', 'eConsult Health, the company behind the tool, has grown.', 'product', 'eConsult Health'],
  ['a title after a maker’s possessive is no product', "Accurx's Chief Executive spoke at the event.", 'product', null],
  ['a maker and a year are no product', 'Accurx 2024 results were strong.', 'product', null],
  ['a one-word gazetteer product with no maker and no cue', 'Mia said she would come back later.', 'product', 'Mia'],
  ['a frame ending in a head word is no listed name', 'Across the ICS, Humber and North Yorkshire ICB plans to extend the record.', 'organisation', 'ICS, Humber and North Yorkshire ICB'],
  ['"X and District Hospital" is one name, not the end of a list', 'The trust runs Pinderfields Hospital in Wakefield, Dewsbury and District Hospital and Pontefract Hospital.', 'organisation', 'Wakefield, Dewsbury and District Hospital'],
  ['a body after "at" before ", said" is no person', 'Andrew Pryce, chief digital information officer at Wye Valley, said: “We are small.”', 'person', 'Wye Valley'],
  ['a title ending in "for" does not make the next words a person', 'Tamsin Rowe, clinical director for Cornwall Talking Therapies, said it helps.', 'person', 'Cornwall Talking Therapies'],
  ['a company before "said" is no person', 'Khipu Networks Ltd won the contract. Khipu Networks said it was proud.', 'person', null],
  ['a company’s national arm is no place', 'The contract went to Palantir Technologies UK last year.', 'place', 'UK'],
  ['a generic record or portal is no product', 'The Electronic Patient Record is new. A Patient Portal launched. The Shared Care Record grew.', 'product', null],
  ['places making up a trust’s short form are no places', 'Early adopters include Chelsea and Westminster Hospital NHS Foundation Trust. At Chelsea and Westminster, the tool cut delays.', 'place', 'Westminster'],
  ['a lower-case hospital', 'Following a long partnership with the local hospital, the team grew.', 'organisation', null],
  ['a board paper’s paragraph number and "The" are no name', '1.1 The ICB took on delegated responsibility in 2023.\n1.2 The Board is asked to note the report.', 'organisation', null],
  ['a product an apposition calls a hospice system is no body', 'Inpatient notes were on Crosscare, the hospice system from Advanced, until May.', 'organisation', 'Crosscare'],
  ['a hospital’s town and the next hospital are not one name', 'Clinics run at Belford Hospital in Fort Augustus and Kirkwall Hospital in Orkney.', 'organisation', 'Augustus and Kirkwall Hospital'],
  ['a hospital’s unknown town and the next hospital are not one name', 'Clinics run at Belford Hospital in Dornie and Kirkwall Hospital in Orkney.', 'organisation', 'Dornie and Kirkwall Hospital'],
  ['hospitals in two cities are no hospitals’ names', 'Patients in London and Leeds hospitals waited longer.', 'organisation', null],
  ['a place after a supplier’s possessive is no product', "Epic's UK team grew this year.", 'product', null],
  ['a title after a supplier’s possessive is no product', "Epic's Chief Executive spoke at the event.", 'product', null],
  ['a possessive inside a longer name after a supplier’s possessive is no product', "The council went live with Liquidlogic's Children's Social Care System last year.", 'product', "Children's"],
  ['a compound adjective after a maker’s possessive is no product', "The trust uses Darktrace's AI-based network monitoring.", 'product', 'AI-based'],
  ['where investors are is no investor', 'It has investors in London and Leeds.', 'organisation', null],
  ['a nationality before the firm that led a round is no name', 'It closed a £36m round led by European venture firm Lakestar.', 'organisation', 'European'],
  ['a review led by a person names no firm', 'The review was led by Dr Sarah Jones in May.', 'organisation', 'Sarah Jones'],
  ['a surgical specialty is no GP practice', 'She is a consultant in General Surgery and leads the Day Surgery unit.', 'organisation', 'General Surgery'],
  ['a day-case unit is no GP practice', 'She is a consultant in General Surgery and leads the Day Surgery unit.', 'organisation', 'Day Surgery'],
  ['a name written with ™ is the product even where its sentence reads it as a supplier', 'Each ICB will use the CareBeacon Community™ platform. In Dorset, CareBeacon Community will support Dorset HealthCare University NHS Foundation Trust.', 'organisation', 'CareBeacon Community'],
  ['a product described as "from" a start-up is no company', 'The trusts piloted ArriveSafe, a real-time ambulance arrivals board from Bristol-based start-up Handova, in the spring.', 'organisation', 'ArriveSafe'],
  ['a person from somewhere is no product', 'Sarah Jennings, a nurse from Leeds, said the kit helped.', 'product', 'Sarah Jennings'],
  ['a body’s officer named between commas is no product', 'The ICB named its chief executive, Jo Smithers, last week.', 'product', 'Jo Smithers'],
  ['a product a sentence opens on is no company where the article names it as a product', 'They brought in Bristol-based Helix Genomics, whose GeneRoute platform handles test ordering. GeneRoute was integrated with the cancer register.', 'organisation', 'GeneRoute'],
  ['a kind of system written with a lower-case first letter is no product', 'Nurses record every dose on the eMAR now.', 'product', 'eMAR'],
  ['a kind of pharmacy is no pharmacy’s name', 'The Hospital Pharmacy team and every Community Pharmacy agreed.', 'organisation', 'Hospital Pharmacy'],
  ['a hyphenated word of extent before a product noun names no product', 'The ICB-wide remote monitoring platform went live.', 'product', 'ICB-wide'],
  ['an English word before "Systems" names no company', 'The Director of Information Systems met staff from Clinical Systems teams.', 'organisation', 'Clinical Systems'],
  ['where an investor is based and what kind it is are no part of its name', 'The round was led by Boston-based investor Northway Health Ventures.', 'organisation', 'Boston-based'],
  ['a region as a headline’s subject, before a verb in the present, is its ICB', 'Humber and North Yorkshire rolls out optometry e-referral platform to 180 practices\n\nHumber and North Yorkshire ICB has finished rolling out the platform.', 'place', 'Humber and North Yorkshire'],
  ['areas joined by "and" in a list of such areas stay whole', 'Referrals come from across Bedfordshire, Luton and Milton Keynes, Norfolk and Waveney, and Suffolk and North East Essex.', 'place', 'Waveney'],
  ['where an investor is based is no part of its name', 'The round was led by Boston-based Harbourstone Capital.', 'organisation', 'Boston-based Harbourstone Capital'],
  ['two investors listed with "and" are not one name', 'Speedfund and Giant Ventures joined the round.', 'organisation', 'Speedfund and Giant Ventures'],
  ['a nationality before the maker is no company', 'The unit uses a cloud audiology platform from Danish firm Auditora.', 'organisation', 'Danish'],
  ['a company’s first word before "says" is the company, no person', 'Freya Health, a London start-up, raised £3m in January. The trust will use Freya Validate to review its longest waits. Freya says it expects approval by Q3.', 'person', 'Freya Validate'],
  ['an age before "platform" names no product', 'The national system will replace the 30-year-old platform that health boards use.', 'product', '30-year-old'],
  ['an amount before "shared care record" names no product', 'Cavendale Digital wins £4.9m shared care record contract with the ICB.', 'product', '4.9m'],
  ['a weak head before "framework" names the framework, not a body', 'It was bought on the Clinical Care Services framework in May.', 'organisation', 'Clinical Care Services'],
  ['two products listed with "and" are not one name', 'Its products include Harbourview and Harbourview Insights, an analytics dashboard for PCNs.', 'product', 'Harbourview and Harbourview Insights'],
  ['a place something is leased from makes no product of the place before it', 'Patients book X-rays at the centre in Castleford, a former retail unit leased from Wakefield Council, in May.', 'product', 'Castleford'],
  ['a company’s first word before the rest of a body’s name is no product', 'Severn Vale GP Federation runs the hubs. Severn Vale Systems, a Bristol company, supplies them.', 'product', 'Severn Vale'],
  ['a company named by a participle makes no product of the next capitalised words', 'Advanced, a software company, supplies Adastra. Advanced Nurse Practitioners use it.', 'product', 'Advanced Nurse Practitioners'],
  ['a product noun before "company" makes no product', 'Rostwell Health, the Leeds-based workforce software company, today announced a framework place.', 'product', 'Rostwell Health'],
  ['a quarter and its year before a product noun are no brand and model', 'The Q3 2025 dashboard showed falls in waits.', 'product', 'Q3 2025'],
  ['a pay band and its number before a noun are no brand and model', 'The ward recruited 12 Band 6 nurses and three Band 7 units.', 'product', 'Band 7'],
  ['a place-named short form in a place’s slot stays a place', 'Ribble Valley Teaching Hospitals NHS Trust runs two sites. Patients in Ribble Valley will use the app.', 'organisation', 'Ribble Valley'],
  ['a company before "and" and a head-first name is not one name with it', 'Hospices join forces with US firm Palliora Health and University of Leicester on a data platform.', 'organisation', 'Palliora Health and University'],
  ['where a company is based is no owner of its trade-marked product', 'The Leeds-based supplier’s ShiftPilot™ system will replace spreadsheets.', 'organisation', 'Leeds-based supplier'],
  ['a kind of body inside a hyphenated word is no apposition ("a hospice-specific record")', 'The hospice chose Halvern Palliative, a hospice-specific record built by Halvern Software, last year.', 'organisation', 'Halvern Palliative'],
  ['a scope written "Sussex-wide" names no place', 'The preferred option is a Sussex-wide EPR procured jointly.', 'place', 'Sussex'],
  ['a place inside a trust’s name after "to" is no place of its own', 'The firm supplies Quillan to Kettering and District NHS Foundation Trust and to Marwood NHS Trust.', 'organisation', 'District NHS Foundation Trust'],
  ['a name that is also a surname, alone after "for", is no place', 'The award for Preston was announced on Friday.', 'place', 'Preston'],
  ['a river’s name before a capitalised word is part of another name', 'Staff at the Mersey Care wellbeing hub agreed.', 'place', 'Mersey'],
  ['a dataset with a one-word name is no product', 'The National Dataset was used for the audit.', 'product', 'National Dataset'],
  ['the last word of a name joined by "and" is no body listed with the next', 'Locala Health and Wellbeing and Calderdale and Huddersfield NHS Foundation Trust have started a model.', 'organisation', 'Wellbeing'],
  ['a kind of body picked out of a region’s several is no name', 'It is the only Yorkshire ICS served by two ambulance trusts.', 'organisation', 'Yorkshire ICS'],
  ['a mental health service’s initials name no body', 'The plan sets out four priorities: earlier support in schools; shorter waits for specialist CAMHS; a single digital front door for families.', 'organisation', 'CAMHS'],
  ['a domain’s plural initials after "developed by" name no maker', 'PATCHS, the online consultation tool first developed by GPs in Salford, is now run by Patchs Health.', 'organisation', 'GPs'],
];

describe('entities: a body named once by its context', () => {
  it('is every other occurrence of its name written the same', () => {
    const text = 'Vale Care, the GP federation for Avonford, is to extend the programme.\n\nPractices will be live by October, and Vale Care has committed to an evaluation. Dr Ellen Parry, clinical director at Vale Care, said so.';
    const e = find(run(text), 'organisation', 'Vale Care');
    expect(e?.mentions.map((m) => m.start)).toEqual([0, text.indexOf('Vale Care has'), text.indexOf('Vale Care, said')]);
  });
  it('is not a one-word name the article also writes in lower case', () => {
    const text = 'Beacon, a London start-up, won the deal. A beacon of hope, Beacon said.';
    expect(find(run(text), 'organisation', 'Beacon')?.mentions.length).toBe(1);
  });
});

describe('entities: negative cases', () => {
  it.each(NEGATIVE)('%s', (_label, text, type, name) => {
    const rs = run(text);
    const bad = rs.filter((r) => (type === null || r.type === type) && (name === null || r.name === name || r.aliases.includes(name)));
    expect(bad, show(rs)).toEqual([]);
  });
});

describe('entities: an acronym defined in brackets', () => {
  it('is an alias of its body, not a second body a rule also knows', () => {
    const rs = run('The fund was announced by the Department of Health and Social Care (DHSC) in 2023. DHSC said more would follow.');
    expect(rs.filter((r) => r.type === 'organisation').map((r) => r.name), show(rs)).toEqual(['Department of Health and Social Care']);
  });
});

describe('entities: hard cases of the guideline', () => {
  it('initials that skip inner words still start the first and the last word of the region', () => {
    const rs = run('Bath and North East Somerset, Swindon and Wiltshire ICB has a plan. BXW ICB and SW ICB have others.');
    expect(find(rs, 'organisation', 'BXW ICB')).toBeDefined();
    expect(find(rs, 'organisation', 'SW ICB')).toBeDefined();
  });
  it('two places joined by "and" after a lower-case preposition still name one body', () => {
    const rs = run('Patients in Brighton and Sussex University Hospitals were seen.');
    expect(find(rs, 'organisation', 'Brighton and Sussex University Hospitals')).toBeDefined();
  });
  it('a trust after a listed trust and its comma keeps its own place-named start', () => {
    const rs = run('Partners include East & North Hertfordshire NHS Trust, Norfolk & Norwich University Hospitals NHS Foundation Trust and others.');
    expect(find(rs, 'organisation', 'Norfolk & Norwich University Hospitals NHS Foundation Trust')).toBeDefined();
  });
  it('an ICS and an ICB of the same region are two organisations', () => {
    const rs = run('Somerset ICS set the vision. Somerset ICB holds the budget.');
    expect(find(rs, 'organisation', 'Somerset ICS')).toBeDefined();
    expect(find(rs, 'organisation', 'Somerset ICB')).toBeDefined();
  });
  it('a bare region standing for the body is an alias of its ICS, and a place where it is a location', () => {
    const rs = run('Kent and Medway ICS has a plan. Kent and Medway aims to cut waits. Practices in Kent and Medway will benefit.');
    expect(find(rs, 'organisation', 'Kent and Medway ICS')!.aliases).toContain('Kent and Medway');
    expect(find(rs, 'place', 'Kent and Medway')).toBeDefined();
  });
  it('a region that only ever acts as its ICS is no place', () => {
    const rs = run('Somerset ICS published a strategy. In addition, Somerset plans to open two hubs.');
    expect(find(rs, 'organisation', 'Somerset ICS')!.aliases).toContain('Somerset');
    expect(find(rs, 'place', 'Somerset')).toBeUndefined();
  });
  it('a region that only ever acts as its ICB, where no ICS is named, is no place', () => {
    const rs = run('Somerset ICB approved the funding. A supplier said: "Somerset is one of the first boards to do this."');
    expect(find(rs, 'organisation', 'Somerset ICB')!.aliases).toContain('Somerset');
    expect(find(rs, 'place', 'Somerset')).toBeUndefined();
  });
  it('a region that only acts as the board branded "NHS" and the region is no place', () => {
    const rs = run('Rachel Okonjo, chief digital officer at NHS Cumbria, argues the case. Cumbria covers around half a million people.');
    expect(find(rs, 'organisation', 'NHS Cumbria')!.aliases).toContain('Cumbria');
    expect(find(rs, 'place', 'Cumbria')).toBeUndefined();
  });
  it('a trust’s short form ending in a possessive-looking word is the trust, not its town', () => {
    const rs = run("Leeds Children's NHS Foundation Trust agreed. Leeds Children's goes first, in January.");
    expect(find(rs, 'organisation', "Leeds Children's NHS Foundation Trust")!.aliases).toContain("Leeds Children's");
    expect(find(rs, 'place', 'Leeds')).toBeUndefined();
  });
  it('a region opening a list item and acting as its ICS is no place', () => {
    const rs = run('Nottingham and Nottinghamshire ICS has a strategy. Leicester, Leicestershire and Rutland ICS has one too.\n\n- Nottingham and Nottinghamshire is scaling up virtual wards;\n- Leicester, Leicestershire and Rutland (LLR) has put its emphasis on diagnostics.');
    expect(find(rs, 'place', 'Nottingham and Nottinghamshire')).toBeUndefined();
    expect(find(rs, 'place', 'Leicester, Leicestershire and Rutland')).toBeUndefined();
  });
  it('a town that only stands for the trust named after it is an alias of the trust, not a place', () => {
    const rs = run('Harlow Teaching Hospitals NHS Trust tested two scribes. The first, which Harlow piloted in outpatients, is now used at Harlow and at two other sites.');
    expect(find(rs, 'place', 'Harlow')).toBeUndefined();
    expect(find(rs, 'organisation', 'Harlow Teaching Hospitals NHS Trust')!.aliases).toContain('Harlow');
  });
  it('the town stays a place where one mention is a location, or its possessive', () => {
    const located = run('Harlow Teaching Hospitals NHS Trust tested a scribe, which Harlow piloted. Patients in Harlow liked it.');
    expect(find(located, 'place', 'Harlow')).toBeDefined();
    const owned = run('Harlow Teaching Hospitals NHS Trust tested a scribe. Harlow’s shared care record holds the notes.');
    expect(find(owned, 'place', 'Harlow')).toBeDefined();
  });
  it.each([
    ['Leeds Teaching Hospitals NHS Trust', 'Leeds'],
    ['Harrogate and District NHS Foundation Trust', 'Harrogate'],
    ['University Hospitals of Leicester NHS Trust', 'Leicester'],
    ['Kettering General Hospital NHS Foundation Trust', 'Kettering'],
    ['North Cumbria Integrated Care NHS Foundation Trust', 'North Cumbria'],
    ['York and Scarborough Teaching Hospitals NHS Foundation Trust', null],
    ['Royal Devon University Healthcare NHS Foundation Trust', null],
    ['Kent County Council', null],
    ['NHS England', null],
  ])('the place a provider is named after: %s → %s', (name, place) => {
    expect(providerPlace(name)).toBe(place);
  });
  it('a possessive is dropped from the name', () => {
    const rs = run('Oakfield NHS Trust’s new strategy puts digital first.');
    expect(find(rs, 'organisation', 'Oakfield NHS Trust')).toBeDefined();
  });
  it('one record per entity, with every mention’s span', () => {
    const text = 'Keele University leads the study. Keele University will publish in May. Later, Keele University hosted a summit.';
    const rs = run(text).filter((r) => r.name === 'Keele University');
    expect(rs).toHaveLength(1);
    expect(rs[0]!.mentions).toHaveLength(3);
    for (const m of rs[0]!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
  it('a company is an organisation; a product named after it stands beside it', () => {
    const rs = run('The trust awarded a £20 million contract for the Cerner EPR system.');
    expect(find(rs, 'organisation', 'Cerner')).toBeDefined();
    expect(find(rs, 'product', 'Cerner EPR')).toBeDefined();
  });
  it('companies in a list of systems are organisations, the others products', () => {
    const rs = run('They have experience with systems such as Epic, Lorimer and System C.');
    expect(find(rs, 'organisation', 'Epic')).toBeDefined();
    expect(find(rs, 'organisation', 'System C')).toBeDefined();
    expect(find(rs, 'product', 'Lorimer')).toBeDefined();
  });
});

describe('entities: records', () => {
  it('every record passes the schema and its spans point at its text', () => {
    const text = 'Grace Whitfield, chief nursing information officer at Riverside University Hospitals NHS Foundation Trust, said the CareNest app is used across Leeds.';
    const rs = run(text);
    expect(rs.length).toBeGreaterThanOrEqual(4);
    for (const r of rs) {
      expect(() => EntityRecord.parse(r)).not.toThrow();
      for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
  it('people carry role and organisation; other types carry null', () => {
    const rs = run('Keele University and Leeds are partners.');
    for (const r of rs) {
      expect(r.role).toBeNull();
      expect(r.organisation).toBeNull();
    }
  });
  it('records come in text order', () => {
    const rs = run('Cornwall, Keele University and Dr Helena Marsh.');
    const starts = rs.map((r) => r.mentions[0]!.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });
  it('empty and punctuation-only text give nothing', () => {
    expect(run('')).toEqual([]);
    expect(run(' ,;:— ')).toEqual([]);
  });
});

describe('entities: the places gazetteer', () => {
  it('is a broad published list, with a note on its source', () => {
    expect(PLACE_NAMES.size).toBeGreaterThan(500);
    expect((shippedPlaces as { note: string }).note).toMatch(/ONS/);
    for (const p of ['London', 'Greater Manchester', 'Tower Hamlets', 'Cornwall', 'Glasgow', 'Belfast', 'Norfolk and Waveney']) expect(PLACE_NAMES.has(p)).toBe(true);
  });
});

describe('entities: adversarial input stays fast', () => {
  // the fastest of three runs: other load on the machine and garbage collection only ever add time
  const time = (text: string) => {
    const doc = prepareText(text);
    extractEntities(doc, {});
    let best = Infinity;
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      extractEntities(doc, {});
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  it.each([
    ['capitalised words', (i: number) => `Alpha${i % 7} Bravo `],
    ['trust tails', (i: number) => `Kilo${i % 5} NHS Foundation Trust and `],
    ['commas', (i: number) => `${i},`],
    ['honorifics and names', (i: number) => `Dr Anna${i % 3} Smith, chief officer at `],
  ])('%s: 4× the text takes well under 16× the time', (_n, unit) => {
    const make = (n: number) => {
      let s = '';
      for (let i = 0; s.length < n; i++) s += unit(i);
      return s;
    };
    const a = Math.max(time(make(20_000)), 2);
    const b = time(make(80_000));
    expect(b).toBeLessThan(12 * a + 40);
  });
});

describe('word index: the gap before each word', () => {
  // The rules compare gaps; long gaps are read with native searches, short ones char by char.
  const naive = (g: string) => (/[\n\r]/.test(g) ? 'NL' : g.length > 0 && /^[ \t]+$/.test(g) ? ' ' : g.length <= 8 ? g : 'LONG');
  it('is the same for long and short gaps as a plain reading of the text', () => {
    const pieces = fc.constantFrom('Leeds', 'trust', 'ICS', ' ', '  ', ' '.repeat(40), '\t', '\n', '\n\n', ', ', ' - ', '.'.repeat(20), '; ', ' '.repeat(17) + '\n');
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 40 }), (parts) => {
        const doc = prepareText(parts.join(''));
        const { words } = indexWords(doc);
        let prev = 0;
        for (const w of words) {
          const g = doc.norm.slice(prev, w.s);
          // two-character gaps like ", " are shared constants with the same text
          expect(w.gap).toBe(naive(g));
          prev = w.e;
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('entities: a place every mention of which names a body is that body', () => {
  const text =
    'NHS England said 127 trusts now use the platform, and NHS England expects every acute trust to join. At Leeds Teaching Hospitals NHS Trust, theatre use has risen. Owen Harcourt, the trust’s chief digital officer, said it works.\n\nHarcourt said Leeds would move its remaining dashboards onto the platform by the end of the year. NHS England said more trusts would follow.';
  it('gives the body the place’s mentions, so a deadline the place commits to is the body’s', () => {
    const { entities, dates } = extractText(text);
    const trust = entities.find((e) => e.name === 'Leeds Teaching Hospitals NHS Trust')!;
    expect(trust.aliases).toContain('Leeds');
    const at = text.indexOf('Leeds would');
    expect(trust.mentions.map((m) => [m.start, m.text])).toContainEqual([at, 'Leeds']);
    expect(entities.some((e) => e.type === 'place' && e.name === 'Leeds')).toBe(false);
    expect(dates.find((d) => d.text === 'by the end of the year')?.subject).toBe('Leeds Teaching Hospitals NHS Trust');
  });
});
