/** Time words: a time phrase between a subject and its cue ("Smith on Wednesday said") is skipped. */
import { words } from './registry';

// prettier-ignore
/** Heads of a time phrase. */
export const TIME_WORDS = words('TIME_WORDS', [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'morning',
  'afternoon', 'evening', 'night', 'weekend',
]);

// prettier-ignore
/** Words that open a time phrase ("on", "last", "this" …). */
export const TIME_LEADS = words('TIME_LEADS', [
  'on', 'this', 'last', 'that', 'next', 'each', 'every', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday',
]);
