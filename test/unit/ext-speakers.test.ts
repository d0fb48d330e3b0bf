// Speakers are found by entity id, never by name, in hover links, jumps and the Speakers view
// (src/extension/speakerLinks.ts, speakerTree.ts, model.ts, in plain Node). The annotations are built by hand:
// two entities of one article may share a name (NASA in a photo credit and NASA the speaker).
import * as assert from 'node:assert/strict';
import type { Annotation, Entity, Quote, Span } from '../../src/core/types';
import { CMD, commandLink } from '../../src/extension/commandIds';
import { AnnotationModel } from '../../src/extension/model';
import { linkedEntity, speakerLinkArgs, speakerToFollow } from '../../src/extension/speakerLinks';
import { SpeakerTree } from '../../src/extension/speakerTree';

const URI = 'file:///news/launch.txt';

/** The `nth` occurrence of `needle` in `text` as a span. */
function at(text: string, needle: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
  assert.ok(start >= 0, `"${needle}" #${nth} in the text`);
  return { start, end: start + needle.length, text: needle };
}

function entity(id: string, type: Entity['type'], name: string, mentions: Span[], role: string | null = null): Entity {
  return { id, type, name, role, aliases: [], mentions };
}

function quote(
  text: string,
  span: Span,
  kind: Quote['kind'],
  speaker: string | null,
  speakerMention: Span | null,
  cue: Span | null,
): Quote {
  assert.equal(text.slice(span.start, span.end), span.text);
  return { ...span, kind, speaker, speakerMention, cue };
}

// NASA twice: e1 the photo credit (never quoted), e2 the agency that speaks.
const NASA_TEXT =
  'Photo: NASA\n\nThe launch slipped again. "We are confident in the crew," NASA said on Tuesday. ' +
  'NASA added that a new date would follow.\n';
function nasaAnnotation(): Annotation {
  const t = NASA_TEXT;
  return {
    entities: [
      entity('e1', 'ORG', 'NASA', [at(t, 'NASA', 0)]),
      entity('e2', 'ORG', 'NASA', [at(t, 'NASA', 1), at(t, 'NASA', 2)]),
    ],
    quotes: [
      quote(t, at(t, '"We are confident in the crew,"'), 'direct', 'e2', at(t, 'NASA', 1), at(t, 'said')),
      quote(t, at(t, 'a new date would follow'), 'indirect', 'e2', at(t, 'NASA', 2), at(t, 'added that')),
    ],
  };
}

// Two quoted people with the same name (and one more speaker).
const TWINS_TEXT =
  '"Taxes will fall," said Ana Lima, the finance minister. "Not this year," said Ana Lima, a union official. ' +
  '"We will see," the mayor, Rui Costa, said.\n';
function twinsAnnotation(): Annotation {
  const t = TWINS_TEXT;
  return {
    entities: [
      entity('e1', 'PERSON', 'Ana Lima', [at(t, 'Ana Lima', 0)], 'finance minister'),
      entity('e2', 'PERSON', 'Ana Lima', [at(t, 'Ana Lima', 1)], 'union official'),
      entity('e3', 'PERSON', 'Rui Costa', [at(t, 'Rui Costa')], 'mayor'),
    ],
    quotes: [
      quote(t, at(t, '"Taxes will fall,"'), 'direct', 'e1', at(t, 'Ana Lima', 0), at(t, 'said', 0)),
      quote(t, at(t, '"Not this year,"'), 'direct', 'e2', at(t, 'Ana Lima', 1), at(t, 'said', 1)),
      quote(t, at(t, '"We will see,"'), 'direct', 'e3', at(t, 'Rui Costa'), at(t, 'said', 2)),
    ],
  };
}

/** The arguments a hover's command link carries, decoded as VS Code decodes them for the command. */
function argsOfLink(link: string): unknown {
  const query = link.slice(link.indexOf('?') + 1);
  return (JSON.parse(decodeURIComponent(query)) as unknown[])[0];
}

describe('speaker links (hover links and jump arguments) name an entity by id', () => {
  it('the link to the quoted NASA leads "Next Quote by Same Speaker" to its quotes, not to the photo credit', () => {
    const model = new AnnotationModel(nasaAnnotation());
    const speaker = model.entityById.get('e2')!;
    const link = commandLink(CMD.nextQuoteBySpeaker, speakerLinkArgs(URI, speaker, 0));
    const args = argsOfLink(link) as ReturnType<typeof speakerLinkArgs>;
    assert.equal(linkedEntity(model, args), speaker);
    const who = speakerToFollow(model, args, undefined, 0);
    assert.equal(who, speaker, 'the jump follows the entity of the link');
    assert.deepEqual(
      model.quotesBy(who!.id).map((q) => q.text),
      ['"We are confident in the crew,"', 'a new date would follow'],
    );
  });

  it('each of two same-name speakers is reached through its own link', () => {
    const model = new AnnotationModel(twinsAnnotation());
    for (const id of ['e1', 'e2']) {
      const e = model.entityById.get(id)!;
      const args = argsOfLink(commandLink(CMD.revealSpeaker, speakerLinkArgs(URI, e, 0))) as ReturnType<
        typeof speakerLinkArgs
      >;
      assert.equal(linkedEntity(model, args)?.id, id);
      assert.equal(speakerToFollow(model, args, undefined, 0)?.id, id);
    }
  });

  it('a link to an entity the annotation does not have names nobody', () => {
    const model = new AnnotationModel(nasaAnnotation());
    const stranger = entity('e9', 'PERSON', 'Nobody Here', []);
    assert.equal(linkedEntity(model, speakerLinkArgs(URI, stranger)), undefined);
  });

  it("without a link: the selected quote's speaker, the name under the cursor, the quote under the cursor", () => {
    const model = new AnnotationModel(nasaAnnotation());
    const e2 = model.entityById.get('e2')!;
    assert.equal(speakerToFollow(model, undefined, model.quotes[0], 0), e2, 'selected quote');
    assert.equal(
      speakerToFollow(model, undefined, undefined, at(NASA_TEXT, 'NASA', 2).start + 1),
      e2,
      'a name of a speaker',
    );
    assert.equal(speakerToFollow(model, undefined, undefined, at(NASA_TEXT, 'confident').start), e2, 'inside a quote');
    assert.equal(speakerToFollow(model, undefined, undefined, 2)?.id, undefined, 'nothing at "Photo"');
    assert.equal(
      speakerToFollow(model, undefined, undefined, at(NASA_TEXT, 'NASA', 0).start + 1)?.id,
      'e1',
      'the photo credit names e1 (not quoted)',
    );
  });
});

describe('Speakers view rows (SpeakerTree)', () => {
  it('one row per speaking entity, even with the same name: unique ids, each with its own quotes', () => {
    const model = new AnnotationModel(twinsAnnotation());
    const tree = new SpeakerTree(model);
    const speakers = tree.roots.filter((n) => n.kind === 'speaker');
    assert.equal(speakers.length, 3);
    const all = [...tree.roots, ...tree.roots.flatMap((r) => tree.childrenOf(r))];
    const ids = all.map((n) => n.id);
    assert.equal(new Set(ids).size, ids.length, `row ids are unique: ${ids.join(' ')}`);
    for (const row of speakers) {
      assert.ok(row.kind === 'speaker');
      const quotes = tree.childrenOf(row).map((n) => (n.kind === 'quote' ? n.quote : undefined));
      assert.deepEqual(quotes, model.quotesBy(row.speaker.entity.id), `rows under ${row.speaker.entity.id}`);
    }
  });

  it('a hover link reveals the row of its own entity', () => {
    const model = new AnnotationModel(twinsAnnotation());
    const tree = new SpeakerTree(model);
    for (const id of ['e1', 'e2', 'e3']) {
      const args = speakerLinkArgs(URI, model.entityById.get(id)!);
      const row = tree.nodeForSpeaker(linkedEntity(model, args)!);
      assert.ok(row && row.kind === 'speaker');
      assert.equal(row.speaker.entity.id, id);
    }
  });

  it('finds the row of a quote; unattributed quotes have their own group', () => {
    const a = twinsAnnotation();
    a.quotes.push(quote(TWINS_TEXT, at(TWINS_TEXT, '"We will see,"'), 'direct', null, null, null));
    a.quotes.splice(2, 1);
    const model = new AnnotationModel(a);
    const tree = new SpeakerTree(model);
    assert.deepEqual(
      tree.roots.map((n) => n.kind),
      ['speaker', 'speaker', 'unattributed'],
    );
    const row = tree.nodeForQuote(model.unattributed[0]);
    assert.ok(row && row.kind === 'quote');
    assert.equal(tree.childrenOf(tree.roots[2])[0], row);
    assert.deepEqual(new SpeakerTree().roots, []);
  });

  it('groups the quotes of unnamed sources ("a senior official said") apart from those nobody is named for', () => {
    const t = '"The dam is sound," a senior official said. "It will hold," she said. "We shall see."\n';
    const model = new AnnotationModel({
      entities: [],
      quotes: [
        quote(t, at(t, '"The dam is sound,"'), 'direct', null, at(t, 'a senior official'), at(t, 'said')),
        quote(t, at(t, '"It will hold,"'), 'direct', null, at(t, 'she'), at(t, 'said', 1)),
        quote(t, at(t, '"We shall see."'), 'direct', null, null, null),
      ],
    });
    const tree = new SpeakerTree(model);
    assert.deepEqual(
      tree.roots.map((n) => n.kind),
      ['unnamed', 'unattributed'],
    );
    const texts = (n: (typeof tree.roots)[number]) =>
      tree.childrenOf(n).map((c) => (c.kind === 'quote' ? c.quote.text : c.kind));
    assert.deepEqual(texts(tree.roots[0]), ['"The dam is sound,"']);
    assert.deepEqual(texts(tree.roots[1]), ['"It will hold,"', '"We shall see."']);
  });
});
