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
export const KNOWN_ORGS = words('KNOWN_ORGS', [
  'google', 'facebook', 'twitter', 'youtube', 'instagram', 'whatsapp', 'tiktok', 'snapchat', 'linkedin', 'reddit',
  'wikipedia', 'wikileaks', 'wikinews', 'amazon', 'apple', 'microsoft', 'netflix', 'uber', 'lyft', 'airbnb', 'tesla',
  'spacex', 'nvidia', 'intel', 'ibm', 'oracle', 'samsung', 'huawei', 'alibaba', 'tencent', 'baidu', 'paypal', 'ebay',
  'yahoo', 'openai', 'meta', 'alphabet', 'nasa', 'fbi', 'cia', 'nsa', 'nato', 'opec', 'unesco', 'unicef', 'who',
  'imf', 'wto', 'fifa', 'uefa', 'ioc', 'nfl', 'nba', 'mlb', 'nhl', 'cnn', 'msnbc', 'nbc', 'cbs', 'abc', 'bbc', 'pbs',
  'npr', 'reuters', 'bloomberg', 'politico', 'breitbart', 'buzzfeed', 'axios', 'gop', 'dnc', 'rnc', 'epa', 'fda',
  'cdc', 'irs', 'dhs', 'ice', 'pentagon', 'kremlin', 'hamas', 'hezbollah', 'taliban', 'isis', 'isil', 'al-qaeda',
  'fox news', 'white house', 'associated press', 'new york times', 'washington post', 'wall street journal',
]);

/** Words for a leader's government or time in office, after the leader's name ("the Trudeau government"). */
export const LEADERS_GOVERNMENTS = wordsIn(
  'LEADERS_GOVERNMENTS',
  `government governments administration cabinet regime presidency premiership era`,
);
