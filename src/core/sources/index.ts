export { collectSources, isUnnamedQuote, UNNAMED_KEY, type ArticleAnnotation } from './collect';
export { sourcesCsv } from './csv';
export { SIMILAR_NAMES, normalName } from './names';
export { ROLE_KINDS, roleKind, type RoleKind } from './roleKinds';
export type { GenderCount, Source, SourceQuote, SourcesIndex, SourcesSummary } from './types';
