import * as vscode from 'vscode';
import type { EntityType, Quote } from '../core/types';
import { readConfig } from './config';
import { AnnotationModel, PALETTE_SIZE } from './model';
import type { AnnotationStore } from './store';

/** Offsets of what one decoration type shows, as last passed to `setDecorations` (read by tests). */
export type AppliedDecorations = Record<string, Array<[number, number]>>;

const ENTITY_COLORS: Record<EntityType, string> = {
  PERSON: 'newsLens.personForeground',
  ORG: 'newsLens.organizationForeground',
  LOC: 'newsLens.placeForeground',
  MISC: 'newsLens.miscForeground',
};

/** Where the time of one repaint went, in milliseconds. */
export interface PaintTimings {
  /** Choosing the spans to show (main thread, one go). */
  spans: number;
  /** Offsets to positions, in slices (wall time, yielding between slices). */
  ranges: number;
  /** Longest single slice of the above (main thread, one go). */
  longestSlice: number;
  /** All `setDecorations` calls (main thread, one go). */
  set: number;
  /** `performance.now()` when the repaint started. */
  startedAt: number;
}

/** Ranges are built in slices of this many spans, yielding between slices, so huge documents never block. */
const SLICE = 2000;

/**
 * Owns the decoration types and paints every visible editor of an annotated document:
 * entities by type, quotes by speaker color, unattributed quotes apart, marks in the overview ruler.
 */
export class Decorator implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  private readonly applied = new WeakMap<vscode.TextEditor, { version: number; spans: AppliedDecorations; timings: PaintTimings }>();
  private readonly generation = new WeakMap<vscode.TextEditor, number>();

  constructor(private readonly store: AnnotationStore) {
    const closed = vscode.DecorationRangeBehavior.ClosedClosed;
    for (const type of Object.keys(ENTITY_COLORS) as EntityType[]) {
      this.types.set(
        `entity:${type}`,
        vscode.window.createTextEditorDecorationType({
          rangeBehavior: closed,
          color: new vscode.ThemeColor(ENTITY_COLORS[type]),
          fontWeight: type === 'PERSON' ? '600' : undefined,
          overviewRulerColor: type === 'PERSON' ? new vscode.ThemeColor('newsLens.personRuler') : undefined,
          overviewRulerLane: vscode.OverviewRulerLane.Left,
        }),
      );
    }
    for (let i = 0; i < PALETTE_SIZE; i++) {
      this.types.set(
        `quote:${i}`,
        vscode.window.createTextEditorDecorationType({
          rangeBehavior: closed,
          backgroundColor: new vscode.ThemeColor(`newsLens.speaker${i + 1}Background`),
          overviewRulerColor: new vscode.ThemeColor(`newsLens.speaker${i + 1}Ruler`),
          overviewRulerLane: vscode.OverviewRulerLane.Right,
        }),
      );
    }
    this.types.set(
      'quote:unattributed',
      vscode.window.createTextEditorDecorationType({
        rangeBehavior: closed,
        backgroundColor: new vscode.ThemeColor('newsLens.unattributedQuoteBackground'),
        border: '1px dashed',
        borderColor: new vscode.ThemeColor('newsLens.unattributedQuoteBorder'),
        overviewRulerColor: new vscode.ThemeColor('newsLens.unattributedQuoteRuler'),
        overviewRulerLane: vscode.OverviewRulerLane.Right,
      }),
    );
  }

  /** Decoration type keys: `entity:PERSON`…, `quote:0`…`quote:5`, `quote:unattributed`. */
  keys(): string[] {
    return [...this.types.keys()];
  }

  /** What was last set on `editor`, by decoration type key (empty lists included). */
  appliedTo(editor: vscode.TextEditor): { version: number; spans: AppliedDecorations; timings: PaintTimings } | undefined {
    return this.applied.get(editor);
  }

  /** Repaints every visible editor showing `doc` (or every visible editor). */
  async update(doc?: vscode.TextDocument): Promise<void> {
    const editors = vscode.window.visibleTextEditors.filter((ed) => !doc || ed.document === doc);
    await Promise.all(editors.map((ed) => this.paint(ed)));
  }

  private async paint(editor: vscode.TextEditor): Promise<void> {
    const doc = editor.document;
    const status = this.store.status(doc);
    if (!status || status.kind === 'pending') return; // keep what is shown until the new annotation is ready
    const gen = (this.generation.get(editor) ?? 0) + 1;
    this.generation.set(editor, gen);
    const model = status.kind === 'ready' && this.store.isCurrent(doc) ? this.store.lastModel(doc) : undefined;
    const t0 = performance.now();
    const spans = model ? await this.spansFor(model) : new Map<string, Array<[number, number]>>();
    if (this.generation.get(editor) !== gen || doc.isClosed) return;
    const t1 = performance.now();

    const ranges = new Map<string, vscode.Range[]>();
    let done = 0;
    let longestSlice = 0;
    let sliceStart = performance.now();
    for (const key of this.types.keys()) {
      const list = spans.get(key) ?? [];
      const out: vscode.Range[] = [];
      for (const [s, e] of list) {
        out.push(new vscode.Range(doc.positionAt(s), doc.positionAt(e)));
        if (++done % SLICE === 0) {
          longestSlice = Math.max(longestSlice, performance.now() - sliceStart);
          await new Promise((r) => setImmediate(r));
          sliceStart = performance.now();
          if (this.generation.get(editor) !== gen || doc.isClosed) return;
        }
      }
      ranges.set(key, out);
    }
    longestSlice = Math.max(longestSlice, performance.now() - sliceStart);
    const t2 = performance.now();
    if (this.generation.get(editor) !== gen) return;
    if (model && !this.store.isCurrent(doc)) return; // edited meanwhile; the next update repaints
    const applied: AppliedDecorations = {};
    for (const [key, type] of this.types) {
      editor.setDecorations(type, ranges.get(key) ?? []);
      applied[key] = spans.get(key) ?? [];
    }
    const t3 = performance.now();
    this.applied.set(editor, { version: doc.version, spans: applied, timings: { spans: t1 - t0, ranges: t2 - t1, longestSlice, set: t3 - t2, startedAt: t0 } });
  }

  /** The spans each decoration type shows; yields every SLICE spans. */
  private async spansFor(model: AnnotationModel): Promise<Map<string, Array<[number, number]>>> {
    const config = readConfig();
    const spans = new Map<string, Array<[number, number]>>();
    const add = (key: string, s: number, e: number): void => {
      let list = spans.get(key);
      if (!list) spans.set(key, (list = []));
      list.push([s, e]);
    };
    const breathe = (): Promise<unknown> => new Promise((r) => setImmediate(r));
    for (let i = 0; i < model.mentions.length; i++) {
      const m = model.mentions[i];
      if (config.entityTypes.has(m.entity.type)) add(`entity:${m.entity.type}`, m.span.start, m.span.end);
      if (i % SLICE === SLICE - 1) await breathe();
    }
    for (let i = 0; i < model.quotes.length; i++) {
      const q = model.quotes[i];
      if (config.quoteKinds.has(q.kind)) add(quoteKey(model, q), q.start, q.end);
      if (i % SLICE === SLICE - 1) await breathe();
    }
    return spans;
  }

  dispose(): void {
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
  }
}

function quoteKey(model: AnnotationModel, q: Quote): string {
  const speaker = q.speaker ? model.speakerById.get(q.speaker) : undefined;
  return speaker ? `quote:${speaker.color}` : 'quote:unattributed';
}
