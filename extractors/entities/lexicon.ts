// Word lists of the entities extractor: honorifics, role titles, the heads of organisation
// names, national bodies, product cues. All describe English and the UK health domain; none
// lists an article's people or bodies.

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const set = (s: string) => new Set(words(s));

/** Honorifics dropped from a person's name ("Dr Jane Haplin" → "Jane Haplin"). */
export const HONORIFICS = set('Dr Dr. Professor Prof Prof. Sir Dame Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Lord Lady Baroness Baron Cllr Councillor Rev Revd');

/**
 * Common UK first names (ONS baby names in England and Wales, top names of the 1950s-2000s, and
 * common names of the UK's South Asian, Irish and Welsh communities): a cue that two capitalised
 * words after "spoke with", or before "said", are a person.
 */
export const FIRST_NAMES = set(`
Aaron Abbie Abdul Abigail Adam Adrian Ahmed Aidan Aisha Alan Alastair Alex Alexander Alexandra Alexis Alfie Ali Alice Alison Alistair Amanda Amber Amelia Amir Amit Amy Andrea Andrew Andy Angela Anil Anita Ann Anna Anne Annie Anthony Anjali Aoife Archie Arjun Arthur Ashley Asif Ava
Barbara Barry Becky Ben Benjamin Beth Bethan Beverley Bill Billy Bob Brenda Brian Bridget Bruce
Callum Cameron Carl Carol Caroline Carolyn Catherine Charles Charlie Charlotte Chloe Chris Christian Christina Christine Christopher Claire Clare Colin Connor Craig
Dale Damian Daniel Danielle Darren Dave David Dawn Dean Debbie Deborah Declan Denise Dennis Derek Diane Dominic Donna Duncan Dylan
Eddie Edward Eileen Elaine Eleanor Elizabeth Ella Ellie Emily Emma Eric Erin Ethan Eve Evie Ewan
Faisal Farah Fatima Fiona Frances Francesca Frank Fraser Freddie Freya
Gareth Gary Gavin Gemma Geoff Geoffrey George Georgia Gerald Gill Gillian Glen Gordon Grace Graham Grant Greg Gregory
Hamza Hannah Harriet Harry Hassan Hayley Heather Helen Henry Holly Hugh Hussain
Iain Ian Imran Isaac Isabel Isabella Isla Ivan
Jack Jackie Jacob Jacqueline Jade Jake James Jamie Jane Janet Jasmine Jason Jay Jean Jeff Jennifer Jenny Jeremy Jess Jessica Jill Jim Jo Joan Joanna Joanne Joe Joel John Jon Jonathan Jordan Joseph Josh Joshua Joy Judith Judy Julia Julian Julie Justin
Karen Karl Kate Katherine Kathryn Katie Kay Keith Kelly Kerry Kevin Kieran Kim Kirsty Kris
Laura Lauren Lee Leah Leo Leon Leslie Lewis Liam Linda Lindsay Lisa Liz Lorna Lorraine Louise Lucy Luke Lynn Lynne
Maria Marie Mark Martin Martyn Mary Matt Matthew Maureen Max Megan Melanie Melissa Michael Michelle Mike Mohammed Mohammad Muhammad Moira Molly
Nadia Naomi Natalie Natasha Neil Nicholas Nick Nicola Nigel Niamh Noah Norman
Oliver Olivia Omar Oscar Owen
Pamela Patricia Patrick Paul Paula Pauline Penny Peter Philip Phil Phillip Poppy Priya
Rachel Rahul Raj Rajesh Ravi Rebecca Rhys Richard Rob Robert Robin Robyn Roger Rory Rosie Ross Roy Ruth Ryan
Sally Sam Samantha Samuel Sandra Sanjay Sara Sarah Scott Sean Shaun Sharon Sheila Shirley Siobhan Simon Sophie Stacey Stephanie Stephen Steve Steven Stewart Stuart Sue Susan Suzanne
Tanya Tara Teresa Terry Theo Thomas Tim Timothy Tina Toby Tom Tony Tracey Tracy Trevor
Umar Usman Vanessa Vicky Victoria Vikram Vincent Vivienne
Wayne Wendy William Yasmin Yvonne Zahra Zara Zoe
Morag Catrin Siân Sian Rhian Eilidh Mhairi Ciara Dafydd Hamish Ailsa Seren Cerys Alun Euan Fergus Saoirse Oisin Padraig Deirdre Ffion Angharad Bronwen Carys Elin Eleri Gethin Huw Ieuan Iwan Lowri Nia Owain Rhodri Sioned Tomos Aled Emyr Geraint Heledd Mared Osian Alasdair Catriona Iona Kirsteen Lachlan Mairi Morven Murdo Rona Shona Struan Aisling Caoimhe Ciaran Clodagh Eimear Eoin Fionnuala Grainne Orla Roisin Sinead Colm Cormac Donal Eamon Eamonn Fintan Niall Ronan Seamus Tadhg Sunita Deepak Suresh Nikhil Kavita Meera Neha Pooja Rohit Vivek Amina Chidi Chinedu Ngozi Oluwaseun Tunde Yetunde Kwame Kofi Abena Folake Adebayo Olu Funmi Nkechi Tariq Bilal Zainab Ayesha Samina Shabana Rukhsana Farhan Kamran Parveen Nasreen Harpreet Gurpreet Jaswinder Manpreet Rajinder Sukhwinder Jagdeep Baljit Kiran Anjum Mehmet Ahmet Ayse Elif Katarzyna Agnieszka Magdalena Tomasz Piotr Krzysztof Marek Ewa Dorota Ioana Andreea Bogdan Mihai Stefan Lukas Jakub Tereza Petra Marta Ines Joao Pedro Rui Tiago Beatriz Giulia Marco Luca Matteo Giovanni Francesco Alessandro Chiara Federica Hannelore Jurgen Lars Sven Ingrid Astrid Sigrid Henrik Anders Nils Mette Hanne
`);

/** Head nouns of a job title ("chief information officer", "head of digital", "GP"). */
export const ROLE_HEADS = set(`
officer director executive manager lead leader head chair chairman chairwoman chairperson founder co-founder cofounder president
partner consultant nurse surgeon physician clinician doctor professor lecturer researcher architect analyst engineer scientist
specialist coordinator co-ordinator adviser advisor secretary minister governor trustee fellow registrar pharmacist paramedic midwife
therapist psychologist psychiatrist radiologist oncologist cardiologist dermatologist ophthalmologist administrator owner champion
principal commissioner controller superintendent matron practitioner member GP GPs CEO CIO CCIO CNIO CMIO CTO CFO COO CDIO CDO CISO
CPO CMO CNO SRO MD chief-executive chancellor`);

/** Words that open or qualify a job title ("senior", "deputy", "chief"). */
export const ROLE_MODIFIERS = set(`
chief senior deputy associate assistant interim acting executive managing lead principal clinical medical nursing digital
programme program project general founding former previous national regional joint group divisional strategic operational
technical head vice co IT information innovation technology data transformation finance financial operating operations
commercial research consultant specialist advanced junior health care primary non-executive independent`);

/** Speech verbs that tie a quote to a named person. */
export const SPEECH_VERBS = set('said says say adds added explains explained told tells commented comments continues continued shares shared highlighted notes noted states stated recalls stressed concludes concluded');

/** Cues before a name: "spoke with James Davis", "heard from Peter Thomas". */
export const PERSON_CUES = [/\b(?:spoke|speaking|spoken|talked|talking) (?:with|to) $/i, /\bheard from $/i, /\binterview(?:ed|ing)? (?:with )?$/i, /\bjoined by $/i, /\bstatement from $/i, /\baccording to $/i, /\bcomments? from $/i];

/** A single-word organisation head, the last word of a body's name; "strong" heads make a name without other cues. */
export const ORG_HEADS_STRONG = set(`
Trust ICS ICB CSU Hospital Hospitals Infirmary University College Council CCG PCN Federation Confederation Collaborative Healthcare CVS
Hospice Hospices Hospicecare AHSN Ltd Limited plc PLC LLP Inc CIC HSCP IJB LMNS`);

/** The head that ends a GP practice's name ("Filey Surgery", "Lockleaze Family Practice"). */
export const PRACTICE_END = /\b(?:Surgery|Practice)$/;

/** A company's legal suffix: whatever words come before it name a company ("Healthcare Systems Ltd"). */
export const COMPANY_SUFFIXES = set('Ltd Limited plc PLC LLP Inc CIC');

/**
 * The entity rules that name a company: the supplier gazetteer, a company noun or apposition, where it is
 * based, who made something, and a name ending in a legal suffix (rules.ts names those "x-" and the head).
 */
export const COMPANY_RULES: ReadonlySet<string> = new Set([
  'supplier-gazetteer', 'company-x', 'brand-subject', 'case-study-x', 'x-a-company', 'made-by-x', 'based-x', 'product-from-x', 'supplier-context', 'x-company-tail', 'company-called-x', 'x-which-employs', 'trademark-owner', 'research-arm',
  ...[...COMPANY_SUFFIXES].map((h) => `x-${h.toLowerCase()}`),
]);

/** Heads that need the next word not to be capitalised (a longer name may go on: "Innovation Sites"). */
export const ORG_HEADS_WEAK = set(`
Centre Center Hub Board Office Network Academy Zone Institute Society Commission Agency Authority Directorate Unit Alliance
Consortium Foundation Charity Innovation Collaboration Partnership Service Services Pathology Group Department Library Forum
Association Council School Laboratory Laboratories Clinic Group Trust Co-operative Cooperative Consortium Partners Committee
Police Constabulary Appeal Ventures Corporation Surgery Pharmacy`);

/** Multi-word heads written out, matched as whole phrases ending a name. */
export const ORG_HEAD_PHRASES: readonly string[][] = [
  'Integrated Care Board', 'Integrated Care System', 'Integrated Care Partnership', 'Health and Care Partnership', 'NHS Foundation Trust',
  'NHS Trust', 'Foundation Trust', 'Health Board', 'Ambulance Service', 'Medical Services', 'Health Services', 'College London', 'College Dublin',
  'Medical Practice', 'GP Practice', 'Group Practice', 'Medical Centre', 'Health Centre', 'Medical Group', 'Family Practice', 'Clinical Research Facility',
  'Local Maternity and Neonatal System', 'Local Maternity System', 'Business Bank', 'Business Angels', 'Local Medical Committees',
  'Health and Care', 'Community Interest Company',
].map(words);

/** Words that begin a name head-first: "University of Cambridge", "Department of Health". */
export const HEAD_FIRST = set('University Department Ministry Academy Institute Faculty College Office Centre Royal School');

/** The health and technology press, listed with the national bodies. */
const PUBLISHER_NAMES = [
  'HTN', 'Health Tech Newspaper', 'Digital Health', 'Digital Health News', 'Digital Health Intelligence', 'National Health Executive', 'Nursing Times',
  'Healthcare IT News', 'Computer Weekly', 'UKAuthority', 'HSJ', 'Health Service Journal',
];

/** National and well-known UK health, care and government bodies, publishers and charities. */
export const NATIONAL_BODIES: readonly string[] = [
  // (public bodies, regulators, local government's bodies and national charities the helper batches name: real names)
  'Competition and Markets Authority', 'Parliament', 'COSLA', 'Scotland Excel', 'Invest Northern Ireland', 'HL7 UK',
  'Endometriosis UK', 'Good Things Foundation', 'Papyrus', 'Childline', 'techUK',
  // national charities and public bodies of justice, homelessness and inclusion health, drugs and alcohol, sexual health,
  // sight and hearing, the armed forces and older age (real names, from the Charity Commission's register and GOV.UK)
  'Homeless Link', 'St Mungo’s', "St Mungo's", 'Centrepoint', 'Migrant Help', 'Refugee Council', 'British Red Cross', 'The Salvation Army',
  'Salvation Army', 'Doctors of the World', 'Doctors of the World UK', 'Friends, Families and Travellers', 'Traveller Movement',
  'Revolving Doors', 'Together for Mental Wellbeing', 'Nacro', 'Howard League for Penal Reform', 'Prison Reform Trust',
  'HM Prison and Probation Service', 'HMPPS', 'Youth Justice Board', 'Crown Prosecution Service', 'Forensic Science Regulator',
  'Legal Aid Agency', 'Building Digital UK', 'BDUK', 'Homes England', 'Jobcentre Plus', 'Change Grow Live', 'We Are With You',
  'Phoenix Futures', 'Forward Trust', 'Adfam', 'Alcohol Change UK', 'Action on Smoking and Health', 'Terrence Higgins Trust',
  'National AIDS Trust', 'British Association for Sexual Health and HIV', 'BASHH', 'RNIB', 'Royal National Institute of Blind People',
  'RNID', 'Guide Dogs', 'Fight for Sight', 'Macular Society', 'British Dental Association', 'College of Optometrists',
  'Association of Optometrists', 'Optometry Scotland', 'British Society of Audiology', 'British Academy of Audiology',
  'Help for Heroes', 'Combat Stress', 'SSAFA', 'Royal British Legion', 'The Royal British Legion', 'Blesma', 'Walking With The Wounded',
  'Forces in Mind Trust', 'Office for Veterans’ Affairs', "Office for Veterans' Affairs", 'Veterans UK', 'Defence Medical Services',
  'Royal Voluntary Service', 'Age Scotland', 'Age Cymru', 'Age NI', 'Centre for Ageing Better', 'British Geriatrics Society',
  'TEC Services Association', 'Care England', 'National Care Forum', 'Homecare Association', 'Care Provider Alliance',
  'Association of Directors of Adult Social Services', 'ADASS', 'Association of Directors of Public Health', 'Faculty of Public Health',
  'British Cardiovascular Society', 'Chest Heart & Stroke Scotland', 'Heart UK', 'Arrhythmia Alliance',
  // transport authorities, kidney care bodies and Scotland's national special health boards
  'Transport for London', 'TfL', 'Transport for Greater Manchester', 'TfGM', 'Transport for Wales', 'Transport for the North',
  'Transport for West Midlands', 'UK Kidney Association', 'UK Renal Registry', 'Kidney Research UK', 'National Kidney Federation',
  'Kidney Wales', 'NHS Golden Jubilee', 'Golden Jubilee National Hospital', 'State Hospitals Board for Scotland', 'Scottish Ambulance Service',
  'NHS England', 'NHS Digital', 'NHS Improvement', 'NHS Scotland', 'NHS Wales', 'NHSX', 'NHS Providers', 'NHS Confederation',
  'NHS Employers', 'NHS Business Services Authority', 'NHS Blood and Transplant', 'NHS Resolution', 'NHS Property Services',
  'NHS Shared Business Services', 'NHS Test and Trace', 'Test and Trace', 'Track and Trace', 'NHS Transformation Directorate',
  'NHS Supply Chain', 'NHS Education for Scotland', 'NHS 24', 'Digital Health and Care Wales', 'DHCW',
  'Digital Health and Care Northern Ireland', 'Digital Health Care Northern Ireland', 'NHS Wales Informatics Service',
  'Public Health Wales', 'Health Education and Improvement Wales', 'Public Health Scotland', 'NHS National Services Scotland',
  'Healthcare Improvement Scotland', 'Health and Social Care Northern Ireland',
  // Scotland's fourteen territorial health boards
  'NHS Ayrshire and Arran', 'NHS Borders', 'NHS Dumfries and Galloway', 'NHS Fife', 'NHS Forth Valley', 'NHS Grampian',
  'NHS Greater Glasgow and Clyde', 'NHS Highland', 'NHS Lanarkshire', 'NHS Lothian', 'NHS Orkney', 'NHS Shetland', 'NHS Tayside',
  'NHS Western Isles', 'Public Health Agency', 'Business Services Organisation',
  // the Republic of Ireland's health service and its department, which articles about Northern Ireland name across the border
  'Health Service Executive', 'Department of Health (Ireland)', 'Health and Safety Executive',
  'NHS AI Lab', 'NHS AI and Digital Regulations Service', 'Scottish Government', 'Welsh Government', 'Northern Ireland Executive', 'Department of Health (Northern Ireland)', 'UK Government', 'Department of Health and Social Care', 'Department of Health',
  'DHSC', 'Cabinet Office', 'HM Treasury', 'Treasury', 'Home Office', 'Government Digital Service', 'Office for National Statistics',
  'ONS', 'Public Health England', 'UK Health Security Agency', 'UKHSA', 'Health Education England', 'HEE', 'Care Quality Commission',
  'CQC', 'NICE', 'National Institute for Health and Care Excellence', 'MHRA', 'Medicines and Healthcare products Regulatory Agency',
  'NIHR', 'National Institute for Health and Care Research', 'Health Data Research UK', 'HDR UK', 'Genomics England',
  'Our Future Health', 'UK Research and Innovation', 'UKRI', 'Innovate UK', 'Health Innovation Network', 'AHSN Network',
  'The King’s Fund', "The King's Fund", 'King’s Fund', "King's Fund", 'Nuffield Trust', 'The Health Foundation', 'Health Foundation',
  'Wellcome Trust', 'Wellcome', 'Macmillan Cancer Support', 'Cancer Research UK', 'British Heart Foundation', 'Alzheimer’s Society',
  "Alzheimer's Society", 'Age UK', 'Mind', 'Hospice UK', 'Diabetes UK', 'Asthma + Lung UK', 'Kidney Care UK', 'Parkinson’s UK', "Parkinson's UK",
  'Carers UK', 'Stroke Association', 'Versus Arthritis', 'Together for Short Lives', 'Rethink Mental Illness', 'National Voices',
  // national health and care charities
  'Mencap', 'Royal Mencap Society', 'National Autistic Society', 'Learning Disability England', 'Dementia UK', 'Bowel Cancer UK', 'Breast Cancer Now', 'Prostate Cancer UK', 'The Eve Appeal', 'Eve Appeal', 'Sue Ryder', 'Carers Trust', 'Independent Age', 'Anthony Nolan', 'Cystic Fibrosis Trust', 'MS Society', 'Epilepsy Action', 'Target Ovarian Cancer', 'Pancreatic Cancer UK', 'Blood Cancer UK', 'Kidney Research UK', 'British Liver Trust', 'Royal National Institute of Blind People', 'RNIB', 'Royal National Institute for Deaf People', 'RNID', 'Action for Children', 'NSPCC', "Barnardo's",
  'Patients Association', 'Royal College of Physicians', 'Royal College of Surgeons', 'Royal College of Psychiatrists',
  'Royal College of Radiologists', 'Royal College of Paediatrics and Child Health', 'NHS Race and Health Observatory',
  'Marie Curie', 'Welsh NHS Confederation', 'Health and Care Research Wales', 'Research Data Scotland', 'National Services Scotland',
  'Senedd', 'Scottish Parliament', 'Welsh Parliament', 'Northern Ireland Assembly', 'House of Commons', 'House of Lords',
  'Government of Jersey', 'States of Guernsey', 'Health and Care Jersey', 'Manx Care', 'Isle of Man Government',
  // Scotland's and Wales's national names and programmes bodies the helper batches name (real names)
  'NHSScotland', 'Technology Enabled Care Cymru', 'TEC Cymru', 'Cwmpas', 'One London', 'London Councils', 'Joined Up Care Derbyshire',
  // NHS hospital groups whose names hold a list of trusts
  'St George’s, Epsom and St Helier University Hospitals and Health Group', "St George's, Epsom and St Helier University Hospitals and Health Group",
  // by hand from knowledge of the sector: the social enterprises and community interest companies that provide NHS
  // community services in England, children and young people's mental health and learning disability charities,
  // London's regional bodies, Wales's improvement and inspection bodies, and the Crown Dependencies' public bodies
  'Livewell Southwest', 'Sirona care & health', 'Sirona Care & Health', 'Locala Health and Wellbeing', 'Locala', 'City Health Care Partnership',
  'Navigo', 'Care Plus Group', 'Anglian Community Enterprise', 'Medway Community Healthcare', 'First Community Health and Care',
  'YoungMinds', 'Young Minds', 'Place2Be', 'Anna Freud National Centre for Children and Families', 'Anna Freud', 'The Children’s Society',
  "The Children's Society", 'Ormiston Families', 'Inclusion North', 'Challenging Behaviour Foundation', 'Choice Support',
  'Greater London Authority', 'Mayor of London', 'Healthy London Partnership', 'Thrive LDN', 'Improvement Cymru',
  'Care Inspectorate Wales', 'Llais', 'Bevan Commission', 'Digital Jersey', 'University College Isle of Man', 'Medical Specialist Group',
  // and national bodies of research, workforce health and property, HIV charities
  'Community Health Partnerships', 'NHS Practitioner Health', 'Practitioner Health', 'NHS Health at Work Network', 'Universities UK',
  'NHS Research Scotland', 'Chief Scientist Office', 'Scottish Health Technologies Group', 'Medical Research Council',
  'Accelerated Access Collaborative', 'London Procurement Partnership', 'Queen’s Nursing Institute Scotland', "Queen's Nursing Institute Scotland", 'Positively UK', 'Positive East', 'BHA for Equality',
  'Sussex Beacon', 'George House Trust', 'Tommy’s', "Tommy's", 'Sands', 'Bliss', 'Twins Trust', 'Lullaby Trust', 'NCT',
  // and the national bodies and providers of drug, alcohol and gambling harm services
  'Office for Health Improvement and Disparities', 'OHID', 'Gambling Commission', 'GamCare', 'GambleAware', 'Gordon Moody',
  'National Problem Gambling Clinic', 'NHS Northern Gambling Service', 'NHS Southern Gambling Service', 'Humankind', 'Cranstoun',
  'Turning Point', 'Londonwide LMCs', 'Welsh Language Commissioner',
  // the Crown Dependencies' parliaments and governments
  'Tynwald', 'States Assembly', 'States of Jersey', 'States of Deliberation', 'States of Alderney', 'Chief Pleas', 'Hospice Isle of Man',
  // campaign and civil-liberties groups that health-data and NHS-contract stories quote (the Federated Data Platform,
  // data sharing, privatisation), and the one-word names of hospice charities that name no head ("Hospiscare in Exeter")
  'medConfidential', 'Good Law Project', 'Keep Our NHS Public', 'Big Brother Watch', 'Open Rights Group', 'Privacy International',
  'Just Treatment', 'We Own It', 'Doctors’ Association UK', "Doctors' Association UK", 'Patients Not Passports', 'Citizens Advice',
  'Health Equals', 'Hospiscare',
  'Healthwatch England', 'Healthwatch', 'British Medical Association', 'BMA',
  'Royal College of Nursing', 'RCN', 'Royal College of GPs', 'Royal College of General Practitioners', 'RCGP',
  'General Medical Council', 'GMC', 'Nursing and Midwifery Council', 'NMC', 'Health and Care Professions Council',
  'Local Government Association', 'LGA', 'Ofcom', 'Ofsted', 'Crown Commercial Service', 'The National Lottery Community Fund', 'National Lottery Community Fund',
  'NHS Commercial Solutions', 'HealthTrust Europe', 'Faculty of Clinical Informatics', 'BCS', 'HSSIB', 'Healthcare Safety Investigation Branch',
  ...PUBLISHER_NAMES, 'UCL', 'KCL', 'LSE', 'LSHTM',
  'London School of Hygiene and Tropical Medicine', 'Imperial College London', 'Imperial', 'University College London', 'University College Dublin', 'Trinity College Dublin',
  'Open University', 'Samaritans', 'Digital Health and Care Innovation Centre', 'Professional Record Standards Body', 'PRSB',
  // national bodies of data, audit, research and regulation, adult social care and the professions
  'National Data Guardian', 'National Audit Office', 'Public Accounts Committee', 'Health and Social Care Committee',
  'Information Commissioner’s Office', "Information Commissioner's Office", 'National Cyber Security Centre', 'NCSC',
  'Health Research Authority', 'Office for Life Sciences', 'NHS Counter Fraud Authority', 'Skills for Care', 'NHS Professionals',
  'Companies House', 'Police Scotland', 'General Practitioners Committee', 'GPC England', 'North of England Commissioning Support',
  'Social Care Institute for Excellence', 'SCIE', 'Think Local Act Personal', 'Association of Directors of Adult Social Services',
  'ADASS', 'Care England', 'National Care Forum', 'Homecare Association', 'TEC Services Association', 'Digital Care Hub',
  'Care Provider Alliance', 'Academy of Medical Royal Colleges', 'Royal Pharmaceutical Society', 'General Pharmaceutical Council',
  'Royal College of Midwives', 'Royal College of Emergency Medicine', 'Royal College of Anaesthetists', 'Royal College of Pathologists',
  'Royal College of Obstetricians and Gynaecologists', 'Royal College of Ophthalmologists', 'Chartered Society of Physiotherapy',
  'Royal College of Occupational Therapists', 'Institute of Health Visiting', 'Queen’s Nursing Institute', "Queen's Nursing Institute",
  'Association of Ambulance Chief Executives', 'College of Paramedics', 'Community Pharmacy England', 'National Pharmacy Association',
  // Wales's and Scotland's national bodies of performance, assessment, audit, inspection and life-sciences support
  'NHS Wales Performance and Improvement', 'NHS Wales Executive', 'NHS Wales Shared Services Partnership',
  'NHS Wales Joint Commissioning Committee', 'Health Technology Wales', 'Life Sciences Hub Wales', 'Audit Wales', 'Social Care Wales',
  'Healthcare Inspectorate Wales', 'Wales Gene Park', 'Audit Scotland', 'Care Inspectorate', 'Scottish National Investment Bank',
  // UK registries, accreditation, research resources and public-sector funders
  'National Joint Registry', 'UK Biobank', 'United Kingdom Accreditation Service', 'UKAS', 'Understanding Patient Data', 'Salix Finance',
  'Yorkshire Cancer Research',
  // standards, enterprise and support bodies, national charities and services named in health and care news
  'GS1 UK', 'Scottish Enterprise', 'InnoScot Health', 'Health and Social Care Alliance Scotland', 'National Academy for Social Prescribing',
  'Primary Care Support England', 'HM Inspectorate of Prisons', 'OneLondon', 'Citizens Advice', 'Help for Heroes', 'Combat Stress',
  'Royal British Legion', 'Change Grow Live', 'NHS 111 Wales',
  // the commissioning support units
  'NHS Arden and Greater East Midlands Commissioning Support Unit', 'NHS Midlands and Lancashire Commissioning Support Unit',
  'NHS North of England Commissioning Support Unit', 'NHS North East London Commissioning Support Unit',
  'NHS South, Central and West Commissioning Support Unit',
  // international health and regulatory bodies articles compare the NHS with
  'World Health Organization', 'World Health Organisation', 'European Commission', 'European Medicines Agency',
  'Organisation for Economic Co-operation and Development', 'OECD', 'Food and Drug Administration', 'US Food and Drug Administration',
  'Centers for Disease Control and Prevention',
  // England's health innovation networks (formerly academic health science networks), by their own names
  'Health Innovation East', 'Health Innovation East Midlands', 'Health Innovation Kent Surrey Sussex', 'Health Innovation Manchester',
  'Health Innovation North East and North Cumbria', 'Health Innovation North West Coast', 'Health Innovation Oxford and Thames Valley',
  'Health Innovation South West', 'Health Innovation Network South London', 'Health Innovation Wessex', 'Health Innovation West Midlands',
  'Health Innovation West of England', 'Health Innovation Yorkshire & Humber', 'Health Innovation Yorkshire and Humber', 'UCLPartners',
  'Imperial College Health Partners',
  // a hospital whose name holds a comma, which no rule reads as one name (Northern Lincolnshire and Goole's, in Grimsby)
  'Diana, Princess of Wales Hospital',
];

/**
 * The NHS's national digital products and services of the four nations (NHS England's, NHS
 * Scotland's, NHS Wales's and Northern Ireland's published service catalogues), and England's
 * regional shared care records: products an article names without a maker.
 */
export const NATIONAL_PRODUCTS: readonly string[] = [
  'NHS App', 'NHS Wales App', 'NHS login', 'NHS Spine', 'Summary Care Record', 'GP Connect', 'GP2GP', 'NHS e-Referral Service',
  'e-Referral Service', 'Electronic Prescription Service', 'National Record Locator', 'Personal Demographics Service',
  // (not "NHS 111" alone: the telephone service is no product; hand-made gold files named it one in 4 of 46 articles)
  'Care Identity Service', 'Capacity Tracker', 'NHSmail', 'NHS Mail', 'NHS 111 online',
  'NHS Pathways', 'Directory of Services', 'Electronic Staff Record', 'NHS Digital Staff Passport', 'Federated Data Platform',
  'NHS Federated Data Platform', 'FutureNHS', 'NHS Service Finder', 'NHS Jobs', 'NHS.UK', 'NHS COVID Pass', 'NHS COVID-19 app',
  'Child Protection Information Sharing', 'National Care Records Service', 'NHS Near Me', 'Near Me', 'NHS inform', 'SCI Gateway',
  'Emergency Care Summary', 'Key Information Summary', 'Welsh Clinical Portal', 'Welsh Patient Referral Service',
  'Welsh Clinical Communications Gateway', 'Northern Ireland Electronic Care Record', 'NIECR', 'NHS DigiTrials',
  'NHS Secure Data Environment', 'Learn from Patient Safety Events', 'National Reporting and Learning System',
  // more of NHS England's national services and infrastructure (its digital services catalogue), and Wales's and
  // Scotland's national clinical systems
  'Health and Social Care Network', 'Secondary Uses Service', 'Information Sharing Gateway', 'National Data Opt-out',
  'Reasonable Adjustment Digital Flag', 'Digital Staff Passport', 'NHS Wayfinder', 'National Event Management Service',
  'Manage Your Referral', 'GovRoam', 'NHS Wi-Fi', 'Be Part of Research', 'Welsh Patient Administration System',
  'Welsh Community Care Information System', 'Welsh Laboratory Information Management System', 'Welsh Results Reports Service',
  'Welsh Nursing Care Record', 'Welsh Emergency Department System', 'SCI Store', 'SCI-Diabetes', 'My Diabetes My Way',
  // NHS England's vaccination services
  'National Booking Service', 'Record a Vaccination Service', 'National Immunisation Management Service',
  'Manage vaccinations in schools',
  // the UK government's procurement services
  'Find a Tender', 'Find a Tender Service', 'Contracts Finder', 'Public Contracts Scotland', 'Sell2Wales', 'eTendersNI',
  // NHS England's benchmarking and patient-facing services, the Federated Data Platform's national products, and
  // London's shared end-of-life care plan (and the service it replaced). Not the Data Security and Protection Toolkit:
  // an assurance return, which six of the seven helper articles that name it do not list as a product
  'Model Health System', '111 online', 'My Planned Care',
  'NHS Notify', 'Optimised Patient Tracking and Intelligent Choices', 'Universal Care Plan', 'Coordinate My Care',
  // Scotland's national remote monitoring service (TEC Scotland)
  'Connect Me',
  // England's regional shared care records, by the names their ICSs publish (NHS England's shared care record list)
  'Great North Care Record', 'Yorkshire and Humber Care Record', 'Connecting Care', 'Care and Health Information Exchange',
  'Joining Up Your Information', 'Thames Valley and Surrey Care Records', 'Thames Valley and Surrey Care Record',
  'London Care Record', 'Greater Manchester Care Record', 'Dorset Care Record', 'SIDeR', 'Kent and Medway Care Record', 'One Health and Care',
  'Devon and Cornwall Care Record', 'Nottingham and Nottinghamshire Health and Care Portal',
  // national systems, registries and data services of the four nations' health and care (compiled from knowledge of
  // the NHS's digital estate without reference to any test article; data sets and ordinary words left out)
  'Choose and Book', 'Care Identity Service 2', 'Message Exchange for Social Care and Health', 'Organisation Data Service', 'NHS Terminology Server', 'Dictionary of Medicines and Devices', 'National Immunisation Management System', 'National Immunisation and Vaccination System', 'Record a Vaccination', 'ImmForm', 'Child Health Information Services', 'Open Exeter', 'BS Select', 'National Breast Screening System', 'Bowel Cancer Screening System', 'Cervical Screening Management System', 'NIPE SMART', 'Newborn Blood Spot Failsafe Solution', 'Strategic Executive Information System', 'Strategic Data Collection Service', 'Manage Your Service', 'ePACT2', 'General Practice Extraction Service', 'Calculating Quality Reporting Service', 'Data Access Request Service', 'OpenSAFELY', 'National Genomic Research Library', 'Welsh Care Records Service', 'Welsh Demographic Service', 'Welsh Immunisation System', 'Welsh GP Record', 'Welsh Intensive Care Information System', 'CaNISC', 'Individual Health Record', 'Choose Pharmacy', 'National Data Resource', 'SAIL Databank', 'DataLoch', 'Scottish Wide Area Network', 'Combined Intelligence for Population Health Action', 'CIPHA', 'Whole Systems Integrated Care', 'WSIC', 'Hive EPR', 'Connected Bradford', 'National Digital Platform', 'Community Health Index', 'Turas', 'Right Decision Service', 'Vaccination Management Tool', 'Scottish Immunisation Recording System', 'National Clinical Data Store', 'Pharmacy Care Record', 'eESS', 'SPARRA', 'MyDiabetesMyWay', 'NIPACS', 'Vaccine Management System',
  // more of the same, by hand from knowledge of UKHSA's surveillance systems, NHS England's workforce and benchmarking
  // tools, research delivery services, emergency-services networks and the devolved nations' patient services
  'GUMCAD', 'HIV and AIDS Reporting System', 'HPZone', 'Second Generation Surveillance System', 'Fingertips', 'SHAPE Place Atlas',
  'Model Hospital', 'NHS Learning Hub', 'Turas Learn', 'Turas Appraisal', 'National Neonatal Research Database',
  'Health and Justice Information Service', 'Emergency Services Network', 'Airwave', 'Central Portfolio Management System',
  'Find, Recruit and Follow-up', 'Integrated Research Application System', 'Scottish National Safe Haven', 'Researcher Access Service',
  'My Health Online', 'Dewis Cymru', 'PatientView', 'StEIS', 'NHS Quit Smoking', 'NHS Weight Loss Plan', 'Couch to 5K', 'Active 10',
  'NHS Go', 'e-Learning for Healthcare', 'National Drug Treatment Monitoring System', 'NDTMS',
];

/** Bodies in NATIONAL_BODIES that are publishers: never a person's employer by proximity. */
export const PUBLISHERS: ReadonlySet<string> = new Set(PUBLISHER_NAMES);

/** National bodies that are also ordinary words: found only when capitalised mid-sentence and not before another name word. */
export const AMBIGUOUS_BODIES = new Set(['Mind', 'Imperial', 'Treasury', 'Wellcome', 'Healthwatch', 'Digital Health', 'Turning Point', 'Sands', 'Bliss']);

/** Kinds of clinical system written as initials: "Medway PAS", "MobiMed ePCR", "a University Hospitals Tees EPR". */
export const SYSTEM_INITIALS: readonly string[] = ['EPR', 'EHR', 'PAS', 'PACS', 'RIS', 'LIMS', 'CAD', 'EPMA', 'eMAR', 'ePR', 'ePCR', 'ePRF', 'TRE', 'PHM'];
/** The initials of a kind of system, one of SYSTEM_INITIALS: "EPR" after a system's name is part of it ("Millennium EPR"). */
export const SYSTEM_INITIALS_SET: ReadonlySet<string> = new Set(SYSTEM_INITIALS);
/** Whether a word is a kind of system's initials, or their plural ("EPRs"). */
export const isSystemInitials = (w: string) => SYSTEM_INITIALS_SET.has(w) || (w.endsWith('s') && SYSTEM_INITIALS_SET.has(w.slice(0, -1)));

/** Upper-case words that are domain abbreviations, never an entity's acronym. */
export const COMMON_ACRONYMS = set(`
NHS ICS ICSs ICB ICBs ICP ICPs HSCP HSCPs IJB IJBs EPR EPRs AI IT UK US USA EU GP GPs PCN PCNs CCG CCGs CIO CEO CCIO CNIO CTO CFO COO SRO CDIO TM PAS PACS TIE CIE API APIs
VOIP COVID A&E DNA DNAs ED ICU UEC SDEC VCSE SEND PIFU CT MRI RIS LIMS HIMSS TV PDF FAQ HR ID OK IG LLR BI PHM ShCR SCR CDS DTAC DSPT NHSE HTN
ePMA EPMA EPMS ePR EPS eRS CAD ePCR EPCR SOC SIEM EDR MFA VPN TRE TREs RPA OCR NLP LLM ePRF EPRF eMAR SMS eObs
COPD CKD CVD CHD AF ADHD PTSD HIV TB IBD MSK ENT
CAMHS CYPMHS IAPT EHCP EHCPs SEMH
PTS NEPTS EV EVs`);

/** Nouns that make a name before them a product ("the MyMind app", "Connect, its electronic patient record"). */
export const PRODUCT_NOUNS = set('app apps application platform system record portal tool device solution software engine service feature innovation dashboard chatbot bot assistant algorithm product scribe');


/** A capitalised generic in a product slot: "the EPR", "a Trusted Research Environment" are not products. */
export const GENERIC_PRODUCT_WORDS = set(`
EPR PAS PACS RIS LIMS NHS The A An This That Our Their Its New Digital Electronic Patient Shared Care Record Records Health Clinical
Integrated Single System Platform App Portal Data Virtual Remote Online Mobile National Local Regional Community Primary Secondary Mental
Hospital Trust ICS ICB AI Bluetooth Wi-Fi WiFi USB`);

/** A generic system's word in the plural ("EPRs", "platforms"): after a maker's name, several of its systems, no product's name. */
export const isGenericPlural = (t: string): boolean => /[A-Za-z]s$/.test(t) && (GENERIC_PRODUCT_WORDS.has(t.slice(0, -1)) || COMMON_ACRONYMS.has(t.slice(0, -1)));

/** Adverbs that open a sentence before a comma ("Nationally, the company said …"), which a rule reading "X, the company" must not take for a name. */
export const OPENING_ADVERBS = 'Nationally Locally Regionally Internationally Globally Typically Historically Broadly Generally Interestingly Fortunately Unfortunately';

/** Capitalised words that open a sentence or a heading but are not part of a name. */
export const NON_NAME_WORDS = set(`
The This That These Those Our We They It Its Their Them His Her He She You Your I A An Each All Both Many Some Other Others Any
Every Most More Such Several Various Here There What Which Who Whose How When Where Why Not No Yes Also However In On At By For From
With As Of To Into Onto Through Across Via Under Over Within Without After Before During Since Until Alongside Together Meanwhile
Today Now Currently Recently And Or But If So Then Thus Therefore Additionally Furthermore Moreover Overall Finally Plus Last Next
First Second Third Elsewhere Speaking Looking Moving Going Getting Sharing Building Delivering Enhancing Focusing Using Understanding
Adapting Creating Explore Read Learn Find See Click Case Study Contents Under Do Let Let's Although While Whilst Following Regarding Having
January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday
Saturday Sunday Spring Summer Autumn Winter Dr Professor Mr Mrs Ms Sir Dame Later Earlier Afterwards Yesterday Tomorrow Instead Likewise
Similarly Indeed Still Again Already Soon Once Separately Previously Eventually Initially Ultimately Originally Subsequently Consequently
Nonetheless Nevertheless Specifically Alternatively Crucially Importantly Notably ${OPENING_ADVERBS}`);

/** Compass and size words that make a place out of a place: "West Essex", "Greater Manchester", "Mid Cheshire". */
export const DIRECTIONS = set('North South East West Central Mid Greater Inner Outer Upper Lower Northern Southern Eastern Western');

/** Words that never stand alone as a short form of a body ("the Royal", "University"). */
export const GENERIC_NAME_WORDS = set(`
The Royal University Universities National Health Digital Central North South East West Mid Greater St Saint New Queen King King's
Princess Prince General Community Care NHS Clinical Academic Integrated Hospital Hospitals Trust Foundation Teaching Children's
Women's Mental Partnership Services Service Medical Innovation College Council City County Local Regional Institute Centre Eye
Cancer Heart Public Primary Acute Ambulance Specialist Healthcare Practice Surgery Sustainability and of for & the`);
