import type { Entity, Quote } from '../core/types';
import type { AnnotationModel } from './model';

/** Arguments of the speaker commands (hover links): which document, which entity (by name), from where. */
export interface SpeakerLinkArgs {
  uri: string;
  entity: string;
  offset?: number;
}

/** The arguments of a link to `entity`'s quotes in the document `uri`, followed from `offset`. */
export function speakerLinkArgs(uri: string, entity: Entity, offset?: number): SpeakerLinkArgs {
  return { uri, entity: entity.name, offset };
}

/** The entity a link names. */
export function linkedEntity(model: AnnotationModel, args: SpeakerLinkArgs): Entity | undefined {
  return model.annotation.entities.find((e) => e.name === args.entity);
}

/** The speaker a "same speaker" jump follows: named in the link, the selected quote's, the name under the cursor, the quote's. */
export function speakerToFollow(model: AnnotationModel, args: SpeakerLinkArgs | undefined, selected: Quote | undefined, offset: number): Entity | undefined {
  if (args?.entity) return linkedEntity(model, args);
  const bySpeaker = (q: Quote | undefined): Entity | undefined => (q?.speaker ? model.entityById.get(q.speaker) : undefined);
  if (selected) return bySpeaker(selected);
  const named = model.entityAt(offset);
  if (named && model.speakerById.has(named.id)) return named;
  return bySpeaker(model.quoteAt(offset)) ?? named;
}
