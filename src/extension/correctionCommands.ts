import * as vscode from 'vscode';
import type { Correction, QuoteAnchor } from '../core/corrections/types';
import type { Entity, EntityType, Gender, Quote, QuoteKind } from '../core/types';
import { CMD } from './commandIds';
import { readConfig } from './config';
import { describeCorrection, quoted } from './correctionText';
import type { CorrectionsStore } from './correctionsStore';
import { AnnotationModel, kindLabel, typeLabel } from './model';
import { nextToReview } from './review';
import type { SpeakerNode, SpeakersProvider } from './speakersView';
import { isArticle, type AnnotationStore } from './store';

/**
 * The correction commands: Change Speaker…, Change Kind…, Not a Quote, Confirm Speaker (on a quote); Set Role…,
 * Set Gender…, Same Person As…, Not a Person / Organization / Place… (on a name); Remove Correction; Next
 * Quote to Review. Each works on the quote or name at the cursor, or on the one its argument names (a hover
 * link, a code action, a Speakers view row, a test), and asks its question (quick pick, input box) only when
 * the argument does not give the answer. Every correction is written to the article's corrections file and
 * applied at once; the article is never modified.
 */
export interface CorrectionDeps {
  store: AnnotationStore;
  corrections: CorrectionsStore;
  speakers: SpeakersProvider;
}

/** Which quote: in document `uri` (default: the active editor's), the one at [start, end) (default: the cursor's). */
export interface QuoteArgs {
  uri?: string;
  start?: number;
  end?: number;
}

export interface ChangeSpeakerArgs extends QuoteArgs {
  /** A name in the article; null for nobody named (or an unnamed source, with `unnamed`). */
  speaker?: string | null;
  /** An unnamed source's description ("a senior official"). */
  unnamed?: string;
  /** "Nobody (not a quote)". */
  notAQuote?: boolean;
}

export interface ChangeKindArgs extends QuoteArgs {
  kind?: QuoteKind;
}

/** Which name: by `entityId` (of the current annotation), `entity` (a name in the article) or `offset` (default: the cursor). */
export interface EntityArgs {
  uri?: string;
  entityId?: string;
  entity?: string;
  offset?: number;
  /** Set Role…: the role; null or '' for none. */
  role?: string | null;
  /** Set Gender…: female, male, or null (unknown). */
  gender?: Gender | null;
  /** Same Person As…: the other name. */
  sameAs?: string;
  /** Not a Person / Organization / Place…: the right type, or null (not a name). */
  type?: EntityType | null;
}

/** Remove Correction: the correction at `index` of the article's file, or those of the quote at [start, end). */
export interface RemoveCorrectionArgs extends QuoteArgs {
  index?: number;
}

/** What Next Quote to Review did: the quote selected, whether it wrapped, how many quotes are to review. */
export interface ReviewStep {
  start: number;
  end: number;
  wrapped: boolean;
  left: number;
}

type TreeArg = SpeakerNode | undefined;

export function registerCorrectionCommands(deps: CorrectionDeps): vscode.Disposable[] {
  const reg = vscode.commands.registerCommand;
  return [
    reg(CMD.changeSpeaker, (a?: ChangeSpeakerArgs | TreeArg) => changeSpeaker(deps, a)),
    reg(CMD.changeKind, (a?: ChangeKindArgs | TreeArg) => changeKind(deps, a)),
    reg(CMD.notAQuote, (a?: QuoteArgs | TreeArg) => notAQuote(deps, a)),
    reg(CMD.confirmSpeaker, (a?: QuoteArgs | TreeArg) => confirmSpeaker(deps, a)),
    reg(CMD.setRole, (a?: EntityArgs | TreeArg) => setRole(deps, a)),
    reg(CMD.setGender, (a?: EntityArgs | TreeArg) => setGender(deps, a)),
    reg(CMD.sameAs, (a?: EntityArgs | TreeArg) => sameAs(deps, a)),
    reg(CMD.changeType, (a?: EntityArgs | TreeArg) => changeType(deps, a)),
    reg(CMD.removeCorrection, (a?: RemoveCorrectionArgs | TreeArg) => removeCorrection(deps, a)),
    reg(CMD.nextQuoteToReview, (a?: { uri?: string }) => nextQuoteToReview(deps, a)),
  ];
}

// ---- targets -------------------------------------------------------------------------------------------------

interface Target {
  doc: vscode.TextDocument;
  model: AnnotationModel;
  editor?: vscode.TextEditor;
}

function isNode(a: unknown): a is SpeakerNode {
  return !!a && typeof a === 'object' && 'kind' in a && 'id' in a;
}

function info(message: string): undefined {
  void vscode.window.showInformationMessage(`News Lens: ${message}`);
  return undefined;
}

/** The document `uri` names (opened if need be), or the active editor's article; with its current annotation. */
async function target(deps: CorrectionDeps, uri: string | undefined): Promise<Target | undefined> {
  let doc: vscode.TextDocument | undefined;
  let editor: vscode.TextEditor | undefined;
  if (uri) {
    doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    doc ??= await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    editor = vscode.window.visibleTextEditors.find((ed) => ed.document === doc);
  } else {
    editor = vscode.window.activeTextEditor;
    doc = editor && isArticle(editor.document) ? editor.document : undefined;
    if (!doc) return info('open a plain-text article first.');
  }
  const model = await deps.store.current(doc);
  if (!model) return info('this document is not annotated.');
  return { doc, model, editor };
}

/** A quote to correct: an existing one, or (a selection over no quote) a quote the recognizer missed. */
interface QuoteTarget extends Target {
  anchor: QuoteAnchor;
  quote: Quote | undefined;
}

async function quoteTarget(deps: CorrectionDeps, a: QuoteArgs | TreeArg): Promise<QuoteTarget | undefined> {
  let args: QuoteArgs = {};
  if (isNode(a)) {
    if (a.kind !== 'quote') return info('choose a quote.');
    args = { uri: deps.speakers.document?.uri.toString(), start: a.quote.start, end: a.quote.end };
  } else if (a) args = a;
  const t = await target(deps, args.uri);
  if (!t) return undefined;
  const { doc, model, editor } = t;
  let quote: Quote | undefined;
  let span: { start: number; end: number } | undefined;
  if (args.start !== undefined) {
    const end = args.end ?? args.start;
    quote =
      model.quotes.find((q) => q.start === args.start && q.end === end) ??
      model.quotes.find((q) => q.start <= args.start! && end <= q.end);
    span = quote ?? { start: args.start, end };
  } else if (editor) {
    const sel = editor.selection;
    const s = doc.offsetAt(sel.start);
    const e = doc.offsetAt(sel.end);
    quote = model.quotes.find((q) => q.start === s && q.end === e) ?? (sel.isEmpty ? model.quoteAt(s) : undefined);
    quote ??= model.quotes.find((q) => q.start <= s && e <= q.end);
    span = quote ?? (sel.isEmpty ? undefined : { start: s, end: e });
  }
  if (!span || span.end <= span.start) return info('put the cursor in a quote (or select the words of one).');
  const text = doc.getText();
  return { ...t, quote, anchor: { start: span.start, end: span.end, text: text.slice(span.start, span.end) } };
}

interface EntityTarget extends Target {
  entity: Entity;
}

async function entityTarget(deps: CorrectionDeps, a: EntityArgs | TreeArg): Promise<EntityTarget | undefined> {
  let args: EntityArgs = {};
  if (isNode(a)) {
    if (a.kind !== 'speaker') return info('choose a speaker.');
    args = { uri: deps.speakers.document?.uri.toString(), entityId: a.speaker.entity.id };
  } else if (a) args = a;
  const t = await target(deps, args.uri);
  if (!t) return undefined;
  const { doc, model, editor } = t;
  let entity: Entity | undefined;
  if (args.entityId !== undefined) entity = model.entityById.get(args.entityId);
  else if (args.entity !== undefined) entity = entityByName(model, args.entity);
  else if (args.offset !== undefined) entity = model.entityAt(args.offset);
  else if (editor) entity = model.entityAt(doc.offsetAt(editor.selection.active));
  if (!entity) return info('put the cursor on a name.');
  return { ...t, entity };
}

function entityByName(model: AnnotationModel, name: string): Entity | undefined {
  const all = model.annotation.entities;
  return (
    all.find((e) => e.name === name) ??
    all.find((e) => e.aliases.includes(name)) ??
    all.find((e) => e.mentions.some((m) => m.text === name))
  );
}

// ---- writing -------------------------------------------------------------------------------------------------

/** Writes `correction` to the article's corrections file and applies it; the correction, or undefined. */
async function save(
  deps: CorrectionDeps,
  doc: vscode.TextDocument,
  correction: Correction,
): Promise<Correction | undefined> {
  const why = await deps.corrections.cannotCorrect(doc);
  if (why) {
    void vscode.window.showWarningMessage(`News Lens: ${why}`);
    return undefined;
  }
  let ok: boolean;
  try {
    ok = await deps.corrections.add(doc, correction, doc.getText());
  } catch (e) {
    void vscode.window.showErrorMessage(`News Lens: could not write the corrections file: ${errorText(e)}`);
    return undefined;
  }
  if (!ok) {
    void vscode.window.showWarningMessage(
      `News Lens: ${(await deps.corrections.cannotCorrect(doc)) ?? 'the correction was not saved.'}`,
    );
    return undefined;
  }
  await deps.store.reapply(doc);
  return correction;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

// ---- quote commands ------------------------------------------------------------------------------------------

type SpeakerChoice = { speaker: string } | { unnamed: true } | { nobody: true } | { notAQuote: true };

async function changeSpeaker(deps: CorrectionDeps, a?: ChangeSpeakerArgs | TreeArg): Promise<Correction | undefined> {
  const t = await quoteTarget(deps, a);
  if (!t) return undefined;
  const args: ChangeSpeakerArgs = a && !isNode(a) ? a : {};
  const kind = t.quote ? undefined : ('direct' as const);
  if (args.notAQuote) return save(deps, t.doc, { quote: t.anchor, notAQuote: true });
  if (args.unnamed !== undefined && args.unnamed.trim())
    return save(deps, t.doc, { quote: t.anchor, speaker: null, unnamed: args.unnamed.trim(), ...(kind && { kind }) });
  if ('speaker' in args && args.speaker !== undefined)
    return save(deps, t.doc, { quote: t.anchor, speaker: args.speaker, ...(kind && { kind }) });

  const choice = await pickSpeaker(t.model, t.quote);
  if (!choice) return undefined;
  if ('notAQuote' in choice) return save(deps, t.doc, { quote: t.anchor, notAQuote: true });
  if ('nobody' in choice) return save(deps, t.doc, { quote: t.anchor, speaker: null, ...(kind && { kind }) });
  if ('speaker' in choice)
    return save(deps, t.doc, { quote: t.anchor, speaker: choice.speaker, ...(kind && { kind }) });
  const unnamed = await vscode.window.showInputBox({
    title: 'News Lens: An unnamed source',
    prompt: 'How the article describes the source',
    placeHolder: 'a senior official',
    value: t.quote?.unnamed ?? (t.quote && !t.quote.speaker ? t.quote.speakerMention?.text : undefined),
    validateInput: (v) => (v.trim() ? undefined : 'Describe the source, e.g. "a senior official".'),
  });
  if (!unnamed?.trim()) return undefined;
  return save(deps, t.doc, { quote: t.anchor, speaker: null, unnamed: unnamed.trim(), ...(kind && { kind }) });
}

/** The quick pick of Change Speaker…: the article's people and organizations, an unnamed source, nobody. */
async function pickSpeaker(model: AnnotationModel, quote: Quote | undefined): Promise<SpeakerChoice | undefined> {
  type Item = vscode.QuickPickItem & { choice?: SpeakerChoice };
  const current = quote?.speaker ?? undefined;
  const candidates = model.annotation.entities
    .filter((e) => e.type === 'PERSON' || e.type === 'ORG')
    .sort((x, y) => Number(y.type === 'PERSON') - Number(x.type === 'PERSON') || firstStart(x) - firstStart(y));
  const items: Item[] = candidates.map((e) => ({
    label: `$(${e.type === 'PERSON' ? 'person' : 'organization'}) ${e.name}`,
    description: [e.id === current ? 'current speaker' : '', e.role ?? typeLabel(e.type)].filter(Boolean).join(' · '),
    choice: { speaker: e.name },
  }));
  items.push(
    { label: '', kind: vscode.QuickPickItemKind.Separator },
    {
      label: '$(person) An unnamed source…',
      description: 'the article does not name them: describe them ("a senior official")',
      choice: { unnamed: true },
    },
    {
      label: '$(circle-slash) Nobody named',
      description: 'leave the quote without a speaker',
      choice: { nobody: true },
    },
    {
      label: '$(close) Nobody (not a quote)',
      description: 'nobody is quoted here: remove it',
      choice: { notAQuote: true },
    },
  );
  const picked = await vscode.window.showQuickPick(items, {
    title: quote ? `News Lens: Who said ${quoted(quote.text)}?` : 'News Lens: Who said this?',
    placeHolder: 'Choose the speaker',
    matchOnDescription: true,
  });
  return picked?.choice;
}

function firstStart(e: Entity): number {
  return e.mentions.length ? e.mentions[0].start : Number.MAX_SAFE_INTEGER;
}

async function changeKind(deps: CorrectionDeps, a?: ChangeKindArgs | TreeArg): Promise<Correction | undefined> {
  const t = await quoteTarget(deps, a);
  if (!t) return undefined;
  let kind = a && !isNode(a) ? a.kind : undefined;
  if (!kind) {
    const kinds: QuoteKind[] = ['direct', 'mixed', 'indirect'];
    const picked = await vscode.window.showQuickPick(
      kinds.map((k) => ({
        label: kindLabel(k),
        description: k === t.quote?.kind ? 'current' : KIND_HELP[k],
        quoteKind: k,
      })),
      { title: 'News Lens: What kind of quote is this?' },
    );
    kind = picked?.quoteKind;
  }
  if (!kind) return undefined;
  return save(deps, t.doc, { quote: t.anchor, kind });
}

const KIND_HELP: Record<QuoteKind, string> = {
  direct: 'wholly inside quotation marks',
  mixed: 'a sentence partly in quotation marks',
  indirect: 'reported speech, no quotation marks',
};

async function notAQuote(deps: CorrectionDeps, a?: QuoteArgs | TreeArg): Promise<Correction | undefined> {
  const t = await quoteTarget(deps, a);
  if (!t) return undefined;
  if (!t.quote) return info('there is no quote here.');
  return save(deps, t.doc, { quote: t.anchor, notAQuote: true });
}

async function confirmSpeaker(deps: CorrectionDeps, a?: QuoteArgs | TreeArg): Promise<Correction | undefined> {
  const t = await quoteTarget(deps, a);
  if (!t) return undefined;
  const entity = t.quote?.speaker ? t.model.entityById.get(t.quote.speaker) : undefined;
  if (!t.quote || !entity) return info('this quote has no speaker to confirm: use Change Speaker… to give it one.');
  return save(deps, t.doc, { quote: t.anchor, speaker: entity.name, confirmed: true });
}

// ---- name commands -------------------------------------------------------------------------------------------

async function setRole(deps: CorrectionDeps, a?: EntityArgs | TreeArg): Promise<Correction | undefined> {
  const t = await entityTarget(deps, a);
  if (!t) return undefined;
  let role: string | null | undefined = a && !isNode(a) ? a.role : undefined;
  if (role === undefined) {
    const typed = await vscode.window.showInputBox({
      title: `News Lens: Role of ${t.entity.name}`,
      prompt: 'How the article describes them (empty: no role)',
      placeHolder: 'chief engineer',
      value: t.entity.role ?? '',
    });
    if (typed === undefined) return undefined;
    role = typed;
  }
  const trimmed = role === null ? null : role.trim() || null;
  return save(deps, t.doc, { entity: t.entity.name, role: trimmed });
}

async function setGender(deps: CorrectionDeps, a?: EntityArgs | TreeArg): Promise<Correction | undefined> {
  const t = await entityTarget(deps, a);
  if (!t) return undefined;
  let gender: Gender | null | undefined = a && !isNode(a) ? a.gender : undefined;
  if (gender === undefined) {
    const picked = await vscode.window.showQuickPick(
      [
        { label: 'Female', value: 'female' as Gender | null },
        { label: 'Male', value: 'male' as Gender | null },
        { label: 'Unknown', description: 'the article does not say', value: null },
      ].map((i) => ({ ...i, description: i.value === (t.entity.gender ?? null) ? 'current' : i.description })),
      { title: `News Lens: Gender of ${t.entity.name}` },
    );
    if (!picked) return undefined;
    gender = picked.value;
  }
  return save(deps, t.doc, { entity: t.entity.name, gender });
}

async function sameAs(deps: CorrectionDeps, a?: EntityArgs | TreeArg): Promise<Correction | undefined> {
  const t = await entityTarget(deps, a);
  if (!t) return undefined;
  let other = a && !isNode(a) ? a.sameAs : undefined;
  if (other === undefined) {
    const others = t.model.annotation.entities
      .filter((e) => e !== t.entity)
      .sort(
        (x, y) => Number(y.type === t.entity.type) - Number(x.type === t.entity.type) || firstStart(x) - firstStart(y),
      );
    const picked = await vscode.window.showQuickPick(
      others.map((e) => ({
        label: e.name,
        description: [typeLabel(e.type), e.role ?? ''].filter(Boolean).join(' · '),
        name: e.name,
      })),
      { title: `News Lens: ${t.entity.name} is the same as…`, matchOnDescription: true },
    );
    other = picked?.name;
  }
  if (!other) return undefined;
  if (other === t.entity.name) return info(`${other} is already that name.`);
  return save(deps, t.doc, { entity: t.entity.name, sameAs: other });
}

async function changeType(deps: CorrectionDeps, a?: EntityArgs | TreeArg): Promise<Correction | undefined> {
  const t = await entityTarget(deps, a);
  if (!t) return undefined;
  let type: EntityType | null | undefined = a && !isNode(a) ? a.type : undefined;
  if (type === undefined) {
    const options: Array<{ label: string; description?: string; value: EntityType | null }> = [
      { label: '$(person) Person', value: 'PERSON' },
      { label: '$(organization) Organization', value: 'ORG' },
      { label: '$(location) Place', value: 'LOC' },
      { label: '$(tag) Other name', description: 'an event, a nationality, a work', value: 'MISC' },
      {
        label: '$(close) Not a name',
        description: 'drop it (and any quotes given to it lose their speaker)',
        value: null,
      },
    ];
    const picked = await vscode.window.showQuickPick(
      options.filter((o) => o.value !== t.entity.type),
      { title: `News Lens: “${t.entity.name}” is not ${typeLabel(t.entity.type).toLowerCase()}: what is it?` },
    );
    if (!picked) return undefined;
    type = picked.value;
  }
  return save(deps, t.doc, { entity: t.entity.name, type });
}

// ---- removing, reviewing -------------------------------------------------------------------------------------

async function removeCorrection(deps: CorrectionDeps, a?: RemoveCorrectionArgs | TreeArg): Promise<boolean> {
  let uri: string | undefined;
  let index: number | undefined;
  let expected: Correction | undefined;
  let quoteSpan: { start: number; end: number } | undefined;
  if (isNode(a)) {
    if (a.kind !== 'unplaced') return !!info('choose a correction.');
    uri = deps.speakers.document?.uri.toString();
    index = a.unplaced.index;
    expected = a.unplaced.correction;
  } else if (a) {
    uri = a.uri;
    index = a.index;
    if (a.start !== undefined) quoteSpan = { start: a.start, end: a.end ?? a.start };
  }
  const t = await target(deps, uri);
  if (!t) return false;
  const list = deps.corrections.list(t.doc);
  let candidates = list.map((_, i) => i);
  if (index !== undefined) candidates = [index];
  else if (quoteSpan) candidates = deps.corrections.quoteCorrections(t.doc, t.doc.getText(), quoteSpan);
  candidates = candidates.filter((i) => i >= 0 && i < list.length);
  if (expected) {
    // The row may be older than the file: find the correction it shows.
    const found = list.findIndex((c) => JSON.stringify(c) === JSON.stringify(expected));
    candidates = found >= 0 ? [found] : [];
  }
  if (candidates.length === 0) return !!info('no correction to remove here.');
  let chosen = candidates[0];
  if (candidates.length > 1) {
    const picked = await vscode.window.showQuickPick(
      candidates.map((i) => ({ label: describeCorrection(list[i]), index: i })),
      { title: 'News Lens: Remove which correction?' },
    );
    if (!picked) return false;
    chosen = picked.index;
  }
  const why = await deps.corrections.cannotCorrect(t.doc);
  if (why) {
    void vscode.window.showWarningMessage(`News Lens: ${why}`);
    return false;
  }
  let ok: boolean;
  try {
    ok = await deps.corrections.remove(t.doc, chosen, list[chosen]);
  } catch (e) {
    void vscode.window.showErrorMessage(`News Lens: could not write the corrections file: ${errorText(e)}`);
    return false;
  }
  if (ok) await deps.store.reapply(t.doc);
  return ok;
}

async function nextQuoteToReview(deps: CorrectionDeps, a?: { uri?: string }): Promise<ReviewStep | undefined> {
  const t = await target(deps, a?.uri);
  if (!t) return undefined;
  const editor = t.editor ?? (await vscode.window.showTextDocument(t.doc));
  const threshold = readConfig().reviewBelow;
  const sel = editor.selection;
  const doc = t.doc;
  const selected = t.model.quotes.find((q) => q.start === doc.offsetAt(sel.start) && q.end === doc.offsetAt(sel.end));
  const offset = doc.offsetAt(sel.active);
  const step = nextToReview(t.model.quotes, threshold, selected ?? t.model.quoteAt(offset), offset);
  if (!step) return info(`no quotes to review: every speaker's confidence is at least ${threshold}.`);
  const range = new vscode.Range(doc.positionAt(step.quote.start), doc.positionAt(step.quote.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  vscode.window.setStatusBarMessage(
    `News Lens: ${step.left} ${step.left === 1 ? 'quote' : 'quotes'} to review${step.wrapped ? ' (wrapped around)' : ''}`,
    3000,
  );
  return { start: step.quote.start, end: step.quote.end, wrapped: step.wrapped, left: step.left };
}
