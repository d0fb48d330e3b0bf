// Types of the generated schema-validators.js (scripts/build-schema-validators.mjs): ajv validate functions.
import type { ValidateFunction } from 'ajv';

export const file: ValidateFunction;
export const speakerCorrection: ValidateFunction;
export const notAQuoteCorrection: ValidateFunction;
export const kindCorrection: ValidateFunction;
export const entityCorrection: ValidateFunction;
