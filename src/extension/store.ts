import * as vscode from 'vscode';
import type { UnplacedCorrection } from '../core/corrections/types';
import type { AnnotateOptions, Annotation } from '../core/types';
import { readConfig } from './config';
import { AnnotationModel } from './model';
import { AnnotationRunner, CancelledError } from './runner';
import { looksBinary } from '../core/binary';
import type { DecodedAnnotation, WireProblem } from './wire';

type DecodedMentions = DecodedAnnotation['mentions'];

/** Why a document has no (fresh) annotation, or that it has one. */
export type DocStatus =
  | { kind: 'pending' }
  | { kind: 'ready'; ms: number; timings: Timings }
  | { kind: 'disabled' }
  | { kind: 'tooLarge'; length: number; limit: number }
  | { kind: 'binary' }
  | { kind: 'error'; message: string };

/** Where the time of one annotation went, in milliseconds (the benchmark and tests read it). */
export interface Timings {
  /** `document.getText()` on the extension host's main thread. */
  getText: number;
  /** From handing the text to a worker until the rebuilt annotation is back (mostly off the main thread). */
  annotate: number;
  /** Of which: the worker annotating (the rest: starting the worker, waiting for it, messages, decoding). */
  worker: number;
  /** Of that, the worker thread's CPU time, where Node tells it (the rest it was not running: mostly waiting for a core). */
  workerCpu?: number;
  /** Of which: waiting for the article's corrections file after the worker answered (read meanwhile). */
  corrections: number;
  /** Indexing the annotation for the editor (main thread). */
  index: number;
  /** `performance.now()` when the annotation started. */
  startedAt: number;
}

/**
 * The user's corrections of a document (src/extension/correctionsStore.ts): the store applies them to every
 * annotation that arrives from the worker, before anything shows it.
 */
export interface Corrector {
  /** Resolves once the document's corrections are read (the first time; at once after that). */
  ready(doc: vscode.TextDocument): Promise<void>;
  /** The annotation of `text` with the document's corrections applied; undefined when there are none. */
  correct(
    doc: vscode.TextDocument,
    text: string,
    annotation: Annotation,
  ): { annotation: Annotation; unplaced: UnplacedCorrection[] } | undefined;
}

interface Entry {
  doc: vscode.TextDocument;
  status: DocStatus;
  /** The last good annotation (corrections applied), kept while a newer one is computed (no flicker). */
  model?: AnnotationModel;
  /** The recognizer's annotation `model` was made from, before corrections, with the text it is of. */
  raw?: { text: string; annotation: Annotation; mentions: DecodedMentions };
  /** Document version `model` belongs to. */
  modelVersion: number;
  /** Version the current status belongs to. */
  statusVersion: number;
  timer?: ReturnType<typeof setTimeout>;
  cts?: vscode.CancellationTokenSource;
  /** The user chose "Annotate Anyway" for this large document. */
  forceLarge: boolean;
  waiters: Array<() => void>;
}

const IGNORED_SCHEMES = new Set(['output', 'git', 'vscode-scm', 'debug', 'comment', 'vscode-notebook-cell-output']);

/** True for documents News Lens annotates: plain text in an editor-like scheme. */
export function isArticle(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'plaintext' && !IGNORED_SCHEMES.has(doc.uri.scheme);
}

/**
 * One annotation per open plain-text document, recomputed after edits (debounced), cancelled when the
 * document changes again or closes. Listeners hear `onDidUpdate` once a document's status changes.
 */
export class AnnotationStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly emitter = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly problemEmitter = new vscode.EventEmitter<{ doc: vscode.TextDocument; problems: WireProblem[] }>();
  private readonly subs: vscode.Disposable[] = [];
  /** Documents this extension created (exports): never annotated. */
  private readonly ignored = new Set<string>();
  readonly onDidUpdate = this.emitter.event;
  /** Fires with the problems the recognizer recovered from in an annotation the store took (none: no event). */
  readonly onDidReportProblems = this.problemEmitter.event;

  constructor(
    private readonly runner: AnnotationRunner,
    private readonly corrector?: Corrector,
  ) {
    this.subs.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        const entry = this.entries.get(e.document.uri.toString());
        if (entry) this.schedule(entry, readConfig().debounceMs);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        this.forget(doc);
        this.ignored.delete(doc.uri.toString());
      }),
      vscode.workspace.onDidOpenTextDocument((doc) => {
        // A language change (e.g. "Change Language Mode" to Plain Text) closes and reopens the document.
        if (this.handles(doc) && vscode.window.visibleTextEditors.some((ed) => ed.document === doc)) this.ensure(doc);
      }),
    );
  }

  /** Never annotate `doc` (an export this extension opened). */
  ignore(doc: vscode.TextDocument): void {
    this.ignored.add(doc.uri.toString());
    this.forget(doc);
  }

  /** True when News Lens annotates `doc`. */
  handles(doc: vscode.TextDocument): boolean {
    return isArticle(doc) && !this.ignored.has(doc.uri.toString());
  }

  /** Starts annotating `doc` unless its annotation is current or on its way. */
  ensure(doc: vscode.TextDocument): void {
    if (!this.handles(doc)) return;
    const entry = this.entry(doc);
    if (entry.statusVersion === doc.version && entry.status.kind !== 'pending') return;
    if (entry.cts || entry.timer) return;
    this.schedule(entry, 0);
  }

  /** Recomputes `doc` now, e.g. after a settings change or the Refresh command. */
  refresh(doc: vscode.TextDocument): void {
    if (!this.handles(doc)) return;
    this.schedule(this.entry(doc), 0);
  }

  /** Recomputes every tracked document (settings changed). */
  refreshAll(): void {
    for (const entry of this.entries.values()) this.schedule(entry, 0);
  }

  /**
   * Applies the document's corrections again to the annotation it has (they changed), without annotating
   * again; listeners hear `onDidUpdate` once the new model is in place. An annotation on its way or waiting
   * for an edit's debounce picks the corrections up itself.
   */
  async reapply(doc: vscode.TextDocument): Promise<void> {
    const entry = this.entries.get(doc.uri.toString());
    if (!entry) return;
    if (!entry.raw || entry.status.kind !== 'ready' || entry.modelVersion !== doc.version) {
      if (entry.status.kind === 'ready' && entry.modelVersion !== doc.version) this.schedule(entry, 0);
      return;
    }
    await this.corrector?.ready(doc);
    const raw = entry.raw;
    if (!raw || entry.raw !== raw || entry.modelVersion !== doc.version || doc.isClosed) return;
    entry.model = this.corrected(doc, raw);
    this.emitter.fire(doc);
  }

  /** The model of a recognizer's annotation with the document's corrections applied. */
  private corrected(doc: vscode.TextDocument, raw: NonNullable<Entry['raw']>): AnnotationModel {
    const fixed = this.corrector?.correct(doc, raw.text, raw.annotation);
    if (!fixed) return new AnnotationModel(raw.annotation, raw.mentions);
    // Entities may be merged, retyped or dropped: the model lists the mentions again.
    return new AnnotationModel(fixed.annotation, undefined, fixed.unplaced);
  }

  /** Annotates `doc` even though it is larger than the limit. */
  annotateAnyway(doc: vscode.TextDocument): void {
    const entry = this.entry(doc);
    entry.forceLarge = true;
    this.schedule(entry, 0);
  }

  status(doc: vscode.TextDocument): DocStatus | undefined {
    return this.entries.get(doc.uri.toString())?.status;
  }

  /** The last annotation computed for `doc`, possibly for an older version while a new one runs. */
  lastModel(doc: vscode.TextDocument): AnnotationModel | undefined {
    const entry = this.entries.get(doc.uri.toString());
    return entry?.status.kind === 'ready' || entry?.status.kind === 'pending' ? entry.model : undefined;
  }

  /** True when `lastModel(doc)` belongs to the document's current text (offsets are valid). */
  isCurrent(doc: vscode.TextDocument): boolean {
    const entry = this.entries.get(doc.uri.toString());
    return !!entry?.model && entry.modelVersion === doc.version && entry.status.kind === 'ready';
  }

  /**
   * The annotation of the document's current text, computing it now if an edit is waiting for its debounce.
   * Undefined when the document is not annotated (disabled, too large, binary, error) or closes meanwhile.
   */
  async current(doc: vscode.TextDocument): Promise<AnnotationModel | undefined> {
    if (!this.handles(doc)) return undefined;
    for (let tries = 0; tries < 5; tries++) {
      const entry = this.entry(doc);
      if (entry.statusVersion === doc.version && entry.status.kind !== 'pending') {
        return entry.status.kind === 'ready' && entry.modelVersion === doc.version ? entry.model : undefined;
      }
      if (entry.timer || !entry.cts) this.schedule(entry, 0);
      await new Promise<void>((resolve) => entry.waiters.push(resolve));
      if (doc.isClosed) return undefined;
    }
    return undefined;
  }

  /** Resolves once `doc` has a settled status for its current version (tests and exports use it). */
  async settled(doc: vscode.TextDocument): Promise<DocStatus | undefined> {
    await this.current(doc);
    return this.status(doc);
  }

  private entry(doc: vscode.TextDocument): Entry {
    const key = doc.uri.toString();
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { doc, status: { kind: 'pending' }, modelVersion: -1, statusVersion: -1, forceLarge: false, waiters: [] };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private schedule(entry: Entry, delay: number): void {
    this.cancel(entry);
    const wasPending = entry.status.kind === 'pending';
    entry.status = { kind: 'pending' };
    if (!wasPending) this.emitter.fire(entry.doc);
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      void this.compute(entry);
    }, delay);
  }

  private cancel(entry: Entry): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = undefined;
    if (entry.cts) {
      entry.cts.cancel();
      entry.cts.dispose();
      entry.cts = undefined;
    }
  }

  private async compute(entry: Entry): Promise<void> {
    const doc = entry.doc;
    const version = doc.version;
    const config = readConfig();
    const settle = (status: DocStatus): void => {
      entry.status = status;
      entry.statusVersion = version;
      this.emitter.fire(doc);
      const waiters = entry.waiters.splice(0);
      for (const w of waiters) w();
    };
    if (doc.isClosed) return;
    if (!config.enabled) return settle({ kind: 'disabled' });
    const tText = performance.now();
    const text = doc.getText();
    const getText = performance.now() - tText;
    const length = text.length;
    if (length > config.maxLength && !entry.forceLarge)
      return settle({ kind: 'tooLarge', length, limit: config.maxLength });
    if (looksBinary(text)) return settle({ kind: 'binary' });

    const cts = new vscode.CancellationTokenSource();
    entry.cts = cts;
    const options: AnnotateOptions = { id: vscode.workspace.asRelativePath(doc.uri, false) };
    if (config.knownPeople.length) options.knownPeople = config.knownPeople;
    if (config.attributions !== 'speech') options.attributions = config.attributions;
    const t0 = performance.now();
    // The corrections file is read while the worker annotates, not after.
    const corrections = this.corrector?.ready(doc);
    try {
      const decoded = await this.runner.run(text, options, cts.token);
      if (cts.token.isCancellationRequested || doc.version !== version || doc.isClosed) return;
      const tc = performance.now();
      await corrections;
      const waited = performance.now() - tc;
      if (cts.token.isCancellationRequested || doc.version !== version || doc.isClosed) return;
      if (decoded.problems.length) this.problemEmitter.fire({ doc, problems: decoded.problems });
      const t1 = performance.now();
      entry.raw = { text, annotation: decoded.annotation, mentions: decoded.mentions };
      entry.model = this.corrected(doc, entry.raw);
      entry.modelVersion = version;
      const t2 = performance.now();
      settle({
        kind: 'ready',
        ms: t2 - t0,
        timings: {
          getText,
          annotate: t1 - t0,
          worker: decoded.workerMs,
          workerCpu: decoded.workerCpuMs,
          corrections: waited,
          index: t2 - t1,
          startedAt: tText,
        },
      });
    } catch (e) {
      if (e instanceof CancelledError || cts.token.isCancellationRequested) return;
      settle({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    } finally {
      if (entry.cts === cts) {
        entry.cts = undefined;
        cts.dispose();
      }
    }
  }

  private forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const entry = this.entries.get(key);
    if (!entry) return;
    this.cancel(entry);
    this.entries.delete(key);
    for (const w of entry.waiters.splice(0)) w();
    this.emitter.fire(doc);
  }

  dispose(): void {
    for (const entry of this.entries.values()) this.cancel(entry);
    this.entries.clear();
    this.emitter.dispose();
    this.problemEmitter.dispose();
    for (const s of this.subs) s.dispose();
  }
}
