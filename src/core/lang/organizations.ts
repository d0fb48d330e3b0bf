/** Organizations: corporate suffixes, nouns that end organizations' names, and present-day organizations. */
import { words, wordsIn } from './registry';

/** Corporate suffixes: a span ending in one is an organization, period included. */
export const CORPORATE = wordsIn('CORPORATE', `inc corp co ltd llc plc bros ag sa nv gmbh`);

/**
 * Nouns that end organizations' names and never people's or places' ("Harlow City Council", "Ames
 * Construction"). Words that also end place names (bank, hall, city) or surnames (church) are left out.
 */
export const ORG_HEADS = wordsIn(
  'ORG_HEADS',
  `
council committee commission ministry department agency authority union party association federation league board
corporation company institute foundation society parliament assembly administration bureau coalition alliance
cooperative co-operative consortium confederation syndicate directorate secretariat tribunal construction
airlines airways industries holdings group partners motors systems technologies pharmaceuticals insurance
logistics shipping builders contractors enterprises ventures investments securities
`,
);

// prettier-ignore
/**
 * Organizations a 1996 news corpus does not know, or knows under another type, that today's news names
 * often (lower case, periods removed). A name in this list is an organization whatever the tagger said.
 */
/**
 * Words that open a name going on with "of" ("University of Texas", "House of Commons", "Bank of Canada", "Duke
 * of Norfolk"): a name "X of Y" with one of these as X is one name. From the names of this form in CoNLL-2003 train
 * (bank, house, university, department, ministry, queen, confederation, ...) and their kin.
 */
export const OF_HEADS = wordsIn(
  'OF_HEADS',
  `
bank house university college school academy institute museum hospital church cathedral diocese department
ministry office queen king prince princess duke duchess earl count countess emperor empress lord lady bishop
archbishop pope president city town county province state republic kingdom commonwealth isle island islands
gulf bay sea lake cape port mount straits strait tour book order knights friends sons daughters brothers sisters
missionaries journal times gift life community movement government court chamber people peoples statue battle
treaty siege congress parliament assembly federation confederation league union association organisation
organization council board bureau party brotherhood society guild club
`,
);

/**
 * Head nouns of organizations named with a complement: "on" after the first list ("Council on Foreign Relations",
 * "Commission on Presidential Debates"), "for" after either ("Center for Strategic and International Studies",
 * "Office for National Statistics", "Hospital for Sick Children"). Not "Union on" or "Party on", which are nearly always a topic or a time ("the
 * European Union on Brexit", "the Party on Tuesday").
 */
export const HEADS_BEFORE_ON = wordsIn(
  'HEADS_BEFORE_ON',
  `council committee subcommittee commission conference center centre institute forum panel caucus foundation`,
);
export const HEADS_BEFORE_FOR = wordsIn(
  'HEADS_BEFORE_FOR',
  `
council committee subcommittee commission conference center centre institute forum panel caucus foundation fund
network project campaign office organization organisation coalition alliance association union party league society
agency academy school college hospital museum
`,
);
/**
 * People named in the plural at the head of an advocacy group's name, with "for", "Without" or "Against"
 * ("Physicians for Human Rights", "Doctors Without Borders", "Mothers Against Drunk Driving", "Americans for
 * Prosperity").
 */
export const GROUP_HEADS = wordsIn(
  'GROUP_HEADS',
  `
citizens canadians americans doctors physicians lawyers scientists mothers parents students friends veterans
families journalists reporters nurses teachers women workers
`,
);

export const KNOWN_ORGS = words('KNOWN_ORGS', [
  'google',
  'facebook',
  'twitter',
  'youtube',
  'instagram',
  'whatsapp',
  'tiktok',
  'snapchat',
  'linkedin',
  'reddit',
  'wikipedia',
  'wikileaks',
  'wikinews',
  'amazon',
  'apple',
  'microsoft',
  'netflix',
  'uber',
  'lyft',
  'airbnb',
  'tesla',
  'spacex',
  'nvidia',
  'intel',
  'ibm',
  'oracle',
  'samsung',
  'huawei',
  'alibaba',
  'tencent',
  'baidu',
  'paypal',
  'ebay',
  'yahoo',
  'openai',
  'meta',
  'alphabet',
  'nasa',
  'fbi',
  'cia',
  'nsa',
  'nato',
  'opec',
  'unesco',
  'unicef',
  'who',
  'imf',
  'wto',
  'fifa',
  'uefa',
  'ioc',
  'nfl',
  'nba',
  'mlb',
  'nhl',
  'cnn',
  'msnbc',
  'nbc',
  'cbs',
  'abc',
  'bbc',
  'pbs',
  'npr',
  'reuters',
  'bloomberg',
  'politico',
  'breitbart',
  'buzzfeed',
  'axios',
  'gop',
  'dnc',
  'rnc',
  'epa',
  'fda',
  'cdc',
  'irs',
  'dhs',
  'ice',
  'pentagon',
  'kremlin',
  'hamas',
  'hezbollah',
  'taliban',
  'isis',
  'isil',
  'al-qaeda',
  'fox news',
  'white house',
  'associated press',
  'new york times',
  'washington post',
  'wall street journal',
]);

/** Words for a leader's government or time in office, after the leader's name ("the Trudeau government"). */
export const LEADERS_GOVERNMENTS = wordsIn(
  'LEADERS_GOVERNMENTS',
  `government governments administration cabinet regime presidency premiership era`,
);
