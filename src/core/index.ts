export {
  annotate,
  createAnnotator,
  type AnnotateCallOptions,
  type AnnotateProblem,
  type Annotator,
  type AnnotatorConfig,
  type Stages,
} from './annotate';
export * from './types';
