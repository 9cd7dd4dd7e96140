/**
 * Word lists for synthetic press releases, written for this generator. The
 * country codes are real ISO 3166-1 alpha-3 codes (so maps and filters work);
 * everything else — people, organisations, places, initiatives — is invented.
 */

/** [alpha-3 code, English short name]; earlier entries are drawn more often. */
export const COUNTRIES: ReadonlyArray<readonly [string, string]> = [
  ['CHN', 'China'], ['RUS', 'Russia'], ['KAZ', 'Kazakhstan'], ['UZB', 'Uzbekistan'], ['IND', 'India'],
  ['PAK', 'Pakistan'], ['KGZ', 'Kyrgyzstan'], ['TJK', 'Tajikistan'], ['IRN', 'Iran'], ['BLR', 'Belarus'],
  ['MNG', 'Mongolia'], ['AFG', 'Afghanistan'], ['TUR', 'Turkey'], ['AZE', 'Azerbaijan'], ['ARM', 'Armenia'],
  ['KHM', 'Cambodia'], ['NPL', 'Nepal'], ['LKA', 'Sri Lanka'], ['EGY', 'Egypt'], ['QAT', 'Qatar'],
  ['SAU', 'Saudi Arabia'], ['ARE', 'United Arab Emirates'], ['KWT', 'Kuwait'], ['BHR', 'Bahrain'],
  ['MMR', 'Myanmar'], ['MDV', 'Maldives'], ['TKM', 'Turkmenistan'], ['MYS', 'Malaysia'], ['SGP', 'Singapore'],
  ['JPN', 'Japan'], ['KOR', 'Republic of Korea'], ['IDN', 'Indonesia'], ['THA', 'Thailand'], ['VNM', 'Viet Nam'],
  ['PHL', 'Philippines'], ['LAO', 'Lao PDR'], ['BGD', 'Bangladesh'], ['ISR', 'Israel'], ['COD', 'Democratic Republic of the Congo'],
  ['DEU', 'Germany'], ['FRA', 'France'], ['ITA', 'Italy'], ['ESP', 'Spain'], ['GBR', 'United Kingdom'],
  ['USA', 'United States'], ['CAN', 'Canada'], ['BRA', 'Brazil'], ['ARG', 'Argentina'], ['MEX', 'Mexico'],
  ['ZAF', 'South Africa'], ['NGA', 'Nigeria'], ['ETH', 'Ethiopia'], ['KEN', 'Kenya'], ['DZA', 'Algeria'],
  ['MAR', 'Morocco'], ['TUN', 'Tunisia'], ['JOR', 'Jordan'], ['IRQ', 'Iraq'], ['SYR', 'Syria'],
  ['LBN', 'Lebanon'], ['OMN', 'Oman'], ['YEM', 'Yemen'], ['GEO', 'Georgia'], ['UKR', 'Ukraine'],
  ['SRB', 'Serbia'], ['HUN', 'Hungary'], ['POL', 'Poland'], ['CZE', 'Czechia'], ['AUT', 'Austria'],
  ['CHE', 'Switzerland'], ['NLD', 'Netherlands'], ['BEL', 'Belgium'], ['SWE', 'Sweden'], ['NOR', 'Norway'],
  ['FIN', 'Finland'], ['DNK', 'Denmark'], ['GRC', 'Greece'], ['PRT', 'Portugal'], ['IRL', 'Ireland'],
  ['AUS', 'Australia'], ['NZL', 'New Zealand'], ['CHL', 'Chile'], ['PER', 'Peru'], ['COL', 'Colombia'],
  ['VEN', 'Venezuela'], ['CUB', 'Cuba'], ['BOL', 'Bolivia'], ['ECU', 'Ecuador'], ['URY', 'Uruguay'],
  ['GHA', 'Ghana'], ['SEN', 'Senegal'], ['CIV', "Côte d'Ivoire"], ['CMR', 'Cameroon'], ['AGO', 'Angola'],
  ['MOZ', 'Mozambique'], ['TZA', 'Tanzania'], ['UGA', 'Uganda'], ['RWA', 'Rwanda'], ['SDN', 'Sudan'],
  ['LBY', 'Libya'], ['MLI', 'Mali'], ['NER', 'Niger'], ['TCD', 'Chad'], ['STP', 'São Tomé and Príncipe'],
  ['BRN', 'Brunei Darussalam'], ['BTN', 'Bhutan'], ['TLS', 'Timor-Leste'], ['FJI', 'Fiji'], ['ISL', 'Iceland'],
];

/** Taxonomy ids of Forum Atlas, with invented cue words that appear in the text. */
export const THEMES: ReadonlyArray<{ id: string; label: string; cues: readonly string[]; phrases: readonly string[] }> = [
  {
    id: 'terrorism-extremism',
    label: 'Terrorism and extremism',
    cues: ['terrorism', 'extremism', 'terrorist'],
    phrases: ['countering terrorism', 'preventing extremism', 'blocking terrorist financing', 'resisting terrorism online'],
  },
  {
    id: 'regional-global-security',
    label: 'Regional and global security',
    cues: ['regional security', 'global security', 'stability'],
    phrases: ['strengthening regional security', 'upholding global security', 'preserving stability in the region'],
  },
  {
    id: 'multilateral-dialogue',
    label: 'Multilateral dialogue',
    cues: ['dialogue', 'multilateral', 'partnership'],
    phrases: ['an open dialogue between members', 'multilateral consultations', 'a lasting partnership of equals'],
  },
  {
    id: 'drug-trafficking',
    label: 'Drug trafficking',
    cues: ['drug trafficking', 'narcotics', 'precursors'],
    phrases: ['curbing drug trafficking', 'seizing narcotics at the border', 'tracing illicit precursors'],
  },
  {
    id: 'economic-connectivity',
    label: 'Economic connectivity',
    cues: ['connectivity', 'trade corridors', 'investment'],
    phrases: ['transport connectivity', 'building trade corridors', 'attracting investment to border regions'],
  },
  {
    id: 'cyber-information-security',
    label: 'Cyber and information security',
    cues: ['information security', 'cyber', 'ICT crimes'],
    phrases: ['information security standards', 'cyber resilience', 'keeping down ICT crimes'],
  },
  {
    id: 'law-enforcement',
    label: 'Law enforcement cooperation',
    cues: ['law enforcement', 'extradition', 'joint operations'],
    phrases: ['law enforcement cooperation', 'faster extradition procedures', 'joint operations of border services'],
  },
  {
    id: 'youth-prevention',
    label: 'Youth and prevention',
    cues: ['youth', 'prevention', 'young people'],
    phrases: ['preventive work with the youth', 'prevention programmes in schools', 'protecting young people from recruitment'],
  },
  {
    id: 'pandemic-health',
    label: 'Pandemic and health security',
    cues: ['pandemic', 'epidemic', 'health security'],
    phrases: ['the impact of the pandemic', 'epidemic preparedness', 'health security of the population'],
  },
  {
    id: 'chemical-biological',
    label: 'Chemical and biological threats',
    cues: ['chemical', 'biological', 'toxic agents'],
    phrases: ['a convention on chemical attacks', 'biological safety', 'controls on toxic agents'],
  },
];

export const FIRST_NAMES = [
  'Anna', 'Timur', 'Li', 'Olga', 'Rustam', 'Mei', 'Ivan', 'Aigerim', 'Sergei', 'Farida', 'Chen', 'Dilnoza',
  'Bakyt', 'Nadia', 'Arjun', 'Priya', 'Karim', 'Leila', 'Jamshid', 'Elena', 'Zhanna', 'Omar', 'Sofia', 'Hiroshi',
  'José', 'Søren', 'Zoë', 'Çağan', 'Łucja', 'Thị Lan', 'Émile', 'Ngozi', 'Raúl', 'Åsa',
] as const;

export const LAST_NAMES = [
  'Norov', 'Ivanova', 'Zhang', 'Abdullaev', 'Sadykova', 'Petrov', 'Wang', 'Karimov', 'Nurlanov', 'Rahimova',
  'Sharma', 'Khan', 'Tursunov', 'Liu', 'Bekova', 'Mirzaev', 'Sato', 'Ospanov', 'Kuznetsova', 'Haidari',
  'Núñez', 'Ødegaard', 'Nguyễn', 'Müller', 'Kovač', 'Öztürk', 'Adeyemi', 'Lefèvre', 'Wójcik', 'Dvořák',
] as const;

export const ROLES = [
  'Secretary-General', 'Deputy Secretary-General', 'Director', 'Minister of Foreign Affairs', 'Ambassador',
  'Special Representative', 'Head of Delegation', 'Chairperson', 'Executive Secretary', 'Senior Adviser',
] as const;

export const ORGANISATION_HEADS = ['Council', 'Secretariat', 'Centre', 'Bureau', 'Committee', 'Agency', 'Institute'] as const;
export const ORGANISATION_TOPICS = [
  'Regional Security Cooperation', 'Strategic Studies', 'Border Affairs', 'Public Security', 'Counter-Narcotics',
  'Information Security', 'Youth Affairs', 'Economic Partnership', 'Health Preparedness', 'Peace and Development',
] as const;

export const FORUM_KINDS = ['Forum', 'Conference', 'Round Table', 'Summit', 'Meeting', 'Seminar', 'Dialogue', 'Workshop'] as const;
export const FORUM_ADJECTIVES = [
  'Regional', 'International', 'Annual', 'High-Level', 'Expert', 'Joint', 'Ministerial', 'Youth', 'Video', 'Inter-Parliamentary',
] as const;
export const FORUM_TOPICS = [
  'Public Security', 'Countering Terrorism', 'Drug Control', 'Information Security', 'Connectivity',
  'Border Cooperation', 'Prevention of Extremism', 'Health Security', 'Law Enforcement', 'Strategic Stability',
] as const;

export const REPORTING_VERBS: ReadonlyArray<readonly [text: string, lemma: string]> = [
  ['stressed', 'stress'], ['noted', 'note'], ['emphasised', 'emphasise'], ['stated', 'state'], ['said', 'say'],
  ['pointed out', 'point out'], ['underlined', 'underline'], ['added', 'add'], ['highlighted', 'highlight'],
  ['recalled', 'recall'], ['observed', 'observe'], ['suggested', 'suggest'],
];

export const OPENINGS = [
  'the growing distrust in international relations left only narrow room for',
  'the successful implementation of large projects was only possible with',
  'member states had agreed to step up',
  'the organisation remained committed to',
  'recent events showed the urgent need for',
  'it was important to start joint work on',
  'the experience of previous years confirmed the value of',
  'national agencies should coordinate more closely on',
  'new threats and challenges required',
  'the declaration adopted last year laid the ground for',
  'practical results could only be achieved through',
  'the parties had reached a common understanding on',
] as const;

export const CONNECTORS = [
  'adding that', 'and recalled that', 'while noting that', 'and observed that', 'stressing that',
] as const;

export const CLOSINGS = [
  'should go together with', 'depended directly on', 'could not be separated from', 'would benefit from',
  'must be accompanied by', 'was closely linked to',
] as const;

export const FILLER_SENTENCES = [
  'The participants exchanged views on the current situation.',
  'A joint communiqué was adopted at the end of the session.',
  'The meeting was held in a friendly and constructive atmosphere.',
  'Representatives of expert communities also took the floor.',
  'The next meeting is expected to take place next year.',
  'The parties agreed to continue consultations at the working level.',
] as const;

/** Syllables for invented proper names: places, initiatives, projects. */
export const SYLLABLES = [
  'ka', 'ro', 'tan', 'vel', 'mi', 'sar', 'do', 'lin', 'bek', 'zu', 'ra', 'nor', 'tis', 'qa', 'lem',
  'vor', 'an', 'shi', 'gul', 'pe', 'dar', 'ol', 'kin', 'ya', 'mar', 'tu', 'zel', 'hon', 'fa', 'ril',
] as const;
