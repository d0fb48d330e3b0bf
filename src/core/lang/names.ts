/**
 * Names: the particles and joiners inside them, the capitalised words that start sentences without being
 * names, and the abbreviations whose period ends no sentence.
 */
import { words } from './registry';

/** Words that may join the parts of a name ("Secretary of State John Kerry", "Bashar al-Assad"). */
export const NAME_JOINERS = words('NAME_JOINERS', [
  'of', 'for', 'de', 'del', 'della', 'da', 'van', 'von', 'der', 'al', 'bin', 'la', 'le', 'du', 'and', '&',
]);

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
