import * as vscode from 'vscode';
import { unnamedSourceOf } from '../core/sources/unnamed';
import type { Entity, Quote } from '../core/types';
import { CMD, commandLink } from './commandIds';
import { readConfig } from './config';
import { AnnotationModel, firstWords, genderLabel, kindLabel, typeLabel } from './model';
import { inertMarkdown } from './markdownText';
import { attributionReason, needsReview } from './review';
import { speakerLinkArgs } from './speakerLinks';
import type { AnnotationStore } from './store';

/**
 * Only these commands may run from a hover's links (`isTrusted` is this allow-list, never `true`). Article
 * text is never a link: it goes through inertMarkdown (src/extension/markdownText.ts).
 */
const HOVER_COMMANDS = [
  CMD.nextQuoteBySpeaker,
  CMD.revealSpeaker,
  CMD.selectRange,
  CMD.changeSpeaker,
  CMD.confirmSpeaker,
  CMD.changeKind,
  CMD.notAQuote,
  CMD.removeCorrection,
  CMD.setRole,
  CMD.setGender,
  CMD.sameAs,
  CMD.changeType,
];

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
    m.appendMarkdown('\n\n');
  }
  entityCorrectionLinks(m, doc, entity);
  return m;
}

/** Links to correct what News Lens says of a name: role, gender, same as another, type. */
function entityCorrectionLinks(m: vscode.MarkdownString, doc: vscode.TextDocument, entity: Entity): void {
  const args = { uri: doc.uri.toString(), entityId: entity.id };
  const links = [
    `[$(edit) Set role…](${commandLink(CMD.setRole, args)} "Correct the role News Lens shows")`,
    entity.type === 'PERSON'
      ? `[$(person) Set gender…](${commandLink(CMD.setGender, args)} "Correct the gender News Lens shows")`
      : '',
    `[$(merge) Same as…](${commandLink(CMD.sameAs, args)} "This name and another are one ${entity.type === 'PERSON' ? 'person' : 'entity'}")`,
    `[$(symbol-class) Not ${withArticle(typeLabel(entity.type).toLowerCase())}…](${commandLink(CMD.changeType, args)} "Change what kind of name this is, or say it is not a name")`,
  ].filter(Boolean);
  m.appendMarkdown(links.join(' · '));
}

function quoteCard(doc: vscode.TextDocument, model: AnnotationModel, quote: Quote): vscode.MarkdownString {
  const m = md();
  const entity = quote.speaker ? model.entityById.get(quote.speaker) : undefined;
  // "a senior official said": no one named, but a source described (the user's correction, or the recognizer's).
  const unnamed = entity ? null : unnamedSourceOf(quote);
  const label = kindLabel(quote.kind);
  m.appendMarkdown(`**${label[0].toUpperCase()}${label.slice(1)}**`);
  if (entity) {
    m.appendMarkdown(` by **${inertMarkdown(entity.name)}**`);
    if (entity.role) m.appendMarkdown(`, ${inertMarkdown(entity.role)}`);
  } else if (unnamed !== null) {
    m.appendMarkdown(` by an unnamed source, “${inertMarkdown(unnamed)}”`);
  } else {
    m.appendMarkdown(' — *speaker not identified*');
    if (quote.speakerMention) m.appendMarkdown(` (source: ${inertMarkdown(quote.speakerMention.text)})`);
  }
  m.appendMarkdown('\n\n');
  if (quote.cue) m.appendMarkdown(`*Cue:* “${inertMarkdown(quote.cue.text)}”\n\n`);
  const reason = attributionReason(quote, inertMarkdown);
  if (reason) {
    const review = needsReview(quote, readConfig().reviewBelow) ? ' — *review*' : '';
    m.appendMarkdown(`*Why:* ${reason}${review}\n\n`);
  }
  if (entity) {
    const args = speakerLinkArgs(doc.uri.toString(), entity, quote.start);
    m.appendMarkdown(
      `[$(arrow-down) Next quote by ${inertMarkdown(shortName(entity))}](${commandLink(CMD.nextQuoteBySpeaker, args)} "Select the next quote by this speaker")\n\n`,
    );
  }
  quoteCorrectionLinks(m, doc, quote, !!entity);
  return m;
}

/** Links to correct a quote: its speaker, its kind, that it is none; confirm the speaker; undo a correction. */
function quoteCorrectionLinks(
  m: vscode.MarkdownString,
  doc: vscode.TextDocument,
  quote: Quote,
  hasSpeaker: boolean,
): void {
  const args = { uri: doc.uri.toString(), start: quote.start, end: quote.end };
  const corrected = quote.attribution?.rule === 'corrected';
  const links = [
    `[$(edit) Change speaker…](${commandLink(CMD.changeSpeaker, args)} "Choose who said this")`,
    hasSpeaker && !corrected
      ? `[$(check) Confirm speaker](${commandLink(CMD.confirmSpeaker, args)} "The speaker is right: keep it")`
      : '',
    `[$(symbol-enum) Change kind…](${commandLink(CMD.changeKind, args)} "Direct quote, partial quote or reported claim")`,
    `[$(circle-slash) Not a quote](${commandLink(CMD.notAQuote, args)} "Nobody is quoted here")`,
    corrected
      ? `[$(discard) Remove correction](${commandLink(CMD.removeCorrection, args)} "Undo your correction of this quote")`
      : '',
  ].filter(Boolean);
  m.appendMarkdown(links.join(' · '));
}

/** "a person", "an organization". */
function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

function shortName(entity: Entity): string {
  return entity.name;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
