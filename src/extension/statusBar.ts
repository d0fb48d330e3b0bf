import * as vscode from 'vscode';
import { CMD } from './commandIds';
import type { AnnotationStore } from './store';

/** Counts of people and quotes for the active document; notes when it is too large, binary or failed. */
export class StatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('newsLens.status', vscode.StatusBarAlignment.Right, 100);

  constructor(private readonly store: AnnotationStore) {
    this.item.name = 'News Lens';
  }

  update(doc: vscode.TextDocument | undefined): void {
    const status = doc ? this.store.status(doc) : undefined;
    const item = this.item;
    item.backgroundColor = undefined;
    if (!doc || !status) {
      item.hide();
      return;
    }
    switch (status.kind) {
      case 'pending': {
        const model = this.store.lastModel(doc);
        item.text = model ? `$(sync~spin) ${this.counts(doc)}` : '$(sync~spin) News Lens';
        item.tooltip = 'News Lens: annotating…';
        item.command = CMD.showSpeakers;
        break;
      }
      case 'ready':
        item.text = this.counts(doc);
        item.tooltip = `News Lens: ${this.describe(doc)} (annotated in ${Math.round(status.ms)} ms). Click to show the Speakers view.`;
        item.command = CMD.showSpeakers;
        break;
      case 'disabled':
        item.text = '$(eye-closed) News Lens';
        item.tooltip = 'News Lens annotations are off. Click to turn them on.';
        item.command = CMD.toggle;
        break;
      case 'tooLarge':
        item.text = `$(warning) News Lens: ${mb(status.length)} MB, not annotated`;
        item.tooltip = `This document (${mb(status.length)} MB) is larger than newsLens.maxDocumentSizeMB (${mb(status.limit)} MB). Click to annotate it anyway.`;
        item.command = CMD.annotateAnyway;
        item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
        break;
      case 'binary':
        item.text = '$(circle-slash) News Lens: not text';
        item.tooltip =
          'This file looks binary (it holds NUL or control characters), so News Lens does not annotate it.';
        item.command = undefined;
        break;
      case 'error':
        item.text = '$(error) News Lens';
        item.tooltip = `News Lens could not annotate this document: ${status.message}. Click to retry.`;
        item.command = CMD.refresh;
        item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
        break;
    }
    item.show();
  }

  private counts(doc: vscode.TextDocument): string {
    const model = this.store.lastModel(doc);
    const people = model ? model.annotation.entities.filter((e) => e.type === 'PERSON').length : 0;
    const quotes = model ? model.quotes.length : 0;
    return `$(person) ${people} $(quote) ${quotes}`;
  }

  private describe(doc: vscode.TextDocument): string {
    const model = this.store.lastModel(doc);
    const people = model ? model.annotation.entities.filter((e) => e.type === 'PERSON').length : 0;
    const quotes = model ? model.quotes.length : 0;
    return `${people} ${people === 1 ? 'person' : 'people'}, ${quotes} ${quotes === 1 ? 'quote' : 'quotes'}`;
  }

  dispose(): void {
    this.item.dispose();
  }
}

function mb(chars: number): string {
  return (chars / (1024 * 1024)).toFixed(1);
}
