/**
 * The language module: English word lists and word shapes the recognizer uses, one definition each (spaCy's
 * `lang/en` is the model). Entities and quotes import from here; nothing here imports from them.
 */
export * from './cues';
export * from './data/finite-verbs';
export * from './data/role-nouns';
export * from './data/person-nouns';
export * from './function-words';
export * from './names';
export * from './organizations';
export * from './places';
export * from './punctuation';
export * from './roles';
export * from './shape';
export * from './time';
