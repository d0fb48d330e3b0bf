import * as vscode from 'vscode';
import type { Entity, Quote } from '../core/types';
import { CMD, commandLink } from './commandIds';
import { readConfig } from './config';
import { AnnotationModel, firstWords, genderLabel, kindLabel, typeLabel } from './model';
import { inertMarkdown } from './markdownText';
import { speakerLinkArgs } from './speakerLinks';
import type { AnnotationStore } from './store';

/**
 * Only these commands may run from a hover's links (`isTrusted` is this allow-list, never `true`). Article
 * text is never a link: it goes through inertMarkdown (src/extension/markdownText.ts).
 */
const HOVER_COMMANDS = [CMD.nextQuoteBySpeaker, CMD.revealSpeaker, CMD.selectRange];

/** Hover cards on names (who they are, what they said) and on quotes (who said it, how). */
export class NewsLensHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: AnnotationStore) {}

  async provideHover(
    doc: vscode.TextDocument,
    pos: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.Hover | undefined> {
    const model = await this.store.current(doc);
    if (!model || token.isCancellationRequested) return undefined;
    const offset = doc.offsetAt(pos);
    const parts: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;

    const mention = model.mentionAt(offset);
    const said = mention ? undefined : model.speakerMentionAt(offset);
    const entity = mention?.entity ?? said?.entity;
    if (entity) {
      const span = mention?.span ?? said!.quote.speakerMention!;
      range = new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
      parts.push(entityCard(doc, model, entity, offset));
    }
    const quote = model.quoteAt(offset);
    if (quote && offset > quote.start && offset < quote.end) {
      parts.push(quoteCard(doc, model, quote));
      if (!range) range = new vscode.Range(doc.positionAt(quote.start), doc.positionAt(quote.end));
    }
    return parts.length ? new vscode.Hover(parts, range) : undefined;
  }
}

function md(): vscode.MarkdownString {
  const m = new vscode.MarkdownString('', true);
  m.isTrusted = { enabledCommands: HOVER_COMMANDS };
  return m;
}

function entityCard(
  doc: vscode.TextDocument,
  model: AnnotationModel,
  entity: Entity,
  offset: number,
): vscode.MarkdownString {
  const m = md();
  m.appendMarkdown(`**${inertMarkdown(entity.name)}** — ${typeLabel(entity.type)}\n\n`);
  if (entity.role) {
    m.appendMarkdown(`*Role:* ${inertMarkdown(entity.role)}`);
    // A link to where the article gives the role (none for a role the user gave in newsLens.knownPeople).
    const at = entity.roleMention;
    if (at && Number.isInteger(at.start) && Number.isInteger(at.end) && at.end > at.start) {
      const args = encodeURIComponent(JSON.stringify([doc.uri.toString(), at.start, at.end]));
      m.appendMarkdown(
        ` [$(go-to-file) where](command:${CMD.selectRange}?${args} "Select where the article gives this role")`,
      );
    }
    m.appendMarkdown('\n\n');
  }
  // Gender with its evidence, for source-diversity work; newsLens.showGender hides it.
  const gender = entity.type === 'PERSON' ? genderLabel(entity) : null;
  if (gender && readConfig().showGender) m.appendMarkdown(`*Gender:* ${gender}\n\n`); // our own words, not article text
  if (entity.aliases.length) m.appendMarkdown(`*Also called:* ${inertMarkdown(entity.aliases.join(', '))}\n\n`);
  const speaker = model.speakerById.get(entity.id);
  const quotes = speaker?.quoteCount ?? 0;
  const claims = speaker?.claimCount ?? 0;
  m.appendMarkdown(
    `${plural(entity.mentions.length, 'mention')} · ${plural(quotes, 'quote')} · ${plural(claims, 'claim')}\n\n`,
  );
  if (speaker) {
    for (const q of speaker.quotes.slice(0, 3)) m.appendMarkdown(`- ${inertMarkdown(firstWords(q.text))}\n`);
    if (speaker.quotes.length > 3) m.appendMarkdown(`- … ${speaker.quotes.length - 3} more\n`);
    m.appendMarkdown('\n');
    const args = speakerLinkArgs(doc.uri.toString(), entity, offset);
    m.appendMarkdown(
      `[$(arrow-down) Next quote by ${inertMarkdown(shortName(entity))}](${commandLink(CMD.nextQuoteBySpeaker, args)} "Select the next quote by this speaker")`,
    );
    m.appendMarkdown(' · ');
    m.appendMarkdown(
      `[$(list-tree) Show in Speakers view](${commandLink(CMD.revealSpeaker, args)} "Reveal this speaker in the Speakers view")`,
    );
  }
  return m;
}

function quoteCard(doc: vscode.TextDocument, model: AnnotationModel, quote: Quote): vscode.MarkdownString {
  const m = md();
  const entity = quote.speaker ? model.entityById.get(quote.speaker) : undefined;
  const label = kindLabel(quote.kind);
  m.appendMarkdown(`**${label[0].toUpperCase()}${label.slice(1)}**`);
  if (entity) {
    m.appendMarkdown(` by **${inertMarkdown(entity.name)}**`);
    if (entity.role) m.appendMarkdown(`, ${inertMarkdown(entity.role)}`);
  } else {
    m.appendMarkdown(' — *speaker not identified*');
    if (quote.speakerMention) m.appendMarkdown(` (source: ${inertMarkdown(quote.speakerMention.text)})`);
  }
  m.appendMarkdown('\n\n');
  if (quote.cue) m.appendMarkdown(`*Cue:* “${inertMarkdown(quote.cue.text)}”\n\n`);
  if (entity) {
    const args = speakerLinkArgs(doc.uri.toString(), entity, quote.start);
    m.appendMarkdown(
      `[$(arrow-down) Next quote by ${inertMarkdown(shortName(entity))}](${commandLink(CMD.nextQuoteBySpeaker, args)} "Select the next quote by this speaker")`,
    );
  }
  return m;
}

function shortName(entity: Entity): string {
  return entity.name;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
