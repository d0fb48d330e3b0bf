/**
 * Names: the particles and joiners inside them, the capitalised words that start sentences without being
 * names, and the abbreviations whose period ends no sentence.
 */
import { words, wordsIn } from './registry';

// prettier-ignore
/** Capitalised words that start sentences without being names. */
export const NOT_NAMES = words('NOT_NAMES', [
  'But', 'And', 'Or', 'So', 'Yet', 'Then', 'In', 'On', 'At', 'For', 'From', 'With', 'By', 'As', 'If', 'When',
  'While', 'After', 'Before', 'Since', 'Still', 'However', 'Now', 'Also', 'Meanwhile', 'Later', 'Earlier', 'Instead',
  'Indeed', 'Although', 'Though', 'Because', 'Asked', 'Speaking', 'Writing', 'During', 'Last', 'This', 'That',
  'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'There', 'Here', 'What', 'Why', 'How', 'Where',
  'Who', 'Which', 'Today', 'Yesterday', 'Separately', 'Further', 'Moreover', 'Similarly', 'Finally', 'Overall',
  'Some', 'Many', 'Most', 'All', 'Both', 'Each', 'Every', 'Other', 'Another', 'Several', 'One', 'Two', 'Not', 'No',
  'Yes', 'Don’t', "Don't", 'Let', 'Please', 'According', 'Under', 'Over', 'About', 'Through', 'Like', 'Unlike',
  'Despite',
]);

// prettier-ignore
/** Abbreviations after which a period does not end a sentence. Lower case, without the period. */
export const ABBREVIATIONS = words('ABBREVIATIONS', [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'cpl', 'adm',
  'cmdr', 'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'atty', 'amb', 'msgr', 'fr', 'no', 'vs',
  'v', 'etc', 'inc', 'corp', 'co', 'ltd', 'bros', 'dept', 'univ', 'assn', 'mt', 'ft', 'ave', 'blvd', 'rd', 'jan',
  'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ala', 'ariz', 'ark', 'calif',
  'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo',
  'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'approx', 'est', 'fig',
  'al',
]);

/** Honorifics: dropped from a name and never a role by themselves. */
export const HONORIFICS = wordsIn('HONORIFICS', `mr mrs ms miss mx sir dame lord lady madam mister messrs`);

/** Honorifics after which the capitalised words name a person ("Mr. King", "Dr. de la Cruz"). */
export const NAME_HONORIFICS = wordsIn('NAME_HONORIFICS', `mr mrs ms dr mx messrs mme mlle`);

/** Honorifics of one gender right before a name (a period may follow the abbreviations). */
export const FEMALE_HONORIFICS = wordsIn(
  'FEMALE_HONORIFICS',
  `
mrs ms miss madam madame mme mlle dame lady queen princess duchess countess empress baroness
`,
);

export const MALE_HONORIFICS = wordsIn('MALE_HONORIFICS', `mr mister sir lord king prince duke emperor baron`);

/** Particles inside a name ("Maria de la Cruz", "Ludwig van Beethoven", "Bashar al-Assad"). */
export const NAME_PARTICLES = wordsIn(
  'NAME_PARTICLES',
  `de da di del della dello delle degli dei des van von der den al el bin ibn le la du dos das`,
);

/** Other words written in lower case inside names ("Newcastle upon Tyne", "Rhein und Ruhr", "Boulogne-sur-Mer"). */
export const NAME_LOWER_WORDS = wordsIn('NAME_LOWER_WORDS', `upon und sur les los las`);

/** Words that may join the parts of a name: the particles, and "of", "for", "and" ("Secretary of State John Kerry"). */
export const NAME_JOINERS: ReadonlySet<string> = new Set([
  ...NAME_PARTICLES,
  ...wordsIn('NAME_JOINING_WORDS', 'of for and &'),
]);

/** Words an acronym skips: the particles and short function words ("United Nations" -> UN, "Bank of America" -> BOA). */
export const ACRONYM_SKIP: ReadonlySet<string> = new Set([
  ...NAME_PARTICLES,
  ...wordsIn('ACRONYM_FUNCTION_WORDS', 'of the and for & on in'),
]);

/** Common Chinese, Korean and Vietnamese surnames that the SSA list has as given names ("Lu", "Park", "Ho"). */
export const SURNAMES_WRITTEN_FIRST = wordsIn(
  'SURNAMES_WRITTEN_FIRST',
  `
ma gao deng peng dong su lu park vu dang ho duong li wang zhang liu chen yang huang zhao wu zhou xu sun zhu hu
guo he lin luo zheng liang xie song tang han feng cao zeng xiao tian pan yuan cai jiang yu du ye cheng wei ding
ren shen yao kang kim lee choi jung cho yoon jang lim shin seo kwon hwang ahn ri moon nguyen tran le pham hoang
phan vo bui do ngo ly xi
`,
);

/** Short function words a title-case headline leaves in lower case ("Steps Toward Syria Peace"). */
export const HEADLINE_MINOR_WORDS = wordsIn(
  'HEADLINE_MINOR_WORDS',
  `
a an the of in on at to for and or but by with from as vs via into over up out is are be 's ’s
`,
);
