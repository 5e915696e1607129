import type { MessageKey } from '../i18n/en.ts';
import type { Translate } from '../i18n/translate.ts';

/** Labels of touchpoint fields, for the compare view's "changed: …" (short forms). */
const LABELS = {
  name: 'map.field.name',
  description: 'map.field.description',
  stageId: 'map.field.stageId',
  channelId: 'map.field.channelId',
  media: 'map.field.media',
  owner: 'map.field.owner',
  lifecyclePhaseId: 'map.field.lifecyclePhaseId',
  performance: 'map.field.performance',
  emotion: 'map.field.emotion',
  importance: 'map.field.importance',
  investment: 'map.field.investment',
  impact: 'map.field.impact',
  momentOfTruth: 'map.card.momentOfTruth',
  rupture: 'map.card.rupture',
  cost: 'map.field.cost',
  audience: 'map.field.audience',
  setupHours: 'map.field.setupHours',
  processingHours: 'map.field.processingHours',
  objectiveIds: 'map.field.objectiveIds',
  notes: 'map.field.notes',
} as const satisfies Readonly<Record<string, MessageKey>>;

const isLabelled = (field: string): field is keyof typeof LABELS => Object.hasOwn(LABELS, field);

/** A field's label in the interface language; an unknown field keeps its own name. */
export function fieldLabel(t: Translate, field: string): string {
  return isLabelled(field) ? t(LABELS[field]) : field;
}
