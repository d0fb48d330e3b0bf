/** Corrections: a user's fixes to an article's annotation, kept beside it (see types.ts). */
export { anchorQuote, locateQuote, ANCHOR_WINDOW, type Located } from './anchor';
export { applyCorrections, type AppliedCorrections } from './apply';
export { withCorrection, withoutCorrection } from './edit';
export { evaluateCorrections, fraction, type CorrectionsEvaluation, type Fraction } from './evaluate';
export { CORRECTIONS_SCHEMA, checkCorrections, parseCorrections } from './parse';
export { emptyCorrections, serializeCorrections, sidecarPath } from './sidecar';
export * from './types';
