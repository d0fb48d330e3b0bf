export { annotate } from './annotate';
export * from './types';
