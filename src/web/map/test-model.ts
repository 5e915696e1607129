import { newTouchpoint } from '../../model/defaults.ts';
/** Small builders of model values for the unit tests of the map's pure modules. */
import type {
  Channel,
  Journey,
  Persona,
  Stage,
  Touchpoint,
  WorkspaceModel,
} from '../../model/schema.ts';

export const stage = (id: string, name = id): Stage => ({ id, name, description: '' });

export const channel = (id: string, kind: Channel['kind'] = 'digital'): Channel => ({
  id,
  name: id,
  kind,
  media: [],
});

export const persona = (id: string): Persona => ({
  id,
  name: id,
  description: '',
  goals: [],
  frustrations: [],
  share: null,
  color: '#3b5bdb',
  pictureUrl: null,
});

export const touchpoint = (
  id: string,
  stageId: string,
  channelId: string,
  fields: Partial<Touchpoint> = {},
): Touchpoint => newTouchpoint({ id, stageId, channelId, name: id, ...fields });

export const journey = (fields: Partial<Journey> & Pick<Journey, 'id'>): Journey => ({
  personaId: 'p1',
  state: 'current',
  name: fields.id,
  derivedFromId: null,
  touchpoints: [],
  transitions: [],
  ...fields,
});

export const modelWith = (fields: Partial<WorkspaceModel> = {}): WorkspaceModel => ({
  currency: 'EUR',
  personas: [persona('p1'), persona('p2')],
  phases: [],
  stages: [],
  channels: [],
  objectives: [],
  journeys: [],
  ...fields,
});
