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

/**
 * Above this many spans, an editor shows the decorations of its visible lines and WINDOW_LINES around
 * them, repainted as it scrolls: one `setDecorations` call with 100,000 ranges blocks the extension host
 * for several hundred milliseconds, and nobody sees them at once. The overview ruler then marks that
 * window only.
 */
export const WINDOW_THRESHOLD = 20_000;
const WINDOW_LINES = 1500;

/** Ranges are built in slices of this many spans, yielding between slices, so huge documents never block. */
const SLICE = 2000;

/**
 * Owns the decoration types and paints every visible editor of an annotated document:
 * entities by type, quotes by speaker color, unattributed quotes apart, marks in the overview ruler.
 */
export class Decorator implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  private readonly applied = new WeakMap<
    vscode.TextEditor,
    { version: number; model: AnnotationModel | undefined; spans: AppliedDecorations; timings: PaintTimings }
  >();
  private readonly generation = new WeakMap<vscode.TextEditor, number>();
  /** The painted line window of editors of huge documents. */
  private readonly windows = new WeakMap<vscode.TextEditor, { first: number; last: number }>();
  /** Spans chosen for a model under the current display settings (reused while scrolling). */
  private readonly spanCache = new WeakMap<
    AnnotationModel,
    { key: string; spans: Map<string, Array<[number, number]>> }
  >();
  private readonly subs: vscode.Disposable[] = [];
  private scrollTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly store: AnnotationStore) {
    this.subs.push(
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        const win = this.windows.get(e.textEditor);
        const vis = e.visibleRanges;
        if (!win || vis.length === 0) return;
        const margin = WINDOW_LINES / 3;
        const first = vis[0].start.line;
        const last = vis[vis.length - 1].end.line;
        const atEnd = win.last >= e.textEditor.document.lineCount - 1;
        if ((first - margin >= win.first || win.first === 0) && (last + margin <= win.last || atEnd)) return;
        if (this.scrollTimer) clearTimeout(this.scrollTimer);
        this.scrollTimer = setTimeout(() => void this.paint(e.textEditor), 100);
      }),
    );
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
  appliedTo(
    editor: vscode.TextEditor,
  ):
    | { version: number; model: AnnotationModel | undefined; spans: AppliedDecorations; timings: PaintTimings }
    | undefined {
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
    const all = model ? await this.spansFor(model) : new Map<string, Array<[number, number]>>();
    if (this.generation.get(editor) !== gen || doc.isClosed) return;
    const [spans, win] = this.window(editor, all);
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
    if (win) this.windows.set(editor, win);
    else this.windows.delete(editor);
    this.applied.set(editor, {
      version: doc.version,
      model,
      spans: applied,
      timings: { spans: t1 - t0, ranges: t2 - t1, longestSlice, set: t3 - t2, startedAt: t0 },
    });
  }

  /** All spans, or for a huge document those in a window of lines around what the editor shows. */
  private window(
    editor: vscode.TextEditor,
    all: Map<string, Array<[number, number]>>,
  ): [Map<string, Array<[number, number]>>, { first: number; last: number } | undefined] {
    let total = 0;
    for (const list of all.values()) total += list.length;
    if (total <= WINDOW_THRESHOLD) return [all, undefined];
    const doc = editor.document;
    const vis = editor.visibleRanges;
    const firstVisible = vis.length ? vis[0].start.line : editor.selection.active.line;
    const lastVisible = vis.length ? vis[vis.length - 1].end.line : firstVisible + 100;
    const first = Math.max(0, firstVisible - WINDOW_LINES);
    const last = Math.min(doc.lineCount - 1, lastVisible + WINDOW_LINES);
    const lo = doc.offsetAt(new vscode.Position(first, 0));
    const hi = doc.lineAt(last).range.end.character + doc.offsetAt(new vscode.Position(last, 0));
    const out = new Map<string, Array<[number, number]>>();
    for (const [key, list] of all)
      out.set(
        key,
        list.filter(([s, e]) => e >= lo && s <= hi),
      );
    return [out, { first, last }];
  }

  /** The spans each decoration type shows (cached per annotation and settings); yields every SLICE spans. */
  private async spansFor(model: AnnotationModel): Promise<Map<string, Array<[number, number]>>> {
    const config = readConfig();
    const cacheKey = `${[...config.entityTypes].join()}|${[...config.quoteKinds].join()}`;
    const cached = this.spanCache.get(model);
    if (cached?.key === cacheKey) return cached.spans;
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
    this.spanCache.set(model, { key: cacheKey, spans });
    return spans;
  }

  /** The line window painted in `editor`, when its document is huge (see WINDOW_THRESHOLD). */
  windowOf(editor: vscode.TextEditor): { first: number; last: number } | undefined {
    return this.windows.get(editor);
  }

  dispose(): void {
    if (this.scrollTimer) clearTimeout(this.scrollTimer);
    for (const s of this.subs) s.dispose();
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
  }
}

function quoteKey(model: AnnotationModel, q: Quote): string {
  const speaker = q.speaker ? model.speakerById.get(q.speaker) : undefined;
  return speaker ? `quote:${speaker.color}` : 'quote:unattributed';
}
