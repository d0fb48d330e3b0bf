// An entity made by hand for the tests of what is built from annotations (sources, the report): a person with
// no role, aliases, mentions or gender unless `extra` gives them.
import type { Entity } from '../../src/core/types';

export function person(id: string, name: string, extra: Partial<Entity> = {}): Entity {
  return {
    id,
    type: 'PERSON',
    name,
    role: null,
    aliases: [],
    mentions: [],
    gender: null,
    genderEvidence: null,
    ...extra,
  };
}
