import * as vscode from 'vscode';
import { firstWords, kindLabel } from './model';
import type { AnnotationStore } from './store';

/** Quote symbols per speaker, at most: Outline and breadcrumbs stay fast on huge documents. */
export const MAX_QUOTE_SYMBOLS = 300;

/** Outline, breadcrumbs and Go to Symbol: each speaker with their quotes. */
export class SpeakerSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly store: AnnotationStore) {}

  async provideDocumentSymbols(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const model = await this.store.current(doc);
    if (!model) return [];
    const range = (s: number, e: number): vscode.Range => new vscode.Range(doc.positionAt(s), doc.positionAt(e));
    // A quote's symbol: its first words, its kind, its span (at most MAX_QUOTE_SYMBOLS of them per group).
    const quoteSymbols = (qs: { start: number; end: number; text: string; kind: Parameters<typeof kindLabel>[0] }[]) =>
      qs
        .slice(0, MAX_QUOTE_SYMBOLS)
        .map(
          (q) =>
            new vscode.DocumentSymbol(
              firstWords(q.text),
              kindLabel(q.kind),
              vscode.SymbolKind.String,
              range(q.start, q.end),
              range(q.start, q.end),
            ),
        );
    const symbols: vscode.DocumentSymbol[] = [];
    for (const speaker of model.speakers) {
      const { entity, quotes } = speaker;
      const first = model.definitionOf(entity) ?? { start: quotes[0].start, end: quotes[0].start };
      const start = Math.min(first.start, quotes[0].start);
      const end = Math.max(first.end, quotes[quotes.length - 1].end);
      const sym = new vscode.DocumentSymbol(
        entity.name,
        entity.role ?? '',
        entity.type === 'PERSON' ? vscode.SymbolKind.Class : vscode.SymbolKind.Module,
        range(start, end),
        range(first.start, first.end),
      );
      sym.children = quoteSymbols(quotes);
      symbols.push(sym);
    }
    if (model.unattributed.length) {
      const qs = model.unattributed;
      const sym = new vscode.DocumentSymbol(
        'Unattributed',
        '',
        vscode.SymbolKind.Namespace,
        range(qs[0].start, qs[qs.length - 1].end),
        range(qs[0].start, qs[0].start),
      );
      sym.children = quoteSymbols(qs);
      symbols.push(sym);
    }
    return symbols;
  }
}

/** Shift+F12 on a name: every mention of that entity. */
export class MentionReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly store: AnnotationStore) {}

  async provideReferences(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Location[]> {
    const model = await this.store.current(doc);
    const entity = model?.entityAt(doc.offsetAt(pos));
    if (!entity) return [];
    return entity.mentions.map(
      (m) => new vscode.Location(doc.uri, new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end))),
    );
  }
}

/** F12 on "Putin": the first full mention, "Vladimir Putin". */
export class MentionDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly store: AnnotationStore) {}

  async provideDefinition(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Location | undefined> {
    const model = await this.store.current(doc);
    const entity = model?.entityAt(doc.offsetAt(pos));
    const def = entity && model?.definitionOf(entity);
    if (!def) return undefined;
    return new vscode.Location(doc.uri, new vscode.Range(doc.positionAt(def.start), doc.positionAt(def.end)));
  }
}
