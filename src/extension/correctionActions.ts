import * as vscode from 'vscode';
import { CMD } from './commandIds';
import { typeLabel } from './model';
import type { AnnotationStore } from './store';

/** The kind of News Lens's code actions: quick fixes of its own annotation (the article is never edited). */
export const CORRECTION_ACTION_KIND = vscode.CodeActionKind.QuickFix.append('newsLens');

/**
 * Code actions (the light bulb, Ctrl+.) on a quote: Change Speaker…, Confirm Speaker, Change Kind…, Not a Quote;
 * on a name: Set Role…, Set Gender…, Same Person As…, Not a Person / Organization / Place…. Each runs its command
 * (src/extension/correctionCommands.ts) with the quote or name as argument.
 */
export class CorrectionActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [CORRECTION_ACTION_KIND] };

  constructor(private readonly store: AnnotationStore) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    // Only an annotation of the text as it is now: offsets of an older one would name the wrong words.
    if (!this.store.isCurrent(doc)) return [];
    const model = this.store.lastModel(doc);
    if (!model) return [];
    const uri = doc.uri.toString();
    const offset = doc.offsetAt(range.start);
    const actions: vscode.CodeAction[] = [];
    const action = (title: string, command: string, args: unknown): void => {
      const a = new vscode.CodeAction(title, CORRECTION_ACTION_KIND);
      a.command = { title, command, arguments: [args] };
      actions.push(a);
    };

    const entity = model.entityAt(offset);
    if (entity) {
      const args = { uri, entityId: entity.id };
      const name = entity.name;
      action(`News Lens: Set Role of ${name}…`, CMD.setRole, args);
      if (entity.type === 'PERSON') action(`News Lens: Set Gender of ${name}…`, CMD.setGender, args);
      action(`News Lens: ${name} Is the Same ${entity.type === 'PERSON' ? 'Person' : 'Entity'} As…`, CMD.sameAs, args);
      action(`News Lens: ${name} Is Not ${withArticle(typeLabel(entity.type))}…`, CMD.changeType, args);
    }
    const quote = model.quoteAt(offset);
    if (quote && offset >= quote.start && offset <= quote.end) {
      const args = { uri, start: quote.start, end: quote.end };
      action('News Lens: Change Speaker…', CMD.changeSpeaker, args);
      if (quote.speaker && quote.attribution?.rule !== 'corrected') {
        const who = model.entityById.get(quote.speaker)?.name;
        action(`News Lens: Confirm Speaker${who ? ` (${who})` : ''}`, CMD.confirmSpeaker, args);
      }
      action('News Lens: Change Kind…', CMD.changeKind, args);
      action('News Lens: Not a Quote', CMD.notAQuote, args);
    }
    return actions;
  }
}

function withArticle(noun: string): string {
  return `${/^[AEIOU]/.test(noun) ? 'an' : 'a'} ${noun}`;
}
