import type { Entity, Quote } from '../core/types';
import type { AnnotationModel } from './model';

/**
 * Arguments of the speaker commands (hover links): which document, which entity, from where. The entity
 * is named by its id, never by its name: two entities of one article may share a name (NASA in a photo
 * credit and NASA the speaker).
 */
export interface SpeakerLinkArgs {
  uri: string;
  /** `Entity.id` in the document's annotation. */
  entityId: string;
  offset?: number;
}

/** The arguments of a link to `entity`'s quotes in the document `uri`, followed from `offset`. */
export function speakerLinkArgs(uri: string, entity: Entity, offset?: number): SpeakerLinkArgs {
  return { uri, entityId: entity.id, offset };
}

/** The entity a link names. */
export function linkedEntity(model: AnnotationModel, args: SpeakerLinkArgs): Entity | undefined {
  return model.entityById.get(args.entityId);
}

/** The speaker a "same speaker" jump follows: named in the link, the selected quote's, the name under the cursor, the quote's. */
export function speakerToFollow(
  model: AnnotationModel,
  args: SpeakerLinkArgs | undefined,
  selected: Quote | undefined,
  offset: number,
): Entity | undefined {
  if (args?.entityId) return linkedEntity(model, args);
  const bySpeaker = (q: Quote | undefined): Entity | undefined =>
    q?.speaker ? model.entityById.get(q.speaker) : undefined;
  if (selected) return bySpeaker(selected);
  const named = model.entityAt(offset);
  if (named && model.speakerById.has(named.id)) return named;
  return bySpeaker(model.quoteAt(offset)) ?? named;
}
