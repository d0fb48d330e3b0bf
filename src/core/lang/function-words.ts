/**
 * Function words: pronouns, determiners, auxiliaries, prepositions and other closed classes, each list
 * defined once with what it is for. Lists used on lower-cased tokens are lower case.
 */
import { words, wordsIn } from './registry';

/** Subject pronouns that can name a speaker ("he said"). */
export const PRONOUNS = words('PRONOUNS', ['he', 'she', 'they', 'we', 'i', 'it', 'you']);

/** Object pronouns ("told him"). */
export const OBJECT_PRONOUNS = words('OBJECT_PRONOUNS', ['him', 'them', 'us', 'me']);

/** Relative pronouns that point back to the previous noun phrase ("Cameron, who said …"). */
export const RELATIVE_PRONOUNS = words('RELATIVE_PRONOUNS', ['who', 'which', 'that']);

// prettier-ignore
/** Determiners, possessive pronouns and quantifiers that open a noun phrase. */
export const DETERMINERS = words('DETERMINERS', [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some',
  'many', 'several', 'most', 'one', 'two', 'three', 'four', 'five', 'few', 'other', 'another', 'both', 'all', 'no',
  'each', 'every', 'any', 'more',
]);

/** Forms of "be" (passives "was reported by", progressives "is warning"). */
export const BE_FORMS = words('BE_FORMS', ['is', 'are', 'was', 'were', 'been', 'be']);

// prettier-ignore
/** Words that may stand between a subject and its cue ("Smith has also said", "she later told"). */
export const BETWEEN_SUBJECT_AND_CUE = words('BETWEEN_SUBJECT_AND_CUE', [
  'has', 'have', 'had', 'also', 'later', 'then', 'once', 'previously', 'repeatedly', 'recently', 'publicly',
  'reportedly', 'privately', 'again', 'would', 'will', 'could', 'may', 'might', 'did', 'does', 'do', 'is', 'was',
  'are', 'were', 'been', 'long', 'often', 'initially', 'first', 'just', 'already', 'even', 'never', 'still',
  'earlier', 'finally', 'frequently', 'flatly', 'openly', 'simply', 'further', 'separately', 'quickly',
  'subsequently', 'ultimately', 'now', 'always', 'not', 'only', 'immediately', 'explicitly', 'specifically',
]);

// prettier-ignore
/** Words that never end a speaker noun phrase. */
export const NOT_NOUN = words('NOT_NOUN', [
  'the', 'a', 'an', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'as',
  'that', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'while', 'if', 'because', 'than', 'so', 'not',
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
  'could', 'should', 'can', 'may', 'might', 'must', 'also', 'about', 'into', 'over', 'after', 'before', 'this',
  'there', 'here', 'then', 'now', 'just', 'only', 'even', 'very', 'too', 'more', 'most', 'his', 'her', 'their',
  'its', 'our', 'my', 'your', 'him', 'them', 'us', 'me', 'said', 'says', 'told', 'up', 'out', 'down', 'off', 'again',
  'all', 'both', 'either', 'neither', 'such', 'no', 'yes', 'against', 'during', 'without', 'within', 'through',
  'under', 'since', 'until', 'though', 'although', 'whether', 'like', 'unlike', 'per', 'via',
]);

// prettier-ignore
/** Quantity words that anchor a bare noun phrase as a speaker ("two officials", "most analysts"). */
export const NUMBER_WORDS = words('NUMBER_WORDS', [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands',
  'millions', 'half', 'most', 'many', 'some', 'none', 'all', 'majority', 'third', 'quarter',
]);

// prettier-ignore
/** Collective nouns that speak without a determiner or plural ending ("police said"). */
export const COLLECTIVES = words('COLLECTIVES', [
  'police', 'staff', 'management', 'congress', 'media', 'percent', 'people',
]);

/** Prepositions that attach one noun phrase to another in a speaker phrase ("a spokesman for the campaign"). */
export const ATTACHING = words('ATTACHING', ['for', 'of', 'at', 'in', 'with', 'from', 'on']);

// prettier-ignore
/** Words after which "her" / "him" is not the object of a verb ("that her", "of her", "and him"). */
export const NOT_VERBS = words('NOT_VERBS', [
  'and', 'or', 'but', 'that', 'because', 'while', 'when', 'after', 'before', 'if', 'as', 'so', 'to', 'of', 'for',
  'with', 'in', 'on', 'at', 'by', 'from', 'about', 'into', 'than', 'where', 'since', 'said', 'says', 'added',
  'wrote', 'thinks', 'believes', 'though', 'although', 'until', 'once', 'whether',
]);

/** Articles. */
export const ARTICLES = wordsIn('ARTICLES', `a an the`);

/** Pronouns of one gender (outside quotations they tell a person's gender). */
export const MALE_PRONOUNS = wordsIn('MALE_PRONOUNS', `he him his himself`);

export const FEMALE_PRONOUNS = wordsIn('FEMALE_PRONOUNS', `she her hers herself`);

/**
 * Nouns besides `ORG_HEADS` that stand for an organization named before: "the team said", "the utility said"
 * (the quote finder gives such a speaker the organization mentioned last, when only one fits).
 */
export const ORG_DESCRIPTIONS = wordsIn(
  'ORG_DESCRIPTIONS',
  `team utility firm railway airline club broadcaster network newspaper charity retailer automaker carrier insurer
manufacturer regulator watchdog`,
);

/**
 * Prepositions whose object is background to a sentence, not its subject ("with the help of Dixon Hall", "a
 * talk with activist Ana Ruiz"): a name after one is no antecedent for a later "he said". Not "by" (the agent
 * of "a statement by Ana Ruiz" is a speaker) nor "to" ("according to Ana Ruiz").
 */
export const BACKGROUND_PREPOSITIONS = wordsIn(
  'BACKGROUND_PREPOSITIONS',
  `of with like about for from against between among at in on into than under over toward towards including via
  alongside behind near beside versus`,
);

/**
 * Nouns of kinship: relational, so "the father" is often someone's father the article never names, not the
 * person it described as "Ana's father" earlier; only with a possessor ("his father") do they name that person.
 */
export const KIN_NOUNS = wordsIn(
  'KIN_NOUNS',
  `father mother son daughter brother sister wife husband uncle aunt cousin grandson granddaughter grandfather
  grandmother nephew niece parent parents dad mom mum spouse widow widower fiance fiancé fiancee girlfriend
  boyfriend stepfather stepmother stepson stepdaughter`,
);

/**
 * Nouns of something a person writes or issues ("her statement said", "his letter reads"): with "his" or
 * "her" before them they speak for the person the pronoun stands for.
 */
export const DOCUMENT_NOUNS = wordsIn(
  'DOCUMENT_NOUNS',
  `statement statements letter letters email e-mail emails note memo post posts tweet tweets message messages
  affidavit testimony book memoir column essay op-ed blog website release decision ruling judgment submission
  article`,
);

/**
 * Prepositions, as a whole: a pronoun right after one ("looked around him", "brought them with her") is no object
 * of a verb and may mean the subject itself (src/core/entities/gender.ts).
 */
export const PREPOSITIONS = wordsIn(
  'PREPOSITIONS',
  `about above across after against along around at behind beside between by for from in inside into near of off
  on onto over past through to toward towards under with within without`,
);
