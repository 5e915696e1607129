/**
 * Readable sentences from the history's change entries, in the interface language:
 * "Camille updated touchpoint “Product page” (emotion, performance)".
 */
import type { ChangeEntity, ChangeEntry } from '../api/model-admin.ts';
import type { MessageKey } from '../i18n/en.ts';
import type { Translate } from '../i18n/translate.ts';

const VERBS = ['add', 'update', 'move', 'remove', 'rename', 'deriveTarget'] as const;
export type ChangeVerb = (typeof VERBS)[number] | 'other';

/** `touchpoint.update` → `update`; ops the interface does not know read as `other`. */
export function changeVerb(op: string): ChangeVerb {
  const verb = op.slice(op.lastIndexOf('.') + 1);
  return VERBS.find((known) => known === verb) ?? 'other';
}

const TEMPLATE_KEYS = {
  ecommerce: 'change.template.ecommerce',
  retail: 'change.template.retail',
  b2b: 'change.template.b2b',
} as const satisfies Record<string, MessageKey>;

const ENTITY_KEYS = {
  persona: 'change.entity.persona',
  phase: 'change.entity.phase',
  stage: 'change.entity.stage',
  channel: 'change.entity.channel',
  objective: 'change.entity.objective',
  journey: 'change.entity.journey',
  touchpoint: 'change.entity.touchpoint',
  transition: 'change.entity.transition',
  workspace: 'change.entity.workspace',
} as const satisfies Record<ChangeEntity, MessageKey>;

const FIELD_KEYS = {
  name: 'change.field.name',
  description: 'change.field.description',
  goals: 'change.field.goals',
  frustrations: 'change.field.frustrations',
  share: 'change.field.share',
  color: 'change.field.color',
  pictureUrl: 'change.field.pictureUrl',
  kind: 'change.field.kind',
  media: 'change.field.media',
  weight: 'change.field.weight',
  currency: 'change.field.currency',
  stageId: 'change.field.stageId',
  channelId: 'change.field.channelId',
  owner: 'change.field.owner',
  cost: 'change.field.cost',
  audience: 'change.field.audience',
  performance: 'change.field.performance',
  importance: 'change.field.importance',
  investment: 'change.field.investment',
  setupHours: 'change.field.setupHours',
  processingHours: 'change.field.processingHours',
  impact: 'change.field.impact',
  objectiveIds: 'change.field.objectiveIds',
  lifecyclePhaseId: 'change.field.lifecyclePhaseId',
  emotion: 'change.field.emotion',
  momentOfTruth: 'change.field.momentOfTruth',
  rupture: 'change.field.rupture',
  notes: 'change.field.notes',
  fromId: 'change.field.fromId',
  toId: 'change.field.toId',
  possible: 'change.field.possible',
  label: 'change.field.label',
} as const satisfies Record<string, MessageKey>;

type KnownField = keyof typeof FIELD_KEYS;
const isKnownField = (field: string): field is KnownField => Object.hasOwn(FIELD_KEYS, field);

/** Field names in the reader's words; a field the interface does not know keeps its name. */
export function fieldLabels(t: Translate, fields: readonly string[]): string {
  return fields.map((field) => (isKnownField(field) ? t(FIELD_KEYS[field]) : field)).join(', ');
}

export interface ChangeContext {
  /** Who made the change, already resolved (a name, or "Someone"). */
  readonly user: string;
  /** The journey a touchpoint or transition belongs to, when it can be found. */
  readonly journeyName?: string | undefined;
}

/** Changes of the whole model: its creation, a restore, an import, the currency. */
function describeWorkspaceChange(t: Translate, entry: ChangeEntry, user: string): string {
  switch (entry.op) {
    case 'model.create':
      return Object.hasOwn(TEMPLATE_KEYS, entry.name)
        ? t('change.create', {
            user,
            template: t(TEMPLATE_KEYS[entry.name as keyof typeof TEMPLATE_KEYS]),
          })
        : t('change.createEmpty', { user });
    case 'model.restore':
      return t('change.restore', { user, version: entry.id });
    case 'model.import':
      return t('change.import', { user });
    case 'currency.set':
      return t('change.currency', { user, currency: entry.name });
    default:
      return t('change.workspace', { user, fields: fieldsPart(t, entry) });
  }
}

const fieldsPart = (t: Translate, entry: ChangeEntry): string =>
  entry.fields !== undefined && entry.fields.length > 0
    ? t('change.fields', { fields: fieldLabels(t, entry.fields) })
    : '';

/** One sentence per change entry. */
export function describeChange(t: Translate, entry: ChangeEntry, context: ChangeContext): string {
  const { user } = context;
  if (entry.entity === 'workspace') return describeWorkspaceChange(t, entry, user);
  const name = entry.name.trim() === '' ? '' : t('change.quoted', { name: entry.name });
  const entity = t(ENTITY_KEYS[entry.entity]);
  const sentence = t(`change.${changeVerb(entry.op)}`, {
    user,
    entity,
    name,
    fields: fieldsPart(t, entry),
  });
  const journey = context.journeyName;
  if (entry.journeyId === undefined || journey === undefined || entry.entity === 'journey') {
    return sentence;
  }
  return t('change.inJourney', { change: sentence, journey });
}
