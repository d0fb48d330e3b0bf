export { collectSources, isUnnamedQuote, UNNAMED_KEY, type ArticleAnnotation } from './collect';
export { sourcesCsv } from './csv';
export { SIMILAR_NAMES, normalName } from './names';
export type { GenderCount, Source, SourceQuote, SourcesIndex, SourcesSummary } from './types';
