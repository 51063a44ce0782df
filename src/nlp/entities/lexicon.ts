// Word lists for the pattern recognizer and resolution: role words, organization and place heads.

/** Words that form a person's title or role ("NATO Secretary General", "foreign ministry spokesperson"). */
export const ROLE_HEADS = new Set([
  'president', 'vice-president', 'minister', 'secretary', 'secretary-general', 'general', 'chief', 'head', 'leader',
  'spokesperson', 'spokesman', 'spokeswoman', 'chancellor', 'premier', 'ambassador', 'envoy', 'commander',
  'director', 'director-general', 'chairman', 'chairwoman', 'chair', 'governor', 'mayor', 'senator', 'representative',
  'king', 'queen', 'prince', 'princess', 'pope', 'emir', 'sheikh', 'sultan', 'commissioner', 'official', 'officer',
  'admiral', 'commodore', 'brigadier', 'counsellor', 'counselor', 'colonel', 'lieutenant', 'major', 'captain', 'sergeant', 'marshal', 'judge', 'justice',
  'prosecutor', 'attorney', 'counsel', 'adviser', 'advisor', 'ceo', 'founder', 'editor', 'correspondent',
  'analyst', 'researcher', 'professor', 'coordinator', 'negotiator', 'lawmaker', 'legislator', 'diplomat',
  'mp', 'speaker', 'deputy', 'undersecretary', 'under-secretary', 'administrator', 'rapporteur', 'chief-of-staff',
  'superintendent', 'inspector', 'consul', 'delegate', 'monarch', 'dictator', 'strongman', 'premier', 'chargé', 'attaché',
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sen.', 'rep.', 'gov.', 'gen.', 'lt.', 'col.', 'capt.', 'adm.', 'sgt.', 'maj.',
]);

/**
 * Nouns for people by occupation or standing that an apposition gives a name ("Ilan Vorn, a fugitive businessman",
 * "Lena Ortiz, a trade lawyer in Geneva"): titles in apposition, not titles before a name.
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(['businessman', 'businesswoman', 'tycoon', 'oligarch', 'lawyer', 'activist', 'journalist', 'economist',
  'analyst', 'researcher', 'professor', 'politician', 'lawmaker', 'candidate', 'founder', 'cleric', 'commentator', 'blogger',
  'dissident', 'billionaire', 'banker', 'entrepreneur', 'academic', 'scholar', 'historian', 'negotiator', 'diplomat', 'official',
  // research and advisory posts ("a senior fellow at the X Institute", "a security expert")
  'fellow', 'expert', 'specialist', 'lecturer', 'consultant', 'strategist', 'campaigner']);

/** Nouns of family ties: "X, whose husband ..." speaks of a person. */
export const KIN_NOUNS: ReadonlySet<string> = new Set(['husband', 'wife', 'son', 'sons', 'daughter', 'daughters', 'brother', 'brothers', 'sister',
  'sisters', 'father', 'mother', 'parents', 'child', 'children', 'uncle', 'aunt', 'nephew', 'niece', 'cousin', 'grandson', 'granddaughter',
  'grandfather', 'grandmother', 'fiance', 'fiancee', 'partner', 'widow', 'family']);

/** Prepositions before the remit of a title: "Commissioner for Human Rights", "Envoy for Syria", "Minister of Finance". */
export const REMIT_PREPS: ReadonlySet<string> = new Set(['for', 'of', 'on']);

/** Modifiers that may stand inside a title: "former Dutch prime minister", "Foreign Minister", "acting". */
export const ROLE_MODIFIERS = new Set([
  'former', 'acting', 'deputy', 'vice', 'prime', 'foreign', 'defense', 'defence', 'interior', 'finance', 'trade',
  'economy', 'justice', 'health', 'state', 'national', 'security', 'senior', 'chief', 'top', 'outgoing', 'incoming',
  'interim', 'general', 'supreme', 'high', 'first', 'assistant', 'associate', 'executive', 'special', 'permanent',
  'ministry', 'foreign-ministry', 'affairs', 'of', 'for', 'the', 'house', 'white', 'press', 'military', 'army', 'navy',
  'naval', 'air', 'force', 'coast', 'guard', 'police', 'energy', 'environment', 'education', 'agriculture',
  'transport', 'labour', 'labor', 'immigration', 'homeland', 'intelligence', 'cabinet', 'government', 'party',
  'opposition', 'union', 'european', 'commission', 'council', 'parliament', 'parliamentary', 'presidential',
  'regional', 'provincial', 'federal', 'central', 'bank', 'elect', 'designate', 'current', 'longtime', 'veteran',
  'spokesperson', 'leader', 'majority', 'minority', 'lead', 'crown', 'royal', 'grand', 'staff', 'joint', 'chiefs',
  'treasury', 'commerce', 'war', 'development', 'cooperation', 'relations', 'public', 'communications', 'outreach',
  'policy', 'affairs', 'economic', 'humanitarian', 'climate', 'digital', 'defence-ministry', 'defense-ministry',
  "d'affaires", 'rear', 'lieutenant-general', 'major-general',
]);

/** Plural titles before coordinated names ("Presidents Biden and Yoon", "Foreign Ministers Wang and Lavrov"). */
export const PLURAL_TITLES: ReadonlySet<string> = new Set([
  'Presidents', 'Ministers', 'Secretaries', 'Senators', 'Representatives', 'Governors', 'Mayors', 'Ambassadors',
  'Chancellors', 'Premiers', 'Kings', 'Queens', 'Princes', 'Generals', 'Commissioners', 'Judges', 'Justices',
]);

/** Single words that are titles on their own and are never part of a person's name when capitalized before it. */
export const HONORIFICS = new Set([
  'President', 'Vice', 'Prime', 'Minister', 'Secretary', 'Secretary-General', 'General', 'Chancellor', 'Premier',
  'Ambassador', 'Envoy', 'Commander', 'Director', 'Director-General', 'Chairman', 'Chairwoman', 'Governor', 'Mayor',
  'Senator', 'Representative', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Emir', 'Sheikh', 'Sultan',
  'Commissioner', 'Admiral', 'Commodore', 'Colonel', 'Lieutenant', 'Major', 'Captain', 'Sergeant', 'Marshal',
  'Judge', 'Justice', 'Prosecutor', 'Attorney', 'Professor', 'Emperor', 'Empress', 'Archbishop', 'Cardinal', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Sen.', 'Rep.', 'Gov.', 'Gen.',
  'Lt.', 'Col.', 'Capt.', 'Adm.', 'Sgt.', 'Maj.', 'Mr', 'Mrs', 'Ms', 'Dr', 'Foreign', 'Defense', 'Defence',
  'Interior', 'Finance', 'Deputy', 'Acting', 'Former', 'Chief', 'Spokesperson', 'Spokesman', 'Spokeswoman',
  'Undersecretary', 'Under', 'Assistant', 'Special', 'Counselor', 'Adviser', 'Advisor', 'Speaker', 'Leader',
  'Crown', 'Supreme', 'High', 'Trade', 'Economy', 'Health', 'State', 'National', 'Security', 'Senior', 'First',
  'Lady', 'Sir', 'Dame', 'Lord', 'Baroness', 'Archbishop', 'Bishop', 'Cardinal', 'Rabbi', 'Imam', 'Ayatollah', 'Prophet',
  'Field', 'Air', 'Vice-President', 'Consul', 'Delegate', 'Coordinator', 'Negotiator', 'Chair', 'Executive',
  'Officer', 'Official', 'Inspector', 'Superintendent', 'Auditor', 'Treasurer', 'Comptroller', 'Solicitor',
  'Councilor', 'Councillor', 'Counsellor', 'Head',
  // military ranks without their full stop, as British and Commonwealth style writes them ("Brig Gen", "Maj Gen", "Cdr";
  // not "Col", a mountain pass in French)
  'Brigadier', 'Brig', 'Brig.', 'Lt', 'Gen', 'Maj', 'Capt', 'Cdr', 'Cdr.', 'Cmdr', 'Cmdr.', 'Sgt', 'Cpl', 'Cpl.',
  // plural titles before coordinated names ("Presidents Biden and Yoon", "Foreign Ministers Wang and Lavrov")
  ...PLURAL_TITLES,
]);

/** Honorifics that only modify the title after them ("Prime Minister", "National Security Adviser"): a name never
 * follows one of them directly ("National Library", "State Duma" are not "title + name"). */
export const TITLE_MODIFIERS = new Set([
  'Vice', 'Prime', 'Foreign', 'Defense', 'Defence', 'Interior', 'Finance', 'Deputy', 'Acting', 'Former', 'Under',
  'Assistant', 'Special', 'Crown', 'Supreme', 'High', 'Trade', 'Economy', 'Health', 'State', 'National', 'Security',
  'Senior', 'First', 'Field', 'Air', 'Executive', 'Rear', 'Brig', 'Brig.', 'Lt',
]);

/** Last words of company and charity names that say their trade or work ("Kelvora Steel", "Norland Rail", "Masar Relief",
 * "Global Witness"): part of ORG_HEADS, but kept apart for the actor build, whose filter of names made only of body words
 * must not take them ("Capital", "Action", "Witness" are also given names and ordinary words in its lists). */
export const TRADE_HEADS: ReadonlySet<string> = new Set(['Steel', 'Rail', 'Mining', 'Minerals', 'Metals', 'Logistics', 'Capital', 'Chemicals', 'Electric',
  'Relief', 'Aid', 'Action', 'Witness']);

/** Words of bodies that end organisation names (ORG_HEADS without the trades). */
export const BODY_HEADS: ReadonlySet<string> = new Set([
  'Ministry', 'Department', 'Council', 'Agency', 'Organization', 'Organisation', 'Union', 'Party', 'Guard', 'Army',
  'Navy', 'Forces', 'Force', 'Bank', 'Fund', 'Corporation', 'Corp', 'Corp.', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'Group',
  'Committee', 'Commission', 'Court', 'Parliament', 'Assembly', 'Office', 'Institute', 'University', 'Secretariat',
  'Coalition', 'Front', 'Movement', 'Association', 'Federation', 'Confederation', 'Unions', 'Authority', 'Service', 'Services', 'Corps',
  'Command', 'Company', 'Co.', 'Foundation', 'Board', 'Cabinet', 'Senate', 'Congress', 'Police', 'Brigade',
  'Brigades', 'Battalion', 'Regiment', 'Division', 'Alliance', 'Bureau', 'Tribunal', 'Administration', 'Centre',
  'Center', 'Centres', 'Centers', 'Institutes', 'Network', 'Church', 'Airlines', 'Airways', 'Times', 'Post', 'News', 'Press', 'Herald', 'Journal',
  'Reuters', 'Trust', 'Society', 'Club', 'League', 'Council', 'Directorate', 'Inspectorate', 'Embassy', 'Consulate',
  'Mission', 'Program', 'Programme', 'Initiative', 'Partnership', 'Cooperation', 'Community', 'Conference',
  'Legislature', 'Knesset', 'Duma', 'Diet', 'Majlis', 'Politburo', 'Presidency', 'Government', 'Chamber',
  'Institution', 'Academy', 'School', 'College', 'Laboratory', 'Labs', 'Industries', 'Holdings', 'Management', 'Investments',
  'Systems', 'Technologies', 'Energy', 'Oil', 'Petroleum', 'Telecom', 'Media', 'Broadcasting', 'Television',
  'Radio', 'Agencies', 'Guards', 'Marines', 'Militia', 'Rebels', 'Works', 'Taskforce', 'Task', 'Headquarters', 'Team', 'Wire', 'Secretariat', 'Observatory', 'Watch',
  // coalitions and parties named as a platform ("Civic Platform")
  'Platform',
  // fleets, gendarmeries, investigators, blocs and other bodies named by their kind ("Baltic Fleet", "Homeland Security
  // Investigations", "Pacific Islands Forum")
  'Fleet', 'Flotilla', 'Squadron', 'Garrison', 'Legion', 'Gendarmerie', 'Constabulary', 'Investigations', 'Forum', 'Caucus', 'Bloc', 'Junta',
  'Cartel', 'Syndicate', 'Consortium', 'Cooperative', 'Commissariat', 'Chancellery', 'Ministries', 'Exchange',
  'Library', 'Libraries', 'Universities', 'Museums', 'Orchestra', 'Philharmonic', 'Records', 'Studios', 'Pictures',
  'Entertainment', 'Motors', 'Motor', 'Electronics', 'Semiconductor', 'Aerospace', 'Automotive', 'Pharmaceuticals', 'Insurance', 'Airline', 'Bancorp', 'Partners', 'Ventures',
  'Consulting', 'Publishing', 'Publishers', 'Motorsports', 'Brewery', 'Railways', 'Shipping',
  // newspapers, magazines and company forms
  'Bulletin', 'Gazette', 'Tribune', 'Chronicle', 'Register', 'Monthly', 'Magazine', 'Books', 'Futures', 'PLC', 'LLC', 'Offices',
  // the same heads in the languages whose institution names news quotes untranslated
  'Universiteit', 'Universität', 'Université', 'Universidad', 'Università', 'Universidade', 'Bibliotheek',
  'Bibliothèque', 'Bibliothek', 'Biblioteca', 'Ministerio', 'Ministère', 'Ministerium', 'Partei', 'Parti', 'Partido',
  'Partito', 'Bundestag', 'Bundesrat', 'Bundeswehr', 'Rada', 'Sejm', 'Storting', 'Riksdag', 'Folketing', 'Eduskunta',
]);

/** Last words of organization names. */
export const ORG_HEADS: ReadonlySet<string> = new Set([...BODY_HEADS, ...TRADE_HEADS]);

/** Last words of place and facility names. */
export const LOC_HEADS: ReadonlyMap<string, 'LOC' | 'FAC'> = new Map([
  ['Sea', 'LOC'], ['Ocean', 'LOC'], ['Strait', 'LOC'], ['Straits', 'LOC'], ['Gulf', 'LOC'], ['Bay', 'LOC'],
  ['Island', 'LOC'], ['Islands', 'LOC'], ['Isles', 'LOC'], ['Shoal', 'LOC'], ['Reef', 'LOC'], ['Atoll', 'LOC'],
  ['Mountains', 'LOC'], ['Mountain', 'LOC'], ['Mount', 'LOC'], ['Hills', 'LOC'], ['River', 'LOC'], ['Lake', 'LOC'],
  ['Valley', 'LOC'], ['Desert', 'LOC'], ['Peninsula', 'LOC'], ['Coast', 'LOC'], ['Basin', 'LOC'], ['Plateau', 'LOC'],
  ['Heights', 'LOC'], ['Pass', 'LOC'], ['Canal', 'FAC'], ['Channel', 'LOC'], ['Corridor', 'LOC'], ['Region', 'LOC'], ['Province', 'GPE' as 'LOC'],
  ['Base', 'FAC'], ['Airport', 'FAC'], ['Port', 'FAC'], ['Harbor', 'FAC'], ['Harbour', 'FAC'], ['Bridge', 'FAC'],
  ['Square', 'FAC'], ['Palace', 'FAC'], ['Stadium', 'FAC'], ['Airbase', 'FAC'], ['Plant', 'FAC'], ['Dam', 'FAC'],
  ['Station', 'FAC'], ['Prison', 'FAC'], ['Tower', 'FAC'], ['Building', 'FAC'], ['Pentagon', 'FAC'], ['Hall', 'FAC'],
  ['Field', 'FAC'], ['Terminal', 'FAC'], ['Crossing', 'FAC'], ['Checkpoint', 'FAC'], ['Highway', 'FAC'], ['Road', 'FAC'],
  ['Street', 'FAC'], ['Museum', 'FAC'], ['Cathedral', 'FAC'], ['Mosque', 'FAC'], ['Temple', 'FAC'], ['Embassy', 'FAC'], ['Avenue', 'FAC'], ['Pipeline', 'FAC'], ['Reactor', 'FAC'], ['Facility', 'FAC'], ['Facilities', 'FAC'], ['Shipyard', 'FAC'],
  ['Interconnector', 'FAC'], ['Tunnel', 'FAC'], ['Railway', 'FAC'], ['Refinery', 'FAC'], ['Barrage', 'FAC'],
  // hospitals and clinics are buildings where people are taken, treated and counted ("Charles Nicolle Hospital")
  ['Hospital', 'FAC'], ['Clinic', 'FAC'],
  // buildings and grounds named by their kind: prisons, hotels, places of worship and burial, venues, military quarters
  ['Penitentiary', 'FAC'], ['Jail', 'FAC'], ['Gaol', 'FAC'], ['Hotel', 'FAC'], ['Castle', 'FAC'], ['Cemetery', 'FAC'],
  ['Memorial', 'FAC'], ['Monument', 'FAC'], ['Mausoleum', 'FAC'], ['Shrine', 'FAC'], ['Monastery', 'FAC'], ['Synagogue', 'FAC'],
  ['Basilica', 'FAC'], ['Chapel', 'FAC'], ['Arena', 'FAC'], ['Theatre', 'FAC'], ['Theater', 'FAC'], ['Barracks', 'FAC'],
  ['Cosmodrome', 'FAC'], ['Spaceport', 'FAC'], ['Lighthouse', 'FAC'], ['Pier', 'FAC'], ['Wharf', 'FAC'], ['Quay', 'FAC'],
]);

/** Heads written before the name of a physical feature ("Lake Tharthar", "Mount Sinjar", "Cape Guardafui"). */
export const FIRST_HEADS: ReadonlySet<string> = new Set(['Lake', 'Mount', 'Mt.', 'Cape', 'Lac', 'Mont', 'Monte', 'Jebel', 'Jabal', 'Wadi']);

/**
 * Words for a body that lead its name in the languages whose organisation names news leaves untranslated: Arabic,
 * Persian and Urdu ("Kataib Hezbollah", "Jaish al-Adl", "Harakat al-Nujaba", "Tehrik-e-Taliban Pakistan", "Lashkar-e-Taiba",
 * "Anjuman-e-Tajiran": brigades, army, movement, party, society) and Spanish, Portuguese and French ("Partido
 * Popular", "Frente Amplio", "Mouvement Populaire").
 */
export const ORG_FIRST_HEADS: ReadonlySet<string> = new Set([
  'Kataib', "Kata'ib", 'Jaish', 'Harakat', 'Harakat', 'Haraka', 'Tehrik', 'Tehreek', 'Tahrik', 'Hizb', 'Hezb', 'Lashkar', 'Sipah',
  'Jabhat', 'Tanzim', 'Ittehad', 'Ittihad', 'Anjuman', 'Jund', 'Saraya', 'Asaib', "Asa'ib", 'Jamaat', "Jama'at", 'Jamiat', 'Majlis',
  'Partido', 'Parti', 'Partito', 'Frente', 'Movimiento', 'Mouvement', 'Movimento', 'Ejército', 'Fuerzas', 'Forças', 'Rassemblement',
]);

/** Last words of the names of meetings, wars and games ("G7 Leaders' Summit", "Korean War"): common nouns, never an
 * event's short form alone. ("Dialogue" also names standing bodies and forums: "Centre for Humanitarian Dialogue".) */
export const EVENT_HEADS: ReadonlySet<string> = new Set(['Summit', 'Meeting', 'War', 'Olympics', 'Games']);

/** Lower-case words that may join capitalized words inside one name. */
export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'bin', 'bint', 'ibn', 'al', 'el', 'ben', 'abu', 'y', 'zu', 'ter', 'ten', "d'"]);

/** Capitalized words that start sentences or headlines but are not names. */
/**
 * Diseases and pandemics, which news capitalises or writes as codes ("COVID-19", "Ebola", "H5N1"): no person,
 * organisation or place, whatever the tagger makes of them (lower case). CC0, written for Argus.
 */
export const DISEASES: ReadonlySet<string> = new Set([
  'covid', 'covid-19', 'covid19', 'sars-cov-2', 'sars', 'mers', 'ebola', 'mpox', 'monkeypox', 'zika', 'hiv', 'aids', 'hiv/aids',
  'h5n1', 'h1n1', 'h7n9', 'marburg', 'dengue', 'cholera', 'malaria', 'polio', 'measles', 'tuberculosis', 'omicron', 'delta variant',
]);

export const NOT_NAMES = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'As', 'But', 'And', 'Or', 'If', 'It', 'Its', 'This', 'That', 'These', 'Those',
  'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'There', 'Here', 'When',
  'While', 'After', 'Before', 'Since', 'During', 'Although', 'Though', 'However', 'Meanwhile', 'Monday', 'Tuesday',
  'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'June', 'July',
  'August', 'September', 'October', 'November', 'December', 'Mr', 'Today', 'Yesterday', 'Tomorrow', 'Speaking',
  'According', 'Asked', 'Under', 'With', 'Without', 'From', 'To', 'For', 'By', 'Of', 'About', 'Over', 'Some',
  'Many', 'Most', 'All', 'No', 'Not', 'Yes', 'Also', 'Still', 'Even', 'Only', 'More', 'Such', 'Each', 'Both',
  'Other', 'Another', 'What', 'Who', 'Why', 'How', 'Where', 'Which', 'Whose', 'Then', 'Now', 'Last', 'Next',
  'Several', 'Few', 'Other', 'Officials', 'Image', 'Photo', 'Read', 'Share', 'Advertisement', 'Subscribe', 'Click',
  'Instead', 'Despite', 'Given', 'Following', 'Amid', 'Among', 'Against', 'Through', 'Until', 'Because', 'Once',
  'Once', 'So', 'Yet', 'Nor', 'Whether', 'Every', 'Any', 'Few', 'Much', 'Very', 'Indeed', 'Earlier', 'Later',
  'Separately', 'Overall', 'Additionally', 'Furthermore', 'Moreover', 'Nevertheless', 'Thus', 'Therefore',
]);

/** Pronouns that refer to a person (subject, object, possessive, reflexive). */
export const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);

/** Last words of the names of agreements and laws: "Paris Agreement", "Open Skies Treaty", "Patriot Act". */
export const LAW_HEADS = new Set([
  'Agreement', 'Agreements', 'Treaty', 'Act', 'Accord', 'Accords', 'Convention', 'Protocol', 'Charter', 'Pact',
  'Resolution', 'Amendment', 'Declaration', 'Bill', 'Statute', 'Memorandum',
]);

/** Capitalized abbreviations that are not organizations (diseases, measures, common terms). */
export const NOT_ENTITY_ACRONYMS = new Set([
  'COVID-19', 'COVID', 'SARS', 'SARS-CoV-2', 'MERS', 'HIV', 'AIDS', 'HIV/AIDS', 'GDP', 'CEO', 'CFO', 'PM', 'AM', 'TV', 'DNA',
  'ID', 'PDF', 'URL', 'FAQ', 'LGBTQ', 'LGBTQI+', 'LGBT', 'LGBTQI', 'OK', 'USD', 'EUR', 'GMT', 'UTC', 'BST', 'EST', 'EDT', 'MW', 'GW',
]);

/** Courtesy titles that alone say nothing about a person's role. */
export const COURTESY = new Set(['Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Ms', 'Dr.', 'Dr', 'Sir', 'Dame', 'Madam']);
