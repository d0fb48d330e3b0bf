/** Every command this extension contributes (ids must match package.json). */
export const CMD = {
  nextQuoteBySpeaker: 'newsLens.nextQuoteBySpeaker',
  previousQuoteBySpeaker: 'newsLens.previousQuoteBySpeaker',
  nextQuote: 'newsLens.nextQuote',
  previousQuote: 'newsLens.previousQuote',
  showSpeakers: 'newsLens.showSpeakers',
  revealSpeaker: 'newsLens.revealSpeaker',
  toggle: 'newsLens.toggleAnnotations',
  exportJson: 'newsLens.exportJson',
  exportCsv: 'newsLens.exportCsv',
  refresh: 'newsLens.refresh',
  annotateAnyway: 'newsLens.annotateAnyway',
  selectRange: 'newsLens.selectRange',
  showLog: 'newsLens.showLog',
  changeSpeaker: 'newsLens.changeSpeaker',
  changeKind: 'newsLens.changeKind',
  notAQuote: 'newsLens.notAQuote',
  confirmSpeaker: 'newsLens.confirmSpeaker',
  setRole: 'newsLens.setRole',
  setGender: 'newsLens.setGender',
  sameAs: 'newsLens.sameAs',
  changeType: 'newsLens.changeType',
  nextQuoteToReview: 'newsLens.nextQuoteToReview',
  removeCorrection: 'newsLens.removeCorrection',
  showSources: 'newsLens.showSources',
  rebuildSources: 'newsLens.rebuildSources',
  exportSourcesCsv: 'newsLens.exportSourcesCsv',
  filterSources: 'newsLens.filterSources',
  sortSources: 'newsLens.sortSources',
  openSourceQuote: 'newsLens.openSourceQuote',
  showSourceReport: 'newsLens.showSourceReport',
  saveSourceReportHtml: 'newsLens.saveSourceReportHtml',
  saveSourceReportChart: 'newsLens.saveSourceReportChart',
} as const;

/** The Speakers view's id (package.json `contributes.views`). */
export const SPEAKERS_VIEW = 'newsLens.speakers';

/** The Sources view's id (package.json `contributes.views`): sources across the workspace's articles. */
export const SOURCES_VIEW = 'newsLens.sources';

/** A `command:` link with JSON arguments, for trusted Markdown. */
export function commandLink(id: string, args: unknown): string {
  return `command:${id}?${encodeURIComponent(JSON.stringify([args]))}`;
}
