export { collectSources, isUnnamedQuote, UNNAMED_KEY, type ArticleAnnotation } from './collect';
export { sourcesCsv } from './csv';
export { SIMILAR_NAMES, normalName } from './names';
export { ROLE_KINDS, organizationKind, roleKind, sourceKind, type RoleKind } from './roleKinds';
export type { GenderCount, Source, SourceQuote, SourcesIndex, SourcesSummary } from './types';
export {
  CATEGORIES,
  GENDERS,
  sourceReport,
  type GenderKey,
  type ReportArticle,
  type ReportOptions,
  type Share,
  type SourceCategory,
  type SourceReport,
  type TimelineBar,
  type TopSource,
} from './report';
export { articleDate, DATE_HEAD_CHARS } from './dates';
