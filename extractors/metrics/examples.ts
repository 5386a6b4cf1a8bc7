// Worked examples of ANNOTATION.md's metric rules, written in the style of UK health-tech news
// (none is copied from a seed article): the unit tests check the extractor against them.
import type { Qualifier } from './schema.ts';

export interface MetricExample {
  sentence: string;
  /** the number as written: the record is the one whose text contains it */
  number: string;
  value: number;
  unit: string;
  noun: string | null;
  qualifier: Qualifier | null;
  /** base of a rate, when there is one */
  per?: number;
}

const ex = (sentence: string, number: string, value: number, unit: string, noun: string | null, qualifier: Qualifier | null = null, per?: number): MetricExample =>
  per === undefined ? { sentence, number, value, unit, noun, qualifier } : { sentence, number, value, unit, noun, qualifier, per };

export const POSITIVE: readonly MetricExample[] = [
  // counts in digits, with separators, decimals and scale words
  ex('The trust has recruited 1,250 nurses since the spring.', '1,250', 1250, 'count', 'nurses'),
  ex('The imaging hub processed 12,380 scans in its opening quarter.', '12,380', 12380, 'count', 'scans'),
  ex('The partnership covers 1.8 million residents across the county.', '1.8 million', 1800000, 'count', 'residents'),
  ex('The shared record now holds 2.4m patient records.', '2.4m', 2400000, 'count', 'patient records'),
  ex('The service supports 3,400 people with diabetes.', '3,400', 3400, 'count', 'people'),
  ex('Last winter the app sent 45k appointment reminders.', '45k', 45000, 'count', 'appointment reminders'),
  ex('The region has 96 community pharmacies taking part.', '96', 96, 'count', 'community pharmacies'),
  ex('The system has 14 ICBs signed up to the framework.', '14', 14, 'count', 'ICBs'),
  ex('Staff at 23 PCNs have been trained to use the dashboard.', '23', 23, 'count', 'PCNs'),
  ex('The board approved 5 digital pathways for cardiology.', '5', 5, 'count', 'digital pathways'),
  ex('The county has 410 care homes registered with the council.', '410', 410, 'count', 'care homes'),
  ex('The platform has 30,000+ registered users.', '30,000+', 30000, 'count', 'users', 'more than'),
  ex('The network links 150+ GP surgeries.', '150+', 150, 'count', 'GP surgeries', 'more than'),
  ex('The contract funds 12 full-time posts in the team.', '12', 12, 'count', 'full-time posts'),
  ex('The new 1,000-bed hospital will open in the autumn.', '1,000', 1000, 'count', 'bed'),
  ex('A 40-strong team of developers built the app.', '40', 40, 'count', 'team'),
  // counts in words
  ex('Eight trusts signed the memorandum of understanding.', 'Eight', 8, 'count', 'trusts'),
  ex('The network brings together twenty-five pharmacies.', 'twenty-five', 25, 'count', 'pharmacies'),
  ex('A dozen hospices have joined the scheme.', 'dozen', 12, 'count', 'hospices'),
  ex('The ICB named seven priority areas for the year ahead.', 'seven', 7, 'count', 'priority areas'),
  ex('The strategy rests on four key pillars.', 'four', 4, 'count', 'pillars'),
  ex('The review looked at eleven local authorities.', 'eleven', 11, 'count', 'local authorities'),
  ex('Half a million prescriptions are now issued electronically.', 'Half a million', 500000, 'count', 'prescriptions'),
  ex('The helpline answered one million calls last year.', 'one million', 1000000, 'count', 'calls'),
  ex('The plan sets out three new digital standards.', 'three', 3, 'count', 'digital standards'),
  ex('Five London boroughs will share the platform.', 'Five', 5, 'count', 'London boroughs'),
  ex('There are three acute trusts in the system.', 'three', 3, 'count', 'acute trusts'),
  ex('The region counts 32 NHS trusts in all.', '32', 32, 'count', 'NHS trusts'),
  // qualifiers
  ex('More than 300 GP practices now use the app.', '300', 300, 'count', 'GP practices', 'more than'),
  ex('Around 450 staff attended the training sessions.', '450', 450, 'count', 'staff', 'about'),
  ex('The platform holds over 80 million records.', '80 million', 80000000, 'count', 'records', 'more than'),
  ex('Up to 40 community pharmacies will take part.', '40', 40, 'count', 'community pharmacies', 'up to'),
  ex('At least 12 care homes have adopted the tool.', '12', 12, 'count', 'care homes', 'at least'),
  ex('Fewer than 200 patients were readmitted.', '200', 200, 'count', 'patients', 'less than'),
  ex('Nearly 900 clinicians have completed the course.', '900', 900, 'count', 'clinicians', 'about'),
  ex('Some 2,000 volunteers support the hospital wards.', '2,000', 2000, 'count', 'volunteers', 'about'),
  ex('The trust employs just under 9,000 staff.', '9,000', 9000, 'count', 'staff', 'less than'),
  ex('Approximately 60 consultants use the system daily.', '60', 60, 'count', 'consultants', 'about'),
  ex('The hub has handled in excess of 5,000 referrals.', '5,000', 5000, 'count', 'referrals', 'more than'),
  ex('Roughly 70 practices have switched suppliers.', '70', 70, 'count', 'practices', 'about'),
  ex('A maximum of 25 patients can be monitored at once.', '25', 25, 'count', 'patients', 'up to'),
  ex('No fewer than 15 trusts responded to the survey.', '15', 15, 'count', 'trusts', 'at least'),
  ex('Almost 3,000 residents have registered for the portal.', '3,000', 3000, 'count', 'residents', 'about'),
  ex('The video has been watched by well over 200,000 viewers.', '200,000', 200000, 'count', 'viewers', 'more than'),
  // "N of the M"
  ex('Two of the 14 acute trusts are behind schedule.', '14', 14, 'count', 'acute trusts'),
  ex('Two of the 14 acute trusts are behind schedule.', 'Two', 2, 'count', 'acute trusts'),
  ex('The region has nine ICSs. Four of the nine already use the platform.', 'Four', 4, 'count', 'ICSs'),
  ex('Three of the county’s hospices have signed up.', 'Three', 3, 'count', 'hospices'),
  // percentages and percentage points
  ex('The pilot cut missed appointments by 17%.', '17%', 17, 'percent', 'appointments'),
  ex('Some 64 percent of respondents said the app was easy to use.', '64 percent', 64, 'percent', 'respondents', 'about'),
  ex('The trust saw a 12 per cent rise in online consultations.', '12 per cent', 12, 'percent', 'online consultations'),
  ex('Uptake rose to eight percent among older patients.', 'eight percent', 8, 'percent', null),
  ex('An estimated 40% of practices still use paper forms.', '40%', 40, 'percent', 'practices', 'about'),
  ex('Over 90 percent of staff completed the training.', '90 percent', 90, 'percent', 'staff', 'more than'),
  ex('The ward reported a bed occupancy rate of 92.5 percent.', '92.5 percent', 92.5, 'percent', 'bed occupancy rate'),
  ex('Satisfaction rose by 4.5 percentage points over the year.', '4.5 percentage points', 4.5, 'percentage point', null),
  ex('Waiting times fell by three percentage points in the quarter.', 'three percentage points', 3, 'percentage point', null),
  ex('The scheme delivered a 15 percent reduction in A&E attendances.', '15 percent', 15, 'percent', 'A&E attendances'),
  // money
  ex('The ICB has invested £4.5 million in the new platform.', '£4.5 million', 4500000, 'GBP', null),
  ex('The programme received £2bn of national funding.', '£2bn', 2000000000, 'GBP', null),
  ex('The region secured a £12m investment in diagnostics.', '£12m', 12000000, 'GBP', 'investment'),
  ex('The company raised $30 million in its latest round.', '$30 million', 30000000, 'USD', null),
  ex('The deal is worth €1.2bn over ten years.', '€1.2bn', 1200000000, 'EUR', null),
  ex('The trust awarded a contract worth £750,000 to the supplier.', '£750,000', 750000, 'GBP', 'contract'),
  ex('Up to £3m is available for digital pilots.', '£3m', 3000000, 'GBP', null, 'up to'),
  ex('The project was backed by 5 million pounds from the council.', '5 million pounds', 5000000, 'GBP', null),
  ex('The hospital spent more than £600k on agency staff.', '£600k', 600000, 'GBP', null, 'more than'),
  // durations
  ex('The trust signed a five-year partnership with the supplier.', 'five-year', 5, 'year', 'partnership'),
  ex('The ICB agreed a three-year contract for the service.', 'three-year', 3, 'year', 'contract'),
  ex('It launched a 12-month pilot in two practices.', '12-month', 12, 'month', 'pilot'),
  ex('The roll-out took ten months to complete.', 'ten months', 10, 'month', 'roll-out'),
  ex('The programme ran for two and a half years.', 'two and a half years', 2.5, 'year', 'programme'),
  ex('Patients waited 20 minutes on average at the front desk.', '20 minutes', 20, 'minute', null, 'about'),
  ex('The unit is staffed for 36 hours each weekend.', '36 hours', 36, 'hour', null),
  ex('The results came back within six weeks.', 'six weeks', 6, 'week', null, 'up to'),
  ex('The team has worked on the problem for more than a decade.', 'a decade', 10, 'year', null, 'more than'),
  ex('Reports now arrive in just 3 days.', '3 days', 3, 'day', null),
  ex('The ICS published a ten-year strategy for digital care.', 'ten-year', 10, 'year', 'strategy'),
  ex('She brings 15 years’ clinical experience to the board.', '15 years', 15, 'year', 'clinical experience'),
  ex('The contract, worth £3.5m over three years, was awarded in May.', 'three years', 3, 'year', null),
  ex('She has worked in community nursing for over 20 years.', '20 years', 20, 'year', null, 'more than'),
  // multipliers and ratios
  ex('The new tool is two and a half times faster than manual review.', 'two and a half times', 2.5, 'multiplier', null),
  ex('Reporting is now three times quicker.', 'three times', 3, 'multiplier', null),
  ex('Readmissions ran at five times the national rate.', 'five times', 5, 'multiplier', null),
  ex('Demand has grown fourfold since the pandemic.', 'fourfold', 4, 'multiplier', null),
  ex('One in five adults has a long-term condition.', 'One in five', 0.2, 'ratio', 'adults'),
  ex('Around 1-in-3 practices report staff shortages.', '1-in-3', 1 / 3, 'ratio', 'practices', 'about'),
  ex('The survey found 1 in 4 nurses had considered leaving.', '1 in 4', 0.25, 'ratio', 'nurses'),
  // fractions that quantify a share of a whole are ratios, as "1-in-2" is
  ex('Around a third of patients now book appointments online.', 'a third', 1 / 3, 'ratio', 'patients', 'about'),
  ex('Half of all practices in the area use the tool.', 'Half', 0.5, 'ratio', 'practices'),
  ex('Two-thirds of respondents backed the proposals.', 'Two-thirds', 2 / 3, 'ratio', 'respondents'),
  ex('By the spring a quarter of GP practices had joined.', 'a quarter', 0.25, 'ratio', 'GP practices'),
  // rates, ranges, age bands, other units
  ex('The area has 28.4 hospital beds per 100,000 people.', '28.4', 28.4, 'count', 'hospital beds', null, 100000),
  ex('Prevalence stands at 12 cases per 1,000 residents.', '12', 12, 'count', 'cases', null, 1000),
  ex('The tool cut segmentation from between 20 minutes and three hours.', '20 minutes', 20, 'minute', null),
  ex('The tool cut segmentation from between 20 minutes and three hours.', 'three hours', 3, 'hour', null),
  ex('Between 20 and 30 patients are seen each session.', '20', 20, 'count', 'patients'),
  ex('Between 20 and 30 patients are seen each session.', '30', 30, 'count', 'patients'),
  ex('Response rates ranged from 10-15% across the sites.', '15%', 15, 'percent', null),
  ex('The campaign targets over 75s living alone.', '75s', 75, 'year', 'age', 'more than'),
  ex('Invitations go to people aged 65 or over.', '65', 65, 'year', 'age', 'at least'),
  ex('Practices with 20 or more GPs were excluded.', '20', 20, 'count', 'GPs', 'at least'),
  ex('Each site will receive £10-15m from the fund.', '£10', 10000000, 'GBP', null),
  ex('Each site will receive £10-15m from the fund.', '15m', 15000000, 'GBP', null),
  ex('The programme is expected to cost £5-10bn.', '10bn', 10000000000, 'GBP', null),
  ex('Response rates ranged from 10-15% across the sites.', '10', 10, 'percent', null),
  ex('The clinic offers drop-in sessions for under 25s.', '25s', 25, 'year', 'age', 'less than'),
  ex('The badge reports a porter’s position within three metres.', 'three metres', 3, 'metre', 'position', 'up to'),
  ex('Community nurses drove 40,000 miles in the pilot year.', '40,000 miles', 40000, 'mile', null),
  ex('The trust saved 1,200 bed-days over the winter.', '1,200 bed-days', 1200, 'bed-day', null),
];

/** Sentences with no metric at all: dates, ordinals, names, codes, "one" as a pronoun or article. */
export const NEGATIVE: readonly string[] = [
  'COVID-19 changed how outpatient clinics work.',
  'Patients can call NHS 111 for urgent advice.',
  'The Core20PLUS5 approach targets health inequalities.',
  'The service is available 24/7 from the hub.',
  'The trust has reached HIMSS Level 5.',
  'The plan was published in 2023.',
  'The strategy runs from 2022 to 2025.',
  'The contract starts on 1 April 2024.',
  'The board met on 14 March to agree the plan.',
  'The ICB set out its 2023/24 priorities.',
  'This is the first ICS to publish a digital plan.',
  'The second phase will focus on community services.',
  'One of the trusts has already gone live.',
  'It is one tool among many in the clinic.',
  'One area of focus is data quality.',
  'The ICS supports the NHS Net Zero Agenda.',
  'The plan includes a commitment to net zero targets.',
  'The Five Year Forward View set the direction for integrated care.',
  'The One London programme joins up records across the capital.',
  'The trust runs Windows 11 on its new laptops.',
  'The team moved to Phase 2 of the roll-out.',
  'Staff use the Microsoft 365 suite for email.',
  'It is the trust’s third attempt at a new record system.',
  'The results were reported in the last two years.',
  'The ICS plans to go live over the next 18 months.',
  'The Top 10 list names the leading suppliers.',
  'The 10 Year Health Plan sets the direction for neighbourhood care.',
  'Nurses check on residents three times a week.',
  'The urgent care centre is open seven days a week.',
  'The service uses two-factor authentication.',
  'The trust is one of the largest in the region.',
  'Activity picked up in the second half of the year.',
  'Half the team joined half an hour later.',
];
