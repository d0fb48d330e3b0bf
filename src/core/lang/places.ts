/** Places: names that are also surnames or given names, and alias sets of countries and unions. */
import { wordsIn } from './registry';

/** Places that are also common surnames: a lone one stays a place. */
export const PLACE_NAMES = wordsIn(
  'PLACE_NAMES',
  `
washington jackson houston lincoln hamilton wellington victoria georgia jordan chad israel paris florence
virginia carolina austin dallas madison charlotte sydney orlando york kent essex chester lancaster brooklyn
phoenix denver columbus cleveland kansas montgomery nelson clinton warren franklin troy ireland england wales
scotland china india germany france italy spain russia america mexico canada japan
`,
);

/** First words of place names that are also given names ("San Jose", "Fort Wayne", "Santa Clara"). */
export const PLACE_FIRST = wordsIn(
  'PLACE_FIRST',
  `
san santa st saint fort mount port lake new north south east west la las los el del de le cape glen grand upper
lower old little great
`,
);

/** Names of one country or union ("U.S." / "United States" / "America"): lower case, periods removed. */
export const ALIAS_SETS: string[][] = [
  ['us', 'usa', 'united states', 'united states of america', 'america'],
  ['uk', 'britain', 'great britain', 'united kingdom'],
  ['un', 'united nations'],
  ['eu', 'european union'],
  ['uae', 'united arab emirates'],
  ['ussr', 'soviet union'],
];
