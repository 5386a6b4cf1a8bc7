// Word lists that decide what is *not* a vendor (ANNOTATION.md, "Vendors": NHS bodies,
// universities, charities, government bodies and the publisher never are), kept as data so
// the refiners stay small. Lookups go through folded keys in Sets.
import { OPENING_ADVERBS } from '../entities/lexicon.ts';

/** Folding for lexicon lookups: case, curly quotes, punctuation and spacing do not matter. */
const SIMPLE = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

export function foldKey(s: string): string {
  // most names are plain ASCII words: fold them without the regex passes
  if (SIMPLE.test(s)) {
    const l = s.toLowerCase();
    return l.startsWith('the ') ? l.slice(4) : l;
  }
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * A word anywhere in a name that marks a public, academic, voluntary or NHS body, or a
 * thing that is not a company at all (a programme, a record, an event).
 */
export const NON_VENDOR_WORDS = new Set(
  `nhs trust trusts ics icb icss icbs ccg ccgs pcn pcns hospital hospitals university universities college colleges school schools
  council councils borough county department ministry government parliament agency authority authorities commission committee
  board institute institution charity foundation society association federation collaborative partnership partnerships alliance
  network networks centre center centres practice practices surgery surgeries hospice healthwatch police constabulary fire army navy
  academy faculty office unit team programme program project projects strategy framework plan plans record records conference
  summit awards award expo week day services service innovation research cabinet treasury ambulance clinic clinics cic
  confederation consortium union league church diocese museum library libraries cvs app apps platform portal tool toolkit
  dashboard hub scheme pathway list catalogue marketplace register directory`.split(/\s+/),
);

/** Multi-word marks of a health or public body. */
export const NON_VENDOR_PHRASES = [/\bintegrated care\b/i, /\bhealth and care partnership\b/i, /\bhealth board\b/i, /\bcare record\b/i, /\bpublic health\b/i, /\bprimary care\b/i, /\bcommunity pharmacy\b/i,
  // a maternity system is the NHS's local partnership for maternity care ("… Local Maternity and Neonatal System")
  /\blocal maternity (?:and neonatal )?system\b/i,
  // national charities' local charities, named by their area ("Age UK Norfolk")
  /^Age UK\b/, /^Citizens Advice\b/];

/**
 * Named public bodies, charities, professional bodies and publishers that carry none of the
 * words above (folded). The publisher of an article is never its vendor.
 */
export const NON_VENDOR_NAMES = new Set(
  [
    // publishers and news outlets covering UK health tech
    'HTN', 'Health Tech Newspaper', 'Health Tech News', 'Digital Health', 'Digital Health Networks', 'digitalhealth.net', 'HSJ', 'Health Service Journal',
    'Computer Weekly', 'ComputerWeekly', 'PublicTechnology', 'Public Technology', 'UKAuthority', 'Healthcare IT News', 'Pulse', 'GP Online', 'Nursing Times',
    'BBC', 'Guardian', 'The Guardian', 'The Times', 'Financial Times', 'Reuters', 'Sky News', 'Telegraph', 'Independent', 'Building Better Healthcare',
    'Digital Health Age', 'National Health Executive', 'Health Business', 'MobiHealthNews', 'Becker', 'Fierce Healthcare', 'The King', 'LinkedIn',
    // government, regulators and national bodies
    'NICE', 'MHRA', 'CQC', 'DHSC', 'UKHSA', 'NIHR', 'HDR UK', 'Health Data Research UK', 'Genomics England', 'NHSX', 'NHSE', 'NHSEI', 'HEE',
    'Health Education England', 'Innovate UK', 'UKRI', 'Medical Research Council', 'MRC', 'AHSN', 'AHSNs', 'NHSBSA', 'HSCIC', 'DHSC', 'GDS', 'CCS',
    'Crown Commercial Service', 'ICO', 'Information Commissioner', 'Office for National Statistics', 'ONS', 'OHID', 'UK Government', 'HM Government',
    'Scottish Government', 'Welsh Government', 'Public Health England', 'PHE', 'Monitor', 'GMC', 'NMC', 'HCPC', 'BMA', 'RCGP', 'RCN', 'RCP', 'HFMA',
    'Healthwatch', 'Skills for Care', 'Social Care Institute for Excellence', 'SCIE', 'Care Quality Commission', 'Care Quality', 'European Commission', 'WHO',
    'World Health Organization', 'HIMSS', 'Healthcare Information and Management Systems Society', 'FDA', 'Track and Trace', 'Test and Trace',
    // charities and think tanks
    'Wellcome', 'Nuffield Trust', "King's Fund", 'The King’s Fund', 'Health Foundation', 'Macmillan', 'Macmillan Cancer Support', 'Cancer Research UK',
    'British Heart Foundation', 'Age UK', 'Mind', 'Barnardo', 'British Red Cross', 'Red Cross', 'St John Ambulance', 'Marie Curie', 'Diabetes UK',
    'Asthma UK', 'Asthma + Lung UK', 'Alzheimer', "Alzheimer's Society", 'Samaritans', 'Rethink Mental Illness', 'Young Minds', 'YoungMinds', 'CW+',
    'Carers UK', 'Versus Arthritis', 'Stroke Association', 'Teenage Cancer Trust', 'NHS Charities Together', 'Reform', 'Policy Exchange', 'Demos',
    'Mencap', 'Royal Mencap Society', 'National Autistic Society', 'Learning Disability England', 'Dementia UK', 'Bowel Cancer UK', 'Breast Cancer Now', 'Prostate Cancer UK', 'The Eve Appeal', 'Eve Appeal', 'Sue Ryder', 'Carers Trust', 'Independent Age', 'Anthony Nolan', 'Cystic Fibrosis Trust', 'MS Society', 'Epilepsy Action', 'Target Ovarian Cancer', 'Pancreatic Cancer UK', 'Blood Cancer UK', 'Kidney Research UK', 'British Liver Trust', 'Royal National Institute of Blind People', 'RNIB', 'Royal National Institute for Deaf People', 'RNID', 'Action for Children', 'NSPCC', "Barnardo's", 'Shelter', 'Crisis',
    'Institute for Government', 'Ada Lovelace Institute', 'Nesta', 'Citizens Advice', 'Local Government Association', 'LGA', 'NHS Confederation',
    'NHS Providers', 'Academic Health Science Network', 'Health Innovation Network', 'UCLPartners', 'Imperial College Health Partners', 'techUK', 'ABHI', 'Digital Catapult',
    // universities known by a short name without "University" in it
    'UCL', 'KCL', 'LSE', 'LSHTM', 'UEA', 'UWE', 'UCLan', 'MMU', 'LJMU', 'Imperial', 'Imperial College', 'Imperial College London', 'Oxford', 'Cambridge',
    'Warwick', 'Durham', 'Exeter', 'Bristol', 'Leeds Beckett', 'Open University', 'OU', 'QMUL', 'Queen Mary', 'St George', 'Birkbeck', 'SOAS',
  ].map(foldKey),
);

/** Honorifics that make the next name a person's. */
export const TITLES = new Set(['Dr', 'Dr.', 'Professor', 'Prof', 'Prof.', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Sir', 'Dame', 'Lord', 'Lady', 'Baroness', 'Baron', 'Cllr', 'Councillor', 'Rev', 'Nurse', 'Saint']);

/** Nationality adjectives, which describe a company ("Swedish firm Sectra") but never name one. */
export const DEMONYMS: ReadonlySet<string> = new Set(
  `American British English Scottish Welsh Irish European Dutch German French Swedish Danish Norwegian Finnish Icelandic
  Estonian Belgian Swiss Austrian Spanish Portuguese Italian Greek Polish Czech Hungarian Ukrainian Israeli Indian Chinese Japanese
  Korean Taiwanese Singaporean Australian Canadian Mexican Brazilian Emirati Saudi Turkish African Nigerian Kenyan Asian
  Slovenian Slovak Slovakian Croatian Serbian Bosnian Romanian Bulgarian Lithuanian Latvian Luxembourgish Maltese Cypriot Russian
  Belarusian Georgian Armenian Egyptian Moroccan Tunisian Algerian Pakistani Bangladeshi Nepalese Thai Vietnamese Malaysian
  Indonesian Filipino Chilean Argentine Argentinian Colombian Peruvian Cuban Jamaican Ghanaian Ethiopian Ugandan Tanzanian Rwandan
  Zimbabwean Zambian Qatari Kuwaiti Omani Bahraini Jordanian Lebanese Iranian Iraqi Afghan Kazakh Scandinavian Nordic
  Baltic Californian Liechtensteiner Monegasque Andorran`.split(/\s+/),
);

const COMPASS_WORD = /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Sub-Saharan)$/;
/** "Korean", "South Korean", "North American": a nationality, however a compass word qualifies it. */
export function isNationality(words: readonly string[]): boolean {
  return words.length > 0 && DEMONYMS.has(words[words.length - 1]!) && words.slice(0, -1).every((w) => COMPASS_WORD.test(w));
}

/**
 * Capitalised words that open a sentence or heading but never a company name; a candidate
 * made only of these, or starting with one, is dropped.
 */
export const NON_NAME_WORDS = new Set(
  `The This That These Those Our We They It Its Their Them His Her He She You Your I A An Each All Both Many Some Other Others Any
  Every Most More Such Several Various Local National Regional Existing New Current Further Partners Partner Suppliers Supplier
  Providers Provider Companies Company Vendors Vendor Systems System Organisations Organisation Clinicians Patients Staff Teams
  January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday
  Saturday Sunday Spring Summer Autumn Winter England Scotland Wales Ireland Britain UK London Europe US USA Here There What Which
  Who Whose How When Where Why Not No Yes Also However In On At By For From With As Of To Case Study Read Learn Find See Click
  Through Across Via Under Within Without After Before During Since Until Alongside Together Meanwhile Today Now Currently Recently
  And Or But If So Then Thus Therefore Additionally Furthermore Moreover Overall Finally Plus Last Next First Second Third
  Off Out Up Over Into Onto Upon Behind Beyond Around About Against Among Between
  Let Because Although Though While Whilst Once Unless Whereas Like Unlike Following Despite Children Women Men People Information
  AI EPR EHR ${OPENING_ADVERBS}`.split(/\s+/).concat([...DEMONYMS]),
);

/**
 * Common first names in the UK (ONS baby-name and population lists): "James Davis" after
 * "worked with" is a person. Used only for two- and three-word names found by context.
 */
export const FIRST_NAMES = new Set(
  `James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald Steven Paul
  Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry
  Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry
  Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence
  Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell
  Bobby Mason Philip Louis Harry Oliver Charlie Alfie Leo Freddie Archie Theo Oscar Max Isaac Lucas Finley Toby Simon Ian Neil Graham
  Martin Colin Nigel Stuart Gavin Craig Darren Dean Lee Tom Ben Sam Rob Rich Matt Chris Mike Dave Steve Nick Andy Rory Callum Ewan
  Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley Kimberly Emily
  Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Anna
  Brenda Pamela Nicole Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie
  Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann
  Teresa Kathryn Sara Janice Jean Alice Madison Doris Abigail Julia Judy Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia
  Marie Diana Brittany Natalie Isabella Charlotte Rose Alexis Kayla Amelia Isla Ava Mia Ivy Lily Freya Florence Poppy Ella Evie
  Sophie Chloe Lucy Jessica Holly Claire Louise Nicola Joanne Kirsty Gemma Zoe Jane Jo Kate Kath Liz Sue Jen Bev Caroline Fiona
  Alison Gillian Lorraine Tracey Tracy Wendy Yvonne Sian Bethan Siobhan Aoife Niamh Priya Anjali Aisha Fatima Mohammed Muhammad Ali
  Ahmed Omar Hassan Raj Sanjay Ravi Amit Vikram Arjun Rahul`.split(/\s+/),
);

/**
 * English and UK regions, counties and cities (ONS geography names): a place written with a
 * possessive or as a subject ("Norfolk's shared care record system") is not a company.
 */
export const PLACES = new Set(
  [
    'England', 'Scotland', 'Wales', 'Northern Ireland', 'Britain', 'Great Britain', 'UK', 'London', 'Midlands', 'East Midlands', 'West Midlands',
    'North East', 'North West', 'South East', 'South West', 'East of England', 'Yorkshire and the Humber', 'Humber', 'Black Country',
    'Bedfordshire', 'Berkshire', 'Bristol', 'Buckinghamshire', 'Cambridgeshire', 'Cheshire', 'Cornwall', 'Cumbria', 'Derbyshire', 'Devon',
    'Dorset', 'Durham', 'Essex', 'Gloucestershire', 'Greater London', 'Greater Manchester', 'Hampshire', 'Herefordshire', 'Hertfordshire',
    'Isle of Wight', 'Kent', 'Lancashire', 'Leicestershire', 'Lincolnshire', 'Merseyside', 'Norfolk', 'Northamptonshire', 'Northumberland',
    'Nottinghamshire', 'Oxfordshire', 'Rutland', 'Shropshire', 'Somerset', 'Staffordshire', 'Suffolk', 'Surrey', 'Sussex', 'East Sussex',
    'West Sussex', 'Tyne and Wear', 'Warwickshire', 'Wiltshire', 'Worcestershire', 'North Yorkshire', 'South Yorkshire', 'West Yorkshire',
    'East Yorkshire', 'Birmingham', 'Manchester', 'Leeds', 'Liverpool', 'Sheffield', 'Newcastle', 'Nottingham', 'Leicester', 'Coventry',
    'Bradford', 'Cambridge', 'Oxford', 'Southampton', 'Portsmouth', 'Plymouth', 'Exeter', 'Norwich', 'Ipswich', 'Peterborough', 'Milton Keynes',
    'Luton', 'Reading', 'Brighton', 'Hull', 'York', 'Derby', 'Stoke', 'Wolverhampton', 'Sunderland', 'Middlesbrough', 'Preston', 'Blackpool',
    'Bolton', 'Wigan', 'Salford', 'Stockport', 'Oldham', 'Rochdale', 'Wakefield', 'Doncaster', 'Rotherham', 'Barnsley', 'Gloucester',
    'Worcester', 'Hereford', 'Lincoln', 'Chester', 'Carlisle', 'Lancaster', 'Bath', 'Swindon', 'Cardiff', 'Swansea', 'Edinburgh', 'Glasgow',
    'Aberdeen', 'Dundee', 'Belfast', 'Solihull', 'Walsall', 'Dudley', 'Sandwell', 'Kingston', 'Croydon', 'Camden', 'Islington', 'Hackney',
    'Lambeth', 'Southwark', 'Lewisham', 'Greenwich', 'Barnet', 'Enfield', 'Haringey', 'Brent', 'Ealing', 'Hounslow', 'Harrow', 'Hillingdon',
    'Westminster', 'Wirral', 'Sefton', 'Knowsley', 'Halton', 'Warrington', 'Waveney', 'Worcestershire', 'Mansfield', 'Bedford', 'Basildon',
  ].map(foldKey),
);

/** Last words of company names, never of a person's: a speaker or product named so is a company, and an article drops them after first use ("Tidewell" for "Tidewell Digital"). */
export const COMPANY_LAST_WORDS: ReadonlySet<string> = new Set(['Networks', 'Technologies', 'Technology', 'Systems', 'Solutions', 'Software', 'Labs', 'Health', 'Healthcare', 'Digital', 'Medical', 'Group', 'Holdings', 'Analytics', 'Diagnostics', 'Therapeutics', 'Robotics', 'Consulting', 'Partners', 'Informatics']);

/**
 * What a company or a body has that is no product, after its possessive: "Kestrel Health's Chief Executive", "Sheffield
 * Health's Board", "… Health's UK arm".
 */
export const NOT_A_PRODUCT_OWNED: ReadonlySet<string> = new Set([
  'Board', 'Boards', 'Team', 'Teams', 'Chief', 'Director', 'Directors', 'Head', 'Executive', 'Committee', 'Council', 'Trust',
  'Department', 'Unit', 'Chair', 'Chairman', 'Chairwoman', 'Managing', 'Medical', 'Clinical', 'Nursing', 'Finance', 'Annual',
  'Strategy', 'Deputy', 'Senior', 'Founder', 'Co-founder', 'President', 'Vice', 'Group', 'Programme', 'Lead', 'Principal',
  'Professor', 'Dr', 'Mr', 'Mrs', 'Ms', 'Sir', 'Dame', 'CEO', 'CTO', 'CFO', 'COO', 'CMO', 'CIO', 'UK', 'US', 'European',
]);

/** Things a company makes, in the singular ("the hospice system from Advanced", "QuikRead go analysers from Aidian"). */
export const MADE_THINGS: readonly string[] = [
  'platform', 'solution', 'software', 'system', 'app', 'application', 'technology', 'tool', 'product', 'portal', 'device', 'suite', 'EPR', 'EHR', 'PAS', 'PACS',
  'simulator', 'robot', 'implant', 'scanner', 'sensor', 'tag', 'kit', 'hardware', 'headset', 'wearable', 'algorithm', 'chatbot',
  'analyser', 'analyzer', 'monitor', 'middleware', 'machine', 'pump', 'handset', 'tablet', 'cabinet', 'kiosk',
  'dispenser', 'pendant', 'alarm', 'camera', 'laptop', 'detector', 'oximeter', 'stethoscope', 'otoscope', 'thermometer',
  'patch', 'inhaler', 'glucometer', 'wristband', 'smartwatch', 'service',
];

/** What an article calls a vendor it has named, after "the": "The Bristol-based company …", "the supplier's …". */
export const THE_COMPANY_NOUN = String.raw`(?:company|firm|business|supplier|start-?up|spin-?out|vendor|developer|manufacturer)`;
